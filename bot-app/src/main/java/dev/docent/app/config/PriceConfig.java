package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of docent.yml's {@code prices} table: what a model costs, in US dollars per million
 * tokens, for the cost estimate recorded with every model call.
 */
public record PriceConfig(
        @JsonProperty("inputPerMillion") double inputPerMillion,
        @JsonProperty("outputPerMillion") double outputPerMillion) {
}
