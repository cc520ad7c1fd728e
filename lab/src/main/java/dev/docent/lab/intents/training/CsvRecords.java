package dev.docent.lab.intents.training;

import dev.docent.core.error.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvRecords {

    record CsvRecord(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<CsvRecord> parse(Path file, String content) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (!field.isEmpty()) {
                        throw new UserInputException(file + ", line " + line + ": a quote inside an unquoted field");
                    }
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // CRLF line endings: the \n that follows ends the record
                }
                case '\n' -> {
                    fields.add(field.toString());
                    records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new UserInputException(file + ", line " + quoteLine + ": a quoted field is never closed");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
