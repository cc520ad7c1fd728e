package dev.docent.indexer.parse.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDC, the Markdown of Nuxt Content (the docs of Nuxt, Nitro, Nuxt UI and every Docus site), writes
 * components as blocks - {@code ::tip}, {@code ::field{name="key" type="string"}}, {@code ::code-group}
 * ... {@code ::}, nested ones with more colons or indented - and inline, {@code :badge[lazy]{color="primary"}},
 * {@code :read-more{to="/docs/api"}}, {@code :br}. Read as plain Markdown every marker stayed in the text
 * ("::note", ":read-more{to=...}", ":br :br") and a field's name was lost. Here a block keeps its body,
 * led by what the component says it holds, as an MDX component's is ({@link ComponentLabels}): a callout
 * its label ("Tip:"), a field its name and type, a titled card or tab its title. A component that links
 * elsewhere ({@code to=}, {@code href=}: "Read more about `$fetch`.", a navigation card) is a pointer and
 * answers nothing, unless it is a callout. Slot markers ({@code #title}) and a block's YAML props go; an
 * inline component keeps its bracketed text and goes without one.
 *
 * <p>Only two colons open a block at the top of a page: {@code :::tip} there is a VitePress or Docusaurus
 * container, left to {@link Admonitions}. A {@code ::name} that nothing closes is remark-directive's leaf
 * directive ({@code ::youtube[A talk]{#id}}): its label stays, the marker goes.
 */
final class MdcComponents {

    private static final Pattern OPENER = Pattern.compile("^(\\s*)(:{2,})([A-Za-z][\\w-]*)(?:\\[([^\\[\\]]*)])?(\\{[^{}]*})?\\s*$");
    private static final Pattern CLOSER = Pattern.compile("^\\s*(:{2,})\\s*$");
    /** A named slot of a component's body ({@code #title}, {@code #description}): no heading, which needs a space. */
    private static final Pattern SLOT = Pattern.compile("^\\s*#[A-Za-z][\\w-]*\\s*$");
    private static final Pattern PROPS_FENCE = Pattern.compile("^\\s*---\\s*$");
    private static final Pattern PROP = Pattern.compile("^\\s*([\\w-]+)\\s*:\\s*(.*?)\\s*$");
    /**
     * An inline component, not a word's colon, a URL's, a Ruby symbol in a hash or a Python slice: only after
     * a space, a bracket or the start of a line, and bare ({@code :br}) only as a line break.
     */
    private static final Pattern INLINE = Pattern.compile("(?<![\\w:/\\\\'\")\\]}]):([a-z][\\w-]*)(?:\\[([^\\[\\]\\n]*)])?(\\{[^{}\\n]*})?(?![\\w:])");
    private static final String LINE_BREAK = "br";
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}[ \\t]");
    private static final int TOP_LEVEL_COLONS = 2;

    private final List<String> lines;
    private final boolean[] code;
    private final int[] closing;

    private MdcComponents(List<String> lines) {
        this.lines = lines;
        this.code = new boolean[lines.size()];
        this.closing = new int[lines.size()];
        pair();
    }

    static List<String> unwrap(List<String> page) {
        MdcComponents components = new MdcComponents(page);
        List<String> out = new ArrayList<>(page.size());
        components.read(0, page.size(), false, "", out);
        return out;
    }

    /**
     * Inline components in text whose code is hidden: their bracketed text, or nothing. In a heading a badge
     * ({@code ### Server plugins :badge[once]}) marks it, and is no part of its name.
     */
    static String inline(String text) {
        return INLINE.matcher(text).replaceAll(m -> {
            if (m.group(2) == null && m.group(3) == null && !m.group(1).equals(LINE_BREAK)) {
                return Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement(m.group(2) != null && !inHeading(text, m.start()) ? m.group(2) : String.valueOf(TemplateTags.GONE));
        });
    }

    private static boolean inHeading(String text, int at) {
        return HEADING.matcher(text).region(text.lastIndexOf('\n', at - 1) + 1, at).lookingAt();
    }

    /**
     * Finds each opener's closing line: the nearest later closer with as many colons that closes nothing
     * nested deeper. Openers a closer passes over close nowhere (leaf directives). One pass with a stack, so
     * that a page of openers nothing closes costs no more than reading it.
     */
    private void pair() {
        FenceTracker fences = new FenceTracker();
        Deque<OpenComponent> open = new ArrayDeque<>();
        Map<Integer, Integer> openByColons = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            closing[i] = -1;
            String line = lines.get(i);
            code[i] = fences.isCode(line);
            if (code[i]) {
                continue;
            }
            Matcher opener = OPENER.matcher(line);
            Matcher closer = CLOSER.matcher(line);
            if (opener.matches()) {
                open.push(new OpenComponent(i, opener.group(2).length()));
                openByColons.merge(opener.group(2).length(), 1, Integer::sum);
            } else if (closer.matches() && openByColons.getOrDefault(closer.group(1).length(), 0) > 0) {
                int colons = closer.group(1).length();
                OpenComponent top;
                do {
                    top = open.pop();
                    openByColons.merge(top.colons(), -1, Integer::sum);
                } while (top.colons() != colons);
                closing[top.line()] = i;
            }
        }
    }

    /** An opener not yet closed: its line and how many colons a closer of it has. */
    private record OpenComponent(int line, int colons) {
    }

    private void read(int from, int to, boolean nested, String indent, List<String> out) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (code[i]) {
                out.add(dedented(line, indent));
                continue;
            }
            Matcher opener = OPENER.matcher(line);
            Matcher closer = CLOSER.matcher(line);
            if (opener.matches() && (nested || opener.group(2).length() == TOP_LEVEL_COLONS)) {
                if (closing[i] < 0) {
                    Optional.ofNullable(opener.group(4)).filter(label -> !label.isBlank()).ifPresent(out::add);
                } else {
                    component(i, opener, out);
                    i = closing[i];
                }
            } else if (closer.matches() && (nested || closer.group(1).length() == TOP_LEVEL_COLONS)) {
                out.add(""); // a closer of nothing still ends the paragraph before it
            } else if (nested && SLOT.matcher(line).matches()) {
                if (i > from && !lines.get(i - 1).isBlank()) {
                    out.add(""); // the slot before it ends; the first slot goes on from the component's label
                }
            } else {
                out.add(dedented(line, indent));
            }
        }
    }

    private void component(int opening, Matcher opener, List<String> out) {
        String name = opener.group(3);
        Map<String, String> props = opener.group(5) == null ? new HashMap<>() : ComponentLabels.attributes(opener.group(5));
        int body = opening + 1;
        if (body < closing[opening] && PROPS_FENCE.matcher(lines.get(body)).matches()) {
            int end = propsEnd(body + 1, closing[opening]);
            if (end > 0) {
                readProps(body + 1, end, props);
                body = end + 1;
            }
        }
        Optional.ofNullable(opener.group(4)).filter(label -> !label.isBlank()).ifPresent(label -> props.putIfAbsent("title", label));
        Optional.ofNullable(props.get("label")).ifPresent(label -> props.putIfAbsent("title", label));
        boolean callout = Admonitions.label(props.getOrDefault("type", name)).isPresent();
        if (!callout && (props.containsKey("to") || props.containsKey("href"))) {
            return;
        }
        out.add("");
        ComponentLabels.label(componentName(name), props).ifPresent(out::add);
        read(body, closing[opening], true, opener.group(1), out);
        out.add("");
    }

    private int propsEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (PROPS_FENCE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private void readProps(int from, int to, Map<String, String> props) {
        for (int i = from; i < to; i++) {
            Matcher prop = PROP.matcher(lines.get(i));
            if (prop.matches()) {
                props.putIfAbsent(prop.group(1), prop.group(2).replaceAll("^[\"']|[\"']$", ""));
            }
        }
    }

    /** "field" as {@code Field}, "tabs-item" as {@code TabsItem}: the name an MDX page gives the component. */
    private static String componentName(String mdcName) {
        StringBuilder name = new StringBuilder();
        for (String part : mdcName.split("-")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String dedented(String line, String indent) {
        return !indent.isEmpty() && line.startsWith(indent) ? line.substring(indent.length()) : line;
    }
}
