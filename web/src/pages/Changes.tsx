import { useEffect, useState } from 'preact/hooks';
import { RECONNECTED } from '../live';
import { useQuery, useSubscription } from '@urql/preact';
import { graphql } from '../gql';
import { Failure, Loading, Missing } from '../components/Common';
import { ChangeItem } from '../components/History';
import { navigate } from '../router';

const ChangesQuery = graphql(`
  query Changes($filter: ChangeFilter, $after: String) {
    changes(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ChangeFields node { id __typename ... on Meeting { title } ... on Person { name } ... on Organization { name } } } }
    }
  }
`);

const ChangesLive = graphql(`
  subscription ChangesLive($filter: ChangeFilter) {
    changes(filter: $filter) { ...ChangeFields node { id __typename ... on Meeting { title } ... on Person { name } ... on Organization { name } } }
  }
`);

export const TYPES = ['Meeting', 'Participant', 'Mention', 'Statement', 'DateReport', 'Series', 'Source', 'Person', 'OtherName', 'Position', 'Organization'];

const PAGE: Record<string, string> = { Meeting: '#/meetings/', Person: '#/people/', Organization: '#/organizations/' };

type LiveItem = { nodeId: string; revision: string } & Parameters<typeof ChangeItem>[0]['change'] & { node?: unknown };

/** A date field's value (2026-12-07) as the instant its day starts (since) or ends (until), UTC. */
function dayStart(day: string | null) {
  return day ? `${day}T00:00:00Z` : null;
}
function dayEnd(day: string | null) {
  return day ? new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString() : null;
}

/** Recent changes across the whole record, filtered by editor, type and day; the filter lives in the URL. */
export function ChangesPage({ params }: { params: URLSearchParams }) {
  // a new filter starts a new page: its live changes (and the form) begin afresh, not carried over from the old one
  const filterKey = ['editor', 'type', 'since', 'until'].map((k) => params.get(k) ?? '').join('\u0000');
  return <FilteredChanges key={filterKey} params={params} />;
}

function FilteredChanges({ params }: { params: URLSearchParams }) {
  const editor = params.get('editor');
  const type = params.get('type');
  const since = params.get('since');
  const until = params.get('until');
  const after = params.get('after');
  const filter = {
    editorIds: editor ? [editor] : null,
    typenames: type ? [type] : null,
    since: dayStart(since),
    until: dayEnd(until),
  };
  const [result, reexecute] = useQuery({ query: ChangesQuery, variables: { filter, after }, requestPolicy: 'cache-and-network' });
  // the changes committed while the socket was down are not resent: read the page again
  useEffect(() => {
    const again = () => reexecute({ requestPolicy: 'network-only' });
    window.addEventListener(RECONNECTED, again);
    return () => window.removeEventListener(RECONNECTED, again);
  }, [reexecute]);
  const [form, setForm] = useState({ editor: editor ?? '', type: type ?? '', since: since ?? '', until: until ?? '' });
  const changes = result.data?.changes;
  // the first page grows as changes are committed; an older page (after) stays as it was
  const [live] = useSubscription({ query: ChangesLive, variables: { filter }, pause: !!after },
    (seen: LiveItem[] = [], data) => [data.changes as LiveItem, ...seen].slice(0, 200));
  const shownKeys = new Set(changes?.edges.map(({ node: c }) => c.nodeId + '@' + c.revision));
  const fresh = (live.data ?? []).filter((c) => !shownKeys.has(c.nodeId + '@' + c.revision));

  const apply = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    navigate('/changes', next);
  };

  return (
    <article aria-labelledby="h-changes">
      <h1 id="h-changes">Recent changes</h1>
      <form class="filters" onSubmit={apply} aria-label="Filter changes">
        <label>Editor <input name="editor" value={form.editor} placeholder="token subject"
          onInput={(e) => setForm({ ...form, editor: (e.target as HTMLInputElement).value })} /></label>
        <label>Type <select name="type" value={form.type} onChange={(e) => setForm({ ...form, type: (e.target as HTMLSelectElement).value })}>
          <option value="">any</option>
          {TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select></label>
        <label>From <input type="date" name="since" value={form.since} onInput={(e) => setForm({ ...form, since: (e.target as HTMLInputElement).value })} /></label>
        <label>To <input type="date" name="until" value={form.until} onInput={(e) => setForm({ ...form, until: (e.target as HTMLInputElement).value })} /></label>
        <button type="submit">Show</button>
      </form>
      <Failure error={result.error} />
      <Missing error={result.error} what="Changes" />
      {result.fetching && !changes && <Loading />}
      {changes && (
        <>
          <p class="muted">{changes.totalCount + fresh.length} change{changes.totalCount + fresh.length === 1 ? '' : 's'}, newest first{after ? '' : ', live'}.</p>
          <ol class="changes" data-testid="changes">
            {[...fresh, ...changes.edges.map(({ node }) => node)].map((c) => {
              const n = c.node as { id: string; __typename: string; title?: string; name?: string } | null;
              return (
                <div key={c.nodeId + '@' + c.revision}>
                  {n && PAGE[n.__typename] && (
                    <p class="change-record"><a href={PAGE[n.__typename] + encodeURIComponent(n.id)}>{n.title ?? n.name}</a></p>
                  )}
                  <ChangeItem change={c} />
                </div>
              );
            })}
          </ol>
          {changes.pageInfo.hasNextPage && changes.pageInfo.endCursor && (
            <p><a href={'#/changes?' + new URLSearchParams({ ...Object.fromEntries(params), after: changes.pageInfo.endCursor })}>Older changes →</a></p>
          )}
        </>
      )}
    </article>
  );
}
