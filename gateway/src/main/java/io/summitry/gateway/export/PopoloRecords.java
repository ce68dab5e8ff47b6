package io.summitry.gateway.export;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.LocationDto;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OtherNameDto;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PositionDto;
import io.summitry.gateway.id.GlobalId;

/**
 * Summitry's records as Popolo objects (the mapping of {@code shared/popolo/README.md}): a meeting is an event, a
 * statement a speech, a person a person, a post held a membership, an organization an organization. Popolo's own
 * fields carry what Popolo has a place for; everything else Summitry knows of the record (the EDTF date and its
 * note, roles, delegations, fact basis, date reports, full source records, versions) is in the extension field
 * {@value #EXTENSION}, so that an import can restore the same record. Ids are the GraphQL API's global ids.
 */
final class PopoloRecords {

    /** The name of the extension field on every object (Popolo allows fields of one's own). */
    static final String EXTENSION = "summitry";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PopoloRecords() {
    }

    static ObjectNode event(MeetingDto meeting, PageJoins page) {
        ObjectNode event = NODES.objectNode();
        event.put("id", GlobalId.encode(GlobalId.MEETING, meeting.id()));
        event.put("name", meeting.title());
        putIfPresent(event, "description", meeting.summary());
        FuzzyDateDto date = meeting.date();
        if (date != null && date.earliest() != null) {
            event.put("start_date", date.earliest().toString());
        }
        if (date != null && date.latest() != null) {
            event.put("end_date", date.latest().toString());
        }
        putIfPresent(event, "location", place(meeting.location()));
        event.put("status", lower(meeting.status()));
        event.put("classification", lower(meeting.kind()));
        putIfPresent(event, "organization_id", id(GlobalId.ORGANIZATION, meeting.hostOrganizationId()));
        putIfPresent(event, "parent_id", id(GlobalId.MEETING, meeting.partOfId()));
        ArrayNode attendees = event.putArray("attendees");
        for (ParticipantDto participant : page.participantsOf(meeting)) {
            ObjectNode attendee = attendees.addObject();
            attendee.put("id", GlobalId.encode(GlobalId.PERSON, participant.personId()));
            PersonDto person = page.people().get(participant.personId());
            putIfPresent(attendee, "name", person == null ? null : person.name());
        }
        links(event, meeting.sourceIds(), page.sources());

        ObjectNode own = event.putObject(EXTENSION);
        own.set("date", fuzzyDate(date));
        if (meeting.location() != null) {
            ObjectNode location = own.putObject("location");
            putIfPresent(location, "venue", meeting.location().venue());
            putIfPresent(location, "city", meeting.location().city());
            putIfPresent(location, "country_code", meeting.location().countryCode());
        }
        strings(own, "country_codes", meeting.countryCodes());
        strings(own, "topics", meeting.topics());
        strings(own, "outcomes", meeting.outcomes());
        if (meeting.ordinal() != null) {
            own.put("ordinal", meeting.ordinal());
        }
        if (meeting.seriesSlug() != null) {
            SeriesDto series = page.series().get(meeting.seriesSlug());
            ObjectNode seriesNode = own.putObject("series");
            seriesNode.put("slug", meeting.seriesSlug());
            if (series != null) {
                putIfPresent(seriesNode, "name", series.name());
                putIfPresent(seriesNode, "acronym", series.acronym());
                putIfPresent(seriesNode, "description", series.description());
            }
        }
        putIfPresent(own, "prepares_for_id", id(GlobalId.MEETING, meeting.preparesForId()));
        ArrayNode participants = own.putArray("participants");
        for (ParticipantDto participant : page.participantsOf(meeting)) {
            ObjectNode node = participants.addObject();
            node.put("id", GlobalId.encode(GlobalId.PARTICIPANT, participant.id()));
            node.put("person_id", GlobalId.encode(GlobalId.PERSON, participant.personId()));
            putIfPresent(node, "role", lower(participant.role()));
            putIfPresent(node, "delegation_country_code", participant.delegationCountryCode());
            putIfPresent(node, "title_as_reported", participant.titleAsReported());
            PositionDto post = page.postsHeld().get(participant.id());
            putIfPresent(node, "post_held_id", post == null ? null : id(GlobalId.POSITION, post.id()));
            putIfPresent(node, "basis", lower(participant.basis()));
            putIfPresent(node, "note", participant.note());
            sourceRecords(node, participant.sourceIds(), page.sources());
        }
        ArrayNode mentions = own.putArray("mentions");
        for (MentionDto mention : page.mentions().getOrDefault(meeting.id(), List.of())) {
            ObjectNode node = mentions.addObject();
            node.put("id", GlobalId.encode(GlobalId.MENTION, mention.id()));
            node.put("person_id", GlobalId.encode(GlobalId.PERSON, mention.personId()));
            putIfPresent(node, "context", mention.context());
            putIfPresent(node, "mentioned_by_id", id(GlobalId.PERSON, mention.mentionedById()));
            putIfPresent(node, "basis", lower(mention.basis()));
            putIfPresent(node, "note", mention.note());
            sourceRecords(node, single(mention.sourceId()), page.sources());
        }
        ArrayNode reports = own.putArray("date_reports");
        for (DateReportDto report : page.dateReports().getOrDefault(meeting.id(), List.of())) {
            ObjectNode node = reports.addObject();
            node.put("id", GlobalId.encode(GlobalId.DATE_REPORT, report.id()));
            node.set("date", fuzzyDate(report.date()));
            putIfPresent(node, "quote", report.quote());
            sourceRecords(node, single(report.sourceId()), page.sources());
        }
        sourceRecords(own, meeting.sourceIds(), page.sources());
        own.put("version", meeting.version());
        return event;
    }

