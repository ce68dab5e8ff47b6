import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { editorToken } from './token';

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
        },
      }),
      persistedExchange({ preferGetForPersistedQueries: 'within-url-limit' }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: () => {
      const token = editorToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
