package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiParserTest {

    private static final String FORMS_API = """
            openapi: 3.1.0
            info:
              title: Formwell API
              description: |
                Read and write forms and their submissions.

                # Versioning
                Every request names the version in its path.
            servers:
              - url: https://api.formwell.example/v2
                description: Production
            tags:
              - name: Submissions
                description: What respondents sent.
            paths:
              /forms/{formId}/submissions:
                parameters:
                  - $ref: '#/components/parameters/FormId'
                get:
                  tags: [Submissions]
                  summary: List a form's submissions
                  operationId: listSubmissions
                  parameters:
                    - name: status
                      in: query
                      description: Which submissions to list.
                      schema:
                        type: string
                        enum: [complete, partial]
                        default: complete
                    - name: channels
                      in: query
                      description: Where they were sent from.
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Channel'
                  responses:
                    '200':
                      description: One page of submissions
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data:
                                type: array
                                items:
                                  $ref: '#/components/schemas/Submission'
                              next_cursor:
                                type: string
                                description: Pass it as `cursor` for the next page.
                    '422':
                      $ref: '#/components/responses/Invalid'
                post:
                  tags: [Submissions]
                  summary: Create a submission
                  requestBody:
                    description: The answers to record.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Submission'
                  responses:
                    '201':
                      description: Created
              /internal/reindex:
                post:
                  summary: Rebuild the search index
                  x-internal: true
                  responses:
                    '204':
                      description: Done
              /health:
                get:
                  summary: Check the service is up
                  deprecated: true
                  responses:
                    '200':
                      description: Up
            webhooks:
              submissionCreated:
                post:
                  summary: A submission arrived
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Submission'
                  responses:
                    '200':
                      description: Acknowledge it within 10 seconds
            components:
              securitySchemes:
                bearer:
                  type: http
                  scheme: bearer
                  description: An API token from Settings > API.
              parameters:
                FormId:
                  name: formId
                  in: path
                  required: true
                  description: The form's ID.
                  schema:
                    type: string
              responses:
                Invalid:
                  description: The request failed validation
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Problem'
              schemas:
                Channel:
                  type: string
                  enum: [web, email]
                Submission:
                  description: One respondent's answers.
                  required: [answers]
                  properties:
                    id:
                      type: string
                      format: uuid
                    answers:
                      type: object
                      properties:
                        email:
                          type: string
                          description: The respondent's address.
                    parent:
                      $ref: '#/components/schemas/Submission'
                Problem:
                  allOf:
                    - type: object
                      properties:
                        title:
                          type: string
                    - properties:
                        title:
                          type: string
                          description: What went wrong.
                        errors:
                          type: array
                          items:
                            type: string
            """;

    private final OpenApiParser parser = new OpenApiParser();

    @Test
    void anOperationIsASectionUnderItsTagNamedByItsSummaryMethodAndPath() throws Exception {
        ParsedDocument api = parse(FORMS_API);

        assertThat(api.title()).isEqualTo("Formwell API");
        assertThat(api.sections()).extracting(Section::headings).contains(
                List.of("Submissions", "List a form's submissions (`GET /forms/{formId}/submissions`)"),
                List.of("Submissions", "Create a submission (`POST /forms/{formId}/submissions`)"),
                List.of("Other endpoints", "Check the service is up (`GET /health`)"));
        assertThat(text(api, "Submissions")).isEqualTo("What respondents sent.");
    }

    @Test
    void anOperationListsItsParametersBodyFieldsAndResponsesAsTheReferenceShowsThem() throws Exception {
        ParsedDocument api = parse(FORMS_API);

        String list = text(api, "List a form's submissions (`GET /forms/{formId}/submissions`)");
        assertThat(list)
                .contains("- `formId` (path, string, required): The form's ID.")
                .contains("- `status` (query, string): Which submissions to list. One of `complete`, `partial`. Default: `complete`.")
                .as("an array's values are its items'")
                .contains("- `channels` (query, array of Channel): Where they were sent from. One of `web`, `email`.")
                .contains("- `200` (object): One page of submissions")
                .contains("- `422` (Problem): The request failed validation")
                .contains("Response fields:\n\n- `data` (array of Submission)")
                .contains("- `next_cursor` (string): Pass it as `cursor` for the next page.");
        assertThat(list).as("a named schema's fields are listed under its own name").doesNotContain("data.answers");
        assertThat(list).as("the operation ID is for code generators; an answer quoting it reads as noise").doesNotContain("listSubmissions");

        String create = text(api, "Create a submission (`POST /forms/{formId}/submissions`)");
        assertThat(create)
                .contains("Request body (`application/json`, Submission): The answers to record.")
                .contains("- `answers` (object, required)")
                .contains("- `answers.email` (string): The respondent's address.")
                .contains("- `parent` (Submission)\n").as("a named schema's description is about the schema, not this field").doesNotContain("parent` (Submission): One");
    }

    @Test
    void theIntroductionServersAuthenticationWebhooksAndSchemasAreReadToo() throws Exception {
        ParsedDocument api = parse(FORMS_API);

        assertThat(text(api)).contains("Read and write forms and their submissions.")
                .contains("Base URL: `https://api.formwell.example/v2` (Production)");
        assertThat(text(api, "Versioning")).isEqualTo("Every request names the version in its path.");
        assertThat(api.sections()).extracting(Section::headings).as("the description's heading stays under the page's title")
                .contains(List.of("Versioning"));
        assertThat(text(api, "Authentication")).isEqualTo("- `bearer`: HTTP bearer authentication. An API token from Settings > API.");
        assertThat(text(api, "A submission arrived (`POST submissionCreated webhook`)")).contains("- `200`: Acknowledge it within 10 seconds");
        assertThat(text(api, "Submission")).contains("One respondent's answers.").contains("- `id` (string, uuid)");
        assertThat(text(api, "Problem")).as("allOf's parts give one list, a later part's field over an earlier's")
                .isEqualTo("- `title` (string): What went wrong.\n- `errors` (array of string)");
    }

    @Test
    void anOperationTheSiteHidesIsNotRead() throws Exception {
        assertThat(parse(FORMS_API).sections()).flatExtracting(Section::headings).noneMatch(heading -> heading.contains("reindex"));
        assertThat(text(parse(FORMS_API), "Check the service is up (`GET /health`)")).startsWith("Deprecated.");
    }

    @Test
    void anEndpointPageGetsItsOperationsReferenceWithoutAHeadingAndHiddenOperationsAreNoneOfTheDescriptions() {
        OpenApiParser.Description description = OpenApiParser.Description.read(FORMS_API.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(description.operationReference("get", "/health")).contains("Deprecated.\n\nResponses:\n\n- `200`: Up\n\n");
        assertThat(description.operationReference("GET", "/forms/{formId}/submissions").orElseThrow())
                .startsWith("Parameters:\n\n- `formId` (path, string, required)");
        assertThat(description.operationReference("DELETE", "/health")).isEmpty();
        assertThat(OpenApiParser.Description.read("{".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(description.operationNames()).containsExactlyInAnyOrder("GET /forms/{formId}/submissions",
                "POST /forms/{formId}/submissions", "GET /health");
    }

    @Test
    void aSwaggerTwoDescriptionIsReadWithItsBodyParameterHostAndDefinitions() throws Exception {
        ParsedDocument api = parse("""
                {"swagger": "2.0", "info": {"title": "Pets"}, "host": "pets.example", "basePath": "/v1", "schemes": ["https"],
                 "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
                 "paths": {"/pets": {"post": {"summary": "Add a pet", "parameters": [
                     {"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
                     {"name": "dry_run", "in": "query", "type": "boolean"}],
                   "responses": {"200": {"description": "Added", "schema": {"$ref": "#/definitions/Pet"}}}}}},
                 "definitions": {"Pet": {"required": ["name"], "properties": {"name": {"type": "string"}}}}}
                """);

        assertThat(api.title()).isEqualTo("Pets");
        assertThat(text(api)).contains("Base URL: `https://pets.example/v1`");
        assertThat(text(api, "Authentication")).isEqualTo("- `key`: API key in the header `X-Api-Key`");
        assertThat(text(api, "Add a pet (`POST /pets`)")).contains("Request body (Pet)\n\n- `name` (string, required)")
                .contains("- `dry_run` (query, boolean)").contains("- `200` (Pet): Added");
        assertThat(text(api, "Pet")).isEqualTo("- `name` (string, required)");
    }

    @Test
    void aSchemaThatRefersToItselfIsListedOnce() throws Exception {
        ParsedDocument api = parse("""
                openapi: 3.0.3
                info: {title: Tree}
                paths: {}
                components:
                  schemas:
                    Node:
                      properties:
                        children:
                          type: array
                          items:
                            type: object
                            properties:
                              node: {$ref: '#/components/schemas/Node'}
                              again: {$ref: '#/components/schemas/Node'}
                """);

        assertThat(text(api, "Node")).isEqualTo("- `children` (array of object)\n- `children.node` (Node)\n- `children.again` (Node)");
    }

    @Test
    void aYamlFileThatIsNoApiDescriptionIsReadAsEmptyAndABrokenOneIsReportedAsUnreadable() throws Exception {
        assertThat(parse("generatorName: typescript-fetch\noutputDir: ./client\n").sections()).isEmpty();
        assertThat(parse("").sections()).isEmpty();
        assertThatThrownBy(() -> parse("openapi: 3.0.0\ninfo: [unclosed\n"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("not valid YAML or JSON");
    }

    private ParsedDocument parse(String description) throws UnreadableDocumentException {
        return parser.parse(description.getBytes(StandardCharsets.UTF_8), "openapi");
    }

    private static String text(ParsedDocument api, String... headings) {
        return api.sections().stream().filter(section -> headings.length == 0 ? section.headings().isEmpty()
                        : !section.headings().isEmpty() && section.headings().getLast().equals(headings[headings.length - 1]))
                .findFirst().map(Section::text).orElseThrow(() -> new AssertionError("no section " + List.of(headings)));
    }
}
