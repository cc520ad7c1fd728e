package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * One pass over an HTML page's content in reading order. Headings open sections (their {@code id} is
 * the anchor when they have one), and so does each signature of a list that describes named things
 * ({@code <dt id>}: Sphinx's functions, options and settings); paragraphs, lists, code ({@code <pre>})
 * and tables become light Markdown blocks. A block quote is read as what it holds, as the Markdown
 * reading drops a quote's markers: SQLite's pages set every example in {@code <blockquote><pre>}, and
 * read as one quoted line, "> PRAGMA journal_mode=WAL;" was no code block for the sentence before it
 * to announce.
 */
final class HtmlSections {

    /**
     * How a question opens, after its number, when it has no question mark: "(7) How do I list all
     * tables", and ends in a word: Erlang's "When defining your own opaques, here are some
     * recommendations:" leads a list. Not "do", "is" or "can": Erlang's guides set "DO NOT" in bold
     * over each bad example.
     */
    private static final Pattern QUESTION_OPENING = Pattern.compile(
            "(?:\\(?\\d{1,3}[.)]\\s*)?(?:how|what|why|when|where|which|who)\\s+\\S+\\s+\\S", Pattern.CASE_INSENSITIVE);
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    static final String ANY_HEADING = "h1, h2, h3, h4, h5, h6";
    /** An anchor that only marks a place: {@code <a name="x"></a>}, {@code <a id="text()"></a>}. */
    private static final String EMPTY_ANCHOR = "a[id]:not([href]), a[name]:not([href])";
    private static final Set<String> INLINE_CODE = Set.of("code", "tt", "kbd", "samp");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * A callout box as generators write it - Sphinx and MkDocs ({@code div.admonition}), DocBook
     * ({@code div.note}, {@code div.tip} ...), GitHub ({@code div.markdown-alert}), Asciidoctor
     * ({@code div.admonitionblock}, a table of icon and text) - and the label inside it.
     */
    private static final String ADMONITION = "div.admonition, div.note, div.tip, div.warning, div.caution, div.important, "
            + "div.markdown-alert, div.admonitionblock";
    private static final String ADMONITION_LABEL = "> .admonition-title, > .title, > .markdown-alert-title, "
            + "> .admonition-heading, td.icon";
    private static final String CONTENT_BLOCKS = ANY_HEADING + ", p, pre, ul, ol, dl, table, blockquote";
    /** Sphinx closes a field list's term with a colon ("Parameters:"); the term leads with one of its own. */
    private static final Pattern CLOSING_COLON = Pattern.compile("\\s*:$");
    /** A list, as it is written here: the terms of a description are not its first item. */
    private static final Pattern NOT_A_SENTENCE = Pattern.compile("- |\\d+\\. ");
    /** What may stand beside a list item's one link: spaces and punctuation. */
    private static final Pattern AROUND_A_LINK = Pattern.compile("[\\s\\p{Z}\\p{P}]*");
    /** Spaces of any kind, no-break ones included: DocBook's titles read "26.1.&nbsp;SQL Dump". */
    static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How a signature ends where a title would end in a word: with its code, or its parameters' parenthesis. */
    private static final String ENDS_A_SIGNATURE = "`)";
    /** The number of a page's first numbered section: "1. Overview". */
    private static final Pattern FIRST_SECTION_NUMBER = Pattern.compile("1\\.\\s.*");

    final SectionBuilder sections = new SectionBuilder();
    final StringBuilder loose = new StringBuilder();
    final Element content;
    /** The page's name as its {@code <title>} gives it, without the site's suffix; empty if none. */
    final String pageName;
    final List<String> pageNameWords;
    /** The words of the page's {@code <title>}, the site's name included. */
    final Set<String> titleWords;
    String title;
    /** A definition list's terms, waiting to lead the first block of their description. */
    String lead;
    /** The level of the last heading that opened a section; a question set in bold opens one below it. */
    int headingLevel;
    /** A page, not a fragment written into a Markdown page, whose sections the page's own reading places. */
    final boolean wholePage;

    HtmlSections(Element content, String pageTitle, boolean wholePage) {
        this.content = content;
        this.wholePage = wholePage;
        this.pageName = HtmlParser.pageName(pageTitle);
        this.pageNameWords = words(pageName);
        this.titleWords = Set.copyOf(words(pageTitle));
    }

    void children(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                loose.append(text.text());
            } else if (child instanceof Element element) {
                element(element);
            }
        }
    }

    void element(Element element) {
        if (element.is(ADMONITION) && admonition(element) || element.is("details") && disclosure(element)) {
            return;
        }
        String tag = element.normalName();
        if (HEADINGS.contains(tag)) {
            flushLoose();
            String text = inline(element);
            if (text.isEmpty()) {
                return;
            }
            boolean namesThePage = sections.depth() == 0 && namesThePage(element.text());
            if (title == null && (sections.isEmpty() && tag.equals("h1") && !opensTheSections(element) || namesThePage)) {
                title = text;
                headingLevel = tag.charAt(1) - '0';
            } else if (title != null && sections.isEmpty() && words(text).equals(words(title))) {
                // The name again, with nothing before it: Erlang's reference names a module in its
                // top bar and again above its text, and "lists > lists" headed every passage.
                return;
            } else {
                headingLevel = levelInItsArticle(element, tag.charAt(1) - '0');
                sections.heading(headingLevel, text, anchorOf(element));
            }
            return;
        }
        if (wholePage && tag.equals("p") && asksInBold(element)) {
            flushLoose();
            emitLead();
            sections.heading(Math.min(6, headingLevel + 1), inline(element), anchorOf(element));
            return;
        }
        switch (tag) {
            case "dl" -> descriptions(element);
            case "p", "figcaption" -> block(inline(element), TextBlock.Kind.PROSE);
            case "ul", "ol" -> {
                if (element.selectFirst(ANY_HEADING) != null) {
                    // Javadoc sets each member's heading and documentation in a list item of its own:
                    // a list that holds headings is the page's layout, not a list to quote.
                    flushLoose();
                    children(element);
                    flushLoose();
                } else if (!isPageContents(element)) {
                    block(list(element), TextBlock.Kind.PROSE);
                }
            }
            case "pre" -> block("```\n" + element.wholeText().stripTrailing() + "\n```", TextBlock.Kind.CODE);
            case "table" -> block(table(element), TextBlock.Kind.TABLE);
            case "br" -> loose.append('\n');
            default -> {
                if (element.isBlock() || holdsBlocks(element)) {
                    flushLoose();
                    children(element);
                    flushLoose();
                } else {
                    appendLoose(element);
                }
            }
        }
    }

    /**
     * A heading's level, under the heading of the article it is in: a heading that outranks the
     * article's own is a part of it. Erlang's reference heads each function's article with an
     * {@code h4} and its types with an {@code h3} inside it, and every function's text stood under
     * "Types", its name gone from the path.
     */
    private static int levelInItsArticle(Element heading, int level) {
        Element article = heading.closest("article");
        Element first = article == null ? null : article.selectFirst(ANY_HEADING);
        if (first == null || first == heading) {
            return level;
        }
        int articleLevel = first.normalName().charAt(1) - '0';
        return level < articleLevel ? articleLevel + 1 : level;
    }

    /**
     * A callout is prose led by its label ("Note: Run it often."), as AsciiDoc's are read, and stays
     * in the section around it: DocBook titles its callouts with headings, and read as one, "Tip"
     * was a section of its own that also took every paragraph after the callout, up to the next
     * heading. A callout titled by a question (Sphinx's "How do I generate PDF documents?") is a
     * section of its own, headed by it, as a disclosure's question is. False when the box has no label.
     */
    private boolean admonition(Element box) {
        Element label = box.selectFirst(ADMONITION_LABEL);
        if (label == null) {
            return false;
        }
        String name = CLOSING_COLON.matcher(label.text().strip()).replaceFirst("");
        if (name.isEmpty()) {
            Element icon = label.selectFirst("[title]");
            name = icon == null ? "" : icon.attr("title").strip();
        }
        label.remove();
        Element asciidoctorBody = box.is(".admonitionblock") ? box.selectFirst("td.content") : null;
        Element body = asciidoctorBody != null ? asciidoctorBody : box;
        if (name.endsWith("?")) {
            flushLoose();
            emitLead();
            section(name, box.id().isEmpty() ? sections.anchor() : box.id(), body);
        } else {
            ledBy(name.isEmpty() ? null : name, body);
        }
        return true;
    }

    /** Reads {@code body} with {@code label} leading its first sentence (or standing alone before its code or list). */
    private void ledBy(String label, Element body) {
        flushLoose();
        emitLead();
        lead = label;
        children(body);
        flushLoose();
        emitLead();
    }

    /**
     * A disclosure ({@code <details><summary>}) whose summary asks a question is a section of its own,
     * headed by it and linked to the section around it, as a FAQ's questions in a definition list
     * are; any other summary leads what it discloses. False when the summary holds a heading
     * (rustdoc folds each method's signature heading and documentation that way).
     */
    private boolean disclosure(Element details) {
        Element summary = details.selectFirst("> summary");
        if (summary == null || summary.selectFirst(ANY_HEADING) != null) {
            return false;
        }
        String text = inline(summary);
        summary.remove();
        flushLoose();
        emitLead();
        if (text.endsWith("?")) {
            section(text, details.id().isEmpty() ? sections.anchor() : details.id(), details);
        } else {
            lead = text.isEmpty() ? null : CLOSING_COLON.matcher(text).replaceFirst("");
            children(details);
            flushLoose();
            // A summary of nothing left to read (Node.js's "Table of contents", whose list is a menu) says nothing.
            lead = null;
        }
        return true;
    }

    /**
     * Whether an inline element holds headings, paragraphs or code: an unescaped placeholder in
     * hand-written HTML ("languageid=<language-id>" on SQLite's FTS page) opens an element the
     * parser never closes, and the rest of the page - a dozen sections - would otherwise be read
     * as one run of inline text under the heading before it.
     */
    private static boolean holdsBlocks(Element element) {
        return !element.select(CONTENT_BLOCKS).isEmpty();
    }

    /**
     * Whether a heading before any other is the page's own name, as the {@code <title>} gives it:
     * DocBook opens a page with it at the level the chapter has ("25.1. Routine Vacuuming" in an
     * h2), and as a section it would stand before every heading of the page. Text before it does
     * not make it a section: Celery's theme sets a version banner ("This document describes the
     * current stable version of Celery (5.2).") above every page's heading. Its words are compared,
     * not its code marks, case or hyphens: PostgreSQL's "37.51. `sql_sizing`" is the page titled
     * "37.51. sql_sizing". A heading that opens the page is its name when the {@code <title>} holds
     * all its words: mdBook titles a section's page "Installing Binaries from Crates.io with cargo
     * install - The Rust Programming Language" over its heading "Installing Binaries with `cargo
     * install`", and that page was titled by its {@code <title>}, site's name and all.
     */
    private boolean namesThePage(String heading) {
        if (pageName.isEmpty()) {
            return false;
        }
        List<String> words = words(heading);
        return words.equals(pageNameWords) || sections.isEmpty() && words.size() > 1 && titleWords.containsAll(words);
    }

    /**
     * A first-level heading that the {@code <title>} does not name opens the page's sections when it
     * is numbered 1 or other first-level headings follow it (not empty, nor the same name again as
     * Erlang's top bar writes it): SQLite's pages name themselves in a banner kept out of its search
     * and head their sections with {@code <h1>}, and "ALTER TABLE" was titled "1. Overview".
     */
    private boolean opensTheSections(Element heading) {
        if (pageName.isEmpty()) {
            return false;
        }
        List<String> words = words(heading.text());
        return FIRST_SECTION_NUMBER.matcher(inline(heading)).matches() || content.select(heading.normalName()).stream()
                .map(other -> words(other.text())).anyMatch(other -> !other.isEmpty() && !other.equals(words));
    }

    /**
     * The heading's id, else that of an empty {@code <a name>} inside it, else that of the element it
     * heads - the innermost around it whose first heading it is: DocBook's {@code <div class="sect2"
     * id="VACUUM-BASICS">} and HTML5's {@code <section id>} carry the id a link to the section uses -
     * or of an empty {@code <a id>} right before that element, as Javadoc writes {@code <a
     * id="text()"></a>} before the list item that holds a method's heading. A question set in bold
     * heads a section as a heading does, and is anchored the same way (SQLite's {@code <a name="q1">}).
     */
    private String anchorOf(Element heading) {
        if (!heading.id().isEmpty()) {
            return heading.id();
        }
        Element named = heading.selectFirst(EMPTY_ANCHOR);
        if (named != null) {
            return anchorName(named);
        }
        for (Element block = heading; block != null && block != content; block = block.parent()) {
            if (block != heading && block.selectFirst(ANY_HEADING) != heading) {
                break;
            }
            if (block != heading && !block.id().isEmpty()) {
                return block.id();
            }
            Element before = block.previousElementSibling();
            if (before != null && before.is(EMPTY_ANCHOR) && before.text().isBlank()) {
                return anchorName(before);
            }
        }
        return "";
    }

    /**
     * Six or more links to places in the page, and nothing else, under the page's name and before
     * its first section: its table of contents. SQLite's FAQ lists its 28 questions so, and the
     * list of questions would be quoted for any of them; under a heading of its own, such a list
     * is an index the page gives, and stays.
     */
    private boolean isPageContents(Element list) {
        Elements items = list.select("> li");
        return title != null && sections.depth() == 0 && items.size() >= NavigationLists.MIN_CONTENTS_ITEMS
                && items.stream().allMatch(HtmlSections::isOneLinkWithinThePage);
    }

    private static boolean isOneLinkWithinThePage(Element item) {
        Elements links = item.select("a[href]");
        return links.size() == 1 && links.getFirst().attr("href").startsWith("#")
                && links.getFirst().text().strip().equals(item.text().strip());
    }

    /**
     * A paragraph that is a question set in bold, and nothing else, heads the answer that follows
     * it, as a hand-written FAQ sets its entries: SQLite's 28 questions ("(1) How do I create an
     * AUTOINCREMENT field?" and its answer in a block quote) were one section of 25,000 characters,
     * and "How do I make an auto-incrementing primary key?" was refused. A question may lack its
     * question mark ("(7) How do I list all tables/indices contained in an SQLite database").
     */
    private static boolean asksInBold(Element paragraph) {
        String text = paragraph.text().strip();
        boolean unmarkedQuestion = QUESTION_OPENING.matcher(text).lookingAt()
                && Character.isLetterOrDigit(text.charAt(text.length() - 1));
        return (text.endsWith("?") || unmarkedQuestion)
                && paragraph.select("> b, > strong").stream().anyMatch(bold -> bold.text().strip().equals(text));
    }

    private static String anchorName(Element anchor) {
        return anchor.id().isEmpty() ? anchor.attr("name") : anchor.id();
    }

    /**
     * Sphinx (and Javadoc-like generators) write each function, option or setting as a {@code <dt id>}
     * signature and a {@code <dd>} description: a section of its own, anchored at the id, whose
     * paragraphs and code stay blocks; what follows the list is the enclosing section's again. A
     * term without an id (a man page's options, "-u, --include-untracked") leads the first
     * sentence of its description ("-u, --include-untracked: When used with ..."), and the
     * description's code and lists stay blocks: read as one paragraph, a list of options ran
     * together into one sentence with its examples. A term that asks a question opens a section
     * too, and so do a command's options ("-u, --include-untracked"): a man page's OPTIONS are its
     * reference, and "what does --force-with-lease do?" is answered from the option's own section.
     */
    void descriptions(Element list) {
        List<String> terms = new ArrayList<>();
        Set<Element> read = new HashSet<>();
        for (Element child : list.children()) {
            if (read.contains(child)) {
                continue;
            }
            if (child.normalName().equals("dt") && opensSection(child)) {
                flushLoose();
                boolean signature = !child.id().isEmpty();
                Element description = descriptionOf(child, signature, read);
                section(signature ? child.text().strip() : inline(child), anchorOf(child, list), description);
            } else if (child.normalName().equals("dt")) {
                String term = CLOSING_COLON.matcher(inline(child)).replaceFirst("");
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            } else if (child.normalName().equals("dd")) {
                flushLoose();
                emitLead();
                if (!terms.isEmpty() && terms.getFirst().startsWith("-")) {
                    // The page gives an option no anchor of its own: its citation links to the enclosing section.
                    section(String.join(", ", terms), sections.anchor(), child);
                } else {
                    ledBy(terms.isEmpty() ? null : String.join(", ", terms), child);
                }
                terms.clear();
            }
        }
        if (!terms.isEmpty()) {
            block(String.join(", ", terms), TextBlock.Kind.PROSE);
        }
    }

    /**
     * The description a term that opens a section has, if any, marked {@code read} with the terms
     * before it: an overloaded function's other signatures (Sphinx writes them as more terms without
     * an id) share the first one's description.
     */
    private static Element descriptionOf(Element term, boolean signature, Set<Element> read) {
        Element next = term.nextElementSibling();
        while (signature && next != null && next.normalName().equals("dt") && next.id().isEmpty()) {
            read.add(next);
            next = next.nextElementSibling();
        }
        if (next == null || !next.normalName().equals("dd")) {
            return null;
        }
        read.add(next);
        return next;
    }

    /** A section one level below the current one, holding the description's blocks (if there is one). */
    private void section(String heading, String anchor, Element description) {
        int level = sections.depth() + 1;
        sections.heading(level, heading, anchor);
        if (description != null) {
            children(description);
            flushLoose();
        }
        sections.leave(level);
    }

    /**
     * A signature with its own anchor, or a question: a FAQ written as a definition list
     * ("I've made a mistake in the last commit. How do I change it?") has an entry per question,
     * and a question read as the first words of its answer was quoted as if it answered.
     */
    private static boolean opensSection(Element term) {
        return term.normalName().equals("dt") && (!term.id().isEmpty() || term.text().strip().endsWith("?"));
    }

    /** The term's id, else that of a list that holds this one term (or of the block around it), else none. */
    private static String anchorOf(Element term, Element list) {
        if (!term.id().isEmpty()) {
            return term.id();
        }
        if (list.select("> dt").size() == 1) {
            return !list.id().isEmpty() ? list.id() : list.parent() == null ? null : list.parent().id();
        }
        return null;
    }

    void block(String text, TextBlock.Kind kind) {
        flushLoose();
        emit(text, kind);
    }

    void flushLoose() {
        String text = loose.toString().strip();
        loose.setLength(0);
        if (!text.isEmpty()) {
            emit(text, TextBlock.Kind.PROSE);
        }
    }

    /** A block, led by the terms it describes when it is the first of their description and a sentence. */
    private void emit(String text, TextBlock.Kind kind) {
        if (lead != null && kind == TextBlock.Kind.PROSE && !NOT_A_SENTENCE.matcher(text).lookingAt()) {
            text = lead + ": " + text;
            lead = null;
        }
        emitLead();
        sections.block(text, kind);
    }

    /** The terms alone, ending in a colon, when their description opens with code or a list. */
    private void emitLead() {
        if (lead != null) {
            String terms = lead;
            lead = null;
            sections.block(terms + ":", TextBlock.Kind.PROSE);
        }
    }

    /**
     * An element's text with its inline code in backticks, as Markdown writes it: an answer quoting
     * "run `git add .gitignore`" shows the command as code, and the name is searched as a name.
     * Adjacent code elements are one span (Sphinx writes {@code pytest.} and {@code fail} apart).
     */
    private static String inline(Element element) {
        InlineText out = new InlineText();
        appendInline(element, out);
        return WHITESPACE.matcher(out.written()).replaceAll(" ").strip();
    }

    /**
     * Inline markup outside a paragraph, as a paragraph would hold it: the space at its edges kept
     * (Javadoc's {@code <span>public class </span><span>StringUtils</span>} read "public
     * classStringUtils") and code marked as code (Javadoc's descriptions hold it bare in a {@code div}).
     */
    private void appendLoose(Element element) {
        InlineText out = new InlineText();
        appendInlineElement(element, out);
        String text = WHITESPACE.matcher(out.written()).replaceAll(" ");
        boolean spaced = loose.isEmpty() || Character.isWhitespace(loose.charAt(loose.length() - 1));
        loose.append(spaced ? text.stripLeading() : text);
    }

    private static void appendInline(Element element, InlineText out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.text(text.getWholeText());
            } else if (child instanceof Element inner) {
                appendInlineElement(inner, out);
            }
        }
    }

    private static void appendInlineElement(Element inner, InlineText out) {
        if (INLINE_CODE.contains(inner.normalName())) {
            String code = inner.text();
            if (!code.isBlank()) {
                out.code(code);
            }
        } else if (inner.normalName().equals("br") || inner.isBlock()) {
            out.text(" ");
            appendInline(inner, out);
            if (isTitleOfWhatFollows(inner, out.written())) {
                out.closeTitle();
            }
            out.text(" ");
        } else {
            appendInline(inner, out);
        }
    }

    /** Text as it is written, with the code of adjacent code elements held back until it is one span. */
    private static final class InlineText {

        private final StringBuilder written = new StringBuilder();
        private final StringBuilder code = new StringBuilder();

        void text(String text) {
            if (!text.isEmpty()) {
                written().append(text);
            }
        }

        void code(String text) {
            code.append(text);
        }

        /**
         * Ends a title with a colon right after its last word: the spaces a page writes before a
         * paragraph's end tag had put it apart ("Function : Description").
         */
        void closeTitle() {
            StringBuilder text = written();
            text.setLength(text.toString().stripTrailing().length());
            text.append(':');
        }

        /** What is written so far, the code held back included. */
        StringBuilder written() {
            if (!code.isEmpty()) {
                written.append(InlineCode.of(code.toString()));
                code.setLength(0);
            }
            return written;
        }
    }

    /**
     * A paragraph without a stop that more text follows inside the same item or cell titles it:
     * SQLite's limits are list items of a bold "Maximum Database Size" paragraph and the paragraphs
     * that explain it, which read as one run-on "Maximum Database Size Every database consists ...".
     * So is a signature: PostgreSQL's function tables hold "`uuid_generate_v1` () → `uuid`" and the
     * paragraph that says what the function does in one cell.
     */
    private static boolean isTitleOfWhatFollows(Element paragraph, CharSequence written) {
        if (!paragraph.normalName().equals("p") || paragraph.text().isBlank()) {
            return false;
        }
        int last = written.length() - 1;
        while (last >= 0 && Character.isWhitespace(written.charAt(last))) {
            last--;
        }
        boolean endsWithoutStop = last >= 0
                && (Character.isLetterOrDigit(written.charAt(last)) || ENDS_A_SIGNATURE.indexOf(written.charAt(last)) >= 0);
        Node next = paragraph.nextSibling();
        while (next instanceof TextNode text && text.isBlank()) {
            next = next.nextSibling();
        }
        return endsWithoutStop && next != null;
    }

    private static String list(Element list) {
        if (isLinksOnly(list)) {
            return linkLines(list);
        }
        boolean ordered = list.normalName().equals("ol");
        int n = firstNumber(list);
        StringBuilder out = new StringBuilder();
        for (Element item : list.children()) {
            if (item.normalName().equals("li")) {
                out.append(ordered ? (n++) + ". " : "- ").append(inline(item)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The number an ordered list starts at: Sphinx cuts a numbered list at each step's example into
     * lists of one item, the later ones {@code <ol start="2">}, and each step read "1.".
     */
    private static int firstNumber(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A list whose every item is one link and nothing else (Sphinx's toctree, a section's index of
     * its pages, a "See also") is written as Markdown writes it, a link per line, so that a section
     * holding nothing else reads as navigation ({@link NavigationLists}), as it does in a Markdown
     * page: as plain words, pytest's "How-to guides" index listed fourteen page titles and was
     * quoted and cited for "How do I write a plugin and publish it?" over the page on writing
     * plugins. An item of two links ("flaky - blog post") says something of its own, and stays, and
     * so does a list of links within the page under a heading: an index the page gives (Django's
     * "Core Settings Topical Index > Email" lists the settings to read about email).
     */
    private static boolean isLinksOnly(Element list) {
        Elements items = list.select("li");
        return !items.isEmpty() && items.stream().allMatch(HtmlSections::isOneLink);
    }

    /**
     * An item that is one link to another page and punctuation, perhaps with a list of its own (a
     * toctree's subsections, which {@link #isLinksOnly} reads as items too).
     */
    private static boolean isOneLink(Element item) {
        Element ownList = item.selectFirst("ul, ol");
        Predicate<Element> outsideOwnList = element -> ownList == null
                || element != ownList && !element.parents().contains(ownList);
        List<Element> links = item.select("a[href]").stream().filter(outsideOwnList).toList();
        if (links.size() != 1 || links.getFirst().attr("href").startsWith("#")) {
            return false;
        }
        return item.getAllElements().stream().filter(outsideOwnList)
                .filter(element -> element.closest("a[href]") == null)
                .allMatch(element -> element.textNodes().stream()
                        .allMatch(text -> AROUND_A_LINK.matcher(text.text()).matches()));
    }

    private static String linkLines(Element list) {
        StringBuilder out = new StringBuilder();
        for (Element link : list.select("a[href]")) {
            String text = inline(link);
            if (!text.isEmpty()) {
                out.append("- [").append(text).append("](").append(SPACES.matcher(link.attr("href")).replaceAll("%20"))
                        .append(")\n");
            }
        }
        return out.toString();
    }

    /**
     * A pipe table. One whose first row is not a header row (Sphinx's autosummary lists, a row per
     * function, start with their first function) gets an empty header: read as the header, that
     * first row named every other row's cells ("`read_csv`(...): `read_orc`(...)"), and each
     * part of a cut table repeated it.
     */
    private static String table(Element table) {
        List<Elements> rows = table.select("tr").stream().map(row -> row.select("> th, > td"))
                .filter(cells -> !cells.isEmpty()).toList();
        if (rows.isEmpty()) {
            return "";
        }
        boolean headed = isHeaderRow(rows.getFirst());
        int width = headed ? rows.getFirst().size() : rows.stream().mapToInt(Elements::size).max().orElseThrow();
        List<List<String>> texts = rows.stream().map(cells -> cells.stream().map(HtmlSections::inline).toList()).toList();
        return PipeTable.of(headed ? texts.getFirst() : List.of(), texts.subList(headed ? 1 : 0, texts.size()), width) + "\n";
    }

    /** A row in the table's head, or of header cells only. */
    private static boolean isHeaderRow(Elements cells) {
        Element row = cells.getFirst().parent();
        boolean inHead = row != null && row.parent() != null && row.parent().normalName().equals("thead");
        return inHead || cells.stream().allMatch(cell -> cell.normalName().equals("th"));
    }

    static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }
}
