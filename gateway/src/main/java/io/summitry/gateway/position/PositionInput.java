package io.summitry.gateway.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.gateway.common.FuzzyDateInput;
import io.summitry.gateway.node.GlobalId;

/** What an editor writes to record or replace a post held. */
@Input("PositionInput")
public record PositionInput(@NonNull @Id String personId, @NonNull @Id String organizationId, @NonNull String title,
        FuzzyDateInput start, FuzzyDateInput end, @Id List<String> sourceIds) {

    io.summitry.api.people.PositionInput toApi() {
        return new io.summitry.api.people.PositionInput(
                GlobalId.decode("input.personId", GlobalId.PERSON, personId),
                GlobalId.decode("input.organizationId", GlobalId.ORGANIZATION, organizationId), title,
                FuzzyDateInput.toApi(start), FuzzyDateInput.toApi(end),
                sourceIds == null ? List.of() : GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds));
    }
}
