// The parts of a visit's record, in the order of the PDF (record/RecordSections.h): the facts,
// each conversation, the assessment, what could not be placed, and the whole log.
import { ComponentChildren } from 'preact';
import { formatTime, t } from './i18n';

export interface Note {
  id: string;
  text: string;
  author: string;
  writtenAt: string;
  amended: boolean;
}
export interface Conversation {
  id: string;
  title: string;
  kind: string;
  startedAt: string;
  endedAt: string | null;
  participants: { id: string; role: string; label: string; hopes: string; uncertainties: string; takesAway: string; removed: unknown }[];
  contract: { id: string; title: string; agreed: boolean }[];
  notes: Note[];
  timeouts: { id: string; reason: string; outcome: string; calledAt: string }[];
  questionAnswers: { questionId: string; question: string; answer: unknown; comment: string }[];
  followUps: { noteId: string; keyword: string; question: string }[];
  wrapUp: {
    summary: { id: string; text: string; response: string; theirWords: string }[];
    agreements: { id: string; what: string; who: string; byWhen: string }[];
    findings: { id: string; kind: string; indicatorId: string; text: string }[];
    nextSteps: string;
  };
}
export interface VisitRecord {
  status: string;
  visit: {
    id: string;
    kind: string;
    authority: string;
    startedAt: string;
    closedAt: string | null;
    facility: { id: string; name: string; address: string };
    template: { id: string; version: string; title: string };
    qualityModel: { version: string; title: string };
  };
  consultants: { id: string; name: string }[];
  locations: { moment: string; status: string; address?: string; latitude?: number; longitude?: number }[];
  conversations: Conversation[];
  otherNotes: Note[];
  assessments: { indicatorId: string; title: string; score: number | null; scoreTitle: string; rationale: string }[];
  themes: { id: string; number: number; title: string; average: number | null; scored: number }[];
  unknownEvents: unknown[];
  orphanAmendments: string[];
  log: { sha256: string; eventCount: number; events: { id: string; type: string; wallTime: string; authorId: string }[] };
}

function Part({ title, children, when = true }: { title: string; children: ComponentChildren; when?: boolean }) {
  if (!when) return null;
  return (
    <>
      <h4>{title}</h4>
      {children}
    </>
  );
}

const momentText: Record<string, string> = { visit_start: 'Besøgets start', visit_end: 'Besøgets slutning', conversation: 'Samtale' };
const findingText: Record<string, string> = { development: 'Udviklingspunkt', attention: 'Opmærksomhedspunkt' };

export function Facts({ r }: { r: VisitRecord }) {
  const v = r.visit;
  return (
    <>
      <dl class="facts">
        <dt>{t('Myndighed')}</dt>
        <dd>{v.authority || '–'}</dd>
        <dt>{t('Tilbud')}</dt>
        <dd>
          {v.facility.name || v.facility.id}
          {v.facility.address && `, ${v.facility.address}`}
        </dd>
        <dt>{t('Besøgstype')}</dt>
        <dd>{v.kind === 'announced' ? t('Anmeldt') : v.kind === 'unannounced' ? t('Uanmeldt') : v.kind}</dd>
        <dt>{t('Påbegyndt')}</dt>
        <dd>{formatTime(v.startedAt)}</dd>
        <dt>{t('Afsluttet')}</dt>
        <dd>{formatTime(v.closedAt)}</dd>
        <dt>{t('Konsulenter')}</dt>
        <dd>{r.consultants.map((c) => c.name).join(', ')}</dd>
        <dt>{t('Skabelon')}</dt>
        <dd>{[v.template.title || v.template.id, v.template.version].filter(Boolean).join(' ') || '–'}</dd>
        <dt>{t('Kvalitetsmodel')}</dt>
        <dd>{[v.qualityModel.title, v.qualityModel.version].filter(Boolean).join(' ') || '–'}</dd>
        <dt>{t('Rapportens status')}</dt>
        <dd>{r.status === 'final' ? t('Endelig') : t('Kladde')}</dd>
        <dt>{t('Loggens SHA-256')}</dt>
        <dd class="hash">{r.log.sha256}</dd>
      </dl>
      <Part title={t('Stedsangivelser')} when={r.locations.length > 0}>
        <ul>
          {r.locations.map((l) => (
            <li>
              {t(momentText[l.moment] ?? l.moment)}: {l.address ?? (l.latitude !== undefined ? `${l.latitude}, ${l.longitude}` : l.status)}
            </li>
          ))}
        </ul>
      </Part>
    </>
  );
}

