package dev.docent.core.knowledge;

import dev.docent.core.error.UserInputException;

/** A knowledge base name that cannot become part of an Elasticsearch index name; the message says what is allowed. */
public class InvalidKnowledgeBaseNameException extends UserInputException {

    public InvalidKnowledgeBaseNameException(String message) {
        super(message);
    }
}
