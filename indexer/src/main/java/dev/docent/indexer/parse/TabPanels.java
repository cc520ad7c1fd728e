package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Tabbed content in published HTML - the same steps for macOS and Windows, for Python and R, for
 * Express and Core - is written as a list of the tabs' labels followed by their panels: Bootstrap's
 * {@code ul.nav-tabs} (Quarto, pkgdown, Docsy), ARIA's {@code [role=tablist]} (Docusaurus,
 * sphinx-tabs), Material for MkDocs' {@code .tabbed-labels}. Read in that order, the labels were a
 * list of empty links ("- [Express]()") and each panel's text stood without saying which case it is.
 * Each panel now opens with its tab's label, as tabs in Markdown sources are read, and the list goes.
 * A panel the page hides until its tab is chosen (Docusaurus writes {@code hidden} on all but the
 * first) is content all the same: read before the page's chrome, which drops what is hidden, it stays.
 */
final class TabPanels {

    private static final String TAB_LISTS = "[role=tablist], ul.nav-tabs, ul.nav-pills, div.tabbed-labels";
    private static final String TABS = "[role=tab], a[data-bs-toggle=tab], a[data-toggle=tab], a[data-bs-toggle=pill], "
            + "a[data-toggle=pill], label";

    private TabPanels() {
    }

    static void labelled(Element content) {
        for (Element list : content.select(TAB_LISTS)) {
            List<Element> tabs = list.select(TABS);
            List<Element> panels = panelsOf(content, list, tabs);
            if (tabs.isEmpty() || panels.size() != tabs.size()) {
                continue;
            }
            for (int i = 0; i < tabs.size(); i++) {
                Element panel = panels.get(i).removeAttr("hidden").removeAttr("aria-hidden");
                String label = tabs.get(i).text().strip();
                if (!label.isEmpty()) {
                    panel.prependElement("p").text(label);
                }
            }
            list.remove();
        }
    }

    /** The panels the tabs show, by the id each tab names, else the panels after the list, in order. */
    private static List<Element> panelsOf(Element content, Element list, List<Element> tabs) {
        List<Element> named = new ArrayList<>();
        for (Element tab : tabs) {
            target(tab).map(content::getElementById).filter(panel -> !panel.is("input")).ifPresent(named::add);
        }
        if (named.size() == tabs.size()) {
            return named;
        }
        Element set = list.parent();
        if (set == null) {
            return List.of();
        }
        List<Element> inOrder = set.select("[role=tabpanel], div.tab-pane, div.tabbed-block");
        return inOrder.stream().filter(panel -> panel.parents().contains(set) && !panel.parents().contains(list)).toList();
    }

    private static Optional<String> target(Element tab) {
        for (String attribute : List.of("aria-controls", "data-bs-target", "data-target", "href")) {
            String value = tab.attr(attribute).strip();
            if (!value.isEmpty() && !value.equals("#")) {
                return Optional.of(value.startsWith("#") ? value.substring(1) : value);
            }
        }
        return Optional.empty();
    }
}
