package dev.docent.app.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;

/** One request JDA sent to the fake REST API, and the status and body the fake answered. */
public record RecordedCall(String method, String path, String query, JsonNode body, int status, JsonNode response,
                           Instant time) {

    /** The id of what the fake answered with, e.g. of a message it accepted. */
    public String responseId() {
        return response == null ? "" : response.path("id").asText();
    }

    /** The message a call sends: the body itself, or the {@code data} of an interaction callback. */
    public JsonNode message() {
        JsonNode data = body.path("data");
        return data.isObject() ? data : body;
    }

    public boolean sendsMessageText() {
        JsonNode message = message();
        return message.hasNonNull("content") || message.path("embeds").size() > 0;
    }

    public String content() {
        return message().path("content").asText("");
    }

    public JsonNode embed() {
        JsonNode embeds = message().path("embeds");
        return embeds.size() > 0 ? embeds.get(0) : MissingNode.getInstance();
    }

    public boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + " " + body;
    }
}
