// One round of PouchDB 9.0 -> pouchdb-server 4.2, the same steps and sizes as bench_sync_peer
// --round (see its header); prints one line of JSON with the figures in milliseconds.
//   node peer.js --url URL --notes FILE --dir DIR --server-pid PID [--agent keepalive|default]
//                [--events N] [--clients N] [--client-events N] [--noops N]
// Every document is one of our events as the tablet sends it (bench_sync_peer --notes), its id
// as _id. Each tablet is a local PouchDB on LevelDB (PouchDB's Node default) in DIR. With
// --agent keepalive each tablet has its own https.Agent({keepAlive: true}) (the fair
// configuration); with default, PouchDB's own fetch, which sends `Connection: close`. A TLS
// server's certificate is trusted through NODE_EXTRA_CA_CERTS.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const PouchDB = require('pouchdb');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const url = opt('--url');
const dir = opt('--dir');
const events = Number(opt('--events', 10000));
const clients = Number(opt('--clients', 100));
const clientEvents = Number(opt('--client-events', 100));
const noops = Number(opt('--noops', 20));
const keepAlive = opt('--agent', 'keepalive') === 'keepalive';
const notes = fs.readFileSync(opt('--notes'), 'utf8').trim().split('\n').map((line) => {
  const { id, ...rest } = JSON.parse(line);
  return { _id: id, ...rest };
});

function remote(name) {
  const options = {};
  if (keepAlive) {
    const agent = url.startsWith('https:')
      ? new https.Agent({ keepAlive: true })
      : new http.Agent({ keepAlive: true });
    options.fetch = (u, o) => PouchDB.fetch(u, { ...o, agent });
  }
  return new PouchDB(`${url}/${name}`, options);
}

let tablets = 0;
async function tablet(docs) {
  const db = new PouchDB(path.join(dir, `tablet${tablets++}`));
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000));
  return db;
}

function visitOf(n, client) {
  // The notes' texts again, under ids of the client's own, so each client's visit is its own.
  const offset = (client * n) % Math.max(1, notes.length - n);
  return notes.slice(offset, offset + n).map((d) => ({ ...d, _id: `${d._id}-c${client}` }));
}

function rssKb(pid) {
  const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

async function main() {
  const visit = remote('visit');
  await visit.info(); // creates the database, as the office would before
  const a = await tablet(notes.slice(0, events));
  let t = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - t) / 1e6;
  const pushed = await PouchDB.replicate(a, visit);
  if (pushed.docs_written !== events) throw new Error(`push wrote ${pushed.docs_written}`);
  const push = ms();

  const b = await tablet([]);
  t = process.hrtime.bigint();
  const pulled = await PouchDB.replicate(visit, b);
  if (pulled.docs_written !== events) throw new Error(`pull wrote ${pulled.docs_written}`);
  const pull = ms();

  // A no-op re-sync: both directions, as PouchDB.sync (what an app calls) does it.
  const noop = [];
  for (let i = 0; i < noops; ++i) {
    t = process.hrtime.bigint();
    const r = await PouchDB.sync(b, visit);
    if (r.push.docs_written !== 0 || r.pull.docs_written !== 0) throw new Error('no-op moved documents');
    noop.push(ms());
  }
  noop.sort((x, y) => x - y);

  // Many at once: each client its own visit's documents and its own connection, into one database
  // on the server (as ours are one store).
  const many = [];
  for (let i = 0; i < clients; ++i) {
    const target = remote('visits');
    await target.info();
    many.push({ local: await tablet(visitOf(clientEvents, i)), target });
  }
  t = process.hrtime.bigint();
  let maxMs = 0; // --clients 0: none (a quicker run for push, pull and no-op)
  await Promise.all(many.map(async ({ local, target }) => {
    const r = await PouchDB.replicate(local, target);
    if (r.docs_written !== clientEvents) throw new Error(`a client wrote ${r.docs_written}`);
    maxMs = Math.max(maxMs, ms());
  }));
  const result = {
    push, pull, noop: noop[Math.floor(noop.length / 2)],
    clientsEventsPerSecond: clients ? Math.round((1000 * clients * clientEvents) / maxMs) : 0, clientsMaxMs: maxMs,
    rssKb: rssKb(Number(opt('--server-pid'))),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => { process.stderr.write(`peer.js: ${e.stack || e}\n`); process.exit(1); });
