package io.summitry.meetings.sql;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/**
 * Flushes pending writes and turns what the database refuses (a duplicate, a cycle, a row still referenced, a
 * concurrent update) into the problem the client should see. Services check the usual cases first to name the
 * field; this is the last line, for races and for rules only the database knows.
 */
public final class Constraints {

    private static final Map<String, ProblemException> KNOWN = Map.of(
            "series_pkey", new ProblemException(ProblemType.CONFLICT, "A series with this slug already exists"),
            "meeting_series_ordinal", new ProblemException(ProblemType.CONFLICT,
                    "Another meeting of this series has this ordinal"),
            "participant_once_per_meeting", new ProblemException(ProblemType.CONFLICT,
                    "This person already takes part in this meeting"),
            "meeting_no_cycle", ProblemException.invalidField("partOfId",
                    "would make the meeting part of or preparatory to itself"),
            "meeting_part_of_id_fkey", new ProblemException(ProblemType.CONFLICT,
                    "Other meetings are part of this meeting or refer to a meeting that does not exist"),
            "meeting_prepares_for_id_fkey", new ProblemException(ProblemType.CONFLICT,
                    "Other meetings prepare for this meeting or refer to a meeting that does not exist"),
            "meeting_series_slug_fkey", ProblemException.invalidField("seriesSlug", "no series has this slug"));

    private Constraints() {
    }

    /** Flushes the persistence context, translating refused writes into problems. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Someone else changed this item meanwhile: reload it and apply the change again");
        } catch (PersistenceException e) {
            throw translate(e).orElseThrow(() -> e);
        }
    }

    private static Optional<ProblemException> translate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                String constraint = psql.getServerErrorMessage().getConstraint();
                if (constraint != null && KNOWN.containsKey(constraint)) {
                    return Optional.of(KNOWN.get(constraint));
                }
                return Optional.ofNullable(generic(psql));
            }
        }
        return Optional.empty();
    }

    private static ProblemException generic(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> new ProblemException(ProblemType.CONFLICT, "This item already exists");
            case "23503" -> new ProblemException(ProblemType.CONFLICT,
                    "This item refers to, or is referred to by, another item");
            case "23514", "23502", "22001", "22007", "22008" -> new ProblemException(ProblemType.INVALID_INPUT,
                    "The database refused the values: " + e.getMessage().lines().findFirst().orElse(""));
            default -> null;
        };
    }
}
