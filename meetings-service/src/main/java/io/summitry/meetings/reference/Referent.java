package io.summitry.meetings.reference;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/** A kind of people-service record that this service refers to by id. */
public enum Referent {
    PERSON("Person", "people", 0x50455253),
    ORGANIZATION("Organization", "organizations", 0x4f524741);

    /** The GraphQL type name, as stored in {@code tombstone.typename}. */
    final String typename;
    /** Its segment in {@code /references/tombstones/{kind}/{id}}. */
    final String path;
    /**
     * The first key of the two-key advisory locks on records of this kind ("PERS", "ORGA" in ASCII); the one-key
     * space of the revision lock is apart from it.
     */
    final int lockSpace;

    Referent(String typename, String path, int lockSpace) {
        this.typename = typename;
        this.path = path;
        this.lockSpace = lockSpace;
    }

    static Referent ofPath(String path) {
        for (Referent referent : values()) {
            if (referent.path.equals(path)) {
                return referent;
            }
        }
        throw new ProblemException(ProblemType.NOT_FOUND,
                "There are no tombstones of '" + path + "': people or organizations");
    }
}
