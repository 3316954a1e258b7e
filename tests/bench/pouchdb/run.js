// Feltdialog's sync against PouchDB 9.0 -> pouchdb-server 4.2 (issue 14 §2), run by hand:
//   cd tests/bench/pouchdb && npm ci && node run.js [--rounds N] [--transport tls|plain|both]
//       [--agent keepalive|default] [--ours LABEL=BENCH_SYNC_PEER[,SERVER]]... [--dir DIR]
// Rounds alternate (ours, theirs, ours, ...), each against a fresh server in a fresh directory,
// after one warm-up round of each that is not counted. Ours is bench_sync_peer --round (the real
// SyncEngine and SyncClient against feltdialog-server as a child process); theirs is peer.js
// (PouchDB against pouchdb-server on LevelDB, behind proxy.js for TLS). --ours can be given more
// than once (e.g. a build from before a change, with its server binary): every one of them runs
// in each round, so a before and an after are measured in the same run. Prints the table for
// docs/performance.md: median and p99 (nearest rank; with few rounds the slowest) of the rounds,
// and theirs / ours.
'use strict';
const { execFileSync, spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const many = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const here = __dirname;
const buildBench = path.resolve(here, '../../../build/dev/tests/bench/bench_sync_peer');
const rounds = Number(opt('--rounds', 7));
const agent = opt('--agent', 'keepalive');
const transports = { tls: ['tls'], plain: ['plain'], both: ['tls', 'plain'] }[opt('--transport', 'both')];
const ours = (many('--ours').length ? many('--ours') : [`ours=${buildBench}`]).map((s) => {
  const [label, rest] = s.split('=');
  const [bench, server] = rest.split(',');
  return { label, bench, server };
});
const sizes = ['--events', opt('--events', '10000'), '--clients', opt('--clients', '100'),
  '--client-events', opt('--client-events', '100'), '--noops', opt('--noops', '20')];
// On the build's disk by default, like the other benchmarks: a tmpfs would make fsync free.
const work = fs.mkdtempSync(path.join(opt('--dir', path.resolve(here, '../../../build/dev/tests/bench')), 'pouchdb-'));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function waitForLine(child, text) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" from ${child.spawnfile}: ${seen}`)), 30000);
    const look = (data) => {
      seen += data;
      if (seen.includes(text)) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
  });
}

const cert = path.join(work, 'cert.pem');
const key = path.join(work, 'key.pem');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
  '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
  '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
const notes = path.join(work, 'notes.jsonl');
execFileSync(buildBench, ['--notes', notes, '--events', opt('--events', '10000')]);

function json(stdout, who) {
  const line = stdout.toString().trim().split('\n').pop();
  try { return JSON.parse(line); } catch (e) { throw new Error(`${who} said: ${stdout}`); }
}

function runOurs(o, transport, round) {
  const env = { ...process.env };
  if (o.server) env.BENCH_SERVER_BINARY = o.server;
  const r = spawnSync(o.bench, ['--round', ...(transport === 'plain' ? ['--plain'] : []), ...sizes,
    '--dir', work], { env, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${o.label} round ${round}: ${r.stderr}`);
  return json(r.stdout, o.label);
}

async function runTheirs(transport, round) {
  const dir = path.join(work, `theirs-${transport}-${round}`);
  fs.mkdirSync(path.join(dir, 'db'), { recursive: true });
  const dbPort = await freePort();
  const server = spawn(process.execPath, [path.join(here, 'node_modules/pouchdb-server/bin/pouchdb-server'),
    '--port', String(dbPort), '--dir', path.join(dir, 'db'), '--no-stdout-logs'], { cwd: dir });
  const children = [server];
  try {
    await waitForLine(server, 'has started');
    let url = `http://127.0.0.1:${dbPort}`;
    if (transport === 'tls') {
      const tlsPort = await freePort();
      const proxy = spawn(process.execPath, [path.join(here, 'proxy.js'), String(tlsPort), String(dbPort), cert, key]);
      children.push(proxy);
      await waitForLine(proxy, 'listening');
      url = `https://127.0.0.1:${tlsPort}`;
    }
    const peer = spawn(process.execPath, [path.join(here, 'peer.js'), '--url', url, '--notes', notes,
      '--dir', dir, '--server-pid', String(server.pid), '--agent', agent, ...sizes],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: cert } });
    let out = '', err = '';
    peer.stdout.on('data', (d) => { out += d; });
    peer.stderr.on('data', (d) => { err += d; });
    const code = await new Promise((resolve) => peer.on('close', resolve));
    if (code !== 0) throw new Error(`theirs round ${round}: ${err}`);
    return json(out, 'peer.js');
  } finally {
    for (const c of children) c.kill();
  }
}

