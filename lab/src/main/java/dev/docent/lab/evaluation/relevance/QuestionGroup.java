package dev.docent.lab.evaluation.relevance;

/**
 * A group of training questions with the goals it is held to: the share of its answerable questions
 * that should cite a right page, and of its unanswerable ones that should be refused. Thresholds
 * are chosen to come as close as possible to every group's goals at once.
 */
public record QuestionGroup(String name, double citeGoal, double refuseGoal) {

    public QuestionGroup {
        if (!(citeGoal > 0 && citeGoal <= 1 && refuseGoal > 0 && refuseGoal <= 1)) {
            throw new IllegalArgumentException("Goals are shares between 0 and 1");
        }
    }
}
