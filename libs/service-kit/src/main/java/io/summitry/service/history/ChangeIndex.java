package io.summitry.service.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.hibernate.Session;
import org.hibernate.envers.RevisionType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.summitry.api.history.ChangeKind;
import io.summitry.api.history.FieldChangeDto;

/**
 * Writes the {@code change} table, the index that history reads: one row per record per revision, with the record's
 * root and the fields that changed, computed here, at write time, against the state the previous row kept. Reading a
 * history page is then one indexed range scan (root, revision) instead of rebuilding states from Envers' audit tables.
 */
final class ChangeIndex {

    private ChangeIndex() {
    }

    private record Previous(String typename, String rootTypename, UUID rootId, ObjectNode state) {
    }

    static void record(Session session, Revision revision, Class<?> entityClass, Object entityId, RevisionType type) {
        if (!Historied.class.isAssignableFrom(entityClass)) {
            return;
        }
        UUID id = Historied.keyOf(entityClass, entityId);
        if (!revision.recorded.add(entityClass.getName() + ":" + id)) {
            return; // a record whose row and collections both changed is reported once per work unit
        }
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        session.doWork(connection -> {
            Previous previous = type == RevisionType.ADD ? null : previous(connection, id, json);
            Historied record = type == RevisionType.DEL ? null : (Historied) session.get(entityClass, entityId);
            if (record == null && previous == null) {
                return;
            }
            ObjectNode state = record == null ? null : state(json, record);
            List<FieldChangeDto> fields = FieldDiff.between(previous == null ? null : previous.state(), state);
            // a record removed in this transaction may first be reported as modified (its collection emptied)
            ChangeKind kind = record == null ? ChangeKind.DELETED
                    : revision.restoring ? ChangeKind.RESTORED
                    : type == RevisionType.ADD ? ChangeKind.CREATED : ChangeKind.UPDATED;
            if (fields.isEmpty() && type == RevisionType.MOD) {
                return; // only the version moved
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into change"
                    + " (revision, typename, record_id, root_typename, root_id, kind, fields, state)"
                    + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
                insert.setLong(1, revision.id);
                insert.setString(2, record != null ? record.historyTypename() : previous.typename());
                insert.setObject(3, id);
                insert.setString(4, record != null ? record.historyRootTypename() : previous.rootTypename());
                insert.setObject(5, record != null ? record.historyRootId() : previous.rootId());
                insert.setString(6, kind.name());
                insert.setString(7, json.writeValueAsString(fields));
                insert.setString(8, state == null ? null : state.toString());
                insert.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The record's DTO as a JSON object without its id and version, which every change would otherwise list. */
    static ObjectNode state(ObjectMapper json, Historied record) {
        ObjectNode state;
        try {
            // parsed from text, as the stored state is, so numbers compare alike (3 is an int node either way)
            state = (ObjectNode) json.readTree(json.writeValueAsString(record.historyState()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        state.remove("id");
        state.remove("version");
        return state;
    }

    private static Previous previous(java.sql.Connection connection, UUID id, ObjectMapper json)
            throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement("select typename, root_typename, root_id,"
                + " cast(state as text) from change where record_id = ? order by revision desc limit 1")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String state = row.getString(4);
                return new Previous(row.getString(1), row.getString(2), row.getObject(3, UUID.class),
                        state == null ? null : (ObjectNode) json.readTree(state));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
