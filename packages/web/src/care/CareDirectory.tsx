import { useEffect, useId, useState } from 'react';
import { text } from '../text/text.js';

/** The directory file (public/providers.json): data a clinic can replace without touching code. */
interface Directory {
  readonly services: Record<string, string>;
  readonly providers: readonly { name: string; region: string; url: string; services: string[]; distinctive: string }[];
}

function isDirectory(value: unknown): value is Directory {
  const d = value as Directory;
  return typeof d === 'object' && d !== null && typeof d.services === 'object' && Array.isArray(d.providers);
}

/** Providers filterable by service, and what makes a good back pain service. */
export function CareDirectory() {
  const t = text.care;
  const [directory, setDirectory] = useState<Directory | 'loading' | 'failed'>('loading');
  const [service, setService] = useState('');
  const selectId = useId();
  useEffect(() => {
    fetch('/providers.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((d: unknown) => setDirectory(isDirectory(d) ? d : 'failed'))
      .catch(() => setDirectory('failed'));
  }, []);

  const shown =
    typeof directory === 'object'
      ? directory.providers.filter((p) => service === '' || p.services.includes(service))
      : [];
  return (
    <section>
      <h1>{t.title}</h1>
      <section aria-labelledby="guide">
        <h2 id="guide">{t.guideTitle}</h2>
        <ul>
          {t.guide.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </section>
      {directory === 'loading' && <p role="status">{t.loading}</p>}
      {directory === 'failed' && <p role="alert">{t.failed}</p>}
      {typeof directory === 'object' && (
        <>
          <p className="filter">
            <label htmlFor={selectId}>{t.filter}</label>
            <select id={selectId} value={service} onChange={(e) => setService(e.target.value)}>
              <option value="">{t.all}</option>
              {Object.entries(directory.services).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <p role="status" className="muted">
            {t.count(shown.length)}
          </p>
          <ul className="providers">
            {shown.map((p) => (
              <li key={p.name} className="provider">
                <h2>{p.name}</h2>
                <p className="muted">{p.region}</p>
                <p>{p.distinctive}</p>
                <p>
                  <strong>{t.offers}:</strong> {p.services.map((s) => directory.services[s] ?? s).join(', ')}
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
        </>
      )}
    </section>
  );
}
