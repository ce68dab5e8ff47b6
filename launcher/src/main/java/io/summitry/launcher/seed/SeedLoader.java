package io.summitry.launcher.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.launcher.GraphQlClient;
import io.summitry.launcher.seed.Seed.DateReportSeed;
import io.summitry.launcher.seed.Seed.DateSeed;
import io.summitry.launcher.seed.Seed.MeetingSeed;
import io.summitry.launcher.seed.Seed.MentionSeed;
import io.summitry.launcher.seed.Seed.OrganizationSeed;
import io.summitry.launcher.seed.Seed.ParticipantSeed;
import io.summitry.launcher.seed.Seed.PersonSeed;
import io.summitry.launcher.seed.Seed.PositionSeed;
import io.summitry.launcher.seed.Seed.SeriesSeed;
import io.summitry.launcher.seed.Seed.SourceSeed;
import io.summitry.launcher.seed.Seed.StatementSeed;

/**
 * Loads a {@link Seed} through the gateway's public GraphQL mutations. Find-or-create by natural key (series by slug,
 * organization by name and country, person by exact name, meeting by exact title, source by title, and each child of
 * a meeting or person by what it says), so a second load, or one resumed after a crash, adds nothing twice.
 */
public final class SeedLoader {

    static final String SERIES = "query($slug: String!) { series(slug: $slug) { slug } }";
    static final String CREATE_SERIES = "mutation($input: SeriesInput!) { createSeries(input: $input) { slug } }";
    static final String ALL_SOURCES = """
            query($after: String) { sources(first: 100, after: $after) {
              edges { node { id title } } pageInfo { hasNextPage endCursor } } }""";
    static final String CREATE_SOURCE = "mutation($input: SourceInput!) { createSource(input: $input) { id title } }";
    static final String ORGANIZATIONS = """
            query($text: String!, $country: String) {
              organizations(filter: {text: $text, countryCode: $country}, first: 50) {
                edges { node { id name country { code } } } } }""";
    static final String CREATE_ORGANIZATION = """
            mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }""";
    static final String PEOPLE = """
            query($text: String!) { people(filter: {text: $text}, first: 50) {
              edges { node { id name positions { title organization { id } } } } } }""";
    static final String CREATE_PERSON = "mutation($input: PersonInput!) { createPerson(input: $input) { id } }";
    static final String ADD_POSITION = "mutation($input: PositionInput!) { addPosition(input: $input) { id } }";
    static final String MEETINGS = """
            query($text: String!) { meetings(filter: {text: $text}, first: 50) {
              edges { node { id title
                participants { person { id } }
                mentions { person { id } mentionedBy { id } }
                statements { text speakers { id } }
                dateReports { quote date { edtf } source { id } } } } } }""";
    static final String CREATE_MEETING = "mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }";
    static final String ADD_PARTICIPANT = """
            mutation($meeting: ID!, $input: ParticipantInput!) { addParticipant(meetingId: $meeting, input: $input) {
              role } }""";
    static final String ADD_MENTION = """
            mutation($meeting: ID!, $input: MentionInput!) { addMention(meetingId: $meeting, input: $input) {
              context } }""";
    static final String ADD_STATEMENT = """
            mutation($meeting: ID!, $input: StatementInput!) { addStatement(meetingId: $meeting, input: $input) {
              id } }""";
    static final String ADD_DATE_REPORT = """
            mutation($meeting: ID!, $input: DateReportInput!) { addDateReport(meetingId: $meeting, input: $input) {
              quote } }""";

    private final GraphQlClient graphQl;
    private final Map<String, String> sourceIds = new HashMap<>();
    private final Map<String, String> organizationIds = new HashMap<>();
    private final Map<String, String> personIds = new HashMap<>();
    private final Map<String, String> meetingIds = new HashMap<>();
    private int created;
    private int found;

