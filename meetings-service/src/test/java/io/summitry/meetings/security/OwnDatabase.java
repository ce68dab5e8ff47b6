package io.summitry.meetings.security;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Starts the service on a database of its own, so a test may take that database away from it. */
public class OwnDatabase implements QuarkusTestProfile {
}
