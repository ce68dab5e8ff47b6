package io.summitry.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server frozen with SIGSTOP, the way a stuck disk or a network partition looks to its clients: the
 * kernel still accepts TCP connections, but nothing ever answers. {@link #close()} sends SIGCONT to the same processes.
 * <p>
 * The server is found from a connection to it: the backend serving that connection is a child of the postmaster, and
 * the postmaster's descendants are every backend and auxiliary process of the cluster, and nothing else's.
 */
public final class StoppedPostgres implements AutoCloseable {

    private final List<ProcessHandle> processes;

    private StoppedPostgres(List<ProcessHandle> processes) {
        this.processes = processes;
    }

    /**
     * Stops every process of the server the connection is connected to. The connection is closed.
     *
     * @param connection any connection to the server, on the same machine
     * @return the stopped processes; close it to let them run again
     */
    public static StoppedPostgres stop(Connection connection) throws SQLException, IOException, InterruptedException {
        ProcessHandle postmaster;
        // The backend is looked up while the connection holds it open: once closed, it exits.
        try (connection; Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            long backend = rs.getLong(1);
            postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("No postmaster above backend " + backend));
        }
        // The postmaster first, so that it forks no new backend; only then are its children listed, or a backend
        // forked between listing and stopping would keep serving. Listed again until none is left running.
        List<ProcessHandle> all = new ArrayList<>(List.of(postmaster));
        signal("STOP", all);
        while (true) {
            List<ProcessHandle> running;
            try (Stream<ProcessHandle> children = postmaster.descendants()) {
                running = children.filter(child -> !all.contains(child)).toList();
            }
            if (running.isEmpty()) {
                break;
            }
            signal("STOP", running);
            all.addAll(running);
        }
        return new StoppedPostgres(List.copyOf(all));
    }

    /** How many processes were stopped (the postmaster, its backends and auxiliary processes). */
    public int count() {
        return processes.size();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        signal("CONT", processes);
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes());
        // A backend that exited between listing and signalling is not an error worth failing on; anything else is.
        if (kill.waitFor() != 0 && !output.contains("No such process")) {
            throw new IOException("kill -" + signal + " failed: " + output);
        }
    }
}
