import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { fromValue, never } from 'wonka';
import { PersonEditPage } from '../pages/PersonEdit';
import { SessionExpired } from './SignInControls';
import { setEditorToken } from '../token';

const saved = {
  __typename: 'Person', id: 'p1', version: 7, name: 'Yoon Suk Yeol', givenName: null, familyName: null, summary: null,
  wikidataId: null, nationality: null, otherNames: [],
};

/** The gateway as the edit page sees it: the saved person; no live change; every mutation recorded. */
function fakeClient() {
  const executeMutation = vi.fn(() => fromValue({ data: { updatePerson: { __typename: 'Person', id: 'p1', version: 8 } }, stale: false, hasNext: false }));
  const client = {
    query: () => ({ toPromise: async () => ({ data: { person: saved } }) }),
    executeQuery: () => fromValue({ data: { person: saved }, stale: false, hasNext: false }),
    executeSubscription: () => never,
    executeMutation,
  } as unknown as Client;
  return { client, executeMutation };
}

afterEach(() => {
  setEditorToken(null);
  sessionStorage.clear();
  window.location.hash = '';
});

describe('an edit kept across signing in again', () => {
  it('comes back in the form, over the saved record, with the version it started from', async () => {
    window.location.hash = '#/people/p1/edit';
    const typed = { form: { name: 'Yoon Suk-yeol (typed)', givenName: 'Suk-yeol', familyName: 'Yoon', nationality: 'KR', summary: '', wikidataId: '', otherNames: '' }, version: 7, note: 'spelling' };
    // the expired session's "Sign in again" keeps it before leaving for the provider
    const banner = render(<SessionExpired draft={() => typed} />);
    fireEvent.click(banner.getByRole('button', { name: 'Sign in again' }));
    banner.unmount();

    // back from the provider, signed in, on the same page
    setEditorToken('header.payload.sig');
    const { client, executeMutation } = fakeClient();
    const view = render(<Provider value={client}><PersonEditPage id="p1" /></Provider>);
    await waitFor(() => expect((view.getByLabelText('Name') as HTMLInputElement).value).toBe('Yoon Suk-yeol (typed)'));
    expect((view.getByLabelText('Nationality (ISO code)') as HTMLInputElement).value).toBe('KR');
    expect(sessionStorage.getItem('summitry.draft:#/people/p1/edit')).toBeNull(); // restored once only

    fireEvent.submit(view.container.querySelector('form.edit')!);
    await waitFor(() => expect(executeMutation).toHaveBeenCalled());
    const [request] = executeMutation.mock.calls[0] as unknown as [{ variables: { expectedVersion: number; note: string; input: { name: string } } }];
    expect(request.variables).toMatchObject({ expectedVersion: 7, note: 'spelling', input: { name: 'Yoon Suk-yeol (typed)' } });
  });

  it('is not restored on another page', async () => {
    window.location.hash = '#/people/p2/edit';
    const banner = render(<SessionExpired draft={() => ({ form: { name: 'typed' }, version: 1, note: '' })} />);
    fireEvent.click(banner.getByRole('button', { name: 'Sign in again' }));
    banner.unmount();
    window.location.hash = '#/people/p1/edit';
    setEditorToken('header.payload.sig');
    const view = render(<Provider value={fakeClient().client}><PersonEditPage id="p1" /></Provider>);
    await waitFor(() => expect((view.getByLabelText('Name') as HTMLInputElement).value).toBe('Yoon Suk Yeol'));
  });
});
