package io.summitry.service.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import io.smallrye.common.annotation.Blocking;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.input.Inputs;

/**
 * {@code GET /changes/stream}: every revision committed from the resume point on, one server-sent event each
 * ({@code id} the revision, {@code event: revision}, {@code data} the JSON array of its changes), in revision order.
 * The resume point is the {@code Last-Event-ID} header (a reconnecting EventSource sends it), else {@code ?after=N},
 * else the newest revision, so that only new changes come. A resume point ahead of the log sends nothing until that
 * revision exists.
 */
@Path("/changes/stream")
public class ChangeStreamResource {

    @Inject
    ChangeStreams streams;
    @Inject
    ChangeLogReader log;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // reads the newest revision before the stream opens
    public void stream(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after,
            @Context SseEventSink sink, @Context Sse sse) {
        Long resume = lastEventId != null ? revision("Last-Event-ID", lastEventId) : revision("after", after);
        if (!log.available()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This service keeps no revision log");
        }
        streams.open(sink, sse, resume);
    }

    /** A revision number from the request, named in the 400 when it is not one; absent is null. */
    static Long revision(String name, String value) {
        if (value == null) {
            return null;
        }
        String digits = value.trim();
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(digits);
        }
        throw ProblemException.invalidField(name, "'" + Inputs.shorten(value) + "' is not a revision number"
                + " (0 or more, as sent in an event's id)");
    }
}
