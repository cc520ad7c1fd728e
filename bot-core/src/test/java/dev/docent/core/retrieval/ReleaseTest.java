package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void foldersNameReleasesTheWaysDocumentationSitesDo() {
        assertThat(Release.ofFolder("v2")).hasValue(release(2));
        assertThat(Release.ofFolder("1.x")).hasValue(release(1));
        assertThat(Release.ofFolder("2.1")).hasValue(release(2, 1));
        assertThat(Release.ofFolder("version-2.1.0")).hasValue(release(2, 1, 0));
        assertThat(Release.ofFolder("V3.0")).hasValue(release(3, 0));
    }

    @Test
    void aPlainNumberOrAWordIsNotARelease() {
        assertThat(Release.ofFolder("2024")).isEmpty();
        assertThat(Release.ofFolder("guides")).isEmpty();
        assertThat(Release.ofFolder("v2-migration")).isEmpty();
    }

    @Test
    void aQuestionNamesReleasesWithAVOrAsDottedNumbers() {
        assertThat(Release.namedIn("Crash after upgrading to 8.3.0: TypeError")).containsExactly(release(8, 3, 0));
        assertThat(Release.namedIn("Does v2 still read .quillrc? We are on version 1.x")).containsExactly(release(2), release(1));
        assertThat(Release.namedIn("Is this in Quillkit 1.4.")).containsExactly(release(1, 4));
    }

    @Test
    void numbersThatAreNotReleasesAreNotNamed() {
        assertThat(Release.namedIn("Set the timeout to 30 seconds and retry 2 times")).isEmpty();
        assertThat(Release.namedIn("const x = a.b1; host 10.0.0.1")).isEmpty();
        assertThat(Release.namedIn("see page.setInputFiles and utf8 or mp4")).isEmpty();
    }

    @Test
    void aReleaseCoversTheNumbersBothGive() {
        assertThat(release(1).covers(release(1, 4))).isTrue();
        assertThat(release(2, 1).covers(release(2))).isTrue();
        assertThat(release(2, 1).covers(release(2, 0))).isFalse();
        assertThat(release(1).covers(release(2))).isFalse();
    }

    @Test
    void releasesOrderByTheirNumbers() {
        assertThat(List.of(release(2), release(1, 10), release(1, 9)).stream().sorted().toList())
                .containsExactly(release(1, 9), release(1, 10), release(2));
    }

    private static Release release(Integer... numbers) {
        return new Release(List.of(numbers));
    }

    @Test
    void aChangelogsEntryHeadingIsARelease() {
        assertThat(List.of("2.28.1 (2022-06-29)", "[1.2.0] - 2023-01-01", "v9.0.0", "Version 2.3", "1.4.0", "3.0.0-beta.1",
                "Release 1.2 \u2014 March 2024", "2006-10-09 - Version 3.3.8")).allMatch(Release::headsAnEntry);
        assertThat(List.of("2.3 Configuring the server", "Release History", "v2 API", "2024", "Python 3.7+ support",
                "2006-10-09 - Meeting notes"))
                .noneMatch(Release::headsAnEntry);
    }
}
