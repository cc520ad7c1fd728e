package dev.docent.lab.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fixed split of a dev set into a tune half, on which every threshold, weight and rule is
 * chosen, and a report half, which only ever measures. Answerable and unanswerable questions are
 * split separately so both halves hold as many of each: within each kind, questions are ordered by
 * the SHA-256 of their id and dealt alternately, tune first. The split depends on the ids alone,
 * never on how Docent does on them.
 */
public enum DevSplit {
    TUNE, REPORT;

    public static <Q> Map<Q, DevSplit> of(List<Q> questions, Function<Q, String> id, Function<Q, Boolean> answerable) {
        Map<Q, DevSplit> split = new HashMap<>();
        for (boolean kind : new boolean[] {true, false}) {
            List<Q> ofKind = questions.stream()
                    .filter(q -> answerable.apply(q) == kind)
                    .sorted(Comparator.comparing(q -> sha256(id.apply(q))))
                    .toList();
            for (int i = 0; i < ofKind.size(); i++) {
                split.put(ofKind.get(i), i % 2 == 0 ? TUNE : REPORT);
            }
        }
        return split;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
