package dev.docent.core.desk;

/**
 * A click on one of an answer's buttons.
 *
 * @param platform "slack" or "discord", for metrics
 * @param tenant   the workspace or guild the click happened in: an answer is only acted on in its own
 * @param answerId the button's value: the answer's id in the answer log
 */
public record Click(String platform, String tenant, String user, String answerId) {
}
