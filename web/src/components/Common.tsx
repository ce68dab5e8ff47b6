import type { CombinedError } from '@urql/core';
import { errorMessage, unavailableServices } from '../errors';

/** Says which part of the page is missing because a service did not answer; the rest of the page still shows. */
export function Missing({ error, what }: { error?: CombinedError; what?: string }) {
  const services = unavailableServices(error);
  if (!services.length) return null;
  return (
    <p class="missing" role="status" data-testid="missing">
      {what ? `${what}: ` : ''}
      {services.join(' and ')} {services.length > 1 ? 'are' : 'is'} unavailable, so what it holds is missing
      here. The rest of the page is what the other service answered.
    </p>
  );
}

/** An error that left nothing to show (not an outage of one service). */
export function Failure({ error }: { error?: CombinedError }) {
  if (!error || unavailableServices(error).length) return null;
  return (
    <p class="error" role="alert">
      {errorMessage(error)}
    </p>
  );
}

export function FuzzyDateText({ date }: { date: { text: string; note?: string | null; edtf: string } }) {
  return (
    <span class="fuzzy-date" title={date.note ?? undefined}>
      {date.text} <code class="edtf">{date.edtf}</code>
    </span>
  );
}

export function Loading() {
  return <p class="muted" role="status">Loading…</p>;
}
