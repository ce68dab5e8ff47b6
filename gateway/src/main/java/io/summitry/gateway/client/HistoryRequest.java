package io.summitry.gateway.client;

import java.util.List;

/** The body of the services' batched history endpoints: one page of changes for each id (or slug), paged alike. */
record HistoryRequest(List<String> ids, int first, String after) {
}
