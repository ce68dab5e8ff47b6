package io.summitry.service.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.ChangeKind;
import io.summitry.api.history.EditorDto;
import io.summitry.api.history.FieldChangeDto;
import io.summitry.service.paging.Cursor;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.paging.Pages;
import io.summitry.service.paging.TotalCounts;

/**
 * Reads the revision log: a record's history with its children's, every change with filters, and the revisions after
 * a point for the change stream. Every list is newest first by (revision desc, typename, id), keyset-paged; each
 * page is one range scan of an index of the {@code change} table joined to its revisions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeStore implements ChangeLog {

    private static final String HISTORY = "h1";
    private static final String CHANGES = "c1";
    private static final TypeReference<List<FieldChangeDto>> FIELDS = new TypeReference<>() {
    };
    private static final String COLUMNS = "select c.revision, r.at, r.editor_id, r.editor_name, c.kind, c.typename,"
            + " cast(c.record_id as text), c.root_typename, cast(c.root_id as text), cast(c.fields as text), r.note"
            + " from change c join revision r on r.id = c.revision";

    /** The filters of the list of every change; null and empty parts match everything. */
    public record Filter(List<String> typenames, List<String> editorIds, Instant since, Instant until) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TotalCounts totals;

    /** The changes of a record and of its children, newest first. */
    public Page<ChangeDto> history(String rootTypename, UUID rootId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("rootTypename", rootTypename);
        params.put("rootId", rootId);
        String where = " where c.root_typename = :rootTypename and c.root_id = :rootId";
        long total = ((Number) bind(em.createNativeQuery("select count(*) from change c" + where), params)
                .getSingleResult()).longValue();
        return page(HISTORY, where, params, page, total);
    }

    /** One history page per root, aligned with the ids (the gateway's batched {@code history} field). */
    public List<PageGroup<ChangeDto>> histories(String rootTypename, List<UUID> rootIds, List<String> keys,
            PageRequest page) {
        List<PageGroup<ChangeDto>> groups = new ArrayList<>(rootIds.size());
        for (int i = 0; i < rootIds.size(); i++) {
            groups.add(new PageGroup<>(keys.get(i), history(rootTypename, rootIds.get(i), page)));
        }
        return groups;
    }

    /** Every change matching the filter, newest first. */
    public Page<ChangeDto> changes(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.typenames() != null && !filter.typenames().isEmpty()) {
            where.append(" and c.typename in (:typenames)");
            params.put("typenames", filter.typenames());
        }
        if (filter.editorIds() != null && !filter.editorIds().isEmpty()) {
            where.append(" and r.editor_id in (:editors)");
            params.put("editors", filter.editorIds());
        }
        if (filter.since() != null) {
            where.append(" and r.at >= :since");
            params.put("since", OffsetDateTime.ofInstant(filter.since(), java.time.ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            where.append(" and r.at <= :until");
            params.put("until", OffsetDateTime.ofInstant(filter.until(), java.time.ZoneOffset.UTC));
        }
        String countSql = "select count(*) from change c join revision r on r.id = c.revision" + where;
        long total = totals.of(List.of(countSql, new TreeMap<>(params)),
                () -> ((Number) bind(em.createNativeQuery(countSql), params).getSingleResult()).longValue());
        return page(CHANGES, where.toString(), params, page, total);
    }

    /** Whether a revision changed this record or one of its children: what a restore may go back to. */
    public boolean touched(long revision, String rootTypename, UUID rootId) {
        return !em.createNativeQuery("select 1 from change where revision = :revision"
                        + " and root_typename = :rootTypename and root_id = :rootId limit 1")
                .setParameter("revision", revision).setParameter("rootTypename", rootTypename)
                .setParameter("rootId", rootId).getResultList().isEmpty();
    }

    /** The newest revision committed at or before an instant, 0 when none. */
    public long revisionAt(Instant instant) {
        Object id = em.createNativeQuery("select max(id) from revision where at <= :at")
                .setParameter("at", OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)).getSingleResult();
        return id == null ? 0 : ((Number) id).longValue();
    }

    @Override
    public List<ChangeDto> after(long revision, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where c.revision in (select id from revision"
                        + " where id > :after order by id limit :limit) order by c.revision, c.typename, c.record_id")
                .setParameter("after", revision).setParameter("limit", limit).getResultList();
        return rows.stream().map(this::change).toList();
    }

    @Override
    public long latestRevision() {
        Object id = em.createNativeQuery("select max(id) from revision").getSingleResult();
        return id == null ? 0 : ((Number) id).longValue();
    }

    private Page<ChangeDto> page(String kind, String where, Map<String, Object> filterParams, PageRequest page,
            long total) {
        Map<String, Object> params = new HashMap<>(filterParams);
        StringBuilder sql = new StringBuilder(COLUMNS).append(where);
        if (page.cursor() != null) {
            List<String> key = Cursor.decode(page.cursorParameter(), page.cursor(), kind, 3);
            try {
                params.put("cursorRevision", Long.parseLong(key.get(0)));
                params.put("cursorTypename", key.get(1));
                params.put("cursorId", UUID.fromString(key.get(2)));
            } catch (RuntimeException e) {
                throw Cursor.invalid(page.cursorParameter(), page.cursor());
            }
            sql.append(" and (c.revision < :cursorRevision or (c.revision = :cursorRevision"
                    + " and (c.typename, c.record_id) > (:cursorTypename, :cursorId)))");
        }
        sql.append(" order by c.revision desc, c.typename, c.record_id limit ").append(page.size() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), params).getResultList();
        List<ChangeDto> fetched = rows.stream().map(this::change).toList();
        return Pages.of(page, fetched, c -> Cursor.encode(kind, c.revision(), c.typename(), c.id()), total);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private ChangeDto change(Object[] row) {
        List<FieldChangeDto> fields;
        try {
            fields = row[9] == null ? List.of() : json.readValue((String) row[9], FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ChangeDto(((Number) row[0]).longValue(), instant(row[1]),
                new EditorDto((String) row[2], (String) row[3]), ChangeKind.valueOf((String) row[4]),
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], fields, (String) row[10]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
