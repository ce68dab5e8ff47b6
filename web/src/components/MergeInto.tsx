import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../gql';
import { errorMessage } from '../errors';
import { navigate } from '../router';
import { Field, inputProps } from './Field';
import { Search, type Hit } from './Search';

const MergePeople = graphql(`
  mutation MergePeople($fromId: ID!, $intoId: ID!, $note: String) {
    mergePeople(fromId: $fromId, intoId: $intoId, note: $note) { id version name otherNames { name lang note } }
  }
`);

const MergeOrganizations = graphql(`
  mutation MergeOrganizations($fromId: ID!, $intoId: ID!, $note: String) {
    mergeOrganizations(fromId: $fromId, intoId: $intoId, note: $note) { id version name }
  }
`);

type Kind = 'person' | 'organization';

const KEPT_PAGE: Record<Kind, string> = { person: '/people/', organization: '/organizations/' };

/**
 * "Merge into…" for editors, on the page of a duplicate: pick the record to keep with the search box, confirm, and
 * the duplicate's references, posts and names move to the kept record (one change in each's history, with the note);
 * the duplicate is deleted and the page moves to the kept record.
 */
export function MergeInto({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  const [kept, setKept] = useState<Hit | null>(null);
  const [note, setNote] = useState('');
  const [people, mergePeople] = useMutation(MergePeople);
  const [organizations, mergeOrganizations] = useMutation(MergeOrganizations);
  const [error, setError] = useState('');
  const busy = people.fetching || organizations.fetching;

  const merge = async (e: Event) => {
    e.preventDefault();
    if (!kept) return;
    setError('');
    const variables = { fromId: id, intoId: kept.id, note: note.trim() || null };
    const result = kind === 'person' ? await mergePeople(variables) : await mergeOrganizations(variables);
    const keptId = kind === 'person'
      ? (result.data as { mergePeople?: { id: string } } | undefined)?.mergePeople?.id
      : (result.data as { mergeOrganizations?: { id: string } } | undefined)?.mergeOrganizations?.id;
    if (!keptId) {
      setError(errorMessage(result.error) || 'The merge did not happen.');
      return;
    }
    navigate(KEPT_PAGE[kind] + encodeURIComponent(keptId));
  };

  return (
    <details class="merge-into" data-testid="merge-into">
      <summary>Merge into…</summary>
      <p class="help">
        When this {kind} is a duplicate of another, pick the one to keep: everything that refers to {name} will refer
        to it, {name}'s names become its other names, and {name} is deleted. Both histories keep the merge.
      </p>
      <Search kinds={[kind]} idPrefix="merge" label={`The ${kind} to keep`} exclude={id} onChoose={setKept} />
      {kept && (
        <form onSubmit={merge} aria-label="Confirm the merge">
          <p>
            Merge <strong>{name}</strong> into <strong>{kept.name}</strong>?
          </p>
          <Field id="mergeNote" label="Note (why; kept in the history)">
            <input {...inputProps('mergeNote', note, setNote)} maxLength={500} />
          </Field>
          <button type="submit" disabled={busy}>Merge into {kept.name}</button>{' '}
          <button type="button" class="secondary" onClick={() => setKept(null)}>Cancel</button>
        </form>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </details>
  );
}
