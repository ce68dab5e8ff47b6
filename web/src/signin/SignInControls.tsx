import { signIn, signOut, useSignIn } from './session';
import { keepDraft } from './draft';

/** In the header: "Sign in" where a provider is configured, else nothing; the signed-in editor's name and "Sign out". */
export function SignInControls() {
  const s = useSignIn();
  if (!s.available) return null;
  if (s.name) {
    return (
      <span class="sign-in">
        <span aria-label="Signed in as">{s.name}</span>{' '}
        <button type="button" onClick={() => signOut()}>Sign out</button>
      </span>
    );
  }
  return (
    <span class="sign-in">
      {s.error && <span class="field-error" role="alert">Sign-in failed: {s.error}</span>}{' '}
      <button type="button" onClick={() => signIn()}>Sign in</button>
    </span>
  );
}

/**
 * On an edit form whose session ended: sign in again, keeping what is typed. The draft goes to this tab's session
 * storage under the page's route before the redirect; the form takes it back when the provider returns here.
 */
export function SessionExpired<T>({ draft }: { draft: () => T }) {
  return (
    <div class="error" role="alert">
      <p>
        Your session has ended, so this cannot be saved yet. What you typed is kept.{' '}
        <button type="button" onClick={() => {
          keepDraft(window.location.hash, draft());
          signIn();
        }}>Sign in again</button>
      </p>
    </div>
  );
}
