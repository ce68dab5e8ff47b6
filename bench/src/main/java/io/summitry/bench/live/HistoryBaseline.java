package io.summitry.bench.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.summitry.postgres.LocalPostgres;

/**
 * Gives rows loaded by COPY the CREATED change that the history migration gives every row that existed before the
 * revision log (meetings-service's {@code V5__history.sql}), so that history is read at its real size: one change per
 * meeting, participant, statement, mention and date report. The bench loads after the migration ran, so without this
 * the change table would hold only the bench's own edits.
 * <p>
 * The migration leaves state and fields empty for the service to render at its next start (BaselineStates); rendering
 * 650k records would take the bench minutes, so these rows carry an empty state instead: a record's first edit then
 * lists all its fields as changed, a larger change row than a real one, which can only slow the history read.
 */
public final class HistoryBaseline {

    private HistoryBaseline() {
    }

    /** Records the baseline in the meetings database; answers the number of change rows written. */
    public static long record(String meetingsJdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(meetingsJdbcUrl, LocalPostgres.USER, "");
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into revision (id, at, editor_id, note) values (nextval('revision_id_seq'), now(),"
                    + " 'system', 'Records loaded by the bench')");
            long rows = s.executeUpdate("insert into change (revision, typename, record_id, root_typename, root_id,"
                    + " kind, fields, state)"
                    + " select currval('revision_id_seq'), t.typename, t.id, 'Meeting', t.meeting_id, 'CREATED',"
                    + " '[]'::jsonb, '{}'::jsonb from ("
                    + " select 'Meeting' typename, id, id meeting_id from meeting"
                    + " union all select 'Participant', id, meeting_id from participant"
                    + " union all select 'Statement', id, meeting_id from statement"
                    + " union all select 'Mention', id, meeting_id from mention"
                    + " union all select 'DateReport', id, meeting_id from date_report) t");
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze change");
            s.execute("analyze revision");
            return rows;
        }
    }
}
