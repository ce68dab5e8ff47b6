package io.summitry.gateway.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.summitry.api.meetings.StatementKind;
import io.summitry.api.meetings.StatementQuery;
import io.summitry.gateway.id.GlobalId;

/** The filter of a statement search, as the schema takes it (person and meeting ids are global ids). */
@Input("StatementFilter")
@Description("Parts combine with AND, values inside one list with OR. text: words of what was said, in any script, "
        + "case and accents ignored; speakerIds: statements any of these people made (alone or jointly); from/to: "
        + "statements at meetings whose search bounds [date.searchFrom, date.searchTo] overlap [from, to].")
public record StatementFilter(String text, @Id List<String> speakerIds, List<StatementKind> kinds,
        @Id List<String> meetingIds, LocalDate from, LocalDate to) {

    static StatementQuery toQuery(StatementFilter filter) {
        if (filter == null) {
            return new StatementQuery(null, null, null, null, null, null);
        }
        return new StatementQuery(filter.text(),
                GlobalId.decodeAll("filter.speakerIds", GlobalId.PERSON, filter.speakerIds()), filter.kinds(),
                GlobalId.decodeAll("filter.meetingIds", GlobalId.MEETING, filter.meetingIds()), filter.from(),
                filter.to());
    }
}
