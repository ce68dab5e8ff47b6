package io.summitry.gateway.reference;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.ReferenceDto;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.id.GlobalId;

/**
 * Deletions and merges of people and organizations that no concurrent write can slip a reference past. First a
 * tombstone in meetings-service: from then on it refuses every write that would refer to the record (a write that
 * was already under way commits first; see meetings-service's {@code Tombstones}). Then the references are listed,
 * and only then is the record deleted or merged in people-service. If that step fails or finds references, the
 * tombstone is lifted; if it succeeds, the tombstone stays, so the deleted id is refused from then on.
 * <p>
 * Every call is built when a method is called, on the resolver's thread where the caller's token and note are read,
 * and runs in order once subscribed.
 */
@ApplicationScoped
public class Tombstoned {

    private final MeetingsClient meetings;

    Tombstoned(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    /** Deletes the record once no record of meetings-service refers to it, else CONFLICT naming those records. */
    public Uni<Void> deleteUnreferenced(Referent referent, UUID id, Uni<Void> delete) {
        Uni<Map<UUID, List<ReferenceDto>>> listed = switch (referent) {
            case PERSON -> meetings.referencesToPeople(List.of(id));
            case ORGANIZATION -> meetings.referencesToOrganizations(List.of(id));
        };
        return under(referent, id, listed
                .chain(found -> ReferringRecords.refuseDeletionIfAny(referent.what, found.getOrDefault(id, List.of())))
                .chain(() -> delete));
    }

    /** Runs the work (a merge that removes the record) while references to the record are refused. */
    public <T> Uni<T> under(Referent referent, UUID id, Uni<T> work) {
        Uni<Void> lay = meetings.layTombstone(referent.path, id);
        Uni<Void> lift = meetings.liftTombstone(referent.path, id).onFailure().recoverWithUni(failure -> {
            // the caller hears of the first failure; this one leaves the record refusing references until a
            // deletion of it is tried again (and lifts it on failure) or succeeds
            Log.warnf("Could not lift the tombstone of %s %s: %s", referent.what,
                    GlobalId.encode(referent.type, id), failure.toString());
            return Uni.createFrom().voidItem();
        });
        return lay.chain(() -> work.onFailure().call(() -> lift));
    }
}
