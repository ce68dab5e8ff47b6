package io.summitry.gateway.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.people.OtherNameDto;

/** What an editor writes to create or replace a person. */
@Input("PersonInput")
@Description("nationality: ISO 3166-1 alpha-2 code; wikidataId: Q-id.")
public record PersonInput(@NonNull String name, String givenName, String familyName, List<OtherNameInput> otherNames,
        String nationality, String wikidataId, String summary) {

    /** Another name, as the source gives it. */
    @Input("OtherNameInput")
    public record OtherNameInput(@NonNull String name, String lang, String note) {
    }

    io.summitry.api.people.PersonInput toApi() {
        return new io.summitry.api.people.PersonInput(name, givenName, familyName,
                otherNames == null ? List.of()
                        : otherNames.stream().map(n -> new OtherNameDto(n.name(), n.lang(), n.note())).toList(),
                nationality, wikidataId, summary);
    }
}
