package io.summitry.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian package) for a bounded time at fixed concurrency, POSTing one JSON body; parses its report. An
 * answer carrying GraphQL {@code errors} counts as an error like a non-2xx one: a gateway that fails fast (a timeout, an
 * open circuit breaker) answers 200 with errors, and those answers must not pass for throughput.
 */
public final class Wrk {

    /**
     * What one wrk run measured: throughput, latency percentiles in ms, answers that were not 2xx or had errors, and
     * the CPU seconds the gateway under load spent meanwhile (NaN until {@link #withGatewayCpu} sets it).
     */
    public record Result(double requestsPerSecond, double p50, double p99, long errors, long requests, String raw,
            double gatewayCpuSeconds) {

        /** Answers per second that were 2xx and carried no GraphQL error: what a front end can use. */
        public double answeredPerSecond() {
            return requests == 0 ? 0 : requestsPerSecond * Math.max(0, requests - errors) / requests;
        }

        public Result withGatewayCpu(double seconds) {
            return new Result(requestsPerSecond, p50, p99, errors, requests, raw, seconds);
        }

        /** The gateway's CPU milliseconds per answer (2xx without errors): its own cost, whoever is the bottleneck. */
        public double gatewayCpuMillisPerAnswer() {
            long answers = requests - errors;
            return answers <= 0 ? Double.NaN : gatewayCpuSeconds * 1000 / answers;
        }

        /** The share of one core the gateway used during the run: near 1, the gateway is the bottleneck. */
        public double gatewayCoreShare() {
            return requests == 0 ? Double.NaN : gatewayCpuSeconds / (requests / requestsPerSecond);
        }
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern GRAPHQL_ERRORS = Pattern.compile("GraphQL errors: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /**
     * @param cpu the core wrk is pinned to (taskset), or -1 to leave it where the caller runs
     */
    public static Result run(URI url, String jsonBody, int connections, int seconds, int cpu, Path workDir)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile(workDir, "post", ".lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.body = [==[%s]==]
                local threads = {}
                function setup(thread) table.insert(threads, thread) end
                function init(args) graphqlErrors = 0 end
                function response(status, headers, body)
                  if body and string.find(body, '"errors"', 1, true) then graphqlErrors = graphqlErrors + 1 end
                end
                function done(summary, latency, requests)
                  local n = 0
                  for _, t in ipairs(threads) do n = n + t:get("graphqlErrors") end
                  io.write(string.format("GraphQL errors: %%d\\n", n))
                end
                """.formatted(jsonBody), StandardCharsets.UTF_8);
        List<String> command = new java.util.ArrayList<>();
        if (cpu >= 0) {
            command.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
        }
        command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "--latency", "-s", script.toString(), url.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Files.deleteIfExists(script);
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher graphql = GRAPHQL_ERRORS.matcher(out);
        if (graphql.find()) {
            errors += Long.parseLong(graphql.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(number(RPS, out), percentile(out, "50%"), percentile(out, "99%"), errors,
                (long) number(REQUESTS, out), out, Double.NaN);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected wrk output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The "Latency Distribution" line, e.g. {@code 99%   12.34ms}, in milliseconds. */
    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No " + label + " in wrk output: " + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
