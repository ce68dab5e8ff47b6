package io.summitry.people.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitry.postgres.PostgresTestResource;

// The embedded PostgreSQL declared here serves every test class of the module (restrictToAnnotatedClass = false).
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class CountryResourceTest {

    @Test
    void shouldListAllIsoCountriesByName() {
        given().when().get("/countries").then()
                .statusCode(200)
                .body("", hasSize(249))
                .body("[0].name", equalTo("Afghanistan"))
                .body("find { it.code == 'KR' }.name", equalTo("South Korea"))
                .body("find { it.code == 'KP' }.name", equalTo("North Korea"))
                .body("code", hasItem("JP"));
    }

    @Test
    void shouldFindOneCountryByCodeInAnyCase() {
        given().when().get("/countries/kr").then()
                .statusCode(200)
                .body("code", equalTo("KR"))
                .body("name", equalTo("South Korea"));
    }

    @Test
    void shouldAnswerProblemForUnknownCountry() {
        given().when().get("/countries/XX").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
