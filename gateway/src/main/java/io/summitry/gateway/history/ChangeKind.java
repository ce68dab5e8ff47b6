package io.summitry.gateway.history;

import org.eclipse.microprofile.graphql.Enum;

/** What a change did to its record; RESTORED writes an earlier revision's values back. */
@Enum("ChangeKind")
public enum ChangeKind {
    CREATED, UPDATED, DELETED, RESTORED
}
