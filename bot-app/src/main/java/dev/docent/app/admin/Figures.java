package dev.docent.app.admin;

import java.util.Locale;

/** Numbers as the admin pages print them: grouped thousands, shares as percentages, a dash for what is unknown. */
final class Figures {

    static final String UNKNOWN = "-";

    private Figures() {
    }

    static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** {@code part} of {@code whole} as a percentage; a dash when there is no whole. */
    static String share(long part, long whole) {
        return whole == 0 ? UNKNOWN : String.format(Locale.ENGLISH, "%.0f%%", 100.0 * part / whole);
    }

    static String percent(Double rate) {
        return rate == null ? UNKNOWN : String.format(Locale.ENGLISH, "%.0f%%", 100 * rate);
    }

    static String millis(Double ms) {
        return ms == null ? UNKNOWN : ms >= 1_000 ? String.format(Locale.ENGLISH, "%.1f s", ms / 1_000)
                : String.format(Locale.ENGLISH, "%.0f ms", ms);
    }

    static String dollars(Double usd) {
        return usd == null ? UNKNOWN : String.format(Locale.ENGLISH, "$%,.2f", usd);
    }

    static String age(java.time.Duration age) {
        long hours = age.toHours();
        return hours >= 48 ? age.toDays() + " d" : hours >= 1 ? hours + " h" : Math.max(0, age.toMinutes()) + " min";
    }
}
