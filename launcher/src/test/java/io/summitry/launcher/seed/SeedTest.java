package io.summitry.launcher.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.ParticipantRole;
import io.summitry.api.meetings.StatementKind;
import io.summitry.api.people.OrganizationKind;
import io.summitry.edtf.FuzzyDate;
import io.summitry.launcher.seed.Seed.DateSeed;
import io.summitry.launcher.seed.Seed.MeetingSeed;
import io.summitry.launcher.seed.Seed.MentionSeed;
import io.summitry.launcher.seed.Seed.OrganizationSeed;
import io.summitry.launcher.seed.Seed.ParticipantSeed;
import io.summitry.launcher.seed.Seed.PersonSeed;
import io.summitry.launcher.seed.Seed.SourceSeed;
import io.summitry.launcher.seed.Seed.StatementSeed;

/** The seed dataset as an editor leaves it: readable, consistent, and faithful to the articles it cites. */
class SeedTest {

    static final Path ROOT = Path.of(System.getProperty("summitry.root", "..")).toAbsolutePath().normalize();
    static final Path SEED = ROOT.resolve("seed/trilateral-defense.yaml");
    static final Seed DATASET = Seed.read(SEED);
    /** Words a source uses when it says someone led a delegation, hosted or moderated. */
    static final Map<String, List<String>> ROLE_WORDS = Map.of(
            "HEAD_OF_DELEGATION", List.of("head", "led ", "leads ", "leading", "chief"),
            "HOST", List.of("host"),
            "MODERATOR", List.of("moderat", "chair"));

