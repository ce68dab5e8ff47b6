package io.summitry.meetings.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.SeriesNeighbours;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Batches.Keyed;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.paging.Pages;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.service.paging.TotalCounts;

/** Every read of meetings: one page of a filtered list, and the batch lookups, each one SQL query (plus a count). */
@ApplicationScoped
public class MeetingQueries {

    private final Sql sql;
    private final TotalCounts totals;

    public MeetingQueries(Sql sql, TotalCounts totals) {
        this.sql = sql;
        this.totals = totals;
    }

    public Optional<MeetingDto> byId(UUID id) {
        return sql.query("select " + MeetingRows.COLUMNS + " from meeting m where m.id = ?", List.of(id),
                MeetingRows::map).stream().findFirst();
    }

    public Page<MeetingDto> page(MeetingQuery query, MeetingOrder order, PageRequest request) {
        SqlQuery rows = pageQuery(query, order, request);
        SqlQuery count = countQuery(query);
        return page(sql.query(rows.sql(), rows.params(), MeetingRows::map), request,
                totals.of(count.key(), () -> sql.count(count.sql(), count.params())));
    }

    /** A statement and its parameters; built apart from running it so the query plans can be checked. */
    record SqlQuery(String sql, List<Object> params) {

        /** The statement and its parameter values, compared by value (arrays as lists): a key for its result. */
        List<Object> key() {
            List<Object> key = new ArrayList<>();
            key.add(sql);
            params.forEach(p -> key.add(p instanceof Sql.ArrayParam array ? List.of(array.values()) : p));
            return key;
        }
    }

    static SqlQuery pageQuery(MeetingQuery query, MeetingOrder order, PageRequest request) {
        MeetingFilter filter = MeetingFilter.of(query);
        MeetingOrdering ordering = new MeetingOrdering(order);
        List<Object> params = new ArrayList<>(filter.params());
        String where = filter.where();
        if (request.cursor() != null) {
            where += " and " + ordering.beyond(request.cursorParameter(), request.cursor(), request.backward(), params);
        }
        // Past a cursor dated by the bound the walk already starts there (the cursor's condition is the index's).
        if (query != null && query.to() != null && ordering.latestFirst(request.backward()) && (request.cursor() == null
                || ordering.cursorLaterThan(request.cursorParameter(), request.cursor(), query.to()))) {
            return belowDate(where, params, query.to(), ordering, request);
        }
        params.add(request.size() + 1);
        return new SqlQuery("select " + MeetingRows.COLUMNS + " from meeting m where " + where
                + " order by " + ordering.orderBy(request.backward()) + " limit ?", params);
    }

    /**
     * A page read latest first under an upper date bound, in two parts merged in order: the meetings that start by
     * the bound (or at an unknown date), walked from it down the date index, and the few whose fuzzy start was widened
     * back across it (index {@code meeting_widened_start}). A single walk would first step over every later meeting,
     * filtering each out: a tenth of the bench's meetings are still to come.
     */
    private static SqlQuery belowDate(String where, List<Object> whereParams, LocalDate to, MeetingOrdering ordering,
            PageRequest request) {
        String columns = MeetingRows.COLUMNS + ", " + ordering.keyColumns();
        List<Object> params = new ArrayList<>(whereParams);
        params.add(to);
        params.add(request.size() + 1);
        params.addAll(whereParams);
        params.add(to);
        params.add(request.size() + 1);
        return new SqlQuery("select * from ((select " + columns + " from meeting m where " + where + " and "
                + ordering.earliestAtMost() + " order by " + ordering.orderBy(request.backward()) + " limit ?)"
                + " union all (select " + columns + " from meeting m where " + where + " and m.earliest > ?::date"
                + " and (m.search_from is null or m.search_from < m.earliest))) m"
                + " order by " + ordering.mergedOrderBy(request.backward()) + " limit ?", params);
    }

    static SqlQuery countQuery(MeetingQuery query) {
        MeetingFilter filter = MeetingFilter.of(query);
        return new SqlQuery("select count(*) from meeting m where " + filter.where(), filter.params());
    }

    public BatchResult<MeetingDto> byIds(List<UUID> ids) {
        return Batches.aligned(ids, run(byIdsQuery(ids)), MeetingDto::id);
    }

    static SqlQuery byIdsQuery(List<UUID> ids) {
        return new SqlQuery("select " + MeetingRows.COLUMNS + " from meeting m where m.id = any(?)",
                List.of(Rows.uuidArray(ids)));
    }

