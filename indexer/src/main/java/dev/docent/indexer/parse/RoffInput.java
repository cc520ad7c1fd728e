package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The lines of a roff source that a terminal formatter goes on to read: comments dropped, escaped newlines
 * joined, conditionals resolved ({@link RoffConditions}), the page's own strings, registers and character
 * translations kept for later ({@code .ds}, {@code .nr}, {@code .tr}) and its own macros ({@code .de}) read as
 * the lines they stand for - pod2man's {@code .Vb} as {@code .nf}, rst2man's {@code .INDENT} as {@code .RS}.
 * Macros the reader knows itself are left to it, whatever the page redefines. Expansion is bounded, so a
 * macro that calls itself ends.
 */
final class RoffInput {

    /** A request or macro call ({@code name} and its arguments, escapes unread), or a line of text ({@code name} null). */
    record Line(String name, List<String> arguments, String text) {

        boolean isRequest() {
            return name != null;
        }
    }

    private static final int MIN_EXPANSION_BUDGET = 250_000;

    private final String[] source;
    private final Deque<String> pending = new ArrayDeque<>();
    /** The page's macros; one that {@code .als} names twice is one body, as {@code .am} to either appends to both. */
    private final Map<String, StringBuilder> macros = new HashMap<>();
    private final Deque<Boolean> elseTaken = new ArrayDeque<>();
    private final RoffEscapes escapes;
    private final RoffConditions conditions;
    private final Predicate<String> builtIn;
    private int next;
    private long expansionBudget;

    /** @param builtIn the macros the reader reads itself, which the page's definitions do not replace */
    RoffInput(String source, RoffEscapes escapes, Predicate<String> builtIn) {
        this.source = source.split("\\r?\\n", -1);
        this.escapes = escapes;
        this.builtIn = builtIn;
        this.conditions = new RoffConditions(escapes, name -> builtIn.test(name) || macros.containsKey(name)
                || escapes.isDefined(name));
        this.expansionBudget = Math.max(MIN_EXPANSION_BUDGET, 4L * source.length());
    }

    /** The next line the formatter reads, or null at the end. */
    Line next() {
        String line;
        while ((line = nextLine()) != null) {
            Line read = read(line);
            if (read != null) {
                return read;
            }
        }
        return null;
    }

