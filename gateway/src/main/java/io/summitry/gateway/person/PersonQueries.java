package io.summitry.gateway.person;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.AsOf;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.node.GlobalId;

/** Query.person and Query.people. */
@GraphQLApi
public class PersonQueries {

    private final PeopleClient people;

    PersonQueries(PeopleClient people) {
        this.people = people;
    }

    @Query("person")
    @Description("A person by global id; null when there is none. With asOf: the person (names, other names) as "
            + "they stood at that instant (null when they did not exist then; joined records as they are now).")
    public Uni<Person> person(@NonNull @Id @Name("id") String id, @Name("asOf") Instant asOf) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        if (asOf != null) {
            return people.personAsOf(uuid, AsOf.checked(asOf)).map(Person::of);
        }
        return people.person(uuid).map(Person::of);
    }

    @Query("people")
    @NonNull
    @Description("People matching the filter, a page at a time (first 0-100; last/before read backwards).")
    public Uni<PersonConnection> people(@Name("filter") PersonFilter filter,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after,
            @Name("last") Integer last, @Name("before") String before) {
        Paging paging = Paging.of(first, after, last, before);
        PersonFilter f = filter == null ? new PersonFilter(null, null, null) : filter;
        return people.people(f.text(), f.nationality(),
                GlobalId.decode("filter.organizationId", GlobalId.ORGANIZATION, f.organizationId()),
                paging.first(), paging.after(), paging.last(), paging.before()).map(PersonConnection::of);
    }
}
