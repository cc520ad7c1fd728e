package dev.docent.indexer.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Roff's escape sequences read as a terminal shows them: special characters ({@code \(em}, {@code \[u00E9]},
 * {@code \(:a}) as their characters, strings ({@code \*(lq}, the page's own {@code .ds}) as their text, and what
 * only changes how text looks - fonts, sizes, motions, colours, marks - as nothing. A man page's text is full of
 * them ({@code \fB\-\-verbose\fR}); left in, a question naming {@code --verbose} would not find it.
 */
final class RoffEscapes {

    /** Groff's special characters that a terminal shows, name then character. */
    private static final Map<String, String> GLYPHS = pairs("aq ' dq \" lq \" rq \" oq ' cq ' Bq \" bq ' Fo « Fc » fo ‹ fc › "
            + "em — en – hy - mi - pl + eq = ** * sl / rs \\ ba | bv | br | or | ul _ ru _ ti ~ ha ^ at @ sh # Do $ "
            + "ga ` aa ' a\" \" a^ ^ a~ ~ bu • ci ○ sq □ dg † dd ‡ sc § ps ¶ co © rg ® tm ™ de ° %0 ‰ fm ′ sd ″ ct ¢ "
            + "Po £ Eu € eu € Ye ¥ >= ≥ <= ≤ != ≠ == ≡ ~= ≅ ~~ ≈ +- ± -+ ∓ mu × di ÷ -> → <- ← <> ↔ ua ↑ da ↓ rA ⇒ lA ⇐ "
            + "if ∞ pd ∂ gr ∇ no ¬ sr √ is ∫ es ∅ mo ∈ nm ∉ sb ⊂ sp ⊃ ca ∩ cu ∪ fa ∀ te ∃ 12 ½ 14 ¼ 34 ¾ S1 ¹ S2 ² S3 ³ "
            + "r! ¡ r? ¿ ss ß ae æ AE Æ oe œ OE Œ o/ ø O/ Ø -D Ð Sd ð TP Þ Tp þ pc · lB [ rB ] lC { rC } la ⟨ ra ⟩ "
            + "OK ✓ lh ☜ rh ☞");
    /** The strings the man and mdoc macro packages define ({@code \*R}, {@code \*(Tm}, mdoc's {@code \*(Le}). */
    private static final Map<String, String> PACKAGE_STRINGS = pairs("R ® Tm ™ lq \" rq \" Lq \" Rq \" Aq ' Ba | Am & "
            + "Le ≤ Ge ≥ Lt < Gt > Ne ≠ Pm ± If ∞ Pi π Na NaN q \" Px POSIX Ai ANSI");
    private static final String GREEK_NAMES = "abgdezyhiklmncoprstufxqw";
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
    /** The combining accent a two-character name's first character puts on the letter after it ({@code \(:a} is ä). */
    private static final Map<Character, Character> ACCENTS = Map.of(':', '\u0308', '\'', '\u0301', '`', '\u0300',
            '^', '\u0302', '~', '\u0303', ',', '\u0327', 'o', '\u030A', 'v', '\u030C');
    /** Escapes whose argument is quoted ({@code \h'-4'}): motions, drawings, widths, device controls. */
    private static final String QUOTED_ARGUMENT = "vwolLDXbxRSHAB";
    /** Escapes followed by a name ({@code \fB}, {@code \f(CW}, {@code \f[B]}): fonts, colours, marks, registers. */
    private static final String NAMED_ARGUMENT = "fFmMgknVYO$";
    /** Escapes that show nothing: non-printing, breaks, half-line motions, hyphenation points, conditional braces. */
    private static final String INVISIBLE = "&:%)|^,/cadurp{}!";
    /** How deep strings that name other strings are read before giving up: a string can name itself. */
    private static final int MAX_NESTING = 8;
    private static final int MAX_NAME = 64;
    private static final int MAX_QUOTED = 1_000;

    private static final long MIN_INTERPOLATION_BUDGET = 250_000;

    /** Strings by name; a builder each, so that a page appending to one line by line ({@code .as}) stays linear. */
    private final Map<String, StringBuilder> strings = new HashMap<>();
    private final Map<Character, String> translations = new HashMap<>();
    private long interpolationBudget;

    /** @param sourceLength the page's length, which the characters its strings may add up to are a multiple of */
    RoffEscapes(int sourceLength) {
        interpolationBudget = Math.max(MIN_INTERPOLATION_BUDGET, 4L * sourceLength);
        PACKAGE_STRINGS.forEach(this::define);
    }

    /** {@code .ds name value}: the value is read when the string is used, as roff does. */
    void define(String name, String value) {
        strings.put(name, new StringBuilder(value));
    }

    void append(String name, String value) {
        strings.computeIfAbsent(name, undefined -> new StringBuilder()).append(value);
    }

    void remove(String name) {
        strings.remove(name);
    }

    boolean isDefined(String name) {
        return strings.containsKey(name);
    }

    /** {@code .tr abcd}: a shows as b and c as d (pod2man turns its placeholder for a dash back into one). */
    void translate(String pairs) {
        String shown = render(pairs);
        for (int i = 0; i + 1 < shown.length(); i += 2) {
            translations.put(shown.charAt(i), String.valueOf(shown.charAt(i + 1)));
        }
    }

    /** The text as a terminal shows it. */
    String render(String text) {
        String shown = render(text, 0);
        if (translations.isEmpty()) {
            return shown;
        }
        StringBuilder out = new StringBuilder(shown.length());
        shown.chars().forEach(c -> out.append(translations.getOrDefault((char) c, String.valueOf((char) c))));
        return out.toString();
    }

    /** Whether the text ends in {@code \c}, which joins the next line to it without a space. */
    static boolean joinsNext(String text) {
        String line = text.stripTrailing();
        boolean joins = false;
        int i = 0;
        while (i < line.length()) {
            boolean escape = line.charAt(i) == '\\' && i + 1 < line.length();
            joins = escape && line.charAt(i + 1) == 'c' && i + 2 == line.length();
            i += escape ? 2 : 1;
        }
        return joins;
    }

    private String render(String text, int depth) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 == text.length()) {
                break;
            }
            char escape = text.charAt(i + 1);
            i += 2;
            if (escape == '"' || escape == '#') {
                break;
            } else if (escape == '(' || escape == '[' || escape == 'C') {
                int end = escape == 'C' ? quotedEnd(text, i) : nameEnd(text, i - 1);
                out.append(glyph(escape == 'C' ? quoted(text, i) : name(text, i - 1)));
                i = end;
            } else if (escape == '*') {
                int end = nameEnd(text, i);
                out.append(interpolated(name(text, i).strip().split(" ")[0], depth));
                i = end;
            } else if (escape == 'h') {
                out.append(quoted(text, i).startsWith("-") ? "" : " ");
                i = quotedEnd(text, i);
            } else if (escape == 'N') {
                out.append(character(quoted(text, i)));
                i = quotedEnd(text, i);
            } else if (escape == 'Z') {
                out.append(render(quoted(text, i), depth + 1));
                i = quotedEnd(text, i);
            } else if (QUOTED_ARGUMENT.indexOf(escape) >= 0) {
                i = quotedEnd(text, i);
            } else if (NAMED_ARGUMENT.indexOf(escape) >= 0) {
                boolean stepped = escape == 'n' && i < text.length() && "+-".indexOf(text.charAt(i)) >= 0;
                i = nameEnd(text, stepped ? i + 1 : i);
            } else if (escape == 's') {
                i = sizeEnd(text, i);
            } else {
                out.append(simple(escape));
            }
        }
        return out.toString();
    }

    /**
     * A string's value as shown, within the page's budget: a string that names itself twice doubles with each
     * reading, so past the budget strings show nothing.
     */
    private String interpolated(String name, int depth) {
        StringBuilder value = strings.get(name);
        if (value == null || depth >= MAX_NESTING || value.length() > interpolationBudget) {
            return "";
        }
        interpolationBudget -= value.length() + 1;
        return render(value.toString(), depth + 1);
    }

    private static String simple(char escape) {
        return switch (escape) {
            case 'e', 'E', '\\' -> "\\";
            case '-' -> "-";
            case '\'' -> "'";
            case '`' -> "`";
            case ' ', '~', '0' -> " ";
            case 't' -> "\t";
            default -> INVISIBLE.indexOf(escape) >= 0 ? "" : String.valueOf(escape);
        };
    }

    /** A special character by name: groff's, a Unicode code point ({@code u00E9}), a Greek letter or an accented one. */
    private static String glyph(String name) {
        String known = GLYPHS.get(name);
        if (known != null) {
            return known;
        }
        if (name.matches("u[0-9A-Fa-f]{4,6}(?:_.*)?")) {
            return character(Integer.parseInt(name.substring(1, name.indexOf('_') > 0 ? name.indexOf('_') : name.length()), 16));
        }
        if (name.startsWith("char")) {
            return character(name.substring(4));
        }
        if (name.length() == 2 && name.charAt(0) == '*' && GREEK_NAMES.indexOf(Character.toLowerCase(name.charAt(1))) >= 0) {
            String letter = String.valueOf(GREEK.charAt(GREEK_NAMES.indexOf(Character.toLowerCase(name.charAt(1)))));
            return Character.isUpperCase(name.charAt(1)) ? letter.toUpperCase() : letter;
        }
        if (name.length() == 2 && ACCENTS.containsKey(name.charAt(0)) && Character.isLetter(name.charAt(1))) {
            String accented = Normalizer.normalize(name.substring(1) + ACCENTS.get(name.charAt(0)), Normalizer.Form.NFC);
            return accented.length() == 1 ? accented : name.substring(1);
        }
        return "";
    }

    private static String character(String code) {
        return code.matches("\\d{1,7}") ? character(Integer.parseInt(code)) : "";
    }

    private static String character(int codePoint) {
        return Character.isValidCodePoint(codePoint) && codePoint >= ' ' ? Character.toString(codePoint) : "";
    }

    /**
     * The name after an escape: one character, two after {@code (}, or up to {@code ]} after {@code [} (a name that
     * long nothing closes is empty).
     */
    static String name(String text, int at) {
        if (at >= text.length()) {
            return "";
        }
        return switch (text.charAt(at)) {
            case '(' -> text.substring(Math.min(at + 1, text.length()), Math.min(at + 3, text.length()));
            case '[' -> text.substring(at + 1, Math.max(at + 1, nameEnd(text, at) - 1));
            default -> String.valueOf(text.charAt(at));
        };
    }

    /** Where the name that starts at {@code at} ends (see {@link #name}). */
    static int nameEnd(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        return switch (text.charAt(at)) {
            case '(' -> Math.min(at + 3, text.length());
            case '[' -> {
                int close = closing(text, at + 1, ']', MAX_NAME);
                yield close < 0 ? at + 1 : close + 1;
            }
            default -> at + 1;
        };
    }

    /** An argument between two of the same delimiter ({@code 'x'}), its own escapes skipped over. */
    private static String quoted(String text, int at) {
        int end = quotedEnd(text, at);
        return end - 1 > at ? text.substring(at + 1, end - 1) : "";
    }

    private static int quotedEnd(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        int close = closing(text, at + 1, text.charAt(at), MAX_QUOTED);
        return close < 0 ? at + 1 : close + 1;
    }

    /**
     * Where {@code c} closes what opened before {@code from}, escapes skipped over, looking no further than
     * {@code limit} characters; -1 if it does not. The limit keeps a line of unclosed escapes from being read again
     * from each of them.
     */
    private static int closing(String text, int from, char c, int limit) {
        int end = Math.min(text.length(), from + limit);
        int i = from;
        while (i < end && text.charAt(i) != c) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i < end ? i : -1;
    }

    /** A size change: {@code \s-1}, {@code \s0}, {@code \s12}, {@code \s(12}, {@code \s[12]}, {@code \s'12'}, {@code \s+(12}. */
    private static int sizeEnd(String text, int at) {
        int i = at < text.length() && "+-".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
        if (i >= text.length()) {
            return i;
        }
        char first = text.charAt(i);
        if (first == '(' || first == '[') {
            return nameEnd(text, i);
        }
        if (first == '\'') {
            return quotedEnd(text, i);
        }
        boolean twoDigits = first >= '1' && first <= '3' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) && i == at;
        return Character.isDigit(first) ? i + (twoDigits ? 2 : 1) : i;
    }

    private static Map<String, String> pairs(String spaced) {
        String[] parts = spaced.split(" ");
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            map.put(parts[i], parts[i + 1]);
        }
        return Map.copyOf(map);
    }
}
