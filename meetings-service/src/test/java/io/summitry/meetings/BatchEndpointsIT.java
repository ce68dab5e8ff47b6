package io.summitry.meetings;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link BatchEndpointsTest} against the packaged application (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class BatchEndpointsIT extends BatchEndpointsTest {
}
