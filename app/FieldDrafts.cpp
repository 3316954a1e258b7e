#include "FieldDrafts.h"

#include "DraftField.h"

#include <QDateTime>
#include <QTimer>

namespace feltdialog {

FieldDrafts::FieldDrafts(Workspace *workspace, OpenVisit *visit, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_visit(visit)
{
    s_instance = this;
    connect(m_visit, &OpenVisit::visitChanged, this, &FieldDrafts::load);
    connect(m_visit, &OpenVisit::aboutToFlush, this, &FieldDrafts::flushAll);
    connect(m_visit, &OpenVisit::fieldsSettled, this, [this](const QStringList &keys) {
        for (const QString &key : keys)
            m_drafts.remove(key);
        for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
            if (field && keys.contains(field->key()))
                field->settle();
        }
        emit settled(keys);
    });
    // OpenVisit flushes on aboutToLock first (it was connected first), so every field is saved by
    // the time the focused one is remembered.
    connect(m_workspace, &Workspace::aboutToLock, this, &FieldDrafts::rememberFocusForUnlock);
    connect(m_workspace, &Workspace::locked, this, [this] {
        m_drafts.clear();
        m_focused.clear();
    });
}

FieldDrafts::~FieldDrafts()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void FieldDrafts::load()
{
    m_drafts.clear();
    const QUuid visitId = QUuid::fromString(m_visit->visitId());
    if (visitId.isNull() || !m_workspace->isUnlocked())
        return;
    QList<FieldDraft> drafts;
    if (Status s = m_workspace->store().fieldDrafts(visitId, &drafts); !s.isOk()) {
        m_visit->reportDraftProblem(s);
        return;
    }
    for (FieldDraft &d : drafts)
        m_drafts.insert(d.fieldKey, std::move(d));
}

const FieldDraft *FieldDrafts::draft(const QString &fieldKey) const
{
    const auto it = m_drafts.constFind(fieldKey);
    return it == m_drafts.cend() ? nullptr : &*it;
}

bool FieldDrafts::save(const QString &fieldKey, const QString &text, int cursor)
{
    const QUuid visitId = QUuid::fromString(m_visit->visitId());
    if (visitId.isNull() || !m_workspace->isUnlocked())
        return false;
    FieldDraft d{visitId, fieldKey, text, cursor, QDateTime::currentMSecsSinceEpoch()};
    if (Status s = m_workspace->store().saveFieldDraft(d); !s.isOk()) {
        m_visit->reportDraftProblem(s);
        return false;
    }
    m_drafts.insert(fieldKey, std::move(d));
    return true;
}

bool FieldDrafts::discard(const QString &fieldKey)
{
    if (!m_drafts.contains(fieldKey))
        return true; // the map mirrors the store: nothing there either
    const QUuid visitId = QUuid::fromString(m_visit->visitId());
    if (visitId.isNull() || !m_workspace->isUnlocked())
        return false;
    if (Status s = m_workspace->store().discardFieldDraft(visitId, fieldKey); !s.isOk()) {
        m_visit->reportDraftProblem(s);
        return false;
    }
    m_drafts.remove(fieldKey);
    return true;
}

void FieldDrafts::enrol(DraftField *field)
{
    m_fields.append(field);
}

void FieldDrafts::leave(DraftField *field)
{
    m_fields.removeIf([field](const QPointer<DraftField> &f) { return !f || f == field; });
}

void FieldDrafts::flushOthers(const QString &fieldKey, DraftField *except)
{
    for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
        if (field && field != except && field->key() == fieldKey)
            field->save();
    }
}

void FieldDrafts::flushAll()
{
    for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
        if (field)
            field->save();
    }
}

void FieldDrafts::focusMoved(const QString &fieldKey, bool gained)
{
    if (gained) {
        m_focused = fieldKey;
        return;
    }
    if (m_focused != fieldKey)
        return;
    // Kept until the events queued now have run: a list row rebuilt synchronously loses the focus
    // here and its successor, made in the same turn, claims it (claimFocus).
    QTimer::singleShot(0, this, [this, fieldKey] {
        for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
            if (field && field->focusName() == fieldKey && field->hasFocus())
                return;
        }
        if (m_focused == fieldKey)
            m_focused.clear();
    });
}

bool FieldDrafts::claimFocus(const QString &fieldKey, int *cursor)
{
    if (!m_focusAtLock.isEmpty() && fieldKey == m_focusAtLock && m_workspace->isUnlocked()) {
        *cursor = m_cursorAtLock;
        m_focusAtLock.clear();
        return true;
    }
    if (fieldKey != m_focused)
        return false;
    for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
        if (field && field->focusName() == fieldKey && field->hasFocus())
            return false; // the one that has it is still here
    }
    *cursor = -1; // the restored draft put the cursor where it was
    return true;
}

void FieldDrafts::rememberFocusForUnlock()
{
    m_focusAtLock.clear();
    for (const QPointer<DraftField> &field : std::as_const(m_fields)) {
        if (field && field->hasFocus() && !field->focusName().isEmpty()) {
            m_focusAtLock = field->focusName();
            m_cursorAtLock = field->cursor();
            return;
        }
    }
}

} // namespace feltdialog
