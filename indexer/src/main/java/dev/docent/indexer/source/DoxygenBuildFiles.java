package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Doxygen (a C or C++ library's API reference) writes beside its file, class and group pages
 * that is no page to answer from: every header again as a hyperlinked listing ({@code
 * _s_d_l__render_8h_source.html}), each class's list of all its members ({@code
 * class_foo-members.html}), and the indexes of every function, variable, macro and enumerator
 * ({@code globals_func_c.html}: "SDL_CreateRenderer() : SDL_render.h"), of files, classes and
 * folders. Indexed, SDL's 83 listings and 154 indexes stood beside its 231 pages. A build is known by
 * the style sheet Doxygen writes at its root.
 */
final class DoxygenBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("doxygen.css");
    private static final Pattern LISTING = Pattern.compile(".*(?:_source|-members)\\.html?");
    private static final Pattern INDEX = Pattern.compile("(?:globals|functions|namespacemembers|dir_|files|annotated|classes"
            + "|hierarchy|inherits|namespaces|graph_legend)[^/]*\\.html?");

    private DoxygenBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is a Doxygen source listing, member list or index. */
    static boolean isBuildOutput(Path root, Path file) {
        String name = file.getFileName().toString();
        return INDEX.matcher(name).matches() && BuildMarkers.isAtBuildRoot(file, BUILD_MARKERS)
                || LISTING.matcher(name).matches() && BuildMarkers.isInsideBuild(root, file, BUILD_MARKERS);
    }
}
