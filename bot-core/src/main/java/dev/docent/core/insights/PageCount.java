package dev.docent.core.insights;

import dev.docent.core.answer.PageReference;

/** A page and how many answers in scope cited it. */
public record PageCount(PageReference page, long answers) {
}
