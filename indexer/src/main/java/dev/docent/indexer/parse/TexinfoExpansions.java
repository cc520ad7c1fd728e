package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Texinfo manual defines for itself and writes in place where it is used, as {@code makeinfo} does:
 * flags and their values ({@code @set VERSION 4.4}, {@code @value{VERSION}}), macros ({@code @macro
 * optZero} ... {@code @end macro}, then {@code @optZero} or {@code @ovar{file}}) and aliases
 * ({@code @alias gloss = i}). A macro's body may call others, so an expanded line is read again; every
 * expansion is charged to a budget in proportion to the document, so a macro that calls itself ends
 * instead of filling memory.
 */
final class TexinfoExpansions {

    private static final Pattern VALUE = Pattern.compile("@value\\{([^{}\\s]+)}");
    private static final Pattern DECLARATION = Pattern.compile("\\s*([\\w-]+)\\s*(?:\\{(.*)})?.*");
    private static final Pattern ALIAS = Pattern.compile("\\s*(\\w+)\\s*=\\s*(\\w+)\\s*");
    private static final Pattern PARAMETER = Pattern.compile("\\\\([\\w-]*)\\\\");

    private record Macro(List<String> parameters, String body) {
    }

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Macro> macros = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private long budget;

    /** @param budget how many characters expansions may write in all */
    TexinfoExpansions(long budget) {
        this.budget = budget;
    }

    /** {@code @set NAME value}: {@code rest} is what follows {@code @set}. */
    void set(String rest) {
        String[] parts = rest.strip().split("\\s+", 2);
        if (!parts[0].isEmpty()) {
            values.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
    }

    void clear(String name) {
        values.remove(name.strip());
    }

    boolean isSet(String name) {
        return values.containsKey(name.strip());
    }

    /** {@code @macro name {a, b}}: {@code declaration} is what follows {@code @macro}. */
    void defineMacro(String declaration, String body) {
        Matcher m = DECLARATION.matcher(declaration);
        if (m.matches()) {
            List<String> parameters = m.group(2) == null || m.group(2).isBlank() ? List.of()
                    : List.of(m.group(2).strip().split("\\s*,\\s*"));
            macros.put(m.group(1), new Macro(parameters, body));
        }
    }

    void removeMacro(String name) {
        macros.remove(name.strip());
    }

    /** {@code @alias new = existing}: {@code declaration} is what follows {@code @alias}. */
    void defineAlias(String declaration) {
        Matcher m = ALIAS.matcher(declaration);
        if (m.matches()) {
            aliases.put(m.group(1), m.group(2));
        }
    }

    /**
     * The line with its values, macros and aliases written in, or null when it uses none (or the budget is
     * spent). An invocation whose braces do not close on its line is left as written.
     */
    String expand(String line) {
        String valued = line.contains("@value{") ? withValues(line) : line;
        String expanded = macros.isEmpty() && aliases.isEmpty() ? valued : withMacros(valued);
        if (expanded.equals(line) || expanded.length() > budget) {
            return null;
        }
        budget -= expanded.length();
        return expanded;
    }

    private String withValues(String line) {
        return VALUE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }

    private String withMacros(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int at = line.indexOf('@', i);
            if (at < 0 || at + 1 >= line.length()) {
                out.append(line, i, line.length());
                break;
            }
            int end = at + 1;
            while (end < line.length() && Character.isLetterOrDigit(line.charAt(end))) {
                end++;
            }
            String name = line.substring(at + 1, end);
            Macro macro = macros.get(name);
            out.append(line, i, at);
            if (aliases.containsKey(name)) {
                out.append('@').append(aliases.get(name));
                i = end;
            } else if (macro == null) {
                // "@@" and "@{" are escapes: their second character starts nothing.
                int next = Math.max(end, at + 2);
                out.append(line, at, next);
                i = next;
            } else {
                i = invocation(line, at, end, macro, out);
            }
        }
        return out.toString();
    }

    /**
     * Writes the body of {@code macro}, whose name runs from {@code atSign} to {@code at}, with its arguments:
     * those in braces, else the rest of the line for a macro of one parameter. The index after the invocation.
     */
    private static int invocation(String line, int atSign, int at, Macro macro, StringBuilder out) {
        if (at < line.length() && line.charAt(at) == '{') {
            int close = BalancedBraces.closing(line, at, "@\\");
            if (close < 0) {
                out.append(line, atSign, line.length());
                return line.length();
            }
            out.append(body(macro, arguments(line.substring(at + 1, close), macro.parameters().size())));
            return close + 1;
        }
        if (macro.parameters().size() == 1) {
            out.append(body(macro, List.of(line.substring(at).strip())));
            return line.length();
        }
        out.append(body(macro, List.of()));
        return at;
    }


    /** Arguments split at commas - for a macro of one parameter, commas are text - with {@code \,} an escaped comma. */
    private static List<String> arguments(String text, int parameters) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ',' && depth == 0 && arguments.size() < parameters - 1) {
                arguments.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        arguments.add(current.toString().strip());
        return arguments;
    }

    private static String body(Macro macro, List<String> arguments) {
        return PARAMETER.matcher(macro.body()).replaceAll(m -> {
            int index = macro.parameters().indexOf(m.group(1));
            String value = m.group(1).isEmpty() ? "\\" : index >= 0 && index < arguments.size() ? arguments.get(index) : "";
            return Matcher.quoteReplacement(value);
        });
    }
}
