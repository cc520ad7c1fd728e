package dev.docent.core.reindex;

import java.util.Map;
import java.util.stream.Collectors;

/** Files of documentation formats Docent does not read, as a person reads them: "12 .doc files, 3 .rtf files". */
public final class UnreadFormats {

    private UnreadFormats() {
    }

    /** Most first; the counts by extension ({@code .tex} to 12). */
    public static String describe(Map<String, Integer> byExtension) {
        return byExtension.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getValue() + " " + entry.getKey() + (entry.getValue() == 1 ? " file" : " files"))
                .collect(Collectors.joining(", "));
    }
}
