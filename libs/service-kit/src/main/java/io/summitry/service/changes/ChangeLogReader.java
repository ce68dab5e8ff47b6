package io.summitry.service.changes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.summitry.api.history.ChangeDto;
import io.summitry.service.history.ChangeLog;

/**
 * The service's {@link ChangeLog} as the change stream's own threads read it: with a request context of their own,
 * which a log reading through Hibernate needs, and none being active on those threads. An application without a
 * revision log has no change stream ({@link #available()}), rather than failing to start.
 */
@ApplicationScoped
public class ChangeLogReader {

    private final Instance<ChangeLog> log;

    ChangeLogReader(Instance<ChangeLog> log) {
        this.log = log;
    }

    public boolean available() {
        return log.isResolvable();
    }

    /** The changes of at most {@code limit} revisions after {@code revision}, by revision then record. */
    public List<ChangeDto> after(long revision, int limit) {
        return inRequestContext(() -> log.get().after(revision, limit));
    }

    /** The newest committed revision, 0 when none. */
    public long latestRevision() {
        return inRequestContext(() -> log.get().latestRevision());
    }

    private static <T> T inRequestContext(java.util.function.Supplier<T> read) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            return read.get();
        }
        requests.activate();
        try {
            return read.get();
        } finally {
            requests.terminate();
        }
    }
}
