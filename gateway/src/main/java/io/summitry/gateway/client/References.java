package io.summitry.gateway.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks, before a mutation writes anything, that the people, organizations and sources it refers to exist in the
 * service that owns them; a missing one is BAD_USER_INPUT naming the argument. No keys, no call.
 */
@ApplicationScoped
public class References {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    References(PeopleClient people, MeetingsClient meetings) {
        this.people = people;
        this.meetings = meetings;
    }

    public Uni<Void> people(String argument, Collection<UUID> ids) {
        return check(argument, "person", GlobalId.PERSON, ids, people.peopleByIds(present(ids)));
    }

    public Uni<Void> organizations(String argument, Collection<UUID> ids) {
        return check(argument, "organization", GlobalId.ORGANIZATION, ids,
                people.organizationsByIds(present(ids)));
    }

    public Uni<Void> sources(String argument, Collection<UUID> ids) {
        return check(argument, "source", GlobalId.SOURCE, ids, meetings.sourcesByIds(present(ids)));
    }

    private static List<UUID> present(Collection<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }

    private static <T> Uni<Void> check(String argument, String what, String type, Collection<UUID> ids,
            Uni<Map<UUID, T>> lookup) {
        List<UUID> wanted = present(ids);
        return lookup.invoke(found -> {
            for (UUID id : wanted) {
                if (!found.containsKey(id)) {
                    throw GatewayException.badInput("Argument '" + argument + "': there is no " + what + " with id "
                            + GlobalId.encode(type, id));
                }
            }
        }).replaceWithVoid();
    }

    /** A 404 of a parent addressed by a mutation argument (the meeting of addParticipant) is the caller's mistake. */
    public static <T> Uni<T> parentMustExist(Uni<T> write, String argument, String what) {
        return write.onFailure(Downstream::isNotFound).transform(notFound -> GatewayException.badInput(
                "Argument '" + argument + "': there is no " + what + " with that id"));
    }
}
