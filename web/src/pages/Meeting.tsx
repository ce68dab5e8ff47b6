import { useEffect } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { Failure, FuzzyDateText, Loading, Missing } from '../components/Common';
import { label } from './Meetings';
import { AddToMeeting } from './AddToMeeting';
import { useEditorToken } from './Token';
import { History, justAfter } from '../components/History';
import { useRecordChanges } from '../components/Live';

/** The meeting as it stood right after a change; with the revision of the meeting's own change, it can be restored. */
export const asOfHref = (id: string, at: string, revision: string | null) =>
  `#/meetings/${encodeURIComponent(id)}?asOf=${encodeURIComponent(justAfter(at))}${revision ? `&revision=${revision}` : ''}`;

const MeetingQuery = graphql(`
  query Meeting($id: ID!, $asOf: DateTime) {
    meeting(id: $id, asOf: $asOf) {
      id
      version
      title
      kind
      status
      summary
      topics
      outcomes
      ordinal
      date { edtf text note precision earliest latest searchFrom searchTo }
      dateReports { id quote date { edtf text note } source { id title url publisher publishedOn } }
      location { venue city country { code name } }
      host { id name }
      countries { code name }
      series { slug name acronym }
      previousInSeries { id title ordinal }
      nextInSeries { id title ordinal }
      partOf { id title }
      preparesFor { id title }
      sessions { id title date { text } }
      preparedBy { id title date { text } }
      participants {
        id
        role
        basis
        note
        titleAsReported
        delegation { code name }
        person { id name }
        position { id title organization { id name } }
        sources { id title url }
      }
      statements {
        id
        kind
        text
        attribution
        basis
        note
        speakers { id name }
        source { id title url publisher publishedOn }
      }
      mentions { id context basis note person { id name } mentionedBy { id name } source { id title url } }
      sources { id title url publisher publishedOn }
    }
  }
`);

const meetingHref = (id: string) => `#/meetings/${encodeURIComponent(id)}`;
const personHref = (id: string) => `#/people/${encodeURIComponent(id)}`;

type SourceRef = { id: string; title: string; url?: string | null; publisher?: string | null; publishedOn?: string | null };

export function SourceLink({ source }: { source?: SourceRef | null }) {
  if (!source) return <span class="muted">no source given</span>;
  const text = source.title + (source.publisher ? ` (${source.publisher}${source.publishedOn ? ', ' + source.publishedOn : ''})` : '');
  return source.url ? (
    <a class="source" href={source.url} rel="noopener noreferrer" target="_blank">
      {text}
    </a>
  ) : (
    <span class="source">{text}</span>
  );
}

export const KIND_LABEL: Record<string, string> = { QUOTE: 'Quotation', PARAPHRASE: 'Paraphrase', DOCUMENT: 'Document' };

/** Who made a statement: every speaker a joint statement names, or how the source names an unnamed one. */
export function Speakers({ speakers, attribution }: { speakers?: { id: string; name: string }[] | null; attribution?: string | null }) {
  if (speakers == null) return <span class="muted">speakers unavailable</span>;
  if (!speakers.length) return <span class="attribution">{attribution ? `${attribution} (unnamed)` : 'unattributed'}</span>;
  return (
    <>
      {speakers.map((p, i) => (
        <span key={p.id}>
          {i > 0 && (i === speakers.length - 1 ? ' and ' : ', ')}
          <a href={personHref(p.id)}>{p.name}</a>
        </span>
      ))}
    </>
  );
}

/** A fact the source does not state but that is concluded from it, with what it is concluded from. */
export function Inferred({ basis, note }: { basis: string; note?: string | null }) {
  if (basis !== 'INFERRED') return null;
  return (
    <span class="inferred" title={note ?? undefined}>
      {' '}
      <span class="badge badge-inferred">inferred</span>
      {note && <span class="note"> {note}</span>}
    </span>
  );
}

