import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { authorization } from './token';
import { liveExchange } from './live';

/**
 * One client for the whole app: a normalized cache keyed by the gateway's global ids (Relay-shaped: id on every
 * Node), automatic persisted queries sent by GET (so answers can be cached by URL), mutations by POST with the
 * editor's token.
 */
export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({
        keys: {
          // value objects without an id of their own live inside their parent
          Country: (c) => (c.code as string) ?? null,
          Series: (s) => (s.slug as string) ?? null,
          FuzzyDate: () => null,
          Location: () => null,
          OtherName: () => null,
          PageInfo: () => null,
          MeetingConnection: () => null,
          MeetingEdge: () => null,
          PersonConnection: () => null,
          PersonEdge: () => null,
          OrganizationConnection: () => null,
          OrganizationEdge: () => null,
          // one change of one record in one revision
          Change: (c) => (c.nodeId && c.revision ? `${c.nodeId}@${c.revision}` : null),
          Editor: () => null,
          FieldChange: () => null,
          ChangeConnection: () => null,
          ChangeEdge: () => null,
        },
        updates: {
          Mutation: {
            // a merge moves the duplicate's meetings, posts and names to the kept record and deletes the duplicate:
            // what the cache holds of either is stale, so both are read again when next shown
            mergePeople: (_result, args, cache) => {
              cache.invalidate({ __typename: 'Person', id: args.fromId as string });
              cache.invalidate({ __typename: 'Person', id: args.intoId as string });
            },
            mergeOrganizations: (_result, args, cache) => {
              cache.invalidate({ __typename: 'Organization', id: args.fromId as string });
              cache.invalidate({ __typename: 'Organization', id: args.intoId as string });
            },
          },
        },
      }),
      persistedExchange({ preferGetForPersistedQueries: 'within-url-limit' }),
      // subscriptions (live pages) go over one WebSocket; queries and mutations over HTTP
      liveExchange(),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetch: withoutGetOperationName,
    fetchOptions: authorization,
  });
}

/**
 * Quarkus' GraphQL GET handler (3.34) reads a GET's operationName from the query text instead
 * (SmallRyeGraphQLExecutionHandler.getJsonObjectFromQueryParameters), so every named GET fails with "Unknown
 * operation named '<query>'". Each document here holds one operation, so the name adds nothing: leave it out of GETs.
 */
export const withoutGetOperationName: typeof fetch = (input, init) => {
  if (typeof input === 'string' && (!init?.method || init.method === 'GET') && input.includes('operationName=')) {
    const url = new URL(input, window.location.href);
    url.searchParams.delete('operationName');
    return fetch(url.pathname + url.search, init);
  }
  return fetch(input, init);
};

let uncached: Client | undefined;

/**
 * A client without the normalized cache, for a record as it stood (asOf): an earlier state has the same id as the
 * current one, and the shared cache would otherwise overwrite the current record with it.
 */
export function uncachedClient(url = '/graphql'): Client {
  uncached ??= new Client({
    url,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: authorization,
  });
  return uncached;
}
