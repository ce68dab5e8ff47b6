package io.summitry.gateway.person;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.people.PersonDto;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.id.Node;

/** A person as the schema shows it; joined fields are resolved by {@link PersonResolver}. */
@Type("Person")
@Description("A person: an official, an officer, an expert.")
public record Person(
        @Id @NonNull String id,
        @NonNull String name,
        String givenName,
        String familyName,
        @NonNull List<@NonNull OtherName> otherNames,
        String wikidataId,
        String summary,
        @Description("Optimistic lock: pass it as expectedVersion to updatePerson/deletePerson.") int version,
        @Ignore UUID uuid,
        @Ignore String nationalityCode) implements Node {

    public static Person of(PersonDto dto) {
        if (dto == null) {
            return null;
        }
        List<OtherName> otherNames = dto.otherNames() == null ? List.of()
                : dto.otherNames().stream().map(n -> new OtherName(n.name(), n.lang(), n.note())).toList();
        return new Person(GlobalId.encode(GlobalId.PERSON, dto.id()), dto.name(), dto.givenName(), dto.familyName(),
                otherNames, dto.wikidataId(), dto.summary(), (int) dto.version(), dto.id(), dto.nationality());
    }
}
