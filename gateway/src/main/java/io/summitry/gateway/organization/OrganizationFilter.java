package io.summitry.gateway.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.summitry.api.people.OrganizationKind;

/** The filter of the organization list. */
@Input("OrganizationFilter")
public record OrganizationFilter(String text, List<OrganizationKind> kinds, String countryCode,
        @Id String parentId) {
}
