package dev.docent.app.cli;

import dev.docent.app.console.AnswerText;
import dev.docent.core.Docent;
import dev.docent.core.answer.Answer;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.ThreadMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent chat}: a conversation in the terminal, one question per line, until "exit" or end
 * of input. Earlier questions and answers are the conversation's thread, so that a follow-up ("and
 * on the Team plan?") is understood.
 */
@Command(name = "chat", description = "Ask questions interactively (type 'exit' or press Ctrl-D to leave).")
final class ChatCommand implements Callable<Integer> {

    /** Six questions and their answers: a follow-up is about the recent past. */
    private static final int THREAD_MESSAGES = 12;

    @ParentCommand
    private DocentCommand root;

    @Mixin
    private KnowledgeBaseOptions knowledgeBases;

    @Override
    public Integer call() throws IOException {
        PrintStream out = root.console().out();
        PrintStream err = root.console().err();
        err.println("Starting Docent...");
        Set<String> scope = knowledgeBases.resolve(root.runtime(), root.settings(), root.config(), root.console());
        Docent docent = root.runtime().docent(scope);
        out.println("Docent is ready. Ask about: " + String.join(", ", scope) + ". Type 'exit' to leave.");

        BufferedReader in = new BufferedReader(new InputStreamReader(root.console().in(), StandardCharsets.UTF_8));
        List<ThreadMessage> thread = new ArrayList<>();
        while (true) {
            out.print("\nyou> ");
            out.flush();
            String line = in.readLine();
            if (line == null || isExit(line)) {
                out.println();
                return ExitCode.OK;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println();
                Answer answer = docent.answer(new Question(line, "console", Place.console(), thread));
                out.print(AnswerText.of(answer));
                thread.add(ThreadMessage.byPerson(line.strip()));
                thread.add(ThreadMessage.byDocent(answer.text()));
                while (thread.size() > THREAD_MESSAGES) {
                    thread.removeFirst();
                }
            } catch (InvalidQuestionException e) {
                out.println(e.getMessage());
            }
            out.flush();
        }
    }

    private static boolean isExit(String line) {
        String command = line.strip().toLowerCase(java.util.Locale.ROOT);
        return command.equals("exit") || command.equals("quit") || command.equals("/exit") || command.equals("/quit");
    }
}
