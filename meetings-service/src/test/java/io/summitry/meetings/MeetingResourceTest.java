package io.summitry.meetings;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.DTT;
import static io.summitry.meetings.Api.JAPAN;
import static io.summitry.meetings.Api.KOREA;
import static io.summitry.meetings.Api.USA;
import static io.summitry.meetings.Api.batch;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.summitry.postgres.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class MeetingResourceTest {

    static final String WINTERNITZ = "00000000-0000-4000-8000-000000000001";
    static final String WOO = "00000000-0000-4000-8000-000000000002";
    static final String ASHIZUKA = "00000000-0000-4000-8000-000000000003";
    static final String RATNER = "00000000-0000-4000-8000-000000000004";
    static final String KRITENBRINK = "00000000-0000-4000-8000-000000000005";
    static final String YOON = "00000000-0000-4000-8000-000000000006";
    static final String KISHIDA = "00000000-0000-4000-8000-000000000007";
    static final String BROOKINGS = "00000000-0000-4000-8000-0000000000b1";

    @BeforeEach
    void clean() {
        Api.truncate();
    }

    @Test
    void shouldCreateAndReadAMeetingWithItsVersionAsETag() {
        Api.createSeries(DTT, "Defense Trilateral Talks", "DTT");
        String source = Api.createSource("Trilateral talks in Seoul", "2025-04-24");
        Map<String, Object> input = with(meeting("15th Defense Trilateral Talks", "2024-09-10"),
                "location", Map.of("city", "Seoul", "countryCode", KOREA),
                "seriesSlug", DTT, "ordinal", 15,
                "countryCodes", List.of(USA, JAPAN, KOREA),
                "topics", List.of("Missile Defense", "intelligence sharing", "missile defense"),
                "sourceIds", List.of(source));

        String id = given().contentType(ContentType.JSON).body(input)
                .when().post("/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/meetings/"))
                .header("ETag", "\"0\"")
                .body("date.earliest", equalTo("2024-09-10"))
                .body("date.precision", equalTo("DAY"))
                .body("date.text", equalTo("10 September 2024"))
                .extract().path("id");

        given().when().get("/meetings/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("15th Defense Trilateral Talks"))
                .body("location.city", equalTo("Seoul"))
                .body("seriesSlug", equalTo(DTT))
                .body("ordinal", equalTo(15))
                .body("countryCodes", contains(USA, JAPAN, KOREA))
                .body("topics", contains("missile defense", "intelligence sharing"))
                .body("sourceIds", contains(source))
                .body("version", equalTo(0));
    }

    @Test
    void shouldUpdateWithTheVersionReadAndRefuseAStaleOneChangingNothing() {
        String id = createMeeting("Working-level meeting", "2025-04");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(meeting("Working-level meeting in Seoul", "2025-04"), "status", "HELD"))
                .when().put("/meetings/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(meeting("Overwritten by a stale editor", "2026"))
                .when().put("/meetings/{id}", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version 1"));

        given().when().get("/meetings/{id}", id)
                .then().body("title", equalTo("Working-level meeting in Seoul"))
                .body("date.edtf", equalTo("2025-04"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRequireIfMatchOnUpdateAndDelete() {
        String id = createMeeting("Talks", "2025");

        given().contentType(ContentType.JSON).body(meeting("Talks", "2025"))
                .when().put("/meetings/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        given().when().delete("/meetings/{id}", id)
                .then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete("/meetings/{id}", id)
                .then().statusCode(204);
        given().when().get("/meetings/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseACycleThroughPartOfAndPreparesFor() {
        String talks = createMeeting("Talks", "2025-40");
        String preparatory = createMeeting(with(meeting("Preparatory meeting", "2025-04"), "preparesForId", talks));
        String exercise = createMeeting(with(meeting("Tabletop exercise", "2025-04"), "kind", "EXERCISE",
                "partOfId", preparatory));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(meeting("Talks", "2025-40"), "partOfId", exercise))
                .when().put("/meetings/{id}", talks)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("partOfId"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(meeting("Talks", "2025-40"), "preparesForId", talks))
                .when().put("/meetings/{id}", talks)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("preparesForId"));

        given().when().get("/meetings/{id}", talks)
                .then().body("partOfId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseToDeleteAMeetingOthersArePartOf() {
        String talks = createMeeting("Talks", "2025-04-22");
        createMeeting(with(meeting("Tabletop exercise", "2025-04-22"), "partOfId", talks));

        given().header("If-Match", "\"0\"").when().delete("/meetings/{id}", talks)
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/meetings/{id}", talks).then().statusCode(200);
    }

    @Test
    void shouldKeepOrdinalsUniqueWithinASeries() {
        Api.createSeries(DTT, "Defense Trilateral Talks", "DTT");
        createMeeting(with(meeting("15th DTT", "2024-09-10"), "seriesSlug", DTT, "ordinal", 15));

        given().contentType(ContentType.JSON)
                .body(with(meeting("Another 15th DTT", "2024-09-11"), "seriesSlug", DTT, "ordinal", 15))
                .when().post("/meetings")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(with(meeting("In no series", "2024"), "seriesSlug", "no-such-series"))
                .when().post("/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("seriesSlug"));
    }

    @Test
    void shouldPointEachCreatedChildsLocationAtWhereItCanBeRead() {
        String id = createMeeting("Talks", "2025");
        String source = Api.createSource("Talks held", "2025-01-02");
        Map<String, Map<String, Object>> children = Map.of(
                "participants", Map.of("personId", WOO, "role", "DELEGATE", "delegationCountryCode", KOREA),
                "mentions", Map.of("personId", YOON, "context", "commended", "sourceId", source),
                "statements", Map.of("speakerId", RATNER, "kind", "QUOTE", "text", "We agreed", "sourceId", source),
                "date-reports", Map.of("date", Map.of("edtf", "2025-01"), "sourceId", source, "quote", "in January"));
        children.forEach((kind, body) -> {
            var created = given().contentType(ContentType.JSON).body(body)
                    .when().post("/meetings/{id}/" + kind, id)
                    .then().statusCode(201).extract();
            String childId = created.path("id");
            String location = created.header("Location");
            assertThat(kind, location, endsWith("/" + kind + "/" + childId));
            given().when().get(java.net.URI.create(location).getPath())
                    .then().statusCode(200).body("id", equalTo(childId));
        });
    }

    @Test
    void shouldLetAPersonTakePartOnceAndBeRemoved() {
        String id = createMeeting("Talks", "2025");
        String participant = Api.addParticipant(id, WOO, "HEAD_OF_DELEGATION", KOREA);

        given().contentType(ContentType.JSON)
                .body(Map.of("personId", WOO, "role", "DELEGATE"))
                .when().post("/meetings/{id}/participants", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().when().delete("/meetings/{id}/participants/{p}", id, participant)
                .then().statusCode(204);
        given().when().delete("/meetings/{id}/participants/{p}", id, participant)
                .then().statusCode(404);
        batch("/participants/by-meetings", List.of(id)).body("groups[0].items", hasSize(0));
    }

    @Test
    void shouldUpdateSeriesAndSourcesWithTheirVersions() {
        Api.createSeries(DTT, "Defense Trilateral Talks", "DTT");
        given().contentType(ContentType.JSON).body(Map.of("slug", DTT, "name", "Duplicate"))
                .when().post("/series").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("slug", DTT, "name", "Defense Trilateral Talks", "acronym", "DTT",
                        "description", "US, Japan and South Korea, at deputy assistant secretary level"))
                .when().put("/series/{slug}", DTT)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("slug", DTT, "name", "Stale"))
                .when().put("/series/{slug}", DTT)
                .then().statusCode(409);
        given().when().get("/series").then().body("name", contains("Defense Trilateral Talks"));

        String source = Api.createSource("Cooperation important to peace", "2023-06-30");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "Cooperation between US, Japan, S. Korea important", "url",
                        "https://example.org/article"))
                .when().put("/sources/{id}", source)
                .then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "Stale"))
                .when().put("/sources/{id}", source)
                .then().statusCode(409);
        given().when().get("/sources/{id}", source)
                .then().body("url", equalTo("https://example.org/article"));
    }

    @Test
    void shouldHoldEveryFactOfTheSeedArticles() {
        String seoulArticle = Api.createSource("South Korea, US, Japan hold trilateral defense meeting in Seoul",
                "2025-04-25");
        String brookingsArticle = Api.createSource(
                "Cooperation between US, Japan, S. Korea important to maintaining peace in Indo-Pacific", "2023-07-01");
        Api.createSeries(DTT, "Defense Trilateral Talks", "DTT");

        String round15 = createMeeting(with(meeting("15th Defense Trilateral Talks", "2024-09-10"),
                "location", Map.of("city", "Seoul", "countryCode", KOREA), "seriesSlug", DTT, "ordinal", 15,
                "countryCodes", List.of(USA, JAPAN, KOREA),
                "topics", List.of("missile defense", "intelligence sharing", "joint security measures"),
                "sourceIds", List.of(seoulArticle)));
        String round16 = createMeeting(with(meeting("16th Defense Trilateral Talks", "2025-40"),
                "status", "PLANNED", "seriesSlug", DTT, "ordinal", 16, "countryCodes", List.of(USA, JAPAN, KOREA),
                "date", Map.of("edtf", "2025-40", "note", "the next high-level dialogue, planned for the first half"
                        + " of 2025; the date was not yet final"),
                "summary", "The first under US President Donald Trump's second term.",
                "sourceIds", List.of(seoulArticle)));
        String preparatory = createMeeting(with(meeting("Trilateral defense working-level meeting", "2025-04-22/2025-04-23"),
                "kind", "WORKING_LEVEL",
                "location", Map.of("venue", "Ministry of National Defense headquarters", "city", "Seoul (Yongsan)",
                        "countryCode", KOREA),
                "countryCodes", List.of(KOREA, USA, JAPAN), "preparesForId", round16,
                "topics", List.of("trilateral defense cooperation", "regional stability"),
                "outcomes", List.of("expand communication", "conduct more drills"),
                "sourceIds", List.of(seoulArticle)));
        String exercise = createMeeting(with(meeting("Tabletop exercise on regional security crises",
                "2025-04-22/2025-04-23"), "kind", "EXERCISE", "partOfId", preparatory,
                "summary", "Joint responses to hypothetical threats", "sourceIds", List.of(seoulArticle)));
        for (String[] p : new String[][] {
                { WINTERNITZ, USA, "US deputy assistant secretary of defense for East Asia" },
                { WOO, KOREA, "deputy director-general for international policy" },
                { ASHIZUKA, JAPAN, "director for Japan-US defense cooperation" } }) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("personId", p[0], "role", "HEAD_OF_DELEGATION", "delegationCountryCode", p[1],
                            "titleAsReported", p[2], "sourceIds", List.of(seoulArticle)))
                    .when().post("/meetings/{id}/participants", preparatory)
                    .then().statusCode(201);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("date", Map.of("edtf", "2025"), "sourceId", seoulArticle,
                        "quote", "the upcoming Defense Trilateral Talks expected later this year"))
                .when().post("/meetings/{id}/date-reports", round16).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("date", Map.of("edtf", "2025-40"), "sourceId", seoulArticle,
                        "quote", "their next high-level dialogue in the first half of 2025"))
                .when().post("/meetings/{id}/date-reports", round16).then().statusCode(201);

        String seminar = createMeeting(with(meeting("Brookings seminar on US alliances in the Indo-Pacific",
                "2023-06-30"), "kind", "SEMINAR", "hostOrganizationId", BROOKINGS,
                "location", Map.of("city", "Washington", "countryCode", USA), "sourceIds", List.of(brookingsArticle)));
        Api.addParticipant(seminar, RATNER, "SPEAKER", USA);
        Api.addParticipant(seminar, KRITENBRINK, "SPEAKER", USA);
        for (Object[] s : new Object[][] {
                { RATNER, "QUOTE", "This isn't just about getting together and having dialogue and sharing views" },
                { RATNER, "PARAPHRASE", "The US, South Korea and Japan are talking about sharing early missile"
                        + " warning data" },
                { KRITENBRINK, "QUOTE", "really unlocked the unprecedented trilateral cooperation that we see now" } }) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("speakerId", s[0], "kind", s[1], "text", s[2], "sourceId", brookingsArticle))
                    .when().post("/meetings/{id}/statements", seminar).then().statusCode(201);
        }
        for (String person : List.of(YOON, KISHIDA)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("personId", person, "context", "commended for leadership in mending ties",
                            "mentionedById", KRITENBRINK, "sourceId", brookingsArticle))
                    .when().post("/meetings/{id}/mentions", seminar).then().statusCode(201);
        }

        batch("/meetings/series-neighbours", List.of(round16, round15))
                .body("[0].previous.id", equalTo(round15)).body("[0].next", nullValue())
                .body("[1].next.id", equalTo(round16));
        batch("/meetings/prepared-by/by-meetings", List.of(round16)).body("groups[0].items.id", contains(preparatory));
        batch("/meetings/sessions/by-meetings", List.of(preparatory)).body("groups[0].items.id", contains(exercise));
        batch("/participants/by-meetings", List.of(preparatory))
                .body("groups[0].items.titleAsReported", contains(
                        "US deputy assistant secretary of defense for East Asia",
                        "deputy director-general for international policy",
                        "director for Japan-US defense cooperation"))
                .body("groups[0].items[0].sourceIds", contains(seoulArticle));
        batch("/date-reports/by-meetings", List.of(round16))
                .body("groups[0].items.date.precision", contains("YEAR", "HALF_YEAR"));
        batch("/statements/by-speakers", List.of(RATNER)).body("groups[0].items.kind", contains("QUOTE", "PARAPHRASE"));
        batch("/mentions/by-meetings", List.of(seminar))
                .body("groups[0].items.mentionedById", contains(KRITENBRINK, KRITENBRINK));
        batch("/sources/by-meetings", List.of(exercise)).body("groups[0].items.id", contains(seoulArticle));
        batch("/series/meetings/by-slugs", List.of(DTT)).body("groups[0].items.ordinal", contains(15, 16));
        given().when().get("/meetings/{id}", preparatory)
                .then().body("outcomes", contains("expand communication", "conduct more drills"))
                .body("date.text", equalTo("22–23 April 2025"));
    }
}
