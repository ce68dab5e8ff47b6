package io.summitry.service.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.hibernate.Session;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;

/**
 * Fills each new revision as Envers creates it, just before the transaction commits: the editor and note of the
 * request, and an id taken under a transaction-scoped advisory lock. Holding that lock from the id to the commit means
 * a writer that takes a later id commits later, so ids follow commit order and a reader that has seen revision N
 * never later finds a committed revision below N. The same transaction queues {@code NOTIFY summitry_changes}, which
 * PostgreSQL delivers at commit (and drops on rollback, with the revision).
 */
public class EditorRevisionListener implements EntityTrackingRevisionListener {

    /** The advisory lock key of revision ids ("SUMMITRY" in ASCII); the same in both services' databases. */
    static final long REVISION_LOCK = 0x53554d4d49545259L;

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        EditorDtoSource.Editor editor = EditorDtoSource.current();
        revision.editorId = editor.id();
        revision.editorName = editor.name();
        WriteContext context = writeContext();
        if (context != null) {
            revision.note = context.note();
            revision.restoring = context.restoring();
        }
        session().doWork(connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + REVISION_LOCK + ")");
            }
            try (PreparedStatement next = connection.prepareStatement(
                    "select r.id, clock_timestamp() from (select nextval('revision_id_seq') as id) r"
                            + " cross join lateral pg_notify('summitry_changes', r.id::text)");
                    ResultSet row = next.executeQuery()) {
                row.next();
                revision.id = row.getLong(1);
                revision.at = row.getTimestamp(2).toInstant();
            }
        });
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType type,
            Object revisionEntity) {
        ChangeIndex.record(session(), (Revision) revisionEntity, entityClass, entityId, type);
    }

    private static Session session() {
        return Arc.container().instance(Session.class).get();
    }

    private static WriteContext writeContext() {
        InjectableContext requests = Arc.container().getActiveContext(jakarta.enterprise.context.RequestScoped.class);
        return requests == null ? null : Arc.container().instance(WriteContext.class).get();
    }
}
