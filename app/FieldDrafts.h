#pragma once

#include "OpenVisit.h"
#include "Workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace feltdialog {

class DraftField;

// The field drafts of the open visit (core FieldDraft) and the text fields on screen that keep
// them (DraftField, attached in QML). Loads the visit's drafts when it opens, so a field coming
// back after a crash, a lock or a rebuilt list shows what was typed; saves every field's pending
// text when OpenVisit flushes (leaving the screen, locking, opening another visit); and remembers
// which field had the focus when the app locked, to give it back after unlocking.
class FieldDrafts : public QObject
{
    Q_OBJECT
public:
    FieldDrafts(Workspace *workspace, OpenVisit *visit, QObject *parent = nullptr);
    ~FieldDrafts() override;

    // The one the attached DraftField objects use (owned by AppServices, like the QML singletons).
    static FieldDrafts *instance() { return s_instance; }

    const FieldDraft *draft(const QString &fieldKey) const;
    bool save(const QString &fieldKey, const QString &text, int cursor);
    bool discard(const QString &fieldKey);

    void enrol(DraftField *field);
    void leave(DraftField *field);
    // Saves what other fields with this key hold (a row about to be replaced by a new one).
    void flushOthers(const QString &fieldKey, DraftField *except);
    // A field with this key has just gained or lost the keyboard focus.
    void focusMoved(const QString &fieldKey, bool gained);
    // For a field (re)created with `fieldKey`: whether it should take the focus, and where its
    // cursor goes then. True once after an unlock for the field focused at the lock, and for a
    // field whose list row was rebuilt while it had the focus.
    bool claimFocus(const QString &fieldKey, int *cursor);

signals:
    void settled(const QStringList &fieldKeys);

private:
    void load();
    void flushAll();
    void rememberFocusForUnlock();

    Workspace *m_workspace;
    OpenVisit *m_visit;
    QHash<QString, FieldDraft> m_drafts; // as last saved; plaintext, so dropped on lock
    QList<QPointer<DraftField>> m_fields;
    QString m_focused;     // the field with the keyboard focus now (or a moment ago)
    QString m_focusAtLock; // given back after unlocking
    int m_cursorAtLock = 0;
    static inline FieldDrafts *s_instance = nullptr;
};

} // namespace feltdialog
