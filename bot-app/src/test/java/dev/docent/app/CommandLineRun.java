package dev.docent.app;

import dev.docent.app.cli.Console;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the real {@code docent} command line in-process and keeps what it printed. */
public record CommandLineRun(int exitCode, String out, String err, int elasticsearchStarts) {

    public static CommandLineRun against(URI elasticsearch, String stdin, String... args) {
        return run(Map.of(), starterFor(elasticsearch), stdin, args);
    }

    public static CommandLineRun run(Map<String, String> env, ElasticsearchStarter starter, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger starts = new AtomicInteger();
        ElasticsearchStarter counting = settings -> {
            starts.incrementAndGet();
            return starter.start(settings);
        };
        Map<String, String> properties = new HashMap<>();
        properties.put("user.home", System.getProperty("java.io.tmpdir"));
        int code = Main.run(args, env, properties,
                new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                counting);
        return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), starts.get());
    }

    public static ElasticsearchStarter starterFor(URI elasticsearch) {
        return settings -> RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch, Optional.empty()));
    }
}
