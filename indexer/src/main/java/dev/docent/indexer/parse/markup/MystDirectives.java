package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST, the Markdown of Sphinx sites, writes directives as fences named in braces - {@code ```{note}},
 * {@code ```{code-block} python}, {@code :::{tab-item} Python}, {@code ````{tab-set}} around inner
 * ones - and roles as {@code {ref}`Setup <setup>`}. Read as Markdown, a callout would be code and a
 * role would show its braces. Here a code directive becomes a plain fence with its language, a
 * callout its body led by its label ("Note:"), a described option or setting its name in code and its
 * body, site wiring ({@code toctree}, {@code image}, {@code include}, {@code eval-rst}, {@code auto*})
 * goes, and any other directive keeps its body (and a title it shows, such as a tab's). Options
 * ({@code :caption: x} lines, or a {@code ---} block) and targets ({@code (setup)=}) are dropped. A role keeps its text, in code for
 * the roles that name code ({@code {py:func}`pytest.fail`} reads {@code `pytest.fail`}).
 */
final class MystDirectives {

    private static final Pattern OPEN = Pattern.compile("^(\\s*)(`{3,}|~{3,}|:{3,})\\{([\\w:.-]+)}\\s*(.*)$");
    /** "(getting-started)=" names the heading below it for cross-references. */
    private static final Pattern TARGET = Pattern.compile("^\\s*\\([\\w.:-]+\\)=\\s*$");
    /** A role, not a template literal's {@code ${name}`...`}: only roles Sphinx defines count (checked by name). */
    private static final Pattern ROLE = Pattern.compile("(?<![$\\w])\\{([a-z][\\w:.-]*)}`([^`]+)`");

    private MystDirectives() {
    }

    static List<String> unwrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher open = OPEN.matcher(line);
            if (!fences.isOpen() && open.matches()) {
                int close = closing(lines, i + 1, open.group(2));
                directive(out, open.group(3), open.group(4).strip(),
                        SphinxDirectives.content(lines.subList(i + 1, close)));
                i = close;
            } else if (fences.isCode(line)) {
                out.add(line);
            } else if (!TARGET.matcher(line).matches()) {
                out.add(roles(line));
            }
        }
        return out;
    }

    /** The line that closes a directive opened with {@code fence}: the same character, at least as many; or the end. */
    private static int closing(List<String> lines, int from, String fence) {
        Pattern close = Pattern.compile("^\\s*" + Pattern.quote(String.valueOf(fence.charAt(0))) + "{" + fence.length() + ",}\\s*$");
        for (int i = from; i < lines.size(); i++) {
            if (close.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static void directive(List<String> out, String qualifiedName, String argument, List<String> body) {
        String name = SphinxDirectives.nameOf(qualifiedName);
        SphinxDirectives.Kind kind = SphinxDirectives.kindOf(name);
        if (kind == SphinxDirectives.Kind.CODE) {
            out.add("```" + SphinxDirectives.codeLanguage(argument));
            out.addAll(body);
            out.add("```");
            return;
        }
        if (kind == SphinxDirectives.Kind.WIRING) {
            if (SphinxDirectives.documentsObject(name) && !argument.isEmpty()) {
                out.addAll(List.of("`" + argument + "`", ""));
            }
            return;
        }
        out.add("");
        if (kind == SphinxDirectives.Kind.CALLOUT) {
            out.add(SphinxDirectives.label(name, argument));
            String firstWords = SphinxDirectives.firstWords(name, argument);
            if (!firstWords.isEmpty()) {
                out.add(firstWords);
            }
        } else if (!argument.isEmpty() && (kind == SphinxDirectives.Kind.DESCRIPTION || SphinxDirectives.showsTitle(name))) {
            out.add(kind == SphinxDirectives.Kind.DESCRIPTION ? "`" + argument + "`" : argument);
            out.add("");
        }
        out.addAll(unwrap(body));
        out.add(""); // the body's last paragraph must not run into what follows
    }

    private static String roles(String line) {
        return ROLE.matcher(line).replaceAll(m -> {
            String role = SphinxDirectives.nameOf(m.group(1));
            return Matcher.quoteReplacement(SphinxDirectives.isKnownRole(role) ? SphinxDirectives.roleText(role, m.group(2)) : m.group());
        });
    }
}
