package dev.docent.app.console;

import dev.docent.core.answer.Action;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.ReplyTexts;

/** An answer as a person reads it in a terminal: notes, the text, the numbered sources, then the pages to read. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(Answer answer) {
        StringBuilder out = new StringBuilder();
        answer.notes().forEach(note -> out.append("Note: ").append(note).append("\n\n"));
        out.append(answer.text()).append('\n');
        if (!answer.citations().isEmpty()) {
            out.append("\nSources:\n");
            for (Citation c : answer.citations()) {
                out.append("  [").append(c.number()).append("] ").append(c.title());
                if (!c.section().isEmpty()) {
                    out.append(" > ").append(c.section());
                }
                out.append("\n      ").append(c.url()).append('\n');
            }
        }
        if (!answer.relatedPages().isEmpty()) {
            out.append('\n').append(ReplyTexts.relatedPagesHeading(answer)).append(":\n");
            for (PageReference page : answer.relatedPages()) {
                out.append("  ").append(page.title()).append("\n      ").append(page.url()).append('\n');
            }
        }
        if (answer.decision().action() != Action.ANSWER && answer.grounded()) {
            out.append("\n(").append(answer.decision().reason().orElse("A person can help with this."))
                    .append(" A person from the support team can take over.)\n");
        }
        return out.toString();
    }
}
