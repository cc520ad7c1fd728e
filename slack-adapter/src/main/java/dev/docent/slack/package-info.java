/**
 * Docent in Slack, with Bolt for Java: events, the /docent command, interactivity and Block Kit
 * rendering. Translates Slack payloads into bot-core's {@code Question} and renders its
 * {@code Answer}; Slack types never leave this module.
 */
package dev.docent.slack;
