package dev.docent.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeLibrariesTest {

    private static final String JNI = System.mapLibraryName("onnxruntime4j_jni");
    private static final String RUNTIME = System.mapLibraryName("onnxruntime");

    @TempDir
    Path home;

    @BeforeEach
    void librariesShipForThisPlatform() {
        assumeTrue(resource(JNI) != null, "ONNX Runtime ships no libraries for " + OnnxRuntimeLibraries.platform());
    }

    @Test
    void extractsThisPlatformsLibrariesIntoAFolderNamedByVersionAndPlatform() throws IOException {
        Path libraries = OnnxRuntimeLibraries.extractTo(home).orElseThrow();

        assertThat(libraries.getParent()).isEqualTo(home);
        assertThat(libraries.getFileName().toString()).matches("onnxruntime-\\d+\\.\\d+\\.\\d+.*-" + OnnxRuntimeLibraries.platform());
        assertThat(Files.readAllBytes(libraries.resolve(JNI))).isEqualTo(bytes(JNI));
        assertThat(Files.size(libraries.resolve(RUNTIME))).isEqualTo(bytes(RUNTIME).length);
        try (var files = Files.list(libraries)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(JNI, RUNTIME);
        }
    }

    @Test
    void aLibraryAlreadyThereIsNotCopiedAgain() throws IOException {
        Path libraries = OnnxRuntimeLibraries.extractTo(home).orElseThrow();
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(libraries.resolve(RUNTIME), longAgo);

        assertThat(OnnxRuntimeLibraries.extractTo(home)).contains(libraries);

        assertThat(Files.getLastModifiedTime(libraries.resolve(RUNTIME))).isEqualTo(longAgo);
    }

    @Test
    void aLibraryCutShortIsReplaced() throws IOException {
        Path libraries = OnnxRuntimeLibraries.extractTo(home).orElseThrow();
        Files.write(libraries.resolve(JNI), new byte[] {1, 2, 3});

        OnnxRuntimeLibraries.extractTo(home);

        assertThat(Files.readAllBytes(libraries.resolve(JNI))).isEqualTo(bytes(JNI));
    }

    private static java.net.URL resource(String library) {
        return OnnxRuntimeLibraries.class.getClassLoader()
                .getResource("ai/onnxruntime/native/" + OnnxRuntimeLibraries.platform() + "/" + library);
    }

    private static byte[] bytes(String library) throws IOException {
        try (InputStream in = resource(library).openStream()) {
            return in.readAllBytes();
        }
    }
}
