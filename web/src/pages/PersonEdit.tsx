import { useEffect, useState } from 'preact/hooks';
import { useClient, useMutation } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { graphql } from '../gql';
import type { PersonInput } from '../gql/graphql';
import { errorCode, fieldErrors } from '../errors';
import { navigate } from '../router';
import { ConflictView } from '../components/ConflictView';
import { ChangedBanner, useRecordChanges } from '../components/Live';
import { Field, inputProps } from '../components/Field';
import { Failure, Loading, Missing } from '../components/Common';
import { useEditorToken } from './Token';
import { tokenRefused, useSignIn } from '../signin/session';
import { SessionExpired } from '../signin/SignInControls';
import { takeDraft, type Draft } from '../signin/draft';

const PersonForEdit = graphql(`
  query PersonForEdit($id: ID!) {
    person(id: $id) {
      id
      version
      name
      givenName
      familyName
      summary
      wikidataId
      nationality { code }
      otherNames { name lang note }
    }
  }
`);

const UpdatePerson = graphql(`
  mutation UpdatePerson($id: ID!, $expectedVersion: Int!, $input: PersonInput!, $note: String) {
    updatePerson(id: $id, expectedVersion: $expectedVersion, input: $input, note: $note) {
      id version name givenName familyName summary wikidataId nationality { code name } otherNames { name lang note }
    }
  }
`);

const CreatePerson = graphql(`
  mutation CreatePerson($input: PersonInput!, $note: String) {
    createPerson(input: $input, note: $note) { id version name }
  }
`);

type PersonForm = Record<'name' | 'givenName' | 'familyName' | 'nationality' | 'summary' | 'wikidataId' | 'otherNames', string>;

const FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'givenName', label: 'Given name' },
  { key: 'familyName', label: 'Family name' },
  { key: 'nationality', label: 'Nationality' },
  { key: 'otherNames', label: 'Other names' },
  { key: 'summary', label: 'Summary' },
  { key: 'wikidataId', label: 'Wikidata id' },
];

const EMPTY: PersonForm = { name: '', givenName: '', familyName: '', nationality: '', summary: '', wikidataId: '', otherNames: '' };

function toForm(p: {
  name: string; givenName?: string | null; familyName?: string | null; summary?: string | null; wikidataId?: string | null;
  nationality?: { code: string } | null; otherNames: { name: string; lang?: string | null; note?: string | null }[];
}): PersonForm {
  return {
    name: p.name, givenName: p.givenName ?? '', familyName: p.familyName ?? '', nationality: p.nationality?.code ?? '',
    summary: p.summary ?? '', wikidataId: p.wikidataId ?? '',
    otherNames: p.otherNames.map((o) => [o.name, o.lang ?? '', o.note ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n'),
  };
}

function toInput(f: PersonForm): PersonInput {
  return {
    name: f.name,
    givenName: f.givenName || null,
    familyName: f.familyName || null,
    nationality: f.nationality.toUpperCase() || null,
    summary: f.summary || null,
    wikidataId: f.wikidataId || null,
    otherNames: f.otherNames.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const [name, lang, note] = l.split('|').map((s) => s.trim());
      return { name, lang: lang || null, note: note || null };
    }),
  };
}

