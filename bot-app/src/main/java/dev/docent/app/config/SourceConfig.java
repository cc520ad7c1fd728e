package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * One source of a knowledge base in {@code docent.yml}: exactly one of {@code directory},
 * {@code git} or {@code url}.
 *
 * @param directory   a local folder (relative paths are relative to docent.yml)
 * @param git         a git repository: a URL, or a local path
 * @param branch      the git branch (default: the repository's default branch)
 * @param path        the docs folder inside the git repository (default: all of it)
 * @param url         a documentation website: a start page, or a sitemap ({@code .../sitemap.xml})
 * @param urlTemplate for directory and git sources: the published URL of a file, with {@code {path}}
 *                    (path without extension) or {@code {file}}; a plain URL is a base URL
 * @param maxPages    website: pages fetched at most (default 500)
 * @param maxDepth    website: links followed from the start page at most (default 5)
 * @param concurrency website: requests in flight at most (default 2)
 * @param delay       website: pause between requests of one worker (default 100ms; formerly {@code delayMs})
 */
public record SourceConfig(
        @JsonProperty("directory") String directory,
        @JsonProperty("git") String git,
        @JsonProperty("branch") String branch,
        @JsonProperty("path") String path,
        @JsonProperty("url") String url,
        @JsonProperty("urlTemplate") String urlTemplate,
        @JsonProperty("maxPages") Integer maxPages,
        @JsonProperty("maxDepth") Integer maxDepth,
        @JsonProperty("concurrency") Integer concurrency,
        @JsonProperty("delay") Duration delay) {

    /** A folder of documents, with the template of their published URLs (null: file: links). */
    public static SourceConfig directory(String directory, String urlTemplate) {
        return new SourceConfig(directory, null, null, null, null, urlTemplate, null, null, null, null);
    }

    /** Null when the source is well-formed, else what is wrong with it. */
    public String problem() {
        int kinds = (directory != null ? 1 : 0) + (git != null ? 1 : 0) + (url != null ? 1 : 0);
        if (kinds != 1) {
            return "give exactly one of 'directory', 'git' or 'url'";
        }
        if (git == null && (branch != null || path != null)) {
            return "'branch' and 'path' are for git sources";
        }
        if (url != null && urlTemplate != null) {
            return "'urlTemplate' is for directory and git sources (a website's pages keep their own URLs)";
        }
        if (url == null && (maxPages != null || maxDepth != null || concurrency != null || delay != null)) {
            return "'maxPages', 'maxDepth', 'concurrency' and 'delay' are for website sources";
        }
        if ((maxPages != null && maxPages < 1) || (maxDepth != null && maxDepth < 0)
                || (concurrency != null && concurrency < 1) || (delay != null && delay.isNegative())) {
            return "limits must be positive (maxDepth and delay may be 0)";
        }
        return null;
    }
}
