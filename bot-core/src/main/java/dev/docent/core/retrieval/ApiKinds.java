package dev.docent.core.retrieval;

import java.util.regex.Pattern;

/**
 * The kind an API reference writes before a name in a title or heading: Sphinx's signatures
 * ("class requests.Response", "async method ..."), Playwright's ("class: Dialog", "async method:
 * Dialog.accept", "option: Locator.click.timeout"), rustdoc's titles ("Struct syn::Path", "Macro
 * syn::parse_macro_input"). The reader asks about the name, not the kind.
 */
public final class ApiKinds {

    private static final Pattern KIND = Pattern.compile(
            "^(?:(?:abstract|async|class|classmethod|staticmethod|static|property|method|attribute|function|exception|data"
                    + "|module|final|decorator|coroutine|awaitable|struct|enum|trait|macro|crate|union|fn|interface|event"
                    + "|param|option)\\s*:?\\s+)+", Pattern.CASE_INSENSITIVE);

    private ApiKinds() {
    }

    /** The heading or title without the kinds it opens with. */
    public static String withoutKind(String heading) {
        return KIND.matcher(heading).replaceFirst("");
    }

    /** Whether the heading or title opens with a kind ("class: Dialog"). */
    public static boolean hasKind(String heading) {
        return KIND.matcher(heading).lookingAt();
    }
}
