package io.summitry.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Counts the requests the services served, from their own Prometheus metrics
 * ({@code http_server_requests_seconds_count} on {@code /q/metrics}, management paths excluded): the same yardstick
 * for Summitry's gateway and for the peer.
 */
public final class ServiceRequests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<URI> services;

    public ServiceRequests(List<URI> services) {
        this.services = services;
    }

    /** Requests served so far by all the services together. */
    public long total() throws IOException, InterruptedException {
        long total = 0;
        for (URI service : services) {
            String metrics = HTTP.send(HttpRequest.newBuilder(service.resolve("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : metrics.split("\n")) {
                if (line.startsWith("http_server_requests_seconds_count{") && !line.contains("uri=\"/q/")) {
                    // the value follows the labels; an OpenMetrics exemplar (" # {span_id=…} …") may follow it
                    String value = line.substring(line.indexOf("} ") + 2).split(" ")[0];
                    total += (long) Double.parseDouble(value);
                }
            }
        }
        return total;
    }

    /** The requests the services served while {@code action} ran (nothing else may call them meanwhile). */
    public long during(Runnable action) throws IOException, InterruptedException {
        long before = total();
        action.run();
        // the services record a request when its response is written, which may trail the gateway's answer
        Thread.sleep(100);
        return total() - before;
    }
}
