package io.summitry.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every generated row, in memory (a few hundred MB at full scale at most), ready for COPY. */
public record Dataset(Scale scale, List<Organization> organizations, List<Person> people, List<Position> positions,
        List<Series> series, List<Source> sources, List<Meeting> meetings, List<Participant> participants,
        List<Statement> statements) {

    public record Organization(UUID id, String name, String acronym, String kind, String countryCode,
            UUID parentId) {
    }

    public record OtherName(String name, String lang) {
    }

    public record Person(UUID id, String name, String givenName, String familyName, List<OtherName> otherNames,
            String nationality) {
    }

    public record Position(UUID id, UUID personId, UUID organizationId, String title, String startEdtf,
            String endEdtf) {
    }

    public record Series(String slug, String name, String acronym) {
    }

    public record Source(UUID id, String title, String publisher, LocalDate publishedOn, String url) {
    }

    public record Meeting(UUID id, String title, String kind, String status, String edtf, String venue, String city,
            String locationCountry, String seriesSlug, Integer ordinal, UUID hostOrganizationId,
            List<String> countryCodes, String summary, List<String> topics, List<UUID> sourceIds) {
    }

    public record Participant(UUID id, UUID meetingId, UUID personId, String role, String delegationCountryCode,
            String titleAsReported) {
    }

    public record Statement(UUID id, UUID meetingId, UUID speakerId, String kind, String text, UUID sourceId) {
    }
}
