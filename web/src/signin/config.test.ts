import { describe, expect, it, vi } from 'vitest';
import { loadSignInConfig } from './config';

const answering = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('the sign-in document', () => {
  it('names the provider, the client and the scopes the web UI signs in with', async () => {
    const fetch = answering(200, { issuer: 'https://id.example.org/realms/summitry', clientId: 'summitry-web', scopes: 'openid profile email' });
    expect(await loadSignInConfig(fetch)).toEqual({
      issuer: 'https://id.example.org/realms/summitry', clientId: 'summitry-web', scopes: 'openid profile email',
    });
    expect(fetch).toHaveBeenCalledWith('/sign-in.json', expect.anything());
  });

  it('always asks for openid, without which there is no id token and no name to show', async () => {
    const config = await loadSignInConfig(answering(200, { issuer: 'https://id.example.org', clientId: 'web', scopes: 'profile' }));
    expect(config?.scopes).toBe('openid profile');
  });

  it('offers no sign-in (only the token-paste screen) without a provider, or when the gateway does not answer', async () => {
    expect(await loadSignInConfig(answering(200, { issuer: null, clientId: null, scopes: 'openid profile email' }))).toBeNull();
    expect(await loadSignInConfig(answering(200, { issuer: 'https://id.example.org', clientId: null }))).toBeNull();
    expect(await loadSignInConfig(answering(404, { title: 'Not Found' }))).toBeNull();
    expect(await loadSignInConfig(vi.fn(async () => { throw new TypeError('Failed to fetch'); }))).toBeNull();
    expect(await loadSignInConfig(vi.fn(async () => new Response('<html>', { status: 200 })))).toBeNull();
  });
});
