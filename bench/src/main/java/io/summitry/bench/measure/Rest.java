package io.summitry.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain REST call to a service, as the gateway would make it, timed on its own. */
public record Rest(String method, URI uri, String body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static Rest get(URI base, String pathAndQuery) {
        return new Rest("GET", base.resolve(pathAndQuery), null);
    }

    public static Rest post(URI base, String path, String json) {
        return new Rest("POST", base.resolve(path), json);
    }

    /** Sends the call and answers its body; a status other than 200 is an error. */
    public String send() throws IOException, InterruptedException {
        return exchange().body();
    }

    /** Sends the call and answers its duration in nanoseconds; a status other than 200 is an error. */
    public long timed() throws IOException, InterruptedException {
        long start = System.nanoTime();
        exchange();
        return System.nanoTime() - start;
    }

    private HttpResponse<String> exchange() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }
}
