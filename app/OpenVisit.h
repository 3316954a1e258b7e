#pragma once

#include "EventLimits.h"
#include "NoteList.h"
#include "QmlSingleton.h"
#include "Workspace.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The visit the consultant has open, and the note being typed in it. Text is saved as a durable
// draft on every short pause, and at least every DraftMaxWaitMs while typing goes on without one;
// finishing the note turns the draft into a NoteWritten (or NoteAmended) in one transaction. There
// is no save button: this is the only save.
class OpenVisit : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CurrentVisit)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(OpenVisit)
    Q_PROPERTY(QString visitId READ visitId NOTIFY visitChanged)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY visitChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY visitChanged)
    Q_PROPERTY(bool closed READ isClosed NOTIFY visitChanged)
    Q_PROPERTY(feltdialog::NoteList *notes READ notes CONSTANT)
    Q_PROPERTY(bool editing READ isEditing NOTIFY editorChanged)
    Q_PROPERTY(bool editorAmends READ editorAmends NOTIFY editorChanged)
    Q_PROPERTY(QString editorText READ editorText NOTIFY editorChanged)
    Q_PROPERTY(int maxNoteLength READ maxNoteLength CONSTANT) // core/EventLimits.h
    Q_PROPERTY(QVariantMap editorTags READ editorTags NOTIFY editorChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY saveStateChanged)
public:
    enum SaveState
    {
        NothingToSave,
        Unsaved,
        Saved,
        Failed
    };
    Q_ENUM(SaveState)

    static constexpr int DraftPauseMs = 300;
    // A crash loses at most the last 2 s of continuous typing: the save comes well inside that,
    // leaving a second for keys that reach a busy GUI thread late (one more fsync'ed commit a
    // second while typing goes on; bench_visit_ui measures what that costs a keystroke).
    static constexpr int DraftMaxWaitMs = 1000;
    static constexpr int RetryMs = 2000;

    explicit OpenVisit(Workspace *workspace, QObject *parent = nullptr);

    QString visitId() const;
    QString facilityName() const { return state().facilityName; }
    QDateTime startedAt() const;
    bool isClosed() const { return state().closed; }
    NoteList *notes() { return &m_notes; }
    bool isEditing() const { return m_editor.active; }
    bool editorAmends() const { return m_editor.amends; }
    QString editorText() const { return m_editor.text; }
    static int maxNoteLength() { return MaxNoteLength; }
    QVariantMap editorTags() const { return m_editor.tags.toJson().toVariantMap(); }
    SaveState saveState() const { return m_saveState; }
    QString problem() const { return m_problem; }
    const VisitState &state() const { return m_fold.state(); }
    // Who this tablet records as: the enrolled consultant (or the demo's placeholder).
    QString authorId() const;
    const QList<Event> &events() const { return m_fold.events(); } // as written, in fold order

    Q_INVOKABLE bool open(const QString &visitId);
    Q_INVOKABLE bool newNote();
    Q_INVOKABLE bool amendNote(const QString &noteId);
    Q_INVOKABLE void setEditorText(const QString &text);
    // indicatorId, sourceRole or method of the note being written; conversation and position are
    // stamped from the dialogue when the note is filed.
    Q_INVOKABLE void setEditorTag(const QString &key, const QString &value);
    // Events came into this visit's log from elsewhere (a sync): fold the whole log again.
    void reloadIfOpen(const QUuid &visitId);
    // One dialogue action (see core/Dialogue.h): one event, one transaction, then the fold.
    // settledFields: the field drafts (core/FieldDraft.h) whose text the event records.
    bool record(const char *type, QJsonObject payload, const QStringList &settledFields = {});
    // The fields' text is in the record already (a repeated tap recorded nothing new): their drafts
    // go without an event.
    bool settleFields(const QStringList &fieldKeys);
    // A field draft could not be saved: shown like a note that could not be.
    void reportDraftProblem(const Status &status);
    Q_INVOKABLE bool finishNote();
    Q_INVOKABLE bool closeVisit();
    // Called when the app loses focus or quits: whatever is typed goes to disk now.
    Q_INVOKABLE bool flush();

signals:
    void visitChanged();
    void editorChanged();
    void saveStateChanged();
    void visitRecorded(); // a new event is in the log (the visit list may need a refresh)
    void fieldsSettled(const QStringList &fieldKeys); // their drafts went with the event recorded
    void aboutToFlush();                              // everyone with typed text saves it now
    void visitClosedHere(const QUuid &visitId);

private:
    struct Editor
    {
        bool active = false;
        bool amends = false;
        bool dirty = false; // typed but not yet in a durable draft
        QUuid noteId;
        QString text;
        NoteTags tags;
    };
    bool saveDraft();
    bool reload();
    void retry();
    void setSaveState(SaveState state, const Status &status = {});
    void startEditor(const QUuid &noteId, const QString &text, bool amends, const NoteTags &tags = {});
    void closeEditor();
    void take(const Event &event, const QStringList &settledFields);
    NoteTags stampedTags() const;
    void editorEdited();
    void forgetContent();
    void reopenAfterUnlock();

    Workspace *m_workspace;
    QUuid m_visitId;
    QUuid m_reopenAfterUnlock;
    VisitFold m_fold; // the open visit's log and its state, one event folded on per write
    NoteList m_notes;
    Editor m_editor;
    SaveState m_saveState = NothingToSave;
    QString m_problem;
    QTimer m_pause;
    QTimer m_maxWait; // started by the first unsaved keystroke, not restarted by the next ones
    QTimer m_retry;
};

} // namespace feltdialog