    static ObjectNode speech(StatementDto statement, Map<UUID, SourceDto> sources) {
        ObjectNode speech = NODES.objectNode();
        speech.put("id", GlobalId.encode(GlobalId.STATEMENT, statement.id()));
        List<UUID> speakers = statement.speakerIds() == null ? List.of() : statement.speakerIds();
        if (!speakers.isEmpty()) {
            speech.put("creator_id", GlobalId.encode(GlobalId.PERSON, speakers.get(0)));
        }
        putIfPresent(speech, "attribution_text", statement.attribution());
        putIfPresent(speech, "text", statement.text());
        speech.put("type", lower(statement.kind()));
        speech.put("event_id", GlobalId.encode(GlobalId.MEETING, statement.meetingId()));
        links(speech, single(statement.sourceId()), sources);
        ObjectNode own = speech.putObject(EXTENSION);
        ArrayNode speakerIds = own.putArray("speaker_ids");
        speakers.forEach(id -> speakerIds.add(GlobalId.encode(GlobalId.PERSON, id)));
        putIfPresent(own, "basis", lower(statement.basis()));
        putIfPresent(own, "note", statement.note());
        sourceRecords(own, single(statement.sourceId()), sources);
        own.put("version", statement.version());
        return speech;
    }

    static ObjectNode person(PersonDto person) {
        ObjectNode node = NODES.objectNode();
        node.put("id", GlobalId.encode(GlobalId.PERSON, person.id()));
        node.put("name", person.name());
        putIfPresent(node, "given_name", person.givenName());
        putIfPresent(node, "family_name", person.familyName());
        ArrayNode otherNames = node.putArray("other_names");
        for (OtherNameDto other : person.otherNames() == null ? List.<OtherNameDto>of() : person.otherNames()) {
            ObjectNode name = otherNames.addObject();
            name.put("name", other.name());
            putIfPresent(name, "note", other.note());
            // the language tag has no Popolo field: kept beside it, as Popolo's other_name allows
            putIfPresent(name, "lang", other.lang());
        }
        identifiers(node, person.wikidataId());
        putIfPresent(node, "national_identity", person.nationality());
        putIfPresent(node, "summary", person.summary());
        ObjectNode own = node.putObject(EXTENSION);
        putIfPresent(own, "nationality", person.nationality());
        own.put("version", person.version());
        return node;
    }

