/**
 * Docent in Discord, with JDA: slash commands, mentions, buttons and embeds. Translates Discord
 * events into bot-core's {@code Question} and renders its {@code Answer}; JDA types never leave
 * this module.
 */
package dev.docent.discord;
