#include "OpenVisit.h"

#include "StatusText.h"

namespace feltdialog {

OpenVisit::OpenVisit(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(DraftPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &OpenVisit::saveDraft);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(DraftMaxWaitMs);
    connect(&m_maxWait, &QTimer::timeout, this, &OpenVisit::saveDraft);
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &OpenVisit::retry);
    connect(m_workspace, &Workspace::aboutToLock, this, &OpenVisit::flush);
    m_notes.setNameOf(
        [workspace](const QString &authorId) { return workspace->reference().personName(authorId); });
    connect(&m_workspace->reference(), &ReferenceData::peopleChanged, &m_notes, &NoteList::namesChanged);
    connect(m_workspace, &Workspace::locked, this, &OpenVisit::forgetContent);
    connect(m_workspace, &Workspace::unlocked, this, &OpenVisit::reopenAfterUnlock);
    connect(&m_workspace->log(), &VisitLog::appended, this, &OpenVisit::take);
}

// Locked: nothing decrypted stays in this object. The draft was saved (sealed) in aboutToLock;
// the visit id is kept so unlocking can take the consultant back to where they were.
void OpenVisit::forgetContent()
{
    m_pause.stop();
    m_maxWait.stop();
    m_retry.stop();
    m_reopenAfterUnlock = m_visitId;
    m_visitId = {};
    m_fold = VisitFold();
    m_notes.setNotes({});
    m_editor = {};
    m_saveState = NothingToSave;
    m_problem.clear();
    emit editorChanged();
    emit saveStateChanged();
    emit visitChanged();
}

void OpenVisit::reopenAfterUnlock()
{
    const QUuid visit = std::exchange(m_reopenAfterUnlock, QUuid());
    if (!visit.isNull())
        open(idString(visit));
}

QString OpenVisit::visitId() const
{
    return m_visitId.isNull() ? QString() : idString(m_visitId);
}

QDateTime OpenVisit::startedAt() const
{
    return state().started ? QDateTime::fromMSecsSinceEpoch(state().startedWallMs) : QDateTime();
}

void OpenVisit::setSaveState(SaveState state, const Status &status)
{
    const QString problem = describeForPeople(status, m_workspace->storePath());
    if (state == m_saveState && problem == m_problem)
        return;
    m_saveState = state;
    m_problem = problem;
    emit saveStateChanged();
}

bool OpenVisit::reload()
{
    QList<Event> events;
    const Status s = m_workspace->store().eventsOfVisit(m_visitId, &events);
    if (!s.isOk()) {
        setSaveState(Failed, s);
        return false;
    }
    m_fold.reset(std::move(events));
    m_notes.setNotes(state().notes, state().dialogue);
    return true;
}

bool OpenVisit::open(const QString &visitId)
{
    if (!flush() || !finishNote())
        return false;
    if (!m_workspace->isOpen())
        return false;
    m_visitId = QUuid::fromString(visitId);
    closeEditor();
    setSaveState(NothingToSave);
    const bool ok = reload();
    emit visitChanged();
    if (!ok)
        return false;

    // A draft left by a crash or a flat battery: older ones become notes at once (their text was
    // typed and must not be lost), the newest goes back into the editor where it was.
    QList<NoteDraft> drafts;
    if (Status s = m_workspace->store().drafts(m_visitId, &drafts); !s.isOk()) {
        setSaveState(Failed, s);
        return false;
    }
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const NoteDraft &d = drafts.at(i);
        const Note *existing = state().note(d.noteId);
        // A draft from before drafts kept their tags amends with the note's own tags, not none.
        const NoteTags tags = d.tagsKept || !existing ? NoteTags::fromJson(d.tags) : existing->tags;
        startEditor(d.noteId, d.text, existing != nullptr, tags);
        m_editor.dirty = false;
        if (i + 1 < drafts.size() && !finishNote())
            return false;
    }
    if (m_editor.active)
        setSaveState(Saved);
    return true;
}

void OpenVisit::startEditor(const QUuid &noteId, const QString &text, bool amends, const NoteTags &tags)
{
    m_editor = {true, amends, false, noteId, text, tags};
    emit editorChanged();
}

void OpenVisit::closeEditor()
{
    m_pause.stop();
    m_maxWait.stop();
    m_editor = {};
    emit editorChanged();
}

bool OpenVisit::newNote()
{
    if (m_visitId.isNull() || state().closed || !finishNote())
        return false;
    // Untagged: tags carried over silently from the last note were filed as evidence nobody chose.
    // The last note's set is offered, labelled as such, among the suggestions (NoteTagging).
    startEditor(QUuid::createUuid(), {}, false);
    setSaveState(NothingToSave);
    return true;
}

bool OpenVisit::amendNote(const QString &noteId)
{
    const QUuid id = QUuid::fromString(noteId);
    if (m_editor.active && m_editor.noteId == id)
        return true;
    if (!finishNote())
        return false;
    const Note *note = state().note(id);
    if (!note || state().closed)
        return false;
    startEditor(id, note->current().text, true, note->tags);
    setSaveState(NothingToSave);
    return true;
}

void OpenVisit::setEditorTag(const QString &key, const QString &value)
{
    if (!m_editor.active)
        return;
    if (key == QLatin1String("indicatorId"))
        m_editor.tags.indicatorId = value;
    else if (key == QLatin1String("sourceRole"))
        m_editor.tags.sourceRole = value;
    else if (key == QLatin1String("method"))
        m_editor.tags.method = value;
    else
        return;
    editorEdited();
}

