package dev.docent.app.cli;

import dev.docent.app.console.AnswerJson;
import dev.docent.app.console.AnswerText;
import dev.docent.core.answer.Answer;
import dev.docent.core.question.Question;
import dev.docent.core.question.QuestionText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docent ask "<question>"}: one answer with its numbered sources, as text or as one JSON object. */
@Command(name = "ask", description = "Answer one question and print its sources.")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    private DocentCommand root;

    @Mixin
    private KnowledgeBaseOptions knowledgeBases;

    @Option(names = "--json", description = "Print one JSON object (answer, citations, escalation, timings) on stdout.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "<question>", description = "The question; '-' reads it from stdin.")
    private List<String> words;

    @Override
    public Integer call() throws IOException {
        String text = words.equals(List.of("-"))
                ? new String(root.console().in().readAllBytes(), StandardCharsets.UTF_8)
                : String.join(" ", words);
        // Checked before Elasticsearch starts: an empty question should fail in milliseconds.
        QuestionText.of(text);
        Question question = Question.fromConsole(text);
        Set<String> scope = knowledgeBases.resolve(root.runtime(), root.settings(), root.config(), root.console());
        Answer answer = root.runtime().docent(scope).answer(question);
        root.console().out().print(json ? AnswerJson.of(answer) + "\n" : AnswerText.of(answer));
        root.console().out().flush();
        return ExitCode.OK;
    }
}
