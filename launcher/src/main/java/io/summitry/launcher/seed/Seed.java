package io.summitry.launcher.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A seed dataset as written in {@code seed/*.yaml}: things are named by local keys that other entries refer to, and
 * become global ids only when loaded.
 */
public record Seed(List<SourceSeed> sources, List<SeriesSeed> series, List<OrganizationSeed> organizations,
        List<PersonSeed> people, List<MeetingSeed> meetings) {

    public Seed {
        sources = orEmpty(sources);
        series = orEmpty(series);
        organizations = orEmpty(organizations);
        people = orEmpty(people);
        meetings = orEmpty(meetings);
    }

    /** Reads a seed file and checks that every local key it refers to is defined in it. */
    public static Seed read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            Seed seed = yaml.readValue(file.toFile(), Seed.class);
            seed.checkReferences(file);
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the seed file " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkReferences(Path file) {
        Set<String> sourceKeys = keys(sources, SourceSeed::key, "source", file);
        Set<String> seriesSlugs = keys(series, SeriesSeed::slug, "series", file);
        Set<String> organizationKeys = keys(organizations, OrganizationSeed::key, "organization", file);
        Set<String> personKeys = keys(people, PersonSeed::key, "person", file);
        Set<String> meetingKeys = keys(meetings, MeetingSeed::key, "meeting", file);
        for (OrganizationSeed o : organizations) {
            refer(organizationKeys, o.parent(), "organization " + o.key() + " parent", file);
        }
        for (PersonSeed p : people) {
            for (PositionSeed position : p.positions()) {
                refer(organizationKeys, position.organization(), "position of " + p.key(), file);
                position.sources().forEach(s -> refer(sourceKeys, s, "position of " + p.key(), file));
            }
        }
        for (MeetingSeed m : meetings) {
            String where = "meeting " + m.key();
            refer(seriesSlugs, m.series(), where + " series", file);
            refer(organizationKeys, m.host(), where + " host", file);
            refer(meetingKeys, m.partOf(), where + " partOf", file);
            refer(meetingKeys, m.preparesFor(), where + " preparesFor", file);
            m.sources().forEach(s -> refer(sourceKeys, s, where, file));
            for (ParticipantSeed p : m.participants()) {
                refer(personKeys, p.person(), where + " participant", file);
                p.sources().forEach(s -> refer(sourceKeys, s, where + " participant " + p.person(), file));
            }
            for (MentionSeed mention : m.mentions()) {
                refer(personKeys, mention.person(), where + " mention", file);
                refer(personKeys, mention.mentionedBy(), where + " mention mentionedBy", file);
                refer(sourceKeys, mention.source(), where + " mention source", file);
            }
            for (StatementSeed s : m.statements()) {
                refer(personKeys, s.speaker(), where + " statement speaker", file);
                refer(sourceKeys, s.source(), where + " statement source", file);
            }
            for (DateReportSeed r : m.dateReports()) {
                refer(sourceKeys, r.source(), where + " date report source", file);
            }
        }
    }

    private static <T> Set<String> keys(List<T> items, Function<T, String> key, String what, Path file) {
        Set<String> keys = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException(file + ": a " + what + " has no key: " + item);
            }
            if (!keys.add(k)) {
                throw new IllegalArgumentException(file + ": " + what + " key '" + k + "' is defined twice");
            }
        }
        return keys;
    }

    private static void refer(Set<String> keys, String key, String where, Path file) {
        if (key != null && !keys.contains(key)) {
            throw new IllegalArgumentException(file + ": " + where + " refers to unknown key '" + key + "'");
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** A fuzzy date: EDTF text and why these bounds. */
    public record DateSeed(String edtf, String note) {
    }

    /** An article or document that facts cite. */
    public record SourceSeed(String key, String title, String publisher, LocalDate publishedOn, String url,
            String retrievedFrom) {
    }

    /** A meeting series, keyed by its slug. */
    public record SeriesSeed(String slug, String name, String acronym, String description) {
    }

    /** An organization; {@code parent} is another organization's key. Found again by name and country. */
    public record OrganizationSeed(String key, String name, String acronym, String kind, String summary,
            String country, String parent, String wikidataId) {
    }

    /** A person and the posts they held, as the sources write them. Found again by exact name. */
    public record PersonSeed(String key, String name, String givenName, String familyName, String nationality,
            String wikidataId, String summary, List<PositionSeed> positions) {
        public PersonSeed {
            positions = orEmpty(positions);
        }
    }

    /** A post held; dates only where a source supports them. */
    public record PositionSeed(String organization, String title, DateSeed start, DateSeed end, List<String> sources) {
        public PositionSeed {
            sources = orEmpty(sources);
        }
    }

    /** Where a meeting took place. */
    public record LocationSeed(String venue, String city, String country) {
    }

    /** A meeting with what was said and who took part. Found again by exact title. */
    public record MeetingSeed(String key, String title, String kind, String status, DateSeed date,
            LocationSeed location, String series, Integer ordinal, String host, List<String> countries,
            String summary, List<String> topics, List<String> outcomes, String partOf, String preparesFor,
            List<String> sources, List<ParticipantSeed> participants, List<MentionSeed> mentions,
            List<StatementSeed> statements, List<DateReportSeed> dateReports) {
        public MeetingSeed {
            countries = orEmpty(countries);
            topics = orEmpty(topics);
            outcomes = orEmpty(outcomes);
            sources = orEmpty(sources);
            participants = orEmpty(participants);
            mentions = orEmpty(mentions);
            statements = orEmpty(statements);
            dateReports = orEmpty(dateReports);
        }
    }

    /** A person taking part, with the title the source gives them. */
    public record ParticipantSeed(String person, String role, String delegation, String titleAsReported,
            List<String> sources) {
        public ParticipantSeed {
            sources = orEmpty(sources);
        }
    }

    /** A person named at a meeting without taking part, with who named them. */
    public record MentionSeed(String person, String context, String mentionedBy, String source) {
    }

    /** What a person said: QUOTE verbatim, PARAPHRASE as the source reports it. */
    public record StatementSeed(String speaker, String kind, String text, String source) {
    }

    /** One source's own words on when a meeting takes place. */
    public record DateReportSeed(DateSeed date, String source, String quote) {
    }
}
