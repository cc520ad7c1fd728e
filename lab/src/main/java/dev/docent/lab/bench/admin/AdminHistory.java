package dev.docent.lab.bench.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

/**
 * A month of answered questions for the admin page to read, written through the real answer log,
 * feedback store and escalation cases: the sample's golden questions in several wordings, really
 * embedded, with outcomes, latencies, votes and cases drawn at rates a support desk might see.
 */
final class AdminHistory {

    private static final String GOLDEN = "/sample-kb/golden.jsonl";
    private static final List<String> OPENINGS = List.of("", "hi, ", "quick question: ", "hey - ");
    private static final List<String> CLOSINGS = List.of("", " thanks", " please", "?");
    private static final Duration MONTH = Duration.ofDays(30);

    private record Asked(String text, float[] embedding, List<String> pages) {
    }

    private AdminHistory() {
    }

    /** Writes {@code questions} answered questions to {@code tenant}, over the 30 days before {@code end}. */
    static void write(ElasticsearchConnection elasticsearch, QueryEmbedder embedder, String tenant, int questions, Instant end) {
        Random random = new Random(17);
        List<Asked> pool = pool(embedder);
        for (int i = 0; i < questions; i++) {
            Asked asked = pool.get(random.nextInt(pool.size()));
            Instant at = end.minus(MONTH).plus(MONTH.multipliedBy(i + 1).dividedBy(questions + 1));
            Clock clock = Clock.fixed(at, ZoneOffset.UTC);
            double roll = random.nextDouble();
            boolean grounded = !asked.pages().isEmpty() && roll < 0.7;
            Decision decision = roll < 0.6 ? Decision.answer() : roll < 0.85
                    ? Decision.offerHuman("The documentation may not answer this.").withReply(grounded ? Reply.ANSWER : Reply.NOT_IN_DOCS)
                    : Decision.escalate("The question reads as a request for a person.");
            List<Citation> citations = grounded ? asked.pages().stream().limit(2)
                    .map(p -> new Citation(1, p, "", "https://docs.formwell.example/" + p, "sample", p, "...")).toList() : List.of();
            Answer answer = new Answer(grounded ? "An answer. [1]" : "Not in the docs.", citations, List.of(),
                    new Retrieved(asked.pages().stream().map(p -> new PageReference("sample", p, p, null)).toList(), roll),
                    grounded, java.util.Optional.empty(), decision, List.of(), Map.of("totalMs", 40 + 400 * random.nextDouble() * random.nextDouble()),
                    new AnswerTrace(Set.of("sample"), random.nextDouble() < 0.1,
                            new TokenSpend(900 + random.nextInt(600), 80 + random.nextInt(120), OptionalDouble.of(0.0002)), asked.embedding()));
            AnsweredQuestion answered = new ElasticsearchAnswerLog(elasticsearch, clock).record(i % 3 == 0 ? "discord" : "slack",
                    new Question(asked.text(), "U" + random.nextInt(500), new Place(tenant, "C" + random.nextInt(8), Visibility.PUBLIC),
                            List.of()), answer);
            double vote = random.nextDouble();
            if (vote < 0.18) {
                new ElasticsearchFeedbackStore(elasticsearch, clock).record(answered, "U_READER", vote < 0.1 ? Vote.HELPFUL : Vote.NOT_HELPFUL);
            }
            if (decision.escalates()) {
                new ElasticsearchEscalationCases(elasticsearch, clock).open(answered, "policy", decision.reason().orElseThrow());
            }
        }
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(ElasticsearchAnswerLog.INDEX, ElasticsearchFeedbackStore.INDEX,
                ElasticsearchEscalationCases.INDEX)));
    }

    /** Each golden question in four wordings, embedded once. */
    private static List<Asked> pool(QueryEmbedder embedder) {
        List<Asked> pool = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = AdminHistory.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new IllegalStateException("The sample's golden questions are missing (" + GOLDEN + ")");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (String line : lines) {
                JsonNode golden = json.readTree(line);
                List<String> pages = new ArrayList<>();
                golden.path("pages").forEach(p -> pages.add(p.asText()));
                for (int w = 0; w < OPENINGS.size(); w++) {
                    String text = OPENINGS.get(w) + golden.get("question").asText() + CLOSINGS.get(w);
                    pool.add(new Asked(text, embedder.embed(text), pages));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pool;
    }
}
