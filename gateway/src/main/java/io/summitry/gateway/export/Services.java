package io.summitry.gateway.export;

import java.time.Duration;

import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;

/**
 * The two services as an export reads them, on its worker thread: each call is bounded by the request deadline (and
 * its one retry) in the clients already; {@code timeout} only keeps the thread from hanging past that.
 */
record Services(MeetingsClient meetings, PeopleClient people, Duration timeout) {
}
