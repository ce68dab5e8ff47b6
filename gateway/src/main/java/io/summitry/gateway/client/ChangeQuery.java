package io.summitry.gateway.client;

import java.util.List;

/** The filter of the services' {@code GET /changes}: types and editors (any of), a time range as ISO instants. */
public record ChangeQuery(List<String> typenames, List<String> editorIds, String since, String until) {
}
