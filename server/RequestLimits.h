#pragma once

#include <QtGlobal>

namespace feltdialog::server {

// The limits of docs/sync-protocol.md. A body is refused (413 body_too_large) above either.
inline constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;          // as sent
inline constexpr qint64 MaxInflatedBodyBytes = 16 * 1024 * 1024; // after gzip
// Headers and request line on top of the body before a connection is cut while still reading:
// the HTTP library buffers a whole request, so without this cut a client could make it hold any
// amount of memory before the handler sees the size.
inline constexpr qint64 MaxHeaderBytes = 256 * 1024;

// How long a connection may take at each step before it is cut, and how many it may have: the
// defaults of docs/server.md ("Connections"), all settable on `serve`. A connection costs a file
// descriptor and memory whatever it sends, so none may be held without progress.
struct ConnectionLimits
{
    int handshakeTimeoutMs = 20000; // accept to the end of the TLS handshake
    int headerTimeoutMs = 20000;    // a request's first byte to the end of its headers
    int bodyTimeoutMs = 60000;      // the end of the headers to the whole body (4 MiB at ~70 kB/s)
    int idleTimeoutMs = 30000;      // keep-alive: an answer (or its last byte written) to the next request
    int perAddress = 256;           // open connections one client address may hold (a balancer: raise it)
    int total = 0;                  // open connections in all; 0: from the file-descriptor limit
};

// How the request workers are shared (docs/server.md, "Threads and connections"), settable on
// `serve`. A tablet sends one request at a time; more at once from one device is a client gone
// wrong or an attack, and is refused at once rather than queued: a queued request holds its body
// in memory and its connection open, and its answer would only come later than the client waits.
struct RequestShares
{
    int perDevice = 2;       // requests one device may have queued or in work (more: 429 too_many_requests)
    int workersPerShare = 0; // workers one tenant may hold at once; 0: all but one
};

inline constexpr int MaxPullLimit = 1000;
inline constexpr int DefaultPullLimit = 500;

} // namespace feltdialog::server
