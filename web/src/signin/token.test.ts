import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client';
import { setEditorToken, setSignedInToken } from '../token';

// any mutation: the fake gateway answers it whatever it is (a plain string, so codegen does not validate it)
const Rename = 'mutation Rename { renameNothing }';

/** The authorization header of the one request the client sends for a mutation. */
async function authorizationSent(): Promise<string | null> {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
    new Response(JSON.stringify({ data: { renameNothing: true } }), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  await createClient('/graphql').mutation(Rename, {}).toPromise();
  expect(fetch).toHaveBeenCalledTimes(1);
  return new Headers(fetch.mock.calls[0][1].headers).get('authorization');
}

afterEach(() => {
  setSignedInToken(null);
  setEditorToken(null);
  vi.unstubAllGlobals();
});

describe('the token urql sends', () => {
  it('is the signed-in editor\'s access token, as a Bearer', async () => {
    setSignedInToken('header.signed-in.sig');
    expect(await authorizationSent()).toBe('Bearer header.signed-in.sig');
  });

  it('is the signed-in one over a pasted one, and the pasted one again after signing out', async () => {
    setEditorToken('header.pasted.sig');
    setSignedInToken('header.signed-in.sig');
    expect(await authorizationSent()).toBe('Bearer header.signed-in.sig');
    setSignedInToken(null);
    expect(await authorizationSent()).toBe('Bearer header.pasted.sig');
  });

  it('is none for a reader', async () => {
    expect(await authorizationSent()).toBeNull();
  });
});
