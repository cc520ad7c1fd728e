package dev.docent.lab.evaluation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a label names when it is not a path of the folder as written: a published URL
 * ({@code https://eslint.org/docs/latest/rules/no-unused-vars}), or a path with another extension or none
 * ({@code guide/features.html}, {@code guide/features} for {@code guide/features.md}). The label is matched on the
 * last folders and name it shares with a page's path, extensions and {@code index} pages aside: the page that shares
 * the most, and of those the one with the fewest folders more, if only one is. A set labelled so counted every one of its questions as a miss.
 */
final class LabelledPages {

    private static final Pattern EXTENSION = Pattern.compile(
            "\\.(?:md|mdx|markdown|html?|xhtml|rst|rest|adoc|asciidoc|txt|ipynb|qmd|rmd|org|pod|rdoc|texi|dbk|xml|pdf|docx)$");
    private static final Pattern INDEX_PAGE = Pattern.compile("(?:^|/)(?:index|readme|_index)$");

    private final List<String> pages;
    private final List<List<String>> keys = new ArrayList<>();

    /** @param pages the folder's files, as paths relative to it with '/' separators */
    LabelledPages(List<String> pages) {
        this.pages = List.copyOf(pages);
        this.pages.forEach(page -> keys.add(key(page)));
    }

    Optional<String> pageOf(String label) {
        List<String> wanted = key(pathOf(label));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int best = 0;
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int shared = sharedTail(keys.get(i), wanted);
            if (shared > best) {
                best = shared;
                found.clear();
            }
            if (shared == best && shared > 0) {
                found.add(i);
            }
        }
        // Of pages that share as much, the one with the fewest folders more: "guide/features" over "zh/guide/features".
        int shortest = found.stream().mapToInt(i -> keys.get(i).size()).min().orElse(0);
        List<String> nearest = found.stream().filter(i -> keys.get(i).size() == shortest).map(pages::get).toList();
        return nearest.size() == 1 ? Optional.of(nearest.getFirst()) : Optional.empty();
    }

    private static String pathOf(String label) {
        if (label.startsWith("http://") || label.startsWith("https://")) {
            try {
                String path = URI.create(label.strip()).getPath();
                return path == null ? "" : path;
            } catch (IllegalArgumentException e) {
                return label;
            }
        }
        return label.replaceAll("[#?].*$", "");
    }

    /** A path's folders and name, lowercased, without its extension, an index page's name, or empty parts. */
    private static List<String> key(String path) {
        String key = EXTENSION.matcher(path.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
        key = INDEX_PAGE.matcher(key).replaceFirst("");
        return Arrays.stream(key.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    /** How many of their last parts two keys share. */
    private static int sharedTail(List<String> a, List<String> b) {
        int shared = 0;
        while (shared < a.size() && shared < b.size()
                && a.get(a.size() - 1 - shared).equals(b.get(b.size() - 1 - shared))) {
            shared++;
        }
        return shared;
    }
}
