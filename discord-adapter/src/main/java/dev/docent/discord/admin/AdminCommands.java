package dev.docent.discord.admin;

import dev.docent.core.desk.AdminDesk;
import dev.docent.core.desk.Notices;
import dev.docent.core.desk.ReindexOutcome;
import dev.docent.core.desk.ReindexPlan;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.question.Visibility;
import dev.docent.discord.render.QuietMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /docent reindex [knowledge-base]} and {@code /docent status}, through the desk's admin
 * desk: only a guild's admins, and only the knowledge bases the channel is answered from, so a
 * community guild's admins never reindex, or even see the names of, another tenant's internal ones.
 */
public final class AdminCommands {

    public static final String KNOWLEDGE_BASE_OPTION = "knowledge-base";

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);
    private static final String PLATFORM = "discord";

    private final SupportDesk desk;
    private final AdminRenderer renderer = new AdminRenderer();
    private final Executor workers;
    private final Duration progressInterval;
    private final Clock clock;

    public AdminCommands(SupportDesk desk, Executor workers, Duration progressInterval, Clock clock) {
        this.desk = desk;
        this.workers = workers;
        this.progressInterval = progressInterval;
        this.clock = clock;
    }

    /**
     * @param channel       the channel whose settings apply (a thread's parent)
     * @param firstDelivery asked after the acknowledgement, off the gateway thread: a replayed command does nothing
     */
    public void reindex(SlashCommandInteractionEvent event, String channel, BooleanSupplier firstDelivery) {
        Optional<String> requested = Optional.ofNullable(event.getOption(KNOWLEDGE_BASE_OPTION))
                .map(o -> o.getAsString().strip()).filter(name -> !name.isEmpty());
        Optional<AdminDesk> admin = admin(event, channel);
        if (admin.isEmpty()) {
            return;
        }
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                if (firstDelivery.getAsBoolean()) {
                    runReindex(hook, admin.get(), requested);
                }
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("error", e.getClass().getName()).log("reindex command failed");
            }
        });
    }

    public void status(SlashCommandInteractionEvent event, String channel, BooleanSupplier firstDelivery) {
        Optional<AdminDesk> admin = admin(event, channel);
        if (admin.isEmpty()) {
            return;
        }
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                if (!firstDelivery.getAsBoolean()) {
                    return;
                }
                hook.editOriginal(QuietMessages.asEdit(renderer.status(admin.get().status(), admin.get().reindexable())))
                        .complete();
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("error", e.getClass().getName()).log("status command failed");
                hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(Notices.STATUS_FAILED))).queue();
            }
        });
    }

    private Optional<AdminDesk> admin(SlashCommandInteractionEvent event, String channel) {
        Optional<AdminDesk> admin = event.getMember() == null ? Optional.empty() : desk.admin(PLATFORM,
                desk.place(event.getGuild().getId(), channel, Visibility.PUBLIC), event.getUser().getId(),
                new DiscordMembership(event.getMember()));
        if (admin.isEmpty()) {
            event.reply(QuietMessages.text(Notices.NOT_ADMIN)).setEphemeral(true).queue();
        }
        return admin;
    }

    private void runReindex(InteractionHook hook, AdminDesk admin, Optional<String> requested) {
        ReindexPlan plan = admin.plan(requested);
        if (plan.refusal().isPresent()) {
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(plan.refusal().get()))).complete();
            return;
        }
        List<String> targets = plan.knowledgeBases();
        // Edits of one message share a rate-limit bucket, which JDA works through in order: a
        // progress edit cannot overtake the summary.
        ProgressEdits<MessageCreateData> edits = new ProgressEdits<>(update -> {
            if (!hook.isExpired()) {
                hook.editOriginal(QuietMessages.asEdit(update)).queue(ok -> { },
                        e -> log.atDebug().log("progress edit failed: {}", e.getClass().getName()));
            }
        }, progressInterval, clock);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            int position = i + 1;
            ReindexOutcome outcome = admin.reindex(targets.get(i),
                    progress -> edits.offer(renderer.progress(done, progress, position, targets.size())));
            done.add(outcome.summary().map(renderer::summaryLine)
                    .orElseGet(() -> renderer.failureLine(outcome.knowledgeBase(), outcome.failure().orElseThrow())));
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
