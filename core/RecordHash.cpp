#include "RecordHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <tuple>
#include <vector>

namespace feltdialog {

QByteArray canonicalEventLine(const Event &e)
{
    // Written out field by field rather than through Event::toJson, so the definition cannot move
    // when the storage format does. 64-bit integers are decimal strings: JSON numbers are doubles
    // in many readers and would lose digits. QJsonObject keeps its keys sorted, which gives the
    // canonical key order at every level, payload included.
    const QJsonObject json{
        {QStringLiteral("author"), e.authorId},
        {QStringLiteral("device"), e.deviceId},
        {QStringLiteral("deviceSeq"), QString::number(e.deviceSeq)},
        {QStringLiteral("hlc"), QString::number(e.hlc.packed())},
        {QStringLiteral("id"), idString(e.id)},
        {QStringLiteral("payload"), e.payload},
        {QStringLiteral("schemaVersion"), e.schemaVersion},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("visit"), idString(e.visitId)},
        {QStringLiteral("wallTime"), QString::number(e.wallTimeMs)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Event eventFromCanonical(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    Event e;
    e.id = QUuid::fromString(text("id"));
    e.visitId = QUuid::fromString(text("visit"));
    e.authorId = text("author");
    e.deviceId = text("device");
    e.deviceSeq = text("deviceSeq").toLongLong();
    e.hlc = HlcTimestamp::fromPacked(text("hlc").toLongLong());
    e.wallTimeMs = text("wallTime").toLongLong();
    e.type = text("type");
    e.payload = json.value(QLatin1String("payload")).toObject();
    e.schemaVersion = json.value(QLatin1String("schemaVersion")).toInt();
    // a redacted event in a record's JSON carries the digest of its line as written
    e.redactedFromSha256 = text("redactedFromSha256").toLatin1();
    return e;
}

QList<CanonicalLine> canonicalLogLines(const QList<Event> &events)
{
    struct Keyed
    {
        qint64 hlc;
        QString id;
        CanonicalLine line;
        bool operator<(const Keyed &o) const
        {
            return std::tie(hlc, id, line.sha256) < std::tie(o.hlc, o.id, o.line.sha256);
        }
        bool operator==(const Keyed &o) const { return line.sha256 == o.line.sha256; }
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(events.size()));
    for (const Event &e : events) {
        CanonicalLine line{canonicalEventLine(e), e.redactedFromSha256, !e.redactedFromSha256.isEmpty()};
        if (!line.redacted)
            line.sha256 = QCryptographicHash::hash(line.line, QCryptographicHash::Sha256).toHex();
        keyed.push_back({e.hlc.packed(), idString(e.id), std::move(line)});
    }
    // The digest breaks the tie between two different events claiming one id (never written by
    // the app), so even a forged log has exactly one hash, redacted or not.
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    QList<CanonicalLine> lines;
    lines.reserve(qsizetype(keyed.size()));
    for (Keyed &k : keyed)
        lines.append(std::move(k.line));
    return lines;
}

QByteArray logHash(const QList<Event> &events)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArray(LogHashFormat) + '\n');
    for (const CanonicalLine &line : canonicalLogLines(events)) {
        sha.addData(line.sha256);
        sha.addData(QByteArrayView("\n"));
    }
    return sha.result().toHex();
}

} // namespace feltdialog
