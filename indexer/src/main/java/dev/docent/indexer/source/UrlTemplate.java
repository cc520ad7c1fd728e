package dev.docent.indexer.source;

import dev.docent.core.error.UserInputException;

/**
 * Maps a file's path in a source to the URL of its published page, so that citations link to the
 * docs site rather than to the repository. Placeholders: {@code {path}} is the path without its
 * extension ({@code guides/webhooks}; PDFs keep theirs, they are published as they are), {@code {file}}
 * the path as is ({@code guides/webhooks.md}).
 * A template without placeholder is a base URL: the path without extension is appended.
 */
public record UrlTemplate(String template) {

    public UrlTemplate {
        if (template == null || template.isBlank()) {
            throw new UserInputException("A URL template cannot be empty");
        }
    }

    public static UrlTemplate baseUrl(String baseUrl) {
        return new UrlTemplate(baseUrl);
    }

    public String urlOf(String relativePath) {
        String page = DocumentFormat.pageName(relativePath);
        int dot = page.lastIndexOf('.');
        boolean publishedAsIs = DocumentFormat.ofFileName(page).orElse(null) == DocumentFormat.PDF;
        String withoutExtension = dot > page.lastIndexOf('/') + 1 && !publishedAsIs ? page.substring(0, dot) : page;
        if (!template.contains("{path}") && !template.contains("{file}")) {
            return (template.endsWith("/") ? template : template + "/") + withoutExtension;
        }
        return template.replace("{path}", withoutExtension).replace("{file}", relativePath);
    }
}
