package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every query of the schema and the cross-service joins, against the real services and the fixture. */
@QuarkusTest
@QuarkusTestResource(value = GatewayStackResource.class, restrictToAnnotatedClass = false)
class QueryTest {

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    @Test
    void shouldAnswerAMeetingWithItsJoinsAcrossServices() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { meeting(id: $id) {
                  id title kind status ordinal version topics
                  date { edtf earliest latest precision text }
                  location { city country { code name } }
                  series { slug acronym }
                  host { name acronym country { code } }
                  countries { code }
                  participants { role delegation { code } person { name } position { title organization { name } } }
                  mentions { context person { name } mentionedBy { name } source { title } }
                  statements { kind text speaker { name } meeting { title } source { title } }
                  dateReports { quote date { edtf } source { publisher } }
                  preparedBy { title preparesFor { title } }
                  sessions { title partOf { title } }
                  previousInSeries { title nextInSeries { title } }
                  nextInSeries { title }
                } }""", "id", Fixture.dtt16);
        assertThat(answer.getString("data.meeting.title")).isEqualTo("16th Defense Trilateral Talks");
        assertThat(answer.getString("data.meeting.date.precision")).isEqualTo("DAY");
        assertThat(answer.getString("data.meeting.series.acronym")).isEqualTo("DTT");
        assertThat(answer.getString("data.meeting.host.acronym")).isEqualTo("MND");
        assertThat(answer.getString("data.meeting.host.country.code")).isEqualTo("KR");
        assertThat(answer.getList("data.meeting.countries.code")).containsExactlyInAnyOrder("KR", "US", "JP");
        assertThat(answer.getList("data.meeting.participants.person.name"))
                .containsExactlyInAnyOrder("Cho Chang-rae", "Ely Ratner", "Kano Koji");
        assertThat(answer.getString("data.meeting.participants.find { it.person.name == 'Cho Chang-rae' }"
                + ".position.organization.name")).isEqualTo("National Defense Policy Office");
        assertThat(answer.getString("data.meeting.mentions[0].mentionedBy.name")).isEqualTo("Cho Chang-rae");
        assertThat(answer.getString("data.meeting.statements[0].speaker.name")).isEqualTo("Ely Ratner");
        assertThat(answer.getString("data.meeting.dateReports[0].quote")).isEqualTo("later this year");
        assertThat(answer.getString("data.meeting.preparedBy[0].preparesFor.title"))
                .isEqualTo("16th Defense Trilateral Talks");
        assertThat(answer.getString("data.meeting.sessions[0].partOf.title")).isEqualTo("16th Defense Trilateral Talks");
        assertThat(answer.getString("data.meeting.previousInSeries.title")).isEqualTo("15th Defense Trilateral Talks");
        assertThat(answer.getString("data.meeting.previousInSeries.nextInSeries.title"))
                .isEqualTo("16th Defense Trilateral Talks");
        assertThat(answer.getString("data.meeting.nextInSeries")).isNull();
    }

    @Test
    void shouldPickThePostHeldOnTheMeetingsDate() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { meeting(id: $id) { participants { person { name } position { id title } } } }""",
                "id", Fixture.dtt15);
        assertThat(answer.getString("data.meeting.participants.find { it.person.name == 'Heo Tae-keun' }.position.id"))
                .isEqualTo(Fixture.heosPost);
    }

    @Test
    void shouldPageMeetingsForwardAndBackward() {
        JsonPath first = GraphQL.ok("""
                { meetings(first: 3, orderBy: DATE_ASC) { totalCount edges { cursor node { id } }
                  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""");
        List<String> firstIds = first.getList("data.meetings.edges.node.id");
        assertThat(firstIds).hasSize(3);
        assertThat(first.getInt("data.meetings.totalCount")).isGreaterThanOrEqualTo(Fixture.BULK_MEETINGS + 4);
        assertThat(first.getBoolean("data.meetings.pageInfo.hasNextPage")).isTrue();

        JsonPath second = GraphQL.ok("""
                query($after: String) { meetings(first: 3, after: $after, orderBy: DATE_ASC) {
                  edges { node { id } } pageInfo { startCursor hasPreviousPage } } }""",
                "after", first.getString("data.meetings.pageInfo.endCursor"));
        List<String> secondIds = second.getList("data.meetings.edges.node.id");
        assertThat(secondIds).hasSize(3).doesNotContainAnyElementsOf(firstIds);

        JsonPath back = GraphQL.ok("""
                query($before: String) { meetings(last: 3, before: $before, orderBy: DATE_ASC) {
                  edges { node { id } } } }""",
                "before", second.getString("data.meetings.pageInfo.startCursor"));
        assertThat(back.getList("data.meetings.edges.node.id")).containsExactlyElementsOf(firstIds);
    }

    @Test
    void shouldFilterMeetings() {
        JsonPath answer = GraphQL.ok("""
                query($p: [ID]) { meetings(filter: {seriesSlug: "defense-trilateral-talks", participantIds: $p,
                  from: "2024-01-01"}) { totalCount edges { node { title } } } }""", "p", List.of(Fixture.kano));
        assertThat(answer.getList("data.meetings.edges.node.title")).containsExactly("16th Defense Trilateral Talks");
    }

    @Test
    void shouldAnswerPeopleWithTheirPostsMeetingsAndStatements() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { person(id: $id) { name nationality { name }
                  positions { title start { edtf } end { edtf } organization { acronym } person { name } sources { id } }
                  positionAt(date: "2024-09-10") { title }
                  meetings(first: 2, filter: {kinds: [TALKS]}) { totalCount edges { node { title } }
                    pageInfo { hasNextPage } }
                  statements { text meeting { title } } } }""", "id", Fixture.ratner);
        assertThat(answer.getString("data.person.positions[0].organization.acronym")).isEqualTo("DoD");
        assertThat(answer.getString("data.person.positions[0].person.name")).isEqualTo("Ely Ratner");
        assertThat(answer.getString("data.person.positionAt.title")).startsWith("Assistant Secretary");
        assertThat(answer.getInt("data.person.meetings.totalCount")).isEqualTo(2);
        assertThat(answer.getList("data.person.meetings.edges.node.title"))
                .containsExactly("16th Defense Trilateral Talks", "15th Defense Trilateral Talks");
        assertThat(answer.getString("data.person.statements[0].meeting.title"))
                .isEqualTo("16th Defense Trilateral Talks");
    }

    @Test
    void shouldListAndFilterPeople() {
        JsonPath answer = GraphQL.ok("""
                query($org: ID) { people(filter: {organizationId: $org}) { totalCount edges { node { name } } } }""",
                "org", Fixture.mndPolicyOffice);
        assertThat(answer.getList("data.people.edges.node.name"))
                .containsExactlyInAnyOrder("Cho Chang-rae", "Heo Tae-keun");
        JsonPath typeahead = GraphQL.ok("{ people(filter: {text: \"ratn\"}, first: 5) { edges { node { id } } } }");
        assertThat(typeahead.getList("data.people.edges.node.id")).contains(Fixture.ratner);
    }

    @Test
    void shouldAnswerOrganizationsWithParentChildrenAndPostsAtADate() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { organization(id: $id) { name parent { acronym children { name } }
                  positions(at: "2023-06-01") { person { name } } } }""", "id", Fixture.mndPolicyOffice);
        assertThat(answer.getString("data.organization.parent.acronym")).isEqualTo("MND");
        assertThat(answer.getList("data.organization.parent.children.name"))
                .containsExactly("National Defense Policy Office");
        assertThat(answer.getList("data.organization.positions.person.name")).containsExactly("Heo Tae-keun");

        JsonPath list = GraphQL.ok("""
                { organizations(filter: {countryCode: "KR"}) { totalCount edges { node { name } } } }""");
        assertThat(list.getList("data.organizations.edges.node.name"))
                .contains("Ministry of National Defense", "National Defense Policy Office");
        JsonPath kinds = GraphQL.ok("{ organizations(filter: {kinds: [DEPARTMENT]}) { edges { node { name } } } }");
        assertThat(kinds.getList("data.organizations.edges.node.name")).contains("National Defense Policy Office")
                .doesNotContain("Ministry of National Defense");
    }

    @Test
    void shouldRefetchAnyNodeByItsGlobalId() {
        JsonPath answer = GraphQL.ok("""
                query($m: ID!, $p: ID!, $o: ID!) {
                  m: node(id: $m) { id ... on Meeting { title } }
                  p: node(id: $p) { id ... on Person { name } }
                  o: node(id: $o) { id ... on Organization { name } } }""",
                "m", Fixture.dtt15, "p", Fixture.cho, "o", Fixture.mod);
        assertThat(answer.getString("data.m.title")).isEqualTo("15th Defense Trilateral Talks");
        assertThat(answer.getString("data.p.name")).isEqualTo("Cho Chang-rae");
        assertThat(answer.getString("data.o.name")).isEqualTo("Ministry of Defense");
    }

    @Test
    void shouldAnswerNullForAnUnknownId() {
        String unknown = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("Meeting:" + java.util.UUID.randomUUID()).getBytes());
        JsonPath answer = GraphQL.ok("query($id: ID!) { meeting(id: $id) { id } node(id: $id) { id } }", "id",
                unknown);
        assertThat(answer.getString("data.meeting")).isNull();
        assertThat(answer.getString("data.node")).isNull();
    }

    @Test
    void shouldAnswerSeriesSourcesAndCountries() {
        JsonPath answer = GraphQL.ok("""
                { series(slug: "defense-trilateral-talks") { name meetings { ordinal } }
                  allSeries { slug }
                  sources(first: 10) { totalCount edges { node { id title url publishedOn } } }
                  countries { code name } }""");
        assertThat(answer.getList("data.series.meetings.ordinal")).containsExactly(15, 16);
        assertThat(answer.getList("data.allSeries.slug")).contains(Fixture.SERIES_SLUG);
        assertThat(answer.getList("data.sources.edges.node.id")).contains(Fixture.pressRelease, Fixture.article);
        assertThat(answer.getList("data.countries.code")).contains("KR", "US", "JP");

        JsonPath source = GraphQL.ok("query($id: ID!) { source(id: $id) { title publisher publishedOn url } }", "id",
                Fixture.pressRelease);
        assertThat(source.getString("data.source.publishedOn")).isEqualTo("2024-09-11");
    }
}
