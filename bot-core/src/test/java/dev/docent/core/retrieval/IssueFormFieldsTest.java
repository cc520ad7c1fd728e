package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueFormFieldsTest {

    @Test
    void aFlattenedBugFormKeepsOnlyWhatTheReporterWrote() {
        String report = "### Prerequisites - [X] I have written a descriptive issue title - [X] I have searched existing issues to"
                + " ensure the bug has not already been reported ### Fastify version 4.27.0 ### Plugin version ### Node.js version"
                + " 20.17.0 ### Operating system macOS ### Operating system version (i.e. 20.04, 11.3, 10) 14.2"
                + " ### Which browsers are you seeing the problem on? Chrome, Firefox"
                + " ### Description A querystring property of type number fails validation";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("### Description A querystring property of type number fails validation");
    }

    @Test
    void aFormOnItsLinesLosesItsChecklistAndEnvironment() {
        String report = """
                ### Prerequisites
                - [x] I have searched existing issues
                ### Node.js version
                18.x
                ### Steps to Reproduce
                Register the plugin twice.""";

        assertThat(IssueFormFields.leftOut(report)).doesNotContain("searched existing issues", "Node.js", "Prerequisites")
                .contains("### Steps to Reproduce", "Register the plugin twice.");
    }

    /** Nuxt's form opens with `nuxi info`; Astro's has an "Astro Info" block; Vite's an `envinfo` report. */
    @Test
    void anEnvironmentReportIsLeftOutUpToTheNextHeadingOrTheReportersOwnWords() {
        String nuxt = """
                useFetch fired only once despite navigating back to the page
                ### Environment

                ------------------------------
                - Operating System: `Windows_NT`
                - Nuxt Version:     `3.0.0-rc.4`
                - User Config:      `modules`, `css`, `typescript`, `ssr`, `runtimeConfig`, `vite`, `proxy`
                - Runtime Modules:  `@nuxtjs/tailwindcss@5.1.3`, `@pinia/nuxt@0.3.0`
                ------------------------------

                ### Reproduction

                https://stackblitz.com/edit/github-5vwluf

                ### Describe the bug

                When navigating back, `useFetch` does not fetch data.""";
        String astro = """
                Images break after upgrading
                ### Astro Info

                ```
                Astro                    v4.16.7
                Node                     v20.12.2
                Integrations             @astrojs/tailwind
                ```

                ### Describe the Bug

                The `<Image>` component renders nothing.""";
        String prose = """
                ### Environment
                nuxt rc6
                I use the `server: false` option and the data never arrives. How do I fix it?""";

        assertThat(IssueFormFields.leftOut(nuxt)).startsWith("useFetch fired only once despite navigating back to the page\n### Reproduction")
                .doesNotContain("Environment", "Operating System", "runtimeConfig", "tailwindcss", "-----")
                .endsWith("When navigating back, `useFetch` does not fetch data.");
        assertThat(IssueFormFields.leftOut(astro)).isEqualTo("""
                Images break after upgrading
                ### Describe the Bug

                The `<Image>` component renders nothing.""");
        assertThat(IssueFormFields.leftOut(prose)).isEqualTo("I use the `server: false` option and the data never arrives. How do I fix it?");
    }

    /** Pydantic's form ends with `version_info()`'s report under a heading that names what it gives the versions of. */
    @Test
    void aReportOfTheVersionsOfAFewNamedThingsIsLeftOutWithItsBlock() {
        String report = """
                Cannot import ENCODERS_BY_TYPE
                ### Description

                I can no longer import ENCODERS_BY_TYPE, how should I fix this issue?

                ### Python, Pydantic & OS Version

                ```Text
                             pydantic version: 2.5.2
                                 install path: /home/tom/miniconda3/envs/app/lib/python3.10/site-packages/pydantic
                               python version: 3.10.0 (default, Mar  3 2022, 09:58:08) [GCC 7.5.0]
                                     platform: Linux-6.1.11-76060111-generic-x86_64-with-glibc2.35
                             related packages: email-validator-2.0.0.post2 typing_extensions-4.8.0 fastapi-0.105.0
                ```""";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("""
                Cannot import ENCODERS_BY_TYPE
                ### Description

                I can no longer import ENCODERS_BY_TYPE, how should I fix this issue?""");
    }

    /** Next.js' form asks for `next info`'s report under a heading of its own words. */
    @Test
    void aFormsRequestForTheEnvironmentHeadsItsReport() {
        String report = """
                <Link> component make the page refresh
                ### To Reproduce

                Link makes an http request to the server, why?

                ### Provide environment information

                ```bash
                Operating System:
                  Platform: darwin
                  Arch: arm64
                Relevant Packages:
                  next: 14.2.5 // Latest available version is detected (14.2.5).
                  react: 18.3.1
                ```

                ### Which stage(s) are affected? (Select all that apply)

                next dev (local)""";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("""
                <Link> component make the page refresh
                ### To Reproduce

                Link makes an http request to the server, why?

                ### Which stage(s) are affected? (Select all that apply)

                next dev (local)""");
    }

    @Test
    void aHeadingAboutEnvironmentVariablesIsTheReportersSubject() {
        String report = """
                ### Environment variables are undefined in middleware

                `process.env.SECRET` is undefined in `middleware.ts`.""";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo(report);
    }

    /** Astro's earlier bug form: each question about the setup a heading, its answer under it. */
    @Test
    void fieldsThatAskWhatTheReporterIsUsingGoWithTheirAnswer() {
        String report = """
                ### What version of `astro` are you using?

                1.0.1

                ### Are you using an SSR adapter? If so, which one?

                Vercel

                ### What package manager are you using?

                pnpm

                ### Describe the Bug

                `getStaticPaths` is ignored with `output: 'server'`.""";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("### Describe the Bug\n\n`getStaticPaths` is ignored with `output: 'server'`.");
    }

    @Test
    void aFieldTheReporterLeftEmptyGoesWithItsHeading() {
        String report = """
                ### Describe the bug

                The dev server answers 403 for `?url=` queries.

                ### Additional context

                _No response_

                ### Logs

                _No response_""";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("### Describe the bug\n\nThe dev server answers 403 for `?url=` queries.");
    }

    @Test
    void aLongPastedChecklistIsLeftOutWithoutOverflowingTheStack() {
        String pasted = "Which of these should I keep?\n" + "- [x] keep this one\n".repeat(2_000);

        assertThat(IssueFormFields.leftOut(pasted)).isEqualTo("Which of these should I keep?");
    }

    @Test
    void sentencesThatSpeakOfVersionsOrListsStay() {
        String question = "maxRedirections option doesn't work anymore since v7\n## Bug Description Since version seven (or six"
                + " I didn't test) the `maxRedirections` option do not work anymore (redirections are not followed anymore).";
        String markdown = "How do I render a task list? I write - [ ] in the page and nothing shows.";

        assertThat(IssueFormFields.leftOut(question)).isEqualTo(question);
        assertThat(IssueFormFields.leftOut("How do I pin the version of the plugin?")).isEqualTo("How do I pin the version of the plugin?");
        assertThat(IssueFormFields.leftOut(markdown)).isEqualTo(markdown);
    }
}
