package io.summitry.service.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Completes the CREATED-by-system changes that the history migration records for every row that existed before it.
 * SQL can list those rows but not render them as their DTOs, so the migration leaves their state and fields empty
 * and this fills them in, from the entities, once, at the first start after the migration (a few hundred rows per
 * transaction; a replica that starts meanwhile fills what is left). Later changes diff against these states.
 */
@ApplicationScoped
public class BaselineStates {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        int filled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::fillBatch);
            filled += batch;
        } while (batch == BATCH);
        if (filled > 0) {
            Log.infof("History: recorded the state of %d records that existed before the revision log", filled);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int fillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("select cast(record_id as text), typename from change"
                + " where fields is null limit " + BATCH + " for update skip locked").getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, List<UUID>> byType = pending.stream().collect(Collectors.groupingBy(row -> (String) row[1],
                Collectors.mapping(row -> UUID.fromString((String) row[0]), Collectors.toList())));
        Session session = em.unwrap(Session.class);
        List<UUID> gone = new ArrayList<>();
        em.getMetamodel().getEntities().stream()
                .filter(type -> Historied.class.isAssignableFrom(type.getJavaType()))
                .forEach(type -> {
                    List<UUID> ids = byType.remove(type.getJavaType().getSimpleName());
                    if (ids == null) {
                        return;
                    }
                    Map<UUID, Historied> records = load(session, type.getJavaType(), ids);
                    for (UUID id : ids) {
                        Historied record = records.get(id);
                        if (record == null) {
                            gone.add(id);
                        } else {
                            fill(id, ChangeIndex.state(json, record));
                        }
                    }
                });
        byType.values().forEach(gone::addAll);
        // a row deleted since the migration (or of an unknown type): an empty state, never pending again
        gone.forEach(id -> fill(id, null));
        return pending.size();
    }

    /**
     * The records of one type by history id: by primary key where that is the UUID, else (a series, keyed by slug)
     * all of that type, which are few.
     */
    private Map<UUID, Historied> load(Session session, Class<?> type, List<UUID> ids) {
        boolean byUuid = em.getMetamodel().entity(type).getIdType().getJavaType() == UUID.class;
        List<?> records = byUuid ? session.byMultipleIds(type).multiLoad(ids)
                : em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultList();
        Map<UUID, Historied> byId = new java.util.HashMap<>();
        records.stream().filter(java.util.Objects::nonNull).map(Historied.class::cast)
                .forEach(record -> byId.put(record.historyId(), record));
        return byId;
    }

    private void fill(UUID id, ObjectNode state) {
        try {
            em.createNativeQuery("update change set state = cast(:state as jsonb), fields = cast(:fields as jsonb)"
                            + " where record_id = :id and fields is null")
                    .setParameter("state", state == null ? null : state.toString())
                    .setParameter("fields", json.writeValueAsString(FieldDiff.between(null, state)))
                    .setParameter("id", id)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
