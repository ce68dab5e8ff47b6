package io.summitry.people.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The typeahead's SQL can use the trigram index, and the normalization it relies on behaves as promised. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void shouldNormalizeCaseAccentsSpacesAndHyphens() {
        Object normalized = em.createNativeQuery("select search_norm('Woo Kyung-Seok, Ménard')").getSingleResult();
        assertThat(normalized).isEqualTo("wookyungseokmenard");
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void shouldServeTheTypeaheadFromTheTrigramIndex() {
        // With sequential scans priced out, the planner shows whether the index can answer the condition at all.
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        List<String> plan = em.createNativeQuery(
                "explain select id from person where search_text like search_contains('kritenbr')").getResultList();
        assertThat(String.join("\n", plan)).contains("person_search");
    }
}
