package io.summitry.gateway.meeting;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.DateReportDto;
import io.summitry.gateway.common.FuzzyDate;
import io.summitry.gateway.id.GlobalId;

/** What one source said about when a meeting is or was; its source resolved by {@link DateReportResolver}. */
@Type("DateReport")
@Description("Each source's own words on when a meeting is or was; reports may disagree with each other.")
public record DateReport(@Id @NonNull String id, @NonNull FuzzyDate date, String quote,
        @Description("Optimistic lock: pass it as expectedVersion to updateDateReport/removeDateReport.") int version,
        @Ignore UUID sourceId) {

    static DateReport of(DateReportDto dto) {
        return new DateReport(GlobalId.encode(GlobalId.DATE_REPORT, dto.id()), FuzzyDate.of(dto.date()),
                dto.quote(), (int) dto.version(), dto.sourceId());
    }
}
