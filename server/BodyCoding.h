#pragma once

#include <QByteArray>

namespace feltdialog::server {

enum class InflateResult
{
    Ok,
    TooLarge, // the inflated data passed the limit; inflating stopped there
    Corrupt,  // not gzip, truncated, or trailing garbage
};

// Inflates a gzip body, never holding more than `limit` bytes of output: a gzip bomb stops at the
// limit instead of exhausting memory.
InflateResult gunzip(const QByteArray &compressed, qint64 limit, QByteArray *out);

QByteArray gzip(const QByteArray &data);

// Whether an Accept-Encoding header value allows gzip (a listed "gzip" or "*" whose q is not 0).
bool acceptsGzip(const QByteArray &acceptEncoding);

} // namespace feltdialog::server
