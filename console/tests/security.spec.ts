// What a stranger tries: a forged request from another site, another authority's visit, a stolen
// session after its owner signed out, guessing a password. And every page's CSP.
import { expect, expectStrictPage, office, signIn, test } from './office';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

test('every page is served with the strict CSP and has no inline script', async ({ page }) => {
  await expectStrictPage(page, await page.goto('/office/'));
  await expectStrictPage(page, await page.goto(office.newcomerLink));
  await signIn(page, 'lene');
  for (const path of ['/office/', `/office/visits/${office.visitMidt}`, '/office/password', '/office/audit']) {
    const response = await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectStrictPage(page, response);
  }
  // The API and the built files carry the same headers.
  for (const path of ['/office/api/session', '/office/assets/console.js', '/office/assets/console.css']) {
    const r = await page.request.get(path);
    expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers()['x-content-type-options']).toBe('nosniff');
  }
});

test('a forged cross-site request is refused', async ({ page, browser }) => {
  await signIn(page, 'bodil');
  // A page of another site posts a form to the console while the team leader is signed in.
  const evil = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`<form method="post" enctype="text/plain" action="${office.base}/office/api/password">
      <input name='{"current":"x","password":"taken over by a stranger","x":"' value='"}'></form>
      <script>document.forms[0].submit()</script>`);
  });
  await new Promise<void>((r) => evil.listen(0, 'localhost', r));
  const attack = await page.context().newPage();
  const refused = attack.waitForResponse((r) => r.url().endsWith('/office/api/password'));
  await attack.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
  expect((await refused).status()).toBeGreaterThanOrEqual(400);
  evil.close();

  // The same from a script with the session's cookie but without its CSRF token, or from
  // another origin: refused, and nothing changed.
  const noToken = await page.request.post('/office/api/password', {
    data: { current: office.passwords.bodil, password: 'taken over by a stranger' },
  });
  expect(noToken.status()).toBe(403);
  const session = await (await page.request.get('/office/api/session')).json();
  const otherOrigin = await page.request.post('/office/api/password', {
    headers: { Origin: 'https://evil.example', 'X-CSRF-Token': session.csrf },
    data: { current: office.passwords.bodil, password: 'taken over by a stranger' },
  });
  expect(otherOrigin.status()).toBe(403);
  const fresh = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: office.base });
  await signIn(await fresh.newPage(), 'bodil'); // the password is still hers
  await fresh.close();
});

test("another authority's visit answers 404, as one that does not exist", async ({ page }) => {
  await signIn(page, 'lene');
  const response = await page.goto(`/office/visits/${office.visitSyd}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Besøget findes ikke.' })).toBeVisible();
  const theirs = await page.request.get(`/office/api/visits/${office.visitSyd}/record`);
  const none = await page.request.get('/office/api/visits/00000000-0000-4000-8000-000000000000/record');
  expect(theirs.status()).toBe(404);
  expect(await theirs.text()).toBe(await none.text());
  expect((await page.request.get(`/office/api/visits/${office.visitMidt}/record`)).status()).toBe(200);
});

test('a session is refused after sign-out', async ({ page, browser }) => {
  await signIn(page, 'ole');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'fd_session')!;
  expect(cookie.httpOnly && cookie.secure && cookie.sameSite === 'Strict').toBe(true);
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
  // Someone who copied the cookie before: nothing.
  const thief = await browser.newContext({ ignoreHTTPSErrors: true });
  await thief.addCookies([{ ...cookie }]);
  const r = await thief.request.get(`${office.base}/office/api/visits`);
  expect(r.status()).toBe(401);
  await thief.close();

  // Signing out by the API (a client that takes gzip): 204 with no body, and the session is gone.
  const api = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: office.base });
  const signedIn = await api.request.post('/office/api/sign-in', { data: { login: 'ole', password: office.passwords.ole } });
  const { csrf } = await signedIn.json();
  const out = await api.request.post('/office/api/sign-out', { headers: { 'X-CSRF-Token': csrf }, data: {} });
  expect(out.status()).toBe(204);
  expect((await out.body()).length).toBe(0);
  expect((await api.request.get('/office/api/session')).status()).toBe(401);
  await api.close();
});

test('password guessing is slowed without locking the real user out', async ({ page, browser }) => {
  // Kirsten has signed in from her browser before.
  await signIn(page, 'kirsten');
  await page.getByRole('button', { name: 'Log ud' }).click();

  const stranger = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: office.base });
  const statuses: number[] = [];
  for (let i = 0; i < 14; ++i)
    statuses.push((await stranger.request.post('/office/api/sign-in', { data: { login: 'kirsten', password: `gæt ${i}` } })).status());
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
  // Even the right password is not tried for the stranger's browser now.
  const guessed = await stranger.request.post('/office/api/sign-in', { data: { login: 'kirsten', password: office.passwords.kirsten } });
  expect(guessed.status()).toBe(429);
  expect(Number(guessed.headers()['retry-after'])).toBeGreaterThan(0);
  await stranger.close();

  // Kirsten, in her own browser, still signs in at once, and the audit shows what happened.
  await signIn(page, 'kirsten');
  await page.getByRole('link', { name: 'Revisionslog' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'signin.failed' }).first()).toBeVisible();

  // The page says why, in words.
  const p = await (await browser.newContext({ ignoreHTTPSErrors: true, baseURL: office.base })).newPage();
  await p.goto('/office/');
  await p.getByLabel('Brugernavn').fill('kirsten');
  await p.getByLabel('Adgangskode').fill('endnu et gæt');
  await p.getByRole('button', { name: 'Log ind' }).click();
  await expect(p.getByRole('alert')).toContainText('For mange forsøg');
});
