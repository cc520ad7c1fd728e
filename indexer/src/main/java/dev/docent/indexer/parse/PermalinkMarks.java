package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The mark a site sets in a heading to link to it ("#", "¶", "§"), whatever its generator calls it
 * (markdown-it-anchor's {@code a.header-anchor}, Node.js's {@code a.mark}):
 * Node.js writes {@code <h2>File system<span><a class="mark" href="#file-system" id="file-system">#</a>
 * </span></h2>}, and every heading read "File system#". The mark goes; where the heading has no id of
 * its own, the place the mark links to becomes it, so a citation opens the page where the site does.
 */
final class PermalinkMarks {

    /**
     * What a mark shows: a sign, or nothing (an icon drawn by the site's CSS, or markdown-it-anchor's
     * zero-width space in VitePress, VuePress and Eleventy sites).
     */
    private static final Pattern MARK = Pattern.compile("[#¶§🔗\u200B]?");

    private PermalinkMarks() {
    }

    static void removeFrom(Element content) {
        for (Element heading : content.select("h1, h2, h3, h4, h5, h6")) {
            for (Element link : heading.select("a[href^=#]")) {
                String shown = link.text().strip();
                if (MARK.matcher(shown).matches() && !shown.equals(heading.text().strip())) {
                    if (heading.id().isEmpty() && link.attr("href").length() > 1) {
                        heading.id(link.attr("href").substring(1));
                    }
                    link.remove();
                }
            }
        }
    }
}
