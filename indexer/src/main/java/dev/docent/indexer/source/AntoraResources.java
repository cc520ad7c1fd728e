package dev.docent.indexer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Antora's resource ids, which AsciiDoc includes of an Antora site use instead of paths:
 * {@code include::partial$options.adoc[]} is the including module's {@code partials/options.adoc}
 * (or, in older sites, {@code pages/_partials/options.adoc}), {@code example$app.rb} its
 * {@code examples/app.rb}, {@code cli:partial$man.adoc} the {@code cli} module's. Read as paths, none
 * was found: Asciidoctor's "CLI Options" page, which is nothing but such an include, was empty.
 * A module is the folder above the page's family folder ({@code modules/cli/pages/options.adoc}).
 */
final class AntoraResources {

    private static final Pattern RESOURCE_ID = Pattern.compile("^(?:([\\w.-]+):)?(partial|example|page)\\$(.+)$");
    private static final Set<String> FAMILIES = Set.of("pages", "partials", "examples", "images", "attachments");
    /** Files of these families are no pages of their own: what pages include or show. */
    private static final Set<String> INCLUDED_FAMILIES = Set.of("partials", "examples");

    private AntoraResources() {
    }

    /** Where the file a resource id names may be, in order; none for a target that is no resource id. */
    static List<Path> candidates(Path including, String target) {
        Matcher id = RESOURCE_ID.matcher(target);
        if (!id.matches()) {
            return List.of();
        }
        Path module = moduleOf(including);
        if (module == null) {
            return List.of();
        }
        if (id.group(1) != null) {
            module = module.resolveSibling(id.group(1));
        }
        String path = id.group(3);
        return switch (id.group(2)) {
            case "partial" -> List.of(module.resolve("partials").resolve(path), module.resolve("pages").resolve("_partials").resolve(path));
            case "example" -> List.of(module.resolve("examples").resolve(path));
            default -> List.of(module.resolve("pages").resolve(path));
        };
    }

    /** Whether a file is in a module's partials or examples, beside its pages: no page of its own. */
    static boolean isIncludedFamily(Path file) {
        for (Path folder = file.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (INCLUDED_FAMILIES.contains(folder.getFileName().toString())
                    && Files.isDirectory(folder.resolveSibling("pages"))) {
                return true;
            }
        }
        return false;
    }

    private static Path moduleOf(Path including) {
        for (Path folder = including.getParent(); folder != null; folder = folder.getParent()) {
            if (folder.getFileName() != null && FAMILIES.contains(folder.getFileName().toString())) {
                return folder.getParent();
            }
        }
        return null;
    }
}
