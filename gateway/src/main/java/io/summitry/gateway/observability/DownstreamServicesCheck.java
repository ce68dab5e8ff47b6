package io.summitry.gateway.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Shows whether each service answers its own readiness probe, and stays UP either way: an outage of one service must
 * not take every gateway replica out of its Kubernetes Service, since the gateway still answers the fields it can
 * and reports the others as UPSTREAM_UNAVAILABLE.
 */
@Readiness
@ApplicationScoped
public class DownstreamServicesCheck implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String peopleUrl;
    private final String meetingsUrl;

    DownstreamServicesCheck(@ConfigProperty(name = "quarkus.rest-client.people.url") String peopleUrl,
            @ConfigProperty(name = "quarkus.rest-client.meetings.url") String meetingsUrl) {
        this.peopleUrl = peopleUrl;
        this.meetingsUrl = meetingsUrl;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        CompletableFuture<String> people = probe(peopleUrl);
        CompletableFuture<String> meetings = probe(meetingsUrl);
        return Uni.createFrom().completionStage(CompletableFuture.allOf(people, meetings))
                .map(done -> HealthCheckResponse.named("downstream services").up()
                        .withData("people-service", people.join())
                        .withData("meetings-service", meetings.join()).build());
    }

    private CompletableFuture<String> probe(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + "/q/health/ready"))
                .timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200 ? "UP" : "DOWN")
                .exceptionally(failure -> "DOWN");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
