#include "Gzip.h"

#include <zlib.h>

namespace feltdialog {

namespace {
constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip header and trailer
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

bool gzipDecompress(const QByteArray &data, qsizetype maxSize, QByteArray *out)
{
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindowBits) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray result;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qsizetype before = result.size();
        if (before + kChunk > maxSize + kChunk) // already at the limit and not finished
            break;
        result.resize(before + kChunk);
        zs.next_out = reinterpret_cast<Bytef *>(result.data() + before);
        zs.avail_out = uInt(kChunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        result.resize(before + kChunk - qsizetype(zs.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        if (result.size() > maxSize) {
            rc = Z_BUF_ERROR;
            break;
        }
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || zs.avail_in != 0)
        return false;
    *out = std::move(result);
    return true;
}

} // namespace feltdialog
