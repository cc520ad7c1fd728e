package dev.docent.lab.intents.training;

import java.util.Objects;

/** One training or evaluation row: a message and the intent it should be routed on. */
public record LabelledText(String text, String label) {

    /** Rows with this label are out of scope: no intent of the model fits them. */
    public static final String OUT_OF_SCOPE = "oos";

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }

    public boolean outOfScope() {
        return label.equals(OUT_OF_SCOPE);
    }
}
