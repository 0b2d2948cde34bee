import { useEffect, useState } from 'react';

/** The app's pages, addressed by the URL hash so a static server (or offline cache) serves them all. */
export type Route = {
  page: 'home' | 'check' | 'report' | 'scans' | 'care' | 'clinician' | 'audit' | 'not-found';
  params: URLSearchParams;
};

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  switch (path) {
    case '':
    case '/':
      return { page: 'home', params };
    case '/check':
      return { page: 'check', params };
    case '/scans':
      return { page: 'scans', params };
    case '/report':
      return { page: 'report', params };
    case '/care':
      return { page: 'care', params };
    case '/clinician':
      return { page: 'clinician', params };
    case '/audit':
      return { page: 'audit', params };
    default:
      return { page: 'not-found', params };
  }
}

/** Where the app is: the hash (`#/check`), or a plain path (`/check`) served with the app as fallback. */
function currentLocation(): string {
  if (window.location.hash) return window.location.hash;
  return `#${window.location.pathname}${window.location.search}`;
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [where, setWhere] = useState(currentLocation);
  useEffect(() => {
    const onChange = () => setWhere(currentLocation());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(where);
}
