package dev.docent.lab.intents.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled messages from CSV (a header row, RFC 4180 quoting) or JSON lines (one object a
 * line), by file extension. The text column is {@code text}; the label column is {@code label},
 * or {@code category} (as in banking77) when there is no {@code label}. Other names can be given.
 * A bad row is an error naming the file and line: a silently skipped row would skew the figures.
 */
public final class LabelledTextReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LABEL_COLUMNS = List.of("label", "category");

    private final String textColumn;
    private final List<String> labelColumns;

    private LabelledTextReader(String textColumn, List<String> labelColumns) {
        this.textColumn = textColumn;
        this.labelColumns = labelColumns;
    }

    public static LabelledTextReader standard() {
        return new LabelledTextReader("text", LABEL_COLUMNS);
    }

    public static LabelledTextReader columns(String textColumn, String labelColumn) {
        return new LabelledTextReader(textColumn, labelColumn == null ? LABEL_COLUMNS : List.of(labelColumn));
    }

    public List<LabelledText> read(Path file) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + Causes.describe(e) + ")");
        }
        return parse(file, content);
    }

    /** Rows from text already read; {@code file} names the source in errors and tells CSV from JSON lines. */
    public List<LabelledText> parse(Path file, String content) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<LabelledText> rows;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            rows = readJsonLines(file, content);
        } else if (name.endsWith(".csv")) {
            rows = readCsv(file, content);
        } else {
            throw new UserInputException(file + ": expected a .csv or .jsonl file");
        }
        if (rows.isEmpty()) {
            throw new UserInputException(file + ": no labelled rows");
        }
        return rows;
    }

    private List<LabelledText> readCsv(Path file, String content) {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse(file, content);
        if (records.isEmpty()) {
            throw new UserInputException(file + ": empty, expected a header row such as 'text,label'");
        }
        List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
        int text = header.indexOf(textColumn);
        int label = labelColumns.stream().mapToInt(header::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
        if (text < 0 || label < 0) {
            throw new UserInputException(file + ", line 1: the header " + header + " lacks "
                    + (text < 0 ? "a '" + textColumn + "' column" : "a label column (" + String.join(" or ", labelColumns) + ")"));
        }
        List<LabelledText> rows = new ArrayList<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().getFirst().isBlank()) {
                continue;
            }
            if (record.fields().size() != header.size()) {
                throw new UserInputException(file + ", line " + record.line() + ": " + record.fields().size()
                        + " fields, the header has " + header.size());
            }
            rows.add(row(file, record.line(), record.fields().get(text), record.fields().get(label)));
        }
        return rows;
    }

    private List<LabelledText> readJsonLines(Path file, String content) {
        List<LabelledText> rows = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                throw new UserInputException(file + ", line " + (i + 1) + ": not a JSON object");
            }
            JsonNode text = node.get(textColumn);
            JsonNode label = labelColumns.stream().map(node::get).filter(n -> n != null).findFirst().orElse(null);
            if (!node.isObject() || text == null || !text.isTextual() || label == null || !label.isTextual()) {
                throw new UserInputException(file + ", line " + (i + 1) + ": expected an object with string fields '"
                        + textColumn + "' and '" + labelColumns.getFirst() + "'");
            }
            rows.add(row(file, i + 1, text.asText(), label.asText()));
        }
        return rows;
    }

    private static LabelledText row(Path file, int line, String text, String label) {
        if (text.isBlank()) {
            throw new UserInputException(file + ", line " + line + ": empty text");
        }
        if (label.isBlank()) {
            throw new UserInputException(file + ", line " + line + ": empty label");
        }
        return new LabelledText(text.strip(), label.strip());
    }
}
