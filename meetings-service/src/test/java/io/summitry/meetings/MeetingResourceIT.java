package io.summitry.meetings;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link MeetingResourceTest} against the packaged application (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class MeetingResourceIT extends MeetingResourceTest {
}
