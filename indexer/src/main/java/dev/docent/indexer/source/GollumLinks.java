package dev.docent.indexer.source;

import dev.docent.core.index.InlineCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub wiki's pages link to each other in Gollum's way, {@code [[Installation]]} and
 * {@code [[the setup guide|Installation]]}, in Markdown too, which has no such link: the brackets were read as
 * text and quoted ("See [[the setup guide|Installation]]"). In a wiki's folder - one that holds its {@code Home}
 * page or its {@code _Sidebar} - a Markdown page's links are written as Markdown's, {@code [the setup guide](Installation)},
 * and links to pictures ({@code [[logo.png]]}) are left out; code keeps its brackets, as TOML's {@code [[menu.main]]}.
 */
final class GollumLinks {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,300}?)(?:\\|([^\\[\\]\\n]{1,300}?))?]]");
    private static final Pattern PICTURE = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|svg|webp)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");
    /** A wiki's own pages: GitHub names them so, with these capitals, in whichever markup the wiki is written. */
    private static final Set<String> WIKI_PAGES = Set.of("Home", "_Sidebar", "_Footer");

    private GollumLinks() {
    }

    /** Whether the folder is a wiki's: it holds its home page or its sidebar. */
    static boolean isWiki(Path root) {
        try (var files = Files.list(root)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.lastIndexOf('.') > 0 && WIKI_PAGES.contains(name.substring(0, name.lastIndexOf('.'))));
        } catch (IOException e) {
            return false;
        }
    }

    /** The Markdown page with its Gollum links written as Markdown's, outside its code. */
    static byte[] written(byte[] markdown) {
        String[] lines = new String(markdown, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher opens = FENCE.matcher(line);
            if (fence != null) {
                fence = opens.find() && opens.group(1).charAt(0) == fence.charAt(0) && opens.group(1).length() >= fence.length() ? null : fence;
            } else if (opens.find()) {
                fence = opens.group(1);
            } else {
                line = outsideInlineCode(line);
            }
            out.append(line).append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String outsideInlineCode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher code = InlineCode.SPAN.matcher(line);
        int from = 0;
        while (code.find()) {
            out.append(links(line.substring(from, code.start()))).append(code.group());
            from = code.end();
        }
        return out.append(links(line.substring(from))).toString();
    }

    private static String links(String text) {
        return LINK.matcher(text).replaceAll(link -> {
            String shown = link.group(1).strip();
            String page = link.group(2) == null ? shown : link.group(2).strip();
            return PICTURE.matcher(page).matches() ? "" : Matcher.quoteReplacement("[" + shown + "](" + page.replace(' ', '-') + ")");
        });
    }
}
