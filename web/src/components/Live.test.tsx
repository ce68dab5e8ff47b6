import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, act } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { makeSubject } from 'wonka';
import { ChangedBanner, useRecordChanges } from './Live';
import { RECONNECTED } from '../live';

/** A client whose only subscription is fed by the test, as the gateway would over the socket. */
function liveClient() {
  const subject = makeSubject<{ data: unknown }>();
  const client = {
    executeSubscription: vi.fn(() => subject.source),
  } as unknown as Client;
  const push = (editor: { id: string; name?: string | null }, revision: string) =>
    act(() => subject.next({ data: { meetingChanged: { nodeId: 'm1', revision, typename: 'Meeting', kind: 'UPDATED', at: '2026-12-07T23:00:00Z', editor } } } as never));
  return { client, push };
}

function Page({ editing, refetch }: { editing: boolean; refetch: () => void }) {
  const live = useRecordChanges('Meeting', 'm1', { editing, refetch });
  return <div>{live.pending && <ChangedBanner change={live.pending} onShow={live.dismiss} />}</div>;
}

describe('a meeting page following its changes', () => {
  it('refetches once per change by someone else while the viewer reads', () => {
    const { client, push } = liveClient();
    const refetch = vi.fn();
    const view = render(<Provider value={client}><Page editing={false} refetch={refetch} /></Provider>);
    push({ id: 'alice', name: 'Alice Kim' }, '7');
    push({ id: 'alice', name: 'Alice Kim' }, '8');
    expect(refetch).toHaveBeenCalledTimes(2);
    expect(view.queryByTestId('changed-banner')).toBeNull();
  });

  it('reads the record again after the socket reconnects, unless the viewer is editing', () => {
    const { client } = liveClient();
    const refetch = vi.fn();
    const reading = render(<Provider value={client}><Page editing={false} refetch={refetch} /></Provider>);
    act(() => { window.dispatchEvent(new Event(RECONNECTED)); });
    expect(refetch).toHaveBeenCalledTimes(1);
    reading.unmount();
    const editing = vi.fn();
    render(<Provider value={client}><Page editing={true} refetch={editing} /></Provider>);
    act(() => { window.dispatchEvent(new Event(RECONNECTED)); });
    expect(editing).not.toHaveBeenCalled();
  });

  it('shows "Changed by" with the editor name while the viewer edits, and no refetch replaces the form', () => {
    const { client, push } = liveClient();
    const refetch = vi.fn();
    const view = render(<Provider value={client}><Page editing={true} refetch={refetch} /></Provider>);
    push({ id: 'alice', name: null }, '7');
    expect(view.getByTestId('changed-banner').textContent).toContain('Changed by alice');
    push({ id: 'alice', name: 'Alice Kim' }, '8');
    expect(view.getByTestId('changed-banner').textContent).toContain('Changed by Alice Kim');
    expect(refetch).not.toHaveBeenCalled();
    fireEvent.click(view.getByText('show'));
    expect(view.queryByTestId('changed-banner')).toBeNull();
  });

  it("ignores the viewer's own change while they edit", () => {
    sessionStorage.setItem('summitry.editorToken', `h.${btoa(JSON.stringify({ sub: 'bob' }))}.s`);
    try {
      const { client, push } = liveClient();
      const refetch = vi.fn();
      const view = render(<Provider value={client}><Page editing={true} refetch={refetch} /></Provider>);
      push({ id: 'bob', name: 'Bob' }, '9');
      expect(view.queryByTestId('changed-banner')).toBeNull();
      expect(refetch).not.toHaveBeenCalled();
    } finally {
      sessionStorage.removeItem('summitry.editorToken');
    }
  });
});
