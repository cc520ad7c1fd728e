package dev.docent.core.question;

/** Whether the place a question comes from is open to the public or limited to the team. */
public enum Visibility {
    PUBLIC,
    PRIVATE
}
