package dev.docent.core.retrieval;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programming language of code pasted into a question that does not name it: a Python
 * traceback, {@code public void} and a {@code .java:12} frame, {@code require('...')}. Users paste
 * far more often than they say "in Python", and a page for the wrong binding answers the wrong
 * question. Only constructs that one language alone writes count - {@code def f(x):}, not
 * {@code def}; {@code :=}, not {@code func} - so a question whose code could be two languages names
 * none, and {@link LanguageVariants} then keeps every page.
 */
final class CodeLanguage {

    private static final Map<String, List<Pattern>> SIGNS = Map.of(
            "python", patterns(
                    "\\bdef \\w+\\([^)\\n]*\\)\\s*(->\\s*[\\w\\[\\], .]+)?:",
                    "\\bfrom [\\w.]+ import \\w",
                    "\\bself\\.\\w+",
                    "Traceback \\(most recent call last\\)",
                    "File \"[^\"\\n]+\\.py\", line \\d+",
                    "\\b\\w+\\.py\\b"),
            "java", patterns(
                    "\\b(public|private|protected) (static )?(final )?[\\w<>\\[\\]]+ \\w+\\(",
                    "System\\.out\\.print",
                    "\\bimport (java|javax|org|com)\\.[\\w.]+;",
                    "\\bat [\\w$.]+\\(\\w+\\.java:\\d+\\)",
                    "\\b\\w+\\.java\\b",
                    "Exception in thread \""),
            "javascript", patterns(
                    "\\brequire\\(['\"]",
                    "\\bimport [\\w{}*, ]+ from ['\"]",
                    "\\bconsole\\.log\\(",
                    "\\bmodule\\.exports\\b",
                    "\\b\\w+\\.(m?js|cjs|tsx?|jsx)\\b"),
            "csharp", patterns(
                    "\\busing (System|Microsoft)[\\w.]*;",
                    "\\bawait \\w+\\.\\w+Async\\(",
                    "\\[(Test|TestMethod|Fact)\\]",
                    "Console\\.WriteLine\\(",
                    "\\b\\w+\\.cs\\b"),
            "ruby", patterns("\\bdo \\|\\w+(, ?\\w+)*\\|", "\\b\\w+\\.rb\\b", "\\bputs ['\"]"),
            "go", patterns("\\w+ := ", "\\bpackage main\\b", "\\bfmt\\.Print", "\\b\\w+\\.go\\b"),
            "php", patterns("<\\?php", "\\$\\w+->\\w+", "\\b\\w+\\.php\\b"),
            "rust", patterns("\\bfn \\w+\\(", "\\blet mut \\w+", "\\bprintln!\\(", "\\b\\w+\\.rs\\b"),
            "kotlin", patterns("\\bfun \\w+\\(", "\\b\\w+\\.kts?\\b"),
            "swift", patterns("\\bimport (UIKit|SwiftUI|Foundation)\\b", "\\b\\w+\\.swift\\b"));

    private CodeLanguage() {
    }

    /** Every language whose own constructs the text uses: one when the code is clear, none or several otherwise. */
    static Set<String> of(String text) {
        Set<String> languages = new LinkedHashSet<>();
        SIGNS.forEach((language, signs) -> {
            if (signs.stream().anyMatch(sign -> sign.matcher(text).find())) {
                languages.add(language);
            }
        });
        return languages;
    }

    private static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
