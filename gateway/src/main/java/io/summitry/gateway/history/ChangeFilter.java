package io.summitry.gateway.history;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which changes Query.changes lists: any of the types, any of the editors, within the time range. */
@Input("ChangeFilter")
@Description("Changes of any of these types (Meeting, Participant, Person, ...), by any of these editors (token "
        + "subjects), committed at or after since and before until.")
public record ChangeFilter(List<String> typenames, List<String> editorIds, Instant since, Instant until) {
}
