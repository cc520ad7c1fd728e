package dev.docent.discord;

import dev.docent.discord.render.QuietMessages;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interaction answered to its user alone: deferred at once (Discord wants a response within 3
 * seconds, before any Elasticsearch call), worked out on a worker thread, once across replicas,
 * and a failure told in plain words instead of silence.
 */
final class PrivateReply {

    private static final Logger log = LoggerFactory.getLogger(PrivateReply.class);

    private final Deliveries deliveries;
    private final Executor workers;

    PrivateReply(Deliveries deliveries, Executor workers) {
        this.deliveries = deliveries;
        this.workers = workers;
    }

    /**
     * @param work      what to do; returns what the user is told
     * @param onFailure what the user is told if {@code work} fails
     */
    void answer(IReplyCallback event, String what, Supplier<String> work, String onFailure) {
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        String interaction = event.getId();
        String guild = event.getGuild() == null ? null : event.getGuild().getId();
        workers.execute(() -> {
            String reply;
            try {
                if (!deliveries.first(Deliveries.INTERACTIONS, interaction)) {
                    return;
                }
                reply = work.get();
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", guild).addKeyValue("error", e.getClass().getName()).log(what + " failed");
                reply = onFailure;
            }
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(reply))).queue();
        });
    }
}
