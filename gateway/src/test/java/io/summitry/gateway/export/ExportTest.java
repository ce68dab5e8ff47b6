package io.summitry.gateway.export;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.summitry.gateway.StubbedServices;
import io.summitry.gateway.id.GlobalId;
import io.summitry.testing.PopoloSchemas;
import io.summitry.testing.ServiceStubs;

/**
 * The exports on WireMock stubs of the services: 250 meetings served in three keyset pages, each page's joins read in
 * one call per joined field; every CSV row whole and parsed back; every Popolo object valid against the Popolo
 * schemas; a bad filter refused with problem+json naming the parameter before any call or byte; a service failing
 * mid-export cuts the transfer instead of ending a file that looks whole.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class ExportTest {

    static final int MEETINGS = 250;
    static final UUID P1 = id("b1");
    static final UUID P2 = id("b2");
    static final UUID P3 = id("b3");
    static final UUID O0 = id("d0");
    static final UUID O1 = id("d1");
    static final UUID S1 = id("e1");
    static final UUID S2 = id("e2");
    static final UUID POS1 = id("f1");
    static final UUID POS2 = id("f2");

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    WireMockServer meetings;
    WireMockServer people;

    static UUID id(String suffix) {
        return UUID.fromString("00000000-0000-0000-0000-" + "0".repeat(12 - suffix.length()) + suffix);
    }

    static UUID meetingId(int i) {
        return UUID.fromString("00000000-0000-0000-0001-%012d".formatted(i));
    }

    @BeforeEach
    void stubTheServices() {
        meetings = ServiceStubs.of("meetings");
        people = ServiceStubs.of("people");
        meetings.resetAll();
        people.resetAll();
        for (int page = 0; page * 100 < MEETINGS; page++) {
            int from = page * 100;
            int to = Math.min(MEETINGS, from + 100);
            var request = get(urlPathEqualTo("/meetings"));
            request = page == 0 ? request.withQueryParam("after", absent())
                    : request.withQueryParam("after", equalTo("c" + from));
            meetings.stubFor(request.willReturn(okJson(meetingsPage(from, to))));
        }
        meetings.stubFor(post(urlEqualTo("/participants/by-meetings")).willReturn(okJson(grouped(i -> """
                {"id":"%s","meetingId":"%s","personId":"%s","role":"DELEGATE","delegationCountryCode":"US",
                 "titleAsReported":"Deputy, \\"acting\\"","sourceIds":["%s"],"basis":"REPORTED","version":1},
                {"id":"%s","meetingId":"%s","personId":"%s","role":"HEAD_OF_DELEGATION","delegationCountryCode":"KR",
                 "titleAsReported":null,"sourceIds":[],"basis":"INFERRED","note":"from the photo caption","version":1}"""
                .formatted(UUID.randomUUID(), meetingId(i), P1, S1, UUID.randomUUID(), meetingId(i), P2)))));
        meetings.stubFor(post(urlEqualTo("/mentions/by-meetings")).willReturn(okJson(grouped(i -> """
                {"id":"%s","meetingId":"%s","personId":"%s","context":"credited","mentionedById":"%s",
                 "sourceId":"%s","basis":"REPORTED","version":1}"""
                .formatted(UUID.randomUUID(), meetingId(i), P3, P1, S2)))));
        meetings.stubFor(post(urlEqualTo("/statements/by-meetings")).willReturn(okJson(grouped(i -> """
                {"id":"%s","meetingId":"%s","speakerIds":["%s"],"kind":"QUOTE","text":"We agreed, line %d.",
                 "sourceId":"%s","basis":"REPORTED","version":1}"""
                .formatted(UUID.randomUUID(), meetingId(i), P1, i, S1)))));
        meetings.stubFor(post(urlEqualTo("/date-reports/by-meetings")).willReturn(okJson(grouped(i -> """
                {"id":"%s","meetingId":"%s","date":{"edtf":"2025-01/2025-06","earliest":"2025-01-01",
                 "latest":"2025-06-30","precision":"MONTH","text":"the first half of 2025"},"sourceId":"%s",
                 "quote":"in the first half of 2025","version":1}""".formatted(UUID.randomUUID(), meetingId(i), S1)))));
        meetings.stubFor(post(urlEqualTo("/series/by-slugs")).willReturn(okJson("""
                {"items":[{"slug":"dtt","name":"Defense Trilateral Talks","acronym":"DTT","version":1}]}""")));
        String s1 = """
                {"id":"%s","title":"Talks held","publisher":"Yonhap","publishedOn":"2025-05-01",
                 "url":"https://example.org/a","version":1}""".formatted(S1);
        String s2 = """
                {"id":"%s","title":"Briefing notes","version":1}""".formatted(S2);
        stubById(meetings, "/sources/by-ids", List.of(S1, S2), s1 + "," + s2);
        stubById(meetings, "/sources/by-ids", List.of(S1), s1);
        stubById(meetings, "/sources/by-ids", List.of(S2), s2);
        // the CSV reads the participants only; the Popolo export the people mentioned too
        stubById(people, "/people/by-ids", List.of(P1, P2), person(P1, "Ely Ratner", "Q1") + ","
                + person(P2, "Cho Chang-rae", null));
        stubById(people, "/people/by-ids", List.of(P1, P2, P3), person(P1, "Ely Ratner", "Q1") + ","
                + person(P2, "Cho Chang-rae", null) + "," + person(P3, "Joe Biden", "Q6279"));
        people.stubFor(post(urlEqualTo("/positions/at")).willReturn(okJson("{\"items\":["
                + String.join(",", repeat(100, position(POS1, P1, O1, "Assistant Secretary") + ","
                        + position(POS2, P2, O1, "Deputy Minister")))
                + "]}")));
        people.stubFor(post(urlEqualTo("/positions/by-people")).willReturn(okJson("{\"groups\":["
                + "{\"key\":\"" + P1 + "\",\"items\":[" + position(POS1, P1, O1, "Assistant Secretary") + "]},"
                + "{\"key\":\"" + P2 + "\",\"items\":[" + position(POS2, P2, O1, "Deputy Minister") + "]},"
                + "{\"key\":\"" + P3 + "\",\"items\":[]}]}")));
        stubById(people, "/organizations/by-ids", List.of(O1), organization(O1, "Office of Policy", O0));
        stubById(people, "/organizations/by-ids", List.of(O0), organization(O0, "Department of Defense", null));
    }

    @Test
    void shouldStreamEveryMeetingAsOneWholeCsvRowPagingWithCursorsAndJoiningOncePerPage() throws IOException {
        Response response = given().when().get("/export/meetings.csv").then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("meetings.csv");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString())).getRecords();
        assertThat(rows).hasSize(MEETINGS);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(MeetingsCsv.HEADER);
        CSVRecord first = rows.get(0);
        assertThat(first.get("id")).isEqualTo(GlobalId.encode(GlobalId.MEETING, meetingId(0)));
        assertThat(first.get("title")).isEqualTo("Talks, round 0");
        assertThat(first.get("summary")).isEqualTo("Line one\nline \"two\", with a comma");
        assertThat(first.get("date")).isEqualTo("1 May 2024");
        assertThat(first.get("date_earliest")).isEqualTo("2024-05-01");
        assertThat(first.get("series")).isEqualTo("Defense Trilateral Talks");
        assertThat(first.get("countries")).isEqualTo("US; KR; JP");
        assertThat(first.get("host_organization")).isEqualTo("Office of Policy");
        assertThat(first.get("participants")).isEqualTo(
                "Ely Ratner (Assistant Secretary, Office of Policy); Cho Chang-rae (Deputy Minister, Office of Policy)");
        assertThat(first.get("sources")).isEqualTo("Talks held <https://example.org/a>; Briefing notes");
        for (int i = 0; i < MEETINGS; i++) {
            assertThat(rows.get(i).get("title")).isEqualTo("Talks, round " + i);
            assertThat(rows.get(i).isConsistent()).isTrue();
        }

        // three pages, each asked for after the previous page's end cursor, oldest first, 100 at a time
        meetings.verify(3, getRequestedFor(urlPathEqualTo("/meetings")));
        meetings.verify(1, getRequestedFor(urlPathEqualTo("/meetings")).withQueryParam("after", equalTo("c100"))
                .withQueryParam("orderBy", equalTo("DATE_ASC")).withQueryParam("first", equalTo("100")));
        meetings.verify(1, getRequestedFor(urlPathEqualTo("/meetings")).withQueryParam("after", equalTo("c200")));
        // one call per joined field per page, never one per meeting
        meetings.verify(3, postRequestedFor(urlEqualTo("/participants/by-meetings")));
        people.verify(3, postRequestedFor(urlEqualTo("/people/by-ids")));
        people.verify(3, postRequestedFor(urlEqualTo("/positions/at")));
        people.verify(3, postRequestedFor(urlEqualTo("/organizations/by-ids")));
        meetings.verify(3, postRequestedFor(urlEqualTo("/sources/by-ids")));
        // the CSV has no column for statements, mentions or date reports: they are not read
        meetings.verify(0, postRequestedFor(urlEqualTo("/statements/by-meetings")));
    }

    @Test
    void shouldExportPopoloWhoseEveryObjectIsValidAgainstThePopoloSchemas() throws IOException {
        Response response = given().when().get("/export/popolo.json").then().statusCode(200).extract().response();
        JsonNode export = JSON.readTree(response.asByteArray());
        PopoloSchemas schemas = new PopoloSchemas();
        int validated = 0;
        for (String[] array : new String[][] { { "events", "event" }, { "speeches", "speech" },
                { "persons", "person" }, { "memberships", "membership" }, { "organizations", "organization" } }) {
            for (JsonNode object : export.path(array[0])) {
                assertThat(schemas.errors(array[1], object)).as(array[0] + " " + object.path("id")).isEmpty();
                validated++;
            }
        }
        assertThat(export.path("events")).hasSize(MEETINGS);
        assertThat(export.path("speeches")).hasSize(MEETINGS);
        assertThat(export.path("persons")).hasSize(3);
        assertThat(export.path("memberships")).hasSize(2);
        assertThat(export.path("organizations")).hasSize(2); // the host and its parent
        assertThat(validated).isEqualTo(MEETINGS * 2 + 7);

        JsonNode event = export.path("events").get(0);
        assertThat(event.path("name").asText()).isEqualTo("Talks, round 0");
        assertThat(event.path("start_date").asText()).isEqualTo("2024-05-01");
        assertThat(event.path("attendees").findValuesAsText("name")).containsExactly("Ely Ratner", "Cho Chang-rae");
        // Popolo's sources are links with a URL; Summitry's own records keep the one without a URL too
        assertThat(event.path("sources").findValuesAsText("url")).containsExactly("https://example.org/a");
        JsonNode own = event.path("summitry");
        assertThat(own.path("date").path("edtf").asText()).isEqualTo("2024-05-01");
        assertThat(own.path("sources").findValuesAsText("title")).containsExactly("Talks held", "Briefing notes");
        assertThat(own.path("participants").get(1).path("basis").asText()).isEqualTo("inferred");
        assertThat(own.path("participants").get(1).path("note").asText()).isEqualTo("from the photo caption");
        assertThat(own.path("date_reports").get(0).path("date").path("text").asText())
                .isEqualTo("the first half of 2025");
        assertThat(own.path("series").path("acronym").asText()).isEqualTo("DTT");
        JsonNode person = export.path("persons").get(0);
        assertThat(person.path("identifiers").get(0).path("scheme").asText()).isEqualTo("wikidata");
        assertThat(export.path("organizations").get(1).path("name").asText()).isEqualTo("Department of Defense");
        assertThat(export.path("organizations").get(0).path("parent_id").asText())
                .isEqualTo(GlobalId.encode(GlobalId.ORGANIZATION, O0));
    }

    @Test
    void shouldRefuseABadFilterWithAProblemNamingTheParameterBeforeAskingAnyService() {
        for (String[] bad : new String[][] { { "kinds=TALKS,PICNIC", "kinds" }, { "from=2025-13-01", "from" },
                { "countries=Korea", "countries" }, { "participants=not-an-id", "participants" },
                { "colour=red", "colour" }, { "from=2025-06-01&to=2025-01-01", "from" } }) {
            for (String path : List.of("/export/meetings.csv", "/export/popolo.json")) {
                Response response = given().urlEncodingEnabled(false).when().get(path + "?" + bad[0]).then()
                        .statusCode(400).extract().response();
                assertThat(response.contentType()).as(bad[0]).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("code")).isEqualTo("BAD_USER_INPUT");
                assertThat(response.jsonPath().getString("errors[0].field")).as(bad[0]).isEqualTo(bad[1]);
                assertThat(response.jsonPath().getString("detail")).contains("'" + bad[1] + "'");
            }
        }
        meetings.verify(0, getRequestedFor(urlPathEqualTo("/meetings")));
    }

    @Test
    void shouldPassTheListsFilterToMeetingsServiceAndAnswerItsRefusalBeforeTheBody() {
        given().urlEncodingEnabled(false).when().get("/export/meetings.csv?q=defense&countries=us,kr&heldIn=KR&kinds=TALKS&statuses=HELD"
                + "&topics=missile%20defense&series=dtt&from=2025-01-01&to=2025-06-30").then().statusCode(200);
        meetings.verify(getRequestedFor(urlPathEqualTo("/meetings")).withQueryParam("text", equalTo("defense"))
                .withQueryParam("country", equalTo("US")).withQueryParam("country", equalTo("KR"))
                .withQueryParam("locationCountry", equalTo("KR")).withQueryParam("kind", equalTo("TALKS"))
                .withQueryParam("status", equalTo("HELD")).withQueryParam("topic", equalTo("missile defense"))
                .withQueryParam("series", equalTo("dtt")).withQueryParam("from", equalTo("2025-01-01"))
                .withQueryParam("to", equalTo("2025-06-30")));

        meetings.stubFor(get(urlPathEqualTo("/meetings")).withQueryParam("country", equalTo("ZZ"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://summitry.io/problems/invalid-input","title":"Invalid input",
                                 "status":400,"errors":[{"field":"country","message":"unknown country code ZZ"}]}""")));
        Response refused = given().when().get("/export/popolo.json?countries=ZZ").then().statusCode(400).extract()
                .response();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("unknown country code ZZ");
    }

    @Test
    void shouldCutTheTransferWhenAServiceFailsMidExportRatherThanEndAFileThatLooksWhole() {
        meetings.stubFor(get(urlPathEqualTo("/meetings")).withQueryParam("after", equalTo("c200"))
                .willReturn(serverError()));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/export/meetings.csv"))
                .build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shouldReadAPageAgainWhenItsJoinsFailedOnceRatherThanCutTheWholeExport() throws IOException {
        // the second page's participants fail twice (the client's own retry included), then answer
        String secondPage = meetingId(100).toString();
        meetings.stubFor(post(urlEqualTo("/participants/by-meetings")).atPriority(1)
                .withRequestBody(containing(secondPage)).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("failed once"));
        meetings.stubFor(post(urlEqualTo("/participants/by-meetings")).atPriority(1)
                .withRequestBody(containing(secondPage)).inScenario("slow").whenScenarioStateIs("failed once")
                .willReturn(serverError()).willSetStateTo("failed twice"));

        Response response = given().when().get("/export/meetings.csv").then().statusCode(200).extract().response();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString())).getRecords();
        assertThat(rows).hasSize(MEETINGS);
        assertThat(rows.get(100).get("participants")).startsWith("Ely Ratner");
        meetings.verify(5, postRequestedFor(urlEqualTo("/participants/by-meetings")));
    }

    // --- stubs ---

    static String meetingsPage(int from, int to) {
        StringBuilder edges = new StringBuilder();
        for (int i = from; i < to; i++) {
            edges.append(i == from ? "" : ",").append("{\"cursor\":\"c").append(i + 1).append("\",\"node\":")
                    .append("""
                            {"id":"%s","title":"Talks, round %d","kind":"TALKS","status":"HELD",
                             "date":{"edtf":"2024-05-01","earliest":"2024-05-01","latest":"2024-05-01",
                             "precision":"DAY","text":"1 May 2024"},
                             "location":{"venue":"Ministry of National Defense","city":"Seoul","countryCode":"KR"},
                             "seriesSlug":"dtt","ordinal":%d,"hostOrganizationId":"%s","countryCodes":["US","KR","JP"],
                             "summary":"Line one\\nline \\"two\\", with a comma","topics":["missile defense"],
                             "outcomes":[],"sourceIds":["%s","%s"],"version":3}"""
                            .formatted(meetingId(i), i, i, O1, S1, S2))
                    .append('}');
        }
        return "{\"edges\":[" + edges + "],\"pageInfo\":{\"hasNextPage\":" + (to < MEETINGS)
                + ",\"hasPreviousPage\":false,\"startCursor\":\"c" + (from + 1) + "\",\"endCursor\":\"c" + to
                + "\"},\"totalCount\":" + MEETINGS + "}";
    }

    /** A grouped answer for every meeting of every page (the client keeps the groups it asked for). */
    static String grouped(Function<Integer, String> items) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            groups.add("{\"key\":\"" + meetingId(i) + "\",\"items\":[" + items.apply(i) + "]}");
        }
        return "{\"groups\":[" + String.join(",", groups) + "]}";
    }

    static void stubById(WireMockServer server, String path, List<UUID> ids, String items) {
        String body = "{\"ids\":[" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()) + "]}";
        server.stubFor(post(urlEqualTo(path)).withRequestBody(equalToJson(body))
                .willReturn(okJson("{\"items\":[" + items + "]}")));
    }

    static List<String> repeat(int times, String text) {
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            copies.add(text);
        }
        return copies;
    }

    static String person(UUID id, String name, String wikidata) {
        return """
                {"id":"%s","name":"%s","otherNames":[{"name":"조창래","lang":"ko"}],"nationality":"US",
                 "wikidataId":%s,"version":2}""".formatted(id, name, wikidata == null ? "null" : "\"" + wikidata + "\"");
    }

    static String position(UUID id, UUID person, UUID organization, String title) {
        return """
                {"id":"%s","personId":"%s","organizationId":"%s","title":"%s",
                 "start":{"edtf":"2021-08","earliest":"2021-08-01","latest":"2021-08-31","precision":"MONTH",
                 "text":"August 2021"},"end":null,"sourceIds":["%s"],"version":1}"""
                .formatted(id, person, organization, title, S2);
    }

    static String organization(UUID id, String name, UUID parent) {
        return """
                {"id":"%s","name":"%s","acronym":"OSD","kind":"MINISTRY","countryCode":"US","parentId":%s,
                 "sourceIds":[],"version":1}""".formatted(id, name, parent == null ? "null" : "\"" + parent + "\"");
    }
}
