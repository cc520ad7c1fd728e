package dev.docent.core.answer;

/**
 * What the asker reads: the cited answer, the honest "not in the documentation", or - for a feature
 * request or a bug report the documentation does not clearly settle - a note that the team has it.
 * The last two list the closest pages to read.
 */
public enum Reply {
    ANSWER,
    NOT_IN_DOCS,
    REQUEST_NOTED
}
