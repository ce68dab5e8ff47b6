import { useEffect, useState } from 'preact/hooks';
import { editorToken, setEditorToken } from '../token';
import { signOut, useSignIn } from '../signin/session';

export function useEditorToken(): string | null {
  const [token, setToken] = useState(editorToken());
  useEffect(() => {
    const update = () => setToken(editorToken());
    window.addEventListener('summitry-token', update);
    return () => window.removeEventListener('summitry-token', update);
  }, []);
  return token;
}

/**
 * Where an editor gives their token. It is never served by the gateway: the local run writes it to
 * .data/editor-token.txt, which the editor opens here (or pastes); it stays in this tab's session storage.
 */
export function TokenPage() {
  const token = useEditorToken();
  const session = useSignIn();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const save = (text: string) => {
    const t = text.trim();
    if (t.split('.').length !== 3) {
      setError('That is not a token: a token is three parts joined by dots (a JWT).');
      return;
    }
    setError('');
    setEditorToken(t);
    setValue('');
  };
  return (
    <section aria-labelledby="editor-heading">
      <h1 id="editor-heading">Editing</h1>
      {session.name ? (
        <p role="status">
          Editing is on in this tab: you are signed in as {session.name}.{' '}
          <button type="button" onClick={() => signOut()}>Sign out</button>
        </p>
      ) : token ? (
        <p role="status">
          Editing is on in this tab: your changes are sent with your token.{' '}
          <button type="button" onClick={() => setEditorToken(null)}>Stop editing (forget the token)</button>
        </p>
      ) : (
        <p>To create and change meetings and people, give your editor token. It stays in this tab only.</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save(value);
        }}
      >
        <div class="field">
          <label for="token">Editor token</label>
          <textarea id="token" rows={4} value={value} aria-describedby="token-help token-error" onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)} />
          <p id="token-help" class="help">
            In the local run (<code>./summitry</code>) the token is in <code>.data/editor-token.txt</code>; open that
            file here or paste its content.
          </p>
          {error && <p id="token-error" class="field-error" role="alert">{error}</p>}
        </div>
        <div class="field">
          <label for="token-file">Or open the token file</label>
          <input
            id="token-file"
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) save(await file.text());
            }}
          />
        </div>
        <button type="submit">Use this token</button>
      </form>
    </section>
  );
}
