package dev.docent.discord;

/**
 * Where the {@code /docent} command is registered: in each guild Docent is in (changes show at
 * once), or globally (one registration, which Discord may take up to an hour to roll out).
 */
public enum CommandScope {
    GUILD,
    GLOBAL
}
