#include "BodyCoding.h"

#include <QList>
#include <zlib.h>

namespace feltdialog::server {

InflateResult gunzip(const QByteArray &compressed, qint64 limit, QByteArray *out)
{
    z_stream stream{};
    // 16 + MAX_WBITS: gzip framing only (no raw or zlib streams).
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return InflateResult::Corrupt;
    QByteArray result;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    constexpr qsizetype Chunk = 64 * 1024;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (result.size() >= limit) {
            inflateEnd(&stream);
            return InflateResult::TooLarge;
        }
        const qsizetype before = result.size();
        const qsizetype room = qMin<qsizetype>(Chunk, qsizetype(limit - before));
        result.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(result.data() + before);
        stream.avail_out = uInt(room);
        rc = inflate(&stream, Z_NO_FLUSH);
        result.resize(before + (room - qsizetype(stream.avail_out)));
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return InflateResult::Corrupt; // includes Z_BUF_ERROR: input ended mid-stream
        }
    }
    const bool trailing = stream.avail_in != 0;
    inflateEnd(&stream);
    if (trailing)
        return InflateResult::Corrupt;
    *out = std::move(result);
    return InflateResult::Ok;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray result(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(result.data());
    stream.avail_out = uInt(result.size());
    const int rc = deflate(&stream, Z_FINISH);
    result.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? result : QByteArray();
}

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed().toLower();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

} // namespace feltdialog::server
