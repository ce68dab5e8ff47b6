import { useEffect, useRef, useState } from 'preact/hooks';
import { useSubscription } from '@urql/preact';
import { graphql } from '../gql';
import { RECONNECTED, editorLabel, reaction, tokenSubject, type LiveChange } from '../live';
import { useEditorToken } from '../pages/Token';

const MeetingChanged = graphql(`
  subscription MeetingChanged($id: ID!) {
    meetingChanged(id: $id) { nodeId revision typename kind at editor { id name } }
  }
`);

const PersonChanged = graphql(`
  subscription PersonChanged($id: ID!) {
    personChanged(id: $id) { nodeId revision typename kind at editor { id name } }
  }
`);

/**
 * Follows the changes to one meeting or person (with their children) while the page is open. Each change by someone
 * else either calls `refetch` (the viewer reads) or is returned as `pending` (the viewer edits: the page shows a
 * banner and lets them look, so nothing they typed is replaced behind their back). The viewer's own change is ignored.
 */
export function useRecordChanges(kind: 'Meeting' | 'Person', id: string | undefined, { editing, refetch, pause = false }: {
  editing: boolean;
  refetch?: () => void;
  pause?: boolean;
}): { pending: LiveChange | null; dismiss: () => void } {
  const token = useEditorToken();
  const [pending, setPending] = useState<LiveChange | null>(null);
  const [result] = useSubscription({
    query: kind === 'Meeting' ? MeetingChanged : PersonChanged,
    variables: { id: id ?? '' },
    pause: pause || !id,
  } as { query: typeof MeetingChanged; variables: { id: string }; pause: boolean });
  const data = result.data as { meetingChanged?: LiveChange | null; personChanged?: LiveChange | null } | undefined;
  const change = data?.meetingChanged ?? data?.personChanged ?? null;
  const latest = useRef({ editing, refetch });
  latest.current = { editing, refetch };

  // after a cut the changes made meanwhile are not resent: a reader's page reads the record again
  useEffect(() => {
    if (pause || !id) return;
    const again = () => {
      if (!latest.current.editing) latest.current.refetch?.();
    };
    window.addEventListener(RECONNECTED, again);
    return () => window.removeEventListener(RECONNECTED, again);
  }, [pause, id]);

  useEffect(() => {
    if (!change) return;
    switch (reaction(change, { editorId: tokenSubject(token), editing: latest.current.editing })) {
      case 'refetch':
        latest.current.refetch?.();
        break;
      case 'banner':
        setPending(change);
        break;
    }
    // one reaction per change: a change is told from the next by its revision
  }, [change && `${change.nodeId}@${change.revision}`]);

  return { pending, dismiss: () => setPending(null) };
}

/** "Changed by X — show": someone saved the record the viewer is editing. */
export function ChangedBanner({ change, onShow }: { change: LiveChange; onShow: () => void }) {
  return (
    <div class="live-banner" role="status" data-testid="changed-banner">
      Changed by {editorLabel(change.editor)} —{' '}
      <button type="button" class="link" onClick={onShow}>show</button>
    </div>
  );
}
