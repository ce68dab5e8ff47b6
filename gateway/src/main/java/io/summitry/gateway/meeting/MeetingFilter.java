package io.summitry.gateway.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.gateway.id.GlobalId;

/** The filter of a meeting list, as the schema takes it (person ids are global ids). */
@Input("MeetingFilter")
@Description("Parts combine with AND, values inside one list with OR. text: words of the title, summary, topics, "
        + "outcomes, venue or city, in any script, case and accents ignored. countryCodes: the countries taking part; "
        + "locationCountryCodes: where the meeting was held. from/to match meetings whose search bounds "
        + "[date.searchFrom, date.searchTo] overlap [from, to]. Unknown country codes are BAD_USER_INPUT.")
public record MeetingFilter(String text, List<MeetingKind> kinds, List<MeetingStatus> statuses,
        String seriesSlug, List<String> countryCodes, @Id List<String> participantIds,
        List<String> topics, LocalDate from, LocalDate to, List<String> locationCountryCodes) {

    public static MeetingQuery toQuery(MeetingFilter filter) {
        if (filter == null) {
            return null;
        }
        return new MeetingQuery(filter.text(), filter.kinds(), filter.statuses(), filter.seriesSlug(),
                filter.countryCodes(),
                GlobalId.decodeAll("filter.participantIds", GlobalId.PERSON, filter.participantIds()),
                filter.topics(), filter.from(), filter.to(), filter.locationCountryCodes());
    }
}
