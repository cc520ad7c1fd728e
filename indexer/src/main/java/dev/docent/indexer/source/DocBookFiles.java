package dev.docent.indexer.source;

import dev.docent.indexer.parse.XmlDocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DocBook page whose name does not say so ({@code installing.xml}, PostgreSQL's {@code ddl.sgml}) is known by its
 * opening: a DocBook document type or namespace, or a DocBook division (a chapter, a section, a reference entry) at
 * its root that opens with a title or a paragraph. A project's other XML - build files, settings, feeds - is no
 * documentation.
 */
final class DocBookFiles {

    /** Where a page's document type and root element stand: after its declaration, comments and entities. */
    private static final int OPENING_BYTES = 8192;
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<!DOCTYPE\\s+\\w+\\s+PUBLIC\\s+\"-//OASIS//DTD DocBook|xmlns(?::db)?\\s*=\\s*[\"']http://docbook\\.org/ns/docbook");
    private static final Pattern ROOT = Pattern.compile("\\G<([A-Za-z][\\w.-]*)[\\s>/]");
    private static final Set<String> DIVISIONS = Set.of("book", "article", "part", "reference", "chapter", "appendix",
            "preface", "section", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "refentry", "glossary",
            "bibliography", "qandaset", "set");
    private static final Pattern OPENS_WITH_TEXT = Pattern.compile("<(?:title|para|simpara|refmeta|refnamediv|\\w*info)[\\s>]");

    private DocBookFiles() {
    }

    static boolean declares(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml") && !name.endsWith(".sgml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isDocBook(new String(in.readNBytes(OPENING_BYTES), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isDocBook(String opening) {
        if (DECLARED.matcher(opening).find()) {
            return true;
        }
        Matcher root = ROOT.matcher(opening).region(XmlDocumentType.rootStart(opening), opening.length());
        return root.find() && DIVISIONS.contains(root.group(1).toLowerCase(Locale.ROOT))
                && OPENS_WITH_TEXT.matcher(opening).region(root.end(), opening.length()).find();
    }

    /** Whether the page's root is a division - a chapter, a section - which is a page of its own wherever it is included. */
    static boolean isDivision(String page) {
        Matcher root = ROOT.matcher(page).region(XmlDocumentType.rootStart(page), page.length());
        return root.find() && DIVISIONS.contains(root.group(1).toLowerCase(Locale.ROOT));
    }
}
