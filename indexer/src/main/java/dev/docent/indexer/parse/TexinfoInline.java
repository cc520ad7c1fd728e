package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Texinfo's inline commands read as the HTML and Info output show them: {@code @code{}}, {@code @samp{}},
 * {@code @kbd{}} and the like as code spans, {@code @emph{}} and the other fonts as their text, a
 * cross-reference as "see" and what it names, a URL as its text, a footnote in parentheses where it is
 * written, glyphs, accents and {@code @U{}} as their characters, TeX's quotes and dashes in text as
 * typographic ones. Read in one pass with no recursion, so that deep nesting or an unclosed brace costs
 * no more than plain text; an unclosed command ends where the text does.
 */
final class TexinfoInline {

    /** Where the text goes: prose, a heading (whose Markdown characters must read as text) or code (no spans inside). */
    enum Context { PROSE, HEADING, CODE }

    private static final Set<String> CODE = Set.of("code", "samp", "kbd", "key", "command", "option", "env", "file");
    private static final Set<String> MULTI_ARGUMENT = Set.of("ref", "xref", "pxref", "inforef", "uref", "url", "email",
            "abbr", "acronym", "image", "inlinefmt", "inlineraw", "inlinefmtifelse", "inlineifset", "inlineifclear");
    /** What the reader does not see: anchors, index-only commands, raw output for one format, an undefined {@code @value}. */
    private static final Set<String> HIDDEN = Set.of("anchor", "hyphenation", "sortas", "seeentry", "seealso", "subentry",
            "shortcaption", "inlineraw", "value", "errormsg", "indexterm");
    private static final Set<String> SHOWN_FORMATS = Set.of("html", "info", "plaintext");
    private static final Map<String, String> GLYPHS = Map.ofEntries(Map.entry("dots", "..."), Map.entry("enddots", "...."),
            Map.entry("result", "⇒"), Map.entry("expansion", "↦"), Map.entry("print", "⊣"), Map.entry("error", "error→"),
            Map.entry("equiv", "≡"), Map.entry("point", "∗"), Map.entry("minus", "-"), Map.entry("copyright", "©"),
            Map.entry("registeredsymbol", "®"), Map.entry("TeX", "TeX"), Map.entry("LaTeX", "LaTeX"), Map.entry("bullet", "•"),
            Map.entry("tie", " "), Map.entry("comma", ","), Map.entry("atchar", "@"), Map.entry("lbracechar", "{"),
            Map.entry("rbracechar", "}"), Map.entry("backslashchar", "\\"), Map.entry("hashchar", "#"), Map.entry("ampchar", "&"),
            Map.entry("arrow", "→"), Map.entry("click", "→"), Map.entry("geq", "≥"), Map.entry("leq", "≤"),
            Map.entry("textdegree", "°"), Map.entry("pounds", "£"), Map.entry("euro", "€"), Map.entry("exclamdown", "¡"),
            Map.entry("questiondown", "¿"), Map.entry("ordf", "ª"), Map.entry("ordm", "º"), Map.entry("quotedblleft", "“"),
            Map.entry("quotedblright", "”"), Map.entry("quoteleft", "‘"), Map.entry("quoteright", "’"),
            Map.entry("quotedblbase", "„"), Map.entry("quotesinglbase", "‚"), Map.entry("guillemetleft", "«"),
            Map.entry("guillemotleft", "«"), Map.entry("guillemetright", "»"), Map.entry("guillemotright", "»"),
            Map.entry("guilsinglleft", "‹"), Map.entry("guilsinglright", "›"), Map.entry("ss", "ß"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("dh", "ð"),
            Map.entry("DH", "Ð"), Map.entry("th", "þ"), Map.entry("TH", "Þ"));
    /** Accents as the combining mark that follows the letter: {@code @'e}, {@code @,{c}}, {@code @v{s}}. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(Map.entry("'", '\u0301'), Map.entry("\"", '\u0308'),
            Map.entry("^", '\u0302'), Map.entry("`", '\u0300'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(",", '\u0327'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'), Map.entry("H", '\u030B'),
            Map.entry("dotaccent", '\u0307'), Map.entry("ringaccent", '\u030A'), Map.entry("tieaccent", '\u0361'),
            Map.entry("udotaccent", '\u0323'), Map.entry("ubaraccent", '\u0332'), Map.entry("ogonek", '\u0328'));
    private static final String ACCENT_MARKS = "'\"^`~=,";
    /** Characters a heading would read as Markdown; escaped there, since a heading's text is read back through its parse. */
    private static final String HEADING_MARKUP = "\\`*_[]<>#";

    private final Predicate<String> isSet;

    /** @param isSet whether a flag is set ({@code @set}), for {@code @inlineifset} and {@code @inlineifclear} */
    TexinfoInline(Predicate<String> isSet) {
        this.isSet = isSet;
    }

    /** The text with its commands read; in code, code commands add no spans of their own. */
    String read(CharSequence texinfo, Context context) {
        CommandStack open = new CommandStack(context == Context.CODE, this::shown);
        int i = 0;
        int length = texinfo.length();
        while (i < length) {
            CommandFrame top = open.top();
            char c = texinfo.charAt(i);
            if (c == '@' && i + 1 < length) {
                i = command(texinfo, i + 1, open, context);
            } else if (c == '{') {
                open.openGroup();
                i++;
            } else if (c == '}') {
                open.closeGroup();
                i++;
            } else if (c == ',' && top.multiArgument) {
                top.nextArgument();
                i++;
            } else {
                i = text(texinfo, i, top, context);
            }
        }
        return open.finish();
    }

    /** Reads the command whose name starts at {@code at}, just past its {@code @}; the index after what it took. */
    private int command(CharSequence texinfo, int at, CommandStack open, Context context) {
        CommandFrame top = open.top();
        char first = texinfo.charAt(at);
        boolean accentInBraces = ACCENT_MARKS.indexOf(first) >= 0 && at + 1 < texinfo.length() && texinfo.charAt(at + 1) == '{';
        if (!Character.isLetter(first) && !accentInBraces) {
            return symbol(texinfo, at, top, context);
        }
        int end = at + 1;
        while (!accentInBraces && end < texinfo.length() && Character.isLetterOrDigit(texinfo.charAt(end))) {
            end++;
        }
        String name = texinfo.subSequence(at, end).toString();
        boolean braced = end < texinfo.length() && texinfo.charAt(end) == '{';
        if (braced && name.equals("verb")) {
            return verb(texinfo, end + 1, top);
        }
        if (braced && open.hasRoom()) {
            open.push(new CommandFrame(name, top.code || CODE.contains(name), MULTI_ARGUMENT.contains(name)));
            return end + 1;
        }
        if (GLYPHS.containsKey(name)) {
            literal(top, GLYPHS.get(name), context);
        }
        return end; // past the nesting limit, its braces are read as plain ones
    }

    /** {@code @@}, {@code @{}, {@code @*}, {@code @'e} and the other commands named by one character. */
    private static int symbol(CharSequence texinfo, int at, CommandFrame top, Context context) {
        char c = texinfo.charAt(at);
        if (ACCENT_MARKS.indexOf(c) >= 0 && at + 1 < texinfo.length() && Character.isLetter(texinfo.charAt(at + 1))) {
            literal(top, accented(String.valueOf(c), String.valueOf(texinfo.charAt(at + 1))), context);
            return at + 2;
        }
        switch (c) {
            case '*' -> top.text.append('\n');
            case '-', '/', ':', '|' -> { } // hyphenation and spacing hints
            case ' ', '\t', '\n', '\r' -> top.text.append(' ');
            default -> literal(top, c, context);
        }
        return at + 1;
    }

    /** {@code @verb{|text|}}: the text between the delimiters as written, up to the end when it never closes. */
    private static int verb(CharSequence texinfo, int at, CommandFrame top) {
        if (at >= texinfo.length()) {
            return at;
        }
        char delimiter = texinfo.charAt(at);
        int close = at + 1;
        while (close < texinfo.length() && !(texinfo.charAt(close) == delimiter && close + 1 < texinfo.length()
                && texinfo.charAt(close + 1) == '}')) {
            close++;
        }
        String code = texinfo.subSequence(at + 1, close).toString();
        top.text.append(top.code ? code : InlineCode.of(code));
        return Math.min(texinfo.length(), close + 2);
    }

    /** One character of text, TeX's quotes and dashes made typographic outside code. */
    private static int text(CharSequence texinfo, int at, CommandFrame top, Context context) {
        char c = texinfo.charAt(at);
        char next = at + 1 < texinfo.length() ? texinfo.charAt(at + 1) : 0;
        if (!top.code && c == '-' && next == '-') {
            boolean em = at + 2 < texinfo.length() && texinfo.charAt(at + 2) == '-';
            top.text.append(em ? "—" : "–");
            return at + (em ? 3 : 2);
        }
        if (!top.code && (c == '`' || c == '\'' && next == '\'')) {
            boolean doubled = next == c;
            top.text.append(c == '`' ? (doubled ? "“" : "‘") : "”");
            return at + (doubled ? 2 : 1);
        }
        literal(top, c, context);
        return at + 1;
    }

    private static void literal(CommandFrame top, String text, Context context) {
        for (int i = 0; i < text.length(); i++) {
            literal(top, text.charAt(i), context);
        }
    }

    private static void literal(CommandFrame top, char c, Context context) {
        if (context == Context.HEADING && !top.code && HEADING_MARKUP.indexOf(c) >= 0) {
            top.text.append('\\');
        }
        top.text.append(c);
    }

    /** What a closed command shows, given its arguments' text. */
    private String shown(CommandFrame frame, boolean inCode) {
        List<String> args = frame.arguments();
        String first = args.getFirst();
        String name = frame.name;
        if (HIDDEN.contains(name)) {
            return "";
        }
        if (CODE.contains(name)) {
            String code = first.replace('\n', ' ');
            return inCode || code.isEmpty() ? code : InlineCode.of(code);
        }
        if (GLYPHS.containsKey(name)) {
            return GLYPHS.get(name);
        }
        if (ACCENTS.containsKey(name)) {
            return accented(name, first);
        }
        return switch (name) {
            case "xref" -> "See " + reference(args);
            case "pxref" -> "see " + reference(args);
            case "ref" -> reference(args);
            case "inforef" -> "See " + firstGiven(args, 1, 0);
            case "uref", "url" -> firstGiven(args, 2, 1, 0);
            case "email" -> firstGiven(args, 1, 0);
            case "abbr", "acronym" -> args.size() > 1 && !args.get(1).isEmpty() ? first + " (" + args.get(1) + ")" : first;
            case "footnote" -> " (" + first.replaceAll("\\s+", " ").strip() + ")";
            case "image" -> args.size() > 3 ? args.get(3) : "";
            case "U" -> codePoint(first);
            case "dotless" -> first.replace('i', 'ı').replace('j', 'ȷ');
            case "inlinefmt" -> SHOWN_FORMATS.contains(first) ? argument(args, 1) : "";
            case "inlinefmtifelse" -> SHOWN_FORMATS.contains(first) ? argument(args, 1) : argument(args, 2);
            case "inlineifset" -> isSet.test(first) ? argument(args, 1) : "";
            case "inlineifclear" -> isSet.test(first) ? "" : argument(args, 1);
            default -> first;
        };
    }

    /**
     * A cross-reference as HTML shows it: its label, else the title it gives, else the node's name; one into
     * another manual says which ("Invoking make in GNU Make", or just "GNU Make" for its Top node).
     */
    private static String reference(List<String> args) {
        String manual = firstGiven(args, 4, 3);
        String shown = firstGiven(args, 1, 2, 0);
        if (manual.isEmpty()) {
            return shown;
        }
        return shown.isEmpty() || shown.equals("Top") ? manual : shown + " in " + manual;
    }

    private static String firstGiven(List<String> args, int... positions) {
        for (int position : positions) {
            String arg = argument(args, position);
            if (!arg.isEmpty()) {
                return arg;
            }
        }
        return "";
    }

    private static String argument(List<String> args, int position) {
        return position < args.size() ? args.get(position) : "";
    }

    /** The letter with the accent over or under it; an accent over a dotless i ({@code @`{@dotless{i}}}) takes its dot's place. */
    private static String accented(String accent, String letter) {
        return CombiningAccents.on(letter, ACCENTS.get(accent));
    }

    private static String codePoint(String hex) {
        try {
            int point = Integer.parseInt(hex.strip(), 16);
            return Character.isValidCodePoint(point) ? Character.toString(point) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
