package dev.docent.indexer.parse;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids docutils gives a reStructuredText page's section titles, which Sphinx's HTML keeps, so that a
 * citation opens the page at its section: lowercase ASCII, each run of other characters one hyphen, no
 * digits or hyphens in front ("pytest.fail" is {@code #pytest-fail}, "1. Command line options"
 * {@code #command-line-options}). Markdown's slugs keep dots and underscores ({@code #pytestfail},
 * {@code #aws_access_key_id}), which no Sphinx page has. A title whose id is taken, or that has none,
 * gets the next {@code id1}, {@code id2}..., as docutils numbers them.
 */
final class DocutilsIds {

    private static final Pattern NON_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NON_ID_AT_ENDS = Pattern.compile("^[-0-9]+|-+$");

    private final Set<String> taken = new HashSet<>();
    private int counter;

    String next(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String id = NON_ID_AT_ENDS.matcher(NON_ID.matcher(ascii).replaceAll("-")).replaceAll("");
        while (id.isEmpty() || taken.contains(id)) {
            id = "id" + ++counter;
        }
        taken.add(id);
        return id;
    }
}
