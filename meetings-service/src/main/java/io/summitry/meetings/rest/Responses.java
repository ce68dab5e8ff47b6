package io.summitry.meetings.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Single-item answers: every one carries the item's version as its {@code ETag}. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(IfMatch.etag(version)).build();
    }

    public static Response created(String path, Object body, long version) {
        return Response.created(URI.create(path)).entity(body).tag(IfMatch.etag(version)).build();
    }

    public static Response created(String path, Object body) {
        return Response.created(URI.create(path)).entity(body).build();
    }
}
