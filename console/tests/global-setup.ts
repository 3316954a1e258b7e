// One real feltdialog-server over TLS for the whole suite, on SQLite or on the PostgreSQL that
// tests/server/with_postgres.sh started (CONSOLE_TEST_STORE), with two authorities, a visit each
// synced by a real tablet process, and office accounts. What the tests need is handed over in
// CONSOLE_STATE (Playwright passes the set-up's environment to its workers).
import { request } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plannedInNord, type OfficeState } from './office';

function need(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run the suite through ctest: tests/console)`);
  return v;
}

export default async function globalSetup() {
  const server = need('FELTDIALOG_SERVER');
  const tabletBin = need('FELTDIALOG_CONSOLE_TABLET');
  const dir = mkdtempSync(join(tmpdir(), 'feltdialog-console-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
  { stdio: 'ignore' });
  const db = process.env.CONSOLE_TEST_STORE === 'postgres' ? need('FELTDIALOG_TEST_PG_URL') : join(dir, 'server.sqlite');
  const cli = (...args: string[]) => execFileSync(server, [args[0], '--db', db, ...args.slice(1)], { encoding: 'utf8' });

  cli('migrate');
  const tenants = [
    { id: 'midt', name: 'Socialtilsyn Midt', facility: 'bosted-aaen', facilityName: 'Bostedet Åen', consultant: 'anna', consultantName: 'Anna Jensen', note: 'Lederen fortæller om supervision hver sjette uge' },
    { id: 'syd', name: 'Socialtilsyn Syd', facility: 'hjem-syd', facilityName: 'Hjemmet i Syd', consultant: 'per', consultantName: 'Per Hansen', note: 'Syds egen note' },
  ];
  for (const t of tenants) {
    cli('create-tenant', '--id', t.id, '--name', t.name);
    cli('create-facility', '--tenant', t.id, '--id', t.facility, '--name', t.facilityName, '--kind', 'botilbud',
      '--address', 'Åvej 1, 8000 Aarhus', '--lat', '56.15', '--lon', '10.2');
    cli('create-consultant', '--tenant', t.id, '--id', t.consultant, '--name', t.consultantName);
  }

  // A third authority with more planned visits than one page of the list holds.
  cli('create-tenant', '--id', 'nord', '--name', 'Socialtilsyn Nord');
  cli('create-facility', '--tenant', 'nord', '--id', 'nordhuset', '--name', 'Nordhuset', '--kind', 'botilbud',
    '--address', 'Nordvej 1, 9000 Aalborg', '--lat', '57.05', '--lon', '9.92');
  cli('create-consultant', '--tenant', 'nord', '--id', 'nils', '--name', 'Nils Dahl');
  for (let i = 0; i < plannedInNord; ++i)
    cli('plan-visit', '--tenant', 'nord', '--facility', 'nordhuset', '--consultant', 'nils',
      '--date', new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10));

  const serving = spawn(server, ['serve', '--db', db, '--cert', cert, '--key', key, '--listen', '127.0.0.1', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    serving.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    serving.on('exit', (code) => reject(new Error(`feltdialog-server serve exited (${code}): ${out}`)));
  });
  const base = `https://127.0.0.1:${port}`;

  const visits: string[] = [];
  for (const t of tenants) {
    const code = /code (\S+)/.exec(cli('issue-code', '--consultant', t.consultant))![1];
    visits.push(execFileSync(tabletBin, ['--server', base, '--cert', cert, '--code', code, '--facility', t.facility,
      '--facility-name', t.facilityName, '--note', t.note], { encoding: 'utf8' }).trim());
  }

  // Accounts: each chooses a password through its one-time link, as a person would (the welcome
  // page does the same request); the last one's link is left for the browser test of that page.
  const api = await request.newContext({ baseURL: base, ignoreHTTPSErrors: true });
  const accounts = [
    { login: 'lene', name: 'Lene Holm', role: 'administrator', tenant: 'midt' },
    { login: 'ole', name: 'Ole Berg', role: 'team_leader', tenant: 'midt' },
    { login: 'kirsten', name: 'Kirsten Lund', role: 'administrator', tenant: 'syd' },
    { login: 'bodil', name: 'Bodil Krog', role: 'team_leader', tenant: 'midt' },
    { login: 'nora', name: 'Nora Vang', role: 'team_leader', tenant: 'nord' },
    { login: 'ny', name: 'Ny Kollega', role: 'team_leader', tenant: 'midt' },
  ];
  const passwords: Record<string, string> = {};
  let newcomerLink = '';
  for (const a of accounts) {
    const out = cli('create-office-user', '--tenant', a.tenant, '--login', a.login, '--name', a.name, '--role', a.role,
      '--server-url', base);
    const link = /sign-in link .* (https:\S+)/.exec(out)![1];
    if (a.login === 'ny') {
      newcomerLink = link;
      continue;
    }
    passwords[a.login] = `${a.login} har en lang adgangskode æøå`;
    const r = await api.post('/office/api/welcome', { data: { token: new URL(link).hash.slice(1), password: passwords[a.login] } });
    if (!r.ok()) throw new Error(`welcome for ${a.login}: ${r.status()} ${await r.text()}`);
  }
  await api.dispose();

  const state: OfficeState = { base, visitMidt: visits[0], visitSyd: visits[1], passwords, newcomerLink, note: tenants[0].note };
  process.env.CONSOLE_STATE = JSON.stringify(state);
  return async () => {
    serving.kill('SIGTERM');
    await new Promise((r) => serving.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
}
