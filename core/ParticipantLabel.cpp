#include "ParticipantLabel.h"

#include "Template.h"

#include <QRegularExpression>
#include <algorithm>

namespace feltdialog {

QString initialsOf(const QString &label)
{
    const QString trimmed = label.simplified();
    if (std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLower(); }))
        return trimmed;
    // A hyphen joins two names ("Anne-Marie"), and each gives an initial.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QString initials;
    for (const QString &word : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (word.front().isLetter())
            initials += word.front().toUpper() + QLatin1Char('.');
    }
    return initials;
}

bool namedByInitials(const QString &role, const VisitTemplate *visitTemplate)
{
    if (role == QLatin1String("resident"))
        return true;
    if (!visitTemplate)
        return false;
    const TemplatePhase *checkIn = visitTemplate->phase(QStringLiteral("checkin"));
    if (!checkIn)
        return false;
    return std::any_of(checkIn->participantRoles.cbegin(), checkIn->participantRoles.cend(),
                       [&role](const ParticipantRole &r) { return r.id == role && r.initialsOnly; });
}

QString recordableLabel(const QString &role, const QString &label, const VisitTemplate *visitTemplate)
{
    return namedByInitials(role, visitTemplate) ? initialsOf(label) : label.simplified();
}

} // namespace feltdialog
