package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Google Docs document downloaded as a web page (File > Download > Web page: a team's runbooks). Its
 * fonts are set by classes in its style sheet ({@code .c7{font-family:"Courier New"}}), so a command set
 * in a monospaced font read as prose; and its title paragraph said the page's name again as its first
 * words. Spans in a monospaced font are code, consecutive paragraphs set only in one a code block, and
 * the title paragraph is left out when it says what the page's title does.
 */
final class GoogleDocsExport {

    private static final String GOOGLE_LIST_CLASS = "lst-kix_";
    private static final Pattern FONT_RULE = Pattern.compile("\\.([\\w-]{1,100})\\s*\\{[^{}]{0,2000}?font-family\\s*:\\s*([^;{}]{1,200})");

    private GoogleDocsExport() {
    }

    /** Rewrites the page's content when it is a Google Docs download; leaves any other page as it is. */
    static void normalize(Document page, Element content) {
        if (!isExport(page)) {
            return;
        }
        Set<String> monospaced = monospacedClasses(page);
        content.select("span").stream().filter(span -> span.classNames().stream().anyMatch(monospaced::contains))
                .forEach(span -> span.tagName("code"));
        codeBlocks(content);
        String title = page.title().strip();
        content.select("p.title").stream().filter(paragraph -> paragraph.text().strip().equals(title)).forEach(Element::remove);
    }

    /** Known by its body's class, or, in an older download, by the list classes Google's editor names its lists by. */
    private static boolean isExport(Document page) {
        return page.body() != null && (page.body().hasClass("doc-content")
                || page.select("head > style").stream().anyMatch(style -> style.data().contains(GOOGLE_LIST_CLASS)));
    }

    private static Set<String> monospacedClasses(Document page) {
        Set<String> classes = new HashSet<>();
        for (Element style : page.select("style")) {
            Matcher rule = FONT_RULE.matcher(style.data());
            while (rule.find()) {
                if (MonospacedFonts.isMonospaced(rule.group(2).split(",")[0])) {
                    classes.add(rule.group(1));
                }
            }
        }
        return classes;
    }

    /** Consecutive paragraphs whose text is all code become one {@code <pre>}, a line each. */
    private static void codeBlocks(Element content) {
        List<Element> run = new ArrayList<>();
        for (Element paragraph : content.select("p")) {
            boolean code = isAllCode(paragraph);
            if (code && (run.isEmpty() || run.getLast().nextElementSibling() == paragraph)) {
                run.add(paragraph);
            } else {
                asBlock(run);
                run = new ArrayList<>();
                if (code) {
                    run.add(paragraph);
                }
            }
        }
        asBlock(run);
    }

    private static boolean isAllCode(Element paragraph) {
        Element words = paragraph.clone();
        words.select("code").remove();
        return words.text().isBlank() && paragraph.selectFirst("code") != null && !paragraph.text().isBlank();
    }

    private static void asBlock(List<Element> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        paragraphs.forEach(p -> lines.append(lines.isEmpty() ? "" : "\n").append(p.wholeText().replace('\u00a0', ' ')));
        Element block = new Element("pre").text(lines.toString());
        paragraphs.getFirst().before(block);
        paragraphs.forEach(Element::remove);
    }
}
