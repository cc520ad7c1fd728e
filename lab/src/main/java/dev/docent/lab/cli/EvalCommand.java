package dev.docent.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.cli.KnowledgeBaseOptions;
import dev.docent.app.cli.UserFiles;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.Docent;
import dev.docent.core.cache.AnswerCache;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.core.knowledge.MeasurementKnowledgeBases;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.RelevanceModelFile;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.source.UrlTemplate;
import dev.docent.lab.bench.WarmUp;
import dev.docent.lab.evaluation.DevSplit;
import dev.docent.lab.evaluation.DocsQaSet;
import dev.docent.lab.evaluation.HtmlReport;
import dev.docent.lab.evaluation.QaEvaluation;
import dev.docent.lab.evaluation.QaOutcome;
import dev.docent.lab.evaluation.QaQuestion;
import dev.docent.lab.evaluation.QaReport;
import dev.docent.lab.evaluation.QaResult;
import dev.docent.lab.evaluation.QaSets;
import dev.docent.lab.evaluation.ShareInterval;
import dev.docent.lab.evaluation.Typos;
import dev.docent.lab.evaluation.relevance.LabelledQuestion;
import dev.docent.lab.evaluation.relevance.QuestionGroup;
import dev.docent.lab.evaluation.relevance.RelevanceTrainer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent eval}: asks a question set as chat users ask it and prints, for its tune half, its
 * report half and all of it, how many answerable questions got a relevant page cited, how many
 * unanswerable ones were refused, how well the relevant pages were ranked, and latency; then the
 * questions it got wrong. The default set is the bundled sample's golden set; {@code --docsqa}
 * indexes a real product's documentation folder first and asks its users' questions.
 */
@Command(name = "eval", description = {
        "Measure answer quality on a question set, asked as a chat user asks (intents and escalation included).",
        "Default: the bundled sample's golden set. With --docsqa and --corpus: a documentation folder and real",
        "questions about it ({\"id\",\"question\",\"relevant\":[paths]}), indexed first (unchanged pages are skipped).",
        "Figures are printed for the tune half, the report half (see README, \"Answer quality\") and all."})
final class EvalCommand implements Callable<Integer> {

    private static final String DOCS_QA_KNOWLEDGE_BASE = MeasurementKnowledgeBases.EVAL_PREFIX + "docsqa";
    /** The goals the README states: real docs and questions, and the sample. */
    private static final String TRAINING_KNOWLEDGE_BASE_PREFIX = MeasurementKnowledgeBases.EVAL_PREFIX + "train-";
    private static final QuestionGroup DOCS_QA_GOALS = new QuestionGroup("docs QA tune half", 0.80, 0.70);
    private static final QuestionGroup SAMPLE_GOALS = new QuestionGroup("sample tune half", 0.95, 1.0);

    @ParentCommand
    private DocentCommand root;

    @Mixin
    private KnowledgeBaseOptions knowledgeBases;

    @Option(names = "--golden", paramLabel = "<file>",
            description = "A golden set to ask instead of the sample's: {\"id\", \"question\", \"pages\", \"answerable\"} per line.")
    private Path golden;

    @Option(names = "--docsqa", paramLabel = "<questions.jsonl>",
            description = "Real questions about --corpus: {\"id\", \"question\", \"relevant\": [paths under the corpus]} per line.")
    private Path docsQa;

    @Option(names = "--corpus", paramLabel = "<dir>", description = "The documentation folder the --docsqa questions are about.")
    private Path corpus;

    @Option(names = {"--url-template", "--base-url"}, paramLabel = "<url>",
            description = "The corpus pages' published URL, with {path} or {file} (as for 'docent index').")
    private String urlTemplate;

    @Option(names = "--train-relevance", paramLabel = "<model.json>",
            description = "First learn the relevance model (page ranking, answerability, thresholds) from the tune halves "
                    + "of the sample golden set and of --docsqa, write it here, and evaluate with it.")
    private Path trainTo;

