package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A glossary's "GIL - See global interpreter lock." gives an entry of the same page another name; it is
 * not an entry of its own. Indexed apart, its four words were all that "What does the GIL do?" found
 * under that name, and the C API's pages answered instead. The other name joins the named entry's
 * heading ("global interpreter lock (GIL)"), where search finds it beside the entry's text, and the
 * pointer is left out. "See also ..." adds to an entry and stays.
 */
final class SeeEntries {

    private static final Pattern SEE = Pattern.compile("See:?\\s+(?!also\\b)(.+?)\\.?", Pattern.CASE_INSENSITIVE);

    private SeeEntries() {
    }

    static List<Section> merged(List<Section> sections) {
        Map<Section, List<String>> otherNames = new LinkedHashMap<>();
        List<Section> pointers = new ArrayList<>();
        for (Section section : sections) {
            if (section.headings().isEmpty()) {
                continue;
            }
            Matcher see = SEE.matcher(section.text().strip());
            if (see.matches()) {
                String named = key(see.group(1));
                sections.stream()
                        .filter(entry -> !entry.headings().isEmpty() && key(entry.headings().getLast()).equals(named)
                                && !SEE.matcher(entry.text().strip()).matches())
                        .findFirst()
                        .ifPresent(entry -> {
                            otherNames.computeIfAbsent(entry, e -> new ArrayList<>()).add(section.headings().getLast());
                            pointers.add(section);
                        });
            }
        }
        if (pointers.isEmpty()) {
            return sections;
        }
        List<Section> merged = new ArrayList<>();
        for (Section section : sections) {
            if (pointers.contains(section)) {
                continue;
            }
            List<String> names = otherNames.get(section);
            merged.add(names == null ? section : renamed(section, names));
        }
        return merged;
    }

    private static Section renamed(Section entry, List<String> otherNames) {
        List<String> headings = new ArrayList<>(entry.headings());
        headings.set(headings.size() - 1, headings.getLast() + " (" + String.join(", ", otherNames) + ")");
        return new Section(headings, entry.anchor(), entry.blocks());
    }

    private static String key(String name) {
        return name.replace("`", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
