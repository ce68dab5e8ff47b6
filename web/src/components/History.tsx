import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import type { ChangeFieldsFragment } from '../gql/graphql';
import { Failure, Missing } from './Common';

export const ChangeFields = graphql(`
  fragment ChangeFields on Change {
    revision
    at
    kind
    typename
    nodeId
    note
    editor { id name }
    fields { field before after }
    node { id }
  }
`);

const MeetingHistory = graphql(`
  query MeetingHistory($id: ID!, $after: String) {
    meeting(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...ChangeFields } }
      }
    }
  }
`);

const PersonHistory = graphql(`
  query PersonHistory($id: ID!, $after: String) {
    person(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...ChangeFields } }
      }
    }
  }
`);

const OrganizationHistory = graphql(`
  query OrganizationHistory($id: ID!, $after: String) {
    organization(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...ChangeFields } }
      }
    }
  }
`);

const KIND_TEXT: Record<string, string> = { CREATED: 'created', UPDATED: 'changed', DELETED: 'deleted', RESTORED: 'restored' };

/** 2026-12-07T21:54:02.123Z → 2026-12-07 21:54:02 UTC: the same text for every reader, whatever their zone. */
export function when(at: string): string {
  return at.replace('T', ' ').replace(/(\.\d+)?Z$/, '') + ' UTC';
}

/**
 * The instant to read a record "as it stood" after a change: its commit time, which the services keep to the
 * microsecond, rounded up to the next millisecond, so that the change is included whatever digits a client keeps.
 */
export function justAfter(at: string): string {
  return new Date(Math.floor(Date.parse(at)) + 1).toISOString();
}

/** A value as the change records it (JSON text) in words: a string as itself, a list one item a line, null as —. */
export function shown(json: string | null | undefined): string {
  if (json == null) return '—';
  try {
    const value = JSON.parse(json);
    if (value == null) return '—';
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
    return JSON.stringify(value);
  } catch {
    return json;
  }
}

/** One change: who, when, why, and each field before → after; a child's change says what kind of record it is. */
export function ChangeItem({ change, rootType, asOfHref }: {
  change: ChangeFieldsFragment;
  rootType?: string;
  asOfHref?: (change: ChangeFieldsFragment) => string | null;
}) {
  const link = asOfHref?.(change);
  return (
    <li class="change" data-testid="change" data-kind={change.kind} data-revision={change.revision}>
      <p class="change-head">
        <span class="badge">{KIND_TEXT[change.kind] ?? change.kind}</span>{' '}
        {change.typename !== rootType && <span class="badge badge-type" data-testid="change-type">{change.typename}</span>}{' '}
        <strong data-testid="change-editor">{change.editor.name || change.editor.id}</strong>{' '}
        <time dateTime={change.at}>{when(change.at)}</time>
        {link && (
          <>
            {' · '}
            <a href={link} data-testid="as-it-stood">view as it stood</a>
          </>
        )}
      </p>
      {change.note && <p class="note" data-testid="change-note">“{change.note}”</p>}
      {change.fields.length > 0 && (
        <table class="diff">
          <tbody>
            {change.fields.map((f) => (
              <tr key={f.field} data-testid="field-change" data-field={f.field}>
                <th scope="row">{f.field}</th>
                <td class="before">{shown(f.before)}</td>
                <td aria-hidden="true">→</td>
                <td class="after">{shown(f.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

const QUERIES = { Meeting: MeetingHistory, Person: PersonHistory, Organization: OrganizationHistory } as const;

/**
 * The History section of a meeting, person or organization page: newest first, with the children's changes (a
 * participant, a statement, a position) labelled with their type; older pages on demand.
 */
export function History({ type, id, asOfHref }: {
  type: keyof typeof QUERIES;
  id: string;
  asOfHref?: (change: ChangeFieldsFragment) => string | null;
}) {
  const [after, setAfter] = useState<string | null>(null);
  // the three queries share one shape; the record field differs by type
  const [result] = useQuery({ query: QUERIES[type] as typeof MeetingHistory, variables: { id, after }, requestPolicy: 'cache-and-network' });
  const data = result.data as Record<string, { history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: ChangeFieldsFragment }[] } } | null> | undefined;
  const record = data?.[type.charAt(0).toLowerCase() + type.slice(1)];
  const history = record?.history;
  return (
    <section aria-labelledby="h-history" data-testid="history">
      <h2 id="h-history">History</h2>
      <Failure error={result.error} />
      <Missing error={result.error} what="History" />
      {history && (
        <>
          <p class="muted">{history.totalCount} change{history.totalCount === 1 ? '' : 's'}, newest first.</p>
          <ol class="changes">
            {history.edges.map((e) => (
              <ChangeItem key={e.node.nodeId + e.node.revision} change={e.node} rootType={type} asOfHref={asOfHref} />
            ))}
          </ol>
          <div class="actions">
            {after && <button type="button" class="secondary" onClick={() => setAfter(null)}>Newest changes</button>}
            {history.pageInfo.hasNextPage && (
              <button type="button" class="secondary" onClick={() => setAfter(history.pageInfo.endCursor ?? null)}>
                Older changes
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
