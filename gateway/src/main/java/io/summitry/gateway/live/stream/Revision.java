package io.summitry.gateway.live.stream;

import java.util.List;

import io.summitry.api.history.ChangeDto;

/** Every change of one committed revision of one service, as one event of its stream delivered them. */
public record Revision(String service, long revision, List<ChangeDto> changes) {
}
