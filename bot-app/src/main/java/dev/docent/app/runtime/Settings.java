package dev.docent.app.runtime;

import dev.docent.core.error.UserInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Docent's settings from the environment. Secrets (ES_API_KEY) are only ever read from here,
 * never from a file that could be committed.
 *
 * @param elasticsearchUrls a cluster to use (ES_URL: one node's address, or several separated by
 *                          commas, so that losing one node does not lose the cluster); empty
 *                          means "start the embedded node"
 * @param home             where the embedded node keeps its data and logs (DOCENT_HOME, ~/.docent)
 * @param nodeHeap         the embedded node's heap, e.g. "512m"
 * @param nodeLib          the directory of the embedded node's jars (set by the launcher script)
 * @param indexSample      whether an empty Elasticsearch gets the bundled sample knowledge base
 * @param configFile       docent.yml: DOCENT_CONFIG, else ./docent.yml when it exists
 * @param httpPort         where {@code docent serve} listens (DOCENT_HTTP_PORT, 3000)
 */
public record Settings(List<URI> elasticsearchUrls, Optional<String> elasticsearchApiKey, Path home,
                       String nodeHeap, Optional<Path> nodeLib, boolean indexSample, Optional<Path> configFile,
                       int httpPort) {

    public static Settings from(Map<String, String> env, Map<String, String> systemProperties) {
        return new Settings(
                value(env, "ES_URL").map(Settings::uris).orElse(List.of()),
                value(env, "ES_API_KEY"),
                home(env, systemProperties),
                value(env, "DOCENT_ES_HEAP").orElse("512m"),
                value(env, "DOCENT_ES_NODE_LIB").or(() -> Optional.ofNullable(systemProperties.get("docent.es.node.lib")))
                        .map(Path::of),
                !value(env, "DOCENT_SAMPLE").map("off"::equalsIgnoreCase).orElse(false),
                value(env, "DOCENT_CONFIG").map(Path::of)
                        .or(() -> Optional.of(Path.of(systemProperties.getOrDefault("user.dir", "."), "docent.yml"))
                                .filter(Files::isRegularFile)),
                value(env, "DOCENT_HTTP_PORT").map(Settings::port).orElse(3000));
    }

    /** DOCENT_HOME, else ~/.docent. */
    public static Path home(Map<String, String> env, Map<String, String> systemProperties) {
        return value(env, "DOCENT_HOME").map(Path::of)
                .orElse(Path.of(systemProperties.getOrDefault("user.home", "."), ".docent"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new UserInputException("DOCENT_HTTP_PORT must be a port number (0-65535), was: " + value);
    }

    private static List<URI> uris(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).map(Settings::uri).toList();
    }

    private static URI uri(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new UserInputException("ES_URL must be an http(s) URL such as http://localhost:9200, was: " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UserInputException("ES_URL is not a valid URL: " + value, e);
        }
    }
}
