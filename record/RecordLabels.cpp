#include "RecordLabels.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace feltdialog::recordtext {

namespace {

using Words = QHash<QString, QString>;

QString lookup(const Words &words, const QString &code)
{
    return words.value(code, code);
}

QDateTime local(qint64 wallMs)
{
    static const QTimeZone copenhagen("Europe/Copenhagen");
    return QDateTime::fromMSecsSinceEpoch(wallMs, copenhagen.isValid() ? copenhagen : QTimeZone::utc());
}

} // namespace

QString role(const VisitRecord &r, const QString &roleId)
{
    static const Words words{{"leader", "Leder"},
                             {"staff", "Medarbejder"},
                             {"resident", "Borger"},
                             {"relative", "Pårørende"},
                             {"board_member", "Bestyrelsesmedlem"},
                             {"companion", "Bisidder"},
                             {"consultant", "Tilsynskonsulent"},
                             {"document", "Dokument"}};
    if (const QString title = r.roleTitles.value(roleId); !title.isEmpty())
        return title;
    return lookup(words, roleId);
}

QString method(const QString &method)
{
    static const Words words{
        {"interview", "Interview"}, {"observation", "Observation"}, {"document", "Dokument"}};
    return lookup(words, method);
}

QString position(const QString &position)
{
    static const Words words{{"control", "Kontrolposition"}, {"development", "Udviklingsposition"}};
    return lookup(words, position);
}

QString phase(const QString &phase)
{
    static const Words words{{"contract", "Kontrakt"},
                             {"checkin", "Check-in"},
                             {"conversation", "Samtale"},
                             {"wrapup", "Afrunding"}};
    return lookup(words, phase);
}

QString visitKind(const QString &kind)
{
    static const Words words{{"unannounced", "Uanmeldt tilsynsbesøg"},
                             {"announced", "Anmeldt tilsynsbesøg"},
                             {"dialogue_meeting", "Dialogmøde"}};
    return lookup(words, kind);
}

QString conversationKind(const QString &kind)
{
    static const Words words{{"conversation", "Samtale"}, {"closing_meeting", "Afsluttende møde"}};
    return lookup(words, kind);
}

QString calledBy(const QString &calledBy)
{
    static const Words words{{"consultant", "Tilsynet"}, {"facility", "Tilbuddet"}};
    return lookup(words, calledBy);
}

QString timeoutOutcome(const QString &outcome)
{
    static const Words words{{"adjusted", "Justeret"},
                             {"continue", "Fortsat som aftalt"},
                             {"refocus", "Fokus genfundet"},
                             {"", "Ikke afsluttet"}};
    return lookup(words, outcome);
}

QString summaryResponse(const QString &response)
{
    static const Words words{
        {"confirmed", "Bekræftet"}, {"understood_differently", "Forstået anderledes"}, {"", "Ikke besvaret"}};
    return lookup(words, response);
}

QString findingKind(const QString &kind)
{
    static const Words words{{"development", "Udviklingspunkt"}, {"attention", "Opmærksomhedspunkt"}};
    return lookup(words, kind);
}

QString answer(const QString &answerType, const QString &answer)
{
    static const Words words{{"yes", "Ja"},       {"no", "Nej"},          {"not_relevant", "Ikke relevant"},
                             {"low", "Lav grad"}, {"some", "Nogen grad"}, {"high", "Høj grad"}};
    if (answerType == QLatin1String("indicator_score") || answerType == QLatin1String("scale"))
        return answer + QStringLiteral(" af 5");
    return lookup(words, answer);
}

QString locationMoment(const QString &moment)
{
    static const Words words{
        {"visit_start", "Besøgets start"}, {"visit_end", "Besøgets afslutning"}, {"conversation", "Samtale"}};
    return lookup(words, moment);
}

QString locationStatus(const QString &status)
{
    static const Words words{{"fix", "Position"},
                             {"stale_fix", "Ældre position"},
                             {"no_fix", "Ingen position"},
                             {"manual", "Adresse bekræftet manuelt"}};
    return lookup(words, status);
}

QString locationReason(const QString &reason)
{
    // The stamper's codes (app/LocationStamper.cpp); anything else is the consultant's own words.
    static const Words words{{"no_plugin", "Enheden har ingen positionering."},
                             {"permission_denied", "Appen havde ikke tilladelse til at bruge placeringen."},
                             {"positioning_off", "Placeringstjenester var slået fra."},
                             {"timeout", "Ingen position inden for den tilladte tid."},
                             {"positioning_failed", "Positioneringen mislykkedes."},
                             {"superseded", "Erstattet af et senere stempel."},
                             {"low_accuracy", "Kun en unøjagtig position."},
                             {"unconfirmed", "Kun én position; ingen anden bekræftede den."},
                             {"jump_ignored", "Et pludseligt spring i positionen blev set bort fra."}};
    return lookup(words, reason);
}

QString consultant(const VisitRecord &r, const QString &authorId)
{
    for (const RecordPerson &p : r.consultants) {
        if (p.id == authorId)
            return p.name;
    }
    return authorId;
}

QString indicator(const VisitRecord &r, const QString &indicatorId)
{
    if (indicatorId.isEmpty())
        return QStringLiteral("Ikke knyttet til en indikator");
    for (const RecordCoverage &c : r.coverage) {
        if (c.indicatorId == indicatorId && !c.title.isEmpty())
            return indicatorId + QLatin1Char(' ') + c.title;
    }
    return indicatorId;
}

QString date(qint64 wallMs)
{
    return QLocale(QLocale::Danish, QLocale::Denmark)
        .toString(local(wallMs), QStringLiteral("dddd 'den' d. MMMM yyyy"));
}

QString shortDate(qint64 wallMs)
{
    return local(wallMs).toString(QStringLiteral("dd.MM.yyyy"));
}

QString time(qint64 wallMs)
{
    return local(wallMs).toString(QStringLiteral("HH.mm"));
}

QString timeWithSeconds(qint64 wallMs)
{
    return local(wallMs).toString(QStringLiteral("HH.mm.ss"));
}

QString dateTime(qint64 wallMs)
{
    return shortDate(wallMs) + QStringLiteral(" kl. ") + time(wallMs);
}

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 sek.").arg(seconds);
    if (seconds % 60 == 0)
        return QStringLiteral("%1 min.").arg(seconds / 60);
    return QStringLiteral("%1 min. %2 sek.").arg(seconds / 60).arg(seconds % 60);
}

} // namespace feltdialog::recordtext
