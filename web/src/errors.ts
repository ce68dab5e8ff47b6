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
 * The services answer invalid input as "detail: field message; field message" (problem+json errors[] as the gateway
 * words them): pairs each named field with its message, so the form can show it beside that field. Field names may
 * be paths (date.edtf, input.title); the last segment is the form field.
 */
export function fieldErrors(error: CombinedError | undefined): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!error) return { fields, general };
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') {
      general.push(e.message);
      continue;
    }
    const colon = e.message.indexOf(': ');
    const list = colon >= 0 ? e.message.slice(colon + 2) : e.message;
    let matched = false;
    for (const part of list.split('; ')) {
      const m = /^([A-Za-z][\w.[\]]*) (.+)$/.exec(part.trim());
      if (m && /[.[\]]|^[a-z]+[A-Z]|^(title|name|kind|status|date|edtf|text|role|countryCodes|topics)$/.test(m[1])) {
        const field = m[1].replace(/\[\d+\]/g, '').split('.').filter((s) => s !== 'input' && !/^\w+\.\w+$/.test(s));
        const key = field[field.length - 1] ?? m[1];
        fields[key] = fields[key] ? fields[key] + '; ' + m[2] : m[2];
        matched = true;
      }
    }
    if (!matched) general.push(e.message);
  }
  return { fields, general };
}
