import type { MeetingFilter, MeetingKind, MeetingStatus } from './gql/graphql';

/** The meetings list's filter as it appears in the URL: one parameter per part, lists comma-separated. */
export interface ListState {
  filter: MeetingFilter;
  after?: string;
}

const list = (params: URLSearchParams, name: string): string[] | undefined => {
  const value = params.get(name);
  if (!value) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
};

export function filterFromParams(params: URLSearchParams): ListState {
  const filter: MeetingFilter = {};
  const text = params.get('q');
  if (text) filter.text = text;
  const countries = list(params, 'countries');
  if (countries) filter.countryCodes = countries.map((c) => c.toUpperCase());
  const heldIn = list(params, 'heldIn');
  if (heldIn) filter.locationCountryCodes = heldIn.map((c) => c.toUpperCase());
  const kinds = list(params, 'kinds');
  if (kinds) filter.kinds = kinds as MeetingKind[];
  const statuses = list(params, 'statuses');
  if (statuses) filter.statuses = statuses as MeetingStatus[];
  const topics = list(params, 'topics');
  if (topics) filter.topics = topics;
  const series = params.get('series');
  if (series) filter.seriesSlug = series;
  const from = params.get('from');
  if (from) filter.from = from;
  const to = params.get('to');
  if (to) filter.to = to;
  const after = params.get('after') ?? undefined;
  return after ? { filter, after } : { filter };
}

export function paramsFromFilter(state: ListState): URLSearchParams {
  const { filter, after } = state;
  const params = new URLSearchParams();
  const join = (values: readonly (string | null | undefined)[] | null | undefined) =>
    (values ?? []).filter((v): v is string => !!v).join(',');
  if (filter.text) params.set('q', filter.text);
  if (join(filter.countryCodes)) params.set('countries', join(filter.countryCodes));
  if (join(filter.locationCountryCodes)) params.set('heldIn', join(filter.locationCountryCodes));
  if (join(filter.kinds)) params.set('kinds', join(filter.kinds));
  if (join(filter.statuses)) params.set('statuses', join(filter.statuses));
  if (join(filter.topics)) params.set('topics', join(filter.topics));
  if (filter.seriesSlug) params.set('series', filter.seriesSlug);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (after) params.set('after', after);
  return params;
}

/**
 * The gateway's export of the meetings a filter selects (every page of them, not just the one shown), with the same
 * parameters as the list's URL.
 */
export function exportHref(format: 'meetings.csv' | 'popolo.json', filter: MeetingFilter): string {
  const query = paramsFromFilter({ filter }).toString();
  return '/export/' + format + (query ? '?' + query : '');
}
