import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { graphql } from '../gql';
import type { FactBasis, ParticipantRole, StatementKind } from '../gql/graphql';
import { fieldErrors } from '../errors';
import { Field, inputProps } from '../components/Field';
import { label } from './Meetings';

const PeopleAndSources = graphql(`
  query PeopleAndSources($text: String) {
    people(filter: { text: $text }, first: 50) { edges { node { id name } } }
    sources(first: 100) { edges { node { id title } } }
  }
`);

const AddParticipant = graphql(`
  mutation AddParticipant($meetingId: ID!, $input: ParticipantInput!) {
    addParticipant(meetingId: $meetingId, input: $input) { id }
  }
`);
const AddStatement = graphql(`
  mutation AddStatement($meetingId: ID!, $input: StatementInput!) {
    addStatement(meetingId: $meetingId, input: $input) { id }
  }
`);
const AddDateReport = graphql(`
  mutation AddDateReport($meetingId: ID!, $input: DateReportInput!) {
    addDateReport(meetingId: $meetingId, input: $input) { id }
  }
`);

const ROLES = ['HEAD_OF_DELEGATION', 'DELEGATE', 'SPEAKER', 'HOST', 'MODERATOR', 'OBSERVER'];

/** The editor's additions to a meeting: a participant, a statement, a source's report of the date. */
export function AddToMeeting({ meetingId }: { meetingId: string }) {
  const [what, setWhat] = useState<'participant' | 'statement' | 'date'>('participant');
  const [people] = useQuery({ query: PeopleAndSources, variables: { text: null } });
  const [form, setForm] = useState<Record<string, string>>({ role: 'DELEGATE', kind: 'QUOTE' });
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState('');
  const [, addParticipant] = useMutation(AddParticipant);
  const [, addStatement] = useMutation(AddStatement);
  const [, addDateReport] = useMutation(AddDateReport);
  const set = (key: string) => (v: string) => setForm({ ...form, [key]: v });
  const v = (key: string) => form[key] ?? '';
  const { fields: errs, general } = fieldErrors(error);
  const peopleList = people.data?.people.edges.map((e) => e.node) ?? [];
  const sources = people.data?.sources.edges.map((e) => e.node) ?? [];

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setDone('');
    const sourceIds = v('sourceId') ? [v('sourceId')] : [];
    const result =
      what === 'participant'
        ? await addParticipant({ meetingId, input: { personId: v('personId'), role: v('role') as ParticipantRole,
            delegationCountryCode: v('delegation').toUpperCase() || null, titleAsReported: v('titleAsReported') || null, sourceIds } })
        : what === 'statement'
          ? await addStatement({ meetingId, input: { speakerIds: v('personId') ? [v('personId')] : [],
              attribution: v('attribution') || null, kind: v('kind') as StatementKind, text: v('text'),
              basis: (v('basis') || 'REPORTED') as FactBasis, note: v('note') || null, sourceId: v('sourceId') || null } })
          : await addDateReport({ meetingId, input: { date: { edtf: v('edtf'), note: v('note') || null }, quote: v('quote') || null,
              sourceId: v('sourceId') } });
    if (result.error) setError(result.error);
    else {
      setDone(`Added the ${what === 'date' ? 'date report' : what}.`);
      window.dispatchEvent(new Event('summitry-refresh'));
    }
  };

  const personSelect = (labelText: string) => (
    <Field id="add-person" label={labelText} error={errs.personId ?? errs.speakerId}>
      <select id="add-person" value={v('personId')} onChange={(e) => set('personId')((e.target as HTMLSelectElement).value)}>
        <option value="">Choose…</option>
        {peopleList.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
    </Field>
  );
  const sourceSelect = (
    <Field id="add-source" label="Source" error={errs.sourceId ?? errs.sourceIds}>
      <select id="add-source" value={v('sourceId')} onChange={(e) => set('sourceId')((e.target as HTMLSelectElement).value)}>
        <option value="">None</option>
        {sources.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
      </select>
    </Field>
  );

  return (
    <section aria-labelledby="h-add" class="add">
      <h2 id="h-add">Add to this meeting</h2>
      <div role="group" aria-label="What to add" class="tabs">
        {(['participant', 'statement', 'date'] as const).map((w) => (
          <button key={w} type="button" aria-pressed={what === w ? 'true' : 'false'} onClick={() => { setWhat(w); setError(undefined); }}>
            {w === 'date' ? 'Date report' : label(w.toUpperCase())}
          </button>
        ))}
      </div>
      {general.length > 0 && <div class="error" role="alert">{general.map((g) => <p key={g}>{g}</p>)}</div>}
      {done && <p role="status">{done}</p>}
      <form onSubmit={submit} class="edit">
        {what === 'participant' && (
          <>
            {personSelect('Person')}
            <Field id="add-role" label="Role" error={errs.role}>
              <select id="add-role" value={v('role')} onChange={(e) => set('role')((e.target as HTMLSelectElement).value)}>
                {ROLES.map((r) => <option key={r} value={r}>{label(r)}</option>)}
              </select>
            </Field>
            <Field id="add-delegation" label="Delegation (ISO code)" error={errs.delegationCountryCode}>
              <input {...inputProps('add-delegation', v('delegation'), set('delegation'), errs.delegationCountryCode)} />
            </Field>
            <Field id="add-title" label="Title as reported" error={errs.titleAsReported}>
              <input {...inputProps('add-title', v('titleAsReported'), set('titleAsReported'), errs.titleAsReported)} />
            </Field>
            {sourceSelect}
          </>
        )}
        {what === 'statement' && (
          <>
            {personSelect('Speaker (none: the source names nobody)')}
            <Field id="add-attribution" label="How the source names an unnamed speaker" error={errs.attribution}>
              <input {...inputProps('add-attribution', v('attribution'), set('attribution'), errs.attribution)} />
            </Field>
            <Field id="add-kind" label="Kind" error={errs.kind}>
              <select id="add-kind" value={v('kind')} onChange={(e) => set('kind')((e.target as HTMLSelectElement).value)}>
                <option value="QUOTE">Quotation (verbatim)</option>
                <option value="PARAPHRASE">Paraphrase (the source's report)</option>
                <option value="DOCUMENT">Document (words of a signed or issued text)</option>
              </select>
            </Field>
            <Field id="add-basis" label="Basis" error={errs.basis}>
              <select id="add-basis" value={v('basis') || 'REPORTED'} onChange={(e) => set('basis')((e.target as HTMLSelectElement).value)}>
                <option value="REPORTED">Reported: the source says so</option>
                <option value="INFERRED">Inferred: concluded from what it says (say from what in the note)</option>
              </select>
            </Field>
            <Field id="add-statement-note" label="Note" error={errs.note}>
              <input {...inputProps('add-statement-note', v('note'), set('note'), errs.note)} />
            </Field>
            <Field id="add-text" label="What was said" error={errs.text}>
              <textarea {...inputProps('add-text', v('text'), set('text'), errs.text)} rows={3} />
            </Field>
            {sourceSelect}
          </>
        )}
        {what === 'date' && (
          <>
            <Field id="add-edtf" label="Date as this source gives it (EDTF)" error={errs.edtf}>
              <input {...inputProps('add-edtf', v('edtf'), set('edtf'), errs.edtf)} />
            </Field>
            <Field id="add-note" label="Note" error={errs.note}>
              <input {...inputProps('add-note', v('note'), set('note'), errs.note)} />
            </Field>
            <Field id="add-quote" label="The source's words" error={errs.quote}>
              <textarea {...inputProps('add-quote', v('quote'), set('quote'), errs.quote)} rows={2} />
            </Field>
            {sourceSelect}
          </>
        )}
        <div class="actions"><button type="submit">Add</button></div>
      </form>
    </section>
  );
}
