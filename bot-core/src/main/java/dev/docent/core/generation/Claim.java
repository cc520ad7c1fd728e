package dev.docent.core.generation;

import dev.docent.core.index.InlineCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence (or list item, or table row) of an answer and the citation numbers it carries.
 * Answers put a marker after the sentence's full stop ("... page. [1] The next ..."), so a marker
 * at the start of a sentence belongs to the sentence before it.
 */
record Claim(String text, List<Integer> citations) {

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");
    /**
     * So is a table row, spelled against its header ("Method: `isLogDisabled`; Description: Checks
     * whether ... request. It impacts ..."): cut at the cell's full stop, its first part had no marker.
     */
    private static final Pattern TABLE_ROW = Pattern.compile("^[^:;\\n]{1,60}: .*?; [^:;\\n]{1,60}: .*");
    /**
     * A row of a one-column table has one cell ("Function: `uuid_generate_v1` () → `uuid`: Generates a
     * version 1 UUID. This involves the MAC address ..."): a line led by a label and cited only at its
     * end is one claim. Cited sentence by sentence, it is read sentence by sentence as any other line.
     */
    private static final Pattern ONE_CELL_ROW = Pattern.compile("^[^:;\\n.?!\\[]{1,60}: [^\\[]*?(?:\\s*\\[\\d{1,4}])+\\s*$");
    /**
     * And so is the line right after a line that ends with a colon: the message an answer quotes
     * with its announcement ("... and shows:" then "Too many sign-in attempts. Try again in 30
     * minutes. [1]") is cited once, at its end.
     */
    private static final Pattern ANNOUNCES = Pattern.compile(":(?:\\s*\\[\\d{1,4}])*\\s*$");
    private static final Pattern LEADING_MARKERS = Pattern.compile("^((?:\\s*\\[\\d{1,4}])+)\\s*");

    /** The claim's words without its markers. */
    String plainText() {
        return MARKER.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    static List<Claim> of(String answer) {
        List<StringBuilder> segments = new ArrayList<>();
        boolean inCode = false;
        boolean announced = false;
        for (String line : answer.split("\\R")) {
            // Quoted code claims nothing in words: the sentence that announces it carries the citation.
            if (FencedCode.isFence(line)) {
                inCode = !inCode;
                announced = false;
                continue;
            }
            if (inCode) {
                continue;
            }
            boolean whole = announced || TextUnits.LIST_ITEM.matcher(line).matches() || TABLE_ROW.matcher(line).matches()
                    || ONE_CELL_ROW.matcher(line).matches();
            announced = ANNOUNCES.matcher(line).find();
            for (String sentence : whole ? List.of(line) : Sentences.of(line)) {
                Matcher leading = LEADING_MARKERS.matcher(sentence);
                if (leading.find() && !segments.isEmpty()) {
                    segments.getLast().append(' ').append(leading.group(1).strip());
                    sentence = sentence.substring(leading.end());
                }
                if (!sentence.isBlank()) {
                    segments.add(new StringBuilder(sentence.strip()));
                }
            }
        }
        List<Claim> claims = new ArrayList<>(segments.size());
        for (StringBuilder segment : segments) {
            List<Integer> numbers = new ArrayList<>();
            Matcher marker = MARKER.matcher(InlineCode.SPAN.matcher(segment).replaceAll(""));
            while (marker.find()) {
                int n = Integer.parseInt(marker.group(1));
                if (!numbers.contains(n)) {
                    numbers.add(n);
                }
            }
            claims.add(new Claim(segment.toString(), List.copyOf(numbers)));
        }
        return claims;
    }
}