    @Option(names = "--train-sets", paramLabel = "<sets.jsonl>",
            description = "With --train-relevance: also learn from the tune halves of more products' real questions, "
                    + "{\"name\", \"questions\", \"corpus\", \"urlTemplate\"} per line (paths relative to the file); "
                    + "each corpus is indexed into its own knowledge base, eval-train-<name>.")
    private Path trainSetsFile;

    @Option(names = "--misspell", description = "Ask each question with one typo, as chat users mistype: in its longest "
            + "plain word of six letters or more, two letters swapped, one left out or one doubled (the same on every run).")
    private boolean misspell;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--after-other-question", description = "Ask each question as the next message of a conversation about "
            + "another question of the set (the one half the set away), as a chat session or a thread moves on to another topic.")
    private boolean afterOtherQuestion;

    @Option(names = "--warm-up", paramLabel = "<answers>", defaultValue = "" + WarmUp.DEFAULT_CALLS,
            description = "Answers to give, in whole passes over the set and uncounted, before latency is measured "
                    + "(default ${DEFAULT-VALUE}: a freshly started Elasticsearch node is still compiling its search code); 0 for none.")
    private int warmUpAnswers;

    @Option(names = "--report", paramLabel = "<dir>", description = "Also write an HTML report with charts to <dir>/index.html.")
    private Path reportDir;

    @Override
    public Integer call() {
        if ((docsQa == null) != (corpus == null)) {
            throw new UserInputException("--docsqa and --corpus go together: the questions and the folder they are about.");
        }
        if (trainSetsFile != null && trainTo == null) {
            throw new UserInputException("--train-sets adds training questions: it goes with --train-relevance.");
        }
        if (warmUpAnswers < 0) {
            throw new UserInputException("--warm-up is a number of answers, 0 or more: " + warmUpAnswers);
        }
        List<DocsQaSet> trainingSets = trainSetsFile == null ? List.of() : DocsQaSet.readAll(trainSetsFile);
        DocentRuntime runtime = root.runtime();
        List<QaQuestion> questions;
        Set<String> scope;
        if (docsQa != null) {
            // A question set that cannot be read fails before the minutes of indexing, not after.
            List<QaQuestion> asked = UserFiles.reading(docsQa, () -> QaSets.read(docsQa));
            String knowledgeBase = knowledgeBases.names().isEmpty() ? DOCS_QA_KNOWLEDGE_BASE
                    : KnowledgeBaseName.require(knowledgeBases.names().getFirst());
            scope = Set.of(indexCorpus(runtime, knowledgeBase, corpus, Optional.ofNullable(urlTemplate)));
            questions = QaSets.resolvedAgainst(asked, corpus);
            warnOfMissingPages(questions);
        } else {
            questions = golden == null ? QaSets.sample() : UserFiles.reading(golden, () -> QaSets.read(golden));
            scope = knowledgeBases.resolve(runtime, root.settings(), root.config(), root.console());
        }
        if (misspell) {
            questions = questions.stream().map(q -> new QaQuestion(q.id(), Typos.oneIn(q.question(), q.id()), q.relevant())).toList();
        }
        Map<QaQuestion, DevSplit> splits = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);

        RelevanceModel model = trainTo == null ? runtime.relevance() : train(runtime, questions, splits, scope, trainingSets);
        Docent docent = trainTo == null ? runtime.uncachedDocent(scope) : runtime.uncachedDocent(scope, model);
        QaEvaluation evaluation = new QaEvaluation(docent::answer, warmUpAnswers);
        List<QaResult> results = (afterOtherQuestion ? evaluation.afterOtherQuestions() : evaluation).run(questions, splits);
        Map<String, QaReport> reports = new LinkedHashMap<>();
        for (DevSplit split : DevSplit.values()) {
            reports.put(split.name().toLowerCase(java.util.Locale.ROOT),
                    QaReport.of(split.name(), results.stream().filter(r -> r.split() == split).toList()));
        }
        reports.put("all", QaReport.of("ALL", results));
        Optional<Double> cacheHitRate = docsQa == null ? cacheHitRateOfRepeatedPass(runtime, scope, questions) : Optional.empty();

        String generator = runtime.answerModel().map(m -> "model " + m).orElse("extractive answers");
        String setName = docsQa != null ? docsQa.toString() : golden == null ? "bundled sample" : golden.getFileName().toString();
        Optional<Path> html = Optional.ofNullable(reportDir).map(dir -> HtmlReport.write(dir, reports.get("all"),
                "Docent evaluation: " + setName, generator));
        PrintStream out = root.console().out();
        if (json) {
            out.println(json(reports, results, model, cacheHitRate, warmUpAnswers, afterOtherQuestion, misspell));
        } else {
            printTable(out, reports, setName + (afterOtherQuestion ? ", each after another question" : "")
                            + (misspell ? ", each with one typo" : ""), generator, model,
                    warmUpAnswers);
            cacheHitRate.ifPresent(rate -> out.printf("answer cache          %.1f%% hits when the set is asked again%n", 100 * rate));
            html.ifPresent(file -> out.println("report                " + file));
            printMisses(out, results);
        }
        return ExitCode.OK;
    }

    /**
     * A relevant page that is not in the folder (a typo, a page renamed since the label) can only
     * make its question a miss: the figures would be wrong without saying why.
     */
    private void warnOfMissingPages(List<QaQuestion> questions) {
        List<String> missing = questions.stream()
                .flatMap(q -> q.relevant().stream().filter(page -> !Files.isRegularFile(corpus.resolve(page))).map(page -> q.id() + ": " + page))
                .toList();
        if (!missing.isEmpty()) {
            root.console().err().printf("warning: %d relevant page(s) the questions name are not in %s, so their questions can only"
                    + " count as misses: %s%n", missing.size(), corpus, String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? ", ..." : ""));
        }
    }

    /** Indexes a corpus incrementally into its own knowledge base: a rerun only reads the folder. */
    private String indexCorpus(DocentRuntime runtime, String knowledgeBase, Path folder, Optional<String> urls) {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("--corpus " + folder + " is not a directory.");
        }
        UrlTemplate template = urls.filter(u -> !u.isBlank()).map(UrlTemplate::new).orElse(null);
        runtime.indexer().index(knowledgeBase, new DirectorySource(folder, template, folder.toString()),
                new ConsoleProgress(root.console().err()));
        return knowledgeBase;
    }

    private RelevanceModel train(DocentRuntime runtime, List<QaQuestion> questions, Map<QaQuestion, DevSplit> splits,
                                 Set<String> scope, List<DocsQaSet> trainingSets) {
        PrintStream err = root.console().err();
        List<LabelledQuestion> training = new ArrayList<>();
        List<String> trainedOn = new ArrayList<>();
        if (docsQa != null) {
            questions.stream().filter(q -> splits.get(q) == DevSplit.TUNE)
                    .forEach(q -> training.add(new LabelledQuestion(q.id(), DOCS_QA_GOALS, q.question(), scope, q.relevant())));
            trainedOn.add(docsQa.getFileName() + " (" + training.size() + " questions)");
        }
        for (DocsQaSet set : trainingSets) {
            // Read before the minutes of indexing, so that a bad file fails first.
            List<QaQuestion> asked = UserFiles.reading(set.questions(), () -> QaSets.read(set.questions()));
            Set<String> knowledgeBase = Set.of(indexCorpus(runtime, TRAINING_KNOWLEDGE_BASE_PREFIX + set.name(), set.corpus(),
                    set.urlTemplate()));
            List<QaQuestion> setQuestions = QaSets.resolvedAgainst(asked, set.corpus());
            Map<QaQuestion, DevSplit> setSplits = DevSplit.of(setQuestions, QaQuestion::id, QaQuestion::answerable);
            QuestionGroup group = new QuestionGroup(set.name() + " tune half", DOCS_QA_GOALS.citeGoal(), DOCS_QA_GOALS.refuseGoal());
            List<QaQuestion> tune = setQuestions.stream().filter(q -> setSplits.get(q) == DevSplit.TUNE).toList();
            tune.forEach(q -> training.add(new LabelledQuestion(q.id(), group, q.question(), knowledgeBase, q.relevant())));
            trainedOn.add(set.name() + " (" + tune.size() + " questions)");
        }
        trainedOn.add("the sample golden set");
        Set<String> sample = Set.of(ensureSample(runtime));
        List<QaQuestion> sampleQuestions = QaSets.sample();
        Map<QaQuestion, DevSplit> sampleSplits = DevSplit.of(sampleQuestions, QaQuestion::id, QaQuestion::answerable);
        sampleQuestions.stream().filter(q -> sampleSplits.get(q) == DevSplit.TUNE)
                .forEach(q -> training.add(new LabelledQuestion(q.id(), SAMPLE_GOALS, q.question(), sample, q.relevant())));
        PassageSearch search = new PassageSearch(runtime.elasticsearch());
        QueryEmbedder embedder = QueryEmbedder.forBge(runtime.queryEmbeddingModel());
        RelevanceModel model = new RelevanceTrainer(
                scorer -> new HybridRetriever(search, embedder, HybridRetriever.Settings.defaults(), scorer),
                runtime.intents().classifier(), runtime.intents().policy(),
                line -> err.println("training: " + line))
                .train(training, "tune halves of " + String.join(", ", trainedOn) + ", " + training.size() + " questions in all, "
                        + LocalDate.now());
        UserFiles.writing(trainTo, () -> {
            RelevanceModelFile.write(model, trainTo);
            return trainTo;
        });
        err.println("training: wrote " + trainTo);
        return model;
    }

    private static String ensureSample(DocentRuntime runtime) {
        if (!runtime.catalog().names().contains(SampleKnowledgeBase.NAME)) {
            runtime.indexer().index(SampleKnowledgeBase.NAME, SampleKnowledgeBase.source(), ReindexListener.NONE);
        }
        return SampleKnowledgeBase.NAME;
    }

    /** Asks the set twice through the answer cache; the second pass shows what the cache serves. */
    private static Optional<Double> cacheHitRateOfRepeatedPass(DocentRuntime runtime, Set<String> scope,
                                                               List<QaQuestion> questions) {
        Optional<AnswerCache> cache = runtime.answerCache();
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        questions.forEach(q -> runtime.grounding().answer(q.question(), scope));
        long hits = cache.get().hits();
        long lookups = cache.get().lookups();
        questions.forEach(q -> runtime.grounding().answer(q.question(), scope));
        return Optional.of((double) (cache.get().hits() - hits) / (cache.get().lookups() - lookups));
    }

    private static void printTable(PrintStream out, Map<String, QaReport> reports, String setName, String generator,
                                   RelevanceModel model, int warmUpAnswers) {
        out.printf("%s, asked as chat users ask (%s)%n", setName, generator);
        out.printf("relevance model: %s%n%n", model.trainedOn());
        out.printf("%-34s %10s %10s %10s%n", "", "tune", "report", "all");
        row(out, "answerable questions", reports, r -> String.valueOf(r.answerable()));
        row(out, "  cite a relevant page", reports, r -> percent(r.citesRelevant()));
        row(out, "    95% interval", reports, r -> range(r.citesRelevantInterval()));
        row(out, "  first citation relevant", reports, r -> percent(r.firstCitationRelevant()));
        row(out, "  wrongly refused", reports, r -> String.valueOf(r.wronglyRefused()));
        row(out, "  relevant page cited or listed", reports, r -> percent(r.showsRelevant()));
        row(out, "unanswerable questions", reports, r -> String.valueOf(r.unanswerable()));
        row(out, "  correctly refused", reports, r -> r.unanswerable() == 0 ? "-" : percent(r.refusedRate()));
        row(out, "    95% interval", reports, r -> r.unanswerable() == 0 ? "-" : range(r.refusedInterval()));
        row(out, "recall@5 (pages)", reports, r -> decimal(r.recallAt5()));
        row(out, "MRR", reports, r -> decimal(r.mrr()));
        row(out, "nDCG@10", reports, r -> decimal(r.ndcgAt10()));
        row(out, "citation precision", reports, r -> decimal(r.citationPrecision()));
        row(out, "latency p50 / p95 ms" + (warmUpAnswers > 0 ? " (warm)" : " (cold)"), reports,
                r -> String.format(java.util.Locale.ROOT, "%.0f/%.0f", r.p50Ms(), r.p95Ms()));
        out.printf("  p50 by stage, ms (all)          %s%n", reports.get("all").stageP50Ms().entrySet().stream()
                .map(stage -> String.format(java.util.Locale.ROOT, "%s %.1f", stage.getKey().replace("Ms", ""), stage.getValue()))
                .collect(java.util.stream.Collectors.joining(", ")));
        out.printf("  measured after %d warm-up answers%n", warmUpAnswers);
    }

    private static void row(PrintStream out, String name, Map<String, QaReport> reports,
                            java.util.function.Function<QaReport, String> value) {
        out.printf("%-34s %10s %10s %10s%n", name, value.apply(reports.get("tune")), value.apply(reports.get("report")),
                value.apply(reports.get("all")));
    }

    private static void printMisses(PrintStream out, List<QaResult> results) {
        List<QaResult> misses = results.stream().filter(r -> !r.right()).toList();
        if (misses.isEmpty()) {
            return;
        }
        out.printf("%nQuestions it got wrong (%d):%n", misses.size());
        for (QaResult miss : misses) {
            List<String> pages = miss.answered() ? miss.citedPages() : miss.rankedPages().stream().limit(2).toList();
            out.printf("  %-7s %-14s %s%n          %s; %s: %s%n", miss.split().name().toLowerCase(java.util.Locale.ROOT),
                    miss.question().id(), oneLine(miss.question().question()), QaOutcome.of(miss),
                    miss.answered() ? "cited" : "closest", String.join(", ", pages));
        }
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String range(ShareInterval interval) {
        return String.format(java.util.Locale.ROOT, "%.0f-%.0f%%", 100 * interval.low(), 100 * interval.high());
    }

    private static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private static String json(Map<String, QaReport> reports, List<QaResult> results, RelevanceModel model,
                               Optional<Double> cacheHitRate, int warmUpAnswers, boolean afterOtherQuestion,
                               boolean misspelt) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = mapper.createObjectNode();
        node.put("relevanceModel", model.trainedOn());
        node.put("warmUpAnswers", warmUpAnswers);
        node.put("afterOtherQuestion", afterOtherQuestion);
        node.put("misspelt", misspelt);
        reports.forEach((part, report) -> node.set(part, mapper.valueToTree(report)));
        cacheHitRate.ifPresent(rate -> node.put("cacheHitRateOnRepeat", rate));
        ArrayNode questions = node.putArray("questions");
        for (QaResult r : results) {
            ObjectNode q = questions.addObject();
            q.put("id", r.question().id());
            q.put("split", r.split().name().toLowerCase(java.util.Locale.ROOT));
            q.put("answerable", r.answerable());
            q.put("right", r.right());
            q.put("outcome", QaOutcome.of(r));
            q.put("reply", r.reply());
            q.put("action", r.action());
            q.put("intent", r.intent());
            q.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
            q.set("relevant", mapper.valueToTree(r.question().relevant()));
            q.set("cited", mapper.valueToTree(r.citedPages()));
            q.set("ranked", mapper.valueToTree(r.rankedPages().stream().limit(5).toList()));
            q.put("latencyMs", Math.round(r.latencyMs() * 10) / 10.0);
        }
        return node.toString();
    }
}
