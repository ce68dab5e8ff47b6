import type { ComponentChildren } from 'preact';

/** A labelled form field with its error (from the API's named field) right beside it. */
export function Field({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  help?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={'field' + (error ? ' invalid' : '')}>
      <label for={id}>{label}</label>
      {children}
      {help && <p id={`${id}-help`} class="help">{help}</p>}
      {error && (
        <p id={`${id}-error`} class="field-error" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function inputProps(id: string, value: string, set: (v: string) => void, error?: string, help?: string) {
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    name: id,
    value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => set((e.target as HTMLInputElement).value),
  };
}
