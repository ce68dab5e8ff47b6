package io.summitry.people.person;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link PersonResourceTest} against the packaged application (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class PersonResourceIT extends PersonResourceTest {
}
