package dev.docent.indexer.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static final String ROBOTS = """
            User-agent: OtherBot
            Disallow: /

            User-agent: *
            Disallow: /private
            Disallow: /*.pdf$
            Allow: /private/public-page
            Crawl-delay: 2
            """;

    @Test
    void theStarGroupAppliesWithLongestMatchWinningAndWildcards() {
        RobotsTxt robots = RobotsTxt.parse(ROBOTS, WebsiteSource.USER_AGENT);

        assertThat(robots.allows("/docs/webhooks")).isTrue();
        assertThat(robots.allows("/private/keys")).isFalse();
        assertThat(robots.allows("/private/public-page")).isTrue();
        assertThat(robots.allows("/docs/manual.pdf")).isFalse();
        assertThat(robots.allows("/docs/manual.pdf?download=1")).isTrue();
        assertThat(robots.crawlDelay()).hasValue(Duration.ofSeconds(2));
    }

    @Test
    void aGroupNamingTheCrawlerWinsOverTheStarGroup() {
        RobotsTxt robots = RobotsTxt.parse(ROBOTS + "\nUser-agent: DocentBot\nDisallow: /drafts\n", WebsiteSource.USER_AGENT);

        assertThat(robots.allows("/private/keys")).isTrue();
        assertThat(robots.allows("/drafts/next")).isFalse();
    }
}
