import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import { CombinedError, type Client } from '@urql/core';
import { fromValue, never } from 'wonka';
import { User } from 'oidc-client-ts';
import { PersonEditPage } from '../pages/PersonEdit';
import { SignInControls } from './SignInControls';
import { startSignIn } from './session';
import { editorToken } from '../token';

const ISSUER = 'https://id.example.org/realms/summitry';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.location.hash = '';
});

describe('a signed-in editor', () => {
  it('is named in the header, and when the gateway refuses the token on save, is asked to sign in again with the form as typed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () =>
      new Response(JSON.stringify({ issuer: ISSUER, clientId: 'summitry-web', scopes: 'openid profile' }))));
    // this tab signed in earlier: oidc-client-ts keeps the user in session storage
    sessionStorage.setItem(`oidc.user:${ISSUER}:summitry-web`, new User({
      access_token: 'header.ada.sig', token_type: 'Bearer', profile: { sub: 'u-ada', name: 'Ada Editor', iss: ISSUER, aud: 'summitry-web', exp: 0, iat: 0 },
      expires_at: Math.floor(Date.now() / 1000) + 3600,
    }).toStorageString());
    await startSignIn();
    expect(editorToken()).toBe('header.ada.sig');
    const header = render(<SignInControls />);
    expect(header.getByText('Ada Editor')).toBeTruthy();
    expect(header.getByRole('button', { name: 'Sign out' })).toBeTruthy();

    const saved = { __typename: 'Person', id: 'p1', version: 3, name: 'Kim', givenName: null, familyName: null, summary: null, wikidataId: null, nationality: null, otherNames: [] };
    const refused = new CombinedError({ graphQLErrors: [{ message: 'The token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
    const client = {
      query: () => ({ toPromise: async () => ({ data: { person: saved } }) }),
      executeQuery: () => fromValue({ data: { person: saved }, stale: false, hasNext: false }),
      executeSubscription: () => never,
      executeMutation: () => fromValue({ error: refused, stale: false, hasNext: false }),
    } as unknown as Client;
    window.location.hash = '#/people/p1/edit';
    const view = render(<Provider value={client}><PersonEditPage id="p1" /></Provider>);
    const name = await waitFor(() => view.getByLabelText('Name') as HTMLInputElement);
    fireEvent.input(name, { target: { value: 'Kim Jong-un (typed)' } });
    fireEvent.submit(view.container.querySelector('form.edit')!);

    await waitFor(() => expect(view.getByText(/Your session has ended/)).toBeTruthy());
    expect((view.getByLabelText('Name') as HTMLInputElement).value).toBe('Kim Jong-un (typed)');
    expect(editorToken()).toBeNull();
    expect(header.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
