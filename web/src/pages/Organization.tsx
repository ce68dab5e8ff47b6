import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { Failure, Loading, Missing } from '../components/Common';
import { href, navigate } from '../router';
import { History } from '../components/History';
import { MergeInto } from '../components/MergeInto';
import { useEditorToken } from './Token';

const OrganizationQuery = graphql(`
  query Organization($id: ID!, $at: Date) {
    organization(id: $id) {
      id
      name
      acronym
      kind
      summary
      country { code name }
      parent { id name }
      children { id name }
      positions(at: $at) {
        id
        title
        person { id name }
        start { text }
        end { text }
      }
    }
  }
`);

const orgHref = (id: string) => `#/organizations/${encodeURIComponent(id)}`;

export function OrganizationPage({ id, params }: { id: string; params: URLSearchParams }) {
  const at = params.get('at') || null;
  const [date, setDate] = useState(at ?? '');
  const [result] = useQuery({ query: OrganizationQuery, variables: { id, at } });
  const token = useEditorToken();
  const o = result.data?.organization;
  if (result.fetching && !o) return <Loading />;
  if (!o) {
    return (
      <>
        <Failure error={result.error} />
        <Missing error={result.error} />
        {!result.error && <p>There is no organization with this id.</p>}
      </>
    );
  }
  const self = `/organizations/${encodeURIComponent(o.id)}`;
  return (
    <article aria-labelledby="org-name">
      <h1 id="org-name">
        {o.name}
        {o.acronym ? ` (${o.acronym})` : ''}
      </h1>
      <Missing error={result.error} />
      {token && <MergeInto kind="organization" id={o.id} name={o.name} />}
      {o.summary && <p class="summary">{o.summary}</p>}
      <dl class="facts">
        {o.country && (<><dt>Country</dt><dd>{o.country.name}</dd></>)}
        <dt>Part of</dt>
        <dd>{o.parent ? <a href={orgHref(o.parent.id)}>{o.parent.name}</a> : <span class="muted">nothing above it</span>}</dd>
        <dt>Parts</dt>
        <dd>
          {o.children.length ? (
            <ul>{o.children.map((c) => <li key={c.id}><a href={orgHref(c.id)}>{c.name}</a></li>)}</ul>
          ) : (
            <span class="muted">none recorded</span>
          )}
        </dd>
      </dl>
      <section aria-labelledby="h-posts">
        <h2 id="h-posts">{at ? `Who held which post on ${at}` : 'Posts (every holder)'}</h2>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(self, date ? new URLSearchParams({ at: date }) : undefined);
          }}
        >
          <label for="org-at">On the day</label>
          <input id="org-at" type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          <button type="submit">Show</button>
          {at && <a href={href(self)}>All holders</a>}
        </form>
        {o.positions.length === 0 ? (
          <p class="muted">No post {at ? 'held on that day' : 'recorded'}.</p>
        ) : (
          <ul>
            {o.positions.map((p) => (
              <li key={p.id}>
                {p.title}: {p.person ? <a href={`#/people/${encodeURIComponent(p.person.id)}`}>{p.person.name}</a> : <span class="muted">(person unavailable)</span>}
                <span class="muted"> ({p.start?.text ?? 'start unknown'} – {p.end?.text ?? 'no end known'})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <History type="Organization" id={o.id} />
    </article>
  );
}
