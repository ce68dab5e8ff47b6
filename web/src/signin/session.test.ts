import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** The gateway names a provider; the provider itself is never reached (a refused redirect must not need it). */
function gatewayWithProvider() {
  const fetch = vi.fn(async (url: string) => url === '/sign-in.json'
    ? new Response(JSON.stringify({ issuer: 'https://id.example.org/realms/summitry', clientId: 'summitry-web', scopes: 'openid profile' }))
    : new Response('not reachable in this test', { status: 503 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('coming back from the provider', () => {
  it('refuses a redirect whose state this tab did not start, signs no one in, and drops the code from the address', async () => {
    const fetch = gatewayWithProvider();
    window.history.replaceState(null, '', '/?code=stolen-code&state=not-ours#/meetings');
    const { startSignIn, signInState } = await import('./session');
    const { editorToken } = await import('../token'); // the instance session.ts signs in
    await startSignIn();

    expect(signInState()).toMatchObject({ available: true, name: null });
    expect(signInState().error).toMatch(/state/i);
    expect(editorToken()).toBeNull();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/meetings');
    // the code was never sent to the provider's token endpoint
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/sign-in.json']);
  });

  it('offers no sign-in where the gateway names no provider', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ issuer: null, clientId: null, scopes: 'openid' }))));
    const { startSignIn, signInState } = await import('./session');
    await startSignIn();
    expect(signInState().available).toBe(false);
  });
});
