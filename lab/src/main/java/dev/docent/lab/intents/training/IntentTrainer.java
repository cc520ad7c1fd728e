package dev.docent.lab.intents.training;

import dev.docent.core.error.UserInputException;
import dev.docent.core.intent.Encoder;
import dev.docent.core.intent.EvaluationFigures;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.LexicalFeatures;
import dev.docent.core.intent.LinearLayer;
import dev.docent.core.intent.ModelFacts;
import dev.docent.core.intent.OutOfScopeDetector;
import dev.docent.core.intent.SparseVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains an {@link IntentModel} from embedded, labelled rows: the semantic expert on the
 * embeddings, the lexical expert on TF-IDF n-grams, both with balanced class weights and early
 * stopping on the validation split; then the mixing weight and the temperature on validation, the
 * out-of-scope detector when validation has {@code oos} rows, and the figures on every split given.
 * Without a validation split, a stratified tenth of the training rows is held out for it.
 */
public final class IntentTrainer {

    /**
     * @param seed                the one source of randomness (shuffles, held-out rows, k-means starts)
     * @param lexical             whether to train the lexical expert at all
     * @param semanticC           inverse L2 strength of the semantic expert (as scikit-learn's C)
     * @param lexicalC            the same for the lexical expert
     * @param prototypesPerIntent k-means centres per intent for the out-of-scope detector
     * @param validationShare     the share of training rows held out when no validation split is given
     */
    public record Settings(long seed, boolean lexical, double semanticC, double lexicalC, int prototypesPerIntent,
                           double validationShare) {

        public static Settings defaults() {
            return new Settings(42, true, 10, 30, 8, 0.1);
        }
    }

    /** The model and the validation rows it was tuned on (given, or held out of the training rows). */
    public record Trained(IntentModel model, EmbeddedSplit validation) {
    }

    private static final int BATCH = 32;
    private static final int MAX_EPOCHS = 60;
    private static final int PATIENCE = 6;
    private static final double SEMANTIC_LEARNING_RATE = 0.01;
    private static final double LEXICAL_LEARNING_RATE = 0.02;

    private final Settings settings;

    public IntentTrainer(Settings settings) {
        this.settings = settings;
    }

    public Trained train(Encoder encoder, EmbeddedSplit train, Optional<EmbeddedSplit> validation,
                             Optional<EmbeddedSplit> test) {
        List<String> labels = List.copyOf(new TreeSet<>(train.labels()));
        if (labels.stream().filter(l -> !l.equals(IntentModel.OUT_OF_SCOPE)).count() < 2) {
            throw new UserInputException("The training rows need at least two intents, found " + labels);
        }
        validation.ifPresent(v -> requireKnownLabels("validation", v, labels));
        test.ifPresent(t -> requireKnownLabels("test", t, labels));
        for (int i = 0; i < train.size(); i++) {
            if (train.embeddings()[i].length != encoder.dimensions()) {
                throw new IllegalArgumentException("Embeddings must have " + encoder.dimensions() + " dimensions");
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        EmbeddedSplit fit = train;
        EmbeddedSplit held;
        if (validation.isPresent()) {
            held = validation.get();
        } else {
            List<List<Integer>> parts = stratifiedHoldOut(train, random.split());
            fit = train.select(parts.get(0));
            held = train.select(parts.get(1));
        }

        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        int[] y = fit.labels().stream().mapToInt(index::get).toArray();
        float[] weights = balancedWeights(y, labels.size());
        List<Integer> learnable = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            if (index.containsKey(held.rows().get(i).label())) {
                learnable.add(i);
            }
        }
        if (learnable.isEmpty()) {
            throw new UserInputException("The validation split has no rows of the training intents");
        }
        EmbeddedSplit stopping = held.select(learnable);
        int[] stoppingY = stopping.labels().stream().mapToInt(index::get).toArray();

        Map<String, Integer> epochs = new LinkedHashMap<>();
        SoftmaxTrainer.Result semantic = SoftmaxTrainer.train(dense(fit.embeddings()), y, weights, encoder.dimensions(),
                labels.size(), dense(stopping.embeddings()), stoppingY,
                new SoftmaxTrainer.Settings(SEMANTIC_LEARNING_RATE, 1 / (settings.semanticC() * fit.size()), BATCH,
                        MAX_EPOCHS, PATIENCE, random.nextLong()));
        epochs.put("semantic", semantic.epochs());
        Optional<IntentModel.LexicalExpert> lexical = Optional.empty();
        if (settings.lexical()) {
            LexicalFeatures features = LexicalVocabulary.build(fit.texts());
            SoftmaxTrainer.Result words = SoftmaxTrainer.train(fit.texts().stream().map(features::vector).toList(), y,
                    weights, features.size(), labels.size(), stopping.texts().stream().map(features::vector).toList(),
                    stoppingY, new SoftmaxTrainer.Settings(LEXICAL_LEARNING_RATE, 1 / (settings.lexicalC() * fit.size()),
                            BATCH, MAX_EPOCHS, PATIENCE, random.nextLong()));
            epochs.put("lexical", words.epochs());
            lexical = Optional.of(new IntentModel.LexicalExpert(features, words.layer().roundedToHalf()));
        }

        IntentModel model = new IntentModel(encoder, labels, semantic.layer().roundedToHalf(), lexical, 0, 1,
                Optional.empty(), ModelFacts.none());
        List<float[]> semanticLog = new ArrayList<>();
        List<Optional<float[]>> lexicalLog = new ArrayList<>();
        for (int i = 0; i < stopping.size(); i++) {
            semanticLog.add(model.semanticLogProbabilities(stopping.embeddings()[i]));
            lexicalLog.add(model.lexicalLogProbabilities(stopping.rows().get(i).text()));
        }
        Calibration.Choice choice = Calibration.choose(semanticLog, lexicalLog, stoppingY);
        model = model.withMixing(round(choice.lexicalWeight()), round(choice.temperature()));

        if (held.rows().stream().anyMatch(LabelledText::outOfScope)) {
            float[] prototypes = prototypes(fit, labels, random.split());
            OutOfScopeDetector detector = OutOfScopeCalibration.calibrate(model, prototypes, held);
            model = model.withOutOfScope(Optional.of(detector));
        }

        IntentModel finished = model;
        return new Trained(model.withFacts(new ModelFacts(fit.size(), held.size(), settings.seed(), epochs,
                Optional.of(evaluate(finished, held)), test.map(t -> evaluate(finished, t)))), held);
    }

    /** The model's figures on a labelled split. */
    public static EvaluationFigures evaluate(IntentModel model, EmbeddedSplit split) {
        List<String> predicted = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            predicted.add(model.score(split.rows().get(i).text(), split.embeddings()[i]).label());
        }
        return EvaluationFigures.of(model.labels(), split.labels(), predicted);
    }

