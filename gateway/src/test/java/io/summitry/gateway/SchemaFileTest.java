package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The served schema is the checked-in SDL, so front ends can generate code from the file. After a schema change,
 * regenerate it with {@code ./mvnw -pl gateway verify -Dtest=SchemaFileTest -Dsummitry.schema.write=true}.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class SchemaFileTest {

    static final Path SDL = Path.of("src/main/graphql/schema.graphql");
    static final String HEADER = """
            # Summitry GraphQL schema, as the gateway serves it at /graphql/schema.graphql. Generated from the code:
            # do not edit; regenerate with ./mvnw -pl gateway verify -Dtest=SchemaFileTest -Dsummitry.schema.write=true
            # Fields joined from the other service (Participant.person/position, Meeting.host, Mention.person/mentionedBy,
            # Statement.speaker/speakers, Position.organization/person/sources, Organization.sources,
            # Person.meetings/statements) are nullable, so an
            # unavailable service nulls only them, with an UPSTREAM_UNAVAILABLE error, never their parent.

            """;

    @Test
    void shouldServeTheCheckedInSchema() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("summitry.schema.write")) {
            Files.createDirectories(SDL.getParent());
            Files.writeString(SDL, HEADER + served);
        }
        assertThat(SDL).as("the checked-in SDL; regenerate with -Dsummitry.schema.write=true").exists();
        assertThat(Files.readString(SDL)).isEqualTo(HEADER + served);
    }
}
