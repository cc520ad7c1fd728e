package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides which branch of a roff conditional ({@code .if}, {@code .ie}/{@code .el}) a page shows on a terminal,
 * which is where Docent's readers meet it: {@code n} (nroff) is true and {@code t} (typesetter) false, groff's
 * {@code \n(.g} is 1, strings compare as shown ({@code .if '\$1'' .RS}) and numbers with the page's own
 * {@code .nr} registers. Whatever else a condition asks - page parity, fonts, the output device - is false,
 * so that a page's portable fallback branch is read.
 */
final class RoffConditions {

    /** Whether the branch is taken, and its body: the rest of the line after the condition. */
    record Branch(boolean taken, String body) {
    }

    private static final int MAX_PARENTHESES = 32;
    /** What may follow a number's whole part and does not change whether a condition holds: its fraction and unit. */
    private static final String FRACTION_AND_UNIT = "0123456789.umnvpicPMszf";

    private final Map<String, Integer> registers = new HashMap<>(Map.of(".g", 1, ".H", 24, ".V", 40));
    private final RoffEscapes escapes;
    private final Predicate<String> defined;

    /** @param defined whether a name is a macro or string the page can use ({@code .if d TQ}) */
    RoffConditions(RoffEscapes escapes, Predicate<String> defined) {
        this.escapes = escapes;
        this.defined = defined;
    }

    /** {@code .nr name value}, {@code .nr name +1}. */
    void setRegister(String name, String value) {
        Number parsed = new Number(value.strip(), 0, this);
        int amount = parsed.expression();
        boolean relative = value.strip().startsWith("+") || value.strip().startsWith("-");
        registers.put(name, relative ? registers.getOrDefault(name, 0) + amount : amount);
    }

    void removeRegister(String name) {
        registers.remove(name);
    }

    Branch evaluate(String condition) {
        String text = condition.stripLeading();
        boolean negated = false;
        int i = 0;
        while (i < text.length() && text.charAt(i) == '!') {
            negated = !negated;
            i++;
        }
        if (i >= text.length()) {
            return new Branch(false, "");
        }
        char first = text.charAt(i);
        boolean letterTest = Character.isLetter(first) && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
        boolean nameTest = "drcmFS".indexOf(first) >= 0 && !letterTest;
        int end;
        boolean taken;
        if (letterTest && "ntoev".indexOf(first) >= 0) {
            taken = first == 'n' || first == 'o';
            end = i + 1;
        } else if (nameTest || letterTest) {
            int from = skipSpaces(text, i + 1);
            end = wordEnd(text, from);
            String name = text.substring(from, end);
            taken = first == 'd' && defined.test(name) || first == 'r' && registers.containsKey(name) || first == 'c';
        } else if (!Character.isLetterOrDigit(first) && "(\\+-|.".indexOf(first) < 0) {
            int middle = text.indexOf(first, i + 1);
            int close = middle < 0 ? -1 : text.indexOf(first, middle + 1);
            end = close < 0 ? text.length() : close + 1;
            taken = close >= 0 && escapes.render(text.substring(i + 1, middle)).equals(escapes.render(text.substring(middle + 1, close)));
        } else {
            Number number = new Number(text, i, this);
            taken = number.expression() > 0;
            end = number.position;
        }
        return new Branch(taken != negated, text.substring(Math.min(end, text.length())).stripLeading());
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\\') {
            i++;
        }
        return i;
    }

    /**
     * A numeric expression as roff reads it: left to right without precedence, parentheses grouping, units
     * ignored, comparisons 1 or 0, {@code &} and {@code :} for and and or, ending at a space or an escape it
     * does not know.
     */
    private static final class Number {
        private final String text;
        private final RoffConditions conditions;
        private int position;
        private int depth;

        Number(String text, int from, RoffConditions conditions) {
            this.text = text;
            this.position = from;
            this.conditions = conditions;
        }

        int expression() {
            int value = operand();
            while (position < text.length()) {
                String operator = operator();
                if (operator == null) {
                    break;
                }
                value = apply(operator, value, operand());
            }
            return value;
        }

        private String operator() {
            for (String operator : new String[] {"<=", ">=", "==", "<?", ">?", "<", ">", "=", "+", "-", "*", "/", "%", "&", ":"}) {
                if (text.startsWith(operator, position)) {
                    position += operator.length();
                    return operator;
                }
            }
            return null;
        }

        private int operand() {
            if (position >= text.length()) {
                return 0;
            }
            char c = text.charAt(position);
            if (c == '(' && depth < MAX_PARENTHESES) {
                position++;
                depth++;
                int value = expression();
                depth--;
                position += position < text.length() && text.charAt(position) == ')' ? 1 : 0;
                return value;
            }
            if (c == '-' || c == '+') {
                boolean negative = false;
                while (position < text.length() && "+-".indexOf(text.charAt(position)) >= 0) {
                    negative ^= text.charAt(position++) == '-';
                }
                int value = operand();
                return negative ? -value : value;
            }
            if (text.startsWith("\\n", position)) {
                position += 2;
                position += position < text.length() && "+-".indexOf(text.charAt(position)) >= 0 ? 1 : 0;
                String name = RoffEscapes.name(text, position);
                position = RoffEscapes.nameEnd(text, position);
                return conditions.registers.getOrDefault(name, 0);
            }
            int start = position;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            String digits = text.substring(start, position);
            int value = digits.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Double.parseDouble(digits));
            while (position < text.length() && FRACTION_AND_UNIT.indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            return value;
        }

        private static int apply(String operator, int left, int right) {
            return switch (operator) {
                case "<=" -> left <= right ? 1 : 0;
                case ">=" -> left >= right ? 1 : 0;
                case "==", "=" -> left == right ? 1 : 0;
                case "<" -> left < right ? 1 : 0;
                case ">" -> left > right ? 1 : 0;
                case "<?" -> Math.min(left, right);
                case ">?" -> Math.max(left, right);
                case "+" -> left + right;
                case "-" -> left - right;
                case "*" -> left * right;
                case "/" -> right == 0 ? 0 : left / right;
                case "%" -> right == 0 ? 0 : left % right;
                case "&" -> left > 0 && right > 0 ? 1 : 0;
                default -> left > 0 || right > 0 ? 1 : 0;
            };
        }
    }
}
