import { useEffect, useRef, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { navigate } from '../router';
import { unavailableServices } from '../errors';

const SearchQuery = graphql(`
  query Search($text: String!, $people: Boolean!, $organizations: Boolean!) {
    people(filter: { text: $text }, first: 8) @include(if: $people) {
      edges {
        node {
          id
          name
          otherNames { name lang }
          positions { id title end { text } organization { id name } }
        }
      }
    }
    organizations(filter: { text: $text }, first: 5) @include(if: $organizations) {
      edges { node { id name acronym country { code } } }
    }
  }
`);

export interface Hit {
  id: string;
  kind: 'person' | 'organization';
  name: string;
  detail: string;
}

/**
 * One box over people and organizations, in any script the sources use (Hangul, Kanji, romanizations): a combobox
 * with a list of hits, each person with their current post. Arrows move, Enter opens, Escape closes. By default it
 * opens the chosen record; with onChoose it picks one (of the given kinds, never the excluded id) for a form.
 */
export function Search({
  kinds = ['person', 'organization'],
  label = 'Find a person or organization',
  idPrefix = 'search',
  exclude,
  onChoose,
}: {
  kinds?: Hit['kind'][];
  label?: string;
  idPrefix?: string;
  exclude?: string;
  onChoose?: (hit: Hit) => void;
} = {}) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(t);
  }, [text]);

  const [result] = useQuery({
    query: SearchQuery,
    variables: { text: debounced, people: kinds.includes('person'), organizations: kinds.includes('organization') },
    pause: debounced.length < 1,
  });
  let hits: Hit[] = [];
  for (const { node } of result.data?.people?.edges ?? []) {
    const current = node.positions.find((p) => !p.end) ?? node.positions[0];
    const matched = node.otherNames.find((o) => o.name.toLowerCase().includes(debounced.toLowerCase()));
    hits.push({
      id: node.id,
      kind: 'person',
      name: node.name + (matched ? ` (${matched.name})` : ''),
      detail: current ? `${current.title}${current.organization ? ', ' + current.organization.name : ''}` : 'no post known',
    });
  }
  for (const { node } of result.data?.organizations?.edges ?? []) {
    hits.push({
      id: node.id,
      kind: 'organization',
      name: node.name + (node.acronym ? ` (${node.acronym})` : ''),
      detail: 'organization' + (node.country ? `, ${node.country.code}` : ''),
    });
  }
  hits = hits.filter((hit) => hit.id !== exclude);
  const missing = unavailableServices(result.error);
  const expanded = open && debounced.length > 0 && text.trim() === debounced;

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText('');
    if (onChoose) return onChoose(hit);
    navigate(`/${hit.kind === 'person' ? 'people' : 'organizations'}/${encodeURIComponent(hit.id)}`);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a <= 0 ? hits.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(hits[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div class="search" role={onChoose ? undefined : 'search'}>
      <label for={`${idPrefix}-input`}>{label}</label>
      <input
        id={`${idPrefix}-input`}
        ref={input}
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={`${idPrefix}-results`}
        aria-activedescendant={expanded && active >= 0 ? `${idPrefix}-hit-${active}` : undefined}
        placeholder={kinds.includes('person') ? 'Name in any script: 래트너, 岸田, Kishida…' : 'Name or acronym'}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {expanded && (
        <ul id={`${idPrefix}-results`} role="listbox" aria-label="Search results" class="search-results">
          {result.fetching && !hits.length && <li class="muted" role="presentation">Searching…</li>}
          {!result.fetching && !hits.length && (
            <li class="muted" role="presentation">
              {missing.length ? `No answer: ${missing.join(', ')} is unavailable` : 'Nothing found'}
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${idPrefix}-hit-${i}`}
              role="option"
              aria-selected={i === active ? 'true' : 'false'}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span class="hit-name">{hit.name}</span>
              <span class="hit-detail">{hit.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
