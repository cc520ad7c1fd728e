package dev.docent.app.cli;

import dev.docent.app.config.Durations;
import dev.docent.app.insights.GapReportCsv;
import dev.docent.app.insights.GapReportJson;
import dev.docent.app.insights.GapReportMarkdown;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.insights.GapQuery;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import dev.docent.core.knowledge.KnowledgeBaseName;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code docent gaps}: the docs-gap report, as on the admin page. */
@Command(name = "gaps", description = "The docs-gap report: questions the documentation did not serve (refused, escalated, "
        + "voted not helpful), grouped by meaning, largest groups first. Prints Markdown unless told otherwise.")
final class GapsCommand implements Callable<Integer> {

    @ParentCommand
    private DocentCommand root;

    @Option(names = "--since", paramLabel = "<duration>", defaultValue = "30d", converter = SinceConverter.class,
            description = "How far back: e.g. 7d, 30d, 12h (default: 30d).")
    private Duration since;

    @Option(names = "--kb", paramLabel = "<name>", description = "Only questions that searched this knowledge base.")
    private String knowledgeBase;

    @Option(names = "--tenant", paramLabel = "<id>", description = "Only this Slack workspace or Discord server.")
    private String tenant;

    @Option(names = "--platform", paramLabel = "<name>", description = "Only slack or discord.")
    private String platform;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "One JSON object, every question of every group included.")
        boolean json;

        @Option(names = "--markdown", description = "Markdown (the default).")
        boolean markdown;

        @Option(names = "--csv", description = "CSV, one row per group.")
        boolean csv;
    }

    @Override
    public Integer call() {
        if (knowledgeBase != null) {
            KnowledgeBaseName.require(knowledgeBase);
        }
        ElasticsearchConnection elasticsearch = root.runtime().elasticsearch();
        // A fresh install has no answer log yet: an empty report, not an error.
        DeskIndices.create(elasticsearch);
        Scope scope = new Scope(Period.last(since, Clock.systemUTC()), Optional.ofNullable(tenant), Optional.ofNullable(platform),
                Optional.ofNullable(knowledgeBase));
        GapReport report = new GapQuery(elasticsearch).report(scope);
        String text = format.json ? GapReportJson.of(report).toPrettyString() + "\n"
                : format.csv ? GapReportCsv.of(report) : GapReportMarkdown.of(report);
        root.console().out().print(text);
        root.console().out().flush();
        return ExitCode.OK;
    }

    /** docent.yml's durations: a number and a unit. */
    static final class SinceConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value).filter(d -> !d.isZero() && !d.isNegative())
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a duration such as 7d, 30d or 12h"));
        }
    }
}
