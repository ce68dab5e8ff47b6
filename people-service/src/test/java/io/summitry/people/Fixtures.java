package io.summitry.people;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Small factories that create rows through the public API, each with a unique marker so tests never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A short random word, to make names unique per test. */
    public static String unique() {
        return "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Map<String, Object> organization(String name, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("countryCode", "US");
        return body;
    }

    public static String createOrganization(Map<String, Object> body) {
        return post("/organizations", body).statusCode(201).extract().path("id");
    }

    public static String createOrganization(String name) {
        return createOrganization(organization(name, "MINISTRY"));
    }

    public static Map<String, Object> person(String name, String... otherNames) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        List<Map<String, Object>> others = new ArrayList<>();
        for (String other : otherNames) {
            others.add(Map.of("name", other, "lang", "ko"));
        }
        body.put("otherNames", others);
        return body;
    }

    public static String createPerson(String name, String... otherNames) {
        return post("/people", person(name, otherNames)).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> position(String personId, String organizationId, String title, String start,
            String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("organizationId", organizationId);
        body.put("title", title);
        if (start != null) {
            body.put("start", Map.of("edtf", start));
        }
        if (end != null) {
            body.put("end", Map.of("edtf", end));
        }
        return body;
    }

    public static String createPosition(String personId, String organizationId, String title, String start,
            String end) {
        return post("/positions", position(personId, organizationId, title, start, end)).statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
