// The peer of the comparison: GraphQL Mesh composed from the services' own OpenAPI documents (/q/openapi), then
// served by Hive Gateway. Nested fields are batched the only declarative way Mesh offers: @resolveTo with keysArg +
// keyField over a batch endpoint, results matched by position. The services' batch endpoints answer
// {"items": [...]} (one-to-one, aligned with "ids") or {"groups": [{key, items}]} (one-to-many, one group per id, in
// order), hence `result: "items"` or `result: "groups"`; a one-to-many field is therefore the group object, and the
// peer's queries select `participants { items { … } }` where Summitry's select `participants { … }`.
//
// Not expressible here, so left out of the peer's queries (a genuine difference, reported in bench/README.md):
// Participant.position (the post held at the meeting's date needs the meeting's date next to each person id, and
// POST /positions/at takes {personId, from, to} queries, not keys).
import { createPrefixTransform, createRenameFieldTransform, defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const people = process.env.PEOPLE_URL ?? 'http://127.0.0.1:8081';
const meetings = process.env.MEETINGS_URL ?? 'http://127.0.0.1:8082';

// both services serve their revision logs under the same root field names (GET /changes → Query.changes, …), of
// different types, which Mesh cannot compose; the peer's queries read no history, so each service's history fields
// only get its prefix (the root fields the queries use keep their names)
const historyPrefixed = (prefix: string) => createRenameFieldTransform(({ typeName, fieldName }) =>
  ['Query', 'Mutation'].includes(typeName) && /^(changes|history)/i.test(fieldName) ? prefix + fieldName : fieldName);

// batch lookups are reads: expose them as Query fields (omnigraph makes every POST a Mutation by default)
const asQueries = (...fields: string[]) => fields.map(fieldName => ({ type: 'Query' as const, fieldName }));

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('people', {
        source: `${people}/q/openapi?format=json`,
        endpoint: people,
        selectQueryOrMutationField: asQueries('post_people_by_ids', 'post_organizations_by_ids',
          'post_positions_by_people', 'post_positions_by_ids'),
      }),
      // both services declare FuzzyDateInput, IdsRequest…: prefixes keep their generated types apart
      transforms: [historyPrefixed('P_'), createPrefixTransform({ value: 'P_' })],
    },
    {
      sourceHandler: loadOpenAPISubgraph('meetings', {
        source: `${meetings}/q/openapi?format=json`,
        endpoint: meetings,
        selectQueryOrMutationField: asQueries('post_meetings_by_ids', 'post_participants_by_meetings',
          'post_statements_by_meetings', 'post_sources_by_meetings', 'post_sources_by_ids', 'post_series_by_slugs',
          'post_series_meetings_by_slugs', 'post_meetings_by_participants'),
      }),
      transforms: [historyPrefixed('M_'), createPrefixTransform({ value: 'M_' })],
    },
  ],
  // group types are named by omnigraph after the first operation that answers them
  additionalTypeDefs: /* GraphQL */ `
    extend type M_MeetingDto {
      host: P_OrganizationDto
        @resolveTo(sourceName: "people", sourceTypeName: "Query", sourceFieldName: "post_organizations_by_ids",
          keyField: "hostOrganizationId", keysArg: "input.ids", result: "items")
      participants: M_query_post_participants_by_meetings_groups_items
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_participants_by_meetings",
          keyField: "id", keysArg: "input.ids", result: "groups")
      statements: M_query_post_statements_by_meetings_groups_items
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_statements_by_meetings",
          keyField: "id", keysArg: "input.ids", result: "groups")
      sources: M_query_post_sources_by_meetings_groups_items
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_sources_by_meetings",
          keyField: "id", keysArg: "input.ids", result: "groups")
    }
    extend type M_ParticipantDto {
      person: P_PersonDto
        @resolveTo(sourceName: "people", sourceTypeName: "Query", sourceFieldName: "post_people_by_ids",
          keyField: "personId", keysArg: "input.ids", result: "items")
    }
    extend type M_StatementDto {
      speaker: P_PersonDto
        @resolveTo(sourceName: "people", sourceTypeName: "Query", sourceFieldName: "post_people_by_ids",
          keyField: "speakerIds[0]", requiredSelectionSet: "{ speakerIds }", keysArg: "input.ids", result: "items")
      source: M_SourceDto
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_sources_by_ids",
          keyField: "sourceId", keysArg: "input.ids", result: "items")
    }
    extend type P_PersonDto {
      positions: P_query_post_positions_by_people_groups_items
        @resolveTo(sourceName: "people", sourceTypeName: "Query", sourceFieldName: "post_positions_by_people",
          keyField: "id", keysArg: "input.ids", result: "groups")
      meetings: M_query_post_meetings_by_participants_items
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_meetings_by_participants",
          keyField: "id", keysArg: "input.ids")
    }
    extend type P_PositionDto {
      organization: P_OrganizationDto
        @resolveTo(sourceName: "people", sourceTypeName: "Query", sourceFieldName: "post_organizations_by_ids",
          keyField: "organizationId", keysArg: "input.ids", result: "items")
    }
    extend type M_SeriesDto {
      meetings: M_query_post_series_meetings_by_slugs_groups_items
        @resolveTo(sourceName: "meetings", sourceTypeName: "Query", sourceFieldName: "post_series_meetings_by_slugs",
          keyField: "slug", keysArg: "input.ids", result: "groups")
    }
  `,
});