export function PersonEditPage({ id }: { id?: string }) {
  const client = useClient();
  const token = useEditorToken();
  const session = useSignIn();
  // what was typed before signing in again, restored once over the record as loaded
  const [kept] = useState(() => takeDraft<Draft<PersonForm>>(window.location.hash));
  const [form, setForm] = useState<PersonForm | null>(id ? null : kept?.form ?? EMPTY);
  const [version, setVersion] = useState<number | null>(kept?.version ?? null);
  const [loadError, setLoadError] = useState<CombinedError | undefined>();
  const [conflict, setConflict] = useState<{ theirs: PersonForm | null; version: number | null; live?: boolean } | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  // why this change: kept on its revision in the history, not a field of the record
  const [note, setNote] = useState(kept?.note ?? '');
  const [, update] = useMutation(UpdatePerson);
  const [, create] = useMutation(CreatePerson);

  const fetchSaved = () => client.query(PersonForEdit, { id: id! }, { requestPolicy: 'network-only' }).toPromise();
  // while the form is open, someone else's save shows as a banner; "show" compares it with the form as typed
  const live = useRecordChanges('Person', id, { editing: true });
  const showSaved = async () => {
    live.dismiss();
    setConflict({ theirs: null, version: null, live: true });
    const p = (await fetchSaved()).data?.person;
    setConflict({ theirs: p ? toForm(p) : null, version: p?.version ?? null, live: true });
  };
  useEffect(() => {
    if (!id) return;
    fetchSaved().then((r) => {
      if (r.data?.person) {
        setForm(kept?.form ?? toForm(r.data.person));
        setVersion(kept ? kept.version : r.data.person.version);
      }
      setLoadError(r.error);
    });
  }, [id]);

  if (!token && !session.expired) return <p>Changing data needs an editor token: <a href="#/editor">give your token</a> first.</p>;
  if (!form) return loadError ? <><Failure error={loadError} /><Missing error={loadError} /></> : <Loading />;

  const set = (key: keyof PersonForm) => (value: string) => setForm({ ...form, [key]: value });
  const { fields: errs, general } = fieldErrors(error);
  const save = async (expectedVersion: number | null) => {
    setError(undefined);
    const input = toInput(form);
    const result = id ? await update({ id, expectedVersion: expectedVersion!, input, note: note.trim() || null }) : await create({ input, note: note.trim() || null });
    if (result.error) {
      // the session ended under the form: "Sign in again" shows, and keeps what is typed
      if (errorCode(result.error) === 'UNAUTHENTICATED' && tokenRefused()) return;
      if (errorCode(result.error) === 'CONFLICT' && id) {
        setConflict({ theirs: null, version: null });
        const p = (await fetchSaved()).data?.person;
        setConflict({ theirs: p ? toForm(p) : null, version: p?.version ?? null });
      } else setError(result.error);
      return;
    }
    const saved = id ? (result.data as { updatePerson: { id: string } }).updatePerson : (result.data as { createPerson: { id: string } }).createPerson;
    navigate(`/people/${encodeURIComponent(saved.id)}`);
  };

  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading">{id ? `Edit: ${form.name || 'person'}` : 'New person'}</h1>
      {live.pending && <ChangedBanner change={live.pending} onShow={showSaved} />}
      {!token && session.expired && <SessionExpired draft={() => ({ form, version, note })} />}
      {conflict && (
        <ConflictView
          {...(conflict.live ? { heading: 'Someone else changed this person', intro: 'Nothing you typed is lost; your changes are not saved yet.' } : {})}
          fields={FIELDS}
          mine={form}
          theirs={conflict.theirs}
          theirsVersion={conflict.version}
          onKeepMine={() => { const v = conflict.version; setConflict(null); setVersion(v); save(v); }}
          onTakeTheirs={() => { setForm(conflict.theirs!); setVersion(conflict.version); setConflict(null); }}
        />
      )}
      {general.length > 0 && <div class="error" role="alert">{general.map((g) => <p key={g}>{g}</p>)}</div>}
      <form class="edit" noValidate onSubmit={(e) => { e.preventDefault(); save(version); }}>
        <Field id="name" label="Name" error={errs.name}><input {...inputProps('name', form.name, set('name'), errs.name)} /></Field>
        <Field id="givenName" label="Given name" error={errs.givenName}><input {...inputProps('givenName', form.givenName, set('givenName'), errs.givenName)} /></Field>
        <Field id="familyName" label="Family name" error={errs.familyName}><input {...inputProps('familyName', form.familyName, set('familyName'), errs.familyName)} /></Field>
        <Field id="nationality" label="Nationality (ISO code)" error={errs.nationality}><input {...inputProps('nationality', form.nationality, set('nationality'), errs.nationality)} /></Field>
        <Field id="otherNames" label="Other names, one a line: name | language (ko, ja, ko-Latn) | note" error={errs.otherNames ?? errs.lang}>
          <textarea {...inputProps('otherNames', form.otherNames, set('otherNames'), errs.otherNames)} rows={3} />
        </Field>
        <Field id="summary" label="Summary" error={errs.summary}><textarea {...inputProps('summary', form.summary, set('summary'), errs.summary)} rows={3} /></Field>
        <Field id="wikidataId" label="Wikidata id (Q…)" error={errs.wikidataId}><input {...inputProps('wikidataId', form.wikidataId, set('wikidataId'), errs.wikidataId)} /></Field>
        <Field id="changeNote" label="Note (optional): why this change" help="Kept in the history with your change; at most 500 characters.">
          <input {...inputProps('changeNote', note, setNote, undefined, 'help')} maxLength={500} />
        </Field>
        <div class="actions">
          <button type="submit">{id ? 'Save changes' : 'Create person'}</button>
          <a href={id ? `#/people/${encodeURIComponent(id)}` : '#/meetings'}>Cancel</a>
        </div>
      </form>
    </section>
  );
}
