#include "Event.h"

#include <QJsonDocument>

namespace feltdialog {

QString idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject Event::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), idString(id)},
        {QStringLiteral("visitId"), idString(visitId)},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("deviceSeq"), QString::number(deviceSeq)},
        {QStringLiteral("hlc"), QString::number(hlc.packed())},
        {QStringLiteral("wallTime"), QString::number(wallTimeMs)},
        {QStringLiteral("type"), type},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("schemaVersion"), schemaVersion},
    };
}

Event Event::fromJson(const QJsonObject &json)
{
    Event e;
    e.id = QUuid::fromString(json.value(QLatin1String("id")).toString());
    e.visitId = QUuid::fromString(json.value(QLatin1String("visitId")).toString());
    e.authorId = json.value(QLatin1String("authorId")).toString();
    e.deviceId = json.value(QLatin1String("deviceId")).toString();
    e.deviceSeq = json.value(QLatin1String("deviceSeq")).toString().toLongLong();
    e.hlc = HlcTimestamp::fromPacked(json.value(QLatin1String("hlc")).toString().toLongLong());
    e.wallTimeMs = json.value(QLatin1String("wallTime")).toString().toLongLong();
    e.type = json.value(QLatin1String("type")).toString();
    e.payload = json.value(QLatin1String("payload")).toObject();
    e.schemaVersion = json.value(QLatin1String("schemaVersion")).toInt();
    return e;
}

QByteArray Event::payloadBytes() const
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

} // namespace feltdialog
