package io.summitry.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an update's time goes at meetings-service with the revision log: a wall-clock profile (async-profiler,
 * {@code event=wall}, so time spent waiting on PostgreSQL counts) taken while the bench edits one at a time, reduced
 * to the share of the update request's samples that fall in each part of the write.
 */
final class WriteProfile {

    /** The request's own frame, and the parts of the write named by a frame each sample passes through. */
    static final String REQUEST = "io/summitry/meetings/meeting/MeetingResource.update";
    static final Map<String, String> PARTS = parts();

    private WriteProfile() {
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("the revision log in all (Envers' audit process at commit, with the two below)",
                "org/hibernate/envers/internal/synchronization/AuditProcess");
        parts.put("- revision id: advisory lock, nextval, pg_notify (EditorRevisionListener.newRevision)",
                "EditorRevisionListener.newRevision");
        parts.put("- change index: previous state, DTO as JSON, diff, insert (ChangeIndex.record)",
                "io/summitry/service/history/ChangeIndex.record");
        parts.put("PostgreSQL commit (PgConnection.commit)", "org/postgresql/jdbc/PgConnection.commit");
        parts.put("the update's own statements before commit (MeetingService.update)",
                "io/summitry/meetings/meeting/MeetingService.update");
        return parts;
    }

    /** Markdown rows: each part's share of the samples under the request frame. */
    static List<String> shares(Path collapsed) throws IOException {
        long total = 0;
        Map<String, Long> counts = new LinkedHashMap<>();
        PARTS.keySet().forEach(k -> counts.put(k, 0L));
        for (String line : Files.readAllLines(collapsed)) {
            int space = line.lastIndexOf(' ');
            if (space < 0 || !line.contains(REQUEST)) {
                continue;
            }
            long samples = Long.parseLong(line.substring(space + 1));
            total += samples;
            for (var part : PARTS.entrySet()) {
                if (line.contains(part.getValue())) {
                    counts.merge(part.getKey(), samples, Long::sum);
                }
            }
        }
        long all = total;
        return counts.entrySet().stream().map(e -> "| %s | %.0f%% |".formatted(e.getKey(),
                all == 0 ? 0 : 100.0 * e.getValue() / all)).toList();
    }
}
