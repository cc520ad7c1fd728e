package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An mdoc(7) line of semantic macros read as the page shows it: {@code .Op Fl v Ar file} is "[-v file]",
 * {@code .Xr ls 1 ,} is "ls(1),", {@code .Nm} the page's name from its first use. Macros named inside a line are
 * called in turn, enclosures ({@code .Op}, {@code .Dq}, {@code .Pq}) hold the rest of the line but its closing
 * punctuation, and punctuation attaches to the word before it as roff's delimiters do.
 */
final class MdocMacros {

    /** The line's text, and whether it runs on from the line before or into the next without a space. */
    record Text(String text, boolean joinsPrevious, boolean joinsNext) {
    }

    /** Macros that a line can call after its first: their names are never words. */
    private static final Set<String> CALLABLE = Set.of("Ac", "Ad", "An", "Ao", "Ap", "Aq", "Ar", "At", "Bc", "Bo", "Bq", "Brc",
            "Bro", "Brq", "Bsx", "Bx", "Cm", "Dc", "Do", "Dq", "Dv", "Dx", "Ec", "Em", "En", "Eo", "Er", "Ev", "Fa", "Fl", "Fn",
            "Fr", "Fx", "Ic", "In", "Li", "Lk", "Ms", "Mt", "Nm", "No", "Ns", "Nx", "Oc", "Oo", "Op", "Ox", "Pa", "Pc", "Pf", "Po",
            "Pq", "Qc", "Ql", "Qo", "Qq", "Sc", "So", "Sq", "Sx", "Sy", "Ta", "Tn", "Ux", "Va", "Vt", "Xc", "Xo", "Xr");
    /** Macros that only start a line. */
    private static final Set<String> LINE_MACROS = Set.of("Nd", "Ft", "Fd", "Cd", "Fo", "Fc", "Ex", "Rv", "St", "Lb", "Ot", "Hf",
            "Bt", "Ud", "Tg", "Sm");
    /** Enclosures: what opens and closes them, whether on one line ({@code .Op}) or across lines ({@code .Oo ... .Oc}). */
    private static final Map<String, String> OPENING = Map.ofEntries(Map.entry("Op", "["), Map.entry("Oo", "["),
            Map.entry("Bq", "["), Map.entry("Bo", "["), Map.entry("Brq", "{"), Map.entry("Bro", "{"), Map.entry("Pq", "("),
            Map.entry("Po", "("), Map.entry("Aq", "<"), Map.entry("Ao", "<"), Map.entry("Dq", "\""), Map.entry("Do", "\""),
            Map.entry("Qq", "\""), Map.entry("Qo", "\""), Map.entry("Sq", "'"), Map.entry("So", "'"), Map.entry("Ql", "'"));
    private static final Map<String, String> CLOSING = Map.ofEntries(Map.entry("Op", "]"), Map.entry("Oc", "]"),
            Map.entry("Bq", "]"), Map.entry("Bc", "]"), Map.entry("Brq", "}"), Map.entry("Brc", "}"), Map.entry("Pq", ")"),
            Map.entry("Pc", ")"), Map.entry("Aq", ">"), Map.entry("Ac", ">"), Map.entry("Dq", "\""), Map.entry("Dc", "\""),
            Map.entry("Qq", "\""), Map.entry("Qc", "\""), Map.entry("Sq", "'"), Map.entry("Sc", "'"), Map.entry("Ql", "'"),
            Map.entry("Fc", ")"));
    private static final Set<String> ONE_LINE_ENCLOSURES = Set.of("Op", "Bq", "Brq", "Pq", "Aq", "Dq", "Qq", "Sq", "Ql");
    private static final Map<String, String> SYSTEMS = Map.of("Ox", "OpenBSD", "Nx", "NetBSD", "Fx", "FreeBSD", "Dx", "DragonFly",
            "Bsx", "BSD/OS", "Bx", "BSD", "Ux", "UNIX", "At", "AT&T UNIX");
    private static final Map<String, String> STANDARDS = Map.of("-ansiC", "ANSI X3.159-1989 (\"ANSI C89\")",
            "-isoC", "ISO/IEC 9899:1990 (\"ISO C90\")", "-isoC-99", "ISO/IEC 9899:1999 (\"ISO C99\")",
            "-isoC-2011", "ISO/IEC 9899:2011 (\"ISO C11\")", "-p1003.1", "IEEE Std 1003.1 (\"POSIX.1\")",
            "-p1003.1-2001", "IEEE Std 1003.1-2001 (\"POSIX.1\")", "-p1003.1-2008", "IEEE Std 1003.1-2008 (\"POSIX.1\")",
            "-p1003.2", "IEEE Std 1003.2 (\"POSIX.2\")", "-susv3", "Version 3 of the Single UNIX Specification (\"SUSv3\")",
            "-susv4", "Version 4 of the Single UNIX Specification (\"SUSv4\")");
    private static final String CLOSING_DELIMITERS = ".,:;)]?!";
    private static final String OPENING_DELIMITERS = "([";

