package dev.docent.core.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries in a directory of Docent's own, extracted once per version,
 * and points ONNX Runtime at it ({@value #NATIVE_PATH}) before it loads.
 *
 * <p>Left to itself, ONNX Runtime 1.20 copies its 16 MB of libraries into a new
 * {@code /tmp/onnxruntime-java*} directory in every process, and the JVM's exit hook removes the
 * files but not the directory (it tries the directory first, while it still holds them): every run
 * of {@code docent} left an empty directory behind. Given a library path, ONNX Runtime extracts
 * nothing, and its temporary directory is empty when the hook removes it.
 */
public final class OnnxRuntimeLibraries {

    static final String NATIVE_PATH = "onnxruntime.native.path";
    private static final String RUNTIME_CLASS = "ai.onnxruntime.OrtEnvironment";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static final Logger LOG = LoggerFactory.getLogger(OnnxRuntimeLibraries.class);

    private OnnxRuntimeLibraries() {
    }

    /**
     * Extracts the libraries into {@code directory} unless a library path is set already, and sets it.
     * Must run before anything touches ONNX Runtime. On failure ONNX Runtime extracts them as before.
     */
    public static void keepIn(Path directory) {
        if (System.getProperty(NATIVE_PATH) != null) {
            return;
        }
        try {
            extractTo(directory).ifPresent(libraries -> System.setProperty(NATIVE_PATH, libraries.toString()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ONNX Runtime's libraries could not be kept in {} ({}); it extracts them to a temporary directory",
                    directory, e.toString());
        }
    }

    /**
     * The libraries of this platform and of the ONNX Runtime on the classpath, in a folder of
     * {@code directory} named by both; a library already there at its full size is not copied again.
     * Empty when the classpath holds no libraries for this platform.
     */
    static Optional<Path> extractTo(Path directory) throws IOException {
        ClassLoader loader = OnnxRuntimeLibraries.class.getClassLoader();
        Optional<String> version = runtimeVersion(loader);
        String platform = platform();
        if (version.isEmpty() || platform.isEmpty()) {
            return Optional.empty();
        }
        Path target = directory.resolve("onnxruntime-" + version.get() + "-" + platform);
        for (String library : LIBRARIES) {
            String file = System.mapLibraryName(library);
            URL resource = loader.getResource("ai/onnxruntime/native/" + platform + "/" + file);
            if (resource == null) {
                return Optional.empty();
            }
            copyUnlessPresent(resource, target.resolve(file));
        }
        return Optional.of(target);
    }

    private static void copyUnlessPresent(URL resource, Path file) throws IOException {
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return;
        }
        Files.createDirectories(file.getParent());
        // Another process may be extracting the same library: each writes its own file and moves it
        // into place whole, so that none ever loads a half-written one.
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Read from the jar's manifest without initialising the class, which would load the libraries. */
    private static Optional<String> runtimeVersion(ClassLoader loader) {
        try {
            Package runtime = Class.forName(RUNTIME_CLASS, false, loader).getPackage();
            return Optional.ofNullable(runtime == null ? null : runtime.getImplementationVersion())
                    .filter(v -> v.matches("[0-9A-Za-z.+-]+"));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** ONNX Runtime's name for this platform's folder of libraries: linux-x64, osx-aarch64, win-x64. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : "";
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : "";
        return osName.isEmpty() || archName.isEmpty() ? "" : osName + "-" + archName;
    }
}
