package io.summitry.gateway.live.subscription;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.history.Change;
import io.summitry.gateway.history.ChangeFilter;
import io.summitry.gateway.live.stream.ChangeStreams;
import io.summitry.gateway.id.GlobalId;

/**
 * {@code Subscription}: changes as this gateway's change streams apply them, over graphql-transport-ws and graphql-ws
 * on {@code /graphql} ({@link LiveWebSocket}). Each subscriber is a filter on the one shared source of
 * {@link ChangeStreams}; a subscriber that falls behind by {@link SubscriptionConfig#maxPendingChanges()} changes
 * fails with SLOW_CONSUMER rather than being buffered without bound.
 * <p>
 * {@code meetingChanged} and {@code personChanged} are nullable, where the design writes {@code Change!}: smallrye
 * answers a subscription whose source fails (an unknown id is NOT_FOUND) with one event holding the error and a null
 * field, and for a non-null field graphql-java then drops that event, so the client would get no word at all. With
 * a nullable field the client gets {@code next} with the coded error, then {@code complete}.
 */
@GraphQLApi
public class ChangeSubscriptions {

    private final ChangeStreams streams;
    private final MeetingsClient meetings;
    private final PeopleClient people;
    private final SubscriptionConfig config;
    /**
     * Existence checks under way, by global id: a thousand viewers opening one meeting at once cost meetings-service
     * one look-up, not a thousand that its bulkhead would refuse (each refused subscriber got UPSTREAM_UNAVAILABLE).
     */
    private final ConcurrentHashMap<String, Uni<Boolean>> checking = new ConcurrentHashMap<>();

    ChangeSubscriptions(ChangeStreams streams, MeetingsClient meetings, PeopleClient people,
            SubscriptionConfig config) {
        this.streams = streams;
        this.meetings = meetings;
        this.people = people;
        this.config = config;
    }

    @Subscription("meetingChanged")
    @Description("Each change to the meeting or any of its children (participants, mentions, statements, date "
            + "reports, sessions), as it is committed. An unknown id is NOT_FOUND.")
    public Multi<Change> meetingChanged(@NonNull @Id @Name("id") String id) {
        UUID uuid = GlobalId.decode("id", GlobalId.MEETING, id);
        return existing(id, () -> meetings.meeting(uuid).map(found -> found != null), "meeting")
                .onItem().transformToMulti(known -> of(GlobalId.MEETING, uuid.toString()));
    }

    @Subscription("personChanged")
    @Description("Each change to the person, their other names or positions, as it is committed. An unknown id is "
            + "NOT_FOUND.")
    public Multi<Change> personChanged(@NonNull @Id @Name("id") String id) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        return existing(id, () -> people.person(uuid).map(found -> found != null), "person")
                .onItem().transformToMulti(known -> of(GlobalId.PERSON, uuid.toString()));
    }

    @Subscription("changes")
    @NonNull
    @Description("Each change to any record, as it is committed, of the filter's types and editors (since and until "
            + "bound the commit time).")
    public Multi<Change> changes(@Name("filter") ChangeFilter filter) {
        return bounded(streams.revisions().onItem().transformToIterable(r -> r.changes())
                .select().where(change -> matches(filter, change)));
    }

    private Multi<Change> of(String rootTypename, String rootId) {
        return bounded(streams.revisions().onItem().transformToIterable(r -> r.changes()).select()
                .where(change -> rootTypename.equals(change.rootTypename()) && rootId.equals(change.rootId())
                        || rootTypename.equals(change.typename()) && rootId.equals(change.id())));
    }

    /** A subscriber that does not keep up fails alone, with a coded error, instead of holding changes for ever. */
    private Multi<Change> bounded(Multi<ChangeDto> changes) {
        return changes.map(Change::of).onOverflow().buffer(config.maxPendingChanges())
                .onFailure(io.smallrye.mutiny.subscription.BackPressureFailure.class)
                .transform(full -> new GatewayException(io.summitry.gateway.error.ErrorCode.SLOW_CONSUMER,
                        "The subscriber fell " + config.maxPendingChanges()
                                + " changes behind (summitry.subscriptions.max-pending-changes)"));
    }

    private Uni<Boolean> existing(String id, Supplier<Uni<Boolean>> lookup, String what) {
        return Uni.createFrom().deferred(() -> checking.computeIfAbsent(id, key -> lookup.get()
                .onTermination().invoke(() -> checking.remove(key))
                .memoize().indefinitely()))
                .onItem().transform(exists -> {
                    if (!exists) {
                        throw GatewayException.notFound("No " + what + " with id '" + id + "'");
                    }
                    return true;
                });
    }

    private static boolean matches(ChangeFilter filter, ChangeDto change) {
        if (filter == null) {
            return true;
        }
        return (filter.typenames() == null || filter.typenames().isEmpty()
                || filter.typenames().contains(change.typename()))
                && (filter.editorIds() == null || filter.editorIds().isEmpty()
                        || change.editor() != null && filter.editorIds().contains(change.editor().id()))
                && (filter.since() == null || change.at() == null || !change.at().isBefore(filter.since()))
                && (filter.until() == null || change.at() == null || change.at().isBefore(filter.until()));
    }
}
