package dev.docent.indexer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VitePress's code imports: {@code <<< @/snippets/config.js}, {@code <<< ./example.ts#setup{2,4 ts:line-numbers}}.
 * The page shows the file (or the region it names, between {@code #region setup} and {@code #endregion}
 * comments) as a code block, in the language the braces name or else the file's; so it is read as one.
 * Without it the page's examples were missing, the import line left to be cleaned away.
 */
final class CodeImports {

    /** {@code <<< path}, an optional {@code #region}, {@code {highlights language}} and {@code [tab title]}. */
    static final Pattern LINE = Pattern.compile("^(\\s*)<<<\\s+(\\S+?)(?:#([\\w-]+))?(?:\\{([^}]*)})?(?:\\s+\\[[^\\]]*])?\\s*$");
    /** VitePress's name for the source root. */
    static final String SOURCE_ROOT = "@/";
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)([A-Za-z][\\w+#-]*)");
    private static final Pattern REGION_END = Pattern.compile("#endregion\\b");

    private CodeImports() {
    }

    /**
     * The code as a fenced block, or nothing when the named region is not in it.
     *
     * @param region the region the import names, or null for the whole file
     * @param braces what the import's braces hold ("2,4 ts:line-numbers"), or null
     */
    static Optional<String> fenced(String code, String region, String braces, String fileName) {
        Optional<String> shown = region == null ? Optional.of(code.strip()) : region(code, region);
        return shown.map(text -> "```" + language(braces, fileName) + "\n" + text + "\n```");
    }

    private static Optional<String> region(String code, String name) {
        Pattern start = Pattern.compile("#region\\s+" + Pattern.quote(name) + "\\b");
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : code.split("\\R")) {
            if (!inside) {
                inside = start.matcher(line).find();
            } else if (REGION_END.matcher(line).find()) {
                return Optional.of(String.join("\n", lines).stripIndent().strip());
            } else {
                lines.add(line);
            }
        }
        return Optional.empty();
    }

    private static String language(String braces, String fileName) {
        Matcher named = LANGUAGE.matcher(braces == null ? "" : braces);
        return named.find() ? named.group(1) : LiteralIncludes.languageOf(fileName);
    }
}
