import { describe, expect, it } from 'vitest';
import { exportHref, filterFromParams, paramsFromFilter } from './filters';
import { parseHash, href } from './router';

describe('the meetings filter in the URL', () => {
  it('comes back the same from the URL it was written to, every part of it', () => {
    const state = {
      filter: {
        text: '방위 talks',
        countryCodes: ['KR', 'JP'],
        locationCountryCodes: ['KR'],
        kinds: ['TALKS' as const, 'WORKING_LEVEL' as const],
        statuses: ['HELD' as const],
        topics: ['missile defense', 'intelligence sharing'],
        seriesSlug: 'defense-trilateral-talks',
        from: '2025-01-01',
        to: '2025-06-30',
      },
      after: 'Y3Vyc29yOjIw',
    };
    const url = href('/meetings', paramsFromFilter(state));
    const route = parseHash(url);

    expect(route.path).toBe('/meetings');
    expect(filterFromParams(route.params)).toEqual(state);
  });

  it('leaves out what is not set, so a shared link stays short', () => {
    const url = href('/meetings', paramsFromFilter({ filter: { from: '2025-01-01', countryCodes: ['KR'], kinds: [] } }));

    expect(url).toBe('#/meetings?countries=KR&from=2025-01-01');
    expect(filterFromParams(parseHash(url).params)).toEqual({ filter: { from: '2025-01-01', countryCodes: ['KR'] } });
  });
});

describe('the export links', () => {
  it('carry the list filter as the gateway reads it, without the page', () => {
    const filter = { text: '방위', countryCodes: ['KR', 'JP'], kinds: ['TALKS' as const], from: '2025-01-01' };

    expect(exportHref('meetings.csv', filter)).toBe(
      '/export/meetings.csv?q=%EB%B0%A9%EC%9C%84&countries=KR%2CJP&kinds=TALKS&from=2025-01-01');
    expect(exportHref('popolo.json', {})).toBe('/export/popolo.json');
  });
});
