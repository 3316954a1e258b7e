#include "OfficeReference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feltdialog {

namespace {

const QString kSource = QStringLiteral("the office's reference data");

Status problem(const QString &path, const QString &expected)
{
    return {Status::Invalid, QStringLiteral("%1: %2: expected %3").arg(kSource, path, expected)};
}

Status strings(const QJsonValue &value, const QString &path, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return Status::ok();
    if (!value.isArray())
        return problem(path, QStringLiteral("an array of strings"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return problem(QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("a non-empty string"));
        out->append(array.at(i).toString());
    }
    return Status::ok();
}

Status plannedVisit(const QJsonValue &value, const QString &path, PlannedVisit *out)
{
    if (!value.isObject())
        return problem(path, QStringLiteral("an object"));
    const QJsonObject o = value.toObject();
    PlannedVisit v;
    v.visitId = QUuid::fromString(o.value(QLatin1String("visitId")).toString());
    if (v.visitId.isNull())
        return problem(path + QStringLiteral(".visitId"), QStringLiteral("a UUID"));
    v.facilityId = o.value(QLatin1String("facilityId")).toString();
    if (v.facilityId.isEmpty())
        return problem(path + QStringLiteral(".facilityId"), QStringLiteral("a non-empty string"));
    v.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("unannounced"));
    v.plannedDate = QDate::fromString(o.value(QLatin1String("plannedDate")).toString(), Qt::ISODate);
    if (!v.plannedDate.isValid())
        return problem(path + QStringLiteral(".plannedDate"), QStringLiteral("a date as yyyy-MM-dd"));
    if (Status s = strings(o.value(QLatin1String("focusIndicators")),
                           path + QStringLiteral(".focusIndicators"), &v.focusIndicators);
        !s.isOk())
        return s;
    if (Status s = strings(o.value(QLatin1String("consultants")), path + QStringLiteral(".consultants"),
                           &v.consultantIds);
        !s.isOk())
        return s;
    *out = std::move(v);
    return Status::ok();
}

} // namespace

Status parseOfficeReference(const QByteArray &json, OfficeReference *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {Status::Invalid,
                QStringLiteral("%1: offset %2: %3").arg(kSource).arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return problem(QStringLiteral("$"), QStringLiteral("an object"));
    const QJsonObject root = doc.object();
    OfficeReference reference;
    reference.version = root.value(QLatin1String("version")).toString();
    // The facilities have their own reader (the demo list uses it too).
    const QJsonObject facilities{{QStringLiteral("formatVersion"), 1},
                                 {QStringLiteral("facilities"), root.value(QLatin1String("facilities"))}};
    if (Status s = parseFacilities(QJsonDocument(facilities).toJson(QJsonDocument::Compact), kSource,
                                   &reference.facilities);
        !s.isOk())
        return s;
    const QJsonValue planned = root.value(QLatin1String("plannedVisits"));
    if (!planned.isUndefined() && !planned.isArray())
        return problem(QStringLiteral("$.plannedVisits"), QStringLiteral("an array"));
    const QJsonArray list = planned.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        PlannedVisit v;
        if (Status s = plannedVisit(list.at(i), QStringLiteral("$.plannedVisits[%1]").arg(i), &v); !s.isOk())
            return s;
        reference.plannedVisits.append(std::move(v));
    }
    // Optional: a server before colleagues were announced sends none, and authors stay ids.
    const QJsonValue colleagues = root.value(QLatin1String("colleagues"));
    if (!colleagues.isUndefined() && !colleagues.isArray())
        return problem(QStringLiteral("$.colleagues"), QStringLiteral("an array"));
    const QJsonArray people = colleagues.toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject o = people.at(i).toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString name = o.value(QLatin1String("name")).toString().simplified();
        if (id.isEmpty() || name.isEmpty())
            return problem(QStringLiteral("$.colleagues[%1]").arg(i),
                           QStringLiteral("an object with an id and a name"));
        reference.colleagues.insert(id, name);
    }
    *out = std::move(reference);
    return Status::ok();
}

} // namespace feltdialog
