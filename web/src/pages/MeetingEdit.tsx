import { useEffect, useState } from 'preact/hooks';
import { useClient, useMutation } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { graphql } from '../gql';
import type { MeetingInput, MeetingKind, MeetingStatus } from '../gql/graphql';
import { errorCode, fieldErrors } from '../errors';
import { navigate } from '../router';
import { ConflictView } from '../components/ConflictView';
import { ChangedBanner, useRecordChanges } from '../components/Live';
import { Field, inputProps } from '../components/Field';
import { Failure, Loading, Missing } from '../components/Common';
import { KINDS, STATUSES, label } from './Meetings';
import { useEditorToken } from './Token';
import { tokenRefused, useSignIn } from '../signin/session';
import { SessionExpired } from '../signin/SignInControls';
import { takeDraft, type Draft } from '../signin/draft';

const MeetingForEdit = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      id
      version
      title
      kind
      status
      summary
      topics
      outcomes
      ordinal
      date { edtf note }
      location { venue city country { code } }
      host { id name }
      countries { code }
      series { slug }
      partOf { id }
      preparesFor { id }
      sources { id }
    }
  }
`);

const UpdateMeeting = graphql(`
  mutation UpdateMeeting($id: ID!, $expectedVersion: Int!, $input: MeetingInput!, $note: String) {
    updateMeeting(id: $id, expectedVersion: $expectedVersion, input: $input, note: $note) {
      id
      version
      title
      kind
      status
      summary
      topics
      outcomes
      date { edtf text note precision earliest latest }
      location { venue city country { code name } }
      countries { code name }
    }
  }
`);

const CreateMeeting = graphql(`
  mutation CreateMeeting($input: MeetingInput!, $note: String) {
    createMeeting(input: $input, note: $note) { id version title }
  }
