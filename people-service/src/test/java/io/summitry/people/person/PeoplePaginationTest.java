package io.summitry.people.person;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createOrganization;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.createPosition;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PeoplePaginationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldPageForwardWithoutSkipOrRepeatWhileRowsAreInserted() {
        String marker = unique();
        String office = createOrganization("Office " + marker);
        for (String name : List.of("Adams", "Baker", "Clark", "Davis", "Evans")) {
            staffer(name + " " + marker, office);
        }
        JsonPath first = page(office, "first", 2, "after", null);
        assertThat(first.getList("edges.node.name", String.class))
                .containsExactly("Adams " + marker, "Baker " + marker);
        assertThat(first.getBoolean("pageInfo.hasNextPage")).isTrue();
        assertThat(first.getInt("totalCount")).isEqualTo(5);

        // Rows inserted before and after the cursor between two page loads.
        staffer("Aaron " + marker, office);
        staffer("Cooper " + marker, office);

        JsonPath second = page(office, "first", 2, "after", first.getString("pageInfo.endCursor"));
        assertThat(second.getList("edges.node.name", String.class))
                .containsExactly("Clark " + marker, "Cooper " + marker);
        JsonPath third = page(office, "first", 2, "after", second.getString("pageInfo.endCursor"));
        assertThat(third.getList("edges.node.name", String.class))
                .containsExactly("Davis " + marker, "Evans " + marker);
        assertThat(third.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(third.getInt("totalCount")).isEqualTo(7);
    }

    @Test
    void shouldPageBackwardFromTheEnd() {
        String marker = unique();
        String office = createOrganization("Office " + marker);
        for (String name : List.of("Adams", "Baker", "Clark", "Davis", "Evans")) {
            staffer(name + " " + marker, office);
        }
        JsonPath last = page(office, "last", 2, "before", null);
        assertThat(last.getList("edges.node.name", String.class))
                .containsExactly("Davis " + marker, "Evans " + marker);
        assertThat(last.getBoolean("pageInfo.hasPreviousPage")).isTrue();
        staffer("Bell " + marker, office);
        JsonPath before = page(office, "last", 2, "before", last.getString("pageInfo.startCursor"));
        assertThat(before.getList("edges.node.name", String.class))
                .containsExactly("Bell " + marker, "Clark " + marker);
        JsonPath start = page(office, "last", 2, "before", before.getString("pageInfo.startCursor"));
        assertThat(start.getList("edges.node.name", String.class))
                .containsExactly("Adams " + marker, "Baker " + marker);
        assertThat(start.getBoolean("pageInfo.hasPreviousPage")).isFalse();
    }

    @Test
    void shouldPageRankedTypeaheadResultsWithoutSkipOrRepeat() {
        String marker = unique();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(createPerson("Person" + i + " " + marker + (i % 2 == 0 ? "" : " Withalongersurname")));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("text", marker).queryParam("first", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/people").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("edges.node.id", String.class));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void shouldRefuseBadPageSizesAndCursors() {
        given().queryParam("first", -1).when().get("/people").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("first"));
        given().queryParam("first", 1000).when().get("/people").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("first"));
        given().queryParam("last", 101).when().get("/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("last"));
        given().queryParam("after", "garbage!!").when().get("/people").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("after"));
        given().queryParam("before", "bm90LWEtY3Vyc29y").queryParam("last", 2).when().get("/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("before"));
        given().queryParam("first", "many").when().get("/people").then()
                .statusCode(400).contentType(PROBLEM);
    }

    private static JsonPath page(String organizationId, String sizeName, int size, String cursorName,
            String cursor) {
        var request = given().queryParam("organizationId", organizationId).queryParam(sizeName, size);
        if (cursor != null) {
            request.queryParam(cursorName, cursor);
        }
        return request.when().get("/people").then().statusCode(200).extract().jsonPath();
    }

    private static void staffer(String name, String organizationId) {
        createPosition(createPerson(name), organizationId, "Staffer", "2024", null);
    }
}
