package dev.docent.app.config;

/** docent.yml is missing, unreadable or wrong; the message names the file, line and key. */
public class InvalidConfigException extends IllegalArgumentException {

    public InvalidConfigException(String message) {
        super(message);
    }
}
