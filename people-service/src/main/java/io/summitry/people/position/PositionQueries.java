package io.summitry.people.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import org.hibernate.StatelessSession;

import io.summitry.api.people.PositionAtQuery;
import io.summitry.api.people.PositionDto;
import io.summitry.service.batch.Ids;
import io.summitry.service.date.FuzzyDates;
import io.summitry.people.paging.Keyset;

/**
 * The batch reads of positions, each one SQL query: the posts' columns and their source ids come back in one row
 * per post, straight into {@link PositionDto}s, on a {@link StatelessSession} (no persistence context to fill or
 * flush).
 */
@ApplicationScoped
public class PositionQueries {

    private static final String COLUMNS = """
            p.id, p.person_id, p.organization_id, p.title, p.start_edtf, p.start_note, p.end_edtf, p.end_note,
            p.version, array_to_string(array(select s.source_id from position_source s
                                              where s.position_id = p.id order by s.ordinal), ',') as sources""";

    private static final String LATEST_START_FIRST = " order by p.start_earliest desc nulls last, p.id";

    @Inject
    StatelessSession reads;

    public Map<UUID, PositionDto> byIds(List<UUID> ids) {
        return keyed(rows("select " + COLUMNS + " from position p where p.id = any(cast(:ids as uuid[]))",
                Map.of("ids", Ids.sqlArray(ids)), 0), PositionDto::id);
    }

    /** Each person's posts, latest start first. */
    public Map<UUID, List<PositionDto>> byPeople(List<UUID> personIds) {
        return grouped(rows("select " + COLUMNS + " from position p where p.person_id = any(cast(:ids as uuid[]))"
                + LATEST_START_FIRST, Map.of("ids", Ids.sqlArray(personIds)), 0), PositionDto::personId);
    }

    /** The posts in each organization, latest start first; with {@code at}, only those whose span includes it. */
    public Map<UUID, List<PositionDto>> byOrganizations(List<UUID> organizationIds, LocalDate at) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", Ids.sqlArray(organizationIds));
        String when = "";
        if (at != null) {
            when = " and (p.start_earliest is null or p.start_earliest <= :at)"
                    + " and (p.end_latest is null or p.end_latest >= :at)";
            params.put("at", at);
        }
        return grouped(rows("select " + COLUMNS + " from position p"
                + " where p.organization_id = any(cast(:ids as uuid[]))" + when + LATEST_START_FIRST, params, 0),
                PositionDto::organizationId);
    }

    /**
     * The post each person held at each moment, aligned with {@code queries} (null where none), by the rule of the
     * API: posts whose span overlaps the moment; one that certainly covers all of it first, then the latest start,
     * then the id.
     */
    @SuppressWarnings("unchecked")
    public List<PositionDto> at(List<PositionAtQuery> queries) {
        List<PositionDto> answers = new ArrayList<>(queries.size());
        queries.forEach(q -> answers.add(null));
        if (queries.isEmpty()) {
            return answers;
        }
        Query query = reads.createNativeQuery("select q.ord, " + COLUMNS + "\n" + """
                 from unnest(cast(:people as uuid[]), cast(:froms as date[]), cast(:tos as date[]))
                     with ordinality as q(person_id, d_from, d_to, ord)
                 join lateral (
                     select c.* from position c
                     where c.person_id = q.person_id
                       and (c.start_earliest is null or q.d_to is null or c.start_earliest <= q.d_to)
                       and (c.end_latest is null or q.d_from is null or c.end_latest >= q.d_from)
                     order by (c.start_latest <= q.d_from and (c.end_edtf is null or c.end_earliest >= q.d_to))
                                  is true desc,
                              c.start_earliest desc nulls last,
                              c.id
                     limit 1) p on true""");
        query.setParameter("people", Ids.sqlArray(queries.stream().map(PositionAtQuery::personId).toList()));
        query.setParameter("froms", Ids.sqlArray(queries.stream().map(PositionAtQuery::from).toList()));
        query.setParameter("tos", Ids.sqlArray(queries.stream().map(PositionAtQuery::to).toList()));
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            int index = ((Number) row[0]).intValue() - 1;
            answers.set(index, toDto(row, 1));
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private List<PositionDto> rows(String sql, Map<String, Object> params, int offset) {
        Query query = reads.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(row -> toDto(row, offset)).toList();
    }

    private static PositionDto toDto(Object[] row, int o) {
        String sources = (String) row[o + 9];
        List<UUID> sourceIds = sources == null || sources.isEmpty() ? List.of()
                : Arrays.stream(sources.split(",")).map(UUID::fromString).toList();
        return new PositionDto(Keyset.uuid(row[o]), Keyset.uuid(row[o + 1]), Keyset.uuid(row[o + 2]),
                (String) row[o + 3], FuzzyDates.stored((String) row[o + 4], (String) row[o + 5]),
                FuzzyDates.stored((String) row[o + 6], (String) row[o + 7]), sourceIds,
                ((Number) row[o + 8]).longValue());
    }

    private static <K> Map<K, PositionDto> keyed(List<PositionDto> rows, Function<PositionDto, K> key) {
        return rows.stream().collect(Collectors.toMap(key, p -> p, (a, b) -> a));
    }

    private static <K> Map<K, List<PositionDto>> grouped(List<PositionDto> rows,
            Function<PositionDto, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
