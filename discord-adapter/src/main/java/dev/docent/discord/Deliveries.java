package dev.docent.discord;

import dev.docent.core.desk.SupportDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets each Discord interaction and message be handled once: the gateway replays events after a
 * resume, and several replicas may receive the same one. The ledger in Elasticsearch decides.
 */
final class Deliveries {

    static final String INTERACTIONS = "discord-interaction";
    static final String MESSAGES = "discord-message";

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final SupportDesk desk;

    Deliveries(SupportDesk desk) {
        this.desk = desk;
    }

    boolean first(String source, String id) {
        boolean first = desk.firstDelivery(source, id);
        if (!first) {
            log.atInfo().addKeyValue("source", source).addKeyValue("id", id).log("duplicate delivery ignored");
        }
        return first;
    }
}
