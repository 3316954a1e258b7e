// libFuzzer target: arbitrary bytes as a push body (raw, and inflated when they are gzip) through
// the server's parsing and validation. Whatever the input, nothing may crash, leak past the
// inflate limit, or accept an event that does not read back as itself.
#include "BodyCoding.h"
#include "PushRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace feltdialog::server;

namespace {

void checkParsed(const QByteArray &body)
{
    const PushRequest request = parsePushRequest(body);
    for (const PushedEvent &pushed : request.events) {
        if (pushed.rejection.isError()) {
            if (pushed.rejection.code.isEmpty() || pushed.rejection.httpStatus < 400)
                std::abort();
            continue;
        }
        // An accepted event, written back as the tablet writes it, is accepted again unchanged.
        const QJsonObject again{{QStringLiteral("events"), QJsonArray{pushed.event.toJson()}}};
        const PushRequest reread = parsePushRequest(QJsonDocument(again).toJson(QJsonDocument::Compact));
        if (reread.events.size() != 1 || reread.events.first().rejection.isError() ||
            !(reread.events.first().event == pushed.event))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkParsed(bytes);
    constexpr qint64 Limit = 1024 * 1024;
    QByteArray inflated;
    if (gunzip(bytes, Limit, &inflated) == InflateResult::Ok) {
        if (inflated.size() > Limit)
            std::abort();
        checkParsed(inflated);
    }
    return 0;
}
