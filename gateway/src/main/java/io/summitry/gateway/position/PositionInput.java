package io.summitry.gateway.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.people.PositionDto;
import io.summitry.gateway.common.FuzzyDateInput;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.id.GlobalId;

/** What an editor writes to record or replace a post held. */
@Input("PositionInput")
@Description("In an update, a field left out keeps its stored value; an explicit null (or empty list) clears it.")
public record PositionInput(@NonNull @Id String personId, @NonNull @Id String organizationId, @NonNull String title,
        FuzzyDateInput start, FuzzyDateInput end, @Id List<String> sourceIds) {

    io.summitry.api.people.PositionInput toApi() {
        return toApi(Given.all(), null);
    }

    /** Over the stored post: a field left out keeps its stored value. */
    io.summitry.api.people.PositionInput toApi(Given given, PositionDto stored) {
        boolean update = stored != null;
        return new io.summitry.api.people.PositionInput(
                GlobalId.decode("input.personId", GlobalId.PERSON, personId),
                GlobalId.decode("input.organizationId", GlobalId.ORGANIZATION, organizationId), title,
                given.has("start") || !update ? FuzzyDateInput.toApi(start) : FuzzyDateInput.kept(stored.start()),
                given.has("end") || !update ? FuzzyDateInput.toApi(end) : FuzzyDateInput.kept(stored.end()),
                given.has("sourceIds") || !update
                        ? (sourceIds == null ? List.of()
                                : GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds))
                        : stored.sourceIds());
    }
}