    public SeedLoader(GraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    /** What one load did. */
    public record Result(int created, int found) {
    }

    /** Loads the seed, creating only what is not there yet. */
    public Result load(Seed seed) {
        created = 0;
        found = 0;
        for (SeriesSeed s : seed.series()) {
            loadSeries(s);
        }
        loadSources(seed.sources());
        for (OrganizationSeed o : parentsFirst(seed.organizations())) {
            organizationIds.put(o.key(), loadOrganization(o));
        }
        for (PersonSeed p : seed.people()) {
            personIds.put(p.key(), loadPerson(p));
        }
        for (MeetingSeed m : referencedFirst(seed.meetings())) {
            loadMeeting(m);
        }
        return new Result(created, found);
    }

    private void loadSeries(SeriesSeed s) {
        if (!graphQl.execute(SERIES, Map.of("slug", s.slug())).path("series").isObject()) {
            graphQl.execute(CREATE_SERIES, Map.of("input", input("slug", s.slug(), "name", s.name(),
                    "acronym", s.acronym(), "description", s.description())));
            created++;
        } else {
            found++;
        }
    }

    private void loadSources(List<SourceSeed> sources) {
        // sources have no text filter: read them all once, a page at a time
        Map<String, String> byTitle = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = graphQl.execute(ALL_SOURCES, variables).path("sources");
            for (JsonNode edge : page.path("edges")) {
                remember(byTitle, edge.path("node"));
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText(null) : null;
        } while (after != null);
        for (SourceSeed s : sources) {
            String id = byTitle.get(s.title());
            if (id == null) {
                id = graphQl.execute(CREATE_SOURCE, Map.of("input", input("title", s.title(),
                        "publisher", s.publisher(), "publishedOn", s.publishedOn() == null ? null
                                : s.publishedOn().toString(),
                        "url", s.url(), "retrievedFrom", s.retrievedFrom())))
                        .path("createSource").path("id").asText();
                created++;
            } else {
                found++;
            }
            sourceIds.put(s.key(), id);
        }
    }

    private static void remember(Map<String, String> byTitle, JsonNode source) {
        if (source.hasNonNull("id") && source.hasNonNull("title")) {
            byTitle.putIfAbsent(source.path("title").asText(), source.path("id").asText());
        }
    }

    private String loadOrganization(OrganizationSeed o) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("text", o.name());
        variables.put("country", o.country());
        for (JsonNode edge : graphQl.execute(ORGANIZATIONS, variables).path("organizations").path("edges")) {
            JsonNode node = edge.path("node");
            if (node.path("name").asText().equals(o.name())
                    && Objects.equals(node.path("country").path("code").asText(null), o.country())) {
                found++;
                return node.path("id").asText();
            }
        }
        created++;
        return graphQl.execute(CREATE_ORGANIZATION, Map.of("input", input("name", o.name(), "acronym", o.acronym(),
                "kind", o.kind(), "summary", o.summary(), "countryCode", o.country(),
                "parentId", o.parent() == null ? null : organizationIds.get(o.parent()), "wikidataId", o.wikidataId(),
                "sourceIds", sources(o.sources()), "note", o.note())))
                .path("createOrganization").path("id").asText();
    }

    private String loadPerson(PersonSeed p) {
        JsonNode existing = null;
        for (JsonNode edge : graphQl.execute(PEOPLE, Map.of("text", p.name())).path("people").path("edges")) {
            if (edge.path("node").path("name").asText().equals(p.name())) {
                existing = edge.path("node");
                break;
            }
        }
        String id;
        if (existing == null) {
            id = graphQl.execute(CREATE_PERSON, Map.of("input", input("name", p.name(), "givenName", p.givenName(),
                    "familyName", p.familyName(), "nationality", p.nationality(), "wikidataId", p.wikidataId(),
                    "summary", p.summary()))).path("createPerson").path("id").asText();
            created++;
        } else {
            id = existing.path("id").asText();
            found++;
        }
        for (PositionSeed position : p.positions()) {
            String organizationId = organizationIds.get(position.organization());
            boolean present = existing != null && stream(existing.path("positions")).anyMatch(
                    held -> held.path("title").asText().equals(position.title())
                            && held.path("organization").path("id").asText().equals(organizationId));
            if (present) {
                found++;
                continue;
            }
            graphQl.execute(ADD_POSITION, Map.of("input", input("personId", id, "organizationId", organizationId,
                    "title", position.title(), "start", date(position.start()), "end", date(position.end()),
                    "sourceIds", sources(position.sources()))));
            created++;
        }
        return id;
    }

