import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { fromValue, makeSubject } from 'wonka';
import { ChangesPage } from './Changes';
import { MeetingsPage } from './Meetings';

const change = (revision: string, title: string, editor = 'alice') => ({
  __typename: 'Change', revision, at: '2026-12-07T23:00:00Z', kind: 'UPDATED', typename: 'Meeting', nodeId: 'm' + revision,
  note: null, editor: { __typename: 'Editor', id: editor, name: null },
  fields: [{ __typename: 'FieldChange', field: 'title', before: '"old"', after: JSON.stringify(title) }],
  node: { __typename: 'Meeting', id: 'm' + revision, title },
});

/** Queries answer `answer`; every subscription is fed by the test, as the gateway would over the socket. */
function fakeClient(answer: (query: string) => unknown) {
  const subject = makeSubject<{ data: unknown }>();
  const executeQuery = vi.fn((request: { query: { loc?: { source: { body: string } } } }) =>
    fromValue({ data: answer(request.query.loc?.source.body ?? ''), stale: false, hasNext: false }));
  const executeSubscription = vi.fn(() => subject.source);
  const client = { executeQuery, executeSubscription } as unknown as Client;
  return { client, executeQuery, executeSubscription, push: (data: unknown) => act(() => subject.next({ data } as never)) };
}

describe('Recent changes, live', () => {
  it('prepends each committed change of its filter, newest first, once', () => {
    const { client, executeSubscription, push } = fakeClient(() => ({
      changes: { __typename: 'ChangeConnection', totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'ChangeEdge', cursor: 'c1', node: change('1', 'First') }] },
    }));
    const view = render(<Provider value={client}><ChangesPage params={new URLSearchParams('type=Meeting')} /></Provider>);
    expect(view.getAllByTestId('change')).toHaveLength(1);
    const [request] = executeSubscription.mock.calls[0] as unknown as [{ variables: { filter: { typenames: string[] } } }];
    expect(request.variables.filter.typenames).toEqual(['Meeting']);

    push({ changes: change('2', 'Second') });
    push({ changes: change('3', 'Third') });
    push({ changes: change('1', 'First') }); // already on the page (a resend)
    const titles = view.getAllByRole('link').map((a) => a.textContent);
    expect(titles).toEqual(['Third', 'Second', 'First']);
    expect(view.getByText(/3 changes, newest first, live/)).toBeTruthy();
  });

  it('does not follow on an older page', () => {
    const { client, executeSubscription } = fakeClient(() => ({
      changes: { __typename: 'ChangeConnection', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
    }));
    render(<Provider value={client}><ChangesPage params={new URLSearchParams('after=abc')} /></Provider>);
    expect(executeSubscription).not.toHaveBeenCalled();
  });
});

describe('the meeting list, live', () => {
  it('announces new and changed meetings, each once, and refreshes the list on request', () => {
    const { client, executeQuery, push } = fakeClient((q) => q.includes('query Meetings')
      ? { meetings: { __typename: 'MeetingConnection', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }
      : { countries: [], series: [], topics: [] });
    const view = render(<Provider value={client}><MeetingsPage params={new URLSearchParams()} /></Provider>);
    expect(view.queryByTestId('meetings-changed')).toBeNull();
    push({ changes: { nodeId: 'm1', revision: '5', kind: 'CREATED' } });
    push({ changes: { nodeId: 'm1', revision: '6', kind: 'UPDATED' } });
    push({ changes: { nodeId: 'm2', revision: '7', kind: 'UPDATED' } });
    expect(view.getByTestId('meetings-changed').textContent).toContain('2 new or changed meetings');
    const reads = executeQuery.mock.calls.length;
    fireEvent.click(view.getByText('refresh'));
    expect(view.queryByTestId('meetings-changed')).toBeNull();
    const again = executeQuery.mock.calls.slice(reads) as unknown as [unknown, { requestPolicy?: string }][];
    expect(again.some(([, opts]) => opts?.requestPolicy === 'network-only')).toBe(true);
    push({ changes: { nodeId: 'm1', revision: '8', kind: 'UPDATED' } });
    expect(view.getByTestId('meetings-changed').textContent).toContain('1 new or changed meeting —');
  });
});

describe('the meeting list, downloads', () => {
  it('links both exports with the filter the list shows, every page of it', () => {
    const { client } = fakeClient((q) => q.includes('query Meetings')
      ? { meetings: { __typename: 'MeetingConnection', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }
      : { countries: [], series: [], topics: [] });
    const view = render(<Provider value={client}>
      <MeetingsPage params={new URLSearchParams('countries=KR&kinds=TALKS&after=Y3Vyc29y')} />
    </Provider>);
    expect(view.getByText('Download CSV').getAttribute('href')).toBe('/export/meetings.csv?countries=KR&kinds=TALKS');
    expect(view.getByText('Download Popolo JSON').getAttribute('href'))
      .toBe('/export/popolo.json?countries=KR&kinds=TALKS');
  });
});
