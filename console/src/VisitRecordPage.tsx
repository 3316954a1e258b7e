import { useEffect, useState } from 'preact/hooks';
import { ApiError, call } from './api';
import { t } from './i18n';
import { Assessment, ConversationPart, Facts, Log, Notes, VisitRecord } from './RecordParts';
import { follow } from './route';

// The record as the server builds it for the PDF and the JSON export (core/RecordModel), shown as
// a page: the same content, read from the same JSON the download gives.
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
  return (
    <article aria-labelledby="record-title">
      {back}
      <h1 id="record-title">
        {t('Besøgsrapport')}: {record.visit.facility.name || record.visit.facility.id}
      </h1>
      <p>
        <a href={`/office/api/visits/${id}/record?download=1`} download>
          {t('Hent som JSON')}
        </a>
      </p>
      <Facts r={record} />
      <h2>{t('Samtaler')}</h2>
      {record.conversations.map((c) => (
        <ConversationPart c={c} names={names} />
      ))}
      {record.otherNotes.length > 0 && (
        <>
          <h2>{t('Andre noter')}</h2>
          <Notes notes={record.otherNotes} names={names} />
        </>
      )}
      <Assessment r={record} />
      <Log r={record} names={names} />
    </article>
  );
}
