/**
 * Meetings (or posts) on a time axis, drawn as honestly as their dates are known: an exact day is a point; a month,
 * a half-year, a range or any other span is a band over its earliest..latest bounds; a date the source gives as
 * uncertain (?) or approximate (~) is drawn dashed and marked; a date without bounds is listed, not placed.
 * Hovering or focusing a mark shows the date's text and note.
 */
export interface TimelineDate {
  earliest?: string | null;
  latest?: string | null;
  precision: string;
  edtf: string;
  text: string;
  note?: string | null;
}

export interface TimelineItem {
  id: string;
  label: string;
  href?: string;
  date: TimelineDate;
}

export type Shape = 'point' | 'band' | 'unplaced';

export function shapeOf(date: TimelineDate): Shape {
  if (!date.earliest || !date.latest) return 'unplaced';
  return date.precision === 'DAY' && date.earliest === date.latest ? 'point' : 'band';
}

/** '?' uncertain, '~' approximate, '%' both (EDTF qualifiers, anywhere in the expression). */
export function qualifiers(edtf: string): { uncertain: boolean; approximate: boolean } {
  return {
    uncertain: edtf.includes('?') || edtf.includes('%'),
    approximate: edtf.includes('~') || edtf.includes('%'),
  };
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const toMs = (iso: string) => Date.parse(iso + 'T00:00:00Z');

const WIDTH = 800;
const ROW = 30;
const LEFT = 8;
const RIGHT = 8;
const AXIS = 24;

function describe(item: TimelineItem): string {
  const q = qualifiers(item.date.edtf);
  const marks = [q.uncertain ? 'uncertain' : '', q.approximate ? 'approximate' : ''].filter(Boolean).join(' and ');
  return `${item.label}: ${item.date.text}${marks ? ` (${marks})` : ''}${item.date.note ? ` — ${item.date.note}` : ''}`;
}

export function Timeline({ items, title }: { items: TimelineItem[]; title: string }) {
  const placed = items.filter((i) => shapeOf(i.date) !== 'unplaced');
  const unplaced = items.filter((i) => shapeOf(i.date) === 'unplaced');
  if (!placed.length) {
    return (
      <figure class="timeline">
        <figcaption>{title}</figcaption>
        <p class="muted">No date here has known bounds.</p>
        <Unplaced items={unplaced} />
      </figure>
    );
  }
  let min = Math.min(...placed.map((i) => toMs(i.date.earliest!)));
  // a band covers its whole last day
  let max = Math.max(...placed.map((i) => toMs(i.date.latest!) + DAY));
  const pad = Math.max((max - min) * 0.04, 15 * DAY);
  min -= pad;
  max += pad;
  const x = (ms: number) => LEFT + ((ms - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  const height = AXIS + placed.length * ROW + 6;
  const startYear = new Date(min).getUTCFullYear();
  const endYear = new Date(max).getUTCFullYear();
  const years: number[] = [];
  for (let y = startYear + 1; y <= endYear; y++) years.push(y);
  // quarter ticks (Apr, Jul, Oct) when the span is short enough for them to be read
  const quarters = max - min < 3 * 366 * DAY;

  return (
    <figure class="timeline">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-label={title}>
        <defs>
          <pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="tl-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" class="tl-hatch-line" />
          </pattern>
        </defs>
        {years.map((y) => (
          <g key={y} class="tl-tick">
            <line x1={x(Date.UTC(y, 0, 1))} x2={x(Date.UTC(y, 0, 1))} y1={AXIS - 6} y2={height} />
            <text x={x(Date.UTC(y, 0, 1)) + 3} y={AXIS - 10}>{y}</text>
          </g>
        ))}
        {quarters &&
          [startYear, ...years].flatMap((y) =>
            [3, 6, 9].map((m) => {
              const at = Date.UTC(y, m, 1);
              return at > min && at < max ? (
                <g key={`q${y}-${m}`} class="tl-tick-minor">
                  <line x1={x(at)} x2={x(at)} y1={AXIS - 3} y2={height} />
                  <text x={x(at) + 2} y={AXIS - 10}>{MONTHS[m]}</text>
                </g>
              ) : null;
            }),
          )}
        {placed.map((item, row) => {
          const shape = shapeOf(item.date);
          const q = qualifiers(item.date.edtf);
          const y = AXIS + row * ROW + ROW / 2;
          const x1 = x(toMs(item.date.earliest!));
          const x2 = x(toMs(item.date.latest!) + DAY);
          const cls = ['tl-mark', `tl-${shape}`, q.uncertain ? 'tl-uncertain' : '', q.approximate ? 'tl-approximate' : '',
            item.date.precision === 'WITHIN' ? 'tl-within' : ''].filter(Boolean).join(' ');
          const label = describe(item);
          // about 6 px a character at 11 px: what fits between the mark's start and the right edge
          const labelX = Math.min(x1, WIDTH - 300);
          const labelChars = Math.max(20, Math.floor((WIDTH - labelX - 4) / 6.2));
          const mark =
            shape === 'point' ? (
              <circle cx={(x1 + x2) / 2} cy={y} r={6} class={cls} />
            ) : (
              <rect x={x1} y={y - 7} width={Math.max(x2 - x1, 3)} height={14} rx={3} class={cls} />
            );
          const body = (
            <g
              data-testid="timeline-mark"
              data-shape={shape}
              data-precision={item.date.precision}
              data-uncertain={q.uncertain ? 'true' : 'false'}
              data-approximate={q.approximate ? 'true' : 'false'}
              data-x1={x1.toFixed(1)}
              data-x2={x2.toFixed(1)}
            >
              <title>{label}</title>
              {mark}
              {(q.uncertain || q.approximate) && (
                <text x={x2 + 4} y={y + 4} class="tl-qualifier" aria-hidden="true">
                  {q.uncertain && q.approximate ? '?~' : q.uncertain ? '?' : '~'}
                </text>
              )}
              <text x={labelX} y={y - 9} class="tl-label" aria-hidden="true">
                {item.label.length > labelChars ? item.label.slice(0, labelChars - 1) + '…' : item.label}
              </text>
            </g>
          );
          return item.href ? (
            <a key={item.id} href={item.href} aria-label={label}>
              {body}
            </a>
          ) : (
            <g key={item.id} tabIndex={0} aria-label={label} role="img">
              {body}
            </g>
          );
        })}
      </svg>
      <p class="tl-legend">
        <span class="tl-key tl-key-point" aria-hidden="true" /> exact day
        <span class="tl-key tl-key-band" aria-hidden="true" /> span the date lies in (month, half-year, range)
        <span class="tl-key tl-key-uncertain" aria-hidden="true" /> uncertain (?) or approximate (~)
      </p>
      <Unplaced items={unplaced} />
    </figure>
  );
}

function Unplaced({ items }: { items: TimelineItem[] }) {
  if (!items.length) return null;
  return (
    <ul class="tl-unplaced">
      {items.map((i) => (
        <li key={i.id}>
          {i.href ? <a href={i.href}>{i.label}</a> : i.label}: {i.date.text} (no bounds known)
        </li>
      ))}
    </ul>
  );
}
