package dev.docent.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.docent.core.knowledge.KnowledgeBaseName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code docent.yml} into {@link DocentConfig} and checks it at start, so that a typo fails
 * with the file, line and key it is about instead of being silently ignored.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ConfigLoader() {
    }

    public static DocentConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (text.isBlank()) {
            return DocentConfig.empty();
        }
        DocentConfig config;
        try {
            config = YAML.readValue(text, DocentConfig.class);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(file + describe(e, text));
        }
        validate(file, config);
        return config;
    }

    private static void validate(Path file, DocentConfig config) {
        config.knowledgeBases().keySet().forEach(name -> requireName(file, "knowledgeBases", name));
        config.knowledgeBases().forEach((name, kb) -> {
            for (int i = 0; i < kb.sources().size(); i++) {
                String problem = kb.sources().get(i).problem();
                if (problem != null) {
                    throw new InvalidConfigException(file + ": knowledgeBases." + name + ".sources[" + i + "]: " + problem);
                }
            }
        });
        config.defaultKnowledgeBases().forEach(name -> requireName(file, "defaultKnowledgeBases", name));
        config.tenants().forEach((tenant, settings) -> {
            String key = "tenants." + tenant;
            if (settings.knowledgeBases() != null) {
                settings.knowledgeBases().forEach(name -> requireName(file, key + ".knowledgeBases", name));
            }
            settings.channels().forEach((channel, channelSettings) -> {
                if (channelSettings.knowledgeBases() != null) {
                    channelSettings.knowledgeBases().forEach(name ->
                            requireName(file, key + ".channels." + channel + ".knowledgeBases", name));
                }
            });
            if (settings.escalation() != null && (settings.escalation().channel() == null || settings.escalation().channel().isBlank())) {
                throw new InvalidConfigException(file + ": " + key + ".escalation: a channel is required");
            }
        });
        config.answerModel().ifPresent(model -> {
            if (model.provider() == null) {
                throw new InvalidConfigException(file + ": model.provider is missing (one of: openai, ollama, anthropic)");
            }
            if (model.name() == null || model.name().isBlank()) {
                throw new InvalidConfigException(file + ": model.name is missing (e.g. gpt-4o-mini)");
            }
            if (model.timeoutSeconds() <= 0 || model.maxRetries() < 0 || model.maxTokens() <= 0) {
                throw new InvalidConfigException(file + ": model.timeoutSeconds and model.maxTokens must be positive, "
                        + "model.maxRetries zero or more");
            }
        });
        config.prices().forEach((model, price) -> {
            if (price.inputPerMillion() < 0 || price.outputPerMillion() < 0) {
                throw new InvalidConfigException(file + ": prices." + model + ": a price cannot be negative");
            }
        });
        if (config.cache().entries() <= 0 || config.cache().ttlMinutes() <= 0) {
            throw new InvalidConfigException(file + ": cache.entries and cache.ttlMinutes must be positive");
        }
    }

    private static void requireName(Path file, String key, String name) {
        if (!KnowledgeBaseName.isValid(name)) {
            throw new InvalidConfigException(file + ": " + key + ": " + KnowledgeBaseName.rule(name));
        }
    }

    private static String describe(JsonProcessingException e, String text) {
        int lineNumber = e instanceof UnrecognizedPropertyException unknown
                ? lineOfKey(text, unknown.getPropertyName())
                : e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        String line = lineNumber < 0 ? "" : ", line " + lineNumber;
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        return switch (e) {
            case UnrecognizedPropertyException unknown -> line + ": unknown key '" + path + "'"
                    + known(unknown.getKnownPropertyIds());
            case InvalidFormatException format -> line + ": '" + path + "' cannot be '" + format.getValue() + "'"
                    + (format.getTargetType().isEnum() ? " (one of: " + enumValues(format.getTargetType()) + ")" : "");
            case JsonMappingException mapping -> line + ": '" + path + "': " + mapping.getOriginalMessage();
            default -> line + ": not valid YAML (" + e.getOriginalMessage() + ")";
        };
    }

    /**
     * Records are built only once all their keys are read, so Jackson reports an unknown key where
     * the record ends; the key's own line is what a reader needs.
     */
    private static int lineOfKey(String text, String key) {
        Pattern keyLine = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String known(Collection<Object> ids) {
        return ids == null || ids.isEmpty() ? "" : " (known keys: "
                + ids.stream().map(Objects::toString).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String enumValues(Class<?> type) {
        StringBuilder values = new StringBuilder();
        for (Object constant : type.getEnumConstants()) {
            if (!values.isEmpty()) {
                values.append(", ");
            }
            values.append(constant.toString().toLowerCase(java.util.Locale.ROOT));
        }
        return values.toString();
    }
}
