package dev.docent.indexer.source.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a site's robots.txt for one crawler: the group naming the crawler if there is one,
 * else the {@code *} group. The longest matching Allow/Disallow rule decides (Allow on a tie), with
 * {@code *} and {@code $} wildcards, as RFC 9309 describes.
 */
public final class RobotsTxt {

    private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    public static RobotsTxt allowAll() {
        return ALLOW_ALL;
    }

    public static RobotsTxt parse(String text, String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT);
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean lastWasAgent = false;
        for (String raw : text.split("\\R")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (current == null || !lastWasAgent) {
                    current = new Group();
                    groups.add(current);
                }
                current.agents.add(value.toLowerCase(Locale.ROOT));
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current == null) {
                continue;
            }
            switch (key) {
                case "allow" -> current.rules.add(Rule.of(value, true));
                case "disallow" -> {
                    if (!value.isEmpty()) {
                        current.rules.add(Rule.of(value, false));
                    }
                }
                case "crawl-delay" -> current.crawlDelay = seconds(value);
                default -> { }
            }
        }
        Group chosen = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> !a.equals("*") && agent.contains(a)))
                .findFirst()
                .or(() -> groups.stream().filter(g -> g.agents.contains("*")).findFirst())
                .orElse(null);
        return chosen == null ? ALLOW_ALL : new RobotsTxt(chosen.rules, chosen.crawlDelay);
    }

    /** Whether the crawler may fetch this path (with its query, if any). */
    public boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(pathAndQuery) && (best == null || rule.length > best.length
                    || (rule.length == best.length && rule.allow))) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        Duration crawlDelay;
    }

    private record Rule(Pattern pattern, int length, boolean allow) {

        static Rule of(String path, boolean allow) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '*') {
                    regex.append(".*");
                } else if (c == '$' && i == path.length() - 1) {
                    regex.append('$');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return new Rule(Pattern.compile(regex.toString()), path.length(), allow);
        }

        boolean matches(String pathAndQuery) {
            return pattern.matcher(pathAndQuery).lookingAt();
        }
    }
}
