package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sectioning commands of one LaTeX document and the Markdown level each heads: LaTeX's own, and the
 * names a document gives them ({@code \let\mysection=\subsubsection}, zoo's FAQ;
 * {@code \newcommand{\mysection}[1]{\subsubsection[#1]{\textbf{#1}}}}). The highest command the document
 * uses heads sections under its title; with no {@code \title}, a highest command used once is the title
 * (a chapter's own file).
 */
final class LatexSections {

    private static final List<String> SECTIONING = List.of("part", "chapter", "section", "subsection", "subsubsection",
            "paragraph", "subparagraph");
    private static final String SECTIONING_NAMES = String.join("|", SECTIONING);
    private static final Pattern ALIAS = Pattern.compile("\\\\let\\s*\\\\([A-Za-z]+)\\s*=?\\s*\\\\(" + SECTIONING_NAMES + ")(?![A-Za-z])"
            + "|\\\\(?:re)?newcommand\\*?\\s*\\{?\\s*\\\\([A-Za-z]+)\\s*}?\\s*(?:\\[\\d])?\\s*(?:\\[[^\\]\\n]*])?\\s*\\{\\s*\\\\("
            + SECTIONING_NAMES + ")(?![A-Za-z])");

    /** Each command that heads a section, by name, and the sectioning command it is. */
    private final Map<String, String> commands;
    private final Pattern heading;
    private final Map<String, Integer> levels = new HashMap<>();

    private LatexSections(Map<String, String> commands, List<String> body, boolean titled) {
        this.commands = commands;
        this.heading = Pattern.compile("^\\s*\\\\(" + String.join("|", commands.keySet())
                + ")\\*?\\s*(?:\\[([^\\]]{0,200})])?\\s*\\{");
        int highest = SECTIONING.size();
        int highestCount = 0;
        for (String line : body) {
            Matcher m = heading.matcher(line);
            if (m.find()) {
                int level = SECTIONING.indexOf(commands.get(m.group(1)));
                if (level < highest) {
                    highest = level;
                    highestCount = 1;
                } else if (level == highest) {
                    highestCount++;
                }
            }
        }
        int top = !titled && highestCount == 1 ? 1 : 2;
        for (int level = 0; level < SECTIONING.size(); level++) {
            levels.put(SECTIONING.get(level), Math.max(top, Math.min(6, top + level - highest)));
        }
    }

    /**
     * @param source the whole document, where its own names for the sectioning commands are defined
     * @param body   its lines between {@code \begin{document}} and {@code \end{document}}
     * @param titled whether it has a {@code \title}
     */
    static LatexSections of(String source, List<String> body, boolean titled) {
        Map<String, String> commands = new LinkedHashMap<>();
        SECTIONING.forEach(command -> commands.put(command, command));
        Matcher alias = ALIAS.matcher(source);
        while (alias.find()) {
            String name = alias.group(1) != null ? alias.group(1) : alias.group(3);
            commands.putIfAbsent(name, alias.group(1) != null ? alias.group(2) : alias.group(4));
        }
        return new LatexSections(commands, body, titled);
    }

    /**
     * A matcher for a line that starts with a sectioning command; its first group names the command, its second the
     * short title in brackets if it has one, and it ends at the title's brace.
     */
    Matcher heading(String line) {
        return heading.matcher(line);
    }

    /** The Markdown level of the heading a command writes. */
    int level(String command) {
        return levels.get(commands.get(command));
    }
}
