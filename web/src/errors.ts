import type { CombinedError } from '@urql/core';

/** The services an answer says are unavailable (UPSTREAM_UNAVAILABLE names the service in extensions.service). */
export function unavailableServices(error: CombinedError | undefined): string[] {
  if (!error) return [];
  const services = new Set<string>();
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code === 'UPSTREAM_UNAVAILABLE') services.add(String(e.extensions.service ?? 'a service'));
  }
  return [...services];
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  return error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code as string | undefined;
}

export function errorMessage(error: CombinedError | undefined): string {
  if (!error) return '';
  if (error.networkError) return 'The gateway could not be reached: ' + error.networkError.message;
  return error.graphQLErrors.map((e) => e.message).join('; ');
}

/**
 * The services answer invalid input as problem+json whose errors[] the gateway words as "field message; field
 * message" after the detail (e.g. "date.edtf: Invalid EDTF date 'next Tuesday' at position 0: expected a four-digit
 * year: date.edtf Invalid EDTF …"). Pairs each named field with its message, so the form shows it beside that field;
 * a field path (date.edtf, input.title) counts by its last segment. What names no field stays general.
 */
const FIELD =
  /(?:^|: |; )((?:[a-z]\w*\.)+[a-z]\w*|[a-z]+[A-Z]\w*|title|name|kind|status|text|role|note|quote|topics|outcomes|nationality|edtf):? /g;

export function fieldErrors(error: CombinedError | undefined): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!error) return { fields, general };
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') {
      general.push(e.message);
      continue;
    }
    const hits = [...e.message.matchAll(FIELD)].map((m) => ({ field: m[1], at: m.index!, start: m.index! + m[0].length }));
    hits.forEach((hit, i) => {
      const text = e.message.slice(hit.start, hits[i + 1]?.at ?? e.message.length).replace(/[;:]\s*$/, '').trim();
      const key = hit.field.replace(/\[\d+\]/g, '').split('.').pop()!;
      if (!text) return;
      if (!fields[key]) fields[key] = text;
      else if (!fields[key].includes(text)) fields[key] += '; ' + text;
    });
    if (!hits.length) general.push(e.message);
  }
  return { fields, general };
}
