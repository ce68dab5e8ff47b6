package io.summitry.gateway.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.people.OtherNameDto;
import io.summitry.api.people.PersonDto;
import io.summitry.gateway.common.Given;

/** What an editor writes to create or replace a person. */
@Input("PersonInput")
@Description("nationality: ISO 3166-1 alpha-2 code of a known country; wikidataId: Q-id. In an update, a field left out keeps its stored value; an explicit null (or empty list) clears it.")
public record PersonInput(@NonNull String name, String givenName, String familyName, List<OtherNameInput> otherNames,
        String nationality, String wikidataId, String summary) {

    /** Another name, as the source gives it. */
    @Input("OtherNameInput")
    public record OtherNameInput(@NonNull String name, String lang, String note) {
    }

    io.summitry.api.people.PersonInput toApi() {
        return toApi(Given.all(), null);
    }

    /** Over the stored person: a field left out keeps its stored value. */
    io.summitry.api.people.PersonInput toApi(Given given, PersonDto stored) {
        boolean update = stored != null;
        return new io.summitry.api.people.PersonInput(name,
                given.or("givenName", givenName, update ? stored.givenName() : null),
                given.or("familyName", familyName, update ? stored.familyName() : null),
                given.has("otherNames") || !update
                        ? (otherNames == null ? List.of()
                                : otherNames.stream().map(n -> new OtherNameDto(n.name(), n.lang(), n.note()))
                                        .toList())
                        : stored.otherNames(),
                given.or("nationality", nationality, update ? stored.nationality() : null),
                given.or("wikidataId", wikidataId, update ? stored.wikidataId() : null),
                given.or("summary", summary, update ? stored.summary() : null));
    }
}
