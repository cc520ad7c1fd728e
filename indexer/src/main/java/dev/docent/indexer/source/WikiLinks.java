package dev.docent.indexer.source;

import dev.docent.core.index.InlineCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikis link their pages with double brackets, in Markdown too, which has no such link: the brackets were read as text
 * and quoted ("See [[the setup guide|Installation]]"). A GitHub wiki writes Gollum's {@code [[the setup guide|Installation]]},
 * text first; an Obsidian vault {@code [[Installation|the setup guide]]}, page first, and {@code ![[diagram.png]]} to
 * embed. In such a folder - one that holds a GitHub wiki's {@code Home} page or {@code _Sidebar}, or an
 * {@code .obsidian} folder - a Markdown page's links are written as Markdown's, {@code [the setup guide](Installation)},
 * and links to pictures and embeds are left out; code keeps its brackets, as TOML's {@code [[menu.main]]} does.
 */
final class WikiLinks {

    /** Which side of the bar is the page: Gollum's text comes first, Obsidian's page. */
    enum Style { GOLLUM, OBSIDIAN }

    private static final Pattern LINK = Pattern.compile("(!?)\\[\\[([^\\[\\]|\\n]{1,300}?)(?:\\|([^\\[\\]\\n]{1,300}?))?]]");
    private static final Pattern PICTURE = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|svg|webp)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");
    /** A GitHub wiki's own pages: GitHub names them so, with these capitals, in whichever markup the wiki is written. */
    private static final Set<String> GITHUB_WIKI_PAGES = Set.of("Home", "_Sidebar", "_Footer");

    private WikiLinks() {
    }

    /** How the folder's pages link to each other, if it is a wiki's or a vault's. */
    static Optional<Style> of(Path root) {
        if (Files.isDirectory(root.resolve(".obsidian"))) {
            return Optional.of(Style.OBSIDIAN);
        }
        try (var files = Files.list(root)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.lastIndexOf('.') > 0 && GITHUB_WIKI_PAGES.contains(name.substring(0, name.lastIndexOf('.'))))
                    ? Optional.of(Style.GOLLUM) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Markdown page with its wiki links written as Markdown's, outside its code. */
    static byte[] written(byte[] markdown, Style style) {
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
                line = outsideInlineCode(line, style);
            }
            out.append(line).append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String outsideInlineCode(String line, Style style) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher code = InlineCode.SPAN.matcher(line);
        int from = 0;
        while (code.find()) {
            out.append(links(line.substring(from, code.start()), style)).append(code.group());
            from = code.end();
        }
        return out.append(links(line.substring(from), style)).toString();
    }

    private static String links(String text, Style style) {
        return LINK.matcher(text).replaceAll(link -> {
            String first = link.group(2).strip();
            String second = link.group(3) == null ? first : link.group(3).strip();
            String page = style == Style.GOLLUM ? second : first;
            String shown = style == Style.GOLLUM ? first : second;
            boolean embed = !link.group(1).isEmpty();
            return embed || PICTURE.matcher(page).matches() ? ""
                    : Matcher.quoteReplacement("[" + shown + "](" + page.replace(' ', '-') + ")");
        });
    }
}
