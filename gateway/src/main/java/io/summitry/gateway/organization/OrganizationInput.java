package io.summitry.gateway.organization;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.people.OrganizationKind;
import io.summitry.gateway.node.GlobalId;

/** What an editor writes to create or replace an organization. */
@Input("OrganizationInput")
public record OrganizationInput(@NonNull String name, String acronym, @NonNull OrganizationKind kind, String summary,
        String countryCode, @Id String parentId, String wikidataId) {

    io.summitry.api.people.OrganizationInput toApi() {
        return new io.summitry.api.people.OrganizationInput(name, acronym, kind, summary, countryCode,
                GlobalId.decode("input.parentId", GlobalId.ORGANIZATION, parentId), wikidataId);
    }
}
