package dev.docent.app.config;

import dev.docent.core.error.UserInputException;

/**
 * docent.yml is missing, unreadable or wrong. The message holds one line per problem, each
 * {@code <file>:<line>:<column>: <key>: <what is wrong>}.
 */
public class InvalidConfigException extends UserInputException {

    public InvalidConfigException(String message) {
        super(message);
    }
}
