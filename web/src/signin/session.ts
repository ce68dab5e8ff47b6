import { useEffect, useState } from 'preact/hooks';
import type { User, UserManager } from 'oidc-client-ts';
import { setSignedInToken } from '../token';
import { loadSignInConfig } from './config';

/**
 * The editor signed in with the organization's provider: authorization code with PKCE (oidc-client-ts), the provider
 * redirecting back to this page with ?code&state, silent renewal before the access token expires, sign-out also at the
 * provider. The library (loaded as its own chunk, only where a provider is configured) checks the returned state against
 * the one it stored for this tab and redeems a code once, so a forged or replayed redirect is refused.
 */
export interface SignIn {
  /** A provider is configured: "Sign in" is offered. */
  available: boolean;
  /** The signed-in editor's name, or null. */
  name: string | null;
  /** The session ended (renewal failed or the token expired): sign in again. */
  expired: boolean;
  /** Why the last sign-in failed, if it did. */
  error: string | null;
}

let state: SignIn = { available: false, name: null, expired: false, error: null };
let manager: UserManager | null = null;

function update(next: Partial<SignIn>): void {
  state = { ...state, ...next };
  window.dispatchEvent(new Event('summitry-sign-in'));
}

export function signInState(): SignIn {
  return state;
}

export function useSignIn(): SignIn {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    const refresh = () => setCurrent(state);
    window.addEventListener('summitry-sign-in', refresh);
    refresh();
    return () => window.removeEventListener('summitry-sign-in', refresh);
  }, []);
  return current;
}

function editorName(user: User): string {
  const p = user.profile;
  return p.name || p.preferred_username || p.email || p.sub;
}

function signedIn(user: User): void {
  setSignedInToken(user.access_token);
  update({ name: editorName(user), expired: false, error: null });
}

function ended(): void {
  const wasSignedIn = state.name !== null;
  setSignedInToken(null);
  update({ name: null, expired: wasSignedIn || state.expired });
}

/** This page's address without query or hash: where the provider sends the editor back. */
function home(): string {
  return window.location.origin + window.location.pathname;
}

/** Reads the gateway's sign-in document and, when it names a provider, restores or completes this tab's sign-in. */
export async function startSignIn(): Promise<void> {
  const config = await loadSignInConfig();
  if (!config) return;
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    scope: config.scopes,
    redirect_uri: home(),
    post_logout_redirect_uri: home(),
    response_type: 'code',
    // renewed with the refresh token the provider gives a public client, shortly before the access token expires
    automaticSilentRenew: true,
    // this tab only, as the pasted token; so is the state of a sign-in under way (the library's default is
    // localStorage, where another tab could complete it)
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  manager.events.addUserLoaded(signedIn);
  manager.events.addUserUnloaded(ended);
  manager.events.addAccessTokenExpired(ended);
  manager.events.addSilentRenewError(ended);
  update({ available: true });

  const query = new URLSearchParams(window.location.search);
  if (query.has('state') && (query.has('code') || query.has('error'))) {
    let returnTo = window.location.hash || '#/';
    try {
      const user = await manager.signinRedirectCallback();
      returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? returnTo;
      signedIn(user);
    } catch (e) {
      update({ error: e instanceof Error ? e.message : String(e) });
    }
    // the code is spent either way: drop it from the address bar and history, back to the page the editor left
    window.history.replaceState(null, '', window.location.pathname + returnTo);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  const user = await manager.getUser();
  if (user && !user.expired) signedIn(user);
  else if (user) {
    await manager.removeUser();
    update({ expired: true });
  }
}

/**
 * The gateway refused the signed-in editor's token (it expired between two renewals, or the provider revoked it):
 * the session is over, and the form that tried to save offers to sign in again. False for a pasted token.
 */
export function tokenRefused(): boolean {
  if (!state.name) return false;
  ended();
  void manager?.removeUser();
  return true;
}

/** To the provider's login page; back to the page shown now (its hash route), where a kept draft is restored. */
export async function signIn(): Promise<void> {
  if (!manager) return;
  await manager.signinRedirect({ state: { returnTo: window.location.hash || '#/' } });
}

/** Forgets the tokens here and ends the session at the provider too. */
export async function signOut(): Promise<void> {
  if (!manager) return;
  const m = manager;
  setSignedInToken(null);
  update({ name: null, expired: false });
  await m.signoutRedirect();
}
