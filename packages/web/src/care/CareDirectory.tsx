import { type Urgency, urgencyIds } from '@spine-advisor/engine';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatDistance, formatIsoDate, formatNumber } from '../text/format.js';
import { useI18n, useText } from '../text/i18n.js';
import { needOf } from './care-link.js';
import { type Directory, isDirectory, type NearbySite, servicesOf, sitesNear } from './directory.js';
import { kmToMiles } from './distance.js';
import type { Place } from './place.js';

/** Place data (about 0.8 MB) loads only when someone searches, never with the page. */
const placeModule = () => import('./place.js');

type Search =
  | { readonly state: 'idle' }
  | { readonly state: 'searching' }
  | { readonly state: 'done'; readonly query: string; readonly place: Place };

/** Providers and their sites: a search for care near a place, a service filter, and what good care looks like. */
export function CareDirectory({ params }: { params: URLSearchParams }) {
  const t = useText().care;
  const need = needOf(params, urgencyIds);
  const [directory, setDirectory] = useState<Directory | 'loading' | 'failed'>('loading');
  useEffect(() => {
    fetch('/providers.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((d: unknown) => setDirectory(isDirectory(d) ? d : 'failed'))
      .catch(() => setDirectory('failed'));
  }, []);

  return (
    <section>
      <h1>{t.title}</h1>
      {directory === 'loading' && <p role="status">{t.loading}</p>}
      {directory === 'failed' && <p role="alert">{t.failed}</p>}
      {typeof directory === 'object' &&
        (need === 'emergency' ? (
          <EmergencyRoute directory={directory} />
        ) : (
          <>
            <NearYou directory={directory} need={need} />
            <Guide />
            <ProviderList directory={directory} />
          </>
        ))}
    </section>
  );
}

/** An emergency never gets a clinic list: what to do, by country. */
function EmergencyRoute({ directory }: { directory: Directory }) {
  const { lang, text } = useI18n();
  const t = text.care;
  return (
    <section aria-labelledby="emergency-route" className="urgency urgency-emergency">
      <h2 id="emergency-route">
        <span aria-hidden="true">⚠ </span>
        {t.emergencyTitle}
      </h2>
      <h3>{t.emergencyUs}</h3>
      <p>{directory.emergencyRoute.US[lang]}</p>
      <h3>{t.emergencyUk}</h3>
      <p>{directory.emergencyRoute.GB[lang]}</p>
    </section>
  );
}

function NearYou({ directory, need }: { directory: Directory; need: Urgency | undefined }) {
  const { lang, text } = useI18n();
  const t = text.care;
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const inputId = useId();
  const hintId = useId();
  const privateId = useId();
  const services = need ? directory.needs[need] : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = query.trim();
    if (typed === '') return;
    setSearch({ state: 'searching' });
    placeModule().then(
      (m) => setSearch({ state: 'done', query: typed, place: m.findPlace(typed) }),
      () => setSearch({ state: 'done', query: typed, place: { kind: 'unknown' } }),
    );
  };

  return (
    <section aria-labelledby="near-you" className="near-you">
      <h2 id="near-you">{t.searchTitle}</h2>
      <search aria-labelledby="near-you">
        <form onSubmit={submit}>
          <p className="field">
            <label htmlFor={inputId}>{t.searchLabel}</label>
            <span className="hint" id={hintId}>
              {t.searchHint}
            </span>
            <span className="search-row">
              <input
                id={inputId}
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={query}
                aria-describedby={`${hintId} ${privateId}`}
                onChange={(e) => setQuery(e.target.value)}
                onFocus={() => void placeModule()}
              />
              <button type="submit" className="button primary">
                {t.searchButton}
              </button>
            </span>
          </p>
          <p className="muted" id={privateId}>
            {t.searchPrivate}
          </p>
        </form>
      </search>
      {need && services.length > 0 && (
        <p className="muted">
          {t.forNeed(services.map((s) => directory.services[s]?.[lang] ?? s).join(', '))}{' '}
          <a href="#/care">{t.showAll}</a>
        </p>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className="search-status">
        {search.state === 'searching' && <p>{t.searching}</p>}
        {search.state === 'done' && <SearchSummary search={search} directory={directory} services={services} />}
      </div>
      {search.state === 'done' && search.place.kind === 'north-america' && (
        <SiteList
          sites={sitesNear(directory, search.place.point, services)}
          unit={search.place.country === 'US' ? 'mile' : 'kilometer'}
          directory={directory}
        />
      )}
      {search.state === 'done' && search.place.kind === 'uk' && <NhsRoute directory={directory} />}
    </section>
  );
}

function SearchSummary({
  search,
  directory,
  services,
}: {
  search: Extract<Search, { state: 'done' }>;
  directory: Directory;
  services: readonly string[];
}) {
  const { lang, text } = useI18n();
  const t = text.care;
  const { place } = search;
  switch (place.kind) {
    case 'unknown':
      return <p>{t.notFound(search.query)}</p>;
    case 'uk':
      return <p>{t.ukTitle}</p>;
    case 'north-america': {
      const n = sitesNear(directory, place.point, services).length;
      return <p>{t.nearest(place.label, n, formatNumber(lang, n))}</p>;
    }
  }
}

function SiteList(props: { sites: NearbySite[]; unit: 'mile' | 'kilometer'; directory: Directory }) {
  const { lang, text } = useI18n();
  const t = text.care;
  return (
    <ol className="sites">
      {props.sites.map(({ provider, site, km }) => (
        <li key={site.id} className="site">
          <h3>
            {provider.name}
            <span className="site-distance">
              {' — '}
              {t.distance(formatDistance(lang, props.unit === 'mile' ? kmToMiles(km) : km, props.unit))}
            </span>
          </h3>
          <p>
            <strong>{site.name}</strong>
            <br />
            {site.address}, {site.city}, {site.state} {site.zip}
          </p>
          <p>
            {t.phone}: <a href={`tel:${site.phone}`}>{site.phone}</a>
          </p>
          <p>
            <strong>{t.offers}:</strong> {site.services.map((s) => props.directory.services[s]?.[lang] ?? s).join(', ')}
          </p>
          <p className="muted">
            <a href={site.source.url} rel="noopener noreferrer">
              {t.source(formatIsoDate(lang, site.source.checked))}
              <span className="visually-hidden">: {site.name}</span>
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A UK postcode is answered with how to use the NHS, not a distance. */
function NhsRoute({ directory }: { directory: Directory }) {
  const { lang } = useI18n();
  const steps = directory.providers.flatMap((p) => p.route ?? []);
  return (
    <ol className="nhs-route">
      {steps.map((step) => (
        <li key={step.id}>
          {step.text[lang]}{' '}
          {step.phone && (
            <>
              <a href={`tel:${step.phone}`}>{step.phone}</a>{' '}
            </>
          )}
          <a href={step.url} rel="noopener noreferrer">
            {step.url.replace(/^https:\/\//, '')}
          </a>
        </li>
      ))}
    </ol>
  );
}

function Guide() {
  const t = useText().care;
  return (
    <section aria-labelledby="guide">
      <h2 id="guide">{t.guideTitle}</h2>
      <ul>
        {t.guide.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
    </section>
  );
}

/** Every provider, filterable by service. */
function ProviderList({ directory }: { directory: Directory }) {
  const { lang, text } = useI18n();
  const t = text.care;
  const [service, setService] = useState('');
  const selectId = useId();
  const shown = directory.providers.filter((p) => service === '' || servicesOf(p).includes(service));
  return (
    <section aria-labelledby="providers-title">
      <h2 id="providers-title" className="visually-hidden">
        {text.nav.care}
      </h2>
      <p className="filter">
        <label htmlFor={selectId}>{t.filter}</label>
        <select id={selectId} value={service} onChange={(e) => setService(e.target.value)}>
          <option value="">{t.all}</option>
          {Object.entries(directory.services).map(([id, label]) => (
            <option key={id} value={id}>
              {label[lang]}
            </option>
          ))}
        </select>
      </p>
      <p role="status" className="muted">
        {t.count(shown.length, formatNumber(lang, shown.length))}
      </p>
      <ul className="providers">
        {shown.map((p) => (
          <li key={p.id} className="provider">
            <h3>{p.name}</h3>
            <p className="muted">{p.region[lang]}</p>
            <p>{p.distinctive[lang]}</p>
            <p>
              <strong>{t.offers}:</strong>{' '}
              {servicesOf(p)
                .map((s) => directory.services[s]?.[lang] ?? s)
                .join(', ')}
            </p>
            <p>
              <a href={p.url} rel="noopener noreferrer">
                {t.visit}
                <span className="visually-hidden">: {p.name}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
      <p className="muted">{t.note}</p>
    </section>
  );
}
