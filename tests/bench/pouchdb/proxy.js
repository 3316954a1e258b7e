// TLS in front of pouchdb-server, which serves only plain HTTP: the "small Node https proxy" of
// issue 14. Its connections to the server are pooled and kept alive (one per request in flight),
// so the proxy adds a hop but no connection set-up per request.
//   node proxy.js LISTEN_PORT TARGET_PORT CERT KEY
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');

const [listenPort, targetPort, cert, key] = process.argv.slice(2);
const upstream = new http.Agent({ keepAlive: true, maxSockets: Infinity });

const server = https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (req, res) => {
  const forward = http.request({
    host: '127.0.0.1', port: Number(targetPort), method: req.method, path: req.url,
    headers: req.headers, agent: upstream,
  }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  forward.on('error', (e) => { res.writeHead(502); res.end(String(e)); });
  req.pipe(forward);
});
server.keepAliveTimeout = 60000;
server.listen(Number(listenPort), '127.0.0.1', () => process.stdout.write('listening\n'));
