package io.summitry.meetings.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.Problem;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/**
 * People and organizations that are being deleted, or were, and the refusal of new references to them. This is what
 * makes the gateway's "no reference left, then delete" free of races with concurrent writes: it lays a tombstone
 * here, then lists the references, then deletes in people-service.
 * <p>
 * A write that refers to a record holds a shared advisory lock on its id until it commits, and checks for a
 * tombstone once it holds it; laying a tombstone takes the same lock exclusively. So a write either commits before
 * the tombstone is laid, and the gateway's listing that follows sees its reference, or it checks after, sees the
 * tombstone and is refused. The check lives in this database because the references do: a call to people-service
 * from the write could not be made atomic with the write's commit.
 */
@ApplicationScoped
public class Tombstones {

    private final Sql sql;
    private final EntityManager em;

    public Tombstones(Sql sql, EntityManager em) {
        this.sql = sql;
        this.em = em;
    }

    /** From now on, until lifted, writes that would refer to this record are refused. Laying it twice is harmless. */
    @Transactional
    public void lay(Referent referent, UUID id) {
        sql.query("select pg_advisory_xact_lock(?, ?)", List.of(referent.lockSpace, id.hashCode()), row -> 0);
        em.createNativeQuery("insert into tombstone (typename, id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, referent.typename).setParameter(2, id).executeUpdate();
    }

    /** Undoes {@link #lay}: the deletion did not happen. Lifting a tombstone that is not there is harmless. */
    @Transactional
    public void lift(Referent referent, UUID id) {
        em.createNativeQuery("delete from tombstone where typename = ?1 and id = ?2")
                .setParameter(1, referent.typename).setParameter(2, id).executeUpdate();
    }

    /**
     * Refuses (409 naming the field) a write that refers to a record under a tombstone. Called inside the write's
     * transaction: the locks it takes are held until that transaction ends.
     */
    public void requireReferable(String field, Referent referent, Collection<UUID> ids) {
        List<UUID> referred = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (referred.isEmpty()) {
            return;
        }
        sql.query("select pg_advisory_xact_lock_shared(?, k) from unnest(?) k",
                List.of(referent.lockSpace, new Sql.ArrayParam("int4",
                        referred.stream().map(UUID::hashCode).toArray())), row -> 0);
        List<UUID> buried = sql.query("select id from tombstone where typename = ? and id = any(?)",
                List.of(referent.typename, Rows.uuidArray(referred)), row -> Rows.uuid(row, "id"));
        if (!buried.isEmpty()) {
            String message = referent.typename.toLowerCase(Locale.ROOT) + " " + buried.get(0)
                    + " is being deleted or was deleted: it cannot be referred to";
            throw new ProblemException(ProblemType.CONFLICT, field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
    }

    public void requireReferable(String field, Referent referent, UUID id) {
        if (id != null) {
            requireReferable(field, referent, List.of(id));
        }
    }
}
