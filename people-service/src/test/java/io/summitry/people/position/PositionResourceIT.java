package io.summitry.people.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link PositionResourceTest} against the packaged application (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class PositionResourceIT extends PositionResourceTest {
}
