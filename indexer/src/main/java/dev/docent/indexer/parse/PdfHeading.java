package dev.docent.indexer.parse;

/** A heading of a PDF: 1 for a chapter, 2 for its sections ...; its page counts from 1. */
record PdfHeading(int level, String title, int page) {
}
