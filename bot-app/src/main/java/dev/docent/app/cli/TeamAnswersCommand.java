package dev.docent.app.cli;

import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswers;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent team-answers}: review the answers the team saved from escalation cases - list them,
 * correct one, publish one to public places (or take it back), retire one.
 */
@Command(name = "team-answers", description = "Review the answers the team saved from escalation cases.")
final class TeamAnswersCommand {

    private static final int QUESTION_CHARS = 60;

    @ParentCommand
    DocentCommand root;

    @Command(name = "list", description = "List team answers, newest first.")
    int list(@Option(names = "--tenant", description = "Only this workspace or server (its id).") Optional<String> tenant) {
        List<TeamAnswer> answers = teamAnswers().list(tenant);
        PrintStream out = root.console().out();
        if (answers.isEmpty()) {
            out.println("No team answers yet: use \"Save as answer\" on a reply in an escalation case's thread.");
            return ExitCode.OK;
        }
        out.printf("%-36s %-20s %-10s %-10s %s%n", "ID", "TENANT", "SAVED", "STATE", "QUESTION");
        for (TeamAnswer answer : answers) {
            out.printf("%-36s %-20s %-10s %-10s %s%n", answer.id(), answer.tenant(), answer.time().toString().substring(0, 10),
                    answer.retired() ? "retired" : answer.published() ? "public" : "internal", shorten(answer.question()));
        }
        return ExitCode.OK;
    }

    @Command(name = "show", description = "Show one team answer in full.")
    int show(@Parameters(paramLabel = "ID") String id) {
        return change(id, UnaryOperator.identity(), false);
    }

    @Command(name = "edit", description = "Replace a team answer's text.")
    int edit(@Parameters(paramLabel = "ID") String id,
             @Option(names = "--text", required = true, description = "The corrected answer.") String text) {
        if (text.isBlank()) {
            root.console().err().println("The answer cannot be empty; to stop giving it, use 'docent team-answers retire " + id + "'.");
            return ExitCode.BAD_INPUT;
        }
        return change(id, answer -> answer.withAnswer(text.strip()), true);
    }

    @Command(name = "publish", description = "Let public places (community channels) get this answer too.")
    int publish(@Parameters(paramLabel = "ID") String id) {
        return change(id, answer -> answer.withPublished(true), true);
    }

    @Command(name = "unpublish", description = "Give this answer in the team's private places only.")
    int unpublish(@Parameters(paramLabel = "ID") String id) {
        return change(id, answer -> answer.withPublished(false), true);
    }

    @Command(name = "retire", description = "Stop giving this answer to anyone.")
    int retire(@Parameters(paramLabel = "ID") String id) {
        return change(id, TeamAnswer::retire, true);
    }

    private int change(String id, UnaryOperator<TeamAnswer> change, boolean save) {
        TeamAnswers answers = teamAnswers();
        Optional<TeamAnswer> found = answers.find(id);
        if (found.isEmpty()) {
            root.console().err().println("No team answer has the id '" + id + "': 'docent team-answers list' shows them.");
            return ExitCode.BAD_INPUT;
        }
        TeamAnswer changed = change.apply(found.get());
        if (save) {
            answers.save(changed);
        }
        PrintStream out = root.console().out();
        out.println("Question: " + changed.question());
        out.println("Answer:   " + changed.answer());
        out.println("State:    " + (changed.retired() ? "retired" : changed.published() ? "public" : "internal")
                + ", saved " + changed.time() + " by " + changed.author()
                + changed.threadLink().map(link -> ", from " + link).orElse(""));
        return ExitCode.OK;
    }

    private TeamAnswers teamAnswers() {
        return root.runtime().teamAnswers();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= QUESTION_CHARS ? line : line.substring(0, QUESTION_CHARS - 1) + "…";
    }
}
