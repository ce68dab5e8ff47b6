package io.summitry.gateway.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;

/** Relay page info: whether there is more either way, and the cursors of the first and last edge. */
@Type("PageInfo")
@Description("Relay page info: whether there is more either way, and the cursors of the first and last edge.")
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    public static PageInfo of(Page.PageInfo info) {
        if (info == null) {
            return new PageInfo(false, false, null, null);
        }
        return new PageInfo(info.hasNextPage(), info.hasPreviousPage(), info.startCursor(), info.endCursor());
    }
}
