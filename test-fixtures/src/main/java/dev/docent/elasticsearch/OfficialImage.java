package dev.docent.elasticsearch;

import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;

/** What every container of an official Elasticsearch image gets in the tests, single node or cluster node. */
final class OfficialImage {

    static final int HTTP_PORT = 9200;

    /** Plain HTTP without credentials, as the embedded nodes; no machine learning; a heap that suits a small machine. */
    static final Map<String, String> TEST_SETTINGS = Map.of(
            "xpack.security.enabled", "false",
            "xpack.ml.enabled", "false",
            // a nearly full build disk must not make the nodes refuse shards
            "cluster.routing.allocation.disk.threshold_enabled", "false",
            "ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    private OfficialImage() {
    }

    /** Started once the node answers HTTP; a new strategy each time, since one remembers the container it waited for. */
    static WaitStrategy serving(Duration patience) {
        return Wait.forHttp("/").forPort(HTTP_PORT).forStatusCode(200).withStartupTimeout(patience);
    }
}
