package dev.docent.indexer.parse;

import java.util.regex.Pattern;

/**
 * Which of an editor's styles set code, by their names: "Code", "Preformatted Text", "Source Text", "HTML Code",
 * "Console" - the names Word, LibreOffice and the templates teams use give them.
 */
final class CodeStyles {

    private static final Pattern CODE = Pattern.compile("(?i).*(?:code|preformatted|source|console|terminal|listing).*");

    private CodeStyles() {
    }

    static boolean isCode(String styleName) {
        return CODE.matcher(styleName).matches();
    }
}
