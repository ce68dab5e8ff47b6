package io.summitry.meetings;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link BadInputTest} against the packaged application (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