    /** The meetings that are part of each given meeting (its sessions, exercises...), by date. */
    public GroupedResult<MeetingDto> sessions(List<UUID> ids) {
        return Batches.grouped(ids, run(linkedQuery("part_of_id", ids)), MeetingDto::partOfId);
    }

    /** The meetings whose {@code column} (part_of_id or prepares_for_id) is one of the ids, by date. */
    static SqlQuery linkedQuery(String column, List<UUID> ids) {
        return new SqlQuery("select " + MeetingRows.COLUMNS + " from meeting m where m." + column + " = any(?)"
                + " order by " + new MeetingOrdering(MeetingOrder.DATE_ASC).orderBy(false),
                List.of(Rows.uuidArray(ids)));
    }

    /** The meetings that prepare for each given meeting, by date. */
    public GroupedResult<MeetingDto> preparedBy(List<UUID> ids) {
        return Batches.grouped(ids, run(linkedQuery("prepares_for_id", ids)), MeetingDto::preparesForId);
    }

    /** Each series' meetings by ordinal (meetings without one last, by date). */
    public GroupedResult<MeetingDto> bySeries(List<String> slugs) {
        return Batches.grouped(slugs, run(bySeriesQuery(slugs)), MeetingDto::seriesSlug);
    }

    static SqlQuery bySeriesQuery(List<String> slugs) {
        return new SqlQuery("select " + MeetingRows.COLUMNS
                + " from meeting m where m.series_slug = any(?) order by m.ordinal nulls last, "
                + new MeetingOrdering(MeetingOrder.DATE_ASC).orderBy(false), List.of(Rows.textArray(slugs)));
    }

    /** The previous and next rounds of each given meeting in its series, by ordinal. */
    public List<SeriesNeighbours> seriesNeighbours(List<UUID> ids) {
        Map<UUID, MeetingDto> previous = new HashMap<>();
        Map<UUID, MeetingDto> next = new HashMap<>();
        SqlQuery query = neighboursQuery(ids);
        sql.query(query.sql(), query.params(), row -> {
            UUID key = Rows.uuid(row, "request_id");
            (row.getString("side").equals("P") ? previous : next).put(key, MeetingRows.map(row));
            return key;
        });
        return ids.stream()
                .map(id -> new SeriesNeighbours(id.toString(), previous.get(id), next.get(id)))
                .toList();
    }

    static SqlQuery neighboursQuery(List<UUID> ids) {
        String side = """
                select req.id as request_id, '%1$s' as side, %2$s
                from req cross join lateral (
                    select * from meeting n
                    where n.series_slug = req.series_slug and n.ordinal %3$s req.ordinal
                    order by n.ordinal %4$s limit 1) m
                """;
        String query = "with req as (select id, series_slug, ordinal from meeting"
                + " where id = any(?) and ordinal is not null) "
                + side.formatted("P", MeetingRows.COLUMNS, "<", "desc") + " union all "
                + side.formatted("N", MeetingRows.COLUMNS, ">", "asc");
        return new SqlQuery(query, List.of(Rows.uuidArray(ids)));
    }

