package dev.docent.discord.admin;

import dev.docent.core.chat.ChatServices;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.discord.render.QuietMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /docent reindex [knowledge-base]} and {@code /docent status}, for a guild's admins only.
 * Both act on the knowledge bases the channel is answered from, so a community guild's admins
 * never reindex, or even see the names of, another tenant's internal knowledge bases.
 */
public final class AdminCommands {

    public static final String KNOWLEDGE_BASE_OPTION = "knowledge-base";

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);

    private final ChatServices services;
    private final AdminGate gate;
    private final AdminRenderer renderer = new AdminRenderer();
    private final Executor workers;
    private final Duration progressInterval;
    private final Clock clock;

    public AdminCommands(ChatServices services, Executor workers, Duration progressInterval, Clock clock) {
        this.services = services;
        this.gate = new AdminGate(services.tenants());
        this.workers = workers;
        this.progressInterval = progressInterval;
        this.clock = clock;
    }

    /** @param channel the channel whose settings apply (a thread's parent) */
    public void reindex(SlashCommandInteractionEvent event, String channel) {
        if (refused(event, "reindex")) {
            return;
        }
        Optional<String> requested = Optional.ofNullable(event.getOption(KNOWLEDGE_BASE_OPTION))
                .map(o -> o.getAsString().strip()).filter(name -> !name.isEmpty());
        Place place = place(event, channel);
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                runReindex(hook, place, requested);
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", place.tenant()).log("reindex command failed: {}", e.toString());
            }
        });
    }

    public void status(SlashCommandInteractionEvent event, String channel) {
        if (refused(event, "see Docent's status")) {
            return;
        }
        Place place = place(event, channel);
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                Set<String> visible = services.tenants().visibleTo(place);
                List<KnowledgeBaseStatus> statuses = services.reindexer().status().stream()
                        .filter(s -> visible.contains(s.name())).toList();
                hook.editOriginal(QuietMessages.asEdit(renderer.status(statuses, services.reindexer().reindexable())))
                        .complete();
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", place.tenant()).log("status command failed: {}", e.toString());
                hook.editOriginal(QuietMessages.asEdit(QuietMessages.text("I could not read the status: " + e.getMessage())))
                        .queue();
            }
        });
    }

    private boolean refused(SlashCommandInteractionEvent event, String action) {
        if (event.getMember() != null && gate.allows(event.getMember())) {
            return false;
        }
        log.atInfo().addKeyValue("guild", event.getGuild() == null ? null : event.getGuild().getId())
                .addKeyValue("user", event.getUser().getId()).addKeyValue("action", action).log("admin command refused");
        event.reply(QuietMessages.text(AdminGate.refusal(action))).setEphemeral(true).queue();
        return true;
    }

    private Place place(SlashCommandInteractionEvent event, String channel) {
        return services.tenants().place(event.getGuild().getId(), channel, Visibility.PUBLIC);
    }

    private void runReindex(InteractionHook hook, Place place, Optional<String> requested) {
        Set<String> visible = services.tenants().visibleTo(place);
        List<String> mine = services.reindexer().reindexable().stream().filter(visible::contains).toList();
        if (requested.isPresent() && !mine.contains(requested.get())) {
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text("'%s' is not a knowledge base this channel can reindex. %s"
                    .formatted(requested.get(), mine.isEmpty() ? "It has none." : "Its knowledge bases: " + String.join(", ", mine) + "."))))
                    .complete();
            return;
        }
        List<String> targets = requested.map(List::of).orElse(mine);
        if (targets.isEmpty()) {
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(
                    "This channel has no knowledge bases Docent can reindex from a source it knows."))).complete();
            return;
        }
        // Edits of one message share a rate-limit bucket, which JDA works through in order: a
        // progress edit cannot overtake the summary.
        ProgressEdits<MessageCreateData> edits = new ProgressEdits<>(update -> {
            if (!hook.isExpired()) {
                hook.editOriginal(QuietMessages.asEdit(update)).queue(ok -> { },
                        e -> log.atDebug().log("progress edit failed: {}", e.toString()));
            }
        }, progressInterval, clock);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String knowledgeBase = targets.get(i);
            int position = i + 1;
            try {
                ReindexSummary summary = services.reindexer().reindex(knowledgeBase,
                        progress -> edits.offer(renderer.progress(done, progress, position, targets.size())));
                done.add(renderer.summaryLine(summary));
                log.atInfo().addKeyValue("guild", place.tenant()).addKeyValue("knowledgeBase", knowledgeBase)
                        .addKeyValue("added", summary.added()).addKeyValue("failed", summary.failures().size())
                        .addKeyValue("ms", summary.took().toMillis()).log("reindexed from Discord");
            } catch (ReindexInProgressException | UnknownKnowledgeBaseException e) {
                done.add(renderer.failureLine(knowledgeBase, e.getMessage()));
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", place.tenant()).addKeyValue("knowledgeBase", knowledgeBase)
                        .log("reindex failed: {}", e.toString());
                done.add(renderer.failureLine(knowledgeBase, "failed (" + e.getMessage()
                        + "); it still serves what it served before."));
            }
        }
        finish(hook, renderer.summary(done));
    }

    /**
     * The interaction's hook works for 15 minutes: a longer reindex posts its summary in the
     * channel instead, so that it is never lost (it names only this channel's knowledge bases).
     */
    private static void finish(InteractionHook hook, MessageCreateData summary) {
        if (hook.isExpired()) {
            hook.getInteraction().getMessageChannel().sendMessage(summary).complete();
        } else {
            hook.editOriginal(QuietMessages.asEdit(summary)).complete();
        }
    }
}
