import { lazy, Suspense, useEffect, useRef } from 'react';
import { EmergencyBox } from '../components/EmergencyBox.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import type { Text } from '../text/en.js';
import { useText } from '../text/i18n.js';
import { type Route, useRoute } from './route.js';

// Pages load on demand: the start page needs no engine, so it shows at once. The service worker
// still caches every chunk for offline use.
const Questionnaire = lazy(() =>
  import('../questionnaire/Questionnaire.js').then((m) => ({ default: m.Questionnaire })),
);
const ClinicianView = lazy(() => import('../clinician/ClinicianView.js').then((m) => ({ default: m.ClinicianView })));
const Scans = lazy(() => import('../scans/Scans.js').then((m) => ({ default: m.Scans })));
const ReportReader = lazy(() => import('../report/ReportReader.js').then((m) => ({ default: m.ReportReader })));
const CareDirectory = lazy(() => import('../care/CareDirectory.js').then((m) => ({ default: m.CareDirectory })));
const AuditPage = lazy(() => import('../audit/AuditPage.js').then((m) => ({ default: m.AuditPage })));

const links: { page: Exclude<Route['page'], 'not-found' | 'audit'>; href: string }[] = [
  { page: 'home', href: '#/' },
  { page: 'check', href: '#/check' },
  { page: 'report', href: '#/report' },
  { page: 'scans', href: '#/scans' },
  { page: 'care', href: '#/care' },
  { page: 'clinician', href: '#/clinician' },
];

/** A page's name in the navigation and the window title. */
function pageName(text: Text, page: Route['page']): string {
  if (page === 'audit') return text.audit.title;
  return page === 'not-found' ? text.notFound.title : text.nav[page];
}

/** The app: header, navigation, the page for the current route, and the disclaimer on every page. */
export function App() {
  const route = useRoute();
  const text = useText();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${pageName(text, route.page)} — ${text.appName}`;
  }, [route.page, text]);

  return (
    <>
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {text.skipToContent}
      </button>
      <header className="site-header">
        <a className="brand" href="#/">
          <img src="/icon.svg" alt="" width="28" height="28" />
          {text.appName}
        </a>
        <LanguageSwitch />
        <nav aria-label={text.nav.label}>
          <ul>
            {links.map((l) => (
              <li key={l.page}>
                <a href={l.href} aria-current={route.page === l.page ? 'page' : undefined}>
                  {pageName(text, l.page)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">{text.language.loading}</p>}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p className="disclaimer">{text.disclaimer}</p>
        <p>{text.privacy}</p>
        <p>
          <a href="#/audit">{text.audit.footerLink}</a>
        </p>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <Home />;
    case 'check':
      return <Questionnaire />;
    case 'scans':
      return <Scans />;
    case 'report':
      return <ReportReader />;
    case 'care':
      return <CareDirectory params={route.params} />;
    case 'clinician':
      return <ClinicianView initial={route.params.get('case')} />;
    case 'audit':
      return <AuditPage />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const text = useText();
  return (
    <section>
      <h1>{text.notFound.title}</h1>
      <p>
        <a href="#/">{text.notFound.back}</a>
      </p>
    </section>
  );
}

function Home() {
  const t = useText().home;
  return (
    <section className="home">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>
        <a className="button primary" href="#/check">
          {t.start}
        </a>{' '}
        <span className="muted">{t.time}</span>
      </p>
      <EmergencyBox />
      <ul className="home-links">
        <li>
          <a href="#/report">{t.report}</a>
        </li>
        <li>
          <a href="#/scans">{t.scans}</a>
        </li>
        <li>
          <a href="#/care">{t.care}</a>
        </li>
        <li>
          <a href="#/clinician">{t.clinician}</a>
        </li>
      </ul>
    </section>
  );
}
