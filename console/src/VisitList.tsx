import { useEffect, useState } from 'preact/hooks';
import { call } from './api';
import { formatTime, t } from './i18n';
import { follow } from './route';

interface VisitRow {
  id: string;
  facilityId: string;
  facilityName: string;
  kind: string;
  plannedDate: string | null;
  startedAt: string | null;
  status: 'planned' | 'in_progress' | 'closed';
  eventCount: number;
  lastReceivedAt: string | null;
  consultants: { id: string; name: string }[];
}

interface VisitListAnswer {
  visits: VisitRow[];
  next: string | null; // the cursor of the page after this one
  consultants: { id: string; name: string }[];
  facilities: { id: string; name: string }[];
}

export const statusText: Record<VisitRow['status'], string> = {
  planned: 'Planlagt',
  in_progress: 'I gang',
  closed: 'Afsluttet',
};

export function VisitList() {
  const [filter, setFilter] = useState(() => new URLSearchParams(location.search));
  const [answer, setAnswer] = useState<VisitListAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    setAnswer(null);
    setFailed(false);
    call<VisitListAnswer>('GET', `visits?${filter}`).then(setAnswer, () => setFailed(true));
  }, [filter.toString()]);

  // The server answers a page at a time (newest first); the next page is added below this one.
  const more = () => {
    if (!answer?.next) return;
    const query = new URLSearchParams(filter);
    query.set('after', answer.next);
    setLoadingMore(true);
    call<VisitListAnswer>('GET', `visits?${query}`)
      .then(
        (page) => setAnswer({ ...answer, visits: [...answer.visits, ...page.visits], next: page.next }),
        () => setFailed(true),
      )
      .finally(() => setLoadingMore(false));
  };

  const change = (e: Event) => {
    const f = new FormData((e.currentTarget as HTMLInputElement).form!);
    const next = new URLSearchParams();
    for (const [k, v] of f) if (v) next.set(k, String(v));
    history.replaceState(null, '', `/office/${next.size ? '?' + next : ''}`);
    setFilter(next);
  };
  const select = (name: string, label: string, options: { id: string; name: string }[]) => (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} value={filter.get(name) ?? ''} onChange={change}>
        <option value="">{t('Alle')}</option>
        {options.map((o) => (
          <option value={o.id}>{o.name}</option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="visits-title">
      <h1 id="visits-title">{t('Besøg')}</h1>
      <form class="filter" aria-label={t('Filter')} onSubmit={(e) => e.preventDefault()}>
        {select('consultant', t('Konsulent'), answer?.consultants ?? [])}
        {select('facility', t('Tilbud'), answer?.facilities ?? [])}
        <div class="field">
          <label for="filter-from">{t('Fra dato')}</label>
          <input id="filter-from" type="date" name="from" value={filter.get('from') ?? ''} onChange={change} />
        </div>
        <div class="field">
          <label for="filter-to">{t('Til dato')}</label>
          <input id="filter-to" type="date" name="to" value={filter.get('to') ?? ''} onChange={change} />
        </div>
        {select(
          'status',
          t('Status'),
          (Object.keys(statusText) as VisitRow['status'][]).map((s) => ({ id: s, name: t(statusText[s]) })),
        )}
      </form>
      {failed && <p role="alert">{t('Noget gik galt. Prøv igen.')}</p>}
      {!answer && !failed && <p role="status">{t('Indlæser …')}</p>}
      {answer && answer.visits.length === 0 && <p role="status">{t('Ingen besøg passer til filteret.')}</p>}
      {answer && answer.visits.length > 0 && (
        <table>
          <caption class="visually-hidden">{t('Besøg')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Dato')}</th>
              <th scope="col">{t('Tilbud')}</th>
              <th scope="col">{t('Konsulenter')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Hændelser')}</th>
              <th scope="col">{t('Senest modtaget')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.visits.map((v) => (
              <tr>
                <td>
                  <a href={`/office/visits/${v.id}`} onClick={follow}>
                    {v.startedAt ? formatTime(v.startedAt) : v.plannedDate}
                  </a>
                </td>
                <td>{v.facilityName || v.facilityId}</td>
                <td>{v.consultants.map((c) => c.name).join(', ')}</td>
                <td>{t(statusText[v.status])}</td>
                <td>{v.eventCount}</td>
                <td>{formatTime(v.lastReceivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {answer?.next && (
        <p>
          <button type="button" onClick={more} disabled={loadingMore}>
            {t('Vis flere')}
          </button>
        </p>
      )}
    </section>
  );
}
