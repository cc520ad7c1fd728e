package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LaTeX's inline commands read as the typeset page shows them: {@code \texttt{}}, {@code \verb|...|} and
 * their kin as code spans, {@code \emph{}} and {@code \textbf{}} as emphasis, {@code \href{url}{text}} as
 * a link, a footnote in parentheses where it is written, escapes, accents, quotes and dashes as their
 * characters, math as written; labels, citations, cross-reference numbers, pictures and spacing are left
 * out, and any other command shows its first argument. Read in one pass with no recursion, so that deep
 * nesting or an unclosed brace costs no more than plain text.
 */
final class LatexInline {

    /** Math and optional arguments run this far at most: a {@code $} or {@code [} that nothing closes is text. */
    private static final int MAX_SPAN = 500;
    private static final Set<String> CODE = Set.of("texttt", "code", "path", "file", "lstinline", "mintinline", "cmd",
            "command", "option", "env", "filename", "ttfamily");
    private static final Set<String> EMPHASIS = Set.of("emph", "textit", "textsl", "itshape");
    private static final Set<String> STRONG = Set.of("textbf", "bfseries");
    private static final Set<String> TWO_ARGUMENTS = Set.of("href", "textcolor", "colorbox", "mintinline", "hyperref");
    /** What the page does not show as text: anchors, citations, the numbers of references, pictures, spacing, settings. */
    private static final Set<String> HIDDEN = Set.of("label", "index", "cite", "citep", "citet", "citealp", "nocite", "ref",
            "pageref", "eqref", "autoref", "cref", "Cref", "vref", "vspace", "hspace", "includegraphics", "bibliography",
            "bibliographystyle", "usepackage", "documentclass", "newcommand", "renewcommand", "providecommand", "newenvironment",
            "renewenvironment", "setlength", "addtolength", "setcounter", "addtocounter", "addcontentsline", "thispagestyle",
            "pagestyle", "input", "include", "graphicspath", "hypersetup", "definecolor", "lstset", "color", "phantom",
            "hphantom", "vphantom", "rule", "raisebox", "glossary", "nomenclature", "Sexpr", "SweaveOpts", "SweaveInput", "thanks", "begin",
            "end");
    private static final Map<String, String> GLYPHS = Map.ofEntries(Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("LaTeXe", "LaTeX2e"), Map.entry("ldots", "..."), Map.entry("dots", "..."), Map.entry("textbackslash", "\\"),
            Map.entry("textasciitilde", "~"), Map.entry("textasciicircum", "^"), Map.entry("textbar", "|"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textunderscore", "_"),
            Map.entry("textbullet", "•"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ss", "ß"),
            Map.entry("copyright", "©"), Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"),
            Map.entry("textdegree", "°"), Map.entry("euro", "€"), Map.entry("pounds", "£"), Map.entry("S", "§"),
            Map.entry("newline", "\n"), Map.entry("linebreak", "\n"), Map.entry("par", "\n\n"), Map.entry("quad", " "),
            Map.entry("qquad", " "), Map.entry("enspace", " "), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"));
    /** Accents as the combining mark that follows the letter: {@code \'e}, {@code \"{o}}, {@code \c{c}}. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(Map.entry("'", '\u0301'), Map.entry("\"", '\u0308'),
            Map.entry("^", '\u0302'), Map.entry("`", '\u0300'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("c", '\u0327'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'), Map.entry("k", '\u0328'), Map.entry("r", '\u030A'));
    private static final String ACCENT_MARKS = "'\"^`~=.";
    private static final String ESCAPED = "%&_#${}";

    private LatexInline() {
    }

    /** The text with its commands read; in code, code commands add no spans of their own. */
    static String read(String latex, boolean inCode) {
        CommandStack open = new CommandStack(inCode, LatexInline::shown);
        int i = 0;
        int length = latex.length();
        while (i < length) {
            CommandFrame top = open.top();
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < length) {
                i = command(latex, i + 1, open);
            } else if (c == '{') {
                open.openGroup();
                i++;
            } else if (c == '}' && !open.closesFlattened() && open.isNested() && TWO_ARGUMENTS.contains(top.name)
                    && top.argumentCount() == 1 && i + 1 < length && latex.charAt(i + 1) == '{') {
                top.nextArgument(); // \href{url}{text}: the second argument follows the first's brace
                i += 2;
            } else if (c == '}') {
                open.closeGroup();
                i++;
            } else if (c == '$' && !top.code) {
                i = math(latex, i, top);
            } else {
                i = text(latex, i, top);
            }
        }
        return open.finish();
    }

    /** Reads the command whose name starts at {@code at}, just past its backslash; the index after what it took. */
    private static int command(String latex, int at, CommandStack open) {
        CommandFrame top = open.top();
        char first = latex.charAt(at);
        if (!Character.isLetter(first)) {
            return symbol(latex, at, top);
        }
        int end = at;
        while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
            end++;
        }
        String name = latex.subSequence(at, end).toString();
        if (end < latex.length() && latex.charAt(end) == '*') {
            end++; // \section*, \cite*: the same command
        }
        end = afterOptionalArgument(latex, end);
        if ((name.equals("verb") || name.equals("lstinline")) && end < latex.length() && latex.charAt(end) != '{') {
            return verb(latex, end, top);
        }
        if (ACCENTS.containsKey(name) && name.length() == 1) {
            int after = accent(latex, end, name, top);
            if (after > end) {
                return after;
            }
        }
        boolean braced = end < latex.length() && latex.charAt(end) == '{';
        if (braced && open.hasRoom()) {
            open.push(new CommandFrame(name, top.code || CODE.contains(name), false));
            return end + 1;
        }
        if (GLYPHS.containsKey(name)) {
            top.text.append(GLYPHS.get(name));
        }
        // A command without braces is a switch ({@code \bf}, {@code \centering}) or a glyph: its name is not text.
        return end < latex.length() && latex.charAt(end) == ' ' && !GLYPHS.containsKey(name) ? end + 1 : end;
    }

    /** {@code \%}, {@code \\}, {@code \'e} and the other commands named by one character. */
    private static int symbol(String latex, int at, CommandFrame top) {
        char c = latex.charAt(at);
        if (ACCENT_MARKS.indexOf(c) >= 0) {
            int after = accent(latex, at + 1, String.valueOf(c), top);
            if (after > at + 1) {
                return after;
            }
        }
        if (c == '(' && !top.code) {
            return inlineMath(latex, at + 1, top);
        }
        switch (c) {
            case '\\' -> top.text.append('\n');
            case '[', ']' -> top.text.append(top.code ? "\\" + c : "$$"); // display math: \[ ... \]
            case ' ', ',', ';', ':', '\n', '\t' -> top.text.append(' ');
            case '-', '!', '@', '/' -> { } // hyphenation and spacing hints
            default -> top.text.append(ESCAPED.indexOf(c) >= 0 ? String.valueOf(c) : "\\" + c);
        }
        return at + 1;
    }

    /** The letter an accent command at {@code at} puts its mark on, {@code e} or {@code {e}}; the index after it, or {@code at} when none follows. */
    private static int accent(String latex, int at, String accent, CommandFrame top) {
        if (at < latex.length() && Character.isLetter(latex.charAt(at)) && accent.length() == 1 && !Character.isLetter(accent.charAt(0))) {
            top.text.append(accented(accent, String.valueOf(latex.charAt(at))));
            return at + 1;
        }
        if (at + 2 < latex.length() && latex.charAt(at) == '{' && Character.isLetter(latex.charAt(at + 1)) && latex.charAt(at + 2) == '}') {
            top.text.append(accented(accent, String.valueOf(latex.charAt(at + 1))));
            return at + 3;
        }
        if (latex.startsWith("{\\i}", at) || latex.startsWith("{\\j}", at)) {
            // A dotless i or j under an accent ({@code na\"{\i}ve}) is written with its dot-bearing letter.
            top.text.append(accented(accent, String.valueOf(latex.charAt(at + 2))));
            return at + 4;
        }
        return at;
    }

    /** {@code \verb|text|}: the text between the delimiters as code. */
    private static int verb(String latex, int at, CommandFrame top) {
        char delimiter = latex.charAt(at);
        int close = at + 1;
        while (close < latex.length() && close - at <= MAX_SPAN && latex.charAt(close) != delimiter && latex.charAt(close) != '\n') {
            close++;
        }
        if (close >= latex.length() || latex.charAt(close) != delimiter) {
            top.text.append(delimiter);
            return at + 1;
        }
        String code = latex.subSequence(at + 1, close).toString();
        top.text.append(top.code ? code : InlineCode.of(code));
        return close + 1;
    }

    /** {@code $x^2$} as written, dollars and all; a dollar nothing closes soon is a dollar. */
    private static int math(String latex, int at, CommandFrame top) {
        int close = at + 1;
        while (close < latex.length() && close - at <= MAX_SPAN && latex.charAt(close) != '$') {
            close += latex.charAt(close) == '\\' ? 2 : 1;
        }
        if (close >= latex.length() || latex.charAt(close) != '$') {
            top.text.append('$');
            return at + 1;
        }
        top.text.append(latex, at, close + 1);
        return close + 1;
    }

    /** {@code \(x^2\)} as its formula, between dollars as the rest of the page writes math. */
    private static int inlineMath(String latex, int at, CommandFrame top) {
        String rest = latex.subSequence(at, Math.min(latex.length(), at + MAX_SPAN)).toString();
        int close = rest.indexOf("\\)");
        if (close < 0) {
            return at;
        }
        top.text.append('$').append(rest, 0, close).append('$');
        return at + close + 2;
    }

    /** Past an optional argument ({@code \section[short]{...}}, {@code \item[term]} aside), if one follows within reach. */
    private static int afterOptionalArgument(String latex, int at) {
        if (at >= latex.length() || latex.charAt(at) != '[') {
            return at;
        }
        for (int i = at + 1; i < latex.length() && i - at <= MAX_SPAN; i++) {
            if (latex.charAt(i) == ']') {
                return i + 1;
            }
        }
        return at;
    }

    /** One character of text, TeX's quotes, dashes and ties made typographic outside code. */
    private static int text(String latex, int at, CommandFrame top) {
        char c = latex.charAt(at);
        char next = at + 1 < latex.length() ? latex.charAt(at + 1) : 0;
        if (top.code) {
            top.text.append(c);
            return at + 1;
        }
        if (c == '-' && next == '-') {
            boolean em = at + 2 < latex.length() && latex.charAt(at + 2) == '-';
            top.text.append(em ? "—" : "–");
            return at + (em ? 3 : 2);
        }
        if (c == '`' && next == '`' || c == '\'' && next == '\'') {
            top.text.append(c == '`' ? "“" : "”");
            return at + 2;
        }
        top.text.append(c == '~' ? ' ' : c);
        return at + 1;
    }

    /** What a closed command shows, given its arguments' text. */
    private static String shown(CommandFrame frame, boolean inCode) {
        List<String> args = frame.arguments();
        String first = args.getFirst();
        String name = frame.name;
        if (HIDDEN.contains(name)) {
            return "";
        }
        if (CODE.contains(name)) {
            String code = (name.equals("mintinline") && args.size() > 1 ? args.get(1) : first).replace('\n', ' ');
            return inCode || code.isBlank() ? code : InlineCode.of(code);
        }
        if (EMPHASIS.contains(name) && !inCode && !first.isBlank()) {
            return "*" + first.strip() + "*";
        }
        if (STRONG.contains(name) && !inCode && !first.isBlank()) {
            return "**" + first.strip() + "**";
        }
        if (ACCENTS.containsKey(name)) {
            return accented(name, first);
        }
        return switch (name) {
            case "href" -> args.size() > 1 && !inCode ? "[" + args.get(1) + "](" + first + ")" : first;
            case "hyperref", "textcolor", "colorbox" -> args.size() > 1 ? args.get(1) : "";
            case "url", "nolinkurl" -> first;
            case "footnote" -> " (" + first.replaceAll("\\s+", " ").strip() + ")";
            default -> first;
        };
    }

    private static String accented(String accent, String letter) {
        return CombiningAccents.on(letter, ACCENTS.get(accent));
    }
}
