import { describe, expect, it } from 'vitest';
import { justAfter, shown, when } from './History';

describe('a change as the History section words it', () => {
  it('shows each value as the reader would write it, not as JSON text', () => {
    expect(shown('"Old title"')).toBe('Old title');
    expect(shown('3')).toBe('3');
    expect(shown('["trade","export controls"]')).toBe('trade\nexport controls');
    expect(shown(null)).toBe('—');
    expect(shown('{"edtf":"2024-09"}')).toBe('{"edtf":"2024-09"}');
  });

  it('gives every reader the same UTC time', () => {
    expect(when('2026-12-07T21:54:02.123456Z')).toBe('2026-12-07 21:54:02 UTC');
  });

  it('reads a record as it stood just after the change, whatever the digits of its time', () => {
    expect(justAfter('2026-12-07T21:54:02.123456Z')).toBe('2026-12-07T21:54:02.124Z');
    expect(justAfter('2026-12-07T21:54:02Z')).toBe('2026-12-07T21:54:02.001Z');
  });
});