export function Notes({ notes, names }: { notes: Note[]; names: Map<string, string> }) {
  return (
    <ul class="notes">
      {notes.map((n) => (
        <li>
          <p>{n.text}</p>
          <p class="meta">
            {names.get(n.author) ?? n.author} · {formatTime(n.writtenAt)}
            {n.amended && ` · ${t('rettet')}`}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function ConversationPart({ c, names }: { c: Conversation; names: Map<string, string> }) {
  const w = c.wrapUp;
  return (
    <section aria-labelledby={`c-${c.id}`} class="conversation">
      <h3 id={`c-${c.id}`}>{c.title || c.kind}</h3>
      <p class="meta">
        {formatTime(c.startedAt)} – {formatTime(c.endedAt)}
      </p>
      <Part title={t('Deltagere')} when={c.participants.length > 0}>
        <ul>
          {c.participants.map((p) => (
            <li>
              {p.label} ({p.role}){p.hopes && ` — ${t('Håber')}: ${p.hopes}`}
              {p.uncertainties && ` — ${t('Usikkerheder')}: ${p.uncertainties}`}
              {p.takesAway && ` — ${t('Tager med')}: ${p.takesAway}`}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Kontrakt')} when={c.contract.length > 0}>
        <ul>
          {c.contract.map((i) => (
            <li>
              {i.title}: {i.agreed ? t('aftalt') : t('ikke aftalt')}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Noter')}>
        <Notes notes={c.notes} names={names} />
      </Part>
      <Part title={t('Opfølgning')} when={c.followUps.length > 0}>
        <ul>
          {c.followUps.map((f) => (
            <li>{[f.keyword, f.question].filter(Boolean).join(': ')}</li>
          ))}
        </ul>
      </Part>
      <Part title={t('Time-outs')} when={c.timeouts.length > 0}>
        <ul>
          {c.timeouts.map((o) => (
            <li>
              {formatTime(o.calledAt)}: {o.reason} {o.outcome && `→ ${o.outcome}`}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Spørgsmål')} when={c.questionAnswers.length > 0}>
        <ul>
          {c.questionAnswers.map((a) => (
            <li>
              {a.question || a.questionId}: {String(a.answer ?? '')} {a.comment && `(${a.comment})`}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Opsummering')} when={w.summary.length > 0}>
        <ul>
          {w.summary.map((p) => (
            <li>
              {p.text} {p.response && `— ${p.response}`} {p.theirWords && <q>{p.theirWords}</q>}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Aftaler')} when={w.agreements.length > 0}>
        <ul>
          {w.agreements.map((a) => (
            <li>{[a.what, a.who, a.byWhen].filter(Boolean).join(' — ')}</li>
          ))}
        </ul>
      </Part>
      <Part title={t('Udviklings- og opmærksomhedspunkter')} when={w.findings.length > 0}>
        <ul>
          {w.findings.map((f) => (
            <li>
              {t(findingText[f.kind] ?? f.kind)} {f.indicatorId}: {f.text}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('Næste skridt')} when={!!w.nextSteps}>
        <p>{w.nextSteps}</p>
      </Part>
    </section>
  );
}

export function Assessment({ r }: { r: VisitRecord }) {
  if (r.assessments.length === 0 && r.themes.every((th) => th.scored === 0)) return null;
  return (
    <>
      <h2>{t('Vurdering')}</h2>
      <ul>
        {r.assessments.map((a) => (
          <li>
            {a.indicatorId} {a.title}: {a.score ?? '–'} {a.scoreTitle} {a.rationale && `— ${a.rationale}`}
          </li>
        ))}
      </ul>
      <ul>
        {r.themes
          .filter((th) => th.scored > 0)
          .map((th) => (
            <li>
              {th.number}. {th.title}: {th.average?.toFixed(1)}
            </li>
          ))}
      </ul>
    </>
  );
}

export function Log({ r, names }: { r: VisitRecord; names: Map<string, string> }) {
  return (
    <>
      <h2>{t('Loggen')}</h2>
      {(r.unknownEvents.length > 0 || r.orphanAmendments.length > 0) && (
        <p>{t('{0} hændelser kunne ikke placeres; de står i loggen.', r.unknownEvents.length + r.orphanAmendments.length)}</p>
      )}
      <details>
        <summary>{t('Alle {0} hændelser', r.log.eventCount)}</summary>
        <ol>
          {r.log.events.map((e) => (
            <li>
              {formatTime(new Date(Number(e.wallTime)).toISOString())} · {e.type} · {names.get(e.authorId) ?? e.authorId}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
