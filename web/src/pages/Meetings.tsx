import { useEffect, useState } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import { graphql } from '../gql';
import type { MeetingFilter } from '../gql/graphql';
import { exportHref, filterFromParams, paramsFromFilter } from '../filters';
import { href, navigate } from '../router';
import { Timeline } from '../components/Timeline';
import { Failure, Loading, Missing } from '../components/Common';

const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $after: String) {
    meetings(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          date { edtf text note precision earliest latest }
          location { city country { code name } }
          countries { code }
        }
      }
    }
  }
`);

const ChoicesQuery = graphql(`
  query FilterChoices {
    countries { code name }
    allSeries { slug name acronym }
  }
`);

const MeetingsChanged = graphql(`
  subscription MeetingsChanged {
    changes(filter: { typenames: ["Meeting"] }) { nodeId revision kind }
  }
`);

/** How many meetings were created or changed after the first `since` changes (each once, however often it changed). */
export function changedSince(changes: string[], since: number): number {
  return new Set(changes.slice(since)).size;
}

export const KINDS = ['TALKS', 'SUMMIT', 'MINISTERIAL', 'WORKING_LEVEL', 'SEMINAR', 'EXERCISE', 'OTHER'] as const;
export const STATUSES = ['HELD', 'PLANNED', 'POSTPONED', 'CANCELLED'] as const;
export const label = (e: string) => e.charAt(0) + e.slice(1).toLowerCase().replace(/_/g, ' ');

export function MeetingsPage({ params }: { params: URLSearchParams }) {
  const state = filterFromParams(params);
  const [result, reexecute] = useQuery({ query: MeetingsQuery, variables: { filter: state.filter, after: state.after ?? null } });
  const data = result.data?.meetings;
  // new and changed meetings are announced, not spliced in: the list keeps its order and page while it is read
  const [since, setSince] = useState(0);
  const [live] = useSubscription({ query: MeetingsChanged },
    (seen: string[] = [], change) => [...seen, change.changes.nodeId]);
  const changed = changedSince(live.data ?? [], since);
  // another filter or page is read afresh: it holds every change so far
  useEffect(() => setSince((live.data ?? []).length), [params.toString()]);
  const refresh = () => {
    setSince((live.data ?? []).length);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="meetings-heading">
      <div class="page-head">
        <h1 id="meetings-heading">Meetings</h1>
        <a class="button" href="#/meetings/new">New meeting</a>
      </div>
      <FilterForm key={params.toString()} filter={state.filter} />
      {changed > 0 && (
        <div class="live-banner" role="status" data-testid="meetings-changed">
          {changed} new or changed meeting{changed === 1 ? '' : 's'} —{' '}
          <button type="button" class="link" onClick={refresh}>refresh</button>
        </div>
      )}
      <Failure error={result.error} />
      <Missing error={result.error} />
      {result.fetching && !data && <Loading />}
      {data && (
        <div class="results" aria-busy={result.fetching || result.stale ? 'true' : 'false'}>
          <p role="status" data-testid="meeting-count">
            {data.totalCount} meeting{data.totalCount === 1 ? '' : 's'} match{data.totalCount === 1 ? 'es' : ''}
            {state.after ? ' (a later page)' : ''}.{result.fetching || result.stale ? ' Updating…' : ''}
          </p>
          <p class="downloads" data-testid="meeting-downloads">
            Every match: <a href={exportHref('meetings.csv', state.filter)} download>Download CSV</a>
            {' · '}
            <a href={exportHref('popolo.json', state.filter)} download>Download Popolo JSON</a>
          </p>
          <Timeline
            title="When they took place or are planned"
            items={data.edges.map(({ node }) => ({
              id: node.id,
              label: node.title,
              href: `#/meetings/${encodeURIComponent(node.id)}`,
              date: node.date,
            }))}
          />
          <ol class="meeting-list">
            {data.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={`#/meetings/${encodeURIComponent(node.id)}`}>{node.title}</a>
                <span class="meta">
                  {node.date.text} · {label(node.kind)} · {label(node.status)}
                  {node.location?.city ? ` · ${node.location.city}` : ''}
                  {node.countries.length ? ` · ${node.countries.map((c) => c.code).join(', ')}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <nav class="pager" aria-label="Pages">
            {state.after && <a href={href('/meetings', paramsFromFilter({ filter: state.filter }))}>First page</a>}
            {data.pageInfo.hasNextPage && data.pageInfo.endCursor && (
              <a href={href('/meetings', paramsFromFilter({ filter: state.filter, after: data.pageInfo.endCursor }))}>
                Next page
              </a>
            )}
          </nav>
        </div>
      )}
    </section>
  );
}

function FilterForm({ filter }: { filter: MeetingFilter }) {
  const [choices] = useQuery({ query: ChoicesQuery });
  const [text, setText] = useState(filter.text ?? '');
  const [countries, setCountries] = useState<string[]>((filter.countryCodes ?? []) as string[]);
  const [kinds, setKinds] = useState<string[]>((filter.kinds ?? []) as string[]);
  const [statuses, setStatuses] = useState<string[]>((filter.statuses ?? []) as string[]);
  const [series, setSeries] = useState(filter.seriesSlug ?? '');
  const [topics, setTopics] = useState(((filter.topics ?? []) as string[]).join(', '));
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [heldIn, setHeldIn] = useState<string[]>((filter.locationCountryCodes ?? []) as string[]);

  const submit = (e: Event) => {
    e.preventDefault();
    const next: MeetingFilter = {
      text: text.trim() || undefined,
      countryCodes: countries.length ? countries : undefined,
      locationCountryCodes: heldIn.length ? heldIn : undefined,
      kinds: kinds.length ? (kinds as MeetingFilter['kinds']) : undefined,
      statuses: statuses.length ? (statuses as MeetingFilter['statuses']) : undefined,
      seriesSlug: series || undefined,
      topics: topics.split(',').map((t) => t.trim()).filter(Boolean),
      from: from || undefined,
      to: to || undefined,
    };
    navigate('/meetings', paramsFromFilter({ filter: next }));
  };
  const toggle = (list: string[], set: (v: string[]) => void, value: string) =>
    set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <form class="filters" onSubmit={submit} aria-label="Filter meetings">
      <div class="field">
        <label for="f-text">Words</label>
        <input id="f-text" type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="f-from">From</label>
        <input id="f-from" type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="f-to">To</label>
        <input id="f-to" type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
      </div>
      <CountryPicker id="f-country" label="Countries taking part" chosen={countries} onChange={setCountries} countries={choices.data?.countries ?? []} />
      <CountryPicker id="f-held-in" label="Held in" chosen={heldIn} onChange={setHeldIn} countries={choices.data?.countries ?? []} />
      <div class="field">
        <label for="f-series">Series</label>
        <select id="f-series" value={series} onChange={(e) => setSeries((e.target as HTMLSelectElement).value)}>
          <option value="">Any</option>
          {(choices.data?.allSeries ?? []).map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-topics">Topics (comma-separated)</label>
        <input id="f-topics" value={topics} onInput={(e) => setTopics((e.target as HTMLInputElement).value)} />
      </div>
      <fieldset>
        <legend>Kinds</legend>
        {KINDS.map((k) => (
          <label key={k} class="check">
            <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(kinds, setKinds, k)} /> {label(k)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Statuses</legend>
        {STATUSES.map((s) => (
          <label key={s} class="check">
            <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggle(statuses, setStatuses, s)} />{' '}
            {label(s)}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit">Show meetings</button>
        <a href="#/meetings">Clear</a>
      </div>
    </form>
  );
}

/** Countries chosen one at a time from a list, each removable. */
function CountryPicker({ id, label: text, chosen, onChange, countries }: {
  id: string;
  label: string;
  chosen: string[];
  onChange: (codes: string[]) => void;
  countries: { code: string; name: string }[];
}) {
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  return (
    <div class="field">
      <label for={id}>{text}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const code = (e.target as HTMLSelectElement).value;
          if (code && !chosen.includes(code)) onChange([...chosen, code]);
        }}
      >
        <option value="">Add a country…</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
      <ul class="chips" aria-label={`${text}: chosen`}>
        {chosen.map((code) => (
          <li key={code}>
            {name(code)}{' '}
            <button type="button" aria-label={`Remove ${name(code)}`} onClick={() => onChange(chosen.filter((c) => c !== code))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
