import { describe, expect, it } from 'vitest';
import { backoffMs, editorLabel, reaction, tokenSubject, wsUrl } from './live';
import { changedSince } from './pages/Meetings';

/** A JWT as the local run mints it (only the payload matters here: the gateway verifies, the page just reads). */
const jwt = (claims: object) => `eyJhbGciOiJSUzI1NiJ9.${btoa(unescape(encodeURIComponent(JSON.stringify(claims)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('the live connection', () => {
  it('opens ws on http and wss on https, on the page own host', () => {
    expect(wsUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/graphql');
    expect(wsUrl({ protocol: 'https:', host: 'summitry.example' })).toBe('wss://summitry.example/graphql');
  });

  it('waits longer after each failed attempt, up to 30 s, spread by jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3].map((n) => backoffMs(n, mid))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(50, mid)).toBe(30_000);
    expect(backoffMs(0, () => 0)).toBe(375);
    expect(backoffMs(0, () => 0.999)).toBeLessThanOrEqual(625);
  });
});

describe('what a page does with a change to its record', () => {
  const byAlice = { nodeId: 'TWVldGluZzox', revision: '7', editor: { id: 'alice', name: 'Alice Kim' } };

  it('refetches while the viewer reads, shows a banner while they edit', () => {
    expect(reaction(byAlice, { editorId: 'bob', editing: false })).toBe('refetch');
    expect(reaction(byAlice, { editorId: null, editing: false })).toBe('refetch');
    expect(reaction(byAlice, { editorId: 'bob', editing: true })).toBe('banner');
  });

  it("ignores the viewer's own change while they edit, told by their token's subject, and refetches it while they read", () => {
    const viewer = tokenSubject(jwt({ sub: 'alice', groups: ['editor'] }));
    expect(viewer).toBe('alice');
    expect(reaction(byAlice, { editorId: viewer, editing: true })).toBe('ignore');
    expect(reaction(byAlice, { editorId: viewer, editing: false })).toBe('refetch');
  });

  it('reads the subject of a non-ASCII token and nothing from a token that is no JWT', () => {
    expect(tokenSubject(jwt({ upn: 'x' }))).toBe('x');
    expect(tokenSubject(jwt({ sub: '김민준' }))).toBe('김민준');
    expect(tokenSubject('opaque-token')).toBeNull();
    expect(tokenSubject('a.!!!.c')).toBeNull();
    expect(tokenSubject(null)).toBeNull();
  });

  it('names the editor by name, else by id', () => {
    expect(editorLabel({ id: 'alice', name: 'Alice Kim' })).toBe('Alice Kim');
    expect(editorLabel({ id: 'alice', name: null })).toBe('alice');
    expect(editorLabel({ id: 'alice', name: ' ' })).toBe('alice');
  });
});

describe('the meeting list notice', () => {
  it('counts each meeting once, only among the changes after the last refresh', () => {
    const changes = ['m1', 'm2', 'm1', 'm3'];
    expect(changedSince(changes, 0)).toBe(3);
    expect(changedSince(changes, 2)).toBe(2);
    expect(changedSince(changes, 4)).toBe(0);
  });
});
