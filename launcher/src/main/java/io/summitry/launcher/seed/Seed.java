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

    /** The basis of a fact that its source states. */
    public static final String REPORTED = "REPORTED";
    /** The basis of a fact that its source does not state; its note says from what it is inferred. */
    public static final String INFERRED = "INFERRED";

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
            o.sources().forEach(s -> refer(sourceKeys, s, "organization " + o.key(), file));
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
                checkBasis(p.basis(), p.note(), where + " participant " + p.person(), file);
            }
            for (MentionSeed mention : m.mentions()) {
                refer(personKeys, mention.person(), where + " mention", file);
                refer(personKeys, mention.mentionedBy(), where + " mention mentionedBy", file);
                refer(sourceKeys, mention.source(), where + " mention source", file);
                checkBasis(mention.basis(), mention.note(), where + " mention of " + mention.person(), file);
            }
            for (StatementSeed s : m.statements()) {
                checkBasis(s.basis(), s.note(), where + " statement '" + s.text() + "'", file);
                s.speakers().forEach(speaker -> refer(personKeys, speaker, where + " statement speaker", file));
                if (s.speakers().isEmpty() && (s.attribution() == null || s.attribution().isBlank())) {
                    throw new IllegalArgumentException(file + ": " + where + " has a statement with neither speakers"
                            + " nor an attribution: " + s.text());
                }
                refer(sourceKeys, s.source(), where + " statement source", file);
            }
            for (DateReportSeed r : m.dateReports()) {
                refer(sourceKeys, r.source(), where + " date report source", file);
            }
        }
    }

    /** An inference must say what it rests on, or a reader cannot tell it from a fact the source states. */
    private static void checkBasis(String basis, String note, String where, Path file) {
        if (!basis.equals(REPORTED) && !basis.equals(INFERRED)) {
            throw new IllegalArgumentException(file + ": " + where + " has basis '" + basis + "', not " + REPORTED
                    + " or " + INFERRED);
        }
        if (basis.equals(INFERRED) && (note == null || note.isBlank())) {
            throw new IllegalArgumentException(file + ": " + where + " is " + INFERRED
                    + " without a note saying from what");
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

    /** REPORTED (the source says it) unless a seed entry says INFERRED; INFERRED needs a {@code note}. */
    static String orReported(String basis) {
        return basis == null ? REPORTED : basis;
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

    /**
     * An organization; {@code parent} is another organization's key. Found again by name and country.
     * {@code sources} are the articles that name it or that it is inferred from; {@code note} says which, when no
     * article names it as {@code name} does.
     */
    public record OrganizationSeed(String key, String name, String acronym, String kind, String summary,
            String country, String parent, String wikidataId, List<String> sources, String note) {
        public OrganizationSeed {
            sources = orEmpty(sources);
        }
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

    /** A person taking part, with the title the source gives them; {@code basis} and {@code note} as for a fact. */
    public record ParticipantSeed(String person, String role, String delegation, String titleAsReported,
            List<String> sources, String basis, String note) {
        public ParticipantSeed {
            sources = orEmpty(sources);
            basis = orReported(basis);
        }
    }

    /** A person named at a meeting without taking part, with who named them. */
    public record MentionSeed(String person, String context, String mentionedBy, String source, String basis,
            String note) {
        public MentionSeed {
            basis = orReported(basis);
        }
    }

    /**
     * What was said: QUOTE verbatim, PARAPHRASE as the source reports it, DOCUMENT from a signed or issued text.
     * {@code speakers} in the source's order (several for a joint statement); {@code attribution} is how the source
     * names a speaker it does not name ("a senior US administration official"), with or without speakers.
     */
    public record StatementSeed(List<String> speakers, String attribution, String kind, String text, String source,
            String basis, String note) {
        public StatementSeed {
            speakers = orEmpty(speakers);
            basis = orReported(basis);
        }
    }

    /** One source's own words on when a meeting takes place. */
    public record DateReportSeed(DateSeed date, String source, String quote) {
    }
}
