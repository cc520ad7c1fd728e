package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a Texinfo file that its HTML or Info reader sees, one at a time: comments, blocks for other
 * outputs ({@code @iftex}, {@code @tex}, {@code @ifdocbook}), {@code @ignore}, menus, the title page and the
 * copying permissions left out; the bodies of {@code @ifinfo}, {@code @ifhtml}, {@code @ifnottex} and the
 * like kept without their markers; {@code @ifset} and {@code @ifclear} decided by the flags set so far;
 * values, macros and aliases written in ({@link TexinfoExpansions}); a {@code @verbatim} block passed on as
 * written; nothing after {@code @bye}.
 */
final class TexinfoSource {

    /**
     * Blocks the reader does not see. The copying permissions are the license every GNU manual carries, not its
     * subject: indexed, they would answer questions about copying files with the terms for copying the manual.
     */
    private static final Set<String> HIDDEN = Set.of("ignore", "iftex", "tex", "ifdocbook", "docbook", "iflatex", "latex",
            "ifxml", "xml", "html", "menu", "detailmenu", "direntry", "titlepage", "copying", "documentdescription",
            "ifcommandnotdefined", "linemacro");
    /** Blocks whose body the HTML or Info reader sees: only their markers go. */
    private static final Set<String> SHOWN = Set.of("ifinfo", "ifnottex", "ifhtml", "ifnotinfo", "ifplaintext", "ifnotxml",
            "ifnothtml", "ifnotdocbook", "ifnotlatex", "ifnotplaintext", "ifcommanddefined", "ifset", "ifclear");
    private static final Pattern DIRECTIVE = Pattern.compile("\\s*@(end\\s+)?([A-Za-z]+)(?![A-Za-z0-9{])\\s*(.*)");
    private static final Pattern END_VERBATIM = Pattern.compile("\\s*@end\\s+verbatim\\b.*");
    private static final Pattern COMMENT = Pattern.compile("@c(?:omment)?(?![A-Za-z0-9])");
    private static final long BASE_EXPANSION_BUDGET = 1 << 20;

    private final String[] lines;
    private final Deque<String> expanded = new ArrayDeque<>();
    private final TexinfoExpansions expansions;
    private int next;
    private boolean verbatim;

    TexinfoSource(String texinfo) {
        this.lines = texinfo.split("\\R", -1);
        this.expansions = new TexinfoExpansions(BASE_EXPANSION_BUDGET + 4L * texinfo.length());
    }

    boolean isSet(String flag) {
        return expansions.isSet(flag);
    }

    /** The next line the reader sees; null after the last. */
    String next() {
        for (String raw = take(); raw != null; raw = take()) {
            if (verbatim) {
                verbatim = !END_VERBATIM.matcher(raw).matches();
                return raw;
            }
            String line = withoutComment(raw);
            if (line == null || line.startsWith("\\input")) {
                continue;
            }
            line = withContinuation(line);
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches() && handled(directive.group(1) != null, directive.group(2), directive.group(3))) {
                continue;
            }
            String written = expansions.expand(line);
            if (written == null) {
                verbatim = directive.matches() && directive.group(1) == null && directive.group(2).equals("verbatim");
                return line;
            }
            written.lines().toList().reversed().forEach(expanded::push);
        }
        return null;
    }

    /** Acts on a line that only speaks to the processor; whether it did (and the line is not for the reader). */
    private boolean handled(boolean end, String name, String rest) {
        if (end) {
            return SHOWN.contains(name);
        }
        switch (name) {
            case "bye" -> {
                next = lines.length;
                expanded.clear();
            }
            case "set" -> expansions.set(rest);
            case "clear" -> expansions.clear(rest);
            case "ifset", "ifclear" -> {
                if (expansions.isSet(rest) != name.equals("ifset")) {
                    block(name); // read past, unseen
                }
            }
            case "macro", "rmacro" -> expansions.defineMacro(rest, block(name));
            case "unmacro" -> expansions.removeMacro(rest);
            case "alias" -> expansions.defineAlias(rest);
            default -> {
                if (HIDDEN.contains(name)) {
                    block(name); // read past, unseen
                }
                return HIDDEN.contains(name) || SHOWN.contains(name);
            }
        }
        return true;
    }

    /**
     * The lines of the block {@code name} up to the {@code @end} that closes it, blocks of the same name nested in it
     * counted, without comments; up to the last line when it never ends.
     */
    private String block(String name) {
        StringBuilder body = new StringBuilder();
        int depth = 1;
        for (String raw = take(); raw != null; raw = take()) {
            Matcher directive = DIRECTIVE.matcher(raw);
            if (directive.matches() && directive.group(2).equals(name)) {
                depth += directive.group(1) == null ? 1 : -1;
                if (depth == 0) {
                    break;
                }
            }
            String line = withoutComment(raw);
            if (line != null) {
                body.append(body.isEmpty() ? "" : "\n").append(line);
            }
        }
        return body.toString();
    }

    /** A definition's line with the lines that an {@code @} at its end continues it on ({@code @defmac AC_INIT (@var{package}, @}). */
    private String withContinuation(String line) {
        if (!line.stripLeading().startsWith("@def")) {
            return line;
        }
        StringBuilder joined = new StringBuilder(line);
        String more;
        while (endsWithContinuation(joined) && (more = take()) != null) {
            joined.setLength(joined.length() - 1);
            joined.append(' ').append(Objects.requireNonNullElse(withoutComment(more), "").strip());
        }
        return joined.toString();
    }

    /** Whether the text ends with an {@code @} that no other escapes: an odd run of them. */
    private static boolean endsWithContinuation(CharSequence text) {
        int run = 0;
        while (run < text.length() && text.charAt(text.length() - 1 - run) == '@') {
            run++;
        }
        return run % 2 == 1;
    }

    private String take() {
        if (!expanded.isEmpty()) {
            return expanded.pop();
        }
        return next < lines.length ? lines[next++] : null;
    }

    /**
     * The line without its {@code @c} or {@code @comment} and what follows (an {@code @c} in {@code @verb{|...|}} is
     * text); null for a line that held only a comment, which is no blank line between paragraphs.
     */
    private static String withoutComment(String line) {
        Matcher comment = COMMENT.matcher(line);
        int at = line.indexOf('@');
        while (at >= 0 && at + 1 < line.length()) {
            if (line.charAt(at + 1) == '@') {
                at = line.indexOf('@', at + 2);
            } else if (line.startsWith("verb{", at + 1) && at + 6 < line.length()) {
                int close = line.indexOf(line.charAt(at + 6) + "}", at + 7);
                at = close < 0 ? -1 : line.indexOf('@', close + 2);
            } else if (comment.region(at, line.length()).lookingAt()) {
                String kept = line.substring(0, at);
                return kept.isBlank() ? null : kept.stripTrailing();
            } else {
                at = line.indexOf('@', at + 1);
            }
        }
        return line;
    }
}
