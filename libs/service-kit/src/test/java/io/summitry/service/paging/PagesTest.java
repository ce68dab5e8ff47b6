package io.summitry.service.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.summitry.api.Page;

class PagesTest {

    @Test
    void shouldDropTheLookAheadRowAndSayMoreFollow() {
        Page<String> page = Pages.of(new PageRequest(2, false, null), List.of("a", "b", "c"), s -> "@" + s, 9);

        assertThat(page.edges()).extracting(Page.Edge::node).containsExactly("a", "b");
        assertThat(page.pageInfo()).isEqualTo(new Page.PageInfo(true, false, "@a", "@b"));
        assertThat(page.totalCount()).isEqualTo(9);
    }

    @Test
    void shouldShowABackwardPageInDisplayOrder() {
        Page<String> page = Pages.of(new PageRequest(2, true, "x"), List.of("c", "b", "a"), s -> "@" + s, 3);

        assertThat(page.edges()).extracting(Page.Edge::node).containsExactly("b", "c");
        assertThat(page.pageInfo()).isEqualTo(new Page.PageInfo(true, true, "@b", "@c"));
    }

    @Test
    void shouldAnswerAnEmptyPageWithoutCursors() {
        Page<String> page = Pages.of(new PageRequest(0, false, "x"), List.of("a"), s -> s, s -> s, 1);

        assertThat(page.edges()).isEmpty();
        assertThat(page.pageInfo()).isEqualTo(new Page.PageInfo(true, true, null, null));
    }
}
