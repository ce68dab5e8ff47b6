package io.summitry.gateway.live.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.vertx.core.Vertx;

/** The follower against a stream it does not control: cuts, stalls, restarts, repeated events. */
class ChangeStreamFollowerTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<Long> applied = new CopyOnWriteArrayList<>();
    private final List<Revision> revisions = new CopyOnWriteArrayList<>();
    private StubChangeStream service;
    private ChangeStreamFollower follower;

    @BeforeEach
    void startService() throws Exception {
        service = new StubChangeStream(vertx).start();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (follower != null) {
            follower.stop();
        }
        service.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    @Test
    void shouldApplyEachRevisionOnceInOrderAcrossCutsAndRepeats() {
        service.commit(1);
        service.commit(2);
        follow(Duration.ofSeconds(30));
        eventually(() -> service.connections() == 1);
        service.commit(3);
        service.commit(4);
        eventually(() -> applied.equals(List.of(3L, 4L)));

        service.repeatLastOnResume(true);
        service.cut();
        service.commit(5); // committed while the follower is away
        eventually(() -> applied.equals(List.of(3L, 4L, 5L)));
        service.commit(6);
        eventually(() -> applied.equals(List.of(3L, 4L, 5L, 6L)));

        // resumed after the baseline (2, the latest when it started), then after the last revision applied
        assertThat(service.resumedFrom).containsExactly("2", "4");
        assertThat(revisions.get(0).changes().get(0).rootId()).isEqualTo("11111111-1111-1111-1111-111111111111");
        assertThat(revisions.get(0).changes().get(0).editor().name()).isEqualTo("Ann");
        assertThat(follower.lagRevisions()).isZero();
    }

    @Test
    void shouldReconnectAStalledStreamAndBeBehindMeanwhile() {
        follow(Duration.ofMillis(400));
        eventually(() -> follower.connected() && !follower.isBehindMoreThan(0));
        service.commit(1);
        eventually(() -> applied.equals(List.of(1L)));

        service.stall(true);
        service.commit(2); // held back by the stalled stream; the probe sees it
        eventually(() -> follower.lagRevisions() == 1);
        eventually(() -> follower.isBehindMoreThan(Duration.ofMillis(100).toNanos()));
        assertThat(applied).containsExactly(1L);
        eventually(() -> service.resumedFrom.size() >= 2); // the silent stream was given up and opened again

        service.stall(false); // the new connection gets what the stalled one held back
        eventually(() -> applied.equals(List.of(1L, 2L)));
        eventually(() -> !follower.isBehindMoreThan(0));
        assertThat(service.resumedFrom).first().isEqualTo("0");
        assertThat(service.resumedFrom.subList(1, service.resumedFrom.size())).containsOnly("1");
        assertThat(follower.lagSeconds()).isZero();
    }

    @Test
    void shouldBeBehindWhileTheLatestRevisionIsUnknown() {
        follow(Duration.ofSeconds(30));
        eventually(() -> follower.connected() && !follower.isBehindMoreThan(0));

        // a quiet stream whose service no longer answers might be missing anything committed since the last answer
        service.holdProbes(true);
        long held = System.nanoTime();
        eventually(() -> follower.isBehindMoreThan(Duration.ofMillis(100).toNanos()));
        long seen = System.nanoTime();
        assertThat(follower.connected()).isTrue();
        System.out.printf("unanswered probes: behind by 100 ms, seen %d ms after the probes were held%n",
                Duration.ofNanos(seen - held).toMillis());

        service.holdProbes(false);
        eventually(() -> !follower.isBehindMoreThan(0));
        assertThat(follower.lagSeconds()).isZero();
    }

    @Test
    void shouldResumeAfterTheServiceRestarts() throws Exception {
        follow(Duration.ofSeconds(30));
        eventually(() -> service.connections() == 1);
        service.commit(1);
        eventually(() -> applied.equals(List.of(1L)));

        service.stop();
        eventually(() -> !follower.connected());
        assertThat(follower.isBehindMoreThan(Long.MAX_VALUE)).as("a cut stream is behind at once").isTrue();
        service.commit(2);
        Thread.sleep(300); // a few refused attempts, backing off
        service.start();
        service.commit(3);
        eventually(() -> applied.equals(List.of(1L, 2L, 3L)));
        assertThat(service.resumedFrom).endsWith("1");
        assertThat(follower.reconnections()).isGreaterThanOrEqualTo(1);
    }

    private void follow(Duration stallTimeout) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        follower = new ChangeStreamFollower("meetings-service", URI.create(service.url()), config(stallTimeout), vertx,
                json, System::nanoTime, revision -> {
                    applied.add(revision.revision());
                    revisions.add(revision);
                });
        follower.start();
    }

    private static void eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ChangeStreamConfig config(Duration stallTimeout) {
        return new ChangeStreamConfig() {
            public boolean enabled() {
                return true;
            }

            public Optional<String> peopleUrl() {
                return Optional.empty();
            }

            public Optional<String> meetingsUrl() {
                return Optional.empty();
            }

            public Duration initialBackoff() {
                return Duration.ofMillis(20);
            }

            public Duration maxBackoff() {
                return Duration.ofMillis(200);
            }

            public Duration stallTimeout() {
                return stallTimeout;
            }

            public Duration probeInterval() {
                return Duration.ofMillis(50);
            }

            public Duration stalenessBound() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