    private float[] prototypes(EmbeddedSplit fit, List<String> labels, SplittableRandom random) {
        Map<String, List<float[]>> byLabel = new TreeMap<>();
        for (int i = 0; i < fit.size(); i++) {
            byLabel.computeIfAbsent(fit.rows().get(i).label(), l -> new ArrayList<>()).add(fit.embeddings()[i]);
        }
        List<float[]> all = new ArrayList<>();
        for (String label : labels) {
            if (!label.equals(IntentModel.OUT_OF_SCOPE)) {
                all.addAll(Prototypes.of(byLabel.get(label), settings.prototypesPerIntent(), random));
            }
        }
        int dims = all.getFirst().length;
        float[] flat = new float[all.size() * dims];
        for (int p = 0; p < all.size(); p++) {
            System.arraycopy(all.get(p), 0, flat, p * dims, dims);
        }
        return dev.docent.core.intent.HalfFloats.round(flat);
    }

    private List<List<Integer>> stratifiedHoldOut(EmbeddedSplit train, SplittableRandom random) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < train.size(); i++) {
            byLabel.computeIfAbsent(train.rows().get(i).label(), l -> new ArrayList<>()).add(i);
        }
        List<Integer> fit = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (List<Integer> rows : byLabel.values()) {
            List<Integer> shuffled = new ArrayList<>(rows);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            int hold = rows.size() < 2 ? 0 : Math.max(1, (int) Math.round(rows.size() * settings.validationShare()));
            held.addAll(shuffled.subList(0, hold));
            fit.addAll(shuffled.subList(hold, shuffled.size()));
        }
        fit.sort(null);
        held.sort(null);
        return List.of(fit, held);
    }

    private static float[] balancedWeights(int[] y, int classes) {
        int[] counts = new int[classes];
        for (int label : y) {
            counts[label]++;
        }
        float[] weights = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            weights[i] = (float) y.length / (classes * counts[y[i]]);
        }
        return weights;
    }

    private static void requireKnownLabels(String split, EmbeddedSplit rows, List<String> labels) {
        for (String label : new TreeSet<>(rows.labels())) {
            if (!label.equals(IntentModel.OUT_OF_SCOPE) && !labels.contains(label)) {
                throw new UserInputException("The " + split + " split has the label '" + label
                        + "', which no training row has");
            }
        }
    }

    private static List<SparseVector> dense(float[][] vectors) {
        List<SparseVector> rows = new ArrayList<>(vectors.length);
        for (float[] v : vectors) {
            rows.add(SparseVector.dense(v));
        }
        return rows;
    }

    /** Six significant digits: what the model file stores, so the file and this model agree exactly. */
    private static double round(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", value));
    }
}
