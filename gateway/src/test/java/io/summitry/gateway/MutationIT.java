package io.summitry.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link MutationTest} against the packaged gateway (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class MutationIT extends MutationTest {
}
