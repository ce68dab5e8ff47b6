package io.summitry.meetings;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link MeetingListTest} against the packaged application (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class MeetingListIT extends MeetingListTest {
}
