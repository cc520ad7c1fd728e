package dev.docent.elasticsearch;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.common.logging.LogConfigurator;

/**
 * Sends the node's logs to {@code <data dir>/logs/elasticsearch.log} (rolled at 10 MB) and nowhere
 * else. Never the console: the application's stdout carries JSON, and log4j's default
 * configuration prints errors to stdout. Log4j is configured per JVM, so with several nodes in one
 * JVM (tests) the most recently started node's file receives them all.
 */
final class NodeLogFile {

    /** Held so that its level survives: java.util.logging keeps loggers weakly. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private NodeLogFile() {
    }

    static void configure(Path logsDir) {
        LogConfigurator.configureESLogging();
        ConfigurationBuilder<BuiltConfiguration> config = ConfigurationBuilderFactory.newConfigurationBuilder();
        config.setConfigurationName("docent-embedded-elasticsearch");
        config.setStatusLevel(Level.ERROR);
        config.add(config.newAppender("file", "RollingFile")
                .addAttribute("fileName", logsDir.resolve(NodeLayout.LOG_FILE).toString())
                .addAttribute("filePattern", logsDir.resolve("elasticsearch-%i.log").toString())
                .add(config.newLayout("PatternLayout").addAttribute("pattern", "[%d{ISO8601}][%-5p][%c{1.}] %m%n"))
                .addComponent(config.newComponent("Policies")
                        .addComponent(config.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", "10MB")))
                .addComponent(config.newComponent("DefaultRolloverStrategy").addAttribute("max", 2)));
        // The native libraries (zstd, systemd) ship with the distribution only; the node falls back
        // to Java, so their absence is not worth a stack trace at every start.
        config.add(config.newLogger("org.elasticsearch.nativeaccess.NativeAccess", Level.ERROR));
        config.add(config.newRootLogger(Level.INFO).add(config.newAppenderRef("file")));
        Configurator.reconfigure(config.build());
        // Lucene logs through java.util.logging, whose console handler would print its notices.
        LUCENE.setLevel(java.util.logging.Level.WARNING);
    }
}
