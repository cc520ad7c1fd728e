package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and screenshots a question pastes, reduced to the words they carry. An issue's body links
 * its screenshots ("https://github.com/import-js/eslint-plugin-import/assets/8055157/aee6f292-..."),
 * the repository, a commit, a line of source; searched whole, the product's name in such a link named
 * the product's landing page as if the asker had asked about it, and its host, hashes and image markup
 * were searched like words. What a link says is at its end: the page or file it points to and the
 * section ("docs/rules/order.md#newlines-between" is "order newlines-between"). An image, an id, a
 * hash, a line anchor or a bare host says nothing and is left out.
 */
public final class PastedLinks {

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,200}]\\([^)\\s]{0,2000}\\)");
    private static final Pattern HTML_IMAGE = Pattern.compile("<img\\b[^>\\n]{0,2000}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("\\b(?:https?|wss?|ftp)://[^\\s()<>\"'`\\]\\[]{1,2000}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(?:md|mdx|html?|rst|txt|php|aspx?)$",
            Pattern.CASE_INSENSITIVE);
    /** A part of a path or anchor that is a word or a name: "order", "no-unused-vars", "package.json". */
    private static final Pattern WORDY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{1,79}");
    /** Ids and anchors that name nothing: hashes, UUIDs, line anchors ("L12-L20"), "issuecomment-123". */
    private static final Pattern MEANINGLESS = Pattern.compile(
            "(?i)(?=[0-9a-f-]*\\d)[0-9a-f]{7,}(?:-[0-9a-f]+)*|l\\d+(?:-l\\d+)?|(?:issuecomment|discussion|pullrequestreview|r)[-_]?\\d+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

    private PastedLinks() {
    }

    /** The text with its images left out and each link written as the words at its end. */
    public static String reduced(String text) {
        if (text.indexOf("://") < 0 && text.indexOf("<img") < 0 && text.indexOf("<IMG") < 0) {
            return text;
        }
        String withoutImages = HTML_IMAGE.matcher(MARKDOWN_IMAGE.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher url = URL.matcher(withoutImages);
        StringBuilder reduced = new StringBuilder(withoutImages.length());
        while (url.find()) {
            url.appendReplacement(reduced, Matcher.quoteReplacement(wordsOf(url.group())));
        }
        return url.appendTail(reduced).toString();
    }

    /** The words at a link's end: its last path segment without a page extension, and its anchor. */
    static String wordsOf(String link) {
        String trailing = "";
        Matcher punctuation = TRAILING_PUNCTUATION.matcher(link);
        if (punctuation.find()) {
            trailing = punctuation.group();
            link = link.substring(0, punctuation.start());
        }
        String afterScheme = link.substring(link.indexOf("://") + 3);
        int hash = afterScheme.indexOf('#');
        String anchor = hash >= 0 ? afterScheme.substring(hash + 1) : "";
        String beforeAnchor = hash >= 0 ? afterScheme.substring(0, hash) : afterScheme;
        int query = beforeAnchor.indexOf('?');
        String path = query >= 0 ? beforeAnchor.substring(0, query) : beforeAnchor;
        int slash = path.indexOf('/');
        String[] segments = slash >= 0 ? path.substring(slash + 1).split("/") : new String[0];
        List<String> words = new ArrayList<>(2);
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                String page = PAGE_EXTENSION.matcher(segments[i]).replaceFirst("");
                if (says(page) && !page.toLowerCase(Locale.ROOT).equals("index")) {
                    words.add(page);
                }
                break;
            }
        }
        if (says(anchor)) {
            words.add(anchor);
        }
        return String.join(" ", words) + trailing;
    }

    private static boolean says(String part) {
        return WORDY.matcher(part).matches() && !MEANINGLESS.matcher(part).matches();
    }
}