// A tag chosen is part of the draft as much as a word typed: saved on the next pause.
void OpenVisit::editorEdited()
{
    m_editor.dirty = true;
    emit editorChanged();
    if (m_saveState != Failed)
        setSaveState(Unsaved);
    m_pause.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
}

void OpenVisit::reloadIfOpen(const QUuid &visitId)
{
    if (visitId != m_visitId || m_visitId.isNull())
        return;
    if (reload())
        emit visitRecorded();
}

bool OpenVisit::record(const char *type, QJsonObject payload, const QStringList &settledFields)
{
    if (m_visitId.isNull() || state().closed)
        return false;
    const Status s = m_workspace->log().record(m_visitId, type, std::move(payload), settledFields);
    if (!s.isOk()) {
        setSaveState(Failed, s);
        return false;
    }
    return true;
}

bool OpenVisit::settleFields(const QStringList &fieldKeys)
{
    for (const QString &key : fieldKeys) {
        if (Status s = m_workspace->store().discardFieldDraft(m_visitId, key); !s.isOk()) {
            setSaveState(Failed, s);
            return false;
        }
    }
    emit fieldsSettled(fieldKeys);
    return true;
}

void OpenVisit::reportDraftProblem(const Status &status)
{
    setSaveState(Failed, status);
    m_retry.start();
}

void OpenVisit::setEditorText(const QString &typed)
{
    // The editor stops at the limit; text pasted past it is cut here too, since the server
    // refuses a longer note and the tablet would hold it unsent.
    const QString text = typed.left(MaxNoteLength);
    if (!m_editor.active || text == m_editor.text)
        return;
    m_editor.text = text;
    editorEdited();
}

bool OpenVisit::saveDraft()
{
    m_pause.stop();
    m_maxWait.stop();
    if (!m_editor.active || !m_editor.dirty)
        return true;
    const Status s =
        m_workspace->store().saveDraft({m_visitId, m_editor.noteId, m_editor.text,
                                        QDateTime::currentMSecsSinceEpoch(), m_editor.tags.toJson()});
    if (!s.isOk()) {
        setSaveState(Failed, s);
        m_retry.start();
        return false;
    }
    m_editor.dirty = false;
    setSaveState(Saved);
    return true;
}

bool OpenVisit::flush()
{
    emit aboutToFlush();
    return saveDraft();
}

bool OpenVisit::finishNote()
{
    if (!m_editor.active)
        return true;
    m_pause.stop();
    m_maxWait.stop();
    const NoteDraft draft{m_visitId, m_editor.noteId, m_editor.text, 0};
    const Note *existing = state().note(m_editor.noteId);
    const bool unchanged = existing
                               ? existing->current().text == m_editor.text && existing->tags == m_editor.tags
                               : m_editor.text.trimmed().isEmpty();
    Status s;
    if (unchanged)
        s = m_workspace->store().discardDraft(m_visitId, m_editor.noteId);
    else if (existing)
        s = m_workspace->log().amendNote(m_visitId, m_editor.noteId, existing->current(), m_editor.text,
                                         &draft, existing->tags == m_editor.tags ? nullptr : &m_editor.tags);
    else
        s = m_workspace->log().writeNote(m_visitId, m_editor.noteId, m_editor.text, &draft, stampedTags());
    if (!s.isOk()) {
        // The text stays in the editor and in its draft; the retry timer tries again.
        setSaveState(Failed, s);
        m_retry.start();
        return false;
    }
    closeEditor();
    setSaveState(unchanged ? NothingToSave : Saved);
    return true;
}

QString OpenVisit::authorId() const
{
    const VisitRecorder *recorder = m_workspace->recorder();
    return recorder ? recorder->identity().authorId : QString();
}

NoteTags OpenVisit::stampedTags() const
{
    // A new note belongs to the conversation in progress and carries the position spoken from.
    NoteTags tags = m_editor.tags;
    for (auto it = state().dialogue.conversations.crbegin(); it != state().dialogue.conversations.crend();
         ++it) {
        if (!it->ended) {
            tags.conversationId = it->id;
            break;
        }
    }
    tags.position = state().dialogue.positionOf(authorId()).position;
    return tags;
}

void OpenVisit::take(const Event &event, const QStringList &settledFields)
{
    if (m_visitId.isNull() || event.visitId != m_visitId)
        return; // another visit's (the list's start of a new one); the list shows it
    if (!settledFields.isEmpty())
        emit fieldsSettled(settledFields); // before the fold: fields then take the recorded text
    // An event written here is the newest in the log (the clock only moves forward), so it folds
    // onto the state as it is; VisitFold refolds should it not.
    m_fold.append(event);
    m_notes.setNotes(state().notes, state().dialogue);
    emit visitRecorded();
}

void OpenVisit::retry()
{
    if (m_saveState != Failed)
        return;
    if (m_editor.dirty) {
        saveDraft();
        return;
    }
    setSaveState(Saved);
}

bool OpenVisit::closeVisit()
{
    if (m_visitId.isNull() || state().closed || !finishNote())
        return false;
    const Status s = m_workspace->log().closeVisit(m_visitId);
    if (!s.isOk()) {
        setSaveState(Failed, s);
        return false;
    }
    emit visitChanged();
    emit visitClosedHere(m_visitId);
    return true;
}

} // namespace feltdialog
