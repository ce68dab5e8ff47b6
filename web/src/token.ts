// The editor's token: the access token of an editor signed in with the organization's provider (signin/session.ts),
// else one pasted by the editor (or read from the local run's .data/editor-token.txt). The pasted one stays in this
// tab's session storage; both are sent only to this origin's /graphql.
const KEY = 'summitry.editorToken';

let signedIn: string | null = null;

export function editorToken(): string | null {
  if (signedIn) return signedIn;
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** What urql sends with each operation: the editor's token as a Bearer, or nothing for a reader. */
export function authorization(): RequestInit {
  const token = editorToken();
  return token ? { headers: { authorization: `Bearer ${token}` } } : {};
}

export function setEditorToken(token: string | null): void {
  if (token && token.trim()) sessionStorage.setItem(KEY, token.trim());
  else sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event('summitry-token'));
}

/** The provider's access token of the signed-in editor (renewed silently), or null when signed out or expired. */
export function setSignedInToken(token: string | null): void {
  signedIn = token;
  window.dispatchEvent(new Event('summitry-token'));
}
