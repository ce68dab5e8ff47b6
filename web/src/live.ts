import { subscriptionExchange, type Exchange } from '@urql/core';
import type { Client as WsClient } from 'graphql-ws';

/**
 * Live updates: subscriptions over graphql-transport-ws to this origin's /graphql. The ws client is loaded on the
 * first subscription (a separate chunk), so the first page's script does not carry it; one socket serves every
 * subscription of the tab and reconnects with backoff after a cut or a restart of the gateway.
 */

/** ws:// or wss:// on the page's own host (the gateway serves the UI and /graphql on one origin). */
export function wsUrl(location: { protocol: string; host: string }, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** Wait before reconnection attempt `retries` (0-based): 0.5 s doubling to 30 s, with jitter so tabs spread out. */
export function backoffMs(retries: number, random = Math.random): number {
  const base = Math.min(30_000, 500 * 2 ** Math.min(retries, 10));
  return Math.round(base * (0.75 + random() * 0.5));
}

let ws: Promise<WsClient> | undefined;
let connections = 0;

/** Dispatched on window when the socket is up again after a cut (not on the first connection). */
export const RECONNECTED = 'summitry-live-reconnected';

function wsClient(): Promise<WsClient> {
  ws ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: wsUrl(window.location),
      lazy: true,
      lazyCloseTimeout: 3_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries))),
      // the socket's state on the page (<html data-live>): for styles and for the browser tests to wait on
      on: {
        connected: () => {
          document.documentElement.dataset.live = 'connected';
          // a change committed while the socket was down is not resent: the live pages read again instead
          if (connections++ > 0) window.dispatchEvent(new Event(RECONNECTED));
        },
        closed: () => (document.documentElement.dataset.live = 'closed'),
      },
    }),
  );
  return ws;
}

/** urql's subscription exchange over the lazily loaded graphql-ws client. */
export function liveExchange(): Exchange {
  return subscriptionExchange({
    forwardSubscription(request) {
      const body = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          let dispose: (() => void) | undefined;
          let closed = false;
          wsClient().then(
            (client) => {
              if (!closed) dispose = client.subscribe(body, sink);
            },
            (error) => sink.error(error),
          );
          return {
            unsubscribe() {
              closed = true;
              dispose?.();
            },
          };
        },
      };
    },
  });
}

/** The subject of the editor's token (the editor id the services record on a change), or null. */
export function tokenSubject(token: string | null): string | null {
  if (!token) return null;
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const claims = JSON.parse(decodeURIComponent(escape(json))) as { sub?: string; upn?: string };
    return claims.sub ?? claims.upn ?? null;
  } catch {
    return null;
  }
}

export interface LiveChange {
  nodeId: string;
  revision: string;
  editor: { id: string; name?: string | null };
}

/**
 * What a page does with a change to the record it shows: a page that only reads always refetches (the same editor may
 * have changed it from another tab or a script, and a refetch is harmless); a form being edited shows a banner (the
 * saved version moved under what they type), except for the viewer's own change, which their save already shows.
 */
export function reaction(change: LiveChange, viewer: { editorId: string | null; editing: boolean }): 'ignore' | 'refetch' | 'banner' {
  if (!viewer.editing) return 'refetch';
  return viewer.editorId != null && change.editor.id === viewer.editorId ? 'ignore' : 'banner';
}

/** How the banner names who changed the record: their name, else their id. */
export function editorLabel(editor: { id: string; name?: string | null }): string {
  return editor.name?.trim() || editor.id;
}
