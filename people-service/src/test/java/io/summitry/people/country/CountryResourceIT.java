package io.summitry.people.country;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link CountryResourceTest} against the packaged application (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class CountryResourceIT extends CountryResourceTest {
}
