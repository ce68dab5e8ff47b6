package io.summitry.gateway.reference;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;

/**
 * A merge of two people or two organizations spans both services and no transaction does: meetings-service first
 * points its references at the kept record, then people-service folds the duplicate into it and deletes it. That
 * order is what makes a failure recoverable: moved references already name the kept record, and moving them again
 * moves nothing, so the editor repeats the mutation; the other order would leave references to a deleted record.
 */
public final class MergeAcrossServices {

    private MergeAcrossServices() {
    }

    /** The decoded ids of fromId and intoId: BAD_USER_INPUT for an id of another type or the same id twice. */
    public static List<UUID> ids(String type, String fromId, String intoId) {
        UUID from = GlobalId.decode("fromId", type, fromId);
        UUID into = GlobalId.decode("intoId", type, intoId);
        if (from.equals(into)) {
            throw GatewayException.badInput("Argument 'intoId' must differ from 'fromId': a record is not merged "
                    + "into itself");
        }
        return List.of(from, into);
    }

    /** NOT_FOUND naming the argument whose record the lookup did not find; nothing is written before this. */
    public static <T> Uni<Void> bothExist(Uni<Map<UUID, T>> lookup, String what, String type, UUID from, UUID into) {
        return lookup.invoke(found -> {
            if (!found.containsKey(from)) {
                throw GatewayException.notFound("Argument 'fromId': there is no " + what + " with id "
                        + GlobalId.encode(type, from));
            }
            if (!found.containsKey(into)) {
                throw GatewayException.notFound("Argument 'intoId': there is no " + what + " with id "
                        + GlobalId.encode(type, into));
            }
        }).replaceWithVoid();
    }

    /**
     * Moves the references, then merges; a failure of the merge keeps its code and says that the references moved
     * and that the mutation can be repeated. Both calls are built by the caller on the resolver's thread, where the
     * caller's token and note are read, and run one after the other.
     */
    public static <T> Uni<T> movedThenMerged(Uni<?> moveReferences, Uni<T> merge, String mutation) {
        return moveReferences.chain(moved -> merge.onFailure().transform(failure -> {
            // any other exception's text is not for the client (see ErrorShaping)
            GatewayException known = failure instanceof GatewayException e ? e
                    : new GatewayException(ErrorCode.INTERNAL, "an unexpected error");
            return new GatewayException(known.code(), "The references in meetings-service already point at "
                    + "'intoId', but the merge itself failed (" + known.getMessage() + "). Repeating " + mutation
                    + " is safe: references already moved are not moved again.", known.service(), failure);
        }));
    }

}
