package io.summitry.service.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.summitry.api.BatchResult;
import io.summitry.api.Group;
import io.summitry.api.GroupedResult;
import io.summitry.service.batch.Batches.Keyed;

class BatchesTest {

    @Test
    void shouldAlignItemsWithTheKeysDuplicatesAndGapsIncluded() {
        BatchResult<String> result = Batches.aligned(List.of(1, 2, 1, 3), List.of("3:c", "1:a"),
                s -> Integer.valueOf(s.substring(0, 1)));

        assertThat(result.items()).isEqualTo(Arrays.asList("1:a", null, "1:a", "3:c"));
        assertThat(result.missing()).containsExactly("2");
        assertThat(Batches.aligned(List.of(2, 2), Map.of()).missing()).containsExactly("2");
    }

    @Test
    void shouldGroupRowsPerKeyInRequestOrderKeepingTheirOrder() {
        GroupedResult<String> result = Batches.grouped(List.of(2, 1, 9), List.of("1:a", "2:b", "1:c"),
                s -> Integer.valueOf(s.substring(0, 1)));

        assertThat(result.groups()).containsExactly(new Group<>("2", List.of("2:b")),
                new Group<>("1", List.of("1:a", "1:c")), new Group<>("9", List.of()));
    }

    @Test
    void shouldAnswerKeyedRowsWithoutTheirKeys() {
        GroupedResult<String> result = Batches.groupedKeyed(List.of("x", "y"),
                List.of(new Keyed<>("y", "b"), new Keyed<>("x", "a")));

        assertThat(result.groups()).containsExactly(new Group<>("x", List.of("a")), new Group<>("y", List.of("b")));
    }
}
