package io.summitry.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs {@link QueryTest} against the packaged gateway (the jar, its container image, or the native executable). */
@QuarkusIntegrationTest
class QueryIT extends QueryTest {
}
