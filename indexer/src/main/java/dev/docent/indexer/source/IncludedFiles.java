package dev.docent.indexer.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A page that includes a shared file shows that file's text where it includes it, so it is read that
 * way: reStructuredText's {@code .. include:: options.txt} (with {@code :start-after:},
 * {@code :end-before:} and {@code :literal:}), MyST's {@code ```{include} options.md}, MkDocs
 * snippets' {@code --8<-- "options.md"}, AsciiDoc's {@code include::setup.adoc[]} (and an Antora site's
 * {@code include::partial$setup.adoc[]}, {@link AntoraResources}), Docusaurus partials ({@code import Limits from
 * './_limits.mdx'} and {@code <Limits />}; {@code @site/} is the source root, or its parent's), the files Docusaurus
 * shows as code ({@code import Config from '!!raw-loader!./config.yml'} and {@code <CodeBlock>{Config}</CodeBlock>}),
 * and the template includes of
 * Jekyll and Eleventy ({@code {% include_relative setup.md %}} beside the page, {@code {% include "setup.md" %}} from
 * {@code _includes/}), Hugo ({@code {{< readfile file="/content/setup.md" >}}}), Quarto ({@code {{< include _setup.qmd >}}})
 * and Texinfo ({@code @include version.texi}) that name a Markdown, Texinfo or text file, mdBook's
 * {@code {{#include}}} and {@code {{#rustdoc_include}}} ({@link MdBookIncludes}), in code blocks too,
 * (an HTML template is the site's chrome, not the page's text), VitePress's code imports ({@link CodeImports}) and
 * Sphinx's {@code .. literalinclude::} and MyST's {@code ```{literalinclude}} ({@link LiteralIncludes}).
 * Without it a manual that includes its options from one file
 * (CMake's {@code cmake.1.rst} and {@code OPTIONS_BUILD.txt}) lacks them. A path is the including
 * file's folder's, or the source root's when it starts with '/' (Sphinx) or is not found beside
 * it (MkDocs); a file outside the root, a missing one, or one that is not UTF-8 leaves the
 * directive as it was. Includes nest up to four deep. The included text is part of the page's
 * bytes, so editing a shared file re-reads the pages that include it. An included file that is no
 * page of its own is not indexed alone ({@link #fragments}).
 */
final class IncludedFiles {

    private static final int MAX_DEPTH = 4;
    private static final Set<DocumentFormat> INCLUDING_FORMATS =
            Set.of(DocumentFormat.MARKDOWN, DocumentFormat.MDX, DocumentFormat.RESTRUCTURED_TEXT, DocumentFormat.ASCIIDOC, DocumentFormat.TEXINFO);
    private static final Pattern RST = Pattern.compile("^(\\s*)\\.\\.\\s+include::\\s+(\\S+)\\s*$");
    private static final Pattern LITERAL_INCLUDE = Pattern.compile("^(\\s*)\\.\\.\\s+literalinclude::\\s+(\\S+)\\s*$");
    private static final Pattern RST_OPTION = Pattern.compile("^\\s+:([\\w-]+):\\s*(.*)$");
    private static final Pattern MYST = Pattern.compile("^(\\s*)(`{3,}|:{3,})\\{(include|literalinclude)}\\s+(\\S+)\\s*$");
    private static final Pattern MYST_OPTION = Pattern.compile("^\\s*:([\\w-]+):\\s*(.*)$");
    /** AsciiDoc's {@code include::partials/setup.adoc[]}; its attributes (tags, lines, leveloffset) are not applied. */
    private static final Pattern ASCIIDOC = Pattern.compile("^()include::([^\\[\\s]+)\\[[^\\]]*]\\s*$");
    private static final Pattern SNIPPET = Pattern.compile("^(\\s*)-{2,}8<-{2,}\\s+[\"']([^\"']+)[\"']\\s*$");
    /** Docusaurus partials: {@code import Limits from './_limits.mdx';} then {@code <Limits />} where it shows. */
    private static final Pattern MDX_IMPORT = Pattern.compile("^\\s*import\\s+(\\w+)\\s+from\\s+['\"]([^'\"]+\\.mdx?)['\"];?\\s*$");
    private static final Pattern MDX_USE = Pattern.compile("^(\\s*)<(\\w+)\\s*/>\\s*$");
    /** Docusaurus' code shown from a file: {@code import Config from '!!raw-loader!./config.yml';} then {@code <CodeBlock language="yaml">{Config}</CodeBlock>}. */
    private static final Pattern RAW_IMPORT = Pattern.compile("^\\s*import\\s+(\\w+)\\s+from\\s+['\"]!?!?raw-loader!([^'\"]+)['\"];?\\s*$");
    private static final Pattern CODE_BLOCK_USE = Pattern.compile("^(\\s*)<CodeBlock\\b([^>]*)>\\s*\\{(\\w+)}\\s*</CodeBlock>\\s*$");
    private static final Pattern CODE_BLOCK_LANGUAGE = Pattern.compile("\\b(?:language=[\"'{]*|className=[\"'{]*language-)([\\w+#-]+)");
    private static final Pattern TEMPLATE_INCLUDE = Pattern.compile(
            "^(\\s*)\\{%-?\\s*(include_relative|include)\\s+[\"']?([^\"'\\s%]+\\.(?:md|markdown|mdx|txt))[\"']?[^%]*-?%}\\s*$");
    private static final Pattern HUGO_READFILE = Pattern.compile(
            "^(\\s*)\\{\\{[<%]\\s*readfile\\s+(?:file\\s*=\\s*)?[\"']([^\"']+\\.(?:md|markdown|txt))[\"'][^}]*[>%]}}\\s*$");
    /** Quarto's {@code {{< include _setup.qmd >}}}, beside the page or, from '/', the project's. */
    private static final Pattern QUARTO_INCLUDE = Pattern.compile("^(\\s*)\\{\\{<\\s*include\\s+[\"']?([^\"'\\s>]+)[\"']?\\s*>}}\\s*$");
    /** Texinfo's {@code @include version.texi}: a manual's chapters, its {@code @set} values, its licence, beside it. */
    private static final Pattern TEXINFO_INCLUDE = Pattern.compile("^()@include\\s+(\\S+)\\s*$");
    /**
     * mdBook's {@code {{#include ../listings/main.rs:here}}} and {@code {{#rustdoc_include ...}}}, in a code block or
     * outside one, with an anchor's name or a line range ({@code :3:7}, {@code :3:}, {@code ::7}, {@code :5}).
     */
    private static final Pattern MDBOOK = Pattern.compile("^(\\s*)\\{\\{#(?:include|rustdoc_include)\\s+([^\\s}:]+)(?::([^\\s}]*))?\\s*}}\\s*$");
    private static final String SITE_ROOT = "@site/";
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

    private final Path root;
    private int included;

    private IncludedFiles(Path root) {
        this.root = root;
    }

    /** The file's content with what it includes in place; other formats than Markdown and reStructuredText as they are. */
    static byte[] expand(Path root, Path file, DocumentFormat format, byte[] content) {
        if (!INCLUDING_FORMATS.contains(format) && format != DocumentFormat.TEXT) {
            return content;
        }
        Optional<String> text = utf8(content);
        if (text.isEmpty() || !mayInclude(format, text.get())) {
            return content;
        }
        IncludedFiles includes = new IncludedFiles(root);
        String expanded = includes.expand(file, text.get(), 0);
        // A page that includes nothing keeps its bytes (and its content hash), line endings included.
        return includes.included == 0 ? content : expanded.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files that pages include and that are no pages of their own: a {@code .txt} (Sphinx publishes
     * only its source files) or a name starting with '_' ({@code _options.md}, {@code _includes/}), the
     * partials' convention. Indexed alone they would be a second, untitled copy of what the including
     * page says.
     */
    static Set<Path> fragments(Path root, List<Path> files) throws IOException {
        Set<Path> fragments = new HashSet<>();
        IncludedFiles includes = new IncludedFiles(root);
        for (Path file : files) {
            Optional<DocumentFormat> format = DocumentFormat.ofFileName(file.getFileName().toString());
            if (format.isEmpty() || !INCLUDING_FORMATS.contains(format.get()) && format.get() != DocumentFormat.TEXT) {
                continue;
            }
            Optional<String> text = utf8(Files.readAllBytes(file));
            if (text.isPresent() && mayInclude(format.get(), text.get())) {
                includes.targets(file, text.get()).stream().filter(includes::isFragment).forEach(fragments::add);
            }
        }
        return fragments;
    }

    private boolean isFragment(Path file) {
        DocumentFormat format = DocumentFormat.ofFileName(file.getFileName().toString()).orElse(null);
        // A Texinfo manual is built from its top file alone: a file it includes is one of its chapters, never a page.
        if (format == DocumentFormat.TEXT || format == DocumentFormat.TEXINFO || AntoraResources.isIncludedFamily(file)) {
            return true;
        }
        return PathParts.anyStartsWith(root, file, "_");
    }

    private List<Path> targets(Path file, String text) {
        List<Path> targets = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m;
            if ((m = RST.matcher(line)).matches() || (m = LITERAL_INCLUDE.matcher(line)).matches()) {
                resolve(file, m.group(2), false).ifPresent(targets::add);
            } else if ((m = MYST.matcher(line)).matches()) {
                resolve(file, m.group(4), false).ifPresent(targets::add);
            } else if ((m = SNIPPET.matcher(line)).matches()) {
                resolve(file, m.group(2), true).ifPresent(targets::add);
            } else if ((m = ASCIIDOC.matcher(line)).matches()) {
                asciiDocTarget(file, m.group(2)).ifPresent(targets::add);
            } else if ((m = TEMPLATE_INCLUDE.matcher(line)).matches()) {
                templateInclude(file, m.group(2), m.group(3)).ifPresent(targets::add);
            } else if ((m = HUGO_READFILE.matcher(line)).matches()) {
                siteFile(m.group(2).replaceFirst("^/", "")).ifPresent(targets::add);
            } else if ((m = QUARTO_INCLUDE.matcher(line)).matches() || (m = TEXINFO_INCLUDE.matcher(line)).matches()
                    || (m = MDBOOK.matcher(line)).matches()) {
                resolve(file, m.group(2), false).ifPresent(targets::add);
            }
        }
        targets.addAll(imports(file, text).partials().values());
        return targets;
    }

    /**
     * What an MDX page imports, by the name it uses each under, read in one pass: the Markdown files it shows
     * as components, and the files it shows as code.
     */
    private PageImports imports(Path file, String text) {
        Map<String, Path> partials = new HashMap<>();
        Map<String, Path> code = new HashMap<>();
        for (String line : text.split("\\R")) {
            Matcher partial = MDX_IMPORT.matcher(line);
            Matcher shownAsCode = RAW_IMPORT.matcher(line);
            if (partial.matches()) {
                importTarget(file, partial.group(2)).ifPresent(path -> partials.put(partial.group(1), path));
            } else if (shownAsCode.matches()) {
                importTarget(file, shownAsCode.group(2)).ifPresent(path -> code.put(shownAsCode.group(1), path));
            }
        }
        return new PageImports(partials, code);
    }

    /** An import's file: {@code @site/...} from the site's root, {@code ./...} beside the page; a package's, none. */
    private Optional<Path> importTarget(Path file, String target) {
        return target.startsWith(SITE_ROOT) ? siteFile(target.substring(SITE_ROOT.length()))
                : target.startsWith(".") ? resolve(file, target, false) : Optional.empty();
    }

    /**
     * Jekyll's {@code include_relative} is the page's folder's; a plain {@code include} (Jekyll, Eleventy) is
     * the {@code _includes/} folder's, or the page's folder's.
     */
    private Optional<Path> templateInclude(Path including, String kind, String target) {
        if (kind.equals("include_relative")) {
            return resolve(including, target, false);
        }
        return readable(Stream.of(root.resolve("_includes").resolve(target))).or(() -> resolve(including, target, true));
    }

    /** "@site/docs/_x.mdx" is the site's root's; the source folder may be the site or its docs folder. */
    private Optional<Path> siteFile(String path) {
        int slash = path.indexOf('/');
        return readable(Stream.of(path, slash < 0 ? path : path.substring(slash + 1)).map(root::resolve));
    }

    /**
     * Whether any directive could be in the text: most pages have none, and are not read line by line.
     * A {@code .txt} page includes only as AsciiDoc does, whose directive no other text writes: git's
     * manual pages are AsciiDoc in {@code .txt} files, and {@code git-blame.txt} lacked every option its
     * {@code include::blame-options.txt[]} gives, which was indexed as a page of its own.
     */
    private static boolean mayInclude(DocumentFormat format, String text) {
        if (format == DocumentFormat.TEXT) {
            return text.contains("include::");
        }
        return text.contains("include::") || text.contains("{include}") || text.contains("{literalinclude}")
                || text.contains("{%") && text.contains("include")
                || text.contains("8<") || text.contains("readfile") || text.contains("<<<")
                || text.contains("{{<") && text.contains("include") || text.contains("@include")
                || text.contains("{{#include") || text.contains("{{#rustdoc_include")
                || text.contains("import ") && (text.contains(".md") || text.contains("raw-loader"));
    }

    private String expand(Path file, String text, int depth) {
        List<String> lines = Arrays.asList(text.split("\\R", -1));
        List<String> out = new ArrayList<>(lines.size());
        PageImports imports = imports(file, text);
        DocumentFormat format = DocumentFormat.ofFileName(file.getFileName().toString()).orElse(DocumentFormat.TEXT);
        MarkdownCode code = new MarkdownCode(format == DocumentFormat.MARKDOWN || format == DocumentFormat.MDX);
        for (int i = 0; i < lines.size(); i++) {
            Matcher mdBook = MDBOOK.matcher(lines.get(i));
            if (mdBook.matches() && put(out, mdBook.group(1), mdBookInclude(file, mdBook.group(2), mdBook.group(3)), i) >= 0) {
                continue; // mdBook includes where it is written, in a code block too: that is how its examples are shown
            }
            int last = code.holds(lines.get(i)) ? -1 : include(file, lines, i, depth, imports, out);
            if (last < 0) {
                out.add(lines.get(i));
            } else {
                i = last;
            }
        }
        return String.join("\n", out);
    }

    /**
     * Writes what the directive on line {@code i} includes, if it includes anything it can read.
     *
     * @return the last line the directive takes (its options, its closing fence), or -1
     */
    private int include(Path file, List<String> lines, int i, int depth, PageImports imports, List<String> out) {
        String line = lines.get(i);
        Matcher m;
        if ((m = MDX_USE.matcher(line)).matches() && imports.partials().containsKey(m.group(2))) {
            Path partial = imports.partials().get(m.group(2));
            return put(out, m.group(1), readNested(depth, () -> Optional.of(partial), Map.of()), i);
        }
        if ((m = CODE_BLOCK_USE.matcher(line)).matches() && imports.code().containsKey(m.group(3))) {
            Path source = imports.code().get(m.group(3));
            Matcher language = CODE_BLOCK_LANGUAGE.matcher(m.group(2));
            String fence = "```" + (language.find() ? language.group(1) : LiteralIncludes.languageOf(source.getFileName().toString()));
            return put(out, m.group(1), readText(source).map(code -> fence + "\n" + code.strip() + "\n```"), i);
        }
        if ((m = RST.matcher(line)).matches()) {
            Map<String, String> options = new HashMap<>();
            int last = rstOptions(lines, i, options);
            Optional<String> text = read(file, m.group(2), false, depth, options);
            return put(out, m.group(1), options.containsKey("literal") ? text.map(IncludedFiles::literalBlock) : text, last);
        }
        if ((m = LITERAL_INCLUDE.matcher(line)).matches()) {
            Map<String, String> options = new HashMap<>();
            int last = rstOptions(lines, i, options);
            String target = m.group(2);
            Optional<String> code = literalInclude(file, target, text -> LiteralIncludes.codeBlock(text, target, options));
            return put(out, m.group(1), code, last);
        }
        if ((m = MYST.matcher(line)).matches()) {
            Map<String, String> options = new HashMap<>();
            int close = i + 1;
            for (; close < lines.size() && !lines.get(close).strip().equals(m.group(2)); close++) {
                Matcher option = MYST_OPTION.matcher(lines.get(close));
                if (option.matches()) {
                    options.put(option.group(1), option.group(2).strip());
                }
            }
            String target = m.group(4);
            Optional<String> text = m.group(3).equals("include") ? read(file, target, false, depth, options)
                    : literalInclude(file, target, code -> LiteralIncludes.fenced(code, target, options));
            return put(out, m.group(1), text, close);
        }
        if ((m = SNIPPET.matcher(line)).matches()) {
            return put(out, m.group(1), read(file, m.group(2), true, depth, Map.of()), i);
        }
        if ((m = ASCIIDOC.matcher(line)).matches()) {
            String target = m.group(2);
            return put(out, "", readNested(depth, () -> asciiDocTarget(file, target), Map.of()), i);
        }
        if ((m = TEMPLATE_INCLUDE.matcher(line)).matches()) {
            String kind = m.group(2);
            String target = m.group(3);
            return put(out, m.group(1), readNested(depth, () -> templateInclude(file, kind, target), Map.of()), i);
        }
        if ((m = HUGO_READFILE.matcher(line)).matches()) {
            String target = m.group(2).replaceFirst("^/", "");
            return put(out, m.group(1), readNested(depth, () -> siteFile(target), Map.of()), i);
        }
        if ((m = QUARTO_INCLUDE.matcher(line)).matches() || (m = TEXINFO_INCLUDE.matcher(line)).matches()) {
            return put(out, m.group(1), read(file, m.group(2), false, depth, Map.of()), i);
        }
        if ((m = CodeImports.LINE.matcher(line)).matches()) {
            String target = m.group(2);
            String region = m.group(3);
            String braces = m.group(4);
            Optional<Path> path = target.startsWith(CodeImports.SOURCE_ROOT)
                    ? readable(Stream.of(root.resolve(target.substring(CodeImports.SOURCE_ROOT.length()))))
                    : resolve(file, target, false);
            return put(out, m.group(1), path.flatMap(p -> readText(p)
                    .flatMap(code -> CodeImports.fenced(code, region, braces, p.getFileName().toString()))), i);
        }
        return -1;
    }

    /** The part of the file an mdBook include shows, the file's own anchor lines left out; nothing without the file. */
    private Optional<String> mdBookInclude(Path including, String target, String selector) {
        return resolve(including, target, false).flatMap(IncludedFiles::readText)
                .flatMap(text -> MdBookIncludes.shown(text, selector == null ? "" : selector));
    }

    /** Reads the option lines under the directive on line {@code directive}; @return the directive's last line */
    private static int rstOptions(List<String> lines, int directive, Map<String, String> options) {
        int next = directive + 1;
        for (Matcher option; next < lines.size() && (option = RST_OPTION.matcher(lines.get(next))).matches(); next++) {
            options.put(option.group(1), option.group(2).strip());
        }
        return next - 1;
    }

    private int put(List<String> out, String indent, Optional<String> text, int lastLine) {
        if (text.isEmpty()) {
            return -1;
        }
        included++;
        for (String line : text.get().split("\\R", -1)) {
            out.add(line.isEmpty() ? "" : indent + line);
        }
        return lastLine;
    }

    /** What an MDX page imports: Markdown partials it shows as text, and files it shows as code. */
    private record PageImports(Map<String, Path> partials, Map<String, Path> code) {
    }

    /** In Markdown an include written inside a code block is an example of one, not an include. */
    private static final class MarkdownCode {
        private final boolean markdown;
        private String openFence;

        MarkdownCode(boolean markdown) {
            this.markdown = markdown;
        }

        /** Whether the line is part of a code block (its fences included); a MyST include's fence is not one. */
        boolean holds(String line) {
            if (!markdown) {
                return false;
            }
            if (openFence == null) {
                Matcher fence = FENCE.matcher(line);
                if (!fence.lookingAt() || MYST.matcher(line).matches()) {
                    return false;
                }
                openFence = fence.group(1);
                return true;
            }
            String stripped = line.strip();
            if (stripped.startsWith(openFence) && stripped.chars().allMatch(c -> c == openFence.charAt(0))) {
                openFence = null;
            }
            return true;
        }
    }

    /** The included text, its own includes in place, cut to the options' markers. */
    private Optional<String> read(Path including, String target, boolean rootAsFallback, int depth, Map<String, String> options) {
        return readNested(depth, () -> resolve(including, target, rootAsFallback), options);
    }

    /** The target's text, unless includes are already nested as deep as they may go. */
    private Optional<String> readNested(int depth, Supplier<Optional<Path>> target, Map<String, String> options) {
        return depth >= MAX_DEPTH ? Optional.empty() : target.get().flatMap(file -> readFile(file, depth, options));
    }

    private Optional<String> readFile(Path file, int depth, Map<String, String> options) {
        return readText(file).map(t -> between(expand(file, t, depth + 1), options.get("start-after"), options.get("end-before")));
    }

    /** The file's text as it is, its own directives not expanded (code shows them as written). */
    private static Optional<String> readText(Path file) {
        try {
            return utf8(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The code a literal include shows, as a block of the including page's markup; nothing without the file. */
    private Optional<String> literalInclude(Path including, String target, Function<String, String> asBlock) {
        return resolve(including, target, false).flatMap(IncludedFiles::readText).map(asBlock);
    }

    /** An AsciiDoc include's file: an Antora resource id's ({@link AntoraResources}), else the path's beside the page. */
    private Optional<Path> asciiDocTarget(Path including, String target) {
        List<Path> resource = AntoraResources.candidates(including, target);
        return resource.isEmpty() ? resolve(including, target, false) : readable(resource.stream());
    }

    private Optional<Path> resolve(Path including, String target, boolean rootAsFallback) {
        List<Path> candidates = target.startsWith("/") ? List.of(root.resolve(target.substring(1)))
                : rootAsFallback ? List.of(including.getParent().resolve(target), root.resolve(target))
                : List.of(including.getParent().resolve(target));
        return readable(candidates.stream());
    }

    /** The first candidate that is a file inside the source root. */
    private Optional<Path> readable(Stream<Path> candidates) {
        return candidates.map(Path::normalize).filter(p -> p.startsWith(root) && Files.isRegularFile(p)).findFirst();
    }

    private static String between(String text, String startAfter, String endBefore) {
        String cut = text;
        if (startAfter != null && cut.contains(startAfter)) {
            cut = cut.substring(cut.indexOf(startAfter) + startAfter.length());
        }
        if (endBefore != null && cut.contains(endBefore)) {
            cut = cut.substring(0, cut.indexOf(endBefore));
        }
        return cut;
    }

    private static String literalBlock(String text) {
        return "::\n\n" + text.lines().map(l -> "   " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
