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

inline constexpr int MaxPullLimit = 1000;
inline constexpr int DefaultPullLimit = 500;

} // namespace feltdialog::server
