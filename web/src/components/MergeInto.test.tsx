import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { fromValue } from 'wonka';
import { MergeInto } from './MergeInto';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name, otherNames: [], positions: [] });

/** The search answers both people named alike (the duplicate too); a merge answers `merged`. */
function fakeClient(merged: unknown) {
  const executeQuery = vi.fn(() => fromValue({
    data: { people: { __typename: 'PersonConnection', edges: [
      { __typename: 'PersonEdge', node: person('p1', 'Choe Son Hui') },
      { __typename: 'PersonEdge', node: person('p2', 'Choe Son-hui') },
    ] } },
    stale: false, hasNext: false,
  }));
  const executeMutation = vi.fn(() => fromValue({ data: merged, stale: false, hasNext: false }));
  return { client: { executeQuery, executeMutation } as unknown as Client, executeQuery, executeMutation };
}

function pick(view: ReturnType<typeof render>) {
  fireEvent.click(view.getByText('Merge into…'));
  fireEvent.input(view.getByLabelText('The person to keep'), { target: { value: 'Choe' } });
}

describe('Merge into…', () => {
  it('picks the kept person (never the duplicate itself), confirms with a note, merges and opens the kept person', async () => {
    window.location.hash = '#/people/p1';
    const { client, executeQuery, executeMutation } = fakeClient({
      mergePeople: { __typename: 'Person', id: 'p2', version: 3, name: 'Choe Son-hui', otherNames: [] },
    });
    const view = render(<Provider value={client}><MergeInto kind="person" id="p1" name="Choe Son Hui" /></Provider>);
    pick(view);
    const hit = await waitFor(() => view.getByRole('option'));
    expect(view.getAllByRole('option')).toHaveLength(1);
    expect(hit.textContent).toContain('Choe Son-hui');
    const [search] = executeQuery.mock.calls.at(-1) as unknown as [{ variables: Record<string, unknown> }];
    expect(search.variables).toMatchObject({ text: 'Choe', people: true, organizations: false });

    fireEvent.mouseDown(hit);
    fireEvent.input(view.getByLabelText(/Note/), { target: { value: 'same person, two romanizations' } });
    fireEvent.click(view.getByRole('button', { name: 'Merge into Choe Son-hui' }));

    await waitFor(() => expect(window.location.hash).toBe('#/people/p2'));
    const [request] = executeMutation.mock.calls[0] as unknown as [{ variables: Record<string, unknown> }];
    expect(request.variables).toEqual({ fromId: 'p1', intoId: 'p2', note: 'same person, two romanizations' });
  });

  it('stays on the page and says why when the merge is refused', async () => {
    window.location.hash = '#/people/p1';
    const client = {
      executeQuery: fakeClient(null).executeQuery,
      executeMutation: vi.fn(() => fromValue({
        data: null, stale: false, hasNext: false,
        error: { graphQLErrors: [{ message: 'Both take part in meeting M', extensions: { code: 'CONFLICT' } }] },
      })),
    } as unknown as Client;
    const view = render(<Provider value={client}><MergeInto kind="person" id="p1" name="Choe Son Hui" /></Provider>);
    pick(view);
    fireEvent.mouseDown(await waitFor(() => view.getByRole('option')));
    fireEvent.click(view.getByRole('button', { name: 'Merge into Choe Son-hui' }));

    expect((await waitFor(() => view.getByRole('alert'))).textContent).toContain('Both take part in meeting M');
    expect(window.location.hash).toBe('#/people/p1');
  });
});
