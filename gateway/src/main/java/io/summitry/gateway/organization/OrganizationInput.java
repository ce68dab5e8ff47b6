package io.summitry.gateway.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationKind;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.id.GlobalId;

/** What an editor writes to create or change an organization. */
@Input("OrganizationInput")
@Description("countryCode: ISO 3166-1 alpha-2 code of a known country; parentId and sourceIds must exist; sourceIds "
        + "and note: where an organization that no source names comes from. In an update, a field left out keeps its stored value; an explicit null (or empty list) clears it.")
public record OrganizationInput(@NonNull String name, String acronym, @NonNull OrganizationKind kind, String summary,
        String countryCode, @Id String parentId, String wikidataId, @Id List<String> sourceIds, String note) {

    io.summitry.api.people.OrganizationInput toApi() {
        return toApi(Given.all(), null);
    }

    /** Over the stored organization: a field left out keeps its stored value. */
    io.summitry.api.people.OrganizationInput toApi(Given given, OrganizationDto stored) {
        boolean update = stored != null;
        return new io.summitry.api.people.OrganizationInput(name,
                given.or("acronym", acronym, update ? stored.acronym() : null), kind,
                given.or("summary", summary, update ? stored.summary() : null),
                given.or("countryCode", countryCode, update ? stored.countryCode() : null),
                given.or("parentId", GlobalId.decode("input.parentId", GlobalId.ORGANIZATION, parentId),
                        update ? stored.parentId() : null),
                given.or("wikidataId", wikidataId, update ? stored.wikidataId() : null),
                given.has("sourceIds") || !update
                        ? (sourceIds == null ? List.of()
                                : GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds))
                        : stored.sourceIds(),
                given.or("note", note, update ? stored.note() : null));
    }
}
