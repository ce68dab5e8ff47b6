package io.summitry.gateway.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The filter of the people list. */
@Input("PersonFilter")
@Description("text: typeahead over all names, case- and accent-insensitive; organizationId: people who held a post "
        + "there.")
public record PersonFilter(String text, String nationality, @Id String organizationId) {
}
