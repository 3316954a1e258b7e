// The front of the record: who, where, when, under which template and model, and the proof of
// which log it was made from.
#include "RecordLabels.h"
#include "RecordSections.h"

#include <QLocale>

namespace feltdialog {

namespace t = recordtext;

namespace {

const QColor kWarning(0xb0, 0x1c, 0x1c);

QString timeSpan(const VisitRecord &r)
{
    const qint64 start = r.state.startedWallMs ? r.state.startedWallMs : r.firstEventMs;
    if (start == 0)
        return QStringLiteral("Ikke startet");
    QString span = t::date(start) + QStringLiteral(", kl. ") + t::time(start) + QStringLiteral("–");
    if (r.state.closed)
        span += t::shortDate(r.endMs()) == t::shortDate(start) ? t::time(r.endMs()) : t::dateTime(r.endMs());
    else
        span += QStringLiteral(" (ikke afsluttet; seneste hændelse kl. %1)").arg(t::time(r.lastEventMs));
    return span;
}

QString facility(const VisitRecord &r)
{
    QString text = r.facility.name.isEmpty() ? r.facility.id : r.facility.name;
    if (!r.facility.kind.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.facility.kind);
    if (!r.facility.address.isEmpty())
        text += QStringLiteral(", ") + r.facility.address;
    return text;
}

QString versioned(const QString &title, const QString &id, const QString &version)
{
    const QString ids = version.isEmpty() ? id : QStringLiteral("%1, version %2").arg(id, version);
    if (title.isEmpty())
        return ids.isEmpty() ? QStringLiteral("Ikke angivet") : ids;
    return QStringLiteral("%1 (%2)").arg(title, ids);
}

QString position(const LocationStamp &s)
{
    if (s.status != QLatin1String("fix") && s.status != QLatin1String("stale_fix"))
        return QStringLiteral("–");
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    QString text = QStringLiteral("%1, %2").arg(danish.toString(s.latitude, 'f', 5),
                                                danish.toString(s.longitude, 'f', 5));
    if (s.accuracyM >= 0)
        text += QStringLiteral(" (± %1 m)").arg(qRound(s.accuracyM));
    if (s.status == QLatin1String("stale_fix"))
        text += QStringLiteral(", %1 gammel").arg(t::duration(s.fixAgeMs));
    return text;
}

void locations(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(2, QStringLiteral("Stedfæstelse"));
    if (r.state.locations.isEmpty()) {
        doc.paragraph(QStringLiteral("Besøget har ingen stedfæstelse i loggen."));
        return;
    }
    QList<QList<RecordCell>> rows;
    for (const LocationStamp &s : r.state.locations) {
        const QString distance =
            s.distanceM < 0 ? QStringLiteral("Ukendt") : QStringLiteral("%1 m").arg(qRound(s.distanceM));
        QString words = t::locationReason(s.reason);
        if (s.status == QLatin1String("manual"))
            words = QStringLiteral("Konsulenten bekræftede adressen %1. Begrundelse: %2")
                        .arg(s.address, s.reason);
        RecordCell note(words);
        if (s.far)
            note = RecordCell(QStringLiteral("Længere fra tilbuddet end tilladt. ") + words, true, kWarning);
        rows.append({t::locationMoment(s.moment), t::locationStatus(s.status), position(s), distance, note});
    }
    doc.table({QStringLiteral("Tidspunkt"), QStringLiteral("Status"), QStringLiteral("Position"),
               QStringLiteral("Afstand til tilbuddet"), QStringLiteral("Bemærkning")},
              rows, {17, 17, 28, 14, 24});
}

} // namespace

void writeVisitFacts(RecordDocument &doc, const VisitRecord &r, const QDateTime &generatedAt)
{
    doc.title(r.state.kind.isEmpty()
                  ? QStringLiteral("Tilsynsrapport")
                  : QStringLiteral("Tilsynsrapport – ") + t::visitKind(r.state.kind).toLower(),
              r.facility.name.isEmpty() ? r.facility.id : r.facility.name);
    if (r.draft)
        doc.paragraph(QStringLiteral("UDKAST: Besøget er ikke afsluttet. Dokumentet viser loggen, som den så "
                                     "ud, da det blev dannet, og kan ændre sig."));
    QStringList consultants;
    for (const RecordPerson &p : r.consultants)
        consultants << p.name;
    doc.keyValues({
        {QStringLiteral("Socialtilsyn"),
         r.authority.isEmpty() ? QStringLiteral("Ikke angivet") : r.authority},
        {QStringLiteral("Tilbud"), facility(r)},
        {QStringLiteral("Besøgstype"), t::visitKind(r.state.kind)},
        {QStringLiteral("Dato og tidsrum"), timeSpan(r)},
        {QStringLiteral("Tilsynskonsulenter"), consultants.join(QStringLiteral(", "))},
        {QStringLiteral("Skabelon"), versioned(r.templateTitle, r.state.templateId, r.state.templateVersion)},
        {QStringLiteral("Kvalitetsmodel"), versioned(r.modelTitle, r.state.qualityModelVersion, {})},
        {QStringLiteral("Status"), r.draft
                                       ? QStringLiteral("UDKAST – besøget er ikke afsluttet")
                                       : QStringLiteral("Afsluttet ") + t::dateTime(r.state.closedWallMs)},
        {QStringLiteral("Hændelseslog"), QStringLiteral("%1 hændelser").arg(r.log.size())},
        {QStringLiteral("Loggens SHA-256"), QString::fromLatin1(r.logHash)},
        {QStringLiteral("Dannet"), generatedAt.isValid() ? t::dateTime(generatedAt.toMSecsSinceEpoch())
                                                         : QStringLiteral("Ikke angivet")},
    });
    doc.facts(QStringLiteral(
        "Rapporten er dannet af Feltdialog ud fra besøgets hændelseslog, som konsulenterne har skrevet under "
        "besøget. Loggens SHA-256 er beregnet efter formatet feltdialog-log/1 (se dokumentationen for "
        "besøgsrapporten) og kan genberegnes af enhver, der har loggen, så det kan efterprøves, at rapporten "
        "svarer til netop den log. Tider er dansk tid."));
    locations(doc, r);
}

} // namespace feltdialog
