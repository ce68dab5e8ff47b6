package io.summitry.service.version;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Single-item answers: every one that has a version carries it as its {@code ETag}. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the item and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    /** 201 with a Location, the item and its ETag. */
    public static Response created(String path, Object body, long version) {
        return Response.created(URI.create(path)).entity(body).tag(Versions.etag(version)).build();
    }

    /** 201 with a Location and the item, for items that are not edited under If-Match. */
    public static Response created(String path, Object body) {
        return Response.created(URI.create(path)).entity(body).build();
    }
}
