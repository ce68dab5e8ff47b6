/**
 * What an editor typed, kept in this tab's session storage across the redirect to the provider and back, keyed by the
 * page (its hash route). It is taken once: the form it restores owns it from then on.
 */
const PREFIX = 'summitry.draft:';

export function keepDraft<T>(route: string, draft: T): void {
  sessionStorage.setItem(PREFIX + route, JSON.stringify(draft));
}

export function takeDraft<T>(route: string): T | null {
  const key = PREFIX + route;
  const raw = sessionStorage.getItem(key);
  if (raw === null) return null;
  sessionStorage.removeItem(key);
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** An edit form as typed: its fields, the version it started from (so a save still detects a conflict), the note. */
export interface Draft<F> {
  form: F;
  version: number | null;
  note: string;
}
