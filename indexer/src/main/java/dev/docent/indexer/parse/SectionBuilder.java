package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a document's blocks into sections as its headings go by: a heading closes the current
 * section and opens one whose path is the headings above it plus itself. A section that only
 * links to other pages is left out ({@link NavigationLists}), and one that only gives another entry
 * another name joins that entry ({@link SeeEntries}).
 */
final class SectionBuilder {

    private record OpenHeading(int level, String text, String anchor) {
    }

    private final List<OpenHeading> path = new ArrayList<>();
    private final HeadingAnchors anchors = new HeadingAnchors();
    private final List<Section> sections = new ArrayList<>();
    private final List<TextBlock> blocks = new ArrayList<>();
    private String anchor = "";

    /** @param id the heading's own anchor when the document gives one (an HTML id), else null */
    void heading(int level, String text, String id) {
        close();
        while (!path.isEmpty() && path.getLast().level() >= level) {
            path.removeLast();
        }
        String slug = anchors.next(text);
        anchor = id == null || id.isBlank() ? slug : id;
        path.add(new OpenHeading(level, text, anchor));
    }

    /** The anchor of the innermost open heading; empty before the first. */
    String anchor() {
        return anchor;
    }

    /** The level of the innermost open heading; 0 before the first. */
    int depth() {
        return path.isEmpty() ? 0 : path.getLast().level();
    }

    /**
     * Closes the headings from {@code level} down: what follows belongs to the section that was
     * open before them again (the text after a described option is the enclosing section's).
     */
    void leave(int level) {
        close();
        while (!path.isEmpty() && path.getLast().level() >= level) {
            path.removeLast();
        }
        anchor = path.isEmpty() ? "" : path.getLast().anchor();
    }

    void block(String text, TextBlock.Kind kind) {
        String body = text.strip();
        if (!body.isEmpty()) {
            blocks.add(new TextBlock(kind == TextBlock.Kind.PROSE ? body : text.stripTrailing(), kind));
        }
    }

    boolean isEmpty() {
        return sections.isEmpty() && blocks.isEmpty();
    }

    List<Section> sections() {
        close();
        return List.copyOf(SeeEntries.merged(sections));
    }

    private void close() {
        if (!blocks.isEmpty() && !NavigationLists.isNavigation(blocks)) {
            sections.add(new Section(path.stream().map(OpenHeading::text).toList(), anchor, blocks));
        }
        blocks.clear();
    }
}
