package io.summitry.gateway.live.stream;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One committed change as the services stream it (the history contract's {@code ChangeDto}): what the gateway reads to
 * evict cached answers and to tell subscribers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StreamedChange(long revision, Instant at, Editor editor, String kind, String typename, String id,
        String rootTypename, String rootId, List<Field> fields, String note) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Editor(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String field, String before, String after) {
    }
}
