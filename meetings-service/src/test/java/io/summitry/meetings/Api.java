package io.summitry.meetings;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.summitry.postgres.PostgresTestResource;

/** Test data factories and calls to the running service, shared by the REST tests. */
public final class Api {

    public static final String DTT = "defense-trilateral-talks";
    public static final String KOREA = "KR";
    public static final String JAPAN = "JP";
    public static final String USA = "US";

    private Api() {
    }

    /** Empties every table, so each test sees only its own rows. */
    public static void truncate() {
        try (Connection c = PostgresTestResource.connectToCurrentDatabase(); Statement s = c.createStatement()) {
            s.execute("truncate series, source, meeting, participant, participant_source, meeting_source, mention,"
                    + " statement, date_report cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A meeting input with the required fields; tweak the map for more. */
    public static Map<String, Object> meeting(String title, String edtf) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "TALKS");
        input.put("status", "HELD");
        input.put("date", Map.of("edtf", edtf));
        return input;
    }

    public static Map<String, Object> with(Map<String, Object> input, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(input);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    public static String createMeeting(Map<String, Object> input) {
        return given().contentType(ContentType.JSON).body(input)
                .when().post("/meetings")
                .then().statusCode(201).extract().path("id");
    }

    public static String createMeeting(String title, String edtf) {
        return createMeeting(meeting(title, edtf));
    }

    public static void createSeries(String slug, String name, String acronym) {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", name, "acronym", acronym))
                .when().post("/series")
                .then().statusCode(201);
    }

    public static String createSource(String title, String publishedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "publisher", "Yonhap", "publishedOn", publishedOn))
                .when().post("/sources")
                .then().statusCode(201).extract().path("id");
    }

    public static String addParticipant(String meetingId, String personId, String role, String country) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("personId", personId, "role", role, "delegationCountryCode", country))
                .when().post("/meetings/{id}/participants", meetingId)
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse batch(String path, List<String> ids) {
        return given().contentType(ContentType.JSON).body(Map.of("ids", ids))
                .when().post(path)
                .then();
    }
}