    static ObjectNode membership(PositionDto position, Map<UUID, SourceDto> sources) {
        ObjectNode node = NODES.objectNode();
        node.put("id", GlobalId.encode(GlobalId.POSITION, position.id()));
        node.put("person_id", GlobalId.encode(GlobalId.PERSON, position.personId()));
        node.put("organization_id", GlobalId.encode(GlobalId.ORGANIZATION, position.organizationId()));
        putIfPresent(node, "role", position.title());
        putIfPresent(node, "label", position.title());
        if (position.start() != null && position.start().earliest() != null) {
            node.put("start_date", position.start().earliest().toString());
        }
        if (position.end() != null && position.end().latest() != null) {
            node.put("end_date", position.end().latest().toString());
        }
        links(node, position.sourceIds(), sources);
        ObjectNode own = node.putObject(EXTENSION);
        own.set("start", fuzzyDate(position.start()));
        own.set("end", fuzzyDate(position.end()));
        sourceRecords(own, position.sourceIds(), sources);
        own.put("version", position.version());
        return node;
    }

    static ObjectNode organization(OrganizationDto organization, Map<UUID, SourceDto> sources) {
        ObjectNode node = NODES.objectNode();
        node.put("id", GlobalId.encode(GlobalId.ORGANIZATION, organization.id()));
        node.put("name", organization.name());
        ArrayNode otherNames = node.putArray("other_names");
        if (organization.acronym() != null) {
            otherNames.addObject().put("name", organization.acronym()).put("note", "acronym");
        }
        identifiers(node, organization.wikidataId());
        putIfPresent(node, "classification", lower(organization.kind()));
        putIfPresent(node, "parent_id", id(GlobalId.ORGANIZATION, organization.parentId()));
        putIfPresent(node, "description", organization.summary());
        links(node, organization.sourceIds(), sources);
        ObjectNode own = node.putObject(EXTENSION);
        putIfPresent(own, "acronym", organization.acronym());
        putIfPresent(own, "country_code", organization.countryCode());
        putIfPresent(own, "note", organization.note());
        sourceRecords(own, organization.sourceIds(), sources);
        own.put("version", organization.version());
        return node;
    }

    private static void identifiers(ObjectNode node, String wikidataId) {
        ArrayNode identifiers = node.putArray("identifiers");
        if (wikidataId != null) {
            identifiers.addObject().put("identifier", wikidataId).put("scheme", "wikidata");
        }
    }

    /** Popolo's {@code sources}: a link per cited source that has a URL (a link without one is not valid Popolo). */
    private static void links(ObjectNode node, Collection<UUID> sourceIds, Map<UUID, SourceDto> sources) {
        ArrayNode links = node.putArray("sources");
        for (UUID id : sourceIds == null ? List.<UUID>of() : sourceIds) {
            SourceDto source = sources.get(id);
            if (source != null && source.url() != null) {
                links.addObject().put("url", source.url()).put("note", source.title());
            }
        }
    }

    /** The full records of the cited sources, those without a URL too. */
    private static void sourceRecords(ObjectNode node, Collection<UUID> sourceIds, Map<UUID, SourceDto> sources) {
        ArrayNode records = node.putArray("sources");
        for (UUID id : sourceIds == null ? List.<UUID>of() : sourceIds) {
            SourceDto source = sources.get(id);
            ObjectNode record = records.addObject();
            record.put("id", GlobalId.encode(GlobalId.SOURCE, id));
            if (source != null) {
                record.put("title", source.title());
                putIfPresent(record, "publisher", source.publisher());
                putIfPresent(record, "published_on", source.publishedOn() == null ? null
                        : source.publishedOn().toString());
                putIfPresent(record, "url", source.url());
                putIfPresent(record, "retrieved_from", source.retrievedFrom());
            }
        }
    }

    private static ObjectNode fuzzyDate(FuzzyDateDto date) {
        if (date == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("edtf", date.edtf());
        putIfPresent(node, "text", date.text());
        putIfPresent(node, "precision", date.precision());
        putIfPresent(node, "earliest", date.earliest() == null ? null : date.earliest().toString());
        putIfPresent(node, "latest", date.latest() == null ? null : date.latest().toString());
        putIfPresent(node, "note", date.note());
        return node;
    }

    private static String place(LocationDto location) {
        if (location == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { location.venue(), location.city(), location.countryCode() }) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        if (values != null) {
            values.forEach(array::add);
        }
    }

    private static List<UUID> single(UUID id) {
        return id == null ? List.of() : List.of(id);
    }

    private static String id(String type, UUID uuid) {
        return uuid == null ? null : GlobalId.encode(type, uuid);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
