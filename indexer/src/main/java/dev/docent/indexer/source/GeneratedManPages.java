package dev.docent.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Man pages a project builds from pages it ships too: Cargo's {@code src/etc/man/cargo-build.1} from
 * {@code cargo-build.md}, npm's {@code man/man1/npm-install.1} from {@code npm-install.md}, ronn's {@code git-lfs.1}
 * from {@code git-lfs.1.ronn}. Read both, every answer had the same text twice, once at an address no site serves;
 * the man page is left out when a page of another format has its name and, like every man page's source, a
 * synopsis. A man page that is all there is stays, and so does one beside a page that only shares its name.
 */
final class GeneratedManPages {

    /** Enough of a page to find its synopsis section, which a man page's source puts near the top. */
    private static final int OPENING_BYTES = 64 * 1024;

    private final Map<String, Path> pagesByName = new HashMap<>();

    /** @param files the folder's files */
    GeneratedManPages(List<Path> files) {
        for (Path file : files) {
            DocumentFormat format = DocumentFormat.ofFileName(file.getFileName().toString()).orElse(null);
            if (format != null && format != DocumentFormat.MAN_PAGE) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                pagesByName.putIfAbsent(name.substring(0, name.lastIndexOf('.')), file);
            }
        }
    }

    /** Whether the file is a man page that a page of another format, of the same name, is the source of. */
    boolean isGenerated(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (DocumentFormat.ofFileName(name).orElse(null) != DocumentFormat.MAN_PAGE) {
            return false;
        }
        // git-lfs.1 beside git-lfs.1.ronn, or cargo-build.1 and cargo-build.md anywhere in the folder.
        Optional<Path> source = Optional.ofNullable(pagesByName.get(name))
                .or(() -> Optional.ofNullable(pagesByName.get(name.substring(0, name.lastIndexOf('.')))));
        return source.filter(GeneratedManPages::hasSynopsis).isPresent();
    }

    private static boolean hasSynopsis(Path page) {
        try (InputStream in = Files.newInputStream(page)) {
            return new String(in.readNBytes(OPENING_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("synopsis");
        } catch (IOException e) {
            return false;
        }
    }
}
