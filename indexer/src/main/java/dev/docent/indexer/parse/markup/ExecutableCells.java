package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code cells of Quarto and R Markdown pages: a fence that names its engine in braces
 * ({@code ```{python}}, {@code ```{r setup, include=FALSE}}, {@code ```{.bash}}) and whose first lines
 * may be cell options ({@code #| echo: false}). Read as Markdown, the braces named no language, and a
 * MyST reading took {@code {python}} for a directive and quoted its code as prose. A cell becomes a
 * plain fence of its language without its option lines; a cell the reader never sees - its code
 * hidden ({@code echo: false}, {@code include=FALSE}) - goes, since what the page shows of it is its
 * output, which the source does not hold. bookdown's theorem environments and knitr's text blocks
 * ({@code ```{theorem, name="..."}}, {@code ```{block2, type='rmdtip'}}) are text, led by their label. An
 * example that shows a chunk's fence as written ({@code `r ''````{r}} in a code block) shows it without
 * the {@code `r ''`} that keeps knitr from running it.
 */
final class ExecutableCells {

    private static final Pattern OPEN = Pattern.compile("^(\\s*)(`{3,})\\s*\\{\\.?([A-Za-z][\\w+-]*)([\\s,][^}]*)?}\\s*$");
    /** knitr's engines and Jupyter's kernels that pages run; MyST's directives are named otherwise ({@code {note}}, {@code {code-cell}}). */
    private static final Set<String> ENGINES = Set.of("python", "r", "julia", "ojs", "bash", "sh", "zsh", "sql", "js",
            "javascript", "typescript", "ts", "node", "css", "rcpp", "cpp", "c", "stan", "fortran", "perl", "ruby", "scala",
            "go", "rust", "java", "powershell", "mermaid", "dot", "octave", "matlab", "sas", "stata", "haskell", "lua",
            "yaml", "json", "toml", "shell", "console", "pyodide", "webr");
    /**
     * knitr's engines that show their body as text: bookdown's theorem environments
     * ({@code ```{theorem, pyth, name="Pythagorean theorem"}}) and the {@code block} and {@code block2} engines
     * ({@code ```{block2, type='rmdtip'}}), which write a callout.
     */
    private static final Set<String> TEXT_ENGINES = Set.of("theorem", "lemma", "corollary", "proposition", "conjecture",
            "definition", "example", "exercise", "hypothesis", "remark", "proof", "solution", "block", "block2");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern BOX_TYPE = Pattern.compile("\\btype\\s*=\\s*[\"'](?:rmd)?(\\w+)[\"']");
    /** R Markdown shows a chunk's fence verbatim by writing {@code `r ''`} before it, which renders as nothing. */
    private static final Pattern VERBATIM_CHUNK = Pattern.compile("`r\\s*''`(?=`{3,})");
    private static final Pattern OPTION_LINE = Pattern.compile("^\\s*#\\|");
    /** An option that keeps the cell's code off the page: {@code echo=FALSE}, {@code include = F}, {@code #| echo: false}. */
    private static final Pattern HIDDEN = Pattern.compile(
            "\\b(?:echo|include)\\s*[=:]\\s*(?:FALSE|F|false|no)\\b");

    private ExecutableCells() {
    }

    static List<String> toFences(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher open = fences.isOpen() ? null : OPEN.matcher(line);
            String engine = open != null && open.matches() ? engine(open.group(3)) : "";
            if (ENGINES.contains(engine)) {
                i = cell(lines, i, open, out);
            } else if (TEXT_ENGINES.contains(engine)) {
                i = textBlock(lines, i, open, engine, out);
            } else {
                boolean inCode = fences.isOpen();
                fences.isCode(line);
                out.add(inCode ? VERBATIM_CHUNK.matcher(line).replaceFirst("") : line);
            }
        }
        return out;
    }

    /** The engine a cell names; an engine that runs another's code in the browser ({@code shinylive-python}, {@code webr-r}) is that language's. */
    private static String engine(String named) {
        String engine = named.toLowerCase(Locale.ROOT);
        String language = engine.substring(engine.lastIndexOf('-') + 1);
        return !ENGINES.contains(engine) && ENGINES.contains(language) ? language : engine;
    }

    /** @return the index of the cell's closing line */
    private static int cell(List<String> lines, int opening, Matcher open, List<String> out) {
        String fence = open.group(2);
        int close = closing(lines, opening, fence);
        List<String> body = lines.subList(opening + 1, close);
        List<String> options = body.stream().takeWhile(line -> OPTION_LINE.matcher(line).lookingAt()).toList();
        String header = open.group(4) == null ? "" : open.group(4);
        if (HIDDEN.matcher(header).find() || options.stream().anyMatch(option -> HIDDEN.matcher(option).find())) {
            return close;
        }
        out.add(open.group(1) + fence + engine(open.group(3)));
        out.addAll(body.subList(options.size(), body.size()));
        out.add(open.group(1) + fence);
        return close;
    }

    /**
     * A block whose body the page shows as text, led by its label: "Theorem: Pythagorean theorem", or a
     * {@code block2}'s callout kind ("Tip:"); nothing for an empty one (a chunk that reuses another's text).
     *
     * @return the index of the block's closing line
     */
    private static int textBlock(List<String> lines, int opening, Matcher open, String engine, List<String> out) {
        int close = closing(lines, opening, open.group(2));
        List<String> body = lines.subList(opening + 1, close);
        if (body.stream().allMatch(String::isBlank)) {
            return close;
        }
        String header = open.group(4) == null ? "" : open.group(4);
        Matcher type = BOX_TYPE.matcher(header);
        Optional<String> label = !engine.startsWith("block") ? Optional.of(Character.toUpperCase(engine.charAt(0)) + engine.substring(1))
                : type.find() ? Admonitions.label(type.group(1)) : Optional.empty();
        Matcher named = NAME.matcher(header);
        Optional<String> name = named.find() ? Optional.of(named.group(1).strip()) : Optional.empty();
        out.add("");
        label.map(l -> name.map(n -> l + ": " + n).orElse(l + ":")).or(() -> name).ifPresent(lead -> out.add(open.group(1) + lead));
        out.addAll(body);
        out.add("");
        return close;
    }

    private static int closing(List<String> lines, int opening, String fence) {
        int close = opening + 1;
        while (close < lines.size() && !isClosing(lines.get(close), fence)) {
            close++;
        }
        return close;
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == '`');
    }
}
