package io.summitry.meetings.datereport;

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
import io.summitry.meetings.rest.Ids;

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
}
