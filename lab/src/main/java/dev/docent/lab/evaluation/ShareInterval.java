package dev.docent.lab.evaluation;

/**
 * The 95% Wilson score interval of a share measured on few questions: with 30 answerable
 * questions one question is 3.3 points, and 73% measured is anything from about 56% to 86%. It says
 * how far a figure of a dev-set half can be trusted, and whether a change moved it more than chance
 * would.
 */
public record ShareInterval(double low, double high) {

    private static final double Z = 1.959964;

    public static ShareInterval of(long successes, int trials) {
        if (trials == 0) {
            return new ShareInterval(0, 1);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double halfWidth = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
        return new ShareInterval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }
}
