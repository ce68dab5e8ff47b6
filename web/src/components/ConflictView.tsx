/**
 * Someone else saved first: both versions side by side, field by field, with the fields that differ marked. The
 * editor's own input is kept (the form stays as typed); they choose to save theirs over the other, or to take the
 * saved version.
 */
export interface ConflictField {
  key: string;
  label: string;
}

export function ConflictView({
  fields,
  mine,
  theirs,
  theirsVersion,
  onKeepMine,
  onTakeTheirs,
  heading = 'Someone else saved this first',
  intro = 'Nothing of yours was saved and nothing you typed is lost.',
}: {
  fields: ConflictField[];
  mine: Record<string, string>;
  theirs: Record<string, string> | null;
  theirsVersion: number | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** the same comparison serves a live change seen while editing, before any save */
  heading?: string;
  intro?: string;
}) {
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading">{heading}</h2>
      <p>
        {intro} Compare the two versions
        {theirsVersion != null ? ` (theirs is version ${theirsVersion})` : ''}, then choose.
      </p>
      {theirs ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your version</th>
              <th scope="col">Saved version</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => {
              const differs = (mine[f.key] ?? '') !== (theirs[f.key] ?? '');
              return (
                <tr key={f.key} class={differs ? 'differs' : ''} data-differs={differs ? 'true' : 'false'}>
                  <th scope="row">{f.label}{differs && <span class="sr-only"> (differs)</span>}</th>
                  <td data-testid={`mine-${f.key}`}>{mine[f.key] || <span class="muted">empty</span>}</td>
                  <td data-testid={`theirs-${f.key}`}>{theirs[f.key] || <span class="muted">empty</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted">Loading the saved version…</p>
      )}
      <div class="actions">
        <button type="button" onClick={onKeepMine} disabled={!theirs}>
          Save my version over theirs
        </button>
        <button type="button" class="secondary" onClick={onTakeTheirs} disabled={!theirs}>
          Take the saved version (drop my changes)
        </button>
      </div>
    </section>
  );
}
