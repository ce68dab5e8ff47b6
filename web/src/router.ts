import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (#/meetings?from=…): the page's state lives in the URL, so a view can be shared and reloaded, and the
 * gateway serves one index.html without any fallback rule that could shadow /graphql or /q/*.
 */
export interface Route {
  path: string;
  segments: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  return {
    path,
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  };
}

export function href(path: string, params?: URLSearchParams): string {
  const query = params && params.toString();
  return '#' + path + (query ? '?' + query : '');
}

export function navigate(path: string, params?: URLSearchParams): void {
  window.location.hash = href(path, params).slice(1);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
