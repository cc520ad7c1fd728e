package dev.docent.app.insights;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.core.insights.Scope;

/** A report's scope as JSON: the period as ISO-8601 instants, and the filters that were set (null otherwise). */
public final class ScopeJson {

    private ScopeJson() {
    }

    public static ObjectNode of(Scope scope) {
        return JsonNodeFactory.instance.objectNode()
                .put("from", scope.period().from().toString())
                .put("to", scope.period().to().toString())
                .put("tenant", scope.tenant().orElse(null))
                .put("platform", scope.platform().orElse(null))
                .put("knowledgeBase", scope.knowledgeBase().orElse(null));
    }
}
