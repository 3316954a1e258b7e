#pragma once

#include <QByteArray>

namespace feltdialog {

// gzip (RFC 1952) for request bodies; Qt's qCompress writes zlib's format with a length prefix,
// which no HTTP server reads as Content-Encoding: gzip.
QByteArray gzipCompress(const QByteArray &data);
// Inflates a gzip stream; false when it is not one, or when it would exceed maxSize (a small body
// that inflates to gigabytes stops there instead of exhausting memory).
bool gzipDecompress(const QByteArray &data, qsizetype maxSize, QByteArray *out);

} // namespace feltdialog
