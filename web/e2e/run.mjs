// End-to-end check of the web UI in real headless Chromium against a running Summitry (started by the caller:
// launcher's WebEndToEndTest). Usage: node e2e/run.mjs <phase> with BASE_URL, TOKEN_FILE and SHOTS set.
//   phase "main":   search by a Hangul name -> meeting -> post at the date and a statement's source; filter by a
//                   date range and a country, reload; edit a meeting in two tabs and resolve the conflict; edit it
//                   with a note, see the change in History, view the meeting as it stood, restore that version;
//                   a reader's meeting page shows a change made through the API by another client (subscription)
//   phase "outage": (people-service stopped by the caller) the meeting page shows what meetings-service answered
//                   and names the missing service
// Exits non-zero with a message on the first failed expectation; a screenshot of each step lands in SHOTS.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const phase = process.argv[2] ?? 'main';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';
const shots = process.env.SHOTS ?? 'target/e2e';
const executable = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executable)) {
  console.error(`Chromium not found at ${executable}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set ` +
    'CHROMIUM to its path. The browser tests do not run without it.');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const TIMEOUT = 30_000;
const profile = mkdtempSync(join(tmpdir(), 'summitry-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1100, height: 900 },
});
context.setDefaultTimeout(TIMEOUT);
let step = 0;

async function shot(page, name) {
  step++;
  await page.screenshot({ path: join(shots, `${phase}-${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

function expect(condition, message) {
  if (!condition) throw new Error('Expectation failed: ' + message);
}

async function giveToken(page) {
  const token = readFileSync(process.env.TOKEN_FILE, 'utf8').trim();
  await page.goto(base + '#/editor');
  await page.getByLabel('Editor token').fill(token);
  await page.getByRole('button', { name: 'Use this token' }).click();
  await page.getByText('Editing is on in this tab').waitFor();
}

/** Another client: the GraphQL API with the editor token, outside the browser. */
async function graphqlAsEditor(query, variables) {
  const token = readFileSync(process.env.TOKEN_FILE, 'utf8').trim();
  const response = await fetch(new URL('graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  expect(response.ok && !body.errors, 'the API answers ' + JSON.stringify(body.errors ?? response.status));
  return body.data;
}

async function changeMeetingTitle(id, title) {
  const { meeting: m } = await graphqlAsEditor(
    'query($id: ID!) { meeting(id: $id) { version kind status date { edtf note } } }', { id });
  await graphqlAsEditor(
    'mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, expectedVersion: $v, input: $input) { version } }',
    { id, v: m.version, input: { title, kind: m.kind, status: m.status, date: { edtf: m.date.edtf, note: m.date.note } } });
}

async function search(page, text) {
  const box = page.getByRole('combobox', { name: 'Find a person or organization' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  return box;
}

async function main() {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base);
  await page.getByRole('heading', { name: 'Meetings' }).waitFor();
  await page.getByTestId('meeting-count').waitFor();
  await shot(page, 'home');

  // the seed gives Ely Ratner's name in Latin script only; an editor adds the Hangul the Korean press uses
  await giveToken(page);
  let box = await search(page, 'Ratner');
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.getByRole('heading', { name: 'Ely Ratner', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Edit this person' }).click();
  const names = page.getByLabel(/Other names/);
  await names.waitFor();
  const current = await names.inputValue();
  if (!current.includes('래트너')) {
    await names.fill((current ? current + '\n' : '') + '일라이 래트너 | ko | as the Korean press writes it');
    await page.getByRole('button', { name: 'Save changes' }).click();
  } else {
    await page.getByRole('link', { name: 'Cancel' }).click();
  }
  // in the person's names (the History section below shows the edit too)
  await page.locator('.names').getByText('일라이 래트너').waitFor();

  // search by the Hangul name, keyboard only: the hit shows the current post
  await page.goto(base + '#/meetings');
  box = await search(page, '래트너');
  const option = page.getByRole('option').filter({ hasText: 'Ely Ratner' });
  await option.waitFor();
  expect((await option.textContent()).includes('assistant secretary of defense for Indo-Pacific security affairs'),
    'the search hit shows the current post');
  await shot(page, 'search-hangul');
  await box.press('ArrowDown');
  expect((await box.getAttribute('aria-activedescendant')) === 'search-hit-0', 'arrow down selects the first hit');
  await box.press('Enter');
  await page.getByRole('heading', { name: 'Ely Ratner', exact: true }).waitFor();
  await page.locator('li', { hasText: '일라이 래트너' }).getByText('(ko)').waitFor();

  // open a meeting from the person's page: the post at the meeting's date and each statement's source
  await page.getByRole('link', { name: /Brookings Institution seminar/ }).first().click();
  await page.getByRole('heading', { name: /Brookings Institution seminar/ }).waitFor();
  const ratner = page.getByTestId('participant').filter({ hasText: 'Ely Ratner' });
  await ratner.waitFor();
  expect((await ratner.getByTestId('post-at-date').textContent())
    .includes('post on that date: assistant secretary of defense for Indo-Pacific security affairs'),
    'the participant shows the post held on that date');
  const quote = page.locator('[data-testid="statement"][data-kind="QUOTE"]').first();
  const paraphrase = page.locator('[data-testid="statement"][data-kind="PARAPHRASE"]').first();
  expect((await quote.locator('blockquote').count()) === 1, 'a quotation is set as a quotation');
  expect((await paraphrase.locator('blockquote').count()) === 0, 'a paraphrase is not set as a quotation');
  expect((await quote.getByText('Quotation').count()) === 1 && (await paraphrase.getByText('Paraphrase').count()) === 1,
    'quotation and paraphrase are labelled');
  expect((await quote.getByTestId('statement-source').textContent())
    .includes('Cooperation between US, Japan, S. Korea important to maintaining peace in Indo-Pacific'),
    "a statement names its source");
  await shot(page, 'meeting');
  // the README's picture: one screen from the date reports to the first statements
  await page.getByRole('heading', { name: 'What each source says about the date' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('h-dates').scrollIntoView());
  await page.screenshot({ path: join(shots, 'readme-meeting.png') });

  // filter by a date range and a country; the URL carries it and a reload shows the same
  await page.goto(base + '#/meetings');
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await page.getByLabel('To', { exact: true }).fill('2025-06-30');
  await page.getByLabel('Countries taking part', { exact: true }).selectOption('KR');
  await page.getByRole('button', { name: 'Show meetings' }).click();
  await page.waitForURL(/from=2025-01-01/);
  const url = page.url();
  expect(url.includes('countries=KR') && url.includes('to=2025-06-30'), 'the URL carries the filter: ' + url);
  // the list shows the new answer once it is no longer busy and the 15th round (September 2024) is gone from it
  await page.locator('.meeting-list').getByRole('link', { name: /^15th Defense Trilateral Talks/ })
    .waitFor({ state: 'detached' });
  const checkList = async () => {
    await page.locator('.results[aria-busy="false"]').waitFor();
    const list = page.locator('.meeting-list');
    await list.getByRole('link', { name: '16th Defense Trilateral Talks', exact: true }).waitFor();
    const titles = await list.getByRole('link').allTextContents();
    expect(!titles.includes('15th Defense Trilateral Talks'), 'September 2024 is outside the range: ' + titles);
    expect(titles.some((t) => t.startsWith('Trilateral preparatory defense meeting')), 'the preparatory meeting is in');
    const mark = page.locator('a[aria-label^="16th Defense Trilateral Talks"] [data-testid="timeline-mark"]');
    // the seed gives the 16th round as "some day in the first half of 2025", an EDTF one-of set: a hatched band
    expect((await mark.getAttribute('data-shape')) === 'band'
      && (await mark.getAttribute('data-precision')) === 'WITHIN',
      'the 16th round (some day in the first half of 2025) is a hatched one-of band on the timeline');
  };
  await checkList();
  await page.reload();
  await checkList();
  expect((await page.getByLabel('From', { exact: true }).inputValue()) === '2025-01-01', 'the form shows the filter after a reload');
  expect((await page.getByRole('list', { name: 'Countries taking part: chosen' }).textContent()).includes('Korea'),
    'the chosen country shows after a reload');
  await shot(page, 'filtered');

  // two tabs edit the same meeting; the second to save sees both versions, keeps its input and resolves
  const stamp = new Date().toISOString().slice(11, 19);
  const theirSummary = `Summary saved first, from the other tab (${stamp}).`;
  let myTitle = `15th Defense Trilateral Talks (Seoul, ${stamp})`;
  await page.goto(base + '#/meetings?series=defense-trilateral-talks');
  await page.locator('.meeting-list').getByRole('link', { name: /^15th Defense Trilateral Talks/ }).click();
  await page.getByRole('heading', { name: /^15th Defense Trilateral Talks/ }).waitFor();
  const meetingUrl = page.url();
  const other = await context.newPage();
  await giveToken(other);
  await page.goto(meetingUrl + '/edit');
  await other.goto(meetingUrl + '/edit');
  await page.getByLabel('Summary').waitFor();
  await other.getByLabel('Summary').waitFor();
  await other.getByLabel('Summary').fill(theirSummary);
  await other.getByRole('button', { name: 'Save changes' }).click();
  await other.locator('.summary', { hasText: theirSummary }).waitFor();
  await page.getByLabel('Title').fill(myTitle);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByTestId('conflict').waitFor();
  await page.getByTestId('theirs-summary').getByText(theirSummary).waitFor();
  expect((await page.getByTestId('mine-title').textContent()) === myTitle, 'the conflict view shows my version');
  expect((await page.getByLabel('Title').inputValue()) === myTitle, 'what I typed is still in the form');
  await shot(page, 'conflict');
  await page.getByRole('button', { name: 'Save my version over theirs' }).click();
  await page.getByRole('heading', { name: myTitle, exact: true }).waitFor();

  // history: an edit made with a note shows in History with its editor, note and the title before → after; the
  // meeting as it stood after the previous edit has that edit's title; restoring that version brings it back
  const historyTitle = `15th Defense Trilateral Talks (history ${stamp})`;
  await page.goto(meetingUrl + '/edit');
  await page.getByLabel('Title').fill(historyTitle);
  await page.getByLabel(/^Note \(optional\)/).fill('Title as the joint press statement gives it');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: historyTitle, exact: true }).waitFor();
  const history = page.getByTestId('history');
  const latest = history.getByTestId('change').first();
  await latest.getByTestId('change-note').getByText('Title as the joint press statement gives it').waitFor();
  const titleRow = latest.locator('[data-testid="field-change"][data-field="title"]');
  expect((await titleRow.locator('.before').textContent()) === myTitle
    && (await titleRow.locator('.after').textContent()) === historyTitle, 'the change shows the title before → after');
  expect((await latest.getByTestId('change-editor').textContent()).trim().length > 0, 'the change names its editor');
  await shot(page, 'history');
  const previous = history.getByTestId('change')
    .filter({ has: page.locator('[data-field="title"] .after', { hasText: myTitle }) }).first();
  await previous.getByTestId('as-it-stood').click();
  await page.getByTestId('as-of').waitFor();
  await page.getByRole('heading', { name: myTitle, exact: true }).waitFor();
  await shot(page, 'as-it-stood');
  await page.getByLabel('Note (why restore)').fill('back to the title of the save before');
  await page.getByTestId('restore').click();
  await page.getByRole('heading', { name: myTitle, exact: true }).waitFor();
  await page.getByTestId('history').locator('[data-testid="change"][data-kind="RESTORED"]').first().waitFor();
  expect(!page.url().includes('asOf='), 'after the restore the page shows the meeting as it is now');
  await shot(page, 'restored');

  // live: a reader's meeting page shows a change another client makes through the API, without a reload
  const reader = await context.newPage(); // a tab of its own: no token, a reader
  await reader.goto(meetingUrl);
  await reader.getByRole('heading', { name: myTitle, exact: true }).waitFor();
  await reader.locator('html[data-live="connected"]').waitFor({ state: 'attached' }); // the socket is up
  const liveTitle = `15th Defense Trilateral Talks (live ${stamp})`;
  await changeMeetingTitle(decodeURIComponent(meetingUrl.split('#/meetings/')[1]), liveTitle);
  const changedAt = Date.now();
  await reader.getByRole('heading', { name: liveTitle, exact: true }).waitFor({ timeout: 5_000 });
  console.log(`live: the reader's page showed the new title ${Date.now() - changedAt} ms after the API answered`);
  await shot(reader, 'live-update');
  await reader.close();
  await page.goto(meetingUrl);
  await page.getByRole('heading', { name: liveTitle, exact: true }).waitFor();
  myTitle = liveTitle;

  // a value the API refuses is named beside its field
  await page.goto(meetingUrl + '/edit');
  await page.getByLabel('Date (EDTF)').fill('next Tuesday');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByTestId('error-edtf').waitFor();
  await shot(page, 'validation');

  // usable at 360 px
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(meetingUrl);
  await page.getByRole('heading', { name: myTitle, exact: true }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow <= 360, 'no horizontal scrolling at 360 px (page is ' + overflow + ' px wide)');
  await shot(page, 'narrow');
}

async function outage() {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base + '#/meetings');
  await page.locator('.meeting-list').getByRole('link', { name: /Brookings Institution seminar/ }).click();
  await page.getByRole('heading', { name: /Brookings Institution seminar/ }).waitFor();
  const missing = page.getByTestId('missing');
  await missing.waitFor();
  expect((await missing.textContent()).includes('people-service is unavailable'), 'the page names the missing service');
  await page.getByTestId('statement').first().waitFor();
  expect((await page.getByTestId('statement-source').first().textContent()).includes('Cooperation between US'),
    "what meetings-service answered still shows (statements with their sources)");
  await page.getByText('(person unavailable)').first().waitFor();
  await shot(page, 'people-service-down');
}

let failed = false;
try {
  await (phase === 'outage' ? outage() : main());
  console.log(`web e2e ${phase}: passed (${step} screenshots in ${shots})`);
} catch (e) {
  failed = true;
  console.error(`web e2e ${phase}: FAILED: ${e.message}`);
  for (const [i, p] of context.pages().entries()) {
    await p.screenshot({ path: join(shots, `${phase}-failure-${i}.png`), fullPage: true }).catch(() => {});
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
