package io.summitry.meetings.datereport;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.summitry.service.version.Versions;
import io.summitry.service.version.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.service.batch.Ids;

/** Batch reads of date reports; they are added under {@code /meetings/{id}/date-reports}. */
@Path("/date-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "date reports")
public class DateReportResource {

    private final DateReportService dateReports;

    public DateReportResource(DateReportService dateReports) {
        this.dateReports = dateReports;
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "What the sources said about each meeting's date (batch), in the order added")
    public GroupedResult<DateReportDto> byMeetings(@Valid @NotNull IdsRequest request) {
        return dateReports.byMeetings(Ids.of(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One date report; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No date report has this id")
    public Response get(@PathParam("id") String id) {
        DateReportDto found = dateReports.get(Ids.parse("id", id));
        return Responses.ok(found, found.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a date report", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull io.summitry.api.meetings.DateReportInput input) {
        DateReportDto updated = dateReports.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a date report", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    public Response remove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        dateReports.remove(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
