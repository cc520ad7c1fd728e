package dev.docent.indexer.parse.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's fenced divs, which Quarto and R Markdown pages use for callouts, tabs and layout:
 * {@code ::: {.callout-warning title="Careful"}}, {@code ::: callout-tip} whose first heading is its
 * title, bookdown's {@code ::: {.rmdtip}}, {@code ::: {.panel-tabset}} whose headings are its tabs' titles,
 * {@code :::: {.columns}}.
 * They are written as the containers {@link Admonitions} reads ({@code ::: warning Careful}), so a
 * callout keeps its label and title and any other div only its body. A tab's heading stays a line,
 * as other tabs' titles do: as a heading it cut the page into sections named "Python" and "R".
 */
final class PandocDivs {

    private static final Pattern ATTRIBUTES = Pattern.compile("^(\\s*)(:{3,})\\s*\\{([^}]*)}\\s*:*\\s*$");
    private static final Pattern NAMED = Pattern.compile("^(\\s*)(:{3,})\\s*((?:callout|panel)-[\\w-]+)\\s*:*\\s*$");
    private static final Pattern OTHER_OPENING = Pattern.compile("^\\s*:{3,}\\s*\\S.*$");
    private static final Pattern CLASS = Pattern.compile("(?<![\\w-])\\.([\\w-]+)");
    private static final Pattern TITLE = Pattern.compile("\\btitle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final String CALLOUT = "callout-";
    /** bookdown's boxes: {@code ::: {.rmdtip}}, {@code .rmdwarning}. */
    private static final String BOOKDOWN_BOX = "rmd";
    private static final String TABSET = "panel-tabset";

    private PandocDivs() {
    }

    static List<String> toContainers(List<String> lines) {
        List<String> out = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (fences.isCode(line)) {
                out.add(line);
            } else if ((m = ATTRIBUTES.matcher(line)).matches() && isPandoc(m.group(3)) || (m = NAMED.matcher(line)).matches()) {
                String attributes = isPandoc(m.group(3)) ? m.group(3) : "." + m.group(3);
                String kind = firstClass(attributes).orElse("div");
                open.push(kind);
                i = opening(lines, i, m.group(1) + m.group(2), kind, attributes, out);
            } else if (Admonitions.CONTAINER_END.matcher(line).matches()) {
                open.poll();
                out.add(line);
            } else if (OTHER_OPENING.matcher(line).matches()) {
                open.push("container");
                out.add(line);
            } else if (TABSET.equals(open.peek()) && (m = HEADING.matcher(line)).matches()) {
                out.add("");
                out.add(AttributeLists.heading(m.group(1)).text().strip());
                out.add("");
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Writes the container that stands for the div opened on line {@code i}.
     *
     * @return the last line the opening takes: a callout's first heading, when that is its title
     */
    private static int opening(List<String> lines, int i, String fence, String kind, String attributes, List<String> out) {
        if (!kind.startsWith(CALLOUT)) {
            boolean bookdownBox = kind.startsWith(BOOKDOWN_BOX) && Admonitions.label(kind.substring(BOOKDOWN_BOX.length())).isPresent();
            out.add(fence + " " + (bookdownBox ? kind.substring(BOOKDOWN_BOX.length()) : kind));
            return i;
        }
        Optional<String> title = titleOf(attributes);
        int last = i;
        if (title.isEmpty()) {
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            Matcher heading = next < lines.size() ? HEADING.matcher(lines.get(next)) : null;
            if (heading != null && heading.matches()) {
                title = Optional.of(AttributeLists.heading(heading.group(1)).text().strip());
                last = next;
            }
        }
        out.add(fence + " " + kind.substring(CALLOUT.length()) + title.map(t -> " " + t).orElse(""));
        return last;
    }

    /** Pandoc's attributes name a class, an id or a key; MyST's braces name a directive ({@code :::{note}}), which is left to it. */
    private static boolean isPandoc(String braced) {
        return braced.contains(".") || braced.contains("#") || braced.contains("=");
    }

    private static Optional<String> firstClass(String attributes) {
        Matcher m = CLASS.matcher(attributes);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> titleOf(String attributes) {
        Matcher m = TITLE.matcher(attributes);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)).filter(t -> !t.isBlank()) : Optional.empty();
    }
}