`);

export type MeetingForm = Record<
  | 'title' | 'kind' | 'status' | 'edtf' | 'dateNote' | 'summary' | 'topics' | 'outcomes' | 'countryCodes' | 'venue'
  | 'city' | 'locationCountry' | 'hostOrganizationId' | 'seriesSlug' | 'ordinal' | 'partOfId' | 'preparesForId'
  | 'sourceIds',
  string
>;

export const MEETING_FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind' },
  { key: 'status', label: 'Status' },
  { key: 'edtf', label: 'Date (EDTF)' },
  { key: 'dateNote', label: 'Date note' },
  { key: 'summary', label: 'Summary' },
  { key: 'topics', label: 'Topics' },
  { key: 'outcomes', label: 'Outcomes' },
  { key: 'countryCodes', label: 'Countries' },
  { key: 'venue', label: 'Venue' },
  { key: 'city', label: 'City' },
  { key: 'locationCountry', label: 'Country of the venue' },
];

const EMPTY: MeetingForm = {
  title: '', kind: 'TALKS', status: 'HELD', edtf: '', dateNote: '', summary: '', topics: '', outcomes: '',
  countryCodes: '', venue: '', city: '', locationCountry: '', hostOrganizationId: '', seriesSlug: '', ordinal: '',
  partOfId: '', preparesForId: '', sourceIds: '',
};

type Loaded = NonNullable<NonNullable<ReturnType<typeof toForm>>>;

export function toForm(m: {
  title: string; kind: string; status: string; summary?: string | null; topics: string[]; outcomes: string[];
  ordinal?: number | null; date: { edtf: string; note?: string | null };
  location?: { venue?: string | null; city?: string | null; country?: { code: string } | null } | null;
  host?: { id: string } | null; countries: { code: string }[]; series?: { slug: string } | null;
  partOf?: { id: string } | null; preparesFor?: { id: string } | null; sources: { id: string }[];
}): MeetingForm {
  return {
    title: m.title, kind: m.kind, status: m.status, edtf: m.date.edtf, dateNote: m.date.note ?? '',
    summary: m.summary ?? '', topics: m.topics.join('\n'), outcomes: m.outcomes.join('\n'),
    countryCodes: m.countries.map((c) => c.code).join(', '), venue: m.location?.venue ?? '',
    city: m.location?.city ?? '', locationCountry: m.location?.country?.code ?? '',
    hostOrganizationId: m.host?.id ?? '', seriesSlug: m.series?.slug ?? '', ordinal: m.ordinal?.toString() ?? '',
    partOfId: m.partOf?.id ?? '', preparesForId: m.preparesFor?.id ?? '', sourceIds: m.sources.map((s) => s.id).join(','),
  };
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const commas = (s: string) => s.split(',').map((l) => l.trim()).filter(Boolean);

export function toInput(f: MeetingForm): MeetingInput {
  const location = f.venue || f.city || f.locationCountry
    ? { venue: f.venue || null, city: f.city || null, countryCode: f.locationCountry.toUpperCase() || null }
    : null;
  return {
    title: f.title,
    kind: f.kind as MeetingKind,
    status: f.status as MeetingStatus,
    date: { edtf: f.edtf.trim(), note: f.dateNote.trim() || null },
    summary: f.summary.trim() || null,
    topics: lines(f.topics),
    outcomes: lines(f.outcomes),
    countryCodes: commas(f.countryCodes).map((c) => c.toUpperCase()),
    location,
    hostOrganizationId: f.hostOrganizationId || null,
    seriesSlug: f.seriesSlug || null,
    ordinal: f.ordinal ? Number(f.ordinal) : null,
    partOfId: f.partOfId || null,
    preparesForId: f.preparesForId || null,
    sourceIds: commas(f.sourceIds),
  };
}

// the API names fields as in MeetingInput (date.edtf, location.city …); the form's keys differ for a few
const ALIASES: Record<string, keyof MeetingForm> = {
  date: 'edtf', edtf: 'edtf', note: 'dateNote', countryCode: 'locationCountry', countryCodes: 'countryCodes',
  title: 'title', kind: 'kind', status: 'status', summary: 'summary', topics: 'topics', outcomes: 'outcomes',
  venue: 'venue', city: 'city', ordinal: 'ordinal', seriesSlug: 'seriesSlug',
};

export function MeetingEditPage({ id }: { id?: string }) {
  const client = useClient();
  const token = useEditorToken();
  const session = useSignIn();
  // what was typed before signing in again, restored once over the record as loaded
  const [kept] = useState(() => takeDraft<Draft<MeetingForm>>(window.location.hash));
  const [form, setForm] = useState<MeetingForm | null>(id ? null : kept?.form ?? EMPTY);
  const [version, setVersion] = useState<number | null>(kept?.version ?? null);
  const [loadError, setLoadError] = useState<CombinedError | undefined>();
  const [conflict, setConflict] = useState<{ theirs: MeetingForm | null; version: number | null; live?: boolean } | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  // why this change: kept on its revision in the history, not a field of the record
  const [note, setNote] = useState(kept?.note ?? '');
  const [, update] = useMutation(UpdateMeeting);
  const [, create] = useMutation(CreateMeeting);
  const [saving, setSaving] = useState(false);

  const fetchSaved = async () => {
    const r = await client.query(MeetingForEdit, { id: id! }, { requestPolicy: 'network-only' }).toPromise();
    return r;
  };

  // while the form is open, someone else's save shows as a banner; "show" compares it with the form as typed
  const live = useRecordChanges('Meeting', id, { editing: true });
  const showSaved = async () => {
    live.dismiss();
    setConflict({ theirs: null, version: null, live: true });
    const m = (await fetchSaved()).data?.meeting;
    setConflict({ theirs: m ? toForm(m) : null, version: m?.version ?? null, live: true });
  };

  useEffect(() => {
    if (!id) return;
    fetchSaved().then((r) => {
      if (r.data?.meeting) {
        setForm(kept?.form ?? toForm(r.data.meeting));
        setVersion(kept ? kept.version : r.data.meeting.version);
      }
      setLoadError(r.error);
    });
  }, [id]);

  if (!token && !session.expired) {
    return (
      <p>
        Changing data needs an editor token: <a href="#/editor">give your token</a> first.
      </p>
    );
  }
  if (!form) return loadError ? <><Failure error={loadError} /><Missing error={loadError} /></> : <Loading />;

  const set = (key: keyof MeetingForm) => (value: string) => setForm({ ...form, [key]: value });
  const { fields: rawFieldErrors, general } = fieldErrors(error);
  const errs: Partial<Record<keyof MeetingForm, string>> = {};
  for (const [k, v] of Object.entries(rawFieldErrors)) {
    const key = ALIASES[k];
    if (key) errs[key] = v;
    else general.push(`${k}: ${v}`);
  }

  const save = async (expectedVersion: number | null) => {
    setSaving(true);
    setError(undefined);
    const input = toInput(form);
    const result = id
      ? await update({ id, expectedVersion: expectedVersion!, input, note: note.trim() || null })
      : await create({ input, note: note.trim() || null });
    setSaving(false);
    if (result.error) {
      // the session ended under the form: "Sign in again" shows, and keeps what is typed
      if (errorCode(result.error) === 'UNAUTHENTICATED' && tokenRefused()) return;
      if (errorCode(result.error) === 'CONFLICT' && id) {
        setConflict({ theirs: null, version: null });
        const saved = await fetchSaved();
        const m = saved.data?.meeting;
        setConflict({ theirs: m ? toForm(m) : null, version: m?.version ?? null });
      } else {
        setError(result.error);
      }
      return;
    }
    setConflict(null);
    const saved = id ? (result.data as { updateMeeting: { id: string } }).updateMeeting : (result.data as { createMeeting: { id: string } }).createMeeting;
    navigate(`/meetings/${encodeURIComponent(saved.id)}`);
  };

  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading">{id ? `Edit: ${form.title || 'meeting'}` : 'New meeting'}</h1>
      {live.pending && <ChangedBanner change={live.pending} onShow={showSaved} />}
      {!token && session.expired && <SessionExpired draft={() => ({ form, version, note })} />}
      {conflict && (
        <ConflictView
          {...(conflict.live ? { heading: 'Someone else changed this meeting', intro: 'Nothing you typed is lost; your changes are not saved yet.' } : {})}
          fields={MEETING_FIELDS}
          mine={form}
          theirs={conflict.theirs}
          theirsVersion={conflict.version}
          onKeepMine={() => {
            const v = conflict.version;
            setConflict(null);
            setVersion(v);
            save(v);
          }}
          onTakeTheirs={() => {
            setForm(conflict.theirs as Loaded);
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      {general.length > 0 && (
        <div class="error" role="alert">
          {general.map((g) => <p key={g}>{g}</p>)}
        </div>
      )}
      <form
        class="edit"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save(version);
        }}
      >
        <Field id="title" label="Title" error={errs.title}>
          <input {...inputProps('title', form.title, set('title'), errs.title)} required />
        </Field>
        <Field id="kind" label="Kind" error={errs.kind}>
          <select id="kind" value={form.kind} onChange={(e) => set('kind')((e.target as HTMLSelectElement).value)}>
            {KINDS.map((k) => <option key={k} value={k}>{label(k)}</option>)}
          </select>
        </Field>
        <Field id="status" label="Status" error={errs.status}>
          <select id="status" value={form.status} onChange={(e) => set('status')((e.target as HTMLSelectElement).value)}>
            {STATUSES.map((k) => <option key={k} value={k}>{label(k)}</option>)}
          </select>
        </Field>
        <Field id="edtf" label="Date (EDTF)" error={errs.edtf} help="2024-09-10 a day; 2024-09 a month; 2025-40 first half of 2025; 2025? uncertain; 2024-09-10/2024-09-11 a range">
          <input {...inputProps('edtf', form.edtf, set('edtf'), errs.edtf, 'x')} />
        </Field>
        <Field id="dateNote" label="Date note (why these bounds)" error={errs.dateNote}>
          <textarea {...inputProps('dateNote', form.dateNote, set('dateNote'), errs.dateNote)} rows={2} />
        </Field>
        <Field id="summary" label="Summary" error={errs.summary}>
          <textarea {...inputProps('summary', form.summary, set('summary'), errs.summary)} rows={4} />
        </Field>
        <Field id="topics" label="Topics (one a line)" error={errs.topics}>
          <textarea {...inputProps('topics', form.topics, set('topics'), errs.topics)} rows={3} />
        </Field>
        <Field id="outcomes" label="Outcomes (one a line)" error={errs.outcomes}>
          <textarea {...inputProps('outcomes', form.outcomes, set('outcomes'), errs.outcomes)} rows={3} />
        </Field>
        <Field id="countryCodes" label="Countries taking part (ISO codes, comma-separated)" error={errs.countryCodes}>
          <input {...inputProps('countryCodes', form.countryCodes, set('countryCodes'), errs.countryCodes)} />
        </Field>
        <Field id="venue" label="Venue" error={errs.venue}>
          <input {...inputProps('venue', form.venue, set('venue'), errs.venue)} />
        </Field>
        <Field id="city" label="City" error={errs.city}>
          <input {...inputProps('city', form.city, set('city'), errs.city)} />
        </Field>
        <Field id="locationCountry" label="Country of the venue (ISO code)" error={errs.locationCountry}>
          <input {...inputProps('locationCountry', form.locationCountry, set('locationCountry'), errs.locationCountry)} />
        </Field>
        <Field id="seriesSlug" label="Series (slug)" error={errs.seriesSlug}>
          <input {...inputProps('seriesSlug', form.seriesSlug, set('seriesSlug'), errs.seriesSlug)} />
        </Field>
        <Field id="ordinal" label="Round in the series" error={errs.ordinal}>
          <input {...inputProps('ordinal', form.ordinal, set('ordinal'), errs.ordinal)} inputMode="numeric" />
        </Field>
        <Field id="changeNote" label="Note (optional): why this change" help="Kept in the history with your change; at most 500 characters.">
          <input {...inputProps('changeNote', note, setNote, undefined, 'help')} maxLength={500} />
        </Field>
        <div class="actions">
          <button type="submit" disabled={saving}>{saving ? 'Saving…' : id ? 'Save changes' : 'Create meeting'}</button>
          <a href={id ? `#/meetings/${encodeURIComponent(id)}` : '#/meetings'}>Cancel</a>
        </div>
      </form>
    </section>
  );
}