    /**
     * Each person's meetings as participant, filtered, ordered and paged alike, in one query: a page per person (a
     * LATERAL top-N, which walks that person's participant rows into meeting by primary key instead of joining all
     * meetings); one more query counts them.
     */
    public List<PageGroup<MeetingDto>> byParticipants(List<UUID> personIds, MeetingQuery query, MeetingOrder order,
            PageRequest request) {
        SqlQuery pages = byParticipantsQuery(personIds, query, order, request);
        List<Keyed<UUID, MeetingDto>> rows = sql.query(pages.sql(), pages.params(),
                row -> new Keyed<>(Rows.uuid(row, "group_key"), MeetingRows.map(row)));
        Map<UUID, Long> counts = byParticipantsTotals(personIds, query);
        Map<UUID, List<MeetingDto>> byPerson = new HashMap<>();
        rows.forEach(r -> byPerson.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.item()));
        return personIds.stream()
                .map(id -> new PageGroup<>(id.toString(), page(byPerson.getOrDefault(id, List.of()), request,
                        counts.getOrDefault(id, 0L))))
                .toList();
    }

    static SqlQuery byParticipantsQuery(List<UUID> personIds, MeetingQuery query, MeetingOrder order,
            PageRequest request) {
        if (personIds.size() == 1) {
            return byParticipantQuery(personIds.get(0), query, order, request);
        }
        MeetingFilter filter = MeetingFilter.of(query);
        MeetingOrdering ordering = new MeetingOrdering(order);
        List<Object> params = new ArrayList<>();
        params.add(Rows.uuidArray(personIds));
        params.addAll(filter.params());
        String where = "p.person_id = person.id and " + filter.where();
        if (request.cursor() != null) {
            where += " and " + ordering.beyond(request.cursorParameter(), request.cursor(), false, params);
        }
        params.add(request.size() + 1);
        // The busiest officials sit in thousands of meetings: joining all meetings for them cost a sequential scan
        // of the meeting table (85 ms for 9,100 seats in the bench), the LATERAL top-N costs 30 ms.
        return new SqlQuery("""
                select person.id as group_key, page.*
                from unnest(?::uuid[]) as person(id) cross join lateral (
                    select %1$s, row_number() over (order by %2$s) as rn
                    from participant p join meeting m on m.id = p.meeting_id
                    where %3$s
                    order by %2$s limit ?) page
                order by group_key, rn""".formatted(MeetingRows.COLUMNS, ordering.orderBy(false), where), params);
    }

    /**
     * One person's page, the common case (a profile). Written as a plain semi-join so that PostgreSQL plans it with
     * the person's own statistics: for an official in 9% of all meetings it walks the date index and stops after the
     * page (a few hundred index probes), for someone in a handful it reads their participant rows and sorts them. The
     * LATERAL form plans for an unknown person and always reads and sorts every seat (30 ms for 9,100 seats).
     */
    static SqlQuery byParticipantQuery(UUID personId, MeetingQuery query, MeetingOrder order, PageRequest request) {
        MeetingFilter filter = MeetingFilter.of(query);
        MeetingOrdering ordering = new MeetingOrdering(order);
        List<Object> params = new ArrayList<>();
        params.add(personId);
        params.add(personId);
        params.addAll(filter.params());
        String where = "exists (select 1 from participant p where p.meeting_id = m.id and p.person_id = ?) and "
                + filter.where();
        if (request.cursor() != null) {
            where += " and " + ordering.beyond(request.cursorParameter(), request.cursor(), false, params);
        }
        params.add(request.size() + 1);
        return new SqlQuery("select ?::uuid as group_key, " + MeetingRows.COLUMNS + " from meeting m where " + where
                + " order by " + ordering.orderBy(false) + " limit ?", params);
    }

    /** Each person's total, counted once per person and filter (TotalCounts), the missing ones in one query. */
    private Map<UUID, Long> byParticipantsTotals(List<UUID> personIds, MeetingQuery query) {
        Map<UUID, Long> known = new HashMap<>();
        List<UUID> unknown = new ArrayList<>();
        SqlQuery shape = byParticipantsCountQuery(List.of(), query);
        for (UUID id : personIds) {
            Long total = totals.known(List.of(shape.key(), id));
            if (total != null) {
                known.put(id, total);
            } else if (!unknown.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            SqlQuery counts = byParticipantsCountQuery(unknown, query);
            sql.query(counts.sql(), counts.params(), row -> known.put(row.getObject(1, UUID.class), row.getLong(2)));
            unknown.forEach(id -> totals.keep(List.of(shape.key(), id), known.computeIfAbsent(id, k -> 0L)));
        }
        return known;
    }

    static SqlQuery byParticipantsCountQuery(List<UUID> personIds, MeetingQuery query) {
        MeetingFilter filter = MeetingFilter.of(query);
        List<Object> params = new ArrayList<>();
        params.add(Rows.uuidArray(personIds));
        params.addAll(filter.params());
        if (filter.where().equals("true")) {
            // nothing to filter on: the participant index alone has the counts
            return new SqlQuery("select p.person_id, count(*) from participant p where p.person_id = any(?)"
                    + " group by p.person_id", params);
        }
        return new SqlQuery("select p.person_id, count(*) from participant p join meeting m on m.id = p.meeting_id"
                + " where p.person_id = any(?) and " + filter.where() + " group by p.person_id", params);
    }

    private List<MeetingDto> run(SqlQuery query) {
        return sql.query(query.sql(), query.params(), MeetingRows::map);
    }

    private static Page<MeetingDto> page(List<MeetingDto> fetched, PageRequest request, long total) {
        return Pages.of(request, fetched, MeetingOrdering::cursorOf, total);
    }
}
