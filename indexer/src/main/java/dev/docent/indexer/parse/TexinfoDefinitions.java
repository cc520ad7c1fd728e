package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The line that heads a Texinfo definition ({@code @deffn}, {@code @defun}, {@code @deftypefn} and the rest),
 * as the manual shows it: its category, then what it defines with its arguments ("Command: make-frame
 * &optional parameters", "Library Function: int foobar (int foo)", "Method on Window: resize width"). The
 * result is still Texinfo, for the inline reader.
 */
final class TexinfoDefinitions {

    /** How many words lead each definition's line before what it defines: a category, a class or both. */
    private static final Map<String, Integer> LEADING_WORDS = Map.ofEntries(Map.entry("deffn", 1), Map.entry("defvr", 1),
            Map.entry("deftypefn", 1), Map.entry("deftypevr", 1), Map.entry("deftp", 1), Map.entry("defop", 2),
            Map.entry("deftypeop", 2), Map.entry("defcv", 2), Map.entry("deftypecv", 2), Map.entry("defmethod", 1),
            Map.entry("deftypemethod", 1), Map.entry("defivar", 1), Map.entry("deftypeivar", 1), Map.entry("defun", 0),
            Map.entry("deftypefun", 0), Map.entry("defmac", 0), Map.entry("defspec", 0), Map.entry("defvar", 0),
            Map.entry("deftypevar", 0), Map.entry("defopt", 0));
    /** The category a definition names by itself, or what leads the class it names. */
    private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("defun", "Function"),
            Map.entry("deftypefun", "Function"), Map.entry("defmac", "Macro"), Map.entry("defspec", "Special Form"),
            Map.entry("defvar", "Variable"), Map.entry("deftypevar", "Variable"), Map.entry("defopt", "User Option"),
            Map.entry("defmethod", "Method on "), Map.entry("deftypemethod", "Method on "),
            Map.entry("defivar", "Instance Variable of "), Map.entry("deftypeivar", "Instance Variable of "));

    private TexinfoDefinitions() {
    }

    /** Whether the command opens a definition ({@code @deffn}). */
    static boolean opens(String command) {
        return LEADING_WORDS.containsKey(command);
    }

    /** Whether the command adds a line to the definition just opened ({@code @deffnx}). */
    static boolean continues(String command) {
        return command.endsWith("x") && opens(command.substring(0, command.length() - 1));
    }

    /** The heading of definition {@code command} ({@code deffn} or {@code deffnx}) whose line goes on with {@code arguments}. */
    static String heading(String command, String arguments) {
        String kind = continues(command) ? command.substring(0, command.length() - 1) : command;
        List<String> words = new ArrayList<>();
        String rest = arguments.strip();
        for (int i = 0; i < LEADING_WORDS.get(kind); i++) {
            int end = wordEnd(rest);
            String word = rest.substring(0, end);
            words.add(word.startsWith("{") && word.endsWith("}") ? word.substring(1, word.length() - 1) : word);
            rest = rest.substring(end).strip();
        }
        String category = switch (words.size()) {
            case 0 -> CATEGORIES.get(kind);
            case 1 -> CATEGORIES.getOrDefault(kind, "") + words.getFirst();
            default -> words.get(0) + (kind.endsWith("op") ? " on " : " of ") + words.get(1);
        };
        return category + ": " + rest;
    }

    /** Where the first word ends: a word in braces ({@code {Interactive Command}}) is one word. */
    private static int wordEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (Character.isWhitespace(c) && depth <= 0) {
                return i;
            }
        }
        return text.length();
    }
}
