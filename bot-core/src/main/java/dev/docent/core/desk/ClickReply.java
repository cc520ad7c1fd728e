package dev.docent.core.desk;

import java.util.Optional;

/** What the clicker is told, privately, and for "Talk to a human" what came of it. */
public record ClickReply(String notice, Optional<Handover> handover) {

    static ClickReply of(String notice) {
        return new ClickReply(notice, Optional.empty());
    }

    static ClickReply of(Handover handover) {
        return new ClickReply(handover.notice(), Optional.of(handover));
    }
}
