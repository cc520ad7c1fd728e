package dev.docent.elasticsearch;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.testcontainers.DockerClientFactory;

/**
 * Whether the fixtures that run official images can run: a test class that needs them is skipped
 * (reported as skipped, not failed) where Testcontainers finds no Docker engine.
 */
final class DockerEngine {

    private static final Namespace NAMESPACE = Namespace.create(DockerEngine.class);

    private DockerEngine() {
    }

    /** @param purpose what the engine would run, for the skip's reason */
    static ConditionEvaluationResult neededFor(String purpose, ExtensionContext context) {
        boolean available = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Availability.class, type -> new Availability(), Availability.class)
                .available();
        return available
                ? ConditionEvaluationResult.enabled("Docker is available")
                : ConditionEvaluationResult.disabled("No Docker engine to run " + purpose);
    }

    /** Asked once per run: Testcontainers probes several places for an engine. */
    private record Availability(boolean available) {
        Availability() {
            this(DockerClientFactory.instance().isDockerAvailable());
        }
    }
}
