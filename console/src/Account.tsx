import { useState } from 'preact/hooks';
import { ApiError, call, Session, session } from './api';
import { t } from './i18n';
import { go } from './route';

function failure(e: unknown): string {
  if (e instanceof ApiError && e.code === 'too_many_attempts')
    return t('For mange forsøg. Prøv igen om {0} sekunder.', e.retryAfter || 60);
  if (e instanceof ApiError && e.code === 'wrong_credentials') return t('Forkert brugernavn eller adgangskode.');
  if (e instanceof ApiError && e.code === 'link_used') return t('Linket er brugt eller udløbet.');
  return t('Noget gik galt. Prøv igen.');
}

export function SignIn() {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="sign-in-title" class="narrow">
      <h1 id="sign-in-title">{t('Log ind')}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          setBusy(true);
          try {
            session.set(await call<Session>('POST', 'sign-in', { login: f.get('login'), password: f.get('password') }));
          } catch (err) {
            setError(failure(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label for="login">{t('Brugernavn')}</label>
        <input id="login" name="login" autocomplete="username" required />
        <label for="password">{t('Adgangskode')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <p role="alert" class="error">{error}</p>
        <button type="submit" disabled={busy}>{t('Log ind')}</button>
      </form>
    </section>
  );
}

// The one-time link of `feltdialog-server create-office-user`: its token is in the fragment, so
// it never reaches a log or a Referer header.
export function Welcome() {
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="welcome-title" class="narrow">
      <h1 id="welcome-title">{t('Vælg din adgangskode')}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          try {
            const s = await call<Session>('POST', 'welcome', {
              token: location.hash.slice(1),
              password: f.get('password'),
            });
            session.set(s);
            go('/office/');
          } catch (err) {
            setError(failure(err));
          }
        }}
      >
        <label for="new-password">{t('Ny adgangskode (mindst 12 tegn)')}</label>
        <input id="new-password" name="password" type="password" autocomplete="new-password" minLength={12} required />
        <p role="alert" class="error">{error}</p>
        <button type="submit">{t('Gem')}</button>
      </form>
    </section>
  );
}

export function ChangePassword() {
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="password-title" class="narrow">
      <h1 id="password-title">{t('Skift adgangskode')}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget as HTMLFormElement;
          const f = new FormData(form);
          try {
            await call('POST', 'password', { current: f.get('current'), password: f.get('password') });
            form.reset();
            setMessage(t('Adgangskoden er skiftet.'));
          } catch (err) {
            setMessage(failure(err));
          }
        }}
      >
        <label for="current">{t('Nuværende adgangskode')}</label>
        <input id="current" name="current" type="password" autocomplete="current-password" required />
        <label for="new-password">{t('Ny adgangskode (mindst 12 tegn)')}</label>
        <input id="new-password" name="password" type="password" autocomplete="new-password" minLength={12} required />
        <p role="status">{message}</p>
        <button type="submit">{t('Gem')}</button>
      </form>
    </section>
  );
}
