package dev.docent.core.relevance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.docent.core.retrieval.PageFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The relevance model on disk: JSON that names its features, so that a file written for other
 * features is refused instead of silently misread.
 */
public final class RelevanceModelFile {

    public static final String FORMAT = "docent-relevance-model";
    public static final int VERSION = 1;
    /** Where the shipped model lives on the classpath. */
    public static final String BUNDLED = "/dev/docent/core/relevance/relevance-model.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Ranker(List<String> features, double[] weights) {
    }

    record AnswerabilityJson(List<String> features, double[] means, double[] scales, double[] weights, double bias,
                             Thresholds shortQuestions, Thresholds issueShaped) {
    }

    record Json(String format, int version, String trainedOn, Ranker pageRanker, AnswerabilityJson answerability,
                double secondPageWithin) {
    }

    private RelevanceModelFile() {
    }

    static RelevanceModel bundled() {
        try (InputStream in = RelevanceModelFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The relevance model is missing from the application (" + BUNDLED + ")");
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled relevance model", e);
        }
    }

    public static RelevanceModel read(InputStream in, String name) throws IOException {
        Json json = JSON.readValue(in, Json.class);
        if (!FORMAT.equals(json.format()) || json.version() != VERSION) {
            throw new IOException(name + " is not a " + FORMAT + " version " + VERSION + " file");
        }
        if (!PageFeatures.NAMES.equals(json.pageRanker().features())) {
            throw new IOException(name + " ranks pages by " + json.pageRanker().features() + ", this Docent measures "
                    + PageFeatures.NAMES + ": retrain it (README, \"Answer quality\")");
        }
        if (!AnswerEvidence.NAMES.equals(json.answerability().features())) {
            throw new IOException(name + " judges answers by " + json.answerability().features() + ", this Docent measures "
                    + AnswerEvidence.NAMES + ": retrain it (README, \"Answer quality\")");
        }
        AnswerabilityJson a = json.answerability();
        return new RelevanceModel(new PageRanker(json.pageRanker().weights()),
                new AnswerabilityModel(a.means(), a.scales(), a.weights(), a.bias(), a.shortQuestions(), a.issueShaped()),
                json.secondPageWithin(), json.trainedOn());
    }

    public static void write(RelevanceModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(model) + "\n");
    }

    public static String toJson(RelevanceModel model) {
        AnswerabilityModel a = model.answerability();
        Json json = new Json(FORMAT, VERSION, model.trainedOn(),
                new Ranker(PageFeatures.NAMES, model.ranker().weights()),
                new AnswerabilityJson(AnswerEvidence.NAMES, a.means(), a.scales(), a.weights(), a.bias(), a.shortQuestions(),
                        a.issueShaped()),
                model.secondPageWithin());
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A relevance model always serialises", e);
        }
    }
}
