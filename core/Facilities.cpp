#include "Facilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feltdialog {

QString facilityProblem(const Facility &f)
{
    if (f.id.trimmed().isEmpty())
        return QStringLiteral("id: a non-empty string");
    if (f.name.trimmed().isEmpty())
        return QStringLiteral("name: a non-empty string");
    // NaN fails both comparisons, so it is refused too.
    if (!(qAbs(f.latitude) <= 90))
        return QStringLiteral("latitude: decimal degrees between -90 and 90");
    if (!(qAbs(f.longitude) <= 180))
        return QStringLiteral("longitude: decimal degrees between -180 and 180");
    return {};
}

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
        f.kind = o.value(QLatin1String("kind")).toString();
        f.address = o.value(QLatin1String("address")).toString();
        const QJsonValue latitude = o.value(QLatin1String("latitude"));
        const QJsonValue longitude = o.value(QLatin1String("longitude"));
        f.latitude = latitude.toDouble();
        f.longitude = longitude.toDouble();
        // The first problem in field order, so the path names it; a string "56" is not a number.
        QString bad = facilityProblem(f);
        const bool named = bad.startsWith(QLatin1String("id")) || bad.startsWith(QLatin1String("name"));
        if (!named && !latitude.isDouble())
            bad = QStringLiteral("latitude: a number");
        else if (!named && !longitude.isDouble())
            bad = QStringLiteral("longitude: a number");
        if (!bad.isEmpty()) {
            const qsizetype colon = bad.indexOf(QLatin1Char(':'));
            return problem(path + QLatin1Char('.') + bad.left(colon), bad.mid(colon + 2));
        }
        for (const Facility &earlier : std::as_const(parsed))
            if (earlier.id == f.id)
                return problem(path + QStringLiteral(".id"),
                               QStringLiteral("an id not used earlier in the list"));
        parsed.append(f);
    }
    *out = std::move(parsed);
    return Status::ok();
}

} // namespace feltdialog
