package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The components of MDX sites (Mintlify, Docusaurus, Starlight, Fern) that say in an attribute what
 * they hold lead their body with it, the way a callout's label does ({@link Admonitions}):
 * <ul>
 *   <li>a titled component ({@code <Step title="Create a key">}, {@code <Accordion title="Can I rotate a key?">},
 *       {@code <Tab title="Python">}, Docusaurus' {@code <TabItem label="Python">}): "Create a key: Click New key.";
 *       a title that asks a question heads its answer, a heading one level below the one before it;</li>
 *   <li>an API reference's field ({@code <ParamField query="limit" type="integer" default="20">},
 *       {@code <ResponseField name="id" type="string" required>}): "`limit` (integer, default: 20): How many ...";</li>
 *   <li>a callout component ({@code <Note>}, {@code <Warning>}, {@code <Aside type="caution">}): "Note: ...";</li>
 *   <li>an HTML disclosure ({@code <details><summary>Why is my key rejected?</summary>}): the summary leads
 *       (or heads, as a question).</li>
 * </ul>
 * Without this, the tags went with their attributes ({@link MdxSyntax}): a FAQ's questions, a
 * procedure's step names and every parameter's name were lost, and the steps ran together into one
 * paragraph. A line that only closes components ends the paragraph; a {@code <details>} tag left as
 * it was opened an HTML block that kept its tags in the text.
 */
final class ComponentLabels {

    private static final String ATTRIBUTE = "[\\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\\{[^{}]*}))?";
    /** A component's (or a summary's) opening tag at the start of a line: name, attributes, "/" if it closes itself, the rest. */
    private static final Pattern OPENING = Pattern.compile("^\\s*<([A-Z][\\w.]*|summary)((?:\\s+" + ATTRIBUTE + ")*)\\s*(/?)>(.*)$");
    private static final Pattern ATTRIBUTES = Pattern.compile("([\\w-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|\\{([^{}]*)}))?");
    /** A line that only closes components (or a disclosure), or only opens a disclosure: the paragraph ends there. */
    private static final Pattern BOUNDARY_ONLY = Pattern.compile("^\\s*(?:</(?:[A-Z][\\w.]*|details|summary)>\\s*)+$|^\\s*<details(?:\\s[^>]*)?>\\s*$");
    private static final Pattern FIELD = Pattern.compile("\\w*Field|Param|Parameter|Property|Prop");
    private static final List<String> FIELD_NAMES = List.of("name", "path", "query", "body", "header", "param", "field", "cookie");
    private static final Pattern CALLOUT = Pattern.compile("Note|Tip|Info|Warning|Caution|Danger|Important|Callout|Admonition|Aside|Alert");
    private static final String SUMMARY_END = "</summary>";
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.?!:]$");

    private ComponentLabels() {
    }

    static List<String> unwrap(List<String> page) {
        List<String> out = new ArrayList<>(page.size());
        FenceTracker fences = new FenceTracker();
        int headingLevel = 1;
        for (String line : page) {
            if (fences.isCode(line)) {
                out.add(line);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.lookingAt()) {
                headingLevel = heading.group(1).length();
            }
            if (BOUNDARY_ONLY.matcher(line).matches()) {
                out.add(""); // the body's last paragraph must not run into the next step or answer
                continue;
            }
            Matcher tag = OPENING.matcher(line);
            if (!tag.matches() || !tag.group(3).isEmpty()) {
                out.add(line);
                continue;
            }
            String component = tag.group(1);
            String rest = tag.group(4);
            String summary = null;
            if (component.equals("summary")) {
                int end = rest.indexOf(SUMMARY_END);
                summary = (end < 0 ? rest : rest.substring(0, end)).strip();
                rest = end < 0 ? "" : rest.substring(end + SUMMARY_END.length());
            }
            Optional<String> label = summary != null
                    ? Optional.of(summary).filter(s -> !s.isEmpty()).map(ComponentLabels::leading)
                    : label(component, attributes(tag.group(2)));
            if (label.isEmpty()) {
                out.add(line);
                continue;
            }
            rest = rest.replace("</" + component + ">", "").strip();
            out.add("");
            if (label.get().endsWith("?")) {
                // A FAQ's question heads its answer, as a definition list's questions do in HTML: read as the
                // first words of its answer, the question was quoted as if it answered itself.
                out.add("#".repeat(Math.min(6, headingLevel + 1)) + " " + label.get());
                out.add(rest);
            } else {
                out.add(rest.isEmpty() ? label.get() : label.get() + " " + rest);
            }
        }
        return out;
    }

    static Optional<String> label(String component, Map<String, String> attributes) {
        if (FIELD.matcher(component).matches()) {
            return field(attributes);
        }
        String title = attributes.getOrDefault("title", component.equals("TabItem") ? attributes.get("label") : null);
        if (CALLOUT.matcher(component).matches()) {
            String kind = attributes.getOrDefault("type", component).toLowerCase(Locale.ROOT);
            Optional<String> callout = Admonitions.label(kind);
            if (callout.isPresent()) {
                return Optional.of(title == null || title.isBlank() ? callout.get() + ":" : callout.get() + ": " + title.strip());
            }
        }
        return title == null || title.isBlank() ? Optional.empty() : Optional.of(leading(title.strip()));
    }

    /** "`limit` (integer, required, default: 20):" */
    private static Optional<String> field(Map<String, String> attributes) {
        Optional<String> name = FIELD_NAMES.stream().map(attributes::get).filter(v -> v != null && !v.isBlank()).findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        Optional.ofNullable(attributes.get("type")).filter(t -> !t.isBlank()).ifPresent(facts::add);
        if (attributes.containsKey("required") && !"false".equals(attributes.get("required"))) {
            facts.add("required");
        }
        Optional.ofNullable(attributes.get("default")).filter(d -> !d.isBlank()).ifPresent(d -> facts.add("default: " + d));
        return Optional.of("`" + name.get().strip() + "`" + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")") + ":");
    }

    /** A title leads its body with a colon, unless it ends a sentence of its own ("Can I rotate a key?"). */
    private static String leading(String title) {
        return ENDS_A_SENTENCE.matcher(title).matches() ? title : title + ":";
    }

    /** Attribute values as written: quoted, or in braces ({@code default={20}}, {@code title={"Setup"}}); a bare name is "". */
    static Map<String, String> attributes(String written) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTES.matcher(written);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null
                    ? m.group(4).strip().replaceAll("^[\"'`]|[\"'`]$", "") : "";
            attributes.putIfAbsent(m.group(1), value);
        }
        return attributes;
    }
}
