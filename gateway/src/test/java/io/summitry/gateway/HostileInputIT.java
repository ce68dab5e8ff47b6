package io.summitry.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link HostileInputTest} against the packaged gateway (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
