package dev.docent.lab.intents.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.error.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledTextReaderTest {

    @TempDir
    Path dir;

    @Test
    void csvWithQuotesCommasAndCrlfIsReadAsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("train.csv"),
                "text,label\r\n\"Your \"\"24h\"\" promise, a lie\",complaint\r\nis formwell down?,outage\r\n");

        assertThat(LabelledTextReader.standard().read(file)).containsExactly(
                new LabelledText("Your \"24h\" promise, a lie", "complaint"),
                new LabelledText("is formwell down?", "outage"));
    }

    @Test
    void banking77CategoryColumnServesAsTheLabel() throws Exception {
        Path file = Files.writeString(dir.resolve("b.csv"), "text,category\nHow do I locate my card?,card_arrival\n");

        assertThat(LabelledTextReader.standard().read(file)).containsExactly(new LabelledText("How do I locate my card?", "card_arrival"));
    }

    @Test
    void jsonLinesAndChosenColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("rows.jsonl"), "{\"q\": \"hi\", \"intent\": \"greeting\"}\n\n");

        assertThat(LabelledTextReader.columns("q", "intent").read(file)).containsExactly(new LabelledText("hi", "greeting"));
    }

    @Test
    void badRowIsAnErrorNamingFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "text,label\nfine,how_to\nno label here\n");

        assertThatThrownBy(() -> LabelledTextReader.standard().read(file))
                .isInstanceOf(UserInputException.class)
                .hasMessage(file + ", line 3: 1 fields, the header has 2");
    }

    @Test
    void missingLabelColumnIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "message,intent\nhi,greeting\n");

        assertThatThrownBy(() -> LabelledTextReader.standard().read(file))
                .hasMessage(file + ", line 1: the header [message, intent] lacks a 'text' column");
    }

    @Test
    void brokenJsonLineIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("x.jsonl"), "{\"text\": \"hi\", \"label\": \"greeting\"}\n{oops\n");

        assertThatThrownBy(() -> LabelledTextReader.standard().read(file)).hasMessageStartingWith(file + ", line 2: not a JSON object");
    }
}
