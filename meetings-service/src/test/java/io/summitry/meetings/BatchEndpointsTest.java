package io.summitry.meetings;

import static io.summitry.meetings.Api.batch;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Batch lookups answer one entry per requested key, in request order; unknown keys are missing, not errors. */
@QuarkusTest
class BatchEndpointsTest {

    static final String UNKNOWN = "00000000-0000-4000-8000-0000000000ff";
    static final String PERSON = "00000000-0000-4000-8000-000000000001";

    String first;
    String second;
    String source;

    @BeforeEach
    void seed() {
        Api.truncate();
        source = Api.createSource("An article", "2025-04-25");
        first = createMeeting(with(meeting("First", "2025-01-01"), "sourceIds", List.of(source)));
        second = createMeeting(with(meeting("Second", "2025-02-01"), "partOfId", first, "preparesForId", first));
        Api.addParticipant(first, PERSON, "DELEGATE", "KR");
    }

    @Test
    void shouldAlignMeetingsByIdsWithUnknownOnesMissing() {
        batch("/meetings/by-ids", List.of(second, UNKNOWN, first, second))
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(4))
                .body("items[0].id", org.hamcrest.Matchers.equalTo(second))
                .body("items[1]", nullValue())
                .body("items[2].id", org.hamcrest.Matchers.equalTo(first))
                .body("items[3].id", org.hamcrest.Matchers.equalTo(second))
                .body("missing", contains(UNKNOWN));
    }

    @Test
    void shouldGroupChildrenOfEachMeetingWithEmptyGroupsForUnknownOnes() {
        for (String path : List.of("/meetings/sessions/by-meetings", "/meetings/prepared-by/by-meetings")) {
            batch(path, List.of(UNKNOWN, first))
                    .statusCode(200)
                    .body("groups.key", contains(UNKNOWN, first))
                    .body("groups[0].items", empty())
                    .body("groups[1].items.id", contains(second));
        }
        batch("/participants/by-meetings", List.of(UNKNOWN, first))
                .body("groups.key", contains(UNKNOWN, first))
                .body("groups[0].items", empty())
                .body("groups[1].items.personId", contains(PERSON));
        batch("/sources/by-meetings", List.of(first, UNKNOWN))
                .body("groups[0].items.id", contains(source))
                .body("groups[1].items", empty());
        for (String path : List.of("/mentions/by-meetings", "/statements/by-meetings", "/date-reports/by-meetings")) {
            batch(path, List.of(UNKNOWN)).statusCode(200).body("groups.key", contains(UNKNOWN))
                    .body("groups[0].items", empty());
        }
    }

    @Test
    void shouldGroupByPeopleWithEmptyGroupsForUnknownOnes() {
        batch("/participants/by-people", List.of(UNKNOWN, PERSON))
                .statusCode(200)
                .body("groups[0].items", empty())
                .body("groups[1].items.meetingId", contains(first));
        batch("/statements/by-speakers", List.of(UNKNOWN)).statusCode(200).body("groups[0].items", empty());
    }

    @Test
    void shouldAnswerSourcesSeriesAndNeighboursForUnknownKeys() {
        batch("/sources/by-ids", List.of(UNKNOWN, source))
                .statusCode(200)
                .body("items[0]", nullValue())
                .body("items[1].id", org.hamcrest.Matchers.equalTo(source))
                .body("missing", contains(UNKNOWN));
        batch("/series/by-slugs", List.of("no-such-series"))
                .statusCode(200).body("missing", contains("no-such-series"));
        batch("/series/meetings/by-slugs", List.of("no-such-series"))
                .statusCode(200).body("groups[0].items", empty());
        batch("/meetings/series-neighbours", List.of(UNKNOWN, first))
                .statusCode(200)
                .body("key", contains(UNKNOWN, first))
                .body("[0].previous", nullValue())
                .body("[1].next", nullValue());
    }
}
