package io.summitry.service.history;

import io.summitry.api.history.ChangeDto;

import java.util.List;

/**
 * A service's revision log as the change stream reads it. Each service provides one {@code @ApplicationScoped}
 * implementation over its own database, so any replica can stream the changes committed by any replica.
 */
public interface ChangeLog {

    /**
     * The changes of the revisions after {@code revision}, ordered by revision then record, holding at most
     * {@code limit} revisions' worth (every change of a revision included, never half a revision).
     */
    List<ChangeDto> after(long revision, int limit);

    /** The newest committed revision id, 0 when the log is empty. */
    long latestRevision();
}
