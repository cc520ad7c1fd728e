package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A DocBook page written as the HTML DocBook's own stylesheets make of it, which the HTML parser reads as it reads
 * PostgreSQL's published manual: each division (chapter, section, reference entry, question of a FAQ) a heading at
 * its depth, anchored by its id; paragraphs, lists, variable lists as definition lists, CALS tables as tables,
 * listings and synopses as preformatted code, callouts ({@code note}, {@code warning}) as titled boxes, inline
 * markup for commands, options, file names and literals as code, a cross reference as the title of what it points
 * to. What a reader never sees - index terms, remarks, a page's metadata, pictures - is left out. The page is walked
 * without recursion, so markup nested however deep is read on an ordinary thread's stack.
 */
final class DocBookHtml implements NodeFilter {

    private static final Set<String> DIVISIONS = Set.of("set", "book", "part", "reference", "article", "chapter",
            "appendix", "preface", "section", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "refentry",
            "refsection", "refsect1", "refsect2", "refsect3", "refsynopsisdiv", "glossary", "glossdiv", "bibliography",
            "bibliodiv", "qandadiv", "colophon", "acknowledgements", "dedication", "topic");
    private static final Set<String> DROPPED = Set.of("title", "subtitle", "titleabbrev", "indexterm", "remark", "comment",
            "refmeta", "toc", "lot", "index", "setindex", "include", "fallback", "anchor", "beginpage", "co", "coref", "alt",
            "annotation", "revhistory", "authorgroup", "author", "keywordset", "subjectset", "imageobject", "imageobjectco",
            "videoobject", "audioobject", "graphic", "inlinegraphic", "colspec", "spanspec", "shortcut", "areaspec");
    private static final Set<String> CODE = Set.of("literal", "command", "option", "filename", "varname", "function",
            "parameter", "type", "structname", "structfield", "classname", "methodname", "interfacename", "exceptionname",
            "envar", "userinput", "computeroutput", "code", "systemitem", "tag", "sgmltag", "constant", "returnvalue",
            "errorcode", "errorname", "property", "token", "symbol", "prompt", "markup", "database", "package", "uri");
    private static final Set<String> VERBATIM = Set.of("programlisting", "screen", "synopsis", "literallayout",
            "address", "funcsynopsisinfo", "classsynopsisinfo");
    /** Synopses DocBook lays out from their parts: their source's line breaks and indents are not theirs. */
    private static final Set<String> SYNOPSES = Set.of("cmdsynopsis", "funcsynopsis", "classsynopsis", "fieldsynopsis",
            "methodsynopsis");
    private static final Set<String> CALLOUTS = Set.of("note", "tip", "warning", "caution", "important", "danger");
    private static final Set<String> TITLED_BLOCKS = Set.of("example", "informalexample", "figure", "informalfigure",
            "sidebar", "equation", "itemizedlist", "orderedlist", "variablelist", "procedure", "glosslist", "segmentedlist",
            "calloutlist", "qandaset", "task", "blockquote");
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("itemizedlist", "ul"), Map.entry("orderedlist", "ol"), Map.entry("simplelist", "ul"),
            Map.entry("member", "li"), Map.entry("procedure", "ol"), Map.entry("substeps", "ol"),
            Map.entry("stepalternatives", "ul"), Map.entry("step", "li"), Map.entry("calloutlist", "ol"),
            Map.entry("callout", "li"), Map.entry("variablelist", "dl"), Map.entry("glosslist", "dl"),
            Map.entry("term", "dt"), Map.entry("glossdef", "dd"), Map.entry("blockquote", "blockquote"),
            Map.entry("epigraph", "blockquote"), Map.entry("thead", "thead"), Map.entry("tbody", "tbody"),
            Map.entry("tfoot", "tfoot"), Map.entry("row", "tr"), Map.entry("tr", "tr"), Map.entry("td", "td"),
            Map.entry("th", "th"), Map.entry("entrytbl", "td"), Map.entry("emphasis", "em"), Map.entry("replaceable", "em"),
            Map.entry("firstterm", "em"), Map.entry("citetitle", "em"), Map.entry("foreignphrase", "em"),
            Map.entry("wordasword", "em"), Map.entry("superscript", "sup"), Map.entry("subscript", "sub"));
    private static final int MAX_HEADING = 6;

    private final Map<String, Element> byId;
    private final StringBuilder html = new StringBuilder();
    /** How many divisions, synopses, listings and table heads the walk is in: counted, not looked up, for deep pages. */
    private int divisions;
    private int synopses;
    private int verbatims;
    private int tableHeads;

    private DocBookHtml(Map<String, Element> byId) {
        this.byId = byId;
    }

    /** The page as HTML, its content the page's {@code <main>}. */
    static String of(Document docBook) {
        Map<String, Element> byId = new HashMap<>();
        for (Element element : docBook.getAllElements()) {
            String id = idOf(element);
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, element);
            }
        }
        DocBookHtml page = new DocBookHtml(byId);
        page.html.append("<html><body><main>");
        NodeTraversor.filter(page, docBook);
        return page.html.append("</main></body></html>").toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String words = text.getWholeText();
            html.append(Entities.escape(synopses > 0 && verbatims == 0 ? words.replaceAll("\\s+", " ").strip() : words));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY; // comments, processing instructions
        }
        String name = nameOf(element);
        String parent = element.parent() == null ? "" : nameOf(element.parent());
        if (DROPPED.contains(name) || isMetadata(name)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (DIVISIONS.contains(name)) {
            heading(element, divisionTitle(element, name));
            divisions++;
            return FilterResult.CONTINUE;
        }
        switch (name) {
            case "question" -> {
                heading(element, Optional.of(inline(element)));
                return FilterResult.SKIP_ENTIRELY;
            }
            case "refnamediv" -> {
                String names = String.join(", ", element.children().stream().filter(e -> nameOf(e).equals("refname"))
                        .map(DocBookHtml::inline).toList());
                String purpose = element.children().stream().filter(e -> nameOf(e).equals("refpurpose")).findFirst()
                        .map(DocBookHtml::inline).orElse("");
                html.append("<p>").append(names).append(purpose.isEmpty() ? "" : " — " + purpose).append("</p>");
                return FilterResult.SKIP_ENTIRELY;
            }
            case "footnote" -> {
                html.append(" (").append(inline(element)).append(')');
                return FilterResult.SKIP_ENTIRELY;
            }
            case "xref" -> {
                html.append(Entities.escape(pointedTo(element)));
                return FilterResult.SKIP_ENTIRELY;
            }
            case "link", "ulink", "olink" -> {
                return link(element);
            }
            case "caption" -> {
                if (parent.equals("table") || parent.equals("informaltable")) {
                    return FilterResult.SKIP_ENTIRELY; // written as the table's caption, with its title
                }
                return FilterResult.CONTINUE;
            }
            default -> {
                open(element, name, parent);
                count(name, 1);
                return FilterResult.CONTINUE;
            }
        }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String name = nameOf(element);
            if (DIVISIONS.contains(name)) {
                divisions--;
            } else {
                count(name, -1);
                close(element, name, element.parent() == null ? "" : nameOf(element.parent()));
            }
        }
        return FilterResult.CONTINUE;
    }

    private void count(String name, int step) {
        if (SYNOPSES.contains(name)) {
            synopses += step;
        } else if (VERBATIM.contains(name)) {
            verbatims += step;
        } else if (name.equals("thead")) {
            tableHeads += step;
        }
    }

    private void open(Element element, String name, String parent) {
        if (TITLED_BLOCKS.contains(name)) {
            titleOf(element).ifPresent(title -> html.append("<p class=\"title\"><b>").append(inline(title)).append("</b></p>"));
        }
        String tag = htmlTag(name, parent);
        if (tag != null) {
            html.append('<').append(tag);
            if (CALLOUTS.contains(name) || isPreformatted(name)) {
                html.append(" class=\"").append(name).append('"');
            }
            // One code element around a listing, as Markdown's generators write it: a list item, read as a line, keeps it as code.
            html.append(isPreformatted(name) ? "><code>" : ">");
        }
        if (CALLOUTS.contains(name)) {
            html.append("<p class=\"title\">").append(titleOf(element).map(DocBookHtml::inline)
                    .orElse(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))).append("</p>");
        } else if (name.equals("table") || name.equals("informaltable")) {
            titleOf(element).or(() -> child(element, "caption"))
                    .ifPresent(title -> html.append("<caption>").append(inline(title)).append("</caption>"));
        } else if (name.equals("formalpara")) {
            titleOf(element).ifPresent(title -> html.append("<b>").append(inline(title)).append(".</b> "));
        } else if (name.equals("quote")) {
            html.append('“');
        } else if (name.equals("sbr")) {
            html.append('\n');
        } else if (name.equals("arg") || name.equals("group")) {
            html.append(parent.equals("group") && element.previousElementSibling() != null ? " | " : " ")
                    .append(switch (element.attr("choice")) {
                        case "req" -> "{";
                        case "plain" -> "";
                        default -> "[";
                    });
        } else if (name.equals("paramdef") || name.equals("void") || name.equals("varargs")) {
            boolean first = element.previousElementSibling() == null || nameOf(element.previousElementSibling()).equals("funcdef");
            html.append(first ? "(" : ", ").append(name.equals("void") ? "void" : name.equals("varargs") ? "..." : "");
        } else if (isSeparatedPart(element, name, parent)) {
            html.append(parent.equals("keycombo") ? "+" : " → ");
        }
    }

    private void close(Element element, String name, String parent) {
        if (name.equals("quote")) {
            html.append('”');
        } else if (name.equals("arg") || name.equals("group")) {
            html.append(switch (element.attr("choice")) {
                case "req" -> "}";
                case "plain" -> "";
                default -> "]";
            }).append(element.attr("rep").equals("repeat") ? "..." : "");
        } else if (name.equals("funcprototype")) {
            html.append(element.children().stream().anyMatch(c -> Set.of("paramdef", "void", "varargs").contains(nameOf(c)))
                    ? ");\n" : "();\n");
        }
        String tag = htmlTag(name, parent);
        if (tag != null) {
            html.append(isPreformatted(name) ? "</code></" : "</").append(tag).append('>');
        }
    }

    /**
     * The HTML element a DocBook element is written as, or null when only its content is: inside a listing or a synopsis,
     * which is code as a whole, its prompts, commands and input are its text.
     */
    private String htmlTag(String name, String parent) {
        if (CALLOUTS.contains(name)) {
            return "div";
        }
        if (isPreformatted(name)) {
            return "pre";
        }
        if (verbatims > 0 || synopses > 0) {
            return null;
        }
        if (CODE.contains(name)) {
            return "code";
        }
        return switch (name) {
            case "table", "informaltable" -> "table";
            case "entry" -> tableHeads > 0 ? "th" : "td";
            case "listitem" -> parent.equals("varlistentry") ? "dd" : "li";
            case "glossterm" -> parent.equals("glossentry") ? "dt" : "em";
            case "formalpara" -> "p";
            // A paragraph inside a titled paragraph is part of it.
            case "para", "simpara" -> parent.equals("formalpara") ? null : "p";
            default -> TAGS.get(name);
        };
    }

    /** A page's or a division's metadata ({@code info}, {@code bookinfo}, {@code sect1info}); a synopsis's is shown. */
    private static boolean isMetadata(String name) {
        return name.endsWith("info") && !name.endsWith("synopsisinfo");
    }

    private static boolean isPreformatted(String name) {
        return VERBATIM.contains(name) || SYNOPSES.contains(name);
    }

    /** A key of a key combination, or a menu's item in a menu path: set off from the one before it. */
    private static boolean isSeparatedPart(Element element, String name, String parent) {
        return (parent.equals("keycombo") || parent.equals("menuchoice") && name.startsWith("gui"))
                && element.previousElementSibling() != null && !nameOf(element.previousElementSibling()).equals("shortcut");
    }

    private void heading(Element element, Optional<String> title) {
        title.filter(text -> !text.isBlank()).ifPresent(text -> {
            int level = Math.min(MAX_HEADING, divisions + 1);
            html.append("<h").append(level);
            String id = idOf(element.parent() != null && nameOf(element).equals("question") ? element.parent() : element);
            if (!id.isEmpty()) {
                html.append(" id=\"").append(attribute(id)).append('"');
            }
            html.append('>').append(text).append("</h").append(level).append('>');
        });
    }

    private static Optional<String> divisionTitle(Element division, String name) {
        Optional<String> title = titleOf(division).map(DocBookHtml::inline);
        if (title.isPresent() || !name.equals("refentry") && !name.equals("refsynopsisdiv")) {
            return title;
        }
        return name.equals("refsynopsisdiv") ? Optional.of("Synopsis") : referenceName(division).map(DocBookHtml::inline);
    }

    /** A reference entry's name: its page title, else its first name. */
    private static Optional<Element> referenceName(Element refentry) {
        return child(refentry, "refmeta").flatMap(meta -> child(meta, "refentrytitle"))
                .or(() -> child(refentry, "refnamediv").flatMap(names -> child(names, "refname")));
    }

    private FilterResult link(Element link) {
        String href = link.hasAttr("url") ? link.attr("url") : link.attr("xlink:href");
        boolean empty = link.text().isBlank();
        if (!href.isEmpty()) {
            html.append("<a href=\"").append(attribute(href)).append("\">");
            html.append(empty ? Entities.escape(href) : inline(link)).append("</a>");
            return FilterResult.SKIP_ENTIRELY;
        }
        if (empty) {
            html.append(Entities.escape(link.hasAttr("linkend") ? pointedTo(link) : link.attr("targetptr")));
            return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
    }

    /** What a cross reference reads as: the title of what it points to, else its id, as a reader of the source sees it. */
    private String pointedTo(Element reference) {
        String linkend = reference.attr("linkend");
        Element target = byId.get(reference.hasAttr("endterm") ? reference.attr("endterm") : linkend);
        if (target == null) {
            return linkend;
        }
        if (reference.hasAttr("endterm") || target.is("title, refentrytitle, term")) {
            return target.text().strip();
        }
        if (target.hasAttr("xreflabel")) {
            return target.attr("xreflabel");
        }
        String name = nameOf(target);
        Optional<Element> named = name.equals("refentry") ? referenceName(target)
                : name.equals("varlistentry") ? child(target, "term")
                : name.equals("glossentry") ? child(target, "glossterm")
                : titleOf(target);
        return named.map(e -> e.text().strip()).filter(text -> !text.isEmpty()).orElse(linkend);
    }

    /** An element's title: its own, or the one in its metadata ({@code <info><title>}, DocBook 5's way). */
    private static Optional<Element> titleOf(Element element) {
        return child(element, "title").or(() -> element.children().stream().filter(c -> nameOf(c).endsWith("info"))
                .map(info -> child(info, "title")).flatMap(Optional::stream).findFirst());
    }

    private static Optional<Element> child(Element element, String name) {
        return element.children().stream().filter(c -> nameOf(c).equals(name)).findFirst();
    }

    /** An element's content as inline HTML: a title's, a question's, a link's words. */
    private static String inline(Element element) {
        DocBookHtml words = new DocBookHtml(Map.of());
        for (Node child : List.copyOf(element.childNodes())) {
            NodeTraversor.filter(words, child);
        }
        return words.html.toString().strip().replaceAll("</?(?:p|pre)[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    private static String attribute(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }

    private static String nameOf(Element element) {
        String name = element.tagName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String idOf(Element element) {
        return element.hasAttr("xml:id") ? element.attr("xml:id") : element.attr("id");
    }
}
