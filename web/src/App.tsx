import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from './router';
import { Search } from './components/Search';
import { MeetingsPage } from './pages/Meetings';
import { MeetingPage } from './pages/Meeting';
import { PersonPage } from './pages/Person';
import { OrganizationPage } from './pages/Organization';
import { MeetingEditPage } from './pages/MeetingEdit';
import { PersonEditPage } from './pages/PersonEdit';
import { TokenPage } from './pages/Token';
import { useEditorToken } from './pages/Token';
import { ChangesPage } from './pages/Changes';
import { SignInControls } from './signin/SignInControls';
import { AsOfBar } from './components/AsOfBar';
import { uncachedClient } from './client';
import { Provider } from '@urql/preact';
import type { ComponentChildren } from 'preact';

/** A record as it stood: read through a client without the shared cache (same id, earlier values), under its bar. */
function AsOf({ kind, id, params, editor, children }: {
  kind: 'Meeting' | 'Person';
  id: string;
  params: URLSearchParams;
  editor: boolean;
  children: ComponentChildren;
}) {
  const base = kind === 'Meeting' ? '#/meetings/' : '#/people/';
  return (
    <>
      <AsOfBar kind={kind} id={id} asOf={params.get('asOf')!} revision={params.get('revision')} editor={editor}
        currentHref={base + encodeURIComponent(id)} />
      <Provider value={uncachedClient()}>{children}</Provider>
    </>
  );
}

export function App() {
  const route = useRoute();
  const [a, b, c] = route.segments;
  const main = useRef<HTMLElement>(null);
  const token = useEditorToken();

  // a new page moves focus to its content, so keyboard and screen-reader users start there
  useEffect(() => {
    main.current?.focus();
  }, [route.path]);

  let page;
  if (!a || a === 'meetings') {
    if (b === 'new') page = <MeetingEditPage />;
    else if (b && c === 'edit') page = <MeetingEditPage id={b} />;
    else if (b && route.params.get('asOf')) page = <AsOf kind="Meeting" id={b} params={route.params} editor={!!token}><MeetingPage id={b} asOf={route.params.get('asOf')} /></AsOf>;
    else if (b) page = <MeetingPage id={b} />;
    else page = <MeetingsPage params={route.params} />;
  } else if (a === 'people') {
    if (b === 'new') page = <PersonEditPage />;
    else if (b && c === 'edit') page = <PersonEditPage id={b} />;
    else if (b && route.params.get('asOf')) page = <AsOf kind="Person" id={b} params={route.params} editor={!!token}><PersonPage id={b} params={route.params} asOf={route.params.get('asOf')} /></AsOf>;
    else page = <PersonPage id={b} params={route.params} />;
  } else if (a === 'changes') {
    page = <ChangesPage params={route.params} />;
  } else if (a === 'organizations' && b) {
    page = <OrganizationPage id={b} params={route.params} />;
  } else if (a === 'editor') {
    page = <TokenPage />;
  } else {
    page = <p>There is no page at {route.path}.</p>;
  }

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">Summitry</a>
        <nav aria-label="Main">
          <a href="#/meetings">Meetings</a>
          <a href="#/changes">Recent changes</a>
          {token && <a href="#/people/new">New person</a>}
          <a href="#/editor">{token ? 'Editing on' : 'Edit'}</a>
        </nav>
        <SignInControls />
        <Search />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
