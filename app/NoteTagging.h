#pragma once

#include "GuidedDialogue.h"
#include "OpenVisit.h"
#include "QmlSingleton.h"
#include "Workspace.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// A note's tags in words, and the tag sets offered for the next note (core/TagSuggestions): the
// note cards and the editor read the quality model's and the template's words from here, in the
// UI language. A suggestion is only applied when the consultant taps it.
class NoteTagging : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(NoteTagging)
    // [{indicatorId, sourceRole, method, basis: "lastNote" | "recent" | "focus", text}], best first
    Q_PROPERTY(QVariantList suggestions READ suggestions NOTIFY suggestionsChanged)
    Q_PROPERTY(QVariantList methods READ methods CONSTANT) // [{id, title}]
public:
    static constexpr int MaxSuggestions = 3; // a phone's editor still shows the text above them

    NoteTagging(Workspace *workspace, OpenVisit *visit, GuidedDialogue *dialogue, QObject *parent = nullptr);

    QVariantList suggestions() const { return m_suggestions; }
    QVariantList methods() const;
    // "8.b Title · Leader · Interview"; the parts not chosen are left out; "Not tagged" for none.
    QString describe(const NoteTags &tags) const;
    Q_INVOKABLE QString describeTags(const QVariantMap &tags) const;
    // Tags the note being written with the suggestion's set, all three at once.
    Q_INVOKABLE bool useSuggestion(int index);

signals:
    void suggestionsChanged();

private:
    void suggest();
    QString indicatorTitle(const QString &indicatorId) const;
    static QString methodTitle(const QString &method);

    Workspace *m_workspace;
    OpenVisit *m_visit;
    GuidedDialogue *m_dialogue;
    QVariantList m_suggestions;
};

} // namespace feltdialog
