// The editor's token stays in this tab's session storage: it is pasted by the editor (or read from the local run's
// .data/editor-token.txt by the editor) and sent only to this origin's /graphql.
const KEY = 'summitry.editorToken';

export function editorToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setEditorToken(token: string | null): void {
  if (token && token.trim()) sessionStorage.setItem(KEY, token.trim());
  else sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event('summitry-token'));
}
