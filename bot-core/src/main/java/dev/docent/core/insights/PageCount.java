package dev.docent.core.insights;

import dev.docent.core.answer.PageReference;

/** A page and how many questions it counts for: answers that cited it (pages report), questions it was retrieved for (gap report). */
public record PageCount(PageReference page, long questions) {
}
