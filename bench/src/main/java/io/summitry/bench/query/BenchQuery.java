package io.summitry.bench.query;

import java.util.Map;

/**
 * The queries front ends send, as GraphQL text, with the downstream calls each must cost: one per service per level
 * of the query's shape that needs data from a service, whatever the number of items at that level.
 */
public enum BenchQuery {

    TYPEAHEAD("""
            query Typeahead($text: String!) {
              people(filter: {text: $text}, first: 10) {
                edges { node { id name otherNames { name lang } } }
              }
            }""", Map.of("people-service", 1)),

    MEETING_LIST("""
            query MeetingList($filter: MeetingFilter, $first: Int, $after: String) {
              meetings(filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node {
                  id title date { edtf text earliest latest }
                  host { id name }
                  participants { role person { id name } }
                } }
              }
            }""", Map.of("meetings-service", 2, "people-service", 2)),

    MEETING_DETAIL("""
            query MeetingDetail($id: ID!) {
              meeting(id: $id) {
                id title kind status date { edtf text earliest latest precision }
                participants {
                  role titleAsReported
                  person { id name otherNames { name lang } }
                  position { id title organization { id name } }
                }
                statements { id kind text speaker { id name } source { id title } }
                sources { id title url }
              }
            }""", Map.of("meetings-service", 5, "people-service", 4)),

    PERSON_PROFILE("""
            query PersonProfile($id: ID!) {
              person(id: $id) {
                id name otherNames { name lang }
                positions { id title start { edtf text } end { edtf text } organization { id name } }
                meetings(first: 20) { totalCount edges { node { id title date { edtf text } } } }
              }
            }""", Map.of("people-service", 3, "meetings-service", 1)),

    /**
     * Gateway-bound: the typeahead's one downstream call (ten people), asked for a selection forty times as wide
     * (aliases), so that building the answer, not the services, is the work; {@link #WIDE_SELECTION} is what the peer
     * asks too ({@code bench/peer/queries/WIDE_TYPEAHEAD.graphql}).
     */
    WIDE_TYPEAHEAD("""
            query WideTypeahead($text: String!) {
              people(filter: {text: $text}, first: 10) {
                edges { node { id name otherNames { name lang }
            """ + Selection.WIDE + """
             } }
              }
            }""", Map.of("people-service", 1)),

    SERIES_VIEW("""
            query SeriesView($slug: String!) {
              series(slug: $slug) {
                slug name acronym
                meetings { id ordinal title status date { edtf text } host { id name } }
              }
            }""", Map.of("meetings-service", 2, "people-service", 1));

    /** The aliases of {@link #WIDE_TYPEAHEAD}, the same for both gateways. */
    public static final String WIDE_SELECTION = Selection.WIDE;

    /** Kept apart so that the enum constants can use it. */
    private static final class Selection {
        static final String WIDE = wide();

        private static String wide() {
            StringBuilder aliases = new StringBuilder();
            for (int i = 1; i <= 30; i++) {
                aliases.append(i % 10 == 1 ? "\n        " : " ").append("n").append(i).append(": name");
            }
            for (int i = 1; i <= 10; i++) {
                aliases.append(i % 5 == 1 ? "\n        " : " ").append("o").append(i)
                        .append(": otherNames { name lang }");
            }
            return aliases.toString();
        }
    }

    private final String text;
    private final Map<String, Integer> expectedCalls;

    BenchQuery(String text, Map<String, Integer> expectedCalls) {
        this.text = text;
        this.expectedCalls = expectedCalls;
    }

    public String text() {
        return text;
    }

    /**
     * The downstream calls per service this query must cost. Levels: a nested field needing another lookup is one
     * more call (meeting detail: the meeting; its participants, statements and sources; their people, posts at the
     * date, speakers and statements' sources; the posts' organizations: 5 calls to meetings-service, 4 to
     * people-service).
     */
    public Map<String, Integer> expectedCalls() {
        return expectedCalls;
    }

    public int expectedTotalCalls() {
        return expectedCalls.values().stream().mapToInt(Integer::intValue).sum();
    }
}
