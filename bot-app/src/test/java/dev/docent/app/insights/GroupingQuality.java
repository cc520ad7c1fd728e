package dev.docent.app.insights;

import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How well a gap report's groups match the topics questions were seeded from. Purity: the share of
 * questions that sit in a group whose majority is their own topic (1.0: no group mixes topics).
 * Inverse purity: the share that sit in their topic's largest group (1.0: no topic is split). F:
 * their harmonic mean.
 */
record GroupingQuality(double purity, double inversePurity, int questions) {

    static GroupingQuality of(GapReport report, Map<String, String> topicOf) {
        int total = 0;
        long majorities = 0;
        Map<String, Map<Integer, Integer>> groupsOfTopic = new HashMap<>();
        for (int g = 0; g < report.groups().size(); g++) {
            Map<String, Long> topics = topics(report.groups().get(g), topicOf);
            total += report.groups().get(g).size();
            majorities += topics.values().stream().mapToLong(Long::longValue).max().orElse(0);
            int group = g;
            topics.forEach((topic, n) -> groupsOfTopic.computeIfAbsent(topic, t -> new HashMap<>()).put(group, n.intValue()));
        }
        int together = groupsOfTopic.values().stream().mapToInt(groups -> groups.values().stream().max(Integer::compare).orElse(0)).sum();
        return new GroupingQuality(total == 0 ? 0 : (double) majorities / total, total == 0 ? 0 : (double) together / total, total);
    }

    /** How many of the group's questions come from each topic. */
    static Map<String, Long> topics(GapGroup group, Map<String, String> topicOf) {
        return group.questions().stream().collect(Collectors.groupingBy(q -> topicOf.getOrDefault(q, "?"), Collectors.counting()));
    }

    /** The topic most of the group's questions come from. */
    static String majority(GapGroup group, Map<String, String> topicOf) {
        return topics(group, topicOf).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }

    double f() {
        return purity + inversePurity == 0 ? 0 : 2 * purity * inversePurity / (purity + inversePurity);
    }
}
