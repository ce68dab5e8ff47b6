import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { Timeline, type TimelineItem } from './Timeline';

const item = (id: string, date: TimelineItem['date']): TimelineItem => ({ id, label: `Meeting ${id}`, date });

function marks(items: TimelineItem[]) {
  const { container } = render(<Timeline title="test" items={items} />);
  return { container, marks: [...container.querySelectorAll('[data-testid="timeline-mark"]')] as SVGGElement[] };
}

const width = (g: Element) => Number(g.getAttribute('data-x2')) - Number(g.getAttribute('data-x1'));

describe('Timeline', () => {
  it('draws an exact day as a point', () => {
    const { marks: [mark] } = marks([
      item('a', { earliest: '2024-09-10', latest: '2024-09-10', precision: 'DAY', edtf: '2024-09-10', text: '10 September 2024' }),
      item('b', { earliest: '2025-01-01', latest: '2025-06-30', precision: 'HALF_YEAR', edtf: '2025-40', text: 'first half of 2025' }),
    ]);
    expect(mark.getAttribute('data-shape')).toBe('point');
    expect(mark.querySelector('circle')).not.toBeNull();
    expect(mark.querySelector('rect')).toBeNull();
    expect(mark.getAttribute('data-uncertain')).toBe('false');
  });

  it('draws a month and a half-year as bands over their bounds, the half-year six times as wide', () => {
    const { marks: [month, half] } = marks([
      item('m', { earliest: '2025-01-01', latest: '2025-01-31', precision: 'MONTH', edtf: '2025-01', text: 'January 2025' }),
      item('h', { earliest: '2025-01-01', latest: '2025-06-30', precision: 'HALF_YEAR', edtf: '2025-40', text: 'first half of 2025' }),
    ]);
    expect(month.getAttribute('data-shape')).toBe('band');
    expect(half.getAttribute('data-shape')).toBe('band');
    expect(month.getAttribute('data-x1')).toBe(half.getAttribute('data-x1'));
    // 181 days against 31
    expect(width(half) / width(month)).toBeCloseTo(181 / 31, 1);
  });

  it('marks an uncertain half-year and an approximate range, and keeps the text and note for hover', () => {
    const { marks: [uncertain, approximate] } = marks([
      item('u', { earliest: '2025-01-01', latest: '2025-06-30', precision: 'HALF_YEAR', edtf: '2025-40?', text: 'first half of 2025 (uncertain)', note: 'not finalized' }),
      item('r', { earliest: '2024-09-01', latest: '2024-09-30', precision: 'RANGE', edtf: '2024-09-01~/2024-09-30~', text: 'September 2024, about' }),
    ]);
    expect(uncertain.getAttribute('data-uncertain')).toBe('true');
    expect(uncertain.getAttribute('data-approximate')).toBe('false');
    expect(uncertain.querySelector('rect')!.getAttribute('class')).toContain('tl-uncertain');
    expect(uncertain.querySelector('title')!.textContent).toContain('first half of 2025 (uncertain)');
    expect(uncertain.querySelector('title')!.textContent).toContain('not finalized');
    expect(uncertain.querySelector('.tl-qualifier')!.textContent).toBe('?');
    expect(approximate.getAttribute('data-shape')).toBe('band');
    expect(approximate.getAttribute('data-approximate')).toBe('true');
    expect(approximate.querySelector('.tl-qualifier')!.textContent).toBe('~');
  });

  it('draws a one-of set (a day somewhere in its bounds) as a hatched band, not a span that lasted them', () => {
    const { marks: [within, range] } = marks([
      item('w', { earliest: '2025-01-01', latest: '2025-06-30', precision: 'WITHIN', edtf: '[2025-01-01..2025-06-30]', text: 'one day in the first half of 2025' }),
      item('r', { earliest: '2025-01-01', latest: '2025-06-30', precision: 'RANGE', edtf: '2025-01-01/2025-06-30', text: 'January to June 2025' }),
    ]);
    expect(within.getAttribute('data-shape')).toBe('band');
    expect(within.querySelector('rect')!.getAttribute('class')).toContain('tl-within');
    expect(range.querySelector('rect')!.getAttribute('class')).not.toContain('tl-within');
  });

  it('lists a date without bounds instead of placing it anywhere', () => {
    const { container, marks: placed } = marks([
      item('k', { earliest: '2024-09-10', latest: '2024-09-10', precision: 'DAY', edtf: '2024-09-10', text: '10 September 2024' }),
      item('x', { earliest: null, latest: null, precision: 'UNKNOWN', edtf: 'XXXX', text: 'date unknown' }),
    ]);
    expect(placed).toHaveLength(1);
    expect(container.querySelector('.tl-unplaced')!.textContent).toContain('Meeting x: date unknown');
  });
});
