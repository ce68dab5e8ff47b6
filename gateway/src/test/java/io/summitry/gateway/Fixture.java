package io.summitry.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small dataset, loaded once per test JVM through the gateway's own mutations: two rounds of the Defense Trilateral
 * Talks with a preparatory meeting and a tabletop exercise, the officials and their posts, and a run of working-level
 * meetings so that pages of 10, 20 and 40 exist.
 */
final class Fixture {

    static final String SERIES_SLUG = "defense-trilateral-talks";
    static final int BULK_MEETINGS = 24;

    static String pressRelease;
    static String article;
    static String dod;
    static String mnd;
    static String mndPolicyOffice;
    static String mod;
    static String ratner;
    static String cho;
    static String heo;
    static String kano;
    static String chosPost;
    static String heosPost;
    static String dtt15;
    static String dtt16;
    static String preparatory;
    static String exercise;
    static final List<String> bulk = new ArrayList<>();

    private static boolean loaded;
    private static RuntimeException failure;

    private Fixture() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        if (failure != null) {
            throw new IllegalStateException("The fixture failed to load earlier", failure);
        }
        try {
            create();
        } catch (RuntimeException | AssertionError e) {
            failure = new IllegalStateException(e.getMessage(), e);
            throw e;
        }
        loaded = true;
    }

    private static void create() {
        pressRelease = source("Joint Press Statement on the 16th Defense Trilateral Talks", "U.S. Department of Defense",
                "2024-09-11", "https://www.defense.gov/News/Releases/dtt16");
        article = source("S. Korea, US, Japan hold defense talks", "Yonhap", "2024-09-10", null);
        GraphQL.ok("""
                mutation { createSeries(input: {slug: "defense-trilateral-talks", name: "Defense Trilateral Talks",
                  acronym: "DTT"}) { slug } }""");

        dod = organization("Department of Defense", "DoD", "MINISTRY", "US", null);
        mnd = organization("Ministry of National Defense", "MND", "MINISTRY", "KR", null);
        mndPolicyOffice = organization("National Defense Policy Office", null, "DEPARTMENT", "KR", mnd);
        mod = organization("Ministry of Defense", "MOD", "MINISTRY", "JP", null);

        ratner = person("Ely Ratner", "US");
        cho = person("Cho Chang-rae", "KR");
        heo = person("Heo Tae-keun", "KR");
        kano = person("Kano Koji", "JP");

        position(ratner, dod, "Assistant Secretary of Defense for Indo-Pacific Security Affairs", "2021-07-23", null);
        heosPost = position(heo, mndPolicyOffice, "Deputy Minister for National Defense Policy", "2022-05",
                "2023-12");
        chosPost = position(cho, mndPolicyOffice, "Deputy Minister for National Defense Policy", "2024-01", null);
        position(kano, mod, "Director General, Defense Policy Bureau", "2023", null);

        dtt15 = meeting("15th Defense Trilateral Talks", "TALKS", "2023-11-14", 15, dod, null, null);
        dtt16 = meeting("16th Defense Trilateral Talks", "TALKS", "2024-09-10", 16, mnd, null, null);
        preparatory = meeting("Preparatory meeting for the 16th DTT", "WORKING_LEVEL", "2024-08", null, null, null,
                dtt16);
        exercise = meeting("Tabletop exercise on missile warning", "EXERCISE", "2024-09-10", null, null, dtt16, null);

        participant(dtt15, heo, "HEAD_OF_DELEGATION", "KR");
        participant(dtt15, ratner, "HEAD_OF_DELEGATION", "US");
        participant(dtt15, kano, "HEAD_OF_DELEGATION", "JP");
        participant(dtt16, cho, "HEAD_OF_DELEGATION", "KR");
        participant(dtt16, ratner, "HEAD_OF_DELEGATION", "US");
        participant(dtt16, kano, "HEAD_OF_DELEGATION", "JP");
        GraphQL.ok("""
                mutation($m: ID!, $p: ID!, $by: ID!, $s: ID!) { addMention(meetingId: $m, input: {personId: $p,
                  context: "credited the Camp David summit", mentionedById: $by, sourceId: $s}) { id } }""",
                "m", dtt16, "p", heo, "by", cho, "s", article);
        GraphQL.ok("""
                mutation($m: ID!, $p: ID!, $s: ID!) { addStatement(meetingId: $m, input: {speakerId: $p,
                  kind: PARAPHRASE, text: "Ratner noted the real-time missile warning data sharing", sourceId: $s})
                  { id } }""", "m", dtt16, "p", ratner, "s", pressRelease);
        GraphQL.ok("""
                mutation($m: ID!, $s: ID!) { addDateReport(meetingId: $m, input: {date: {edtf: "2024"},
                  sourceId: $s, quote: "later this year"}) { id } }""", "m", dtt16, "s", article);

        for (int i = 1; i <= BULK_MEETINGS; i++) {
            String id = meeting("Working-level talks " + i, "WORKING_LEVEL", String.format("2022-%02d-%02d",
                    1 + (i - 1) / 4, 1 + i), null, null, null, null);
            participant(id, ratner, "DELEGATE", "US");
            participant(id, i % 2 == 0 ? heo : cho, "DELEGATE", "KR");
            bulk.add(id);
        }
    }

    static String source(String title, String publisher, String publishedOn, String url) {
        return GraphQL.ok("""
                mutation($t: String!, $p: String, $d: Date, $u: String) { createSource(input: {title: $t,
                  publisher: $p, publishedOn: $d, url: $u}) { id } }""", "t", title, "p", publisher, "d", publishedOn,
                "u", url).getString("data.createSource.id");
    }

    static String organization(String name, String acronym, String kind, String country, String parent) {
        return GraphQL.ok("""
                mutation($n: String!, $a: String, $k: OrganizationKind!, $c: String, $parent: ID) {
                  createOrganization(input: {name: $n, acronym: $a, kind: $k, countryCode: $c, parentId: $parent})
                  { id } }""", "n", name, "a", acronym, "k", kind, "c", country, "parent", parent)
                .getString("data.createOrganization.id");
    }

    static String person(String name, String nationality) {
        return GraphQL.ok("""
                mutation($n: String!, $c: String) { createPerson(input: {name: $n, nationality: $c}) { id } }""",
                "n", name, "c", nationality).getString("data.createPerson.id");
    }

    static String position(String person, String organization, String title, String start, String end) {
        java.util.HashMap<String, Object> input = new java.util.HashMap<>();
        input.put("personId", person);
        input.put("organizationId", organization);
        input.put("title", title);
        input.put("start", Map.of("edtf", start));
        input.put("end", end == null ? null : Map.of("edtf", end));
        return GraphQL.ok("""
                mutation($input: PositionInput!) { addPosition(input: $input) { id } }""", "input", input)
                .getString("data.addPosition.id");
    }

    static String meeting(String title, String kind, String date, Integer ordinal, String host, String partOf,
            String preparesFor) {
        java.util.HashMap<String, Object> input = new java.util.HashMap<>();
        input.put("title", title);
        input.put("kind", kind);
        input.put("status", "HELD");
        input.put("date", Map.of("edtf", date));
        input.put("countryCodes", List.of("KR", "US", "JP"));
        input.put("topics", List.of("missile defense"));
        input.put("location", Map.of("city", "Seoul", "countryCode", "KR"));
        if (ordinal != null) {
            input.put("seriesSlug", SERIES_SLUG);
            input.put("ordinal", ordinal);
        }
        input.put("hostOrganizationId", host);
        input.put("partOfId", partOf);
        input.put("preparesForId", preparesFor);
        return GraphQL.ok("""
                mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }""", "input", input)
                .getString("data.createMeeting.id");
    }

    static String participant(String meeting, String person, String role, String delegation) {
        return GraphQL.ok("""
                mutation($m: ID!, $p: ID!, $r: ParticipantRole!, $c: String) { addParticipant(meetingId: $m,
                  input: {personId: $p, role: $r, delegationCountryCode: $c}) { id } }""",
                "m", meeting, "p", person, "r", role, "c", delegation).getString("data.addParticipant.id");
    }
}
