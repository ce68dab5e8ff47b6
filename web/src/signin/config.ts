/**
 * Where editors sign in, read at run time from the gateway's /sign-in.json so that one build of the UI serves every
 * deployment. A deployment without a provider (issuer null), or a gateway that does not answer, leaves only the
 * token-paste screen.
 */
export interface SignInConfig {
  issuer: string;
  clientId: string;
  scopes: string;
}

export async function loadSignInConfig(fetchImpl: typeof fetch = fetch): Promise<SignInConfig | null> {
  try {
    const response = await fetchImpl('/sign-in.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<Record<keyof SignInConfig, unknown>>;
    if (typeof body.issuer !== 'string' || !body.issuer || typeof body.clientId !== 'string' || !body.clientId) {
      return null;
    }
    const scopes = typeof body.scopes === 'string' && body.scopes.trim() ? body.scopes.trim() : 'openid';
    // without openid the provider answers with a plain OAuth token and no id token: no name to show
    return {
      issuer: body.issuer,
      clientId: body.clientId,
      scopes: scopes.split(/\s+/).includes('openid') ? scopes : `openid ${scopes}`,
    };
  } catch {
    return null;
  }
}
