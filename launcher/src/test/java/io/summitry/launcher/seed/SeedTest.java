package io.summitry.launcher.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.ParticipantRole;
import io.summitry.api.meetings.StatementKind;
import io.summitry.api.people.OrganizationKind;
import io.summitry.edtf.FuzzyDate;
import io.summitry.launcher.seed.Seed.DateSeed;
import io.summitry.launcher.seed.Seed.MeetingSeed;
import io.summitry.launcher.seed.Seed.SourceSeed;
import io.summitry.launcher.seed.Seed.StatementSeed;

/** The seed dataset as an editor leaves it: readable, consistent, and faithful to the articles it cites. */
class SeedTest {

    static final Path ROOT = Path.of(System.getProperty("summitry.root", "..")).toAbsolutePath().normalize();
    static final Path SEED = ROOT.resolve("seed/trilateral-defense.yaml");
    static final Seed DATASET = Seed.read(SEED);

    @Test
    void shouldQuoteEveryStatementAndDateReportVerbatimFromItsSource() throws IOException {
        List<String> checked = new ArrayList<>();
        for (MeetingSeed meeting : DATASET.meetings()) {
            for (StatementSeed statement : meeting.statements()) {
                if (statement.kind().equals("QUOTE")) {
                    assertThat(normalized(article(statement.source())))
                            .as("source of a quote by " + statement.speaker())
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
            FuzzyDate date = FuzzyDate.parse(meeting.date().edtf());
            if (!date.earliest().equals(date.latest()) && meeting.status().equals("HELD")) {
                assertThat(meeting.date().note()).as(meeting.key()).isNotBlank();
            }
        }
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
                    .as(m.key() + " " + s.speaker()).doesNotThrowAnyException());
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
