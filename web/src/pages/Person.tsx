import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { Failure, Loading, Missing } from '../components/Common';
import { Timeline } from '../components/Timeline';
import { Inferred, KIND_LABEL, SourceLink } from './Meeting';
import { href } from '../router';
import { History, justAfter } from '../components/History';
import { useRecordChanges } from '../components/Live';
import { MergeInto } from '../components/MergeInto';
import { useEditorToken } from './Token';

const PersonQuery = graphql(`
  query Person($id: ID!, $after: String, $asOf: DateTime) {
    person(id: $id, asOf: $asOf) {
      id
      name
      givenName
      familyName
      summary
      wikidataId
      nationality { code name }
      otherNames { name lang note }
      positions {
        id
        title
        organization { id name }
        start { edtf text note precision earliest latest }
        end { edtf text note precision earliest latest }
      }
      statements { id kind text basis note meeting { id title } source { id title url publisher publishedOn } }
      meetings(first: 10, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id title date { text edtf note precision earliest latest } } }
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

export function PersonPage({ id, params, asOf = null }: { id: string; params: URLSearchParams; asOf?: string | null }) {
  const after = params.get('after');
  const [result, reexecute] = useQuery({ query: PersonQuery, variables: { id, after, asOf } });
  const token = useEditorToken();
  // someone else's change shows as it is committed (not for a person as they stood)
  useRecordChanges('Person', id, { editing: false, pause: !!asOf, refetch: () => reexecute({ requestPolicy: 'network-only' }) });
  const p = result.data?.person;
  if (result.fetching && !p) return <Loading />;
  if (!p) {
    return (
      <>
        <Failure error={result.error} />
        <Missing error={result.error} />
        {!result.error && <p>There is no person with this id.</p>}
      </>
    );
  }
  const self = `/people/${encodeURIComponent(p.id)}`;
  return (
    <article aria-labelledby="person-name">
      <div class="page-head">
        <h1 id="person-name">{p.name}</h1>
        {!asOf && <a class="button" href={`#${self}/edit`}>Edit this person</a>}
      </div>
      <Missing error={result.error} what="Part of this person's page" />
      {token && !asOf && <MergeInto kind="person" id={p.id} name={p.name} />}
      {p.summary && <p class="summary">{p.summary}</p>}
      <section aria-labelledby="h-names">
        <h2 id="h-names">Names</h2>
        <ul class="names">
          <li><span lang="en">{p.name}</span> <span class="muted">(name in this database)</span></li>
          {p.otherNames.map((n) => (
            <li key={n.name + n.lang}>
              <span lang={n.lang ?? undefined}>{n.name}</span> <span class="muted">({n.lang ?? 'language not given'})</span>
              {n.note && <span class="note"> {n.note}</span>}
            </li>
          ))}
        </ul>
        {p.nationality && <p>Nationality: {p.nationality.name}</p>}
      </section>
      <section aria-labelledby="h-posts">
        <h2 id="h-posts">Posts</h2>
        {p.positions.length === 0 ? (
          <p class="muted">No post recorded.</p>
        ) : (
          <>
            <Timeline
              title="Posts over time"
              items={p.positions.map((pos) => ({
                id: pos.id,
                label: pos.title,
                date: {
                  earliest: pos.start?.earliest ?? null,
                  latest: pos.end?.latest ?? (pos.start?.earliest ? today() : null),
                  precision: 'RANGE',
                  edtf: `${pos.start?.edtf ?? '..'}/${pos.end?.edtf ?? '..'}`,
                  text: `${pos.start?.text ?? 'start unknown'} – ${pos.end?.text ?? 'no end known'}`,
                  note: [pos.start?.note, pos.end?.note].filter(Boolean).join(' ') || null,
                },
              }))}
            />
            <ul>
              {p.positions.map((pos) => (
                <li key={pos.id}>
                  {pos.title}
                  {pos.organization && <>, <a href={`#/organizations/${encodeURIComponent(pos.organization.id)}`}>{pos.organization.name}</a></>}
                  <span class="muted"> ({pos.start?.text ?? 'start unknown'} – {pos.end?.text ?? 'no end known'})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="h-meetings">
        <h2 id="h-meetings">Meetings</h2>
        {!p.meetings ? (
          <p class="muted">Meetings are unavailable right now.</p>
        ) : (
          <>
            <p>{p.meetings.totalCount} meeting{p.meetings.totalCount === 1 ? '' : 's'}</p>
            <ul>
              {p.meetings.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={`#/meetings/${encodeURIComponent(node.id)}`}>{node.title}</a> <span class="muted">{node.date.text}</span>
                </li>
              ))}
            </ul>
            <nav class="pager" aria-label="Meeting pages">
              {after && <a href={href(self)}>First page</a>}
              {p.meetings.pageInfo.hasNextPage && p.meetings.pageInfo.endCursor && (
                <a href={href(self, new URLSearchParams({ after: p.meetings.pageInfo.endCursor }))}>Next page</a>
              )}
            </nav>
          </>
        )}
      </section>
      <section aria-labelledby="h-statements">
        <h2 id="h-statements">Statements</h2>
        {!p.statements ? (
          <p class="muted">Statements are unavailable right now.</p>
        ) : p.statements.length === 0 ? (
          <p class="muted">No statement recorded.</p>
        ) : (
          p.statements.map((s) => (
            <figure key={s.id} class={'statement ' + s.kind.toLowerCase()} data-kind={s.kind}>
              <figcaption>
                <span class="badge">{KIND_LABEL[s.kind] ?? s.kind}</span> at{' '}
                <a href={`#/meetings/${encodeURIComponent(s.meeting.id)}`}>{s.meeting.title}</a>
              </figcaption>
              <Inferred basis={s.basis} note={s.note} />
              {s.kind === 'PARAPHRASE' ? <p class="paraphrase-text">{s.text}</p> : <blockquote>“{s.text}”</blockquote>}
              <p class="cite">Source: <SourceLink source={s.source} /></p>
            </figure>
          ))
        )}
      </section>
      {!asOf && (
        <History type="Person" id={p.id} asOfHref={(c) =>
          `#/people/${encodeURIComponent(p.id)}?asOf=${encodeURIComponent(justAfter(c.at))}${c.typename === 'Person' ? `&revision=${c.revision}` : ''}`} />
      )}
    </article>
  );
}