/** The page of a meeting as it is now, or (asOf) as it stood then: without editing, under the as-of bar. */
export function MeetingPage({ id, asOf = null }: { id: string; asOf?: string | null }) {
  const [result, reexecute] = useQuery({ query: MeetingQuery, variables: { id, asOf } });
  // an addition from the editor panel below changes lists the cache cannot update by itself
  useEffect(() => {
    const refresh = () => reexecute({ requestPolicy: 'network-only' });
    window.addEventListener('summitry-refresh', refresh);
    return () => window.removeEventListener('summitry-refresh', refresh);
  }, [reexecute]);
  // someone else's change shows as it is committed (not for a meeting as it stood)
  useRecordChanges('Meeting', id, { editing: false, pause: !!asOf, refetch: () => reexecute({ requestPolicy: 'network-only' }) });
  const token = useEditorToken();
  const m = result.data?.meeting;
  if (result.fetching && !m) return <Loading />;
  if (!m) {
    return (
      <>
        <Failure error={result.error} />
        <Missing error={result.error} />
        {!result.error && <p>{asOf ? 'This meeting did not exist then.' : 'There is no meeting with this id.'}</p>}
      </>
    );
  }
  const delegations = new Map<string, typeof m.participants>();
  for (const p of m.participants) {
    const key = p.delegation ? `${p.delegation.name} (${p.delegation.code})` : 'No delegation given';
    delegations.set(key, [...(delegations.get(key) ?? []), p]);
  }

  return (
    <article aria-labelledby="meeting-title">
      <div class="page-head">
        <h1 id="meeting-title">{m.title}</h1>
        {!asOf && <a class="button" href={`#/meetings/${encodeURIComponent(m.id)}/edit`}>Edit this meeting</a>}
      </div>
      <Missing error={result.error} what="Part of this meeting" />
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{label(m.kind)}</dd>
        <dt>Status</dt>
        <dd>{label(m.status)}</dd>
        <dt>Date</dt>
        <dd data-testid="meeting-date">
          <FuzzyDateText date={m.date} />
          {m.date.earliest && m.date.latest && m.date.earliest !== m.date.latest && (
            <span class="muted"> — between {m.date.earliest} and {m.date.latest}</span>
          )}
          {m.date.note && <p class="note">{m.date.note}</p>}
        </dd>
        {m.location && (
          <>
            <dt>Where</dt>
            <dd>{[m.location.venue, m.location.city, m.location.country?.name].filter(Boolean).join(', ')}</dd>
          </>
        )}
        <dt>Host</dt>
        <dd>{m.host ? <a href={`#/organizations/${encodeURIComponent(m.host.id)}`}>{m.host.name}</a> : <span class="muted">not known or unavailable</span>}</dd>
        {m.countries.length > 0 && (
          <>
            <dt>Countries</dt>
            <dd>{m.countries.map((c) => c.name).join(', ')}</dd>
          </>
        )}
        {m.series && (
          <>
            <dt>Series</dt>
            <dd>
              {m.series.name}
              {m.ordinal ? `, round ${m.ordinal}` : ''}
              <nav class="series-nav" aria-label="Rounds of the series">
                {m.previousInSeries ? <a href={meetingHref(m.previousInSeries.id)}>← {m.previousInSeries.title}</a> : <span class="muted">no earlier round</span>}
                {m.nextInSeries ? <a href={meetingHref(m.nextInSeries.id)}>{m.nextInSeries.title} →</a> : <span class="muted">no later round</span>}
              </nav>
            </dd>
          </>
        )}
        {m.partOf && (
          <>
            <dt>Part of</dt>
            <dd><a href={meetingHref(m.partOf.id)}>{m.partOf.title}</a></dd>
          </>
        )}
        {m.preparesFor && (
          <>
            <dt>Prepares</dt>
            <dd><a href={meetingHref(m.preparesFor.id)}>{m.preparesFor.title}</a></dd>
          </>
        )}
        {m.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>{m.topics.join(' · ')}</dd>
          </>
        )}
      </dl>
      {m.summary && <p class="summary">{m.summary}</p>}

      <section aria-labelledby="h-dates">
        <h2 id="h-dates">What each source says about the date</h2>
        {m.dateReports.length === 0 ? (
          <p class="muted">No source's own report of the date is recorded.</p>
        ) : (
          <div class="reports">
            {m.dateReports.map((r) => (
              <div class={'report' + (r.date.edtf !== m.date.edtf ? ' disagrees' : '')} key={r.id}>
                <p><FuzzyDateText date={r.date} />{r.date.edtf !== m.date.edtf && <strong> — differs from the date above</strong>}</p>
                {r.quote && <blockquote>“{r.quote}”</blockquote>}
                {r.date.note && <p class="note">{r.date.note}</p>}
                <p class="cite">— <SourceLink source={r.source} /></p>
              </div>
            ))}
          </div>
        )}
      </section>

      {(m.sessions.length > 0 || m.preparedBy.length > 0) && (
        <section aria-labelledby="h-related">
          <h2 id="h-related">Sessions and preparatory meetings</h2>
          <ul>
            {m.sessions.map((s) => (
              <li key={s.id}>Session: <a href={meetingHref(s.id)}>{s.title}</a> ({s.date.text})</li>
            ))}
            {m.preparedBy.map((s) => (
              <li key={s.id}>Preparatory: <a href={meetingHref(s.id)}>{s.title}</a> ({s.date.text})</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="h-participants">
        <h2 id="h-participants">Participants</h2>
        {m.participants.length === 0 && <p class="muted">No participant recorded.</p>}
        {[...delegations.entries()].map(([delegation, people]) => (
          <div key={delegation} class="delegation">
            <h3>{delegation}</h3>
            <ul>
              {people.map((p) => (
                <li key={p.id} data-testid="participant">
                  {p.person ? <a href={personHref(p.person.id)}>{p.person.name}</a> : <span class="muted">(person unavailable)</span>}
                  {' — '}
                  {label(p.role)}
                  <Inferred basis={p.basis} note={p.note} />
                  <span class="post" data-testid="post-at-date">
                    {p.position
                      ? ` · post on that date: ${p.position.title}${p.position.organization ? ', ' + p.position.organization.name : ''}`
                      : p.titleAsReported
                        ? ` · as reported: ${p.titleAsReported}`
                        : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="h-statements">
        <h2 id="h-statements">Statements</h2>
        {m.statements.length === 0 && <p class="muted">No statement recorded.</p>}
        {m.statements.map((s) => (
          <figure key={s.id} class={'statement ' + s.kind.toLowerCase()} data-testid="statement" data-kind={s.kind}>
            <figcaption>
              <span class="badge">{KIND_LABEL[s.kind] ?? label(s.kind)}</span>{' '}
              <Speakers speakers={s.speakers} attribution={s.attribution} />
              <Inferred basis={s.basis} note={s.note} />
            </figcaption>
            {s.kind === 'PARAPHRASE' ? <p class="paraphrase-text">{s.text}</p> : <blockquote>“{s.text}”</blockquote>}
            <p class="cite" data-testid="statement-source">Source: <SourceLink source={s.source} /></p>
          </figure>
        ))}
      </section>

      {m.mentions.length > 0 && (
        <section aria-labelledby="h-mentions">
          <h2 id="h-mentions">Mentioned</h2>
          <ul>
            {m.mentions.map((x) => (
              <li key={x.id}>
                {x.person ? <a href={personHref(x.person.id)}>{x.person.name}</a> : <span class="muted">(person unavailable)</span>}
                {x.mentionedBy && <> by <a href={personHref(x.mentionedBy.id)}>{x.mentionedBy.name}</a></>}
                <Inferred basis={x.basis} note={x.note} />
                {x.context && <span>: {x.context}</span>} {x.source && <SourceLink source={x.source} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {m.outcomes.length > 0 && (
        <section aria-labelledby="h-outcomes">
          <h2 id="h-outcomes">Outcomes</h2>
          <ul>{m.outcomes.map((o) => <li key={o}>{o}</li>)}</ul>
        </section>
      )}

      <section aria-labelledby="h-sources">
        <h2 id="h-sources">Sources</h2>
        <ul>
          {m.sources.map((s) => (
            <li key={s.id}><SourceLink source={s} /></li>
          ))}
        </ul>
      </section>
      {!asOf && <History type="Meeting" id={m.id} asOfHref={(c) => asOfHref(m.id, c.at, c.typename === 'Meeting' ? c.revision : null)} />}
      {token && !asOf && <AddToMeeting meetingId={m.id} />}
    </article>
  );
}
