package io.summitry.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link PartialResultTest} against the packaged gateway (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class PartialResultIT extends PartialResultTest {
}
