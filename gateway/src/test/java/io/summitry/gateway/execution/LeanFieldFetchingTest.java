package io.summitry.gateway.execution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.summitry.gateway.StubbedServices;

/**
 * The lean field fetching is in place in the schema the gateway serves: a smallrye or Quarkus upgrade that stops
 * firing the schema-builder event would otherwise bring the per-field cost back without a word. (That the answers stay
 * the same is what every query test asserts.)
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class LeanFieldFetchingTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void shouldReadRecordComponentsWithoutSmallryesPerFieldFetcher() {
        for (String field : new String[] { "Meeting.title", "Meeting.date", "FuzzyDate.edtf", "Organization.name",
                "PageInfo.hasNextPage" }) {
            String[] parts = field.split("\\.");
            assertThat(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(parts[0], parts[1]),
                    schema.getObjectType(parts[0]).getFieldDefinition(parts[1])))
                    .as(field).isInstanceOf(RecordComponentFetcher.class)
                    .isNotInstanceOf(FieldDataFetcher.class);
        }
    }

    @Test
    void shouldNotFilterEveryFieldThroughARegularExpressionThatBlocksNothing() {
        assertThat(schema.getCodeRegistry().getFieldVisibility()).isNotInstanceOf(BlockedFields.class);
    }
}
