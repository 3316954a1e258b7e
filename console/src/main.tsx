import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { call, loadSession, session } from './api';
import { lang, setLang, t } from './i18n';
import { follow, go, path } from './route';
import { SignIn, Welcome, ChangePassword } from './Account';
import { VisitList } from './VisitList';
import { VisitRecordPage } from './VisitRecordPage';
import { AuditLog } from './AuditLog';

function Header() {
  const s = session.use();
  const l = lang.use();
  return (
    <header class="top">
      <p class="brand">{t('Feltdialog – kontoret')}</p>
      <nav aria-label={t('Hovedmenu')}>
        {s && (
          <>
            <a href="/office/" onClick={follow}>{t('Besøg')}</a>
            {s.user.role === 'administrator' && (
              <a href="/office/audit" onClick={follow}>{t('Revisionslog')}</a>
            )}
            <a href="/office/password" onClick={follow}>{t('Skift adgangskode')}</a>
            <span class="who">{s.user.name} · {s.user.tenantName}</span>
            <button
              type="button"
              onClick={async () => {
                await call('POST', 'sign-out').catch(() => undefined);
                session.set(null);
                go('/office/');
              }}
            >
              {t('Log ud')}
            </button>
          </>
        )}
        <button
          type="button"
          class="lang"
          lang={l === 'da' ? 'en' : 'da'}
          onClick={() => setLang(l === 'da' ? 'en' : 'da')}
        >
          {l === 'da' ? 'English' : 'Dansk'}
        </button>
      </nav>
    </header>
  );
}

function Page() {
  const s = session.use();
  const p = path.use();
  lang.use();
  useEffect(() => {
    document.documentElement.lang = lang.get();
  });
  if (s === undefined) return <p role="status">{t('Indlæser …')}</p>;
  if (p === '/office/welcome') return <Welcome />;
  if (!s) return <SignIn />;
  const visit = /^\/office\/visits\/([0-9a-fA-F-]{36})$/.exec(p);
  if (visit) return <VisitRecordPage id={visit[1]} />;
  if (p === '/office/password') return <ChangePassword />;
  if (p === '/office/audit') return <AuditLog />;
  return <VisitList />;
}

function App() {
  return (
    <>
      <Header />
      <main id="main">
        <Page />
      </main>
    </>
  );
}

document.documentElement.lang = lang.get();
render(<App />, document.getElementById('app')!);
void loadSession();
