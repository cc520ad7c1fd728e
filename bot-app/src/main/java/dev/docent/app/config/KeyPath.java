package dev.docent.app.config;

/**
 * The path of a key in docent.yml as messages show it: {@code tenants.T0123.channels.C0HELP},
 * {@code knowledgeBases.docs.sources[1].url}. A key with a dot or a space in it is quoted.
 */
record KeyPath(String text) {

    static final KeyPath ROOT = new KeyPath("");

    KeyPath key(String name) {
        String part = name.isEmpty() || name.contains(".") || name.contains(" ") || name.contains("\"")
                ? "\"" + name.replace("\"", "\\\"") + "\"" : name;
        return new KeyPath(text.isEmpty() ? part : text + "." + part);
    }

    KeyPath index(int i) {
        return new KeyPath(text + "[" + i + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
