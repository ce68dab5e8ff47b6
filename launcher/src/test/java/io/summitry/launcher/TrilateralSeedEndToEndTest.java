package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.launcher.seed.Seed;
import io.summitry.launcher.seed.SeedLoader;
import io.summitry.stack.App;
import io.summitry.testing.PopoloSchemas;

/**
 * The local run end to end: the embedded PostgreSQL and the three packaged apps as real processes, started as
 * {@code ./summitry} starts them, the seed loaded through GraphQL, facts from the two articles found by searching,
 * and nothing left running afterwards. Needs the apps packaged first ({@code ./mvnw verify} at the root does that).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrilateralSeedEndToEndTest {

    static final Path ROOT = Path.of(System.getProperty("summitry.root", "..")).toAbsolutePath().normalize();
    static final Path SEED = ROOT.resolve("seed/trilateral-defense.yaml");
    // generous: on a busy 2-core machine three JVMs starting side by side can take minutes
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    static final String BROOKINGS_HEADLINE =
            "Cooperation between US, Japan, S. Korea important to maintaining peace in Indo-Pacific: US officials";

    Path dataDirectory;
    Launcher.Running running;
    GraphQlClient graphQl;
    final List<Long> pids = new ArrayList<>();
    final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    void startTheLocalRun() throws IOException {
        dataDirectory = Files.createTempDirectory("summitry-e2e");
        running = Launcher.start(new LauncherOptions(ROOT, dataDirectory, 0, 0, 0, 0, SEED, true, null,
                READY_TIMEOUT));
        graphQl = running.graphQl();
        for (App app : App.values()) {
            pids.add(running.stack().pid(app));
            ports.add(running.stack().baseUri(app).getPort());
        }
        ports.add(running.stack().postgresPort());
    }

    @AfterAll
    void stopEverything() throws IOException {
        if (running != null) {
            running.close();
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void shouldListBothRoundsOfTheDefenseTrilateralTalksInOrder() {
        JsonNode series = query("""
                { series(slug: "defense-trilateral-talks") { name acronym
                    meetings { ordinal title status date { edtf } location { city country { code } } topics } } }""")
                .path("series");

        assertThat(series.path("acronym").asText()).isEqualTo("DTT");
        assertThat(texts(series.path("meetings"), "ordinal")).containsExactly("15", "16");
        JsonNode fifteenth = series.path("meetings").get(0);
        assertThat(fifteenth.path("status").asText()).isEqualTo("HELD");
        assertThat(fifteenth.path("date").path("edtf").asText()).isEqualTo("2024-09-10");
        assertThat(fifteenth.path("location").path("city").asText()).isEqualTo("Seoul");
        assertThat(texts(fifteenth.path("topics"))).containsExactlyInAnyOrder("missile defense",
                "intelligence sharing", "joint security measures");
        assertThat(series.path("meetings").get(1).path("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    @Order(1)
    void shouldFindTheFifteenthRoundByItsExactDay() {
        JsonNode meetings = query("""
                { meetings(filter: {seriesSlug: "defense-trilateral-talks", from: "2024-09-10", to: "2024-09-10"}) {
                    edges { node { title ordinal } } } }""").path("meetings").path("edges");

        assertThat(texts(meetings, "node", "ordinal")).containsExactly("15");
    }

    @Test
    @Order(1)
    void shouldKeepEachSourcesWordingOfWhenTheSixteenthRoundTakesPlace() {
        JsonNode sixteenth = meetingTitled("16th Defense Trilateral Talks",
                "dateReports { quote date { edtf } source { title } } mentions { person { name } context basis }"
                        + " date { edtf earliest latest precision note } previousInSeries { ordinal }");

        // "in the first half of 2025": some day within it, not talks lasting six months
        assertThat(sixteenth.path("date").path("edtf").asText()).isEqualTo("[2025-01-01..2025-06-30]");
        assertThat(sixteenth.path("date").path("precision").asText()).isEqualTo("WITHIN");
        assertThat(sixteenth.path("date").path("earliest").asText()).isEqualTo("2025-01-01");
        assertThat(sixteenth.path("date").path("latest").asText()).isEqualTo("2025-06-30");
        assertThat(sixteenth.path("date").path("note").asText()).contains("not yet finalized");
        assertThat(texts(sixteenth.path("dateReports"), "quote")).anyMatch(q -> q.contains("later this year"))
                .anyMatch(q -> q.contains("first half of 2025"));
        assertThat(texts(sixteenth.path("dateReports"), "source", "title")).allMatch(t -> t.startsWith("South Korea"));
        assertThat(texts(sixteenth.path("mentions"), "person", "name")).containsExactly("Donald Trump");
        assertThat(texts(sixteenth.path("mentions"), "basis")).containsExactly("REPORTED");
        assertThat(sixteenth.path("previousInSeries").path("ordinal").asInt()).isEqualTo(15);
    }

    @Test
    @Order(1)
    void shouldFindTheThreeOfficialsWhoJoinedThePreparatoryMeetingInYongsan() {
        JsonNode meeting = meetingTitled(
                "Trilateral preparatory defense meeting in Seoul for the 16th Defense Trilateral Talks",
                "kind location { venue city } host { name } preparesFor { ordinal }"
                        + " participants { role basis delegation { code } titleAsReported person { name } }"
                        + " date { precision note } dateReports { quote date { edtf note } } outcomes topics"
                        + " statements { text attribution basis speaker { name } speakers { name } }");

        assertThat(meeting.path("kind").asText()).isEqualTo("WORKING_LEVEL");
        assertThat(meeting.path("location").path("venue").asText()).contains("Yongsan");
        // the article gives where they met, not who hosted
        assertThat(meeting.path("host").isNull()).isTrue();
        assertThat(meeting.path("preparesFor").path("ordinal").asInt()).isEqualTo(16);
        // the article says they joined the talks, not that they led their delegations
        assertThat(meeting.path("participants")).hasSize(3)
                .allMatch(p -> p.path("role").asText().equals("DELEGATE"))
                .allMatch(p -> p.path("basis").asText().equals("REPORTED"));
        assertThat(texts(meeting.path("participants"), "person", "name"))
                .containsExactlyInAnyOrder("Andrew Winternitz", "Woo Kyung-seok", "Osamu Ashizuka");
        assertThat(texts(meeting.path("participants"), "delegation", "code"))
                .containsExactlyInAnyOrder("US", "KR", "JP");
        assertThat(texts(meeting.path("outcomes"))).anyMatch(o -> o.contains("conduct more drills"));
        // "Officials highlighted the importance of unity": said, by no one the article names
        assertThat(meeting.path("statements")).singleElement().satisfies(s -> {
            assertThat(s.path("attribution").asText()).isEqualTo("Officials");
            assertThat(s.path("speakers")).isEmpty();
            assertThat(s.path("speaker").isNull()).isTrue();
            assertThat(s.path("basis").asText()).isEqualTo("REPORTED");
        });
        assertThat(meeting.path("date").path("precision").asText()).isEqualTo("WITHIN");
        assertThat(meeting.path("date").path("note").asText()).contains("Tuesday and Wednesday");
        // the article's own words, not the interval reconciled from the whole article
        JsonNode report = meeting.path("dateReports").get(0);
        assertThat(report.path("quote").asText()).contains("on Tuesday and Wednesday");
        assertThat(report.path("date").path("edtf").asText()).isEqualTo("XXXX");
        assertThat(report.path("date").path("note").asText()).contains("Tuesday and Wednesday");
    }

    @Test
    @Order(1)
    void shouldFindTheTabletopExerciseAsASessionOfThePreparatoryMeeting() {
        JsonNode exercises = query("""
                { meetings(filter: {kinds: [EXERCISE], topics: ["tabletop exercise"]}) {
                    edges { node { title participants { person { name } } host { name }
                        partOf { title sessions { kind } preparesFor { ordinal } } } } } }""")
                .path("meetings").path("edges");

        assertThat(exercises).hasSize(1);
        // the article names nobody in the exercise
        assertThat(exercises.get(0).path("node").path("participants")).isEmpty();
        assertThat(exercises.get(0).path("node").path("host").isNull()).isTrue();
        JsonNode partOf = exercises.get(0).path("node").path("partOf");
        assertThat(partOf.path("title").asText()).contains("preparatory");
        assertThat(texts(partOf.path("sessions"), "kind")).containsExactly("EXERCISE");
        assertThat(partOf.path("preparesFor").path("ordinal").asInt()).isEqualTo(16);
    }

    @Test
    @Order(1)
    void shouldFindTheBrookingsSeminarWithItsSpeakersAndTheMissileRecord() {
        JsonNode seminars = query("""
                { meetings(filter: {kinds: [SEMINAR], text: "Brookings"}) { edges { node {
                    summary host { name kind } sources { title url }
                    participants { role basis note person { name }
                                   position { title organization { parent { name } } } } } } } }""")
                .path("meetings").path("edges");

        assertThat(seminars).hasSize(1);
        JsonNode seminar = seminars.get(0).path("node");
        assertThat(seminar.path("summary").asText()).contains("69 ballistic missiles in 2022")
                .contains("Democratic People's Republic of Korea");
        assertThat(seminar.path("host").path("kind").asText()).isEqualTo("THINK_TANK");
        assertThat(texts(seminar.path("participants"), "person", "name"))
                .containsExactlyInAnyOrder("Ely Ratner", "Daniel Kritenbrink");
        assertThat(texts(seminar.path("participants"), "role")).containsOnly("SPEAKER");
        // the article places Ratner at the seminar; Kritenbrink's presence is read from the article, and says so
        assertThat(seminar.path("participants")).anyMatch(p -> p.path("person").path("name").asText()
                .equals("Ely Ratner") && p.path("basis").asText().equals("REPORTED"));
        assertThat(seminar.path("participants")).anyMatch(p -> p.path("person").path("name").asText()
                .equals("Daniel Kritenbrink") && p.path("basis").asText().equals("INFERRED")
                && p.path("note").asText().contains("he told the seminar"));
        assertThat(texts(seminar.path("participants"), "position", "organization", "parent", "name"))
                .containsExactlyInAnyOrder("Department of Defense", "Department of State");
        assertThat(seminar.path("sources").get(0).path("title").asText()).isEqualTo(BROOKINGS_HEADLINE);
        assertThat(seminar.path("sources").get(0).path("url").isNull()).isTrue();
    }

    @Test
    @Order(1)
    void shouldQuoteRatnerVerbatimAndKeepReportedSpeechApart() {
        JsonNode ratner = person("Ely Ratner", "statements { kind text attribution basis note speakers { name }"
                + " source { title } }"
                + " positions { title organization { name parent { name } country { code } } }");

        assertThat(texts(ratner.path("positions"), "title"))
                .containsExactly("assistant secretary of defense for Indo-Pacific security affairs");
        JsonNode statements = ratner.path("statements");
        assertThat(statements).anyMatch(s -> s.path("kind").asText().equals("QUOTE")
                && s.path("text").asText().startsWith("We are developing plans for more regularized exercises"));
        assertThat(statements).anyMatch(s -> s.path("kind").asText().equals("PARAPHRASE")
                && s.path("text").asText().contains("early missile warning data"));
        assertThat(texts(statements, "source", "title")).containsOnly(BROOKINGS_HEADLINE);
    }

    @Test
    @Order(1)
    void shouldKeepTheLeadParagraphsUnnamedOfficialAndMarkRatnerAsAnInference() {
        JsonNode statements = person("Ely Ratner", "statements { text attribution basis note speakers { name } }")
                .path("statements");

        JsonNode lead = null;
        for (JsonNode s : statements) {
            if (s.path("text").asText().contains("reaching unprecedented levels")) {
                lead = s;
            }
        }
        assertThat(lead).as("the lead paragraph among " + statements).isNotNull();
        assertThat(lead.path("attribution").asText()).isEqualTo("a senior US administration official");
        assertThat(lead.path("basis").asText()).isEqualTo("INFERRED");
        assertThat(lead.path("note").asText()).contains("does not name the official");
        assertThat(texts(lead.path("speakers"), "name")).containsExactly("Ely Ratner");
        assertThat(statements).filteredOn(s -> s.path("attribution").isNull())
                .allMatch(s -> s.path("basis").asText().equals("REPORTED"));
    }

    @Test
    @Order(1)
    void shouldSayWhereTheOrganizationsTheArticlesDoNotNameComeFrom() {
        JsonNode offices = query("""
                { organizations(filter: {kinds: [HEAD_OF_GOVERNMENT_OFFICE]}) { edges { node {
                    name country { code } note sources { title } } } } }""").path("organizations").path("edges");

        assertThat(texts(offices, "node", "name")).containsExactly("Office of the Prime Minister of Japan");
        JsonNode office = offices.get(0).path("node");
        assertThat(office.path("note").asText()).contains("Not named in the articles")
                .contains("Japanese Prime Minister Fumio Kishida");
        assertThat(texts(office.path("sources"), "title")).containsExactly(BROOKINGS_HEADLINE);

        JsonNode brookings = query("""
                { organizations(filter: {text: "Brookings Institution"}) { edges { node {
                    name note sources { title } } } } }""").path("organizations").path("edges").get(0).path("node");
        assertThat(brookings.path("note").isNull()).isTrue();
        assertThat(texts(brookings.path("sources"), "title")).containsExactly(BROOKINGS_HEADLINE);
    }

    @Test
    @Order(1)
    void shouldCreditYoonAndKishidaAsMentionsByKritenbrinkNotAsParticipants() {
        JsonNode seminar = query("""
                { meetings(filter: {kinds: [SEMINAR], text: "Brookings"}) { edges { node {
                    mentions { person { name } mentionedBy { name } context basis note }
                    participants { person { name } } } } } }""").path("meetings").path("edges").get(0).path("node");

        assertThat(texts(seminar.path("mentions"), "person", "name"))
                .containsExactlyInAnyOrder("Yoon Suk Yeol", "Fumio Kishida");
        assertThat(texts(seminar.path("mentions"), "mentionedBy", "name")).containsOnly("Daniel Kritenbrink");
        assertThat(texts(seminar.path("mentions"), "context")).allMatch(c -> c.contains("mending ties"));
        // Kritenbrink's words are reported; that he said them at this seminar is not
        assertThat(texts(seminar.path("mentions"), "basis")).containsOnly("INFERRED");
        assertThat(texts(seminar.path("mentions"), "note")).allMatch(n -> n.contains("inferred"));
        assertThat(texts(seminar.path("participants"), "person", "name")).doesNotContain("Yoon Suk Yeol",
                "Fumio Kishida");
    }

    @Test
    @Order(1)
    void shouldPlaceWooInTheMinistryOfNationalDefense() {
        JsonNode woo = person("Woo Kyung-seok",
                "nationality { code } positions { title organization { parent { name country { code } } } }");

        assertThat(woo.path("nationality").path("code").asText()).isEqualTo("KR");
        JsonNode post = woo.path("positions").get(0);
        assertThat(post.path("title").asText()).contains("deputy director-general for international policy");
        assertThat(post.path("organization").path("parent").path("name").asText())
                .isEqualTo("Ministry of National Defense");
        assertThat(post.path("organization").path("parent").path("country").path("code").asText()).isEqualTo("KR");
    }

    @Test
    @Order(1)
    void shouldFindWhatWasPlannedOrHeldInMarch2025() {
        JsonNode meetings = query("""
                { meetings(filter: {countryCodes: ["JP"], from: "2025-03-01", to: "2025-03-31"}, orderBy: DATE_ASC) {
                    edges { node { title } } totalCount } }""").path("meetings");

        assertThat(texts(meetings.path("edges"), "node", "title")).contains("16th Defense Trilateral Talks",
                "Trilateral preparatory defense meeting in Seoul for the 16th Defense Trilateral Talks");
    }

    @Test
    @Order(1)
    void shouldExportTheSeedAsPopoloValidAgainstThePopoloSchemasObjectByObject() throws Exception {
        HttpResponse<byte[]> response = export("/export/popolo.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode export = new ObjectMapper().readTree(response.body());
        PopoloSchemas schemas = new PopoloSchemas();
        Map<String, String> arrays = Map.of("events", "event", "speeches", "speech", "persons", "person",
                "memberships", "membership", "organizations", "organization");
        for (Map.Entry<String, String> array : arrays.entrySet()) {
            assertThat(export.path(array.getKey())).as(array.getKey()).isNotEmpty();
            for (JsonNode object : export.path(array.getKey())) {
                assertThat(schemas.errors(array.getValue(), object)).as(array.getKey() + " " + object.path("id"))
                        .isEmpty();
            }
        }
        int meetings = query("{ meetings(first: 0) { totalCount } }").path("meetings").path("totalCount").asInt();
        assertThat(export.path("events")).hasSize(meetings);
        assertThat(texts(export.path("persons"), "name")).contains("Ely Ratner", "Yoon Suk Yeol");
        // Summitry's own facts ride along in the extension field: the inferred participation and its reason
        JsonNode yongsan = stream(export.path("events")).filter(e -> e.path("name").asText()
                .startsWith("Trilateral preparatory defense meeting")).findFirst().orElseThrow();
        assertThat(yongsan.path("summitry").path("date").path("edtf").asText()).isNotBlank();
        assertThat(yongsan.path("attendees")).hasSize(yongsan.path("summitry").path("participants").size());

        HttpResponse<byte[]> csv = export("/export/meetings.csv?countries=JP&from=2025-03-01&to=2025-03-31");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows.stream().map(row -> row.get("title")).toList()).contains("16th Defense Trilateral Talks",
                "Trilateral preparatory defense meeting in Seoul for the 16th Defense Trilateral Talks");
    }

    private HttpResponse<byte[]> export(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.stack().baseUri(App.GATEWAY)
                .resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    @Order(2)
    void shouldLoadTheSeedOnlyOnceWhenLoadedAgain() {
        assertThat(running.seeded().created()).isGreaterThan(50);

        SeedLoader.Result again = new SeedLoader(graphQl).load(Seed.read(SEED));

        assertThat(again.created()).isZero();
        assertThat(again.found()).isEqualTo(running.seeded().created() + running.seeded().found());
        assertThat(query("{ people(filter: {text: \"Ely Ratner\"}) { totalCount } }")
                .path("people").path("totalCount").asInt()).isEqualTo(1);
        assertThat(texts(query("{ meetings(filter: {text: \"Tabletop exercise\"}) { edges { node { title } } } }")
                .path("meetings").path("edges"), "node", "title"))
                .containsOnlyOnce("Tabletop exercise simulating potential regional security crises");
        assertThat(query("{ series(slug: \"defense-trilateral-talks\") { meetings { ordinal } } }")
                .path("series").path("meetings")).hasSize(2);
    }

    @Test
    @Order(3)
    void shouldLeaveNoProcessAndNoPortBehind() {
        running.close();

        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process " + pid)
                    .isFalse();
        }
        for (int port : ports) {
            assertThatCode(() -> {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                }
            }).as("port " + port).doesNotThrowAnyException();
        }
    }

    private JsonNode query(String document) {
        return graphQl.execute(document, Map.of());
    }

    private JsonNode meetingTitled(String title, String fields) {
        JsonNode edges = graphQl.execute("query($text: String!) { meetings(filter: {text: $text}) { edges { node {"
                + " title " + fields + " } } } }", Map.of("text", title)).path("meetings").path("edges");
        for (JsonNode edge : edges) {
            if (edge.path("node").path("title").asText().equals(title)) {
                return edge.path("node");
            }
        }
        throw new AssertionError("No meeting titled '" + title + "' among " + edges);
    }

    private JsonNode person(String name, String fields) {
        JsonNode edges = graphQl.execute("query($text: String!) { people(filter: {text: $text}) { edges { node {"
                + " name " + fields + " } } } }", Map.of("text", name)).path("people").path("edges");
        for (JsonNode edge : edges) {
            if (edge.path("node").path("name").asText().equals(name)) {
                return edge.path("node");
            }
        }
        throw new AssertionError("No person named '" + name + "' among " + edges);
    }

    /** The text at a path inside each element of an array. */
    private static List<String> texts(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            JsonNode node = item;
            for (String step : path) {
                node = node.path(step);
            }
            values.add(node.asText());
        }
        return values;
    }
}
