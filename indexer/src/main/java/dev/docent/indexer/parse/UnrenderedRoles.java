package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reStructuredText role that reached the page unrendered: docstrings written for Sphinx and shown
 * by another tool (mkdocstrings, pdoc) keep their {@code :class:} and {@code :attr:} before the code
 * they mark, and "Returns True if :attr:`status_code` is less than 400" was quoted so. The role
 * goes; the code stays. A role inside code is what the code shows (Sphinx's own docs write
 * {@code `` :py:class:`zipfile.ZipFile` ``}) and stays.
 */
final class UnrenderedRoles {

    private static final Pattern ROLE_BEFORE_CODE = Pattern.compile("(?<![^\\s(\\[])(?::[a-z]+)+:(?=`)");

    private UnrenderedRoles() {
    }

    static String removedFrom(String prose) {
        if (prose.indexOf(':') < 0) {
            return prose;
        }
        List<int[]> code = new ArrayList<>();
        Matcher span = InlineCode.SPAN.matcher(prose);
        while (span.find()) {
            code.add(new int[] {span.start(), span.end()});
        }
        StringBuilder out = new StringBuilder(prose.length());
        Matcher role = ROLE_BEFORE_CODE.matcher(prose);
        int at = 0;
        while (role.find()) {
            int start = role.start();
            if (code.stream().noneMatch(range -> range[0] <= start && start < range[1])) {
                out.append(prose, at, start);
                at = role.end();
            }
        }
        return out.append(prose, at, prose.length()).toString();
    }
}
