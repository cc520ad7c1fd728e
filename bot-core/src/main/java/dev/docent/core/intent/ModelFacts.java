package dev.docent.core.intent;

import java.util.Map;
import java.util.Optional;

/**
 * What a model file says about its own making: how many rows it learned from, the seed, the
 * epochs early stopping kept, and its figures on the validation and test splits. Nothing here
 * depends on the clock, so the same data gives the same file, byte for byte.
 */
public record ModelFacts(int trainRows, int validationRows, long seed, Map<String, Integer> epochs,
                         Optional<EvaluationFigures> validation, Optional<EvaluationFigures> test) {

    public static ModelFacts none() {
        return new ModelFacts(0, 0, 0, Map.of(), Optional.empty(), Optional.empty());
    }
}
