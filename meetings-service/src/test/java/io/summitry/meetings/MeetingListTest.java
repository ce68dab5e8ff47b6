package io.summitry.meetings;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.DTT;
import static io.summitry.meetings.Api.JAPAN;
import static io.summitry.meetings.Api.KOREA;
import static io.summitry.meetings.Api.USA;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The meeting list: every filter, the fuzzy-date overlap rule, ordering and keyset pagination. */
@QuarkusTest
class MeetingListTest {

    static final String PERSON_A = "00000000-0000-4000-8000-00000000000a";
    static final String PERSON_B = "00000000-0000-4000-8000-00000000000b";

    String dtt15;
    String halfYear;
    String seminar;
    String openEnded;
    String exercise;

    @BeforeEach
    void seed() {
        Api.truncate();
        Api.createSeries(DTT, "Defense Trilateral Talks", "DTT");
        dtt15 = createMeeting(with(meeting("15th Defense Trilateral Talks", "2024-09-10"), "seriesSlug", DTT,
                "ordinal", 15, "countryCodes", List.of(USA, JAPAN, KOREA),
                "topics", List.of("missile defense", "intelligence sharing")));
        halfYear = createMeeting(with(meeting("16th Defense Trilateral Talks", "2025-40"), "status", "PLANNED",
                "seriesSlug", DTT, "ordinal", 16, "countryCodes", List.of(USA, JAPAN, KOREA)));
        seminar = createMeeting(with(meeting("Brookings seminar on Indo-Pacific alliances", "2023-06-30"),
                "kind", "SEMINAR", "countryCodes", List.of(USA), "summary", "Ratner on early missile warning data"));
        openEnded = createMeeting(with(meeting("Standing consultation", "2025-01/.."), "kind", "WORKING_LEVEL",
                "countryCodes", List.of(JAPAN, KOREA), "topics", List.of("regional stability")));
        exercise = createMeeting(with(meeting("Tabletop exercise", "2025-04-22/2025-04-23"), "kind", "EXERCISE",
                "status", "CANCELLED", "countryCodes", List.of(KOREA)));
        Api.addParticipant(dtt15, PERSON_A, "HEAD_OF_DELEGATION", USA);
        Api.addParticipant(seminar, PERSON_A, "SPEAKER", USA);
        Api.addParticipant(exercise, PERSON_B, "DELEGATE", KOREA);
    }

    private static List<String> ids(RequestSpecification request) {
        return request.when().get("/meetings").then().statusCode(200).extract().jsonPath().getList("edges.node.id");
    }

    private static RequestSpecification query() {
        return given();
    }

    @Test
    void shouldFilterByText() {
        assertThat(ids(query().queryParam("text", "trilateral"))).containsExactlyInAnyOrder(dtt15, halfYear);
        assertThat(ids(query().queryParam("text", "missile"))).containsExactlyInAnyOrder(dtt15, seminar);
        assertThat(ids(query().queryParam("text", "intellig"))).containsExactly(dtt15);
        assertThat(ids(query().queryParam("text", "ookings"))).containsExactly(seminar);
        assertThat(ids(query().queryParam("text", "REGIONAL stab"))).containsExactly(openEnded);
    }

    @Test
    void shouldFilterByKindsAndStatuses() {
        assertThat(ids(query().queryParam("kind", "SEMINAR", "EXERCISE"))).containsExactlyInAnyOrder(seminar,
                exercise);
        assertThat(ids(query().queryParam("status", "PLANNED"))).containsExactly(halfYear);
        assertThat(ids(query().queryParam("status", "PLANNED", "CANCELLED"))).containsExactlyInAnyOrder(halfYear,
                exercise);
    }

    @Test
    void shouldFilterBySeriesCountriesTopicsAndParticipants() {
        assertThat(ids(query().queryParam("series", DTT))).containsExactlyInAnyOrder(dtt15, halfYear);
        assertThat(ids(query().queryParam("series", "unknown-series"))).isEmpty();
        assertThat(ids(query().queryParam("country", JAPAN))).containsExactlyInAnyOrder(dtt15, halfYear, openEnded);
        assertThat(ids(query().queryParam("country", "kr"))).containsExactlyInAnyOrder(dtt15, halfYear, openEnded,
                exercise);
        assertThat(ids(query().queryParam("topic", "Missile Defense", "regional stability")))
                .containsExactlyInAnyOrder(dtt15, openEnded);
        assertThat(ids(query().queryParam("participant", PERSON_A))).containsExactlyInAnyOrder(dtt15, seminar);
        assertThat(ids(query().queryParam("participant", PERSON_A, PERSON_B)))
                .containsExactlyInAnyOrder(dtt15, seminar, exercise);
    }

