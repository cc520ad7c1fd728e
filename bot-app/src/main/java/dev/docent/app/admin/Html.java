package dev.docent.app.admin;

/**
 * Text made safe for HTML, in element content and in quoted attribute values alike. The admin
 * pages put every value that is not a literal of their own through it: questions are hostile input.
 */
final class Html {

    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A link's target: only http(s) URLs and the page's own paths; anything else (javascript:, data:) becomes no link. */
    static String href(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || (lower.startsWith("/") && !lower.startsWith("//"))
                ? text(url.strip()) : null;
    }

    /** A link when the URL is safe, else the text alone. */
    static String link(String url, String label) {
        String href = href(url);
        return href == null ? text(label) : "<a href=\"" + href + "\" rel=\"noopener noreferrer\">" + text(label) + "</a>";
    }
}