    private final RoffEscapes escapes;
    private String pageName;
    /**
     * {@code .Sm off} runs words and macro lines together until {@code .Sm on} ({@code [bind_address:]port} written
     * word by word); the first line after it still starts a word of its own.
     */
    private boolean spacing = true;
    private boolean spacingJustOff;

    MdocMacros(RoffEscapes escapes) {
        this.escapes = escapes;
    }

    static boolean isMacro(String name) {
        return CALLABLE.contains(name) || LINE_MACROS.contains(name) || name.startsWith("%");
    }

    Text render(String macro, List<String> arguments) {
        if (macro.equals("Ex") || macro.equals("Rv")) {
            return new Text(standardSentence(macro, arguments), false, false);
        }
        if (macro.equals("Sm")) {
            spacing = arguments.isEmpty() ? !spacing : !arguments.getFirst().equals("off");
            spacingJustOff = !spacing;
            return new Text("", false, false);
        }
        List<String> tokens = new ArrayList<>(arguments.size() + 1);
        tokens.add(macro);
        tokens.addAll(arguments);
        int trailing = tokens.size();
        while (trailing > 1 && isDelimiter(tokens.get(trailing - 1), CLOSING_DELIMITERS)) {
            trailing--;
        }
        if (macro.equals("Lk") && trailing > 2) {
            // A link with text reads "text: address".
            tokens.add(trailing, tokens.get(1));
            tokens.add(trailing, ":");
            tokens.set(1, "No");
            trailing += 2;
        }
        Words words = new Words(spacing);
        Deque<String> enclosures = new ArrayDeque<>();
        String current = null;
        int count = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == trailing || i == tokens.size()) {
                finish(current, count, words);
                current = null;
                while (!enclosures.isEmpty()) {
                    words.attach(enclosures.pop());
                }
                if (i == tokens.size()) {
                    break;
                }
            }
            String token = tokens.get(i);
            if (i == 0 || CALLABLE.contains(token)) {
                finish(current, count, words);
                current = token;
                count = 0;
                start(token, words, enclosures);
            } else if (isDelimiter(token, CLOSING_DELIMITERS)) {
                words.attach(token);
            } else if (isDelimiter(token, OPENING_DELIMITERS)) {
                words.open(token);
            } else {
                word(current, escapes.render(token), count++, words);
            }
        }
        boolean shown = !words.text.isEmpty();
        boolean runsOn = shown && !spacing && !spacingJustOff;
        spacingJustOff &= !shown;
        return new Text(words.text.toString(), words.joinsPrevious || runsOn, shown && !words.spaced);
    }

    private static boolean isDelimiter(String token, String delimiters) {
        return token.length() == 1 && delimiters.indexOf(token.charAt(0)) >= 0;
    }

    /** What a macro shows before its words. */
    private static void start(String macro, Words words, Deque<String> enclosures) {
        if (ONE_LINE_ENCLOSURES.contains(macro)) {
            words.open(OPENING.get(macro));
            enclosures.push(CLOSING.get(macro));
        } else if (OPENING.containsKey(macro)) {
            words.open(OPENING.get(macro));
        } else if (CLOSING.containsKey(macro)) {
            words.attach(CLOSING.get(macro));
        } else if (macro.equals("Ns")) {
            words.spaced = false;
        } else if (macro.equals("Ap")) {
            words.attach("'");
            words.spaced = false;
        } else if (macro.equals("Nd")) {
            words.word("-");
        }
    }

    /** A word as the macro reading it shows it: {@code Fl}'s with a dash, {@code Xr}'s section in parentheses. */
    private void word(String calling, String word, int index, Words words) {
        String macro = calling == null ? "" : calling;
        switch (macro) {
            case "Fl" -> words.word("-" + word);
            case "Xr" -> {
                if (index == 1) {
                    words.attach("(" + word + ")");
                } else {
                    words.word(word);
                }
            }
            case "Fn" -> {
                if (index == 0) {
                    words.word(word);
                    words.attach("(");
                } else {
                    words.attach((index > 1 ? ", " : "") + word);
                }
            }
            case "Fo" -> {
                words.word(word);
                words.open("(");
            }
            case "In" -> words.word("#include <" + word + ">");
            case "Pf" -> {
                words.word(word);
                words.spaced = index > 0;
            }
            case "St" -> words.word(STANDARDS.getOrDefault(word, word.replaceFirst("^-", "")));
            case "An" -> {
                if (!word.equals("-split") && !word.equals("-nosplit")) {
                    words.word(word);
                }
            }
            default -> {
                if (macro.equals("Nm") && pageName == null) {
                    pageName = word;
                }
                words.word(index == 0 && SYSTEMS.containsKey(macro) ? system(macro, word) : word);
            }
        }
    }

    /** What a macro shows after its words, or instead of them when it has none ({@code .Nm} alone is the page's name). */
    private void finish(String macro, int count, Words words) {
        if (macro == null) {
            return;
        }
        switch (macro) {
            case "Fl" -> {
                if (count == 0) {
                    words.word("-");
                }
            }
            case "Ar" -> {
                if (count == 0) {
                    words.word("file ...");
                }
            }
            case "Nm" -> {
                if (count == 0 && pageName != null) {
                    words.word(pageName);
                }
            }
            case "Fn" -> {
                if (count > 0) {
                    words.attach(")");
                }
            }
            default -> {
                if (count == 0 && SYSTEMS.containsKey(macro)) {
                    words.word(SYSTEMS.get(macro));
                }
            }
        }
    }

    /** A system and its version: "OpenBSD 7.5", "4.4BSD", "Version 7 AT&T UNIX". */
    private static String system(String macro, String version) {
        return switch (macro) {
            case "Bx" -> version + "BSD";
            case "At" -> version.matches("v\\d") ? "Version " + version.substring(1) + " AT&T UNIX" : "AT&T UNIX " + version;
            default -> SYSTEMS.get(macro) + " " + version;
        };
    }

    /** {@code .Ex -std} and {@code .Rv -std}: the standard sentences on exit status and return values. */
    private String standardSentence(String macro, List<String> arguments) {
        List<String> names = arguments.stream().filter(argument -> !argument.equals("-std")).map(escapes::render).toList();
        String name = names.isEmpty() ? (pageName == null ? "" : pageName) : String.join(", ", names);
        return macro.equals("Ex") ? "The " + name + " utility exits 0 on success, and >0 if an error occurs."
                : "The " + name + "() function returns the value 0 if successful; otherwise the value -1 is returned and"
                        + " the global variable errno is set to indicate the error.";
    }

    /**
     * Words joined by single spaces, punctuation attached, and no space where {@code .Ns} or an opening asks for none,
     * nor anywhere with spacing off.
     */
    private static final class Words {
        private final StringBuilder text = new StringBuilder();
        private final boolean spacing;
        private boolean spaced;
        private boolean joinsPrevious;

        Words(boolean spacing) {
            this.spacing = spacing;
        }

        void word(String word) {
            if (word.isEmpty()) {
                return;
            }
            text.append(spaced && spacing ? " " : "").append(word);
            spaced = true;
        }

        void attach(String word) {
            joinsPrevious |= text.isEmpty();
            text.append(word);
            spaced = true;
        }

        void open(String word) {
            word(word);
            spaced = false;
        }
    }
}