    @Test
    void shouldCombineFiltersWithAnd() {
        assertThat(ids(query().queryParam("participant", PERSON_A).queryParam("country", KOREA)))
                .containsExactly(dtt15);
        assertThat(ids(query().queryParam("series", DTT).queryParam("status", "HELD").queryParam("text", "talks")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31"))).containsExactly(dtt15);
        assertThat(ids(query().queryParam("kind", "SEMINAR").queryParam("country", JAPAN))).isEmpty();
    }

    @Test
    void shouldMatchFuzzyDatesThatOverlapTheRange() {
        // A March 2025 search finds the first half of 2025 and the interval open since January 2025.
        assertThat(ids(query().queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")))
                .containsExactlyInAnyOrder(halfYear, openEnded);
        // A day-precision meeting is found by a range ending or starting on its day.
        assertThat(ids(query().queryParam("to", "2024-09-10"))).containsExactlyInAnyOrder(dtt15, seminar);
        assertThat(ids(query().queryParam("from", "2024-09-10").queryParam("to", "2024-09-10")))
                .containsExactly(dtt15);
        assertThat(ids(query().queryParam("from", "2024-09-11").queryParam("to", "2024-12-31"))).isEmpty();
        // The open end reaches any later date; the half year ends on 30 June.
        assertThat(ids(query().queryParam("from", "2030-01-01"))).containsExactly(openEnded);
        assertThat(ids(query().queryParam("from", "2025-07-01").queryParam("to", "2025-07-01")))
                .containsExactly(openEnded);
        assertThat(ids(query().queryParam("to", "2024-12-31"))).containsExactlyInAnyOrder(dtt15, seminar);
    }

    @Test
    void shouldOrderByDateBothWaysWithTiesBrokenById() {
        String tieA = createMeeting("Tie one", "2024-09-10");
        String tieB = createMeeting("Tie two", "2024-09-10");
        String unknown = createMeeting("Undated", "XXXX");
        List<String> ties = new ArrayList<>(List.of(dtt15, tieA, tieB));
        ties.sort(String::compareTo);

        List<String> descending = ids(query().queryParam("first", 100));
        assertThat(descending).containsExactly(exercise, openEnded, halfYear, ties.get(2), ties.get(1), ties.get(0),
                seminar, unknown);
        List<String> ascending = ids(query().queryParam("orderBy", "DATE_ASC"));
        assertThat(ascending).containsExactly(seminar, ties.get(0), ties.get(1), ties.get(2), halfYear, openEnded,
                exercise, unknown);
    }

    @Test
    void shouldPageForwardWithoutSkippingOrRepeatingWhileRowsAreInserted() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int inserted = 0;
        while (hasNext) {
            RequestSpecification request = query().queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/meetings").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("edges.node.id"));
            hasNext = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            // New rows before and after the cursor, tied on the date of the row just read or far away.
            createMeeting("Inserted later " + inserted++, "2026-01-01");
            createMeeting("Inserted earlier " + inserted++, "2000-01-01");
        }
        // Every original row exactly once and in order; the rows inserted past the cursor may be read too.
        List<String> originals = List.of(exercise, openEnded, halfYear, dtt15, seminar);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(originals::contains).toList()).containsExactlyElementsOf(originals);
    }

    @Test
    void shouldPageBackwardWithoutSkippingOrRepeatingWhileRowsAreInserted() {
        List<String> seen = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        int inserted = 0;
        while (hasPrevious) {
            RequestSpecification request = query().queryParam("last", 2).queryParam("orderBy", "DATE_ASC");
            if (before != null) {
                request.queryParam("before", before);
            }
            JsonPath page = request.when().get("/meetings").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("edges.node.id");
            seen.addAll(0, ids);
            hasPrevious = page.getBoolean("pageInfo.hasPreviousPage");
            before = page.getString("pageInfo.startCursor");
            createMeeting("Inserted later " + inserted++, "2026-01-01");
            createMeeting("Inserted earlier " + inserted++, "2000-01-01");
        }
        List<String> originals = List.of(seminar, dtt15, halfYear, openEnded, exercise);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(originals::contains).toList()).containsExactlyElementsOf(originals);
    }

    @Test
    void shouldCountEveryMatchNotJustThePage() {
        given().queryParam("first", 1).queryParam("series", DTT)
                .when().get("/meetings")
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("edges", org.hamcrest.Matchers.hasSize(1))
                .body("pageInfo.hasNextPage", equalTo(true))
                .body("pageInfo.hasPreviousPage", equalTo(false));
    }

    @Test
    void shouldPageEachParticipantsMeetingsInOneCall() {
        Map<String, Object> body = Map.of("ids", List.of(PERSON_B, PERSON_A, "00000000-0000-4000-8000-0000000000ff"),
                "first", 1);
        JsonPath first = given().contentType("application/json").body(body)
                .when().post("/meetings/by-participants")
                .then().statusCode(200)
                .body("key", contains(PERSON_B, PERSON_A, "00000000-0000-4000-8000-0000000000ff"))
                .body("[0].page.edges.node.id", contains(exercise))
                .body("[1].page.edges.node.id", contains(dtt15))
                .body("[1].page.totalCount", equalTo(2))
                .body("[1].page.pageInfo.hasNextPage", equalTo(true))
                .body("[2].page.edges", org.hamcrest.Matchers.empty())
                .body("[2].page.totalCount", equalTo(0))
                .extract().jsonPath();

        given().contentType("application/json")
                .body(Map.of("ids", List.of(PERSON_A), "first", 5,
                        "after", first.getString("[1].page.pageInfo.endCursor")))
                .when().post("/meetings/by-participants")
                .then().statusCode(200)
                .body("[0].page.edges.node.id", contains(seminar));
        given().contentType("application/json")
                .body(Map.of("ids", List.of(PERSON_A, PERSON_B), "filter", Map.of("kinds", List.of("SEMINAR"))))
                .when().post("/meetings/by-participants")
                .then().statusCode(200)
                .body("[0].page.edges.node.id", containsInAnyOrder(seminar))
                .body("[1].page.totalCount", equalTo(0));
    }
}
