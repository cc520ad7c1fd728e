package dev.docent.discord.escalation;

import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.escalation.EscalationCases;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a question to a person: opens the case in Elasticsearch (once per answer, whoever asks
 * and on whichever replica) and posts it in the guild's moderators' channel, pinging only the
 * guild's support role. The case is kept even when it cannot be posted, and the outcome says so.
 */
public final class Escalator {

    private static final Logger log = LoggerFactory.getLogger(Escalator.class);

    private final EscalationCases cases;
    private final TenantDirectory tenants;
    private final CaseRenderer renderer;
    private final MeterRegistry metrics;

    public Escalator(EscalationCases cases, TenantDirectory tenants, CaseRenderer renderer, MeterRegistry metrics) {
        this.cases = cases;
        this.tenants = tenants;
        this.renderer = renderer;
        this.metrics = metrics;
    }

    /**
     * @param requestedBy the user who asked for a person, or {@link EscalationCase#BY_POLICY}
     * @param link        the conversation's message link, asked for only when the case is posted
     */
    public EscalationOutcome escalate(JDA jda, AnsweredQuestion answered, String requestedBy, String reason,
                                      Supplier<String> link) {
        Optional<EscalationCase> opened = cases.open(answered, requestedBy, reason);
        Optional<EscalationTarget> target = tenants.escalationTarget(answered.tenant())
                .filter(t -> t.channel() != null && !t.channel().isBlank());
        if (opened.isEmpty()) {
            // Said plainly again: a case kept without a channel has still reached nobody.
            return count(target.isEmpty() ? EscalationOutcome.NOT_CONFIGURED : EscalationOutcome.ALREADY_OPEN);
        }
        if (target.isEmpty()) {
            log.atInfo().addKeyValue("guild", answered.tenant()).addKeyValue("case", answered.id())
                    .log("case kept, but the guild has no escalation channel in docent.yml");
            return count(EscalationOutcome.NOT_CONFIGURED);
        }
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, target.get().channel());
        if (channel == null || !channel.getGuild().getId().equals(answered.tenant())) {
            log.atWarn().addKeyValue("guild", answered.tenant()).addKeyValue("channel", target.get().channel())
                    .log("the escalation channel is not a text channel of this guild that Docent can see");
            return count(EscalationOutcome.UNREACHABLE);
        }
        try {
            channel.sendMessage(renderer.render(opened.get(), link.get(), target.get().mentionGroup())).complete();
            return count(EscalationOutcome.POSTED);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("guild", answered.tenant()).addKeyValue("channel", target.get().channel())
                    .log("could not post the case: {}", e.getMessage());
            return count(EscalationOutcome.UNREACHABLE);
        }
    }

    private EscalationOutcome count(EscalationOutcome outcome) {
        metrics.counter("docent.discord.escalations", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        return outcome;
    }
}
