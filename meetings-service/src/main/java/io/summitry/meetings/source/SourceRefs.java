package io.summitry.meetings.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;

/** Checks that the sources a write refers to exist, so a wrong id is a 400 naming the field, not a 409 later. */
@ApplicationScoped
public class SourceRefs {

    private final Sql sql;

    public SourceRefs(Sql sql) {
        this.sql = sql;
    }

    public void requireExisting(String field, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<UUID> found = new HashSet<>(sql.query("select id from source where id = any(?)",
                List.of(Rows.uuidArray(List.copyOf(ids))), row -> Rows.uuid(row, "id")));
        ids.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
            throw ProblemException.invalidField(field, "source " + id + " does not exist");
        });
    }

    public void requireExisting(String field, UUID id) {
        if (id != null) {
            requireExisting(field, List.of(id));
        }
    }
}