    @Test
    void shouldQuoteEveryStatementAndDateReportVerbatimFromItsSource() throws IOException {
        List<String> checked = new ArrayList<>();
        for (MeetingSeed meeting : DATASET.meetings()) {
            for (StatementSeed statement : meeting.statements()) {
                if (statement.kind().equals("QUOTE")) {
                    assertThat(normalized(article(statement.source())))
                            .as("source of a quote by " + statement.speakers())
                            .contains(normalized(statement.text()));
                    checked.add(statement.text());
                }
            }
            for (Seed.DateReportSeed report : meeting.dateReports()) {
                assertThat(normalized(article(report.source()))).contains(normalized(report.quote()));
                checked.add(report.quote());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldSayFromWhatEveryInferenceIsDrawn() {
        List<String> inferred = new ArrayList<>();
        for (MeetingSeed m : DATASET.meetings()) {
            m.participants().stream().filter(p -> p.basis().equals(Seed.INFERRED)).forEach(p -> {
                assertThat(p.note()).as(m.key() + " participant " + p.person()).isNotBlank();
                inferred.add(p.person());
            });
            m.mentions().stream().filter(x -> x.basis().equals(Seed.INFERRED)).forEach(x -> {
                assertThat(x.note()).as(m.key() + " mention of " + x.person()).isNotBlank();
                inferred.add(x.person());
            });
            m.statements().stream().filter(s -> s.basis().equals(Seed.INFERRED)).forEach(s -> {
                assertThat(s.note()).as(m.key() + " statement '" + s.text() + "'").isNotBlank();
                inferred.add(s.text());
            });
        }
        assertThat(inferred).isNotEmpty();
    }

    @Test
    void shouldRefuseAnInferenceWithoutANote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bare-inference.yaml");
        Files.writeString(file, """
                people:
                  - key: someone
                    name: Some One
                meetings:
                  - key: talks
                    title: Talks
                    participants:
                      - person: someone
                        role: SPEAKER
                        basis: INFERRED
                """);

        assertThatThrownBy(() -> Seed.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participant someone is INFERRED without a note");
    }

    @Test
    void shouldBackEveryReportedParticipantWithItsSourcesText() throws IOException {
        int checked = 0;
        for (MeetingSeed m : DATASET.meetings()) {
            for (ParticipantSeed p : m.participants()) {
                if (!p.basis().equals(Seed.REPORTED)) {
                    continue;
                }
                String where = m.key() + " participant " + p.person();
                assertThat(p.sources()).as(where).isNotEmpty();
                String sources = articles(p.sources());
                assertThat(sources).as(where).contains(person(p.person()).familyName());
                if (p.titleAsReported() != null) {
                    assertThat(sources).as(where + " title").contains(normalized(p.titleAsReported()));
                }
                List<String> roleWords = ROLE_WORDS.getOrDefault(p.role(), List.of());
                if (!roleWords.isEmpty()) {
                    // a source that names someone as head, host or moderator says so in a sentence naming them
                    assertThat(sentences(sources)).as(where + " role " + p.role())
                            .anyMatch(s -> s.contains(person(p.person()).familyName())
                                    && roleWords.stream().anyMatch(s.toLowerCase(Locale.ROOT)::contains));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldBackEveryReportedStatementWithItsSourcesText() throws IOException {
        int checked = 0;
        for (MeetingSeed m : DATASET.meetings()) {
            for (StatementSeed s : m.statements()) {
                String where = m.key() + " statement '" + s.text() + "'";
                if (s.attribution() != null && !s.speakers().isEmpty()) {
                    // the source names no speaker, so naming one is an inference
                    assertThat(s.basis()).as(where + " has an attribution and speakers").isEqualTo(Seed.INFERRED);
                }
                if (!s.basis().equals(Seed.REPORTED)) {
                    continue;
                }
                assertThat(s.source()).as(where).isNotNull();
                String article = normalized(article(s.source()));
                s.speakers().forEach(speaker -> assertThat(article).as(where)
                        .contains(person(speaker).familyName()));
                if (s.attribution() != null) {
                    assertThat(article).as(where + " attribution").contains(normalized(s.attribution()));
                }
                // a quote word for word; in a paraphrase, every passage it quotes
                List<String> verbatim = s.kind().equals("QUOTE") ? List.of(normalized(s.text())) : quotations(s.text());
                verbatim.forEach(q -> assertThat(article).as(where).contains(q));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldBackEveryReportedMentionWithItsSourcesText() throws IOException {
        int checked = 0;
        for (MeetingSeed m : DATASET.meetings()) {
            for (MentionSeed x : m.mentions()) {
                if (!x.basis().equals(Seed.REPORTED)) {
                    continue;
                }
                String where = m.key() + " mention of " + x.person();
                assertThat(x.source()).as(where).isNotNull();
                String article = normalized(article(x.source()));
                assertThat(article).as(where).contains(person(x.person()).name());
                if (x.mentionedBy() != null) {
                    assertThat(article).as(where + " by").contains(person(x.mentionedBy()).familyName());
                }
                if (x.context() != null) {
                    quotations(x.context()).forEach(q -> assertThat(article).as(where + " context").contains(q));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldQuoteTheArticlesWordForWordInEveryNote() throws IOException {
        List<String> quotes = new ArrayList<>();
        for (OrganizationSeed o : DATASET.organizations()) {
            quotes.addAll(checkQuotes(o.note(), o.sources(), "organization " + o.key()));
        }
        for (MeetingSeed m : DATASET.meetings()) {
            quotes.addAll(checkQuotes(m.date().note(), m.sources(), m.key() + " date"));
            for (ParticipantSeed p : m.participants()) {
                quotes.addAll(checkQuotes(p.note(), p.sources(), m.key() + " participant " + p.person()));
            }
            for (MentionSeed x : m.mentions()) {
                quotes.addAll(checkQuotes(x.note(), List.of(x.source()), m.key() + " mention " + x.person()));
            }
            for (StatementSeed s : m.statements()) {
                quotes.addAll(checkQuotes(s.note(), List.of(s.source()), m.key() + " statement " + s.text()));
            }
            for (Seed.DateReportSeed r : m.dateReports()) {
                quotes.addAll(checkQuotes(r.date().note(), List.of(r.source()), m.key() + " report " + r.quote()));
            }
        }
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void shouldSayWhereEveryOrganizationTheArticlesDoNotNameComesFrom() throws IOException {
        String all = articles(DATASET.sources().stream().map(SourceSeed::key).toList());
        for (OrganizationSeed o : DATASET.organizations()) {
            assertThat(o.sources()).as(o.key() + " sources").isNotEmpty();
            String sources = articles(o.sources());
            if (!sources.contains(o.name())) {
                assertThat(o.note()).as(o.key() + ": '" + o.name() + "' is not in its sources").isNotBlank();
            }
            if (o.acronym() != null && !containsWord(all, o.acronym())) {
                assertThat(o.note()).as(o.key() + ": acronym " + o.acronym() + " is not in the articles")
                        .contains(o.acronym());
            }
        }
        for (Seed.SeriesSeed series : DATASET.series()) {
            if (series.acronym() != null && !containsWord(all, series.acronym())) {
                assertThat(series.description()).as(series.slug() + ": acronym " + series.acronym()
                        + " is not in the articles").contains(series.acronym());
            }
        }
    }

    @Test
    void shouldNameEveryPersonAndPostAsTheirSourcesWriteThem() throws IOException {
        for (PersonSeed p : DATASET.people()) {
            assertThat(p.positions()).as(p.key()).isNotEmpty();
            List<String> sources = p.positions().stream().flatMap(pos -> pos.sources().stream()).toList();
            assertThat(articles(sources)).as(p.key() + " name").contains(normalized(p.name()));
            for (Seed.PositionSeed position : p.positions()) {
                assertThat(articles(position.sources())).as(p.key() + " post")
                        .contains(normalized(position.title()));
            }
        }
    }

    @Test
    void shouldNameAHostOnlyWhereASourceSaysItHosted() throws IOException {
        for (MeetingSeed m : DATASET.meetings()) {
            if (m.host() == null) {
                continue;
            }
            String host = DATASET.organizations().stream().filter(o -> o.key().equals(m.host())).findFirst()
                    .orElseThrow().name();
            // a venue is not a host: the source must say who hosted
            assertThat(sentences(articles(m.sources()))).as(m.key() + " host " + host)
                    .anyMatch(s -> s.contains(host) && s.toLowerCase(Locale.ROOT).contains("host"));
        }
    }

    @Test
    void shouldWriteEveryDateAsValidEdtf() {
        List<DateSeed> dates = new ArrayList<>();
        DATASET.meetings().forEach(m -> {
            dates.add(m.date());
            m.dateReports().forEach(r -> dates.add(r.date()));
        });
        DATASET.people().forEach(p -> p.positions().forEach(pos -> Stream.of(pos.start(), pos.end())
                .filter(d -> d != null).forEach(dates::add)));
        assertThat(dates).doesNotContainNull();
        for (DateSeed date : dates) {
            assertThatCode(() -> FuzzyDate.parse(date.edtf())).as(date.edtf()).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldExplainEveryDateThatIsNotAnExactDay() {
        for (MeetingSeed meeting : DATASET.meetings()) {
            if (!exactDay(meeting.date()) && meeting.status().equals("HELD")) {
                assertThat(meeting.date().note()).as(meeting.key()).isNotBlank();
            }
            // a report's own words that EDTF cannot hold ("Friday") must survive in its note
            meeting.dateReports().stream().filter(r -> !exactDay(r.date())).forEach(r -> assertThat(r.date().note())
                    .as(meeting.key() + " report '" + r.quote() + "'").isNotBlank());
        }
    }

    private static boolean exactDay(DateSeed seed) {
        FuzzyDate date = FuzzyDate.parse(seed.edtf());
        return date.earliest() != null && date.earliest().equals(date.latest());
    }

    @Test
    void shouldUseOnlyKindsRolesAndStatusesTheApiKnows() {
        DATASET.organizations().forEach(o -> assertThatCode(() -> OrganizationKind.valueOf(o.kind()))
                .as(o.key()).doesNotThrowAnyException());
        for (MeetingSeed m : DATASET.meetings()) {
            assertThatCode(() -> MeetingKind.valueOf(m.kind())).as(m.key()).doesNotThrowAnyException();
            assertThatCode(() -> MeetingStatus.valueOf(m.status())).as(m.key()).doesNotThrowAnyException();
            m.participants().forEach(p -> assertThatCode(() -> ParticipantRole.valueOf(p.role()))
                    .as(m.key() + " " + p.person()).doesNotThrowAnyException());
            m.statements().forEach(s -> assertThatCode(() -> StatementKind.valueOf(s.kind()))
                    .as(m.key() + " " + s.speakers()).doesNotThrowAnyException());
            Stream.of(m.participants().stream().map(ParticipantSeed::basis), m.mentions().stream()
                    .map(MentionSeed::basis), m.statements().stream().map(StatementSeed::basis)).flatMap(b -> b)
                    .forEach(basis -> assertThatCode(() -> FactBasis.valueOf(basis)).as(m.key() + " " + basis)
                            .doesNotThrowAnyException());
        }
    }

    @Test
    void shouldKeepTopicsLowerCase() {
        DATASET.meetings().forEach(m -> m.topics().forEach(t -> assertThat(t).isEqualTo(t.toLowerCase())));
    }

    @Test
    void shouldRecordTheSessionAndTheTalksItPrepares() {
        MeetingSeed exercise = meeting("seoul-tabletop-exercise");
        MeetingSeed preparatory = meeting("seoul-preparatory-meeting");
        assertThat(exercise.kind()).isEqualTo("EXERCISE");
        assertThat(exercise.partOf()).isEqualTo(preparatory.key());
        assertThat(meeting(preparatory.preparesFor()).ordinal()).isEqualTo(16);
    }

    @Test
    void shouldRefuseAReferenceToAnUnknownKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, """
                people:
                  - key: someone
                    name: Some One
                    positions:
                      - organization: nowhere
                        title: envoy
                """);

        assertThatThrownBy(() -> Seed.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'nowhere'");
    }

    @Test
    void shouldRefuseAMisspelledField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, """
                series:
                  - slug: talks
                    nmae: Talks
                """);

        assertThatThrownBy(() -> Seed.read(file)).hasMessageContaining("nmae");
    }

    private static MeetingSeed meeting(String key) {
        return DATASET.meetings().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private static PersonSeed person(String key) {
        return DATASET.people().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** The normalized text of the named sources, one after the other. */
    private static String articles(List<String> sourceKeys) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String key : sourceKeys) {
            text.append(normalized(article(key))).append('\n');
        }
        return text.toString();
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+|\n"));
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
    }

    /** The passages of {@code text} between double quotes, without a comma or full stop the quoting text added. */
    private static List<String> quotations(String text) {
        List<String> quoted = new ArrayList<>();
        if (text == null) {
            return quoted;
        }
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(normalized(text));
        while (m.find()) {
            quoted.add(m.group(1).replaceAll("[.,]$", ""));
        }
        return quoted;
    }

    private static List<String> checkQuotes(String note, List<String> sourceKeys, String where) throws IOException {
        String sources = articles(sourceKeys);
        List<String> quoted = quotations(note);
        quoted.forEach(q -> assertThat(sources).as(where + " quotes").contains(q));
        return quoted;
    }

    private static String article(String sourceKey) throws IOException {
        SourceSeed source = DATASET.sources().stream().filter(s -> s.key().equals(sourceKey)).findFirst()
                .orElseThrow();
        // the articles are kept beside the seed under the file names their sources were retrieved from
        return Files.readString(ROOT.resolve("seed/articles").resolve(Path.of(source.retrievedFrom()).getFileName()));
    }

    private static String normalized(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    }
}
