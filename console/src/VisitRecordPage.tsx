import { useEffect, useState } from 'preact/hooks';
import { ApiError, call } from './api';
import { formatTime, t } from './i18n';
import { follow } from './route';

// The record as the server builds it for the PDF and the JSON export (core/RecordModel), shown as
// a page: the same content, read from the same JSON the download gives.
interface Note {
  id: string;
  text: string;
  author: string;
  writtenAt: string;
  amended: boolean;
}
interface Conversation {
  id: string;
  title: string;
  kind: string;
  startedAt: string;
  notes: Note[];
  wrapUp: {
    summary: { id: string; text: string; response: string; theirWords: string }[];
    agreements: { id: string; what: string; who: string; byWhen: string }[];
  };
}
interface VisitRecord {
  status: string;
  visit: { id: string; kind: string; authority: string; startedAt: string; closed: boolean; closedAt: string | null; facility?: { name?: string } };
  consultants: { id: string; name: string }[];
  conversations: Conversation[];
  otherNotes: Note[];
  log: { sha256: string; eventCount: number };
}

function Notes({ notes, names }: { notes: Note[]; names: Map<string, string> }) {
  return (
    <ul class="notes">
      {notes.map((n) => (
        <li>
          <p>{n.text}</p>
          <p class="meta">
            {names.get(n.author) ?? n.author} · {formatTime(n.writtenAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function VisitRecordPage({ id }: { id: string }) {
  const [record, setRecord] = useState<VisitRecord | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    call<VisitRecord>('GET', `visits/${id}/record`).then(setRecord, (e) =>
      setMissing(e instanceof ApiError && e.status === 404),
    );
  }, [id]);
  const back = (
    <p>
      <a href="/office/" onClick={follow}>{t('Tilbage til besøgene')}</a>
    </p>
  );
  if (missing)
    return (
      <section aria-labelledby="record-title">
        <h1 id="record-title">{t('Besøget findes ikke.')}</h1>
        {back}
      </section>
    );
  if (!record) return <p role="status">{t('Indlæser …')}</p>;
  const names = new Map(record.consultants.map((c) => [c.id, c.name]));
  const v = record.visit;
  return (
    <article aria-labelledby="record-title">
      {back}
      <h1 id="record-title">
        {t('Besøgsrapport')}: {v.facility?.name ?? ''}
      </h1>
      <dl class="facts">
        <dt>{t('Myndighed')}</dt>
        <dd>{v.authority || '–'}</dd>
        <dt>{t('Påbegyndt')}</dt>
        <dd>{formatTime(v.startedAt)}</dd>
        <dt>{t('Afsluttet')}</dt>
        <dd>{formatTime(v.closedAt)}</dd>
        <dt>{t('Konsulenter')}</dt>
        <dd>{record.consultants.map((c) => c.name).join(', ')}</dd>
        <dt>{t('Loggens SHA-256')}</dt>
        <dd class="hash">{record.log.sha256}</dd>
      </dl>
      <p>
        <a href={`/office/api/visits/${id}/record?download=1`} download>
          {t('Hent som JSON')}
        </a>
      </p>
      <h2>{t('Samtaler')}</h2>
      {record.conversations.map((c) => (
        <section aria-labelledby={`c-${c.id}`} class="conversation">
          <h3 id={`c-${c.id}`}>{c.title || c.kind}</h3>
          <h4>{t('Noter')}</h4>
          <Notes notes={c.notes} names={names} />
          {c.wrapUp.summary.length > 0 && (
            <>
              <h4>{t('Opsummering')}</h4>
              <ul>
                {c.wrapUp.summary.map((p) => (
                  <li>
                    {p.text} {p.theirWords && <q>{p.theirWords}</q>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {c.wrapUp.agreements.length > 0 && (
            <>
              <h4>{t('Aftaler')}</h4>
              <ul>
                {c.wrapUp.agreements.map((a) => (
                  <li>
                    {a.what} — {a.who} {a.byWhen}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {record.otherNotes.length > 0 && (
        <>
          <h2>{t('Andre noter')}</h2>
          <Notes notes={record.otherNotes} names={names} />
        </>
      )}
    </article>
  );
}
