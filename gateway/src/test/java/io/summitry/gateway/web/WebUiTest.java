package io.summitry.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.summitry.gateway.StubbedServices;

/** The web UI is served at / from the web module's jar, beside /graphql and /q/*, which it does not shadow. */
@QuarkusTest
@TestProfile(StubbedServices.class)
class WebUiTest {

    @Test
    void shouldServeTheWebUiAndItsScriptAtTheRoot() {
        Response page = given().when().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.asString());
        assertThat(script.find()).as("index.html names its script").isTrue();
        Response js = given().when().get(script.group(1));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.contentType()).contains("javascript");
    }

    @Test
    void shouldStillAnswerGraphQlAndHealthBesideTheUi() {
        given().queryParam("query", "{ countries { code } }").when().get("/graphql")
                .then().statusCode(200);
        assertThat(given().queryParam("query", "{ countries { code } }").when().get("/graphql").jsonPath()
                .getList("data.countries.code")).contains("KR");
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
