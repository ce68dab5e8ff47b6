package io.summitry.gateway.reference;

import io.summitry.gateway.id.GlobalId;

/** A kind of people-service record that meetings-service refers to: what a deletion or a merge guards. */
public enum Referent {
    PERSON("person", "people", GlobalId.PERSON),
    ORGANIZATION("organization", "organizations", GlobalId.ORGANIZATION);

    /** How messages name it. */
    final String what;
    /** Its segment in meetings-service's {@code /references/tombstones/{kind}/{id}}. */
    final String path;
    /** Its global id type. */
    final String type;

    Referent(String what, String path, String type) {
        this.what = what;
        this.path = path;
        this.type = type;
    }
}
