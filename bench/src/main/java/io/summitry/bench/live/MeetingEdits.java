package io.summitry.bench.live;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.bench.check.Db;
import io.summitry.bench.query.GlobalIds;
import io.summitry.bench.query.GraphQlClient;

/**
 * Edits meetings as an editor's front end does: {@code updateMeeting} with the version it last saw, a new title each
 * time. Each meeting remembers its version, so a caller that gives every thread its own meetings never conflicts.
 */
public final class MeetingEdits {

    static final String UPDATE = """
            mutation($id: ID!, $v: Int!, $input: MeetingInput!) {
              updateMeeting(id: $id, expectedVersion: $v, input: $input, note: "bench edit") { id version title }
            }""";

    /** One meeting's id and the fields the mutation's input requires, with the version last seen. */
    public static final class Meeting {
        public final String uuid;
        public final String id;
        final String kind;
        final String status;
        final String edtf;
        final AtomicLong version;
        /** The title of the last edit that succeeded. */
        public volatile String title;

        Meeting(Map<String, Object> row) {
            this.uuid = row.get("id").toString();
            this.id = GlobalIds.of("Meeting", uuid);
            this.kind = row.get("kind").toString();
            this.status = row.get("status").toString();
            this.edtf = row.get("date_edtf").toString();
            this.version = new AtomicLong(((Number) row.get("version")).longValue());
        }
    }

    private static final AtomicLong EDITS = new AtomicLong();

    private MeetingEdits() {
    }

    /** {@code count} meetings after skipping {@code skip}, in id order (the same ones in every run of a seed). */
    public static List<Meeting> meetings(Connection meetings, int skip, int count) throws Exception {
        List<Meeting> list = new ArrayList<>();
        for (Map<String, Object> row : Db.rows(meetings, "select id, version, kind, status, date_edtf from meeting"
                + " order by id offset ? limit ?", skip, count)) {
            list.add(new Meeting(row));
        }
        return list;
    }

    /**
     * Reads the meeting's version again, after an edit that failed: a mutation the gateway gave up on may still have
     * committed at the service. Read through a gateway without its response cache, or from its service.
     */
    public static void refresh(GraphQlClient gateway, Meeting meeting) {
        String body = GraphQlClient.body("query($id: ID!) { meeting(id: $id) { version title } }",
                Map.of("id", meeting.id));
        JsonNode answer;
        for (int attempt = 1;; attempt++) {
            try {
                answer = gateway.send(body, "meeting version");
                break;
            } catch (IllegalStateException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        meeting.version.set(answer.at("/data/meeting/version").asLong());
        meeting.title = answer.at("/data/meeting/title").asText();
    }

    /**
     * Edits until {@code streak} edits in a row succeed (a cold JVM on a busy machine may first miss the gateway's
     * deadline), at most {@code attempts} edits; answers the failures seen.
     */
    public static int warm(GraphQlClient gateway, Meeting meeting, int streak, int attempts) {
        int failures = 0;
        int inRow = 0;
        for (int i = 0; i < attempts && inRow < streak; i++) {
            try {
                edit(gateway, meeting);
                inRow++;
            } catch (IllegalStateException e) {
                failures++;
                inRow = 0;
                refresh(gateway, meeting);
            }
        }
        if (inRow < streak) {
            throw new IllegalStateException("No " + streak + " successful edits in a row after " + attempts);
        }
        return failures;
    }

    /**
     * An edit that is tried again (after reading the version anew) when the gateway gave up on it, at most
     * {@code attempts} times: for the edits that only prepare data, not for timed ones.
     */
    public static void editRetrying(GraphQlClient gateway, Meeting meeting, int attempts) {
        for (int i = 1;; i++) {
            try {
                edit(gateway, meeting);
                return;
            } catch (IllegalStateException e) {
                if (i == attempts) {
                    throw e;
                }
                refresh(gateway, meeting);
            }
        }
    }

    /** Gives the meeting a new title through a gateway; answers the mutation's time in nanoseconds. */
    public static long edit(GraphQlClient editor, Meeting meeting) {
        String title = "Bench edit " + EDITS.incrementAndGet();
        String body = GraphQlClient.body(UPDATE, Map.of("id", meeting.id, "v", meeting.version.get(), "input",
                Map.of("title", title, "kind", meeting.kind, "status", meeting.status, "date",
                        Map.of("edtf", meeting.edtf))));
        long start = System.nanoTime();
        JsonNode answer = editor.send(body, "updateMeeting");
        long nanos = System.nanoTime() - start;
        JsonNode updated = answer.at("/data/updateMeeting");
        if (!title.equals(updated.path("title").asText())) {
            throw new IllegalStateException("updateMeeting answered " + answer);
        }
        meeting.version.set(updated.path("version").asLong());
        meeting.title = title;
        return nanos;
    }
}