    private void loadMeeting(MeetingSeed m) {
        JsonNode existing = null;
        for (JsonNode edge : graphQl.execute(MEETINGS, Map.of("text", m.title())).path("meetings").path("edges")) {
            if (edge.path("node").path("title").asText().equals(m.title())) {
                existing = edge.path("node");
                break;
            }
        }
        String id;
        if (existing == null) {
            Map<String, Object> location = m.location() == null ? null : input("venue", m.location().venue(),
                    "city", m.location().city(), "countryCode", m.location().country());
            id = graphQl.execute(CREATE_MEETING, Map.of("input", input("title", m.title(), "kind", m.kind(),
                    "status", m.status(), "date", date(m.date()), "location", location, "seriesSlug", m.series(),
                    "ordinal", m.ordinal(), "hostOrganizationId", m.host() == null ? null
                            : organizationIds.get(m.host()),
                    "countryCodes", m.countries(), "summary", m.summary(), "topics", m.topics(),
                    "outcomes", m.outcomes(), "partOfId", m.partOf() == null ? null : meetingIds.get(m.partOf()),
                    "preparesForId", m.preparesFor() == null ? null : meetingIds.get(m.preparesFor()),
                    "sourceIds", sources(m.sources())))).path("createMeeting").path("id").asText();
            created++;
        } else {
            id = existing.path("id").asText();
            found++;
        }
        meetingIds.put(m.key(), id);
        JsonNode current = existing;
        for (ParticipantSeed p : m.participants()) {
            String personId = personIds.get(p.person());
            if (current != null && stream(current.path("participants"))
                    .anyMatch(n -> n.path("person").path("id").asText().equals(personId))) {
                found++;
                continue;
            }
            addTo(ADD_PARTICIPANT, id, input("personId", personId, "role", p.role(),
                    "delegationCountryCode", p.delegation(), "titleAsReported", p.titleAsReported(),
                    "sourceIds", sources(p.sources()), "basis", p.basis(), "note", p.note()));
        }
        for (MentionSeed mention : m.mentions()) {
            String personId = personIds.get(mention.person());
            String byId = mention.mentionedBy() == null ? null : personIds.get(mention.mentionedBy());
            if (current != null && stream(current.path("mentions"))
                    .anyMatch(n -> n.path("person").path("id").asText().equals(personId)
                            && Objects.equals(n.path("mentionedBy").path("id").asText(null), byId))) {
                found++;
                continue;
            }
            addTo(ADD_MENTION, id, input("personId", personId, "context", mention.context(), "mentionedById", byId,
                    "sourceId", sourceIds.get(mention.source()), "basis", mention.basis(), "note", mention.note()));
        }
        for (StatementSeed s : m.statements()) {
            List<String> speakerIds = s.speakers().stream().map(personIds::get).toList();
            if (current != null && stream(current.path("statements"))
                    .anyMatch(n -> stream(n.path("speakers")).map(p -> p.path("id").asText()).toList()
                            .equals(speakerIds) && n.path("text").asText().equals(s.text()))) {
                found++;
                continue;
            }
            addTo(ADD_STATEMENT, id, input("speakerIds", speakerIds, "attribution", s.attribution(),
                    "kind", s.kind(), "text", s.text(), "sourceId", sourceIds.get(s.source()),
                    "basis", s.basis(), "note", s.note()));
        }
        for (DateReportSeed r : m.dateReports()) {
            String sourceId = sourceIds.get(r.source());
            if (current != null && stream(current.path("dateReports"))
                    .anyMatch(n -> n.path("source").path("id").asText().equals(sourceId)
                            && n.path("date").path("edtf").asText().equals(r.date().edtf()))) {
                found++;
                continue;
            }
            addTo(ADD_DATE_REPORT, id, input("date", date(r.date()), "sourceId", sourceId, "quote", r.quote()));
        }
    }

    private void addTo(String mutation, String meetingId, Map<String, Object> input) {
        graphQl.execute(mutation, Map.of("meeting", meetingId, "input", input));
        created++;
    }

    private List<String> sources(List<String> keys) {
        return keys.stream().map(sourceIds::get).toList();
    }

    private static Map<String, Object> date(DateSeed date) {
        return date == null ? null : input("edtf", date.edtf(), "note", date.note());
    }

    /** A GraphQL input object from name/value pairs, leaving out nulls so optional fields stay unset. */
    private static Map<String, Object> input(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static List<OrganizationSeed> parentsFirst(List<OrganizationSeed> organizations) {
        return ordered(organizations, OrganizationSeed::key, o -> List.of(Objects.requireNonNullElse(o.parent(), "")));
    }

    private static List<MeetingSeed> referencedFirst(List<MeetingSeed> meetings) {
        return ordered(meetings, MeetingSeed::key, m -> List.of(Objects.requireNonNullElse(m.partOf(), ""),
                Objects.requireNonNullElse(m.preparesFor(), "")));
    }

    /** Orders items so that each comes after those it refers to; refuses cycles. */
    private static <T> List<T> ordered(List<T> items, Function<T, String> key,
            Function<T, List<String>> refersTo) {
        List<T> pending = new ArrayList<>(items);
        List<T> done = new ArrayList<>();
        Set<String> doneKeys = new HashSet<>();
        Set<String> allKeys = new HashSet<>();
        items.forEach(item -> allKeys.add(key.apply(item)));
        while (!pending.isEmpty()) {
            T next = pending.stream()
                    .filter(item -> refersTo.apply(item).stream()
                            .allMatch(ref -> ref.isEmpty() || !allKeys.contains(ref) || doneKeys.contains(ref)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The seed's references make a cycle among "
                            + pending.stream().map(key).toList()));
            pending.remove(next);
            done.add(next);
            doneKeys.add(key.apply(next));
        }
        return done;
    }
}