const [events, clients, clientEvents] = [1, 3, 5].map((i) => Number(sizes[i]).toLocaleString('en-US'));
const metrics = [
  ['push', `push ${events} notes, one sync`, 'ms', true],
  ['pull', `pull ${events} notes, one sync`, 'ms', true],
  ['noop', 'no-op re-sync (median of its runs)', 'ms', true],
  ['clientsEventsPerSecond', `${clients} clients × ${clientEvents} at once: throughput`, 'events/s', false],
  ['clientsMaxMs', `${clients} clients × ${clientEvents} at once: max latency`, 'ms', true],
  ['rssKb', 'server peak RSS', 'MB', true],
  // Ours only (PouchDB's are not measured): CPU time, which load on the shared machine moves far
  // less than wall time, so a lever's effect shows here first.
  ['pushServerCpu', 'server CPU during the push', 'ms', true, true],
  ['pushTabletCpu', 'tablet CPU during the push', 'ms', true, true],
  ['pullServerCpu', 'server CPU during the pull', 'ms', true, true],
  ['pullTabletCpu', 'tablet CPU during the pull', 'ms', true, true],
];

function nearestRank(values, q) {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

function fmt(v, unit) {
  if (unit === 'MB') return (v / 1024).toFixed(1);
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2);
}

function table(transport, samples) {
  const labels = Object.keys(samples);
  const theirs = 'PouchDB';
  const head = ['what (' + transport + ', ' + rounds + ' rounds)'];
  for (const l of labels) head.push(`${l} median`, `${l} p99`);
  for (const l of labels.filter((x) => x !== theirs)) head.push(`${theirs} / ${l} (median)`);
  const rows = [head, head.map(() => '---')];
  for (const [key, name, unit, lowerIsBetter, oursOnly] of metrics) {
    if (key.startsWith('clients') && sizes[3] === '0') continue;
    // "p99" of a figure where higher is better is its worst round: the lowest.
    const worst = lowerIsBetter ? 0.99 : 0.01;
    const row = [`${name} (${unit})`];
    for (const l of labels) {
      const v = samples[l].map((s) => s[key]);
      if (v.some((x) => x === undefined)) row.push('', '');
      else row.push(fmt(nearestRank(v, 0.5), unit), fmt(nearestRank(v, worst), unit));
    }
    for (const l of labels.filter((x) => x !== theirs)) {
      if (oursOnly) { row.push(''); continue; }
      const a = nearestRank(samples[theirs].map((s) => s[key]), 0.5);
      const b = nearestRank(samples[l].map((s) => s[key]), 0.5);
      row.push(`**${(lowerIsBetter ? a / b : b / a).toFixed(1)}×**`);
    }
    rows.push(row);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main() {
  process.stdout.write(`node ${process.version}, ${os.cpus().length} cores, work in ${work}, PouchDB agent: ${agent}\n`);
  for (const transport of transports) {
    const samples = { PouchDB: [] };
    for (const o of ours) samples[o.label] = [];
    for (let round = 0; round <= rounds; ++round) { // round 0 is the warm-up
      for (const o of ours) {
        const r = runOurs(o, transport, round);
        process.stderr.write(`${transport} ${round} ${o.label} ${JSON.stringify(r)}\n`);
        if (round > 0) samples[o.label].push(r);
      }
      const r = await runTheirs(transport, round);
      process.stderr.write(`${transport} ${round} PouchDB ${JSON.stringify(r)}\n`);
      if (round > 0) samples.PouchDB.push(r);
    }
    process.stdout.write(`\n${table(transport, samples)}\n`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => { process.stderr.write(`run.js: ${e.stack || e}\n`); process.exit(1); });
