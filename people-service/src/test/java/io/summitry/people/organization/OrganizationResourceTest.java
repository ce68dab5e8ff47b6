package io.summitry.people.organization;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createOrganization;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.createPosition;
import static io.summitry.people.Fixtures.organization;
import static io.summitry.people.Fixtures.post;
import static io.summitry.people.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganizationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldCreateReadUpdateAndDeleteAnOrganization() {
        String name = "Ministry of National Defense " + unique();
        Map<String, Object> body = organization(name, "MINISTRY");
        body.put("acronym", "MND");
        body.put("countryCode", "KR");
        String id = post("/organizations", body).statusCode(201).extract().path("id");
        given().when().get("/organizations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("acronym", equalTo("MND"))
                .body("kind", equalTo("MINISTRY"))
                .body("countryCode", equalTo("KR"));

        body.put("summary", "South Korea's defense ministry");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/organizations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("summary", equalTo("South Korea's defense ministry"))
                .body("version", equalTo(1));

        given().header("If-Match", "\"1\"").when().delete("/organizations/" + id).then().statusCode(204);
        given().when().get("/organizations/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerCreatedWithLocationAndEtag() {
        var created = post("/organizations", organization("Agency " + unique(), "AGENCY")).statusCode(201)
                .header("ETag", "\"0\"")
                .extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/organizations/" + id);
        given().when().get("/organizations/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldLookUpByIdsInRequestOrderWithMissing() {
        String a = createOrganization("A " + unique());
        String b = createOrganization("B " + unique());
        String unknown = UUID.randomUUID().toString();
        post("/organizations/by-ids", Map.of("ids", List.of(b, unknown, a, b))).statusCode(200)
                .body("items", hasSize(4))
                .body("items[0].id", equalTo(b))
                .body("items[1]", nullValue())
                .body("items[2].id", equalTo(a))
                .body("items[3].id", equalTo(b))
                .body("missing", contains(unknown));
    }

    @Test
    void shouldGroupChildrenByParentByName() {
        String parent = createOrganization("Department of Defense " + unique());
        String childless = createOrganization("Department of State " + unique());
        Map<String, Object> zed = organization("Zed Office " + unique(), "DEPARTMENT");
        zed.put("parentId", parent);
        Map<String, Object> alpha = organization("Alpha Office " + unique(), "DEPARTMENT");
        alpha.put("parentId", parent);
        String zedId = createOrganization(zed);
        String alphaId = createOrganization(alpha);
        post("/organizations/children/by-parents", Map.of("ids", List.of(childless, parent))).statusCode(200)
                .body("groups", hasSize(2))
                .body("groups[0].key", equalTo(childless))
                .body("groups[0].items", hasSize(0))
                .body("groups[1].key", equalTo(parent))
                .body("groups[1].items.id", contains(alphaId, zedId));
    }

    @Test
    void shouldRefuseAParentCycle() {
        String top = createOrganization("Top " + unique());
        Map<String, Object> middle = organization("Middle " + unique(), "DEPARTMENT");
        middle.put("parentId", top);
        String middleId = createOrganization(middle);
        Map<String, Object> loop = organization("Top " + unique(), "MINISTRY");
        loop.put("parentId", middleId);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(loop)
                .when().put("/organizations/" + top).then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("parentId"));
        loop.put("parentId", top);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(loop)
                .when().put("/organizations/" + top).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        given().when().get("/organizations/" + top).then().body("parentId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAnUnknownParentOrCountry() {
        Map<String, Object> orphan = organization("Orphan " + unique(), "OTHER");
        orphan.put("parentId", UUID.randomUUID().toString());
        post("/organizations", orphan).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("parentId"));
        Map<String, Object> nowhere = organization("Nowhere " + unique(), "OTHER");
        nowhere.put("countryCode", "XX");
        post("/organizations", nowhere).statusCode(400).body("errors[0].field", equalTo("countryCode"));
    }

    @Test
    void shouldRefuseToDeleteAnOrganizationStillInUse() {
        String parent = createOrganization("Parent " + unique());
        Map<String, Object> child = organization("Child " + unique(), "DEPARTMENT");
        child.put("parentId", parent);
        createOrganization(child);
        given().header("If-Match", "\"0\"").when().delete("/organizations/" + parent).then()
                .statusCode(409).contentType(PROBLEM);

        String employer = createOrganization("Employer " + unique());
        createPosition(createPerson("Employee " + unique()), employer, "Clerk", "2020", null);
        given().header("If-Match", "\"0\"").when().delete("/organizations/" + employer).then()
                .statusCode(409).contentType(PROBLEM);
        given().when().get("/organizations/" + employer).then().statusCode(200);
    }

    @Test
    void shouldFilterByTextKindCountryAndParent() {
        String marker = unique();
        Map<String, Object> ministry = organization("Ministère de la Défense " + marker, "MINISTRY");
        ministry.put("acronym", "MINDEF" + marker);
        ministry.put("countryCode", "FR");
        String ministryId = createOrganization(ministry);
        Map<String, Object> tank = organization("Institut " + marker, "THINK_TANK");
        tank.put("countryCode", "FR");
        tank.put("parentId", ministryId);
        String tankId = createOrganization(tank);

        given().queryParam("text", "ministere de la defense " + marker).when().get("/organizations").then()
                .statusCode(200).body("edges.node.id", contains(ministryId)).body("totalCount", equalTo(1));
        given().queryParam("text", marker).queryParam("kind", "THINK_TANK").queryParam("kind", "AGENCY")
                .when().get("/organizations").then()
                .body("edges.node.id", contains(tankId));
        given().queryParam("text", marker).queryParam("countryCode", "FR").when().get("/organizations").then()
                .body("edges.node.id", contains(tankId, ministryId));
        given().queryParam("parentId", ministryId).when().get("/organizations").then()
                .body("edges.node.id", contains(tankId));
    }

    @Test
    void shouldRefuseAnUnknownKindNamingTheParameter() {
        given().queryParam("kind", "EMBASSY").when().get("/organizations").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> body = organization("Embassy " + unique(), "EMBASSY");
        post("/organizations", body).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldAnswerConflictForADuplicateWikidataId() {
        String wikidataId = "Q" + (100_000_000 + new java.util.Random().nextInt(100_000_000));
        Map<String, Object> first = organization("First " + unique(), "AGENCY");
        first.put("wikidataId", wikidataId);
        createOrganization(first);
        Map<String, Object> second = organization("Second " + unique(), "AGENCY");
        second.put("wikidataId", wikidataId);
        post("/organizations", second).statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("errors[0].field", equalTo("wikidataId"));
    }
}
