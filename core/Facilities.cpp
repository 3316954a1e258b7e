#include "Facilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feltdialog {

Status parseFacilities(const QByteArray &json, const QString &source, QList<Facility> *out)
{
    auto problem = [&source](const QString &path, const QString &expected) {
        return Status(Status::Invalid, QStringLiteral("%1: %2: expected %3").arg(source, path, expected));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {Status::Invalid,
                QStringLiteral("%1: offset %2: %3").arg(source).arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return problem(QStringLiteral("$"), QStringLiteral("an object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("formatVersion")).toInt() != 1)
        return problem(QStringLiteral("$.formatVersion"), QStringLiteral("1"));
    const QJsonValue list = root.value(QLatin1String("facilities"));
    if (!list.isArray())
        return problem(QStringLiteral("$.facilities"), QStringLiteral("an array"));
    QList<Facility> parsed;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("$.facilities[%1]").arg(i);
        const QJsonObject o = array.at(i).toObject();
        Facility f;
        f.id = o.value(QLatin1String("id")).toString();
        f.name = o.value(QLatin1String("name")).toString();
        if (f.id.isEmpty())
            return problem(path + QStringLiteral(".id"), QStringLiteral("a non-empty string"));
        if (f.name.isEmpty())
            return problem(path + QStringLiteral(".name"), QStringLiteral("a non-empty string"));
        f.kind = o.value(QLatin1String("kind")).toString();
        f.address = o.value(QLatin1String("address")).toString();
        f.latitude = o.value(QLatin1String("latitude")).toDouble();
        f.longitude = o.value(QLatin1String("longitude")).toDouble();
        parsed.append(f);
    }
    *out = std::move(parsed);
    return Status::ok();
}

} // namespace feltdialog
