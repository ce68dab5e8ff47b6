package io.summitry.people.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.ChangeKind;
import io.summitry.api.history.EditorDto;
import io.summitry.service.history.ChangeLog;

/**
 * A revision log the test writes itself (table {@code test_change}: one row per change, several per revision), so the
 * change stream is tested on revisions the test controls: notified or not, in any order of commits. Enabled by
 * {@link TestRevisionLog} only.
 */
@Alternative
@ApplicationScoped
public class TestChangeLog implements ChangeLog {

    @Inject
    AgroalDataSource dataSource;

    @PostConstruct
    void createTable() {
        execute("create table if not exists test_change (revision bigint not null, seq int not null,"
                + " record_id text not null, primary key (revision, seq))");
    }

    @Override
    public List<ChangeDto> after(long revision, int limit) {
        String sql = """
                select revision, seq, record_id from test_change
                where revision in (select distinct revision from test_change where revision > ? order by revision limit ?)
                order by revision, seq""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, revision);
            s.setInt(2, limit);
            List<ChangeDto> changes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new ChangeDto(rs.getLong(1), java.time.Instant.EPOCH, new EditorDto("test", null),
                            ChangeKind.CREATED, "Person", rs.getString(3), "Person", rs.getString(3), List.of(), null));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long latestRevision() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(revision), 0) from test_change")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
