package io.summitry.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes, anywhere in an exception's cause chain, the database failures a client caused: a constraint
 * violation (SQLState class 23), a value the database cannot take (class 22) or a lost optimistic-locking race; and
 * the database being out of reach (503). Everything else stays a 500.
 */
final class DatabaseProblems {

    private static final Pattern VALUE = Pattern.compile("Key \\([^)]*\\)=\\((.*)\\) (already exists|is not present)");
    private static final Pattern KEY = Pattern.compile("Key \\(([a-z_]+)(?:, [a-z_]+)*\\)=");

    private DatabaseProblems() {
    }

    /** The problem this failure amounts to, if it is one a client caused. */
    static Optional<ProblemException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return Optional.of(new ProblemException(ProblemType.STALE_VERSION,
                        "Someone else changed this record meanwhile: reload it and apply the change again"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(constraint(sql));
            }
            // Class 22, data exceptions: a value the column cannot hold (a NUL character, a number out of range).
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(new ProblemException(ProblemType.INVALID_INPUT,
                        "A value cannot be stored or searched for: " + describe(sql.getMessage())));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the failure is the database being out of reach (refused or lost connections, a server shutting down,
     * an exhausted pool) rather than anything the request did: worth a 503 the client may retry.
     */
    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // No connection could be had at all, whatever the driver said about it (a connection attempt cut short
            // by the pool's acquisition timeout reports "Interrupted while attempting to connect", state XX000).
            if (t.getMessage() != null && (t.getMessage().startsWith("Unable to acquire JDBC Connection")
                    || t.getMessage().startsWith("Interrupted while attempting to connect"))) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                // 08: connection exceptions; 57P01-03: shutdown, crash, not yet started; 53300: too many connections;
                // 55000 at connect: the database does not accept connections now (ALTER DATABASE … ALLOW_CONNECTIONS);
                // 57014: the statement ran past statement_timeout (an overloaded database, worth retrying later).
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                        || state.equals("57014")
                        || state.equals("55000") && message.contains("not currently accepting connections")
                        || message.startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ProblemException constraint(SQLException e) {
        String detail = describe(e.getMessage());
        String field = fieldOf(detail);
        List<Problem.FieldError> errors = field == null ? List.of()
                : List.of(new Problem.FieldError(field, fieldMessage(detail)));
        return switch (e.getSQLState()) {
            case "23505" -> new ProblemException(ProblemType.CONFLICT, detail, errors);
            // 23503 on delete: rows still refer to this one; on insert or update: the referenced row is absent.
            case "23503" -> detail.contains("still referenced")
                    ? new ProblemException(ProblemType.CONFLICT, detail, List.of())
                    : new ProblemException(ProblemType.INVALID_INPUT, detail, errors);
            default -> new ProblemException(ProblemType.INVALID_INPUT, detail, errors);
        };
    }

    /** What the detail line says about the value ({@code 'Q5' is already used}), or the whole detail. */
    private static String fieldMessage(String detail) {
        Matcher value = VALUE.matcher(detail);
        if (!value.find()) {
            return detail;
        }
        return value.group(2).equals("already exists") ? "'" + value.group(1) + "' is already used"
                : "'" + value.group(1) + "' does not exist";
    }

    /** The server's message without its severity prefix, its lines joined; no SQL, no stack trace. */
    private static String describe(String message) {
        if (message == null) {
            return "A database constraint was violated";
        }
        String text = message.replaceFirst("^ERROR: ", "").strip();
        return String.join("; ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** The camelCase name of the column a PostgreSQL detail line names ({@code Key (wikidata_id)=…}). */
    private static String fieldOf(String detail) {
        Matcher key = KEY.matcher(detail);
        if (!key.find()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : key.group(1).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return field.toString();
    }
}
