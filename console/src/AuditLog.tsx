import { useEffect, useState } from 'preact/hooks';
import { call } from './api';
import { formatTime, t } from './i18n';

interface Entry {
  at: string;
  who: string;
  action: string;
  detail: string;
  address: string;
}

export function AuditLog() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  useEffect(() => {
    call<{ entries: Entry[] }>('GET', 'audit').then((a) => setEntries(a.entries), () => setEntries([]));
  }, []);
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('Revisionslog')}</h1>
      {!entries ? (
        <p role="status">{t('Indlæser …')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('Revisionslog')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Hvornår')}</th>
              <th scope="col">{t('Hvem')}</th>
              <th scope="col">{t('Hvad')}</th>
              <th scope="col">{t('Hvorfra')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>{formatTime(e.at)}</td>
                <td>{e.who}</td>
                <td>
                  {e.action} {e.detail}
                </td>
                <td>{e.address}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
