package dev.docent.core.intent;

/** Precision, recall and F1 of one label on an evaluation split, and how many rows carry it. */
public record ClassFigures(double precision, double recall, double f1, int support) {
}
