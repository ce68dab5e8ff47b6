import { useEffect, useState } from 'preact/hooks';
import { useClient } from '@urql/preact';
import { graphql } from '../gql';
import { uncachedClient } from '../client';
import { errorCode, errorMessage } from '../errors';
import { navigate } from '../router';
import { ConflictView, type ConflictField } from './ConflictView';
import { when } from './History';

const MeetingVersion = graphql(`
  query MeetingVersion($id: ID!, $asOf: DateTime) {
    meeting(id: $id, asOf: $asOf) { id version title kind status summary date { edtf } }
  }
`);

const PersonVersion = graphql(`
  query PersonVersion($id: ID!, $asOf: DateTime) {
    person(id: $id, asOf: $asOf) { id version name givenName familyName summary }
  }
`);

const RestoreMeeting = graphql(`
  mutation RestoreMeeting($id: ID!, $revision: ID!, $expectedVersion: Int!, $note: String) {
    restoreMeeting(id: $id, revision: $revision, expectedVersion: $expectedVersion, note: $note) {
      id version title kind status summary topics outcomes date { edtf text note precision earliest latest }
    }
  }
`);

const RestorePerson = graphql(`
  mutation RestorePerson($id: ID!, $revision: ID!, $expectedVersion: Int!, $note: String) {
    restorePerson(id: $id, revision: $revision, expectedVersion: $expectedVersion, note: $note) {
      id version name givenName familyName summary
    }
  }
`);

type Kind = 'Meeting' | 'Person';
type Values = Record<string, string>;

const FIELDS: Record<Kind, ConflictField[]> = {
  Meeting: [
    { key: 'title', label: 'Title' },
    { key: 'kind', label: 'Kind' },
    { key: 'status', label: 'Status' },
    { key: 'date', label: 'Date (EDTF)' },
    { key: 'summary', label: 'Summary' },
  ],
  Person: [
    { key: 'name', label: 'Name' },
    { key: 'givenName', label: 'Given name' },
    { key: 'familyName', label: 'Family name' },
    { key: 'summary', label: 'Summary' },
  ],
};

function values(record: Record<string, unknown> | null | undefined): Values | null {
  if (!record) return null;
  const out: Values = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'date') out.date = (v as { edtf: string }).edtf;
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * Above a record shown as it stood at an instant: says so, links back to the record as it is now and, for an editor
 * and a revision of this record, restores it (a new RESTORED change). The restore goes through the app's cached
 * client, so the current page shows the restored values at once; when someone saved since the page was loaded, the
 * conflict view compares the version being restored with the saved one.
 */
export function AsOfBar({ kind, id, asOf, revision, editor, currentHref }: {
  kind: Kind;
  id: string;
  asOf: string;
  revision: string | null;
  editor: boolean;
  currentHref: string;
}) {
  const client = useClient();
  const [version, setVersion] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ mine: Values; theirs: Values | null; theirsVersion: number | null } | null>(null);
  const versionQuery = kind === 'Meeting' ? MeetingVersion : PersonVersion;

  const current = async () => {
    const r = await client.query(versionQuery as typeof MeetingVersion, { id }, { requestPolicy: 'network-only' }).toPromise();
    const data = r.data as Record<string, (Record<string, unknown> & { version: number }) | null> | undefined;
    return data?.[kind === 'Meeting' ? 'meeting' : 'person'] ?? null;
  };

  // the version the restore expects: the record as it is now, when this view was opened
  useEffect(() => {
    current().then((r) => setVersion(r?.version ?? null));
  }, [id]);

  const restore = async (expectedVersion: number) => {
    setError(null);
    const variables = { id, revision: revision!, expectedVersion, note: note || null };
    const r = kind === 'Meeting'
      ? await client.mutation(RestoreMeeting, variables).toPromise()
      : await client.mutation(RestorePerson, variables).toPromise();
    if (!r.error) {
      navigate(currentHref.replace(/^#/, ''));
      return;
    }
    if (errorCode(r.error) === 'CONFLICT') {
      const then = await uncachedClient().query(versionQuery as typeof MeetingVersion, { id, asOf }).toPromise();
      const thenData = then.data as Record<string, Record<string, unknown> | null> | undefined;
      const now = await current();
      setConflict({
        mine: values(thenData?.[kind === 'Meeting' ? 'meeting' : 'person']) ?? {},
        theirs: values(now),
        theirsVersion: now?.version ?? null,
      });
      return;
    }
    setError(errorMessage(r.error));
  };

  return (
    <section class="as-of" role="status" data-testid="as-of">
      <p>
        As it stood at <time dateTime={asOf}>{when(asOf)}</time>. <a href={currentHref}>See it as it is now</a>
      </p>
      {editor && revision && !conflict && (
        <form class="restore" onSubmit={(e) => { e.preventDefault(); if (version != null) restore(version); }}>
          <label for="restore-note">Note (why restore)</label>
          <input id="restore-note" value={note} maxLength={500} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={version == null} data-testid="restore">Restore this version</button>
        </form>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {conflict && (
        <ConflictView
          fields={FIELDS[kind]}
          mine={conflict.mine}
          theirs={conflict.theirs}
          theirsVersion={conflict.theirsVersion}
          onKeepMine={() => {
            const v = conflict.theirsVersion;
            setConflict(null);
            if (v != null) restore(v);
          }}
          onTakeTheirs={() => navigate(currentHref.replace(/^#/, ''))}
        />
      )}
    </section>
  );
}
