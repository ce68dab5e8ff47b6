package io.summitry.gateway.live.stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.health.api.Wellness;

/**
 * Whether this replica follows both services' change streams ({@code /q/health/group/change-streams}, and in
 * {@code /q/health}). A wellness check, never readiness: a lagging or cut stream only stops the gateway serving cached
 * answers of that service; it still answers from the services, so it must stay in its Kubernetes Service.
 */
@Wellness
@HealthGroup("change-streams")
@ApplicationScoped
public class ChangeStreamsCheck implements HealthCheck {

    private final ChangeStreams streams;

    ChangeStreamsCheck(ChangeStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change streams");
        boolean following = !streams.followers().isEmpty();
        for (ChangeStreamFollower follower : streams.followers().values()) {
            boolean fresh = streams.isFresh(follower.service());
            following &= fresh;
            response.withData(follower.service(), (fresh ? "following" : follower.connected() ? "behind" : "cut")
                    + ", revision " + follower.applied() + ", lag " + follower.lagRevisions() + " revisions / "
                    + String.format(java.util.Locale.ROOT, "%.3f", follower.lagSeconds()) + " s"
                    + (follower.connected() || follower.lastFailure() == null ? "" : ", " + follower.lastFailure()));
        }
        return response.status(following).build();
    }
}
