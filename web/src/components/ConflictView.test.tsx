import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { ConflictView } from './ConflictView';

const fields = [
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'Summary' },
  { key: 'edtf', label: 'Date (EDTF)' },
];

describe('ConflictView', () => {
  it('shows both versions side by side and marks the fields that differ', () => {
    const view = render(
      <ConflictView
        fields={fields}
        mine={{ title: 'My title', summary: 'same', edtf: '2025-40?' }}
        theirs={{ title: 'Their title', summary: 'same', edtf: '2025-40?' }}
        theirsVersion={3}
        onKeepMine={() => {}}
        onTakeTheirs={() => {}}
      />,
    );

    expect(view.getByTestId('mine-title').textContent).toBe('My title');
    expect(view.getByTestId('theirs-title').textContent).toBe('Their title');
    const rows = [...view.container.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-differs'))).toEqual(['true', 'false', 'false']);
    expect(view.getByRole('alert').textContent).toContain('version 3');
    expect(view.getByRole('alert').textContent).toContain('nothing you typed is lost');
  });

  it('lets the editor keep their version or take the saved one', () => {
    const keep = vi.fn();
    const take = vi.fn();
    const view = render(
      <ConflictView fields={fields} mine={{ title: 'a' }} theirs={{ title: 'b' }} theirsVersion={2} onKeepMine={keep} onTakeTheirs={take} />,
    );

    fireEvent.click(view.getByRole('button', { name: /Save my version/ }));
    fireEvent.click(view.getByRole('button', { name: /Take the saved version/ }));

    expect(keep).toHaveBeenCalledTimes(1);
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('offers no choice before the saved version has arrived', () => {
    const view = render(
      <ConflictView fields={fields} mine={{ title: 'a' }} theirs={null} theirsVersion={null} onKeepMine={() => {}} onTakeTheirs={() => {}} />,
    );

    expect((view.getByRole('button', { name: /Save my version/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
