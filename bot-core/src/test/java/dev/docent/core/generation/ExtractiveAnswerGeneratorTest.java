package dev.docent.core.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Citation;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExtractiveAnswerGeneratorTest {

    private final ExtractiveAnswerGenerator extractive = new ExtractiveAnswerGenerator(ExtractiveAnswerGenerator.Limits.defaults());
    private final CitationVerifier verifier = new CitationVerifier(CitationVerifier.Thresholds.defaults(), new SimpleMeterRegistry());

    /** What the asker sees: the extractive draft after the citation verifier, which every answer passes. */
    private GeneratedAnswer answer(String question, List<RankedPassage> passages) {
        GeneratedAnswer answer = verifier.verify(extractive.draft(question, passages));
        assertThat(answer.notes()).as("a quote always matches its own passage").isEmpty();
        return answer;
    }

    @Test
    void quotesTheMatchingSentenceAndCitesItsPassage() {
        RankedPassage retries = passage("webhooks", "Webhooks", List.of("Retries"),
                "Formwell retries a failed webhook delivery up to 8 times over 24 hours. "
                        + "Deliveries time out after 10 seconds. Webhooks are signed with your secret.");
        RankedPassage plans = passage("plans", "Plans", List.of(), "The Team plan costs 49 dollars per month.");

        GeneratedAnswer answer = answer("How many times is a failed webhook retried?", List.of(retries, plans));

        assertThat(answer.text()).contains("retries a failed webhook delivery up to 8 times over 24 hours. [1]");
        assertThat(answer.text()).doesNotContain("49 dollars");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.title()).isEqualTo("Webhooks");
            assertThat(c.section()).isEqualTo("Retries");
            assertThat(c.url()).isEqualTo("https://docs.example/webhooks");
            assertThat(c.snippet()).contains("8 times");
        });
    }

    @Test
    void aMessageThatASentenceAnnouncesIsQuotedWholeAndWithItsAnnouncement() {
        RankedPassage lockout = passage("password-reset", "Password reset", List.of("Locked out after failed attempts"),
                """
                After 10 failed sign-in attempts within 15 minutes, Formwell locks the account for 30 minutes and shows:

                Too many sign-in attempts. Try again in 30 minutes or reset your password.

                Owners and Admins cannot unlock another member's account.
                """);

        GeneratedAnswer byTheMessage = answer("It says too many sign-in attempts, what now?", List.of(lockout));
        GeneratedAnswer byWhoUnlocks = answer(
                "My account is locked after failed sign-in attempts, can Owners and Admins unlock a member's account?",
                List.of(lockout));

        for (GeneratedAnswer answer : List.of(byTheMessage, byWhoUnlocks)) {
            assertThat(answer.text()).contains(
                    "shows: [1]\nToo many sign-in attempts. Try again in 30 minutes or reset your password. [1]");
        }
        assertThat(byWhoUnlocks.text()).as("the message stands on a line of its own")
                .contains("reset your password. [1]\nOwners and Admins cannot unlock");
    }

    @Test
    void everyCitationMarkerPointsAtAListedSourceNumberedInOrderOfUse() {
        RankedPassage sso = passage("sso", "Single sign-on", List.of("SAML"),
                "Single sign-on with SAML is available on the Business plan. Okta and Entra ID are supported.");
        RankedPassage scim = passage("scim", "SCIM", List.of(), "SCIM provisioning of users needs single sign-on first.");

        GeneratedAnswer answer = answer("Which plan has SAML single sign-on and SCIM provisioning?", List.of(sso, scim));

        Matcher markers = Pattern.compile("\\[(\\d+)]").matcher(answer.text());
        java.util.Set<Integer> used = new java.util.LinkedHashSet<>();
        while (markers.find()) {
            used.add(Integer.parseInt(markers.group(1)));
        }
        assertThat(used).containsExactlyElementsOf(answer.citations().stream().map(Citation::number).toList());
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1, 2);
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Single sign-on", "SCIM");
    }

    @Test
    void twoPassagesOfOneSectionAreOneSource() {
        RankedPassage first = passage("alter-table", "ALTER TABLE", List.of("ALTER TABLE ADD COLUMN"),
                "The ADD COLUMN syntax is used to add a new column to an existing table.");
        IndexedPassage rest = IndexedPassage.of("docs", "alter-table.md", 1, 2, "ALTER TABLE", List.of("ALTER TABLE ADD COLUMN"),
                "When adding a column with a CHECK constraint, the constraint is tested against all existing rows.",
                "https://docs.example/alter-table", "h", null);
        RankedPassage second = new RankedPassage("alter-table-1", rest, 0.02, OptionalInt.of(2), OptionalInt.of(2),
                OptionalDouble.of(0.88), false);

        GeneratedAnswer answer = answer("How do I add a column to an existing table with a check constraint?",
                List.of(first, second));

        assertThat(answer.text()).contains("add a new column to an existing table. [1]",
                "tested against all existing rows. [1]").doesNotContain("[2]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("ALTER TABLE ADD COLUMN");
            assertThat(c.snippet()).contains("add a new column", "tested against all existing rows");
        });
        assertThat(answer.sources()).extracting(RankedPassage::id).containsExactly("alter-table");
    }

    @Test
    void aChosenStepBringsItsWholeProcedure() {
        RankedPassage reset = passage("password", "Password reset", List.of("Reset your password"), """
                To reset your password:
                1. Open the sign-in page and click Forgot password.
                2. Enter your work email address.
                3. Follow the link in the email within 30 minutes.
                """);

        GeneratedAnswer answer = answer("forgot password link expired?", List.of(reset));

        assertThat(answer.text()).contains("To reset your password: [1]", "1. Open the sign-in page", "2. Enter your work email",
                "3. Follow the link in the email within 30 minutes. [1]");
    }

    @Test
    void aParameterThatMatchesComesWithoutTheRestOfTheSignatureAndLeavesRoomForTheWordsThatSayHow() {
        RankedPassage mkdir = passage("fs", "File system", List.of("Callback API", "`fs.mkdir(path[, options], callback)`"), """
                * `path` {string|Buffer|URL}
                * `options` {Object|integer}
                * `recursive` {boolean} **Default:** `false`
                * `mode` {string|integer} Not supported on Windows. **Default:** `0o777`.
                * `callback` {Function}
                * `err` {Error}
                * `path` {string|undefined} Present only if a directory is created with `recursive` set to `true`.

                Asynchronously creates a directory.

                The optional `options` argument can be an integer specifying `mode`, or an object with a `mode` property \
                and a `recursive` property indicating whether parent directories should be created.
                """);

        GeneratedAnswer answer = answer("How do I create a directory recursively?", List.of(mkdir));

        assertThat(answer.text()).contains("* `path` {string|undefined} Present only if a directory is created",
                "a `recursive` property indicating whether parent directories should be created. [1]");
        assertThat(answer.text()).doesNotContain("`callback` {Function}", "`mode` {string|integer}");
    }

    @Test
    void anOptionThatMatchesComesWithoutTheOtherOptionsItsPassageCutFromALongList() {
        RankedPassage options = passage("client", "Class: Client", List.of("Parameter: `ClientOptions`"), """
                * **keepAliveTimeout** `number | null` (optional) - Default: `4e3` - The timeout after which a socket \
                without active requests will time out. This value may be overridden by *keep-alive* hints from the server.
                * **maxHeaderSize** `number | null` (optional) - Default: `16384` - The maximum length of request headers.
                * **maxResponseSize** `number | null` (optional) - Default: `-1` - Set to `-1` to disable.
                * **allowH2**: `boolean` - Default: `false`. Enables support for H2.
                """);

        GeneratedAnswer answer = answer("How do I disable keep-alive?", List.of(options));

        assertThat(answer.text()).contains("**keepAliveTimeout**").doesNotContain("maxHeaderSize", "allowH2");
    }

    @Test
    void aSphinxParameterThatMatchesComesWithoutTheOtherParameters() {
        RankedPassage blueprint = passage("api", "API", List.of("Blueprint Objects", "class flask.Blueprint(…)"), """
                Parameters:
                - name (str) – The name of the blueprint. Will be prepended to each endpoint name.
                - static_folder (Optional[Union[str, PathLike]]) – A folder with static files that should be served                 by the blueprint’s static route. Blueprint static files are disabled by default.
                - template_folder (Optional[str]) – A folder with templates that should be added to the app’s                 template search path.
                - url_prefix (Optional[str]) – A path to prepend to all of the blueprint’s URLs.
                """);

        GeneratedAnswer answer = answer("How do I serve static files from a blueprint?", List.of(blueprint));

        assertThat(answer.text()).contains("static_folder").doesNotContain("template_folder", "url_prefix");
    }

    @Test
    void thePassageTheKeywordSearchPutFirstIsAmongThoseTheAnswerDrawsFrom() {
        List<RankedPassage> warnings = List.of(
                rankedLexically(2, passage("warnings", "Warnings", List.of("Warnings In Fastify"),
                        "Fastify's warnings are recognizable by the `FSTWRN` and `FSTDEP` prefixes on warning code.")),
                rankedLexically(3, passage("warnings", "Warnings", List.of("Warnings In Fastify"),
                        "Warnings can also be disabled.")),
                rankedLexically(4, passage("warnings", "Warnings", List.of("Fastify Warning Codes"),
                        "| Code | Description |\n| --- | --- |\n| FSTWRN001 | The schema for a route is missing. |")),
                rankedLexically(1, passage("warnings", "Warnings", List.of("Fastify Deprecation Codes"),
                        "| Code | Description | How to solve |\n| --- | --- | --- |\n"
                                + "| FSTDEP010 | Modifying the `reply.sent` property is deprecated. | Use the `reply.hijack()` method. |")));

        assertThat(answer("FSTDEP010", warnings).text()).contains("Modifying the `reply.sent` property is deprecated.");
    }

    @Test
    void aParameterThatAnnouncesItsPartsBringsThem() {
        RankedPassage parseArgs = passage("util", "Util", List.of("`util.parseArgs([config])`"), """
                * `config` {Object} Used to provide arguments for parsing.
                * Returns: {Object} The parsed command line arguments:
                  * `values` {Object} A mapping of parsed option names with their values.
                  * `positionals` {string[]} Positional arguments.
                """);

        GeneratedAnswer answer = answer("What does parseArgs return for parsed command line arguments?", List.of(parseArgs));

        assertThat(answer.text()).contains("The parsed command line arguments: [1]", "`values` {Object} A mapping", "`positionals`");
    }

    @Test
    void aSentenceThatAnnouncesAnExampleBringsTheExampleButCodeIsNeverQuotedAlone() {
        RankedPassage ignores = passage("ignore", "Ignore files", List.of("Ignore directories"), """
                For example, the following ignores the `.config` directory as a whole:

                ```js
                export default [globalIgnores([".config/"])];
                ```

                Patterns are relative to the configuration file.

                ```js
                const unrelated = values[1];
                ```
                """);

        GeneratedAnswer answer = answer("how do I ignore the .config directory", List.of(ignores));

        assertThat(answer.text()).startsWith("For example, the following ignores the `.config` directory as a whole: [1]\n"
                + "```\nexport default [globalIgnores([\".config/\"])];\n```");
        assertThat(answer.text()).doesNotContain("unrelated");
    }

    @Test
    void aStepThatSaysWhatToDoBringsItsExample() {
        RankedPassage partitioning = passage("partitioning", "Table Partitioning", List.of("Example"), """
                To use declarative partitioning, use the following steps:

                1. Create the `measurement` table as a partitioned table by specifying the `PARTITION BY` clause.

                ```
                CREATE TABLE measurement (logdate date not null) PARTITION BY RANGE (logdate);
                ```

                2. The partitions hold the rows.

                ```
                SELECT count(*) FROM measurement_y2006m02;
                ```
                """);

        GeneratedAnswer answer = answer("How do I create a partitioned table?", List.of(partitioning));

        assertThat(answer.text()).contains("1. Create the `measurement` table as a partitioned table",
                "```\nCREATE TABLE measurement (logdate date not null) PARTITION BY RANGE (logdate);\n```");
        assertThat(answer.text()).as("a step that does not say what to do").doesNotContain("SELECT count(*)");
        GeneratedAnswer announced = answer("How do I use declarative partitioning?", List.of(partitioning));
        assertThat(announced.text()).as("the steps an introduction brings").startsWith("To use declarative partitioning")
                .contains("CREATE TABLE measurement");
    }

    @Test
    void aSentenceThatSaysWhatComesNextBringsTheSentenceThatShowsHowAndItsExample() {
        RankedPassage tutorial = passage("tutorial", "A tutorial", List.of("Extracting translatable strings"), """
                Now, it is time to extract the strings to be translated from the program source code. \
                This is achieved with xgettext, which can be invoked as follows:

                ```
                xgettext -d hello -o hello.pot hello.c
                ```

                This processes the source code in hello.c, saving the output in hello.pot.
                """);

        GeneratedAnswer answer = answer("How do I extract translatable strings from my C sources?", List.of(tutorial));

        assertThat(answer.text()).startsWith("Now, it is time to extract the strings to be translated from the program source code. [1] "
                + "This is achieved with xgettext, which can be invoked as follows: [1]\n```\nxgettext -d hello -o hello.pot hello.c\n```");
    }

    @Test
    void aSentenceAboutTheExampleBeforeItComesAfterThatExampleAndItsAnnouncement() {
        RankedPassage parser = passage("parser", "Configure a Parser", List.of("Configure a Custom Parser"), """
                You can optionally override the default parser by using the `parser` property. \
                For example, you can use the `@babel/eslint-parser` package to allow ESLint to parse experimental syntax:

                ```js
                export default [{ languageOptions: { parser: babelParser } }];
                ```

                This configuration ensures that the Babel parser, rather than the default Espree parser, is used to parse all files.
                """);

        GeneratedAnswer answer = answer("Is Espree still the default parser for all files?", List.of(parser));

        assertThat(answer.text()).isEqualTo("For example, you can use the `@babel/eslint-parser` package to allow ESLint to parse "
                + "experimental syntax: [1]\n```\nexport default [{ languageOptions: { parser: babelParser } }];\n```\n"
                + "This configuration ensures that the Babel parser, rather than the default Espree parser, is used to parse all files. [1]");
    }

    @Test
    void aSentenceAboutAnExampleTooLongToQuoteStandsAlone() {
        String longExample = "const line = 1;\n".repeat(20);
        RankedPassage parser = passage("parser", "Configure a Parser", List.of("Configure a Custom Parser"),
                "For example, you can use the `@babel/eslint-parser` package to allow ESLint to parse experimental syntax:\n\n"
                        + "```js\n" + longExample + "```\n\n"
                        + "This configuration ensures that the Babel parser, rather than the default Espree parser, is used to parse all files.");

        GeneratedAnswer answer = answer("Is Espree still the default parser for all files?", List.of(parser));

        assertThat(answer.text()).isEqualTo(
                "This configuration ensures that the Babel parser, rather than the default Espree parser, is used to parse all files. [1]");
    }

    @Test
    void aSentenceThatSpeaksOfWhatTheOneBeforeItSaidComesWithThatOne() {
        RankedPassage url = passage("http2", "HTTP/2", List.of("Class: Http2ServerRequest", "request.url"), """
                Request URL string. This contains only the URL that is present in the actual HTTP request.
                """);

        GeneratedAnswer answer = answer("Does the url contain only what the actual HTTP request has?", List.of(url));

        assertThat(answer.text()).isEqualTo(
                "Request URL string. [1] This contains only the URL that is present in the actual HTTP request. [1]");
    }

    @Test
    void aSentenceThatSpeaksOfThisOptionComesWithTheOneThatNamesIt() {
        RankedPassage statics = passage("web_advanced", "Web Server Advanced", List.of("Static file handling"), """
                Caution: Enabling `follow_symlinks` can be a security risk. You do NOT need this option to follow symlinks \
                which point to somewhere else within the static directory.
                """);

        GeneratedAnswer answer = answer("Do I need an option to follow symlinks within the static directory?", List.of(statics));

        assertThat(answer.text()).isEqualTo("Caution: Enabling `follow_symlinks` can be a security risk. [1] You do NOT need this "
                + "option to follow symlinks which point to somewhere else within the static directory. [1]");
    }

    @Test
    void aSentenceWhoseItStandsForNothingOrThatFollowsAPointerComesAlone() {
        RankedPassage tokens = passage("tokens", "Tokens", List.of("Rotation"), """
                Tokens are listed under Settings. It is recommended to rotate API tokens every ninety days.
                """);
        RankedPassage rule = passage("rule", "no-use-before-define", List.of(), """
                See the base rule's page for documentation. This rule extends the base no-use-before-define rule.
                """);

        assertThat(answer("How often should I rotate API tokens?", List.of(tokens)).text())
                .isEqualTo("It is recommended to rotate API tokens every ninety days. [1]");
        assertThat(answer("Which rule does no-use-before-define extend?", List.of(rule)).text())
                .isEqualTo("This rule extends the base no-use-before-define rule. [1]");
    }

    @Test
    void aQuotedMessageBringsTheFixThatFollowsIt() {
        RankedPassage csp = passage("embedding", "Embedded form not showing", List.of("Content Security Policy"), """
                If your site sends a Content Security Policy header, the browser console shows something like:

                ```
                Refused to frame 'https://forms.example/' because it violates the following directive: "frame-src 'self'".
                ```

                Add the forms host to your policy:

                ```
                frame-src 'self' https://forms.example;
                ```

                Caching plugins sometimes keep an old policy for a day.
                """);

        GeneratedAnswer answer = answer("console says Refused to frame forms.example because it violates the Content Security Policy",
                List.of(csp));

        assertThat(answer.text()).contains("Add the forms host to your policy: [1]\n```\nframe-src 'self' https://forms.example;\n```")
                .doesNotContain("Caching plugins");
    }

    @Test
    void whatFollowsAnExampleNeverTakesAnotherPassagesPlaceNorFollowsAnExampleLeftOut() {
        RankedPassage local = passage("plugins", "Configure Plugins", List.of("Configure a Local Plugin"), """
                You can also load plugins directly from a file, as in this example:

                ```js
                import local from "./my-local-plugin.js";
                ```

                Here, the namespace `local` is used, but you can use any name you like.
                """);
        RankedPassage api = passage("nodejs-api", "Node.js API Reference", List.of(),
                "The Node.js API lets plugin and tool authors use ESLint directly, without the command line interface.");
        ExtractiveAnswerGenerator twoUnits = new ExtractiveAnswerGenerator(new ExtractiveAnswerGenerator.Limits(3, 2, 900));

        Draft draft = twoUnits.draft("How do I load plugins from a file with the Node.js API?", List.of(local, api));

        assertThat(draft.text()).contains("Here, the namespace `local` is used").contains("without the command line interface. [2]");
        String longExample = "const line = 1;\n".repeat(20);
        RankedPassage ids = passage("fixtures", "Fixtures", List.of("Parametrizing fixtures"),
                "It is possible to customise the string used in a test ID by using the `ids` keyword argument:\n\n"
                        + "```python\n" + longExample + "```\n\n"
                        + "The above shows both kinds of value it accepts.");
        assertThat(answer("How do I customise the string used in a test ID?", List.of(ids)).text()).doesNotContain("The above");
    }

    @Test
    void aSentenceThatShowsHowIsQuotedAsAStatementWhenItsExampleIsTooLong() {
        String longExample = "const line = 1;\n".repeat(20);
        RankedPassage readline = passage("readline", "Readline", List.of("Example: Read file stream line-by-Line"),
                "A common use case for `readline` is to consume an input file one line at a time. "
                        + "The easiest way to do so is leveraging the `fs.ReadStream` API as well as a `for await...of` loop:\n\n"
                        + "```js\n" + longExample + "```\n");

        GeneratedAnswer answer = answer("How do I read a file line by line?", List.of(readline));

        assertThat(answer.text()).isEqualTo("A common use case for `readline` is to consume an input file one line at a time. [1] "
                + "The easiest way to do so is leveraging the `fs.ReadStream` API as well as a `for await...of` loop. [1]");
    }

    @Test
    void aReferenceSectionsOpeningThatSaysThisOptionIsLedByTheNameItsHeadingIs() {
        RankedPassage maxWarnings = passage("cli", "Command Line Interface Reference", List.of("Options", "`--max-warnings`"),
                "This option allows you to specify a warning threshold, which can be used to force ESLint to exit with an "
                        + "error status if there are too many warning-level rule violations in your project.");
        RankedPassage availability = passage("sso", "Single sign-on", List.of("Availability"),
                "This setting is included in the Business plan and can force members to use SSO.");

        assertThat(answer("How do I force an error status when there are too many warnings?", List.of(maxWarnings)).text())
                .startsWith("`--max-warnings`: This option allows you to specify a warning threshold");
        assertThat(answer("Which plan includes the setting that forces SSO?", List.of(availability)).text())
                .startsWith("This setting is included in the Business plan");
    }

    @Test
    void theOpeningOfASectionHeadedByCodeIsLedByThatNameAfterItsLineOfFacts() {
        RankedPassage noIgnore = passage("cli", "Command Line Interface Reference", List.of("Options", "`--no-ignore`"),
                "Disables excluding of files from `--ignore-pattern` flags and the `ignores` property in configuration.");
        RankedPassage mkdir = passage("fs", "File system", List.of("`fs.mkdir(path[, options], callback)`"),
                "Added in: v0.1.8\n\nAsynchronously creates a directory.");
        RankedPassage subprocessors = passage("privacy", "Privacy", List.of("Sub-processors"),
                "The current list of sub-processors is published on our legal site.");

        assertThat(answer("How do I stop excluding files from ignore patterns?", List.of(noIgnore)).text())
                .startsWith("`--no-ignore`: Disables excluding of files");
        assertThat(answer("How do I create a directory asynchronously?", List.of(mkdir)).text())
                .contains("`fs.mkdir`: Asynchronously creates a directory.");
        RankedPassage reload = passage("api", "API", List.of("class flask.Flask(…)", "property templates_auto_reload: bool"),
                "Reload templates when they are changed.");
        assertThat(answer("Does Flask reload templates when they are changed?", List.of(reload)).text())
                .startsWith("`templates_auto_reload`: Reload templates when they are changed.");
        assertThat(answer("Where is the list of sub-processors published?", List.of(subprocessors)).text())
                .startsWith("The current list of sub-processors");
        RankedPassage likewise = passage("rule", "no-misused-promises", List.of("Options", "`checksVoidReturn`"),
                "Likewise, if you don't want to check functions that return promises where a void return is expected, turn it off.");
        assertThat(answer("How do I not check functions that return promises where a void return is expected?", List.of(likewise))
                .text()).startsWith("Likewise, if you don't want to check functions");
    }

    @Test
    void theOpeningOfASectionHeadedByAFlagAndItsAliasIsLedByBoth() {
        RankedPassage eval = passage("cli", "Command-line API", List.of("Options", "`-e`, `--eval \"script\"`"),
                "Evaluate the following argument as JavaScript. The modules which are predefined in the REPL can also be used.");

        assertThat(answer("How do I evaluate a JavaScript argument from the command line?", List.of(eval)).text())
                .startsWith("`-e`, `--eval \"script\"`: Evaluate the following argument as JavaScript. [1]");
    }

    @Test
    void thisRuleUnderAPlainHeadingIsLedByTheNameThePagesTitleIs() {
        RankedPassage details = passage("rules/max-lines", "max-lines", List.of("Rule Details"),
                "This rule enforces a maximum number of lines per file, in order to aid in maintainability.");
        RankedPassage availability = passage("sso", "Single sign-on", List.of("Availability"),
                "This setting is included in the Business plan and can force members to use SSO.");

        assertThat(answer("How do I limit the number of lines per file?", List.of(details)).text())
                .startsWith("`max-lines`: This rule enforces a maximum number of lines per file");
        RankedPassage options = passage("rules/max-lines#options", "max-lines", List.of("Options"),
                "This rule has an object option to limit the number of lines per file, skipping blank lines.");
        assertThat(answer("How do I limit the number of lines per file?", List.of(details, options)).text())
                .as("the name once").containsOnlyOnce("`max-lines`");
        assertThat(answer("Which plan includes the setting that forces SSO?", List.of(availability)).text())
                .startsWith("This setting is included in the Business plan");
    }

    @Test
    void aSentenceFollowedByAnExampleOfSomethingElseComesAlone() {
        RankedPassage tutorial = passage("tutorial", "A tutorial", List.of("Extracting translatable strings"), """
                Now, it is time to extract the strings to be translated from the program source code. \
                Translators then need the following file:

                ```
                hello.pot
                ```
                """);

        GeneratedAnswer answer = answer("How do I extract translatable strings from my C sources?", List.of(tutorial));

        assertThat(answer.text()).isEqualTo("Now, it is time to extract the strings to be translated from the program source code. [1]");
    }

    @Test
    void ofAnExampleKeptOncePerLanguageTheQuestionsLanguageIsQuoted() {
        RankedPassage upload = passage("page", "Page", List.of("page.setInputFiles"), """
                To upload a file, pass its path to the file input, for example:

                ```js
                await page.setInputFiles('#upload', 'report.pdf');
                ```

                ```python async
                await page.set_input_files("#upload", "report.pdf")
                ```

                ```java
                page.setInputFiles("#upload", Paths.get("report.pdf"));
                ```
                """);

        GeneratedAnswer python = answer("How do I upload a file to the file input in Python?", List.of(upload));
        GeneratedAnswer java = answer("How do I upload a file to the file input?\n```java\nPage page = browser.newPage();\n```",
                List.of(upload));
        GeneratedAnswer unnamed = answer("How do I upload a file to the file input?", List.of(upload));

        assertThat(python.text()).isEqualTo("To upload a file, pass its path to the file input, for example: [1]\n"
                + "```\nawait page.set_input_files(\"#upload\", \"report.pdf\")\n```");
        assertThat(java.text()).contains("Paths.get").doesNotContain("set_input_files").doesNotContain("await");
        assertThat(unnamed.text()).contains("await page.setInputFiles('#upload', 'report.pdf');")
                .doesNotContain("set_input_files").doesNotContain("Paths.get");
    }

    @Test
    void anExampleTooLongToQuoteIsLeftOutAndSoIsItsAnnouncement() {
        String listing = "```js\n" + "console.log('one line of a long listing');\n".repeat(16) + "```";
        RankedPassage logging = passage("logging", "Logging", List.of("Log levels"), """
                Set the logging level in the configuration file, with `level` as the key.

                A whole logging setup in the configuration file looks like this:

                %s
                """.formatted(listing));

        GeneratedAnswer answer = answer("How do I set up logging in the configuration file?", List.of(logging));

        assertThat(answer.text()).isEqualTo("Set the logging level in the configuration file, with `level` as the key. [1]");
    }

    @Test
    void anAnnouncementThatIsAllItsPassageGivesEndsWithAFullStop() {
        String listing = "```js\n" + "console.log('one line of a long listing');\n".repeat(16) + "```";
        RankedPassage logging = passage("logging", "Logging", List.of("Redaction"), """
                The remove option also allows for the key and value to be removed from the log output:

                %s
                """.formatted(listing));

        GeneratedAnswer answer = answer("How do I remove a key from the log output?", List.of(logging));

        assertThat(answer.text()).isEqualTo("The remove option also allows for the key and value to be removed from the log output. [1]");
    }

    @Test
    void anAnnouncementThatIsAllTheFirstPassageGivesIsLeftOutWhenAnotherPassageOfItsPageAnswers() {
        String listing = "```js\n" + "let unused = 1;\n".repeat(16) + "```";
        RankedPassage details = passageOf("no-unused-vars", 0, List.of("Rule Details"),
                "Examples of **correct** code for this rule:\n\n" + listing);
        String unusedArguments = "Setting `args` to `none` does not check unused arguments.";
        RankedPassage options = passageOf("no-unused-vars", 3, List.of("Options", "args"), unusedArguments);
        RankedPassage otherPage = passageOf("no-unused-expressions", 1, List.of("Options"), unusedArguments);
        String question = "correct code for this rule with unused arguments";

        assertThat(answer(question, List.of(details, options)).text()).isEqualTo(unusedArguments + " [1]");
        assertThat(answer(question, List.of(details, otherPage)).text())
                .isEqualTo("Examples of **correct** code for this rule. [1]\n" + unusedArguments + " [2]");
        RankedPassage anotherAnnouncement = passageOf("no-unused-vars", 4, List.of("Options", "vars"),
                "Examples of **correct** code with unused arguments for the `vars` option:\n\n" + listing);
        assertThat(answer(question, List.of(details, anotherAnnouncement)).text())
                .isEqualTo("Examples of **correct** code for this rule. [1]");
        RankedPassage sayingMore = passageOf("no-unused-vars", 0, List.of("Rule Details"),
                "This rule reports correct code with unused arguments only where the rule's options allow it:\n\n" + listing);
        assertThat(answer(question, List.of(sayingMore, options)).text()).startsWith(
                "`no-unused-vars`: This rule reports correct code with unused arguments only where the rule's options allow it. [1]");
    }

    @Test
    void anAnnouncementThatIsAllALaterPassageGivesIsLeftOut() {
        RankedPassage permanent = passage("api", "API", List.of("Sessions", "permanent"),
                "A permanent session works for `permanent_session_lifetime` seconds.");
        RankedPassage quickstart = passage("quickstart", "Quickstart", List.of("Sessions"),
                "Sessions let you store information specific to a user from one request to the next. Here is how sessions work.");

        GeneratedAnswer answer = answer("How do permanent sessions work?", List.of(permanent, quickstart));

        assertThat(answer.text()).isEqualTo("A permanent session works for `permanent_session_lifetime` seconds. [1]");
    }

    @Test
    void passagesThatAreAllCodeAreAnnouncedByTheirHeadingsWhenNothingElseAnswers() {
        RankedPassage example = passage("mock-pool", "Class: MockPool", List.of("Instance Methods", "Example - Mocked request with path callback"), """
                ```js
                const mockPool = mockAgent.get('http://localhost:3000')
                mockPool.intercept({ path: '/foo' }).reply(200, 'foo')
                ```
                """);
        RankedPassage pointer = passage("mock-agent", "Class: MockAgent", List.of("MockAgent.request"),
                "See [`Dispatcher.request`](/docs/api/Dispatcher.md).");

        GeneratedAnswer answer = answer("How do I mock requests in tests?", List.of(example, pointer));

        assertThat(answer.text()).startsWith("Example - Mocked request with path callback: [1]\n```\nconst mockPool");
        assertThat(answer(
                "How do I mock requests in tests?", List.of(passage("guide", "Testing", List.of(), "Mock requests with a MockAgent."), example))
                .text()).isEqualTo("Mock requests with a MockAgent. [1]");
    }

    @Test
    void aGlossaryEntryHeadedByTheOneWordAskedAboutOpensWithItsDefinition() {
        RankedPassage decorator = passage("glossary", "Glossary", List.of("decorator"),
                "A function returning another function, usually applied as a function transformation using the "
                        + "`@wrapper` syntax. Common examples for decorators are `classmethod()` and `staticmethod()`.");

        assertThat(answer("What is a decorator?", List.of(decorator)).text())
                .startsWith("A function returning another function");
    }

    @Test
    void askedWhatANameIsTheAnswerIsItsEntryNotTheNextOne() {
        RankedPassage detached = passage("exceptions", "ORM Exceptions",
                List.of("exception sqlalchemy.orm.exc.DetachedInstanceError(*arg, **kw)"),
                "An attempt to access unloaded attributes on a mapped instance that is detached.");
        RankedPassage unmapped = passage("exceptions", "ORM Exceptions",
                List.of("exception sqlalchemy.orm.exc.UnmappedInstanceError(obj, msg=None)"),
                "An mapping operation was requested for an unknown instance.");
        RankedPassage guide = passage("errors", "Error Messages", List.of("Parent instance is not bound to a Session"),
                "The instance is detached: it was removed from its Session, or the Session was closed.");

        assertThat(answer("What does DetachedInstanceError mean?", List.of(detached, unmapped, guide)).text())
                .startsWith("`sqlalchemy.orm.exc.DetachedInstanceError`: An attempt to access unloaded attributes")
                .doesNotContain("UnmappedInstanceError").contains("The instance is detached");
        assertThat(answer("What does UnmappedInstanceError mean?", List.of(detached, unmapped)).text())
                .doesNotContain("DetachedInstanceError").contains("An mapping operation was requested");
    }

    @Test
    void aTermOfAFewWordsIsTheNameCodeWritesItAs() {
        RankedPassage reusing = passage("hybrid", "Hybrid Attributes", List.of("Reusing Hybrid Properties across Subclasses"),
                "A hybrid property can be referred to from a superclass, to redefine its getter and setter on a subclass.");
        RankedPassage entry = passage("hybrid", "Hybrid Attributes", List.of("API Reference",
                        "class sqlalchemy.ext.hybrid.hybrid_property(fget, fset=None, fdel=None, expr=None)"),
                "A decorator which allows definition of a Python descriptor with both instance-level and class-level behavior.");

        assertThat(answer("What is a hybrid property?", List.of(reusing, entry)).text())
                .startsWith("`sqlalchemy.ext.hybrid.hybrid_property`: A decorator which allows definition of a Python descriptor");
    }

    @Test
    void askedWhatATermIsTheAnswerIsItsGlossaryEntryNotTheOneBesideIt() {
        RankedPassage map = passage("glossary", "Glossary", List.of("identity map"),
                "A mapping between Python objects and their database identities.");
        RankedPassage key = passage("glossary", "Glossary", List.of("identity key"),
                "A key associated with ORM-mapped objects that identifies their identity within a Session identity map.");
        RankedPassage guide = passage("session", "Session Basics", List.of("Identity map"),
                "The Session keeps one object per database identity in its identity map.");

        assertThat(answer("What is the identity map?", List.of(map, key, guide)).text())
                .startsWith("A mapping between Python objects and their database identities.")
                .doesNotContain("A key associated").contains("The Session keeps one object");
        assertThat(answer("How are objects kept in the identity map?", List.of(map, key)).text()).contains("A key associated");
    }

    @Test
    void theItemOfAListOfNamesThatTheQuestionNamesAnswersWithoutItsNeighbours() {
        RankedPassage createEngine = passage("engines", "Engine Configuration", List.of("function sqlalchemy.create_engine(url, **kwargs)"), """
                Parameters:

                - pool_recycle=-1 – this setting causes the pool to recycle connections after the given number of seconds.
                - pool_size=5 – the number of connections to keep open inside the connection pool.
                - pool_timeout=30 – number of seconds to wait before giving up on getting a connection from the pool.
                """);
        RankedPassage client = passage("client", "Client", List.of("Options"), """
                - `maxRetries` (number) - how many times a failed request is sent again.
                - `retryDelay` (number) - how long to wait between two retries, in milliseconds.
                """);

        assertThat(answer("How do I set the connection pool size?", List.of(createEngine)).text())
                .isEqualTo("- pool_size=5 – the number of connections to keep open inside the connection pool. [1]");
        assertThat(answer("How do I change the max retries of failed requests?", List.of(client)).text())
                .isEqualTo("- `maxRetries` (number) - how many times a failed request is sent again. [1]");
        assertThat(answer("How long does the pool keep connections?", List.of(createEngine)).text())
                .contains("pool_recycle=-1", "pool_size=5", "pool_timeout=30");
        RankedPassage rules = passage("builder", "Dockerfile reference", List.of("CMD and ENTRYPOINT"), """
                Follow these rules:

                - `ENTRYPOINT` should be defined when using the container as an executable.
                - `CMD` should be used as a way of defining default arguments for an `ENTRYPOINT` command.
                """);
        assertThat(answer("When should I use CMD?", List.of(rules)).text())
                .contains("`ENTRYPOINT` should be defined", "`CMD` should be used");
    }

    @Test
    void askedWhatAParameterDoesItsItemOpensTheAnswer() {
        RankedPassage commit = passage("session", "Session API", List.of("method sqlalchemy.orm.Session.commit()"),
                "Flush pending changes and commit the current transaction. Objects are then expired, unless configured otherwise.");
        RankedPassage init = passage("session", "Session API", List.of("method sqlalchemy.orm.Session.__init__(…)"), """
                Parameters:

                - autoflush – When `True`, all query operations will issue a `Session.flush()` call to this `Session` first.
                - expire_on_commit – Defaults to `True`. When `True`, all instances will be fully expired after each `commit()`.
                """);

        assertThat(answer("What does expire_on_commit do?", List.of(commit, init)).text())
                .startsWith("- expire_on_commit – Defaults to `True`. When `True`, all instances will be fully expired")
                .doesNotContain("autoflush");
    }

    @Test
    void aReferencePageTitledByItsKindAndNameIsWhereACapitalisedNameIsDefined() {
        RankedPassage method = passage("class-filechooser", "class: FileChooser", List.of("method: FileChooser.element"),
                "Returns input element associated with this file chooser.");
        RankedPassage opening = passage("class-filechooser", "class: FileChooser", List.of(),
                "FileChooser objects are dispatched by the page in the `Page.fileChooser` event.");
        RankedPassage struct = passage("punctuated", "Struct syn::punctuated::Punctuated", List.of(),
                "A punctuated sequence of syntax tree nodes of type T separated by punctuation of type P.");
        RankedPassage panics = passage("punctuated", "Struct syn::punctuated::Punctuated", List.of("pub fn push_value"),
                "Panics if the sequence is empty or already has a trailing punctuation.");

        assertThat(answer("What is a FileChooser?", List.of(method, opening)).text())
                .startsWith("FileChooser objects are dispatched by the page");
        assertThat(answer("What does Punctuated do?", List.of(panics, struct)).text())
                .startsWith("`syn::punctuated::Punctuated`: A punctuated sequence of syntax tree nodes");
    }

    @Test
    void aLineOfFactsIsQuotedOnlyForAQuestionThatUsesItsLabel() {
        RankedPassage constructor = passage("agent", "Agent", List.of("`new undici.Agent([options])`"), """
                Returns: `Agent`

                Agent allows dispatching requests against multiple different origins.
                """);

        assertThat(answer("What does Agent do?", List.of(constructor)).text())
                .isEqualTo("Agent allows dispatching requests against multiple different origins. [1]");
        assertThat(answer("What does new Agent return?", List.of(constructor)).text()).startsWith("Returns: `Agent` [1]");
    }

    @Test
    void aParameterWithoutADescriptionIsNotQuoted() {
        RankedPassage runner = passage("api", "API", List.of("Test CLI Runner", "class flask.testing.FlaskCliRunner(app, **kwargs)"), """
                A `CliRunner` for testing a Flask app's CLI commands.

                Parameters:

                - app (Flask) \u2013
                - kwargs (Any) \u2013
                """);

        assertThat(answer("How do I test a Flask app?", List.of(runner)).text())
                .isEqualTo("`flask.testing.FlaskCliRunner`: A `CliRunner` for testing a Flask app's CLI commands. [1]");
    }

    @Test
    void theEndOfAnExampleThePassageBeginsInsideOfIsNotQuotedBeforeTheSentenceAboutIt() {
        RankedPassage views = continuation(passage("views", "Class-based Views", List.of("Method Dispatching and APIs"), """
                ```python
                        if errors:
                            return jsonify(errors), 400
                        return jsonify(item.to_json())
                ```

                This produces the following views, a standard REST API!
                """));

        assertThat(answer("How do I create a REST API with class-based views?", List.of(views)).text())
                .isEqualTo("This produces the following views, a standard REST API! [1]");
    }

    @Test
    void theBaseClassesSphinxListsBeforeAClassDescriptionAreALineOfFacts() {
        RankedPassage warning = passage("reference", "API Reference", List.of("Warnings", "class PytestUnknownMarkWarning"), """
                Bases: `PytestWarning`

                Warning emitted on use of unknown markers.
                """);

        assertThat(answer("What is PytestUnknownMarkWarning?", List.of(warning)).text())
                .isEqualTo("`PytestUnknownMarkWarning`: Warning emitted on use of unknown markers. [1]");
    }

    @Test
    void aQuestionThatNamesItsLanguageIsNotAnsweredFromASectionForAnotherOne() {
        RankedPassage forDotnet = passage("browsers", "Browsers", List.of("Run tests on different browsers"), """
                * langs: csharp

                To run your tests on multiple browsers you need to invoke the `dotnet test` command multiple times.
                """);
        RankedPassage forPython = passage("browsers", "Browsers", List.of("Run tests on different browsers"), """
                * langs: python

                Pass the `--browser` option to pytest once per browser to run your tests on multiple browsers.
                """);

        assertThat(answer("How do I run my tests on multiple browsers with pytest?", List.of(forDotnet, forPython)).text())
                .isEqualTo("Pass the `--browser` option to pytest once per browser to run your tests on multiple browsers. [1]");
        assertThat(answer("How do I run my tests on multiple browsers?", List.of(forDotnet, forPython)).text())
                .contains("`dotnet test`");
    }

    @Test
    void aListedLineOfFactsUnderAHeadingIsQuotedOnlyForAQuestionThatUsesItsLabel() {
        RankedPassage method = passage("file-chooser", "class: FileChooser", List.of("async method: FileChooser.setFiles"), """
                * since: v1.8
                * langs: js, python

                Sets the value of the file input this chooser is associated with.
                """);

        assertThat(answer("What does FileChooser.setFiles do in Python?", List.of(method)).text())
                .isEqualTo("`FileChooser.setFiles`: Sets the value of the file input this chooser is associated with. [1]");
        assertThat(answer("Since which version is there FileChooser.setFiles?", List.of(method)).text())
                .startsWith("* since: v1.8 [1]");
    }

    @Test
    void aStatusLineIsQuotedOnlyForAQuestionThatUsesItsLabelOrItsValue() {
        RankedPassage exists = passage("fs", "File system", List.of("`fs.exists(path, callback)`"), """
                Stability: 0 - Deprecated: Use `fs.stat()` instead.

                Test whether or not the given path exists by checking with the file system.
                """);

        assertThat(answer("Is fs.exists deprecated?", List.of(exists)).text()).startsWith("Stability: 0 - Deprecated");
        assertThat(answer("What does fs.exists do?", List.of(exists)).text())
                .isEqualTo("`fs.exists`: Test whether or not the given path exists by checking with the file system. [1]");
    }

    @Test
    void anAnnouncementWhoseExampleNoLongerFitsIsLeftOutWithIt() {
        String longExample = "```js\n" + "rules: { \"no-alert\": \"off\", \"no-console\": \"off\" },\n".repeat(11) + "```";
        RankedPassage comments = passage("rules", "Configure rules", List.of("Disable rules with comments"), """
                To disable a rule on a line with a comment, write this:

                %s

                To disable several rules on a line with a comment, write this:

                %s
                """.formatted(longExample, longExample));

        GeneratedAnswer answer = answer("disable a rule on a line with a comment", List.of(comments));

        assertThat(answer.text()).startsWith("To disable a rule on a line with a comment, write this: [1]\n```\nrules:")
                .doesNotContain("several rules");
    }

    @Test
    void aSentenceAboutThePageOrPointingElsewhereGivesWayToOneThatAnswers() {
        RankedPassage members = passage("members", "Members", List.of(), """
                This page explains when invitations expire and how to resend invitations.
                Invitations expire after 7 days; resend invitations from the Members page.
                """);
        RankedPassage emails = passage("emails", "Emails not arriving", List.of(), """
                When invitations expire and how to resend invitations is described in Members.
                """);

        GeneratedAnswer answer = answer("when do invitations expire, and how do I resend invitations?", List.of(members, emails));

        assertThat(answer.text()).isEqualTo("Invitations expire after 7 days; resend invitations from the Members page. [1]");
    }

    @Test
    void aReferencesPointerToItsTutorialGivesWayToTheDefinition() {
        RankedPassage xfail = passage("reference", "API Reference", List.of("Marks", "pytest.mark.xfail"), """
                Tutorial: XFail: mark test functions as expected to fail.

                Marks a test function as expected to fail.
                """);

        assertThat(answer("How do I mark a test as expected to fail?", List.of(xfail)).text())
                .isEqualTo("Marks a test function as expected to fail. [1]");
    }

    @Test
    void aSentenceAboutThePageUnderAnAdmonitionsLabelIsOneToo() {
        RankedPassage members = passage("members", "Members", List.of(), """
                Tip: This page explains when invitations expire and how to resend invitations.
                Invitations expire after 7 days; resend invitations from the Members page.
                """);

        GeneratedAnswer answer = answer("when do invitations expire, and how do I resend invitations?", List.of(members));

        assertThat(answer.text()).isEqualTo("Invitations expire after 7 days; resend invitations from the Members page. [1]");
    }

    @Test
    void theSectionThatDefinesTheNameAskedAboutOpensWithItsDefinition() {
        String text = """
                Store the info about processed files in order to only operate on the changed ones.
                The cache is stored in `.cachefile` by default.
                Subsequent runs that do not fix anything place the file in the cache.
                """;
        RankedPassage cache = passage("cli", "Command line", List.of("Options", "`--cache`"), text);

        assertThat(answer("what does the --cache flag do", List.of(cache)).text())
                .startsWith("`--cache`: Store the info about processed files in order to only operate on the changed ones. [1]");
        assertThat(answer("what does the --cache flag do", List.of(continuation(cache))).text())
                .as("a long section's later passage opens with the overlap of the one before, not the definition")
                .doesNotContain("Store the info");
        assertThat(answer("what does caching do", List.of(cache)).text()).as("no name asked about").doesNotContain("Store the info");
        RankedPassage goTo = passage("page", "Page", List.of("Methods", "`page.goto(url[, options])`"), """
                Navigates to a URL and waits for the load event.
                The navigation fails when the page answers with an error status.
                """);
        assertThat(answer("what does page.goto do when the page fails", List.of(goTo)).text()).as("a heading with a parameter list")
                .startsWith("`page.goto`: Navigates to a URL and waits for the load event. [1]");
        RankedPassage warnings = passage("cli", "Command line", List.of("Options", "--max-warnings <n>"), """
                Fails the run when there are more warnings than this.
                The warnings of ignored files are not counted.
                """);
        assertThat(answer("what does --max-warnings do with ignored files", List.of(warnings)).text())
                .as("a heading with an argument placeholder").startsWith("Fails the run when there are more warnings than this. [1]");
        RankedPassage property = passage("api", "API", List.of("class flask.Request(environ, shallow=False)", "property base_url: str"),
                """
                Like `url` but without the query string.
                The `base_url` is what the request was sent to.
                """);
        assertThat(answer("what does base_url return for a request", List.of(property)).text())
                .as("an API reference's kind and type around the name").startsWith("`base_url`: Like `url` but without the query string. [1]");
        RankedPassage prose = passage("concepts", "Concepts", List.of("CLI & Node.js API"),
                "The CLI runs from the terminal. The Node.js API is useful when writing integrations.");
        assertThat(answer("how do I use the Node.js API", List.of(prose)).text()).as("a heading that is not just a name")
                .isEqualTo("The Node.js API is useful when writing integrations. [1]");
    }

    /** Sphinx renders a type-hinted signature's return type after an arrow: "coroutine(func: Callable) → Callable". */
    @Test
    void aSignatureWithItsReturnTypeAfterAnArrowDefinesTheNameItOpensWith() {
        RankedPassage module = passage("gen", "tornado.gen", List.of(), """
                Applications that do not require compatibility with older versions of Python should use native coroutines instead.
                """);
        RankedPassage coroutine = passage("gen", "tornado.gen",
                List.of("Decorators", "tornado.gen.coroutine(func: Callable[[...], Generator[Any, Any, _T]]) → Callable[[...], Future[_T]]"),
                "Decorator for asynchronous generators.");

        assertThat(answer("What does gen.coroutine do?", List.of(module, coroutine)).text())
                .as("the definition opens the answer").startsWith("Decorator for asynchronous generators. [1]");
    }

    @Test
    void theModuleADottedNameLivesInIsNotWhatTheQuestionAsksAbout() {
        RankedPassage module = passage("util", "Util", List.of(), """
                Stability: 2 - Stable

                The `node:util` module supports the needs of internal APIs.
                """);
        RankedPassage promisify = passage("util", "Util", List.of("`util.promisify(original)`"), """
                Takes a function following the error-first callback style and returns a version that returns promises.

                ```js
                const stat = util.promisify(fs.stat);
                ```

                The returned function rejects when the callback is called with an error.
                """);

        assertThat(answer("What does util.promisify do?", List.of(module, promisify)).text())
                .as("the page opening defines util; the section util.promisify, by a sentence an example follows")
                .startsWith("`util.promisify`: Takes a function following the error-first callback style and returns a version that returns promises. [")
                .doesNotContain("Stability");
        RankedPassage metaResolve = passage("esm", "Modules", List.of("`import.meta.resolve(specifier)`"),
                "Returns the absolute URL string a specifier would resolve to.");
        RankedPassage requireResolve = passage("cjs", "Modules", List.of("`require.resolve(request[, options])`"), """
                Stability: 2 - Stable

                Use the internal `require()` machinery to look up the location of a module, without loading it.
                """);
        assertThat(answer("What does require.resolve do?", List.of(metaResolve, requireResolve)).text())
                .as("import.meta.resolve shares only its last part with require.resolve; a status line defines nothing")
                .startsWith("`require.resolve`: Use the internal `require()` machinery");
    }

    @Test
    void anOptionCalledByAPlainWordIsDefinedByItsFirstSentenceAfterItsDefaultAndOpensTheAnswer() {
        RankedPassage later = continuation(passage("api-2", "API", List.of("options (Object)", "mixin (Function):"),
                "As of 7.x, when the mixin is used with the nestedKey option, the object the mixin option returns is nested."));
        RankedPassage opening = passage("api-1", "API", List.of("options (Object)", "mixin (Function):"), """
                Default: `undefined`

                If provided, the function is called each time one of the logging methods is called.
                The result is supposed to be a new object, as the mixin option's result is mutated.
                In the following example, the mixin option's object is mutated:
                """);

        GeneratedAnswer answer = answer("what does the mixin option do", List.of(later, opening));

        assertThat(answer.text()).startsWith("If provided, the function is called each time one of the logging methods is called. [1]")
                .doesNotContain("Default:").doesNotContain("In the following example");
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("api-1.md");
    }

    @Test
    void passagesOfOneSectionAreQuotedInThePagesOrder() {
        List<String> headings = List.of("Decorators", "click.version_option(version=None, *param_decls, **kwargs)");
        RankedPassage tail = continuation(passageOf("api", 9, headings, """
                - message (str) – The message to show for the version option.
                - kwargs (Any) – Extra arguments for the version option are passed to `option()`.
                """));
        RankedPassage opening = passageOf("api", 8, headings,
                "Add a `--version` option which immediately prints the version number and exits the program.");
        RankedPassage otherSection = passageOf("api", 2, List.of("Decorators", "click.option(*param_decls, **attrs)"),
                "Attaches an option to the command; the version option is one of them.");

        String answer = answer("How do I add a --version option?", List.of(tail, opening, otherSection)).text();

        assertThat(answer).startsWith("Add a `--version` option which immediately prints the version number");
        assertThat(answer.indexOf("The message to show")).isGreaterThan(answer.indexOf("exits the program"));
    }

    /** Celery's FAQ: each entry is headed by its question, and its reply seldom repeats the question's words. */
    @Test
    void aFaqEntryRepliesToTheQuestionItsHeadingAsks() {
        RankedPassage revoke = passageOf("faq", 30, List.of("Tasks", "Can I cancel the execution of a task?"), """
                Answer: Yes, use `result.revoke()`:

                ```
                >>> result.revoke()
                ```
                """);
        RankedPassage purge = passageOf("faq", 12, List.of("Troubleshooting", "How do I purge all waiting tasks?"), """
                Answer: You can use the `celery purge` command to purge all configured task queues:

                ```
                $ celery -A proj purge
                ```
                """);

        assertThat(answer("How can I cancel a task that is already queued?", List.of(revoke, purge)).text())
                .startsWith("Answer: Yes, use `result.revoke()`: [1]");
    }

    @Test
    void aYesOrNoRepliesOnlyToItsOwnEntrysQuestion() {
        RankedPassage callbacks = passageOf("faq", 29, List.of("Tasks", "Can I run a task once another task has finished?"),
                "Answer: Yes, you can safely launch a task inside a task. A common pattern is to add callbacks to tasks.");
        RankedPassage logging = passageOf("tasks", 7, List.of("Logging"), """
                The worker will automatically set up logging for you, or you can configure logging manually.

                A special logger is available named "celery.task", you can inherit from this logger to get the task name in the logs.
                """);

        String answer = answer("How do I log from inside a task?", List.of(callbacks, logging)).text();

        assertThat(answer).doesNotContain("safely launch").contains("A special logger is available");
    }

    @Test
    void theHeadingMatchesForTheWholeOpeningOfItsEntry() {
        RankedPassage callbacks = passageOf("faq", 29, List.of("Tasks", "Can I run a task once another task has finished?"), """
                Answer: Yes, you can safely launch a task inside a task. A common pattern is to add callbacks to tasks:

                ```
                add.apply_async((2, 2), link=log_result.s())
                ```
                """);

        assertThat(answer("How do I run a task after another one finishes?", List.of(callbacks)).text())
                .contains("A common pattern is to add callbacks to tasks: [1]", "link=log_result.s()");
    }

    /** MkDocs' configuration page heads each setting by its name alone; askers call "strict" a mode. */
    @Test
    void aModeIsANameItsSectionDefines() {
        RankedPassage strict = passage("configuration", "Configuration", List.of("Build directories", "strict"), """
                Determines how warnings are handled. Set to `true` to halt processing when a warning is raised. Set to `false` to print a warning and continue processing.

                This is also available as a command line flag: `--strict`.
                """);

        assertThat(answer("What is strict mode?", List.of(strict)).text())
                .startsWith("Determines how warnings are handled. [1]");
    }

    @Test
    void aSignatureHeadsTheNameItsModuleQualifies() {
        List<String> headings = List.of("Functions", "pytest.approx", "approx(expected, rel=None, abs=None)");
        RankedPassage later = continuation(passage("reference-2", "API Reference", headings,
                "The same syntax also works for ordered sequences of numbers, which approx compares one by one."));
        RankedPassage opening = passage("reference-1", "API Reference", headings, """
                Assert that two numbers are equal to each other within some tolerance.

                Due to floating-point arithmetic, numbers that we would expect to be equal are not always so.
                """);

        assertThat(answer("What does pytest.approx do?", List.of(later, opening)).text())
                .startsWith("Assert that two numbers are equal to each other within some tolerance. [1]");
    }

    @Test
    void aSentenceTwoPagesShareIsSaidOnce() {
        String shared = "A value given on the command line wins over the one in the preset file.";
        RankedPassage cli = passage("cli", "cli", List.of("Options"), "Set a value on the command line with -D. " + shared);
        RankedPassage gui = passage("gui", "gui", List.of("Options"), shared + " The GUI shows every value.");

        GeneratedAnswer answer = answer("which value wins, the command line or the preset file?", List.of(cli, gui));

        assertThat(answer.text()).containsOnlyOnce(shared);
        RankedPassage values = passage("api", "API", List.of("property values"),
                "For GET requests, only args are present, not form. Changed in version 2.0: For GET requests, only args are present, not form.");
        assertThat(answer("which values are present for GET requests?", List.of(values)).text())
                .as("a version note that repeats a sentence").containsOnlyOnce("only args are present");
    }

    @Test
    void aSentenceThatNamesTheExampleAfterItBringsItWithoutAColon() {
        RankedPassage proxy = passage("proxy", "Class: ProxyAgent", List.of("Example - ProxyAgent with Fetch"), """
                This example demonstrates how to use `fetch` with a proxy via `ProxyAgent`. It is particularly useful for tunneling.

                ```javascript
                const proxyAgent = new ProxyAgent('http://localhost:8000');
                const response = await fetch('http://localhost:3000/foo', { dispatcher: proxyAgent });
                ```
                """);

        GeneratedAnswer answer = answer("How do I use a proxy with fetch?", List.of(proxy));

        assertThat(answer.text()).contains("It is particularly useful for tunneling.", "new ProxyAgent('http://localhost:8000')");
        RankedPassage prose = passage("agent", "Class: Agent", List.of("Proxies"),
                "This example shows a proxy that needs no code. Set the variable and restart.");
        assertThat(answer("How do I use a proxy?", List.of(prose)).text()).doesNotContain("```");
    }

    @Test
    void anIssueFormsChecklistChoosesNoSentence() {
        RankedPassage contributing = passage("contributing", "Contributing", List.of("Reporting a bug"),
                "Before you open an issue, search existing issues and write a descriptive issue title.");
        RankedPassage server = passage("server", "Server", List.of("bodyLimit"),
                "Set `bodyLimit` to accept larger payloads than one mebibyte.");
        String report = "Uploads fail\n### Prerequisites - [X] I have written a descriptive issue title - [X] I have searched"
                + " existing issues ### Description how do I accept larger payloads?";

        GeneratedAnswer answer = answer(report, List.of(contributing, server));

        assertThat(answer.text()).isEqualTo("Set `bodyLimit` to accept larger payloads than one mebibyte. [1]");
    }

    @Test
    void anOptionTwoClassesListAlikeIsSaidOnceWhateverTheirListMarks() {
        String option = "**bodyTimeout** `number | null` (optional) - The timeout after which a request will time out, in milliseconds.";
        RankedPassage client = passage("client", "Class: Client", List.of("ClientOptions"), "* " + option);
        RankedPassage pool = passage("pool", "Class: Pool", List.of("PoolOptions"), "- " + option);

        GeneratedAnswer answer = answer("how to set a timeout for requests", List.of(client, pool));

        assertThat(answer.text()).containsOnlyOnce("The timeout after which a request will time out");
    }

    @Test
    void aDefinitionNeverBringsInAPassageOfItsOwn() {
        RankedPassage install = passage("intro", "Getting started", List.of("Installation"),
                "Install the browsers before your first test runs: run the install command once.");
        RankedPassage goTo = passage("page", "Page", List.of("`page.goto`"), "Navigates to a URL and waits for the load event.");

        GeneratedAnswer answer = answer("What do I need to install before my first test runs? page.goto('https://example.com')",
                List.of(install, goTo));

        assertThat(answer.text()).isEqualTo("Install the browsers before your first test runs: run the install command once. [1]");
    }

    @Test
    void aGuidesRhetoricalQuestionGivesWayToASentenceThatAnswers() {
        RankedPassage guide = passage("guide", "Plugins guide", List.of("Decorators"),
                "How would you share a decorator with your other plugins? "
                        + "Wrap the plugin with fastify-plugin to share its decorators with the other plugins.");

        GeneratedAnswer answer = answer("how do I share a decorator with my other plugins?", List.of(guide));

        assertThat(answer.text()).isEqualTo("Wrap the plugin with fastify-plugin to share its decorators with the other plugins. [1]");
    }

    @Test
    void theEndOfASentenceThatAnExampleCutInTwoGivesWayToOneThatAnswers() {
        RankedPassage skipping = passage("simple", "Basic patterns and examples", List.of("Control skipping of tests"), """
                Now write a test module like this:

                ```python
                def test_func_slow():
                    pass
                ```

                and when running it will see a skipped "slow" test:

                ```
                $ pytest -rs
                ```

                Marks let you run the slow tests only.
                """);

        GeneratedAnswer answer = answer("How do I run only the slow tests?", List.of(skipping));

        assertThat(answer.text()).isEqualTo("Marks let you run the slow tests only. [1]");
    }

    @Test
    void aSentenceAboutThePageIsQuotedWhenNothingElseMatches() {
        RankedPassage members = passage("members", "Inviting and removing members", List.of(), """
                This page covers inviting members, joining by email domain and removing members.
                Seats are billed monthly.
                """);

        GeneratedAnswer answer = answer("can people join by email domain?", List.of(members));

        assertThat(answer.text()).startsWith("This page covers inviting members, joining by email domain");
    }

    @Test
    void aSentenceThatAnnouncesATableBringsTheTable() {
        RankedPassage uploads = passage("uploads", "Form and file limits", List.of("File upload limits"), """
                The maximum size of a single uploaded file depends on the plan:

                | Plan | Max file size |
                |---|---|
                | Free | 10 MB |
                | Business | 100 MB |

                Respondents see an error before the upload starts.
                """);

        GeneratedAnswer answer = answer("maximum size of uploaded file", List.of(uploads));

        assertThat(answer.text()).contains("depends on the plan: [1]\nPlan: Free; Max file size: 10 MB [1]\n"
                + "Plan: Business; Max file size: 100 MB [1]");
    }

    @Test
    void onlyTheMatchingRowsOfATableAreQuoted() {
        RankedPassage prices = passage("plans", "Plans and pricing", List.of("Prices"), """
                | Plan | Monthly price |
                |---|---|
                | Starter | $20 |
                | Team | $60 |
                | Business | $150 |
                """);

        GeneratedAnswer answer = answer("what does the Team plan cost", List.of(prices));

        assertThat(answer.text()).isEqualTo("Plan: Team; Monthly price: $60 [1]");
    }

    @Test
    void aRowChosenForItsHeadingAloneBringsTheWholeShortTable() {
        RankedPassage modes = passage("sso", "Single sign-on", List.of("Enforcement modes"), """
                | Mode | Effect |
                |---|---|
                | Off | Configured but not offered |
                | Optional | Members can use SSO or their password |
                | Required | Members must use SSO |
                """);

        GeneratedAnswer answer = answer("can I enforce it for everyone?", List.of(modes));

        assertThat(answer.text()).isEqualTo("Mode: Off; Effect: Configured but not offered [1]\n"
                + "Mode: Optional; Effect: Members can use SSO or their password [1]\n"
                + "Mode: Required; Effect: Members must use SSO [1]");
    }

    @Test
    void paraphrasedQuestionStillGetsTheTopPassagesOpening() {
        RankedPassage cancel = passage("cancel", "Cancel your subscription", List.of(),
                "You can end your subscription at any time from Billing settings. Access continues until the period ends.");

        GeneratedAnswer answer = answer("stop paying", List.of(cancel));

        assertThat(answer.text()).startsWith("You can end your subscription at any time from Billing settings. [1]");
    }

    @Test
    void aVersionNoteUnderThePageTitleDoesNotOpenTheAnswer() {
        RankedPassage intersphinx = passage("intersphinx", "sphinx.ext.intersphinx -- Link to other projects' documentation",
                List.of(), "New in version 0.5:\n\nThis extension can generate links to the documentation of objects in external"
                        + " projects.");

        GeneratedAnswer answer = answer("How do I link to another project's documentation?", List.of(intersphinx));

        assertThat(answer.text()).startsWith("This extension can generate links to the documentation of objects in external projects. [1]")
                .doesNotContain("New in version");
    }

    @Test
    void aSentenceThatSpeaksOfTheOneBeforeDoesNotBringAVersionNote() {
        RankedPassage flashing = passage("flashing", "Message Flashing", List.of("Flashing With Categories"),
                "New in version 0.3.\n\nIt is also possible to provide categories when flashing a message.");

        GeneratedAnswer answer = answer("How do I flash messages with categories?", List.of(flashing));

        assertThat(answer.text()).startsWith("It is also possible to provide categories when flashing a message. [1]");
    }

    private static RankedPassage continuation(RankedPassage passage) {
        return new RankedPassage(passage.id(), passage.passage(), passage.fusedScore(), passage.lexicalRank(), passage.semanticRank(),
                passage.semanticScore(), false);
    }

    private static RankedPassage rankedLexically(int rank, RankedPassage passage) {
        return new RankedPassage(passage.id() + "#" + rank, passage.passage(), passage.fusedScore(), OptionalInt.of(rank),
                passage.semanticRank(), passage.semanticScore(), passage.startsSection());
    }

    /** A passage of a page that has others: a chunk of it, titled by the page. */
    private static RankedPassage passageOf(String page, int chunk, List<String> headings, String text) {
        IndexedPassage p = IndexedPassage.of("docs", page + ".md", chunk, 8, page, headings, text,
                "https://docs.example/" + page, "h" + chunk, null);
        return new RankedPassage(page + "#" + chunk, p, 0.03, OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true);
    }

    private static RankedPassage passage(String id, String title, List<String> headings, String text) {
        IndexedPassage p = IndexedPassage.of("docs", id + ".md", 0, 1, title, headings, text,
                "https://docs.example/" + id, "h", null);
        return new RankedPassage(id, p, 0.03, OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true);
    }
}
