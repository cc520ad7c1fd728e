package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import dev.docent.indexer.parse.markup.DelimitedMarkup;
import dev.docent.indexer.parse.markup.SphinxDirectives;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reStructuredText (Sphinx, docutils) simply, enough to index it well:
 * <ul>
 *   <li>section titles (a line underlined, or over- and underlined, with {@code = - ~ ^ "}...) are headings,
 *       their levels in the order the page first uses each style, as docutils does; the first one, before
 *       any text, is the page's title;</li>
 *   <li>{@code code-block}/{@code code} directives (and doctest, IPython and sphinx-tabs code) and literal
 *       blocks (after a paragraph ending {@code ::}) are code; {@code note}/{@code warning}/{@code tip}... and
 *       version notes are prose led by their label;</li>
 *   <li>what Sphinx describes - an option, a config value, an environment variable, a function, a class,
 *       a method, a Django setting - is a subsection headed by its signature ({@code --strict-markers},
 *       {@code addopts}), with Sphinx's anchor where it is predictable, so a question naming it finds the
 *       section that defines it; the text after the description belongs to the enclosing section again;</li>
 *   <li>directives that only wire the site ({@code toctree}, {@code image}, {@code include},
 *       {@code automodule} and the other {@code auto*}...), comments and link targets are dropped; every
 *       other directive - tabs, tables, glossaries, dropdowns, topics, extensions' containers - keeps its
 *       body (and a title it gives, such as a tab's "Python"), because that is what the page shows;</li>
 *   <li>roles and links keep their text ({@code :ref:`Setup <setup>`} reads "Setup").</li>
 * </ul>
 */
public final class RestructuredTextParser implements DocumentParser {

    private static final Pattern ADORNMENT = Pattern.compile("^([!-/:-@\\[-`{-~])\\1{2,}\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\.\\.\\s+([\\w:.-]+)::(?:\\s+(.*))?$");
    private static final Pattern EXPLICIT_MARKUP = Pattern.compile("^\\s*\\.\\.(?:\\s|$)");
    private static final Pattern DOCINFO_FIELD = Pattern.compile("^:[\\w -]+:(?:\\s|$)");
    /** A field list's field: ":Exit code 0: All tests passed", ":param name: the name" (not a role, ":ref:`x`"). */
    private static final Pattern FIELD = Pattern.compile("^:([^:`\\s][^:`]*?):(?:\\s+(.*))?$");

    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*+\u2022]|\\(?(?:\\d+|#|[a-zA-Z])[.)])[ \\t]+");
    private static final Pattern ROLE = Pattern.compile(":([\\w.:+-]+):`([^`]+)`");
    private static final Pattern NAMED_LINK = Pattern.compile("`([^`<]+?)\\s*<([^>`]+)>`__?");
    private static final Pattern REFERENCE = Pattern.compile("`([^`]+)`__?");
    /**
     * An inline literal; its text may hold backticks ("``:py:class:`zipfile.ZipFile```"), so it ends at the
     * first closing pair that no further backtick follows.
     */
    private static final DelimitedMarkup LITERAL = DelimitedMarkup.of(Pattern.compile("(?s)``(\\S(?:.*?\\S)??)``(?!`)"), "(?<=\\S)``(?!`)(?s:.)?");
    private static final char HELD_BACKTICK = '\uE000';
    private static final Pattern HELD_LITERAL = Pattern.compile("\uE001(\\d+)\uE001");
    /** A footnote's or a citation's mark ({@code [1]_}, {@code [#]_}, {@code [*]_}): the note itself is not indexed. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("[ \\t]?\\[[^\\]\\s]{1,30}]_(?![\\w`])");
    /** A backslash escapes the character after it ({@code apply\\*}); an escaped space joins what it separates. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:(\\S)|\\s)");

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        return parse(Utf8Text.decode(content), fallbackTitle);
    }

    /** A text already decoded: a {@code .txt} page the plain-text parser found written in reStructuredText. */
    ParsedDocument parse(String text, String fallbackTitle) {
        List<String> lines = Arrays.asList(text.replace("\t", "        ").split("\\R", -1));
        Reading reading = new Reading(new Page(), true);
        reading.read(lines);
        return new ParsedDocument(reading.title == null ? fallbackTitle : reading.title, reading.page.sections.sections());
    }

    /**
     * Whether a text is written in reStructuredText: it has a section title (a line underlined with
     * {@code = - ~ ^ "}... at least as long) or two directives. Sphinx reads {@code .txt} sources too
     * (Django's documentation is written so), which as plain text were one section titled by the file name.
     */
    public static boolean isWrittenIn(String text) {
        List<String> lines = text.lines().toList();
        int directives = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (DIRECTIVE.matcher(line).matches() && ++directives >= 2) {
                return true;
            }
            if (i > 0 && ADORNMENT.matcher(line).matches() && isUnderlinedTitle(lines.get(i - 1), line)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnderlinedTitle(String title, String adornment) {
        return !title.isBlank() && !Character.isWhitespace(title.charAt(0)) && !ADORNMENT.matcher(title).matches()
                && adornment.strip().length() >= title.strip().length();
    }

    /** What every pass over one page shares: its sections, its title styles in order, its ids, its code language. */
    private static final class Page {
        final SectionBuilder sections = new SectionBuilder();
        final List<String> titleStyles = new ArrayList<>();
        final DocutilsIds ids = new DocutilsIds();
        /** The language of the literal blocks from here on ({@code .. highlight:: python}); empty until one is set. */
        String literalLanguage = "";
    }

    /** One pass over a page, or over a directive's body, of the same {@link Page}. */
    private static final class Reading {
        final Page page;
        final boolean readsTitle;
        String title;
        String pendingLabel;
        /** The class whose body is being read, whose members' anchors it prefixes; null outside one. */
        String owner;
        /** The level of a description without a body, which heads the text after it; 0 when none is open. */
        int bodilessDescription;
        /** Where the last search for a simple table's last border found none: from its indent, up to that line. */
        int unclosedTableIndent = -1;
        int unclosedTableSearchEnd = -1;
        List<String> lines;
        int i;

        /** @param readsTitle whether a title before any text is the page's title (not inside a directive) */
        Reading(Page page, boolean readsTitle) {
            this.page = page;
            this.readsTitle = readsTitle;
        }

        void read(List<String> text) {
            lines = text;
            i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                Matcher directive;
                if (line.isBlank()) {
                    i++;
                } else if (sectionTitle()) {
                    continue;
                } else if ((directive = DIRECTIVE.matcher(line)).matches()) {
                    i++;
                    directive(directive.group(1).toLowerCase(Locale.ROOT), directive.group(2) == null ? "" : directive.group(2).strip(),
                            body(indent(line)));
                } else if (EXPLICIT_MARKUP.matcher(line).lookingAt()) {
                    i++;
                    body(indent(line)); // a comment, a link target or a substitution: not text
                } else if (ADORNMENT.matcher(line.strip()).matches()) {
                    i++; // a transition
                } else if (atTopOfPage() && DOCINFO_FIELD.matcher(line).lookingAt()) {
                    paragraph(); // :orphan:, :tocdepth: and the like before the title: metadata
                } else {
                    emitParagraph(indent(line), paragraph());
                }
            }
            if (pendingLabel != null) {
                // A callout with nothing in it, such as "versionadded:: 0.3", reads as Sphinx shows it: "New in
                // version 0.3." - with a colon it announced the paragraph after it, which was then quoted whole.
                page.sections.block(pendingLabel.replaceFirst(":$", "."), TextBlock.Kind.PROSE);
                pendingLabel = null;
            }
        }

        /** A title underlined, or over- and underlined, with the same punctuation character. */
        private boolean sectionTitle() {
            String line = lines.get(i);
            if (ADORNMENT.matcher(line).matches() && i + 2 < lines.size() && !lines.get(i + 1).isBlank()
                    && ADORNMENT.matcher(lines.get(i + 2)).matches() && lines.get(i + 2).charAt(0) == line.charAt(0)) {
                heading("over" + line.charAt(0), lines.get(i + 1).strip());
                i += 3;
                return true;
            }
            if (indent(line) == 0 && !ADORNMENT.matcher(line).matches() && i + 1 < lines.size()
                    && ADORNMENT.matcher(lines.get(i + 1)).matches()) {
                heading(String.valueOf(lines.get(i + 1).charAt(0)), line.strip());
                i += 2;
                return true;
            }
            return false;
        }

        private void closeBodilessDescription() {
            if (bodilessDescription > 0) {
                page.sections.leave(bodilessDescription);
                bodilessDescription = 0;
            }
        }

        private void heading(String style, String text) {
            bodilessDescription = 0;
            if (!page.titleStyles.contains(style)) {
                page.titleStyles.add(style);
            }
            String heading = inline(text);
            String id = page.ids.next(heading); // the page's title takes its id too: a section of the same name gets "id1"
            if (atTopOfPage()) {
                title = heading;
            } else {
                page.sections.heading(page.titleStyles.indexOf(style) + 1, heading, id);
            }
        }

        private boolean atTopOfPage() {
            return readsTitle && title == null && page.sections.isEmpty();
        }

        private void directive(String qualifiedName, String argument, List<String> body) {
            String name = SphinxDirectives.nameOf(qualifiedName);
            List<String> content = SphinxDirectives.content(body);
            switch (SphinxDirectives.kindOf(name)) {
                case CODE -> emit("```" + SphinxDirectives.codeLanguage(argument) + "\n" + String.join("\n", content) + "\n```",
                        TextBlock.Kind.CODE);
                case CALLOUT -> {
                    if (name.equals("admonition") && argument.strip().endsWith("?")) {
                        question(argument.strip(), content);
                        return;
                    }
                    Reading inner = new Reading(page, false);
                    inner.pendingLabel = SphinxDirectives.label(name, argument);
                    List<String> text = new ArrayList<>(content);
                    String firstWords = SphinxDirectives.firstWords(name, argument);
                    if (!firstWords.isEmpty()) {
                        text.addFirst(firstWords);
                    }
                    inner.read(text);
                }
                case DESCRIPTION -> {
                    if (!argument.isEmpty()) {
                        description(name, argument, content);
                    }
                }
                case CONTAINER -> {
                    List<String> text = new ArrayList<>();
                    if (SphinxDirectives.showsTitle(name) && !argument.isEmpty()) {
                        text.addAll(List.of(argument, ""));
                    }
                    text.addAll(content);
                    new Reading(page, false).read(text);
                }
                case WIRING -> {
                    // nothing a reader sees in the source but the name of an object autodoc documents
                    if (SphinxDirectives.documentsObject(name) && !argument.isEmpty()) {
                        emit(InlineCode.of(argument), TextBlock.Kind.PROSE);
                    } else if (name.equals("highlight")) {
                        page.literalLanguage = SphinxDirectives.codeLanguage(argument);
                    }
                }
            }
        }

        /**
         * A callout titled by a question (Sphinx's "How do I generate PDF documents?") is a section of its
         * own, headed by it and linked to the section around it, as the HTML build's is: its title read as
         * the answer's first words was quoted "How do I generate PDF documents?: `make latexpdf` runs ...".
         */
        private void question(String title, List<String> content) {
            int level = page.sections.depth() + 1;
            page.sections.heading(level, inline(title), page.sections.anchor());
            new Reading(page, false).read(content);
            page.sections.leave(level);
        }

        /**
         * A described option, setting or API object: a subsection of its own, headed by its signature. One written
         * without a body, its description the paragraphs after it at its own indent (pytest's environment variables:
         * ".. envvar:: CI", then "When set ..."), heads them up to the next description or title: it was an empty
         * section, dropped, and the variable's name was nowhere in the text.
         */
        private void description(String name, String signature, List<String> content) {
            closeBodilessDescription();
            int level = page.sections.depth() + 1;
            String anchor = SphinxAnchors.of(name, signature, owner);
            page.sections.heading(level, inline(signature), anchor);
            if (content.stream().allMatch(String::isBlank)) {
                bodilessDescription = level;
                return;
            }
            Reading inner = new Reading(page, false);
            inner.owner = SphinxAnchors.isOwner(name) ? anchor : null;
            inner.read(content);
            page.sections.leave(level);
        }

        /** The lines indented deeper than the construct that opened at {@code indent}, dedented. */
        private List<String> body(int indent) {
            List<String> body = new ArrayList<>();
            while (i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) > indent)) {
                body.add(lines.get(i++));
            }
            while (!body.isEmpty() && body.getLast().isBlank()) {
                body.removeLast();
            }
            return dedent(body);
        }

        /** The lines up to the next blank line, or a simple table up to its last border, dedented. */
        private List<String> paragraph() {
            int end = RestructuredTables.isSimpleBorder(lines.get(i)) ? simpleTableEnd() : -1;
            List<String> paragraph = new ArrayList<>();
            while (i < lines.size() && (i <= end || !lines.get(i).isBlank())) {
                paragraph.add(lines.get(i++));
            }
            return dedent(paragraph);
        }

        /**
         * The line of a simple table's last border - a border at the table's indent with a blank line or the end after
         * it - or -1 when there is none. Blank lines may part a simple table's rows (Ansible's "Valid variable names"
         * table): read up to the first of them, its rows after it were quoted as sentences and its border as a rule.
         */
        private int simpleTableEnd() {
            int indent = indent(lines.get(i));
            // A border that no last border follows is met again by the next table to open before where that search
            // ended, at the same indent: searched again each time, 20,000 such borders took 16 seconds.
            if (indent == unclosedTableIndent && i < unclosedTableSearchEnd) {
                return -1;
            }
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String line = lines.get(j);
                if (!line.isBlank() && indent(line) < indent) {
                    break;
                }
                if (indent(line) == indent && RestructuredTables.isSimpleBorder(line)
                        && (j + 1 == lines.size() || lines.get(j + 1).isBlank())) {
                    return j;
                }
            }
            unclosedTableIndent = indent;
            unclosedTableSearchEnd = j;
            return -1;
        }

        private void emitParagraph(int indent, List<String> paragraph) {
            String text = String.join("\n", paragraph);
            String first = paragraph.getFirst();
            if (RestructuredTables.opens(first)) {
                String table = RestructuredTables.toMarkdown(paragraph, RestructuredTextParser::inline);
                emit(table.isEmpty() ? text : table, TextBlock.Kind.TABLE);
                return;
            }
            if (FIELD.matcher(first).matches()) {
                emit(inline(fieldsAsItems(paragraph)), TextBlock.Kind.PROSE);
                return;
            }
            if (!text.endsWith("::")) {
                emit(inline(text), TextBlock.Kind.PROSE);
                return;
            }
            // "Example::" introduces a literal block and reads "Example:"; a lone "::" or " ::" disappears.
            String lead = text.strip().equals("::") ? "" : text.endsWith(" ::") ? text.substring(0, text.length() - 3)
                    : text.substring(0, text.length() - 1);
            if (!lead.isBlank()) {
                emit(inline(lead), TextBlock.Kind.PROSE);
            }
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            int textIndent = indent + listMarkerWidth(first);
            if (i < lines.size() && indent(lines.get(i)) > textIndent) {
                emit("```" + page.literalLanguage + "\n" + String.join("\n", body(textIndent)) + "\n```", TextBlock.Kind.CODE);
            }
        }

        private void emit(String text, TextBlock.Kind kind) {
            if (pendingLabel != null) {
                if (kind == TextBlock.Kind.PROSE) {
                    text = pendingLabel + "\n" + text;
                } else {
                    page.sections.block(pendingLabel, TextBlock.Kind.PROSE);
                }
                pendingLabel = null;
            }
            page.sections.block(text, kind);
        }
    }

    /**
     * Roles and links keep their text; {@code ``literal``} becomes Markdown's {@code `literal`}, its text
     * as written: a page about reStructuredText quotes a role in a literal, which is not a role.
     */
    static String inline(String text) {
        List<String> literals = new ArrayList<>();
        String out = LITERAL.replaceAll(text, m -> {
            literals.add(InlineCode.of(m.group(1)));
            return "\uE001" + (literals.size() - 1) + "\uE001";
        });
        // A code role's backticks are held apart while interpreted text loses its own.
        out = ROLE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                SphinxDirectives.roleText(SphinxDirectives.nameOf(m.group(1)), m.group(2)).replace('`', HELD_BACKTICK)));
        out = NAMED_LINK.matcher(out).replaceAll("[$1]($2)");
        out = REFERENCE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        out = NOTE_REFERENCE.matcher(out).replaceAll("");
        out = ESCAPE.matcher(out).replaceAll(m -> m.group(1) == null ? "" : Matcher.quoteReplacement(m.group(1)));
        out = out.replace(HELD_BACKTICK, '`');
        return HELD_LITERAL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(literals.get(Integer.parseInt(m.group(1)))));
    }

    /**
     * A field list, as the published page sets it: one field per line, its name and then its body
     * (continuation lines joined). Run together as a paragraph it was quoted ":Exit code 0: All tests
     * were collected and passed successfully :Exit code 1: ...".
     */
    private static String fieldsAsItems(List<String> paragraph) {
        List<String> items = new ArrayList<>();
        for (String line : paragraph) {
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                String body = field.group(2) == null ? "" : " " + field.group(2).strip();
                items.add("- " + field.group(1).strip() + ":" + body);
            } else if (!items.isEmpty()) {
                items.set(items.size() - 1, items.getLast() + " " + line.strip());
            } else {
                items.add(line.strip());
            }
        }
        return String.join("\n", items);
    }

    /**
     * How far a list item's text stands from its marker ("* ", "2. ", "#. "); none for a paragraph that is no item.
     * A literal block in an item is indented under the item's text and ends where that text goes on: measured from
     * the marker, it took the rest of the item in (pytest's "* ``NUMBER``: ... decimal places::" held the item's
     * next three paragraphs and its "versionadded" as code).
     */
    private static int listMarkerWidth(String line) {
        Matcher marker = LIST_MARKER.matcher(line);
        return marker.lookingAt() ? marker.end() : 0;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static List<String> dedent(List<String> lines) {
        int least = lines.stream().filter(l -> !l.isBlank()).mapToInt(RestructuredTextParser::indent).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(least)).toList();
    }
}
