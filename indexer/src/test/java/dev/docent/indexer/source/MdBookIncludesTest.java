package dev.docent.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MdBookIncludesTest {

    private static final String LISTING = """
            use std::io;
            // ANCHOR: all
            fn main() {
                // ANCHOR: print
                println!("Guess!");
                // ANCHOR_END: print
            }
            // ANCHOR_END: all""";

    @Test
    void anAnchorShowsItsLinesWithoutTheAnchorsInside() {
        assertThat(MdBookIncludes.shown(LISTING, "all")).contains("fn main() {\n    println!(\"Guess!\");\n}");
        assertThat(MdBookIncludes.shown(LISTING, "print")).contains("    println!(\"Guess!\");");
    }

    @Test
    void aRangeShowsItsLinesCountedFromOne() {
        assertThat(MdBookIncludes.shown(LISTING, "1:1")).contains("use std::io;");
        assertThat(MdBookIncludes.shown(LISTING, "1")).contains("use std::io;");
        assertThat(MdBookIncludes.shown(LISTING, ":3")).contains("use std::io;\nfn main() {");
        assertThat(MdBookIncludes.shown(LISTING, "7:")).contains("}");
    }

    @Test
    void noSelectorShowsTheWholeFileAndAMissingAnchorNothing() {
        assertThat(MdBookIncludes.shown(LISTING, "")).hasValueSatisfying(text -> assertThat(text).startsWith("use std::io;\nfn main()")
                .doesNotContain("ANCHOR"));
        assertThat(MdBookIncludes.shown(LISTING, "nowhere")).isEmpty();
        assertThat(MdBookIncludes.shown(LISTING, "40:50")).isEmpty();
    }
}
