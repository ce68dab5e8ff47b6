package io.summitry.gateway.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.gateway.node.GlobalId;

/** The filter of a meeting list, as the schema takes it (person ids are global ids). */
@Input("MeetingFilter")
@Description("Parts combine with AND, values inside one list with OR. from/to match meetings whose date interval "
        + "[earliest, latest] overlaps [from, to].")
public record MeetingFilter(String text, List<MeetingKind> kinds, List<MeetingStatus> statuses,
        String seriesSlug, List<String> countryCodes, @Id List<String> participantIds,
        List<String> topics, LocalDate from, LocalDate to) {

    public static MeetingQuery toQuery(MeetingFilter filter) {
        if (filter == null) {
            return null;
        }
        return new MeetingQuery(filter.text(), filter.kinds(), filter.statuses(), filter.seriesSlug(),
                filter.countryCodes(),
                GlobalId.decodeAll("filter.participantIds", GlobalId.PERSON, filter.participantIds()),
                filter.topics(), filter.from(), filter.to());
    }
}
