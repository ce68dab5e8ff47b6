package io.summitry.service.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/**
 * {@code GET /changes/latest}: the newest committed revision, {@code {"revision": n}} (0 when none). What a follower of
 * the change stream polls to tell a stream that is behind from a quiet one: one look-up of the revision table's primary
 * key, where the first page of {@code GET /changes} would also count every change for its {@code totalCount}.
 */
@Path("/changes/latest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class LatestRevisionResource {

    /** The newest committed revision of this service. */
    public record LatestRevision(long revision) {
    }

    @Inject
    ChangeLogReader log;

    @GET
    @Operation(summary = "The newest committed revision (0 when none): the id the change stream's next event exceeds")
    @APIResponse(responseCode = "200", description = "{\"revision\": n}")
    public LatestRevision latest() {
        if (!log.available()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This service keeps no revision log");
        }
        return new LatestRevision(log.latestRevision());
    }
}
