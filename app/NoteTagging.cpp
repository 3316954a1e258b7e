#include "NoteTagging.h"

#include "TagSuggestions.h"

#include <QLocale>

namespace feltdialog {

namespace {
QString uiLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("da");
}

QString basisKey(TagSuggestion::Basis basis)
{
    switch (basis) {
    case TagSuggestion::Basis::LastNote:
        return QStringLiteral("lastNote");
    case TagSuggestion::Basis::Recent:
        return QStringLiteral("recent");
    case TagSuggestion::Basis::Focus:
        break;
    }
    return QStringLiteral("focus");
}
} // namespace

NoteTagging::NoteTagging(Workspace *workspace, OpenVisit *visit, GuidedDialogue *dialogue, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_visit(visit), m_dialogue(dialogue)
{
    m_visit->notes()->setTagWords([this](const NoteTags &tags) { return describe(tags); });
    // The words come from the visit's template; the suggestions from its notes and who is present.
    connect(m_dialogue, &GuidedDialogue::guideChanged, this, [this] {
        m_visit->notes()->tagWordsChanged();
        suggest();
    });
    connect(m_dialogue, &GuidedDialogue::changed, this, &NoteTagging::suggest);
    suggest();
}

QVariantList NoteTagging::methods() const
{
    QVariantList list;
    for (const char *method : {"interview", "observation", "document"}) {
        const QString id = QString::fromLatin1(method);
        list.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("title"), methodTitle(id)}});
    }
    return list;
}

QString NoteTagging::methodTitle(const QString &method)
{
    if (method == QLatin1String("interview"))
        return tr("Interview");
    if (method == QLatin1String("observation"))
        return tr("Observation");
    if (method == QLatin1String("document"))
        return tr("Document");
    return method;
}

QString NoteTagging::indicatorTitle(const QString &indicatorId) const
{
    // "8.b Title", as the picker shows it: consultants know indicators by number as much as by name.
    const Indicator *indicator = m_workspace->reference().qualityModel().indicator(indicatorId);
    return indicator ? indicatorId + QLatin1Char(' ') + indicator->title.in(uiLanguage()) : indicatorId;
}

QString NoteTagging::describe(const NoteTags &tags) const
{
    QStringList parts;
    if (!tags.indicatorId.isEmpty())
        parts << indicatorTitle(tags.indicatorId);
    if (!tags.sourceRole.isEmpty())
        parts << m_dialogue->roleTitle(tags.sourceRole);
    if (!tags.method.isEmpty())
        parts << methodTitle(tags.method);
    return parts.isEmpty() ? tr("Not tagged") : parts.join(QStringLiteral(" · "));
}

QString NoteTagging::describeTags(const QVariantMap &tags) const
{
    return describe(NoteTags::fromJson(QJsonObject::fromVariantMap(tags)));
}

void NoteTagging::suggest()
{
    QStringList focus;
    for (const QVariant &indicator : m_dialogue->indicators())
        focus << indicator.toMap().value(QStringLiteral("id")).toString();
    QVariantList list;
    if (!m_visit->visitId().isEmpty()) {
        for (const TagSuggestion &s : suggestTags(m_visit->state(), focus, MaxSuggestions)) {
            list.append(QVariantMap{{QStringLiteral("indicatorId"), s.tags.indicatorId},
                                    {QStringLiteral("sourceRole"), s.tags.sourceRole},
                                    {QStringLiteral("method"), s.tags.method},
                                    {QStringLiteral("basis"), basisKey(s.basis)},
                                    {QStringLiteral("text"), describe(s.tags)}});
        }
    }
    if (list == m_suggestions)
        return;
    m_suggestions = list;
    emit suggestionsChanged();
}

bool NoteTagging::useSuggestion(int index)
{
    if (!m_visit->isEditing() || index < 0 || index >= m_suggestions.size())
        return false;
    const QVariantMap s = m_suggestions.at(index).toMap();
    for (const char *key : {"indicatorId", "sourceRole", "method"})
        m_visit->setEditorTag(QString::fromLatin1(key), s.value(QString::fromLatin1(key)).toString());
    return true;
}

} // namespace feltdialog
