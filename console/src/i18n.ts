// Danish first, English second, as in the app. The browser's language picks the default; the
// switch in the header keeps the choice for this browser (localStorage).
import { signal } from './signal';

export type Lang = 'da' | 'en';

const en: Record<string, string> = {
  'Feltdialog – kontoret': 'Feltdialog – the office',
  'Log ind': 'Sign in',
  'Log ud': 'Sign out',
  'Brugernavn': 'User name',
  'Adgangskode': 'Password',
  'Forkert brugernavn eller adgangskode.': 'Wrong user name or password.',
  'For mange forsøg. Prøv igen om {0} sekunder.': 'Too many attempts. Try again in {0} seconds.',
  'Besøg': 'Visits',
  'Konsulent': 'Consultant',
  'Tilbud': 'Facility',
  'Fra dato': 'From date',
  'Til dato': 'To date',
  'Alle': 'All',
  'Status': 'Status',
  'Dato': 'Date',
  'Hændelser': 'Events',
  'Senest modtaget': 'Last received',
  'Planlagt': 'Planned',
  'I gang': 'In progress',
  'Afsluttet': 'Closed',
  'Vis flere': 'Show more',
  'Ingen besøg passer til filteret.': 'No visits match the filter.',
  'Besøgsrapport': 'Visit record',
  'Hent som JSON': 'Download as JSON',
  'Tilbage til besøgene': 'Back to the visits',
  'Besøget findes ikke.': 'The visit does not exist.',
  'Myndighed': 'Authority',
  'Påbegyndt': 'Started',
  'Samtaler': 'Conversations',
  'Noter': 'Notes',
  'Aftaler': 'Agreements',
  'Opsummering': 'Summary',
  'Andre noter': 'Other notes',
  'Konsulenter': 'Consultants',
  'Loggens SHA-256': 'SHA-256 of the log',
  'Skift adgangskode': 'Change password',
  'Nuværende adgangskode': 'Current password',
  'Ny adgangskode (mindst 12 tegn)': 'New password (at least 12 characters)',
  'Adgangskoden er skiftet.': 'The password is changed.',
  'Gem': 'Save',
  'Vælg din adgangskode': 'Choose your password',
  'Linket er brugt eller udløbet.': 'The link has been used or has expired.',
  'Revisionslog': 'Audit log',
  'Hvornår': 'When',
  'Hvem': 'Who',
  'Hvad': 'What',
  'Hvorfra': 'From where',
  'Sprog': 'Language',
  'Noget gik galt. Prøv igen.': 'Something went wrong. Try again.',
  'Hovedmenu': 'Main menu',
  'Filter': 'Filter',
  'Indlæser …': 'Loading …',
  'Besøgstype': 'Kind of visit',
  'Anmeldt': 'Announced',
  'Uanmeldt': 'Unannounced',
  'Skabelon': 'Template',
  'Kvalitetsmodel': 'Quality model',
  'Rapportens status': 'Status of the record',
  'Endelig': 'Final',
  'Kladde': 'Draft',
  'Stedsangivelser': 'Location stamps',
  'Besøgets start': 'Start of the visit',
  'Besøgets slutning': 'End of the visit',
  'Samtale': 'Conversation',
  'rettet': 'amended',
  'Deltagere': 'Participants',
  'Håber': 'Hopes',
  'Usikkerheder': 'Uncertainties',
  'Tager med': 'Takes away',
  'Kontrakt': 'Contract',
  'aftalt': 'agreed',
  'ikke aftalt': 'not agreed',
  'Opfølgning': 'Follow-up',
  'Time-outs': 'Timeouts',
  'Spørgsmål': 'Questions',
  'Udviklings- og opmærksomhedspunkter': 'Development and attention points',
  'Udviklingspunkt': 'Development point',
  'Opmærksomhedspunkt': 'Attention point',
  'Næste skridt': 'Next steps',
  'Vurdering': 'Assessment',
  'Loggen': 'The log',
  '{0} hændelser kunne ikke placeres; de står i loggen.': '{0} events could not be placed; they are in the log.',
  'Alle {0} hændelser': 'All {0} events',
};

function initial(): Lang {
  const kept = localStorage.getItem('feltdialog.lang');
  if (kept === 'da' || kept === 'en') return kept;
  return (navigator.languages || [navigator.language]).some((l) => l.toLowerCase().startsWith('da')) ||
    !(navigator.languages || [navigator.language]).some((l) => l.toLowerCase().startsWith('en'))
    ? 'da'
    : 'en';
}

export const lang = signal<Lang>(initial());

export function setLang(l: Lang) {
  localStorage.setItem('feltdialog.lang', l);
  document.documentElement.lang = l;
  lang.set(l);
}

// The Danish text is the key; English is looked up, and the Danish stays where none exists.
export function t(da: string, ...args: (string | number)[]): string {
  let text = lang.get() === 'en' ? en[da] ?? da : da;
  args.forEach((a, i) => (text = text.replace(`{${i}}`, String(a))));
  return text;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang.get() === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });
}