    /** A roff argument list: separated by spaces, {@code "two words"} one argument, {@code ""} inside it a quote. */
    static List<String> arguments(String text) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= text.length()) {
                return arguments;
            }
            StringBuilder argument = new StringBuilder();
            boolean quoted = text.charAt(i) == '"';
            i += quoted ? 1 : 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted && c == '"' && text.startsWith("\"\"", i)) {
                    argument.append('"');
                    i += 2;
                } else if (quoted ? c == '"' : c == ' ' || c == '\t') {
                    i++;
                    break;
                } else {
                    int length = c == '\\' && i + 1 < text.length() ? 2 : 1;
                    argument.append(text, i, i + length);
                    i += length;
                }
            }
            arguments.add(argument.toString());
        }
    }

    private Line read(String line) {
        if (line.isEmpty() || line.charAt(0) != '.' && line.charAt(0) != '\'') {
            return new Line(null, List.of(), line);
        }
        int start = 1;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '\\') {
            end++;
        }
        return request(line.substring(start, end), line.substring(end).stripLeading());
    }

    /** A request this reader carries out itself shows nothing and is not passed on; any other is. */
    private Line request(String name, String rest) {
        switch (name) {
            case "" -> { }
            case "de", "de1", "dei", "am", "am1", "ami" -> define(arguments(rest), name.startsWith("am"));
            case "ig" -> definition(arguments(rest).isEmpty() ? "." : arguments(rest).getFirst()); // read, and left out
            case "ds", "ds1", "as", "as1" -> string(rest, name.startsWith("as"));
            case "rm" -> arguments(rest).forEach(removed -> {
                macros.remove(removed);
                escapes.remove(removed);
            });
            case "rn", "als" -> alias(arguments(rest), name.equals("rn"));
            case "nr" -> {
                List<String> arguments = arguments(rest);
                if (arguments.size() >= 2) {
                    conditions.setRegister(arguments.get(0), arguments.get(1));
                }
            }
            case "rr" -> arguments(rest).forEach(conditions::removeRegister);
            case "tr" -> escapes.translate(rest);
            case "if" -> branch(conditions.evaluate(rest));
            case "ie" -> {
                RoffConditions.Branch branch = conditions.evaluate(rest);
                elseTaken.push(!branch.taken());
                branch(branch);
            }
            case "el" -> branch(new RoffConditions.Branch(!elseTaken.isEmpty() && elseTaken.pop(), rest));
            case "nop" -> pending.push(rest);
            case "do" -> pending.push("." + rest);
            default -> {
                if (macros.containsKey(name) && !builtIn.test(name)) {
                    expand(name, arguments(rest));
                } else {
                    return new Line(name, arguments(rest), null);
                }
            }
        }
        return null;
    }

    /** The next input line: a pending one (a macro's, a branch's), else the source's, comments out and escaped newlines joined. */
    private String nextLine() {
        if (!pending.isEmpty()) {
            return pending.pop();
        }
        if (next >= source.length) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        String line = source[next++];
        while (true) {
            int comment = commentStart(line);
            boolean joinsNext = comment >= 0 ? line.charAt(comment + 1) == '#' : endsWithEscape(line);
            joined.append(line, 0, comment >= 0 ? comment : joinsNext ? line.length() - 1 : line.length());
            if (!joinsNext || next >= source.length) {
                return joined.toString();
            }
            line = source[next++];
        }
    }

    /** Where {@code \"} or groff's {@code \#} starts a comment, or -1. */
    private static int commentStart(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                if (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '#') {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static boolean endsWithEscape(String line) {
        int slashes = 0;
        while (slashes < line.length() && line.charAt(line.length() - 1 - slashes) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    /** A taken branch's body is read as a line of its own; a skipped one is passed over with the block it opens. */
    private void branch(RoffConditions.Branch branch) {
        String body = branch.body();
        if (branch.taken()) {
            String inside = body.startsWith("\\{") ? body.substring(2).stripLeading() : body;
            if (!inside.isBlank()) {
                pending.push(inside);
            }
            return;
        }
        int depth = braces(body);
        String line;
        while (depth > 0 && (line = nextLine()) != null) {
            depth += braces(line);
        }
    }

    /** How many more conditional blocks {@code \{} opens than {@code \}} closes. */
    private static int braces(String line) {
        int depth = 0;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                depth += line.charAt(i + 1) == '{' ? 1 : line.charAt(i + 1) == '}' ? -1 : 0;
                i++;
            }
        }
        return depth;
    }

    private void define(List<String> arguments, boolean append) {
        String body = definition(arguments.size() >= 2 ? arguments.get(1) : ".");
        if (arguments.isEmpty()) {
            return;
        }
        if (append) {
            macros.computeIfAbsent(arguments.getFirst(), name -> new StringBuilder()).append(body);
        } else {
            macros.put(arguments.getFirst(), new StringBuilder(body));
        }
    }

    /** The lines up to the one that ends a definition ({@code ..}), read in copy mode ({@code \\} is {@code \}). */
    private String definition(String end) {
        StringBuilder body = new StringBuilder();
        String line;
        while ((line = nextLine()) != null && !ends(line, end)) {
            body.append(copyMode(line)).append('\n');
        }
        return body.toString();
    }

    private static boolean ends(String line, String end) {
        if (line.isEmpty() || line.charAt(0) != '.' && line.charAt(0) != '\'') {
            return false;
        }
        String request = line.substring(1).stripLeading();
        return request.equals(end) || request.startsWith(end + " ") || request.startsWith(end + "\t");
    }

    private static String copyMode(String text) {
        return text.replace("\\\\", "\\");
    }

    /** {@code .ds name value}: one leading quote lets the value start with spaces. */
    private void string(String rest, boolean append) {
        int nameEnd = 0;
        while (nameEnd < rest.length() && !Character.isWhitespace(rest.charAt(nameEnd))) {
            nameEnd++;
        }
        String value = rest.substring(nameEnd).stripLeading();
        value = copyMode(value.startsWith("\"") ? value.substring(1) : value);
        if (nameEnd == 0) {
            return;
        }
        if (append) {
            escapes.append(rest.substring(0, nameEnd), value);
        } else {
            escapes.define(rest.substring(0, nameEnd), value);
        }
    }

    /** {@code .als new old} gives a macro a second name; {@code .rn old new} moves it. */
    private void alias(List<String> arguments, boolean rename) {
        if (arguments.size() < 2) {
            return;
        }
        String from = rename ? arguments.get(0) : arguments.get(1);
        String to = rename ? arguments.get(1) : arguments.get(0);
        StringBuilder body = rename ? macros.remove(from) : macros.get(from);
        if (body != null) {
            macros.put(to, body);
        }
    }

    /**
     * A call of the page's own macro: its body with the call's arguments in place of {@code \$1} ... and
     * {@code \n(.$}. What calls add up to is bounded by the budget; past it, calls show nothing.
     */
    private void expand(String name, List<String> arguments) {
        StringBuilder body = macros.get(name);
        if (body.length() >= expansionBudget) {
            expansionBudget = 0;
            return;
        }
        String expanded = withArguments(body.toString(), name, arguments);
        expansionBudget -= expanded.length() + 1;
        if (expansionBudget < 0) {
            return;
        }
        String[] lines = expanded.split("\n", -1);
        for (int i = lines.length - 2; i >= 0; i--) {
            pending.push(lines[i]);
        }
    }

    private String withArguments(String body, String name, List<String> arguments) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length() && out.length() <= expansionBudget) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
            } else if (body.charAt(i + 1) == '$' && i + 2 < body.length()) {
                out.append(argument(RoffEscapes.name(body, i + 2), name, arguments));
                i = RoffEscapes.nameEnd(body, i + 2);
            } else if (body.startsWith("\\n(.$", i) || body.startsWith("\\n[.$]", i)) {
                out.append(arguments.size());
                i += body.charAt(i + 2) == '(' ? 5 : 6;
            } else {
                out.append(body, i, i + 2);
                i += 2;
            }
        }
        return out.toString();
    }

    private static String argument(String which, String name, List<String> arguments) {
        return switch (which) {
            case "0" -> name;
            case "*" -> String.join(" ", arguments);
            case "@" -> String.join(" ", arguments.stream().map(a -> "\"" + a + "\"").toList());
            default -> {
                int index = which.matches("\\d{1,4}") ? Integer.parseInt(which) : 0;
                yield index >= 1 && index <= arguments.size() ? arguments.get(index - 1) : "";
            }
        };
    }
}
