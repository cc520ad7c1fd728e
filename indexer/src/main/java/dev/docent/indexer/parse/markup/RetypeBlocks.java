package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retype's blocks and components: callouts ({@code !!!warning Title} ... {@code !!!}), panels ({@code === Title}
 * or, collapsed, {@code ==- Title} ... {@code ===}), tabs ({@code +++ npm} ... {@code +++ yarn} ... {@code +++})
 * and the bracketed components ({@code [!badge New]}, {@code [!ref](/guides/setup.md)}, {@code [!button ...]}).
 * A callout's body is led by its label and title ("Warning: Title"), as an admonition's is ({@link Admonitions}); a
 * panel's and a tab's title stays as a line, as an MkDocs tab's does; a badge keeps its text; a reference, a
 * button, a file or an embed is a pointer and goes. Before, the markers were text: every callout ended in
 * "!!!", every tab opened with "+++ npm", and a callout's title after its variant was lost.
 *
 * <p>A block is Retype's only where its closing marker follows: MkDocs' {@code !!! note} has none (its body is
 * indented), and a bare {@code ===} under a paragraph is a setext heading's underline unless a panel is open.
 */
final class RetypeBlocks {

    private static final Pattern CALLOUT = Pattern.compile("^\\s*!!!([A-Za-z]+)?(?:\\s+(\\S.*?))?\\s*$");
    private static final Pattern CALLOUT_END = Pattern.compile("^\\s*!!!\\s*$");
    /** A panel's title is not quoted: {@code === "Python"} is an MkDocs content tab. */
    private static final Pattern PANEL = Pattern.compile("^\\s*(?:===|==[-+])\\s+([^\"\\s].*?)\\s*$");
    private static final Pattern PANEL_END = Pattern.compile("^\\s*(?:===|==-)\\s*$");
    private static final Pattern TAB = Pattern.compile("^\\s*\\+\\+\\+\\s+(\\S.*?)\\s*$");
    private static final Pattern TAB_END = Pattern.compile("^\\s*\\+\\+\\+\\s*$");
    private static final Pattern COMPONENT = Pattern.compile(
            "\\[!(badge|button|ref|file|embed)\\b([^\\]\\n]*)](?:\\([^)\\n]*\\))?");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\btext\\s*=\\s*\"([^\"]*)\"");

    private RetypeBlocks() {
    }

    static List<String> unwrap(List<String> page) {
        List<String> out = new ArrayList<>(page.size());
        int lastCalloutEnd = lastOutsideCode(page, CALLOUT_END);
        int lastPanelEnd = lastOutsideCode(page, PANEL_END);
        int lastTabEnd = lastOutsideCode(page, TAB_END);
        FenceTracker fences = new FenceTracker();
        int openPanels = 0;
        int openCallouts = 0;
        boolean tabs = false;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            Matcher m;
            if (fences.isCode(line)) {
                out.add(line);
            } else if (openCallouts > 0 && CALLOUT_END.matcher(line).matches()) {
                out.add("");
                openCallouts--;
            } else if ((m = CALLOUT.matcher(line)).matches() && i < lastCalloutEnd) {
                out.add("");
                calloutLabel(m.group(1), m.group(2)).ifPresent(out::add);
                openCallouts++;
            } else if (openPanels > 0 && PANEL_END.matcher(line).matches()) {
                out.add("");
                openPanels--;
            } else if ((m = PANEL.matcher(line)).matches() && i < lastPanelEnd) {
                out.add("");
                out.add(m.group(1));
                openPanels++;
            } else if (tabs && TAB_END.matcher(line).matches()) {
                out.add("");
                tabs = false;
            } else if ((m = TAB.matcher(line)).matches() && (tabs || i < lastTabEnd)) {
                out.add("");
                out.add(m.group(1));
                tabs = true;
            } else {
                out.add(components(line));
            }
        }
        return out;
    }

    /** "Warning: Title", "Title" for a variant that is no callout's kind ({@code primary}), "Warning:" without one. */
    private static Optional<String> calloutLabel(String variant, String title) {
        Optional<String> label = variant == null ? Optional.empty() : Admonitions.label(variant);
        boolean titled = title != null && !title.isBlank();
        if (label.isPresent()) {
            return Optional.of(titled ? label.get() + ": " + title : label.get() + ":");
        }
        return titled ? Optional.of(title) : Optional.empty();
    }

    /** The last line outside fenced code that the pattern matches, or -1: a block opened after it is closed nowhere. */
    private static int lastOutsideCode(List<String> page, Pattern pattern) {
        FenceTracker fences = new FenceTracker();
        int last = -1;
        for (int i = 0; i < page.size(); i++) {
            if (!fences.isCode(page.get(i)) && pattern.matcher(page.get(i)).matches()) {
                last = i;
            }
        }
        return last;
    }

    private static String components(String line) {
        if (!line.contains("[!")) {
            return line;
        }
        return COMPONENT.matcher(line).replaceAll(m -> {
            if (!m.group(1).equals("badge")) {
                return String.valueOf(TemplateTags.GONE);
            }
            Matcher text = TEXT_ATTRIBUTE.matcher(m.group(2));
            return Matcher.quoteReplacement(text.find() ? text.group(1) : m.group(2).strip());
        });
    }
}
