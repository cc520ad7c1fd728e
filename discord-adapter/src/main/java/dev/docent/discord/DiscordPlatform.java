package dev.docent.discord;

import dev.docent.core.chat.ChatPlatform;
import dev.docent.core.desk.AnswerLanes;
import dev.docent.core.desk.SupportDesk;
import dev.docent.discord.admin.AdminCommands;
import dev.docent.discord.answer.AnswerRenderer;
import dev.docent.discord.answer.Answering;
import dev.docent.discord.answer.ButtonClicks;
import dev.docent.discord.escalation.CaseRenderer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docent in Discord: JDA's shard manager - one gateway connection per shard, as many as
 * {@code DISCORD_SHARDS} says or Discord recommends for the bot's guild count - with one listener
 * per concern - command registration, slash commands, mentions, buttons, "Save as answer" - all
 * working through the {@link SupportDesk}.
 * Needs only the GUILD_MESSAGES intent (not the privileged MESSAGE_CONTENT: slash commands and
 * messages that mention Docent carry their text anyway). Rate limits are JDA's job: it queues
 * requests per bucket and retries a 429 after the time Discord asks for.
 */
public final class DiscordPlatform implements ChatPlatform {

    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);
    /** Interactions expire after 15 minutes and replays come within minutes: an hour is plenty. */
    static final String PLATFORM = "discord";
    private static final Duration LEDGER_MEMORY = Duration.ofHours(1);
    /** JDA's "ask Discord" shard count: Discord's recommendation for the bot's guild count. */
    private static final int RECOMMENDED_SHARDS = -1;
    private static final Duration READY_POLL = Duration.ofMillis(100);
    private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final DiscordSettings settings;
    private final SupportDesk desk;
    private final MeterRegistry metrics;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, named("docent-discord-worker"));
    private final ExecutorService events = Executors.newFixedThreadPool(2, named("docent-discord-event"));
    private final ScheduledExecutorService housekeeping =
            Executors.newSingleThreadScheduledExecutor(named("docent-discord-housekeeping"));
    private volatile ShardManager shards;

    private DiscordPlatform(DiscordSettings settings, SupportDesk desk, MeterRegistry metrics) {
        this.settings = settings;
        this.desk = desk;
        this.metrics = metrics;
    }

    /** @param metrics where the answer lanes count questions refused as too many */
    public static DiscordPlatform create(DiscordSettings settings, SupportDesk desk, MeterRegistry metrics) {
        return new DiscordPlatform(settings, desk, metrics);
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public void start() {
        // A safety net under the explicit allowed_mentions of every message Docent builds.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        // Docent reads the text of messages that mention it, which Discord sends without the
        // privileged MESSAGE_CONTENT intent: JDA's warning about it does not apply.
        Message.suppressContentIntentWarning();

        Deliveries deliveries = new Deliveries(desk);
        PrivateReply privately = new PrivateReply(deliveries, workers);
        CaseRenderer cases = new CaseRenderer();
        Answering answering = new Answering(desk, new AnswerRenderer(), cases);
        AdminCommands admin = new AdminCommands(desk, workers, settings.progressInterval(), Clock.systemUTC());
        AnswerLanes lanes = new AnswerLanes(workers, AnswerLanes.Limits.forThisMachine(), metrics);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(),
                        EnumSet.of(GatewayIntent.GUILD_MESSAGES))
                .setShardsTotal(settings.shards().orElse(RECOMMENDED_SHARDS))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .setEventPool(events, false)
                .addEventListeners(
                        new CommandRegistration(settings.commandScope()),
                        new SlashCommandListener(deliveries, answering, admin, lanes, settings.historyLimit()),
                        new MentionListener(deliveries, answering, lanes, settings.historyLimit()),
                        new ButtonListener(new ButtonClicks(desk, cases), privately),
                        new SaveAsAnswerListener(desk, privately));
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url.toString())));
        settings.gatewayUrl().ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url.toString();
            }
        }));
        try {
            shards = builder.build();
        } catch (InvalidTokenException e) {
            close();
            throw new IllegalArgumentException("Discord refused DISCORD_TOKEN: check the bot token in your application's "
                    + "Bot settings.", e);
        } catch (RuntimeException e) {
            close();
            Throwable cause = e;
            while (!(cause instanceof IOException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (!(cause instanceof IOException io)) {
                throw e;
            }
            throw new UncheckedIOException("Cannot reach Discord" + settings.apiUrl().map(url -> " at " + url).orElse("")
                    + ": " + io.getMessage(), io);
        }
        awaitReady();
        housekeeping.scheduleWithFixedDelay(this::forgetOldDeliveries, 30, 30, TimeUnit.MINUTES);
        log.atInfo().addKeyValue("guilds", shards.getGuildCache().size()).addKeyValue("shards", shards.getShardsTotal())
                .addKeyValue("commands", settings.commandScope()).log("connected to Discord");
    }

    /** Every shard connected, or a clear error: shards log in one after another, as Discord allows. */
    private void awaitReady() {
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (!connected()) {
            if (System.nanoTime() > deadline) {
                close();
                String message = "Discord's gateway did not get ready within " + settings.readyTimeout().toSeconds() + " s"
                        + settings.gatewayUrl().map(url -> " (DISCORD_GATEWAY_URL is " + url + ")").orElse("") + ".";
                throw new UncheckedIOException(message, new IOException(message));
            }
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while connecting to Discord", e);
            }
        }
    }

    private void forgetOldDeliveries() {
        try {
            desk.forgetDeliveriesOlderThan(LEDGER_MEMORY);
        } catch (RuntimeException e) {
            log.atWarn().log("could not purge old deliveries: {}", e.toString());
        }
    }

    /** Every shard is connected (a shard that is reconnecting makes its guilds deaf meanwhile). */
    @Override
    public boolean connected() {
        ShardManager current = shards;
        return current != null && current.getShardsTotal() > 0 && current.getShardCache().size() == current.getShardsTotal()
                && current.getShardCache().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        // Answers in flight still reach Discord before the connection goes.
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ShardManager current = shards;
        if (current != null) {
            List<JDA> running = List.copyOf(current.getShards());
            current.shutdown();
            for (JDA shard : running) {
                awaitShutdown(shard);
            }
        }
        workers.shutdownNow();
        events.shutdownNow();
    }

    private static void awaitShutdown(JDA shard) {
        try {
            if (!shard.awaitShutdown(Duration.ofSeconds(10))) {
                shard.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shard.shutdownNow();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
