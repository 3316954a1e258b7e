#include "DraftField.h"

#include "FieldDrafts.h"

#include <QMetaProperty>
#include <QQuickItem>

namespace feltdialog {

DraftField::DraftField(QObject *field) : QObject(field), m_field(field)
{
    m_pause.setSingleShot(true);
    m_maxWait.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &DraftField::save);
    connect(&m_maxWait, &QTimer::timeout, this, &DraftField::save);
    // TextField, TextArea, TextInput and TextEdit share these names but no base class with them.
    const QMetaObject *fieldMeta = field->metaObject();
    const auto follow = [&](const char *property, const char *slot) {
        const QMetaProperty p = fieldMeta->property(fieldMeta->indexOfProperty(property));
        if (p.isValid() && p.hasNotifySignal())
            connect(field, p.notifySignal(), this, metaObject()->method(metaObject()->indexOfSlot(slot)));
    };
    follow("text", "textEdited()");
    follow("cursorPosition", "cursorMoved()");
    follow("activeFocus", "focusChanged()");
    m_text = fieldText();
    if (FieldDrafts *drafts = FieldDrafts::instance())
        drafts->enrol(this);
}

DraftField::~DraftField()
{
    save(); // a row rebuilt or a page closed while typing: what was typed is kept
    if (FieldDrafts *drafts = FieldDrafts::instance())
        drafts->leave(this);
}

QString DraftField::fieldText() const
{
    return m_field->property("text").toString();
}

void DraftField::setKey(const QString &key)
{
    if (key == m_key)
        return;
    save(); // under the key it was typed for
    m_key = key;
    emit keyChanged();
    restore();
}

void DraftField::setFocusKey(const QString &key)
{
    if (key == m_focusKey)
        return;
    m_focusKey = key;
    emit keyChanged();
    takeFocusIfDue();
}

void DraftField::setRecorded(const QString &recorded)
{
    if (recorded == m_recorded)
        return;
    m_recorded = recorded;
    emit recordedChanged();
    FieldDrafts *drafts = FieldDrafts::instance();
    const bool ownText = m_dirty || (drafts && !m_key.isEmpty() && drafts->draft(m_key));
    if (!ownText)
        show(recorded, -1);
    updateDrafted();
}

void DraftField::restore()
{
    if (m_key.isEmpty())
        return;
    FieldDrafts *drafts = FieldDrafts::instance();
    if (!drafts)
        return;
    drafts->flushOthers(m_key, this); // the row this one replaces may hold newer text than the store
    if (const FieldDraft *d = drafts->draft(m_key))
        show(d->text, d->cursor);
    else
        show(m_recorded, -1);
    updateDrafted();
    takeFocusIfDue();
}

void DraftField::takeFocusIfDue()
{
    FieldDrafts *drafts = FieldDrafts::instance();
    int cursor = -1;
    if (!drafts || focusName().isEmpty() || !drafts->claimFocus(focusName(), &cursor))
        return;
    // Later, not now: the field is still being made and may not be in the window yet.
    QMetaObject::invokeMethod(
        this,
        [this, cursor] {
            if (auto *item = qobject_cast<QQuickItem *>(m_field))
                item->forceActiveFocus(Qt::OtherFocusReason);
            if (cursor >= 0)
                m_field->setProperty("cursorPosition", std::min(cursor, int(fieldText().size())));
        },
        Qt::QueuedConnection);
}

void DraftField::show(const QString &text, int cursor)
{
    if (fieldText() != text) {
        m_showing = true;
        m_field->setProperty("text", text);
        m_showing = false;
    }
    m_text = text;
    if (cursor >= 0)
        m_field->setProperty("cursorPosition", std::min(cursor, int(text.size())));
}

void DraftField::textEdited()
{
    if (m_showing)
        return;
    m_text = fieldText();
    if (m_key.isEmpty())
        return;
    m_dirty = true;
    m_pause.start(OpenVisit::DraftPauseMs);
    if (!m_maxWait.isActive())
        m_maxWait.start(OpenVisit::DraftMaxWaitMs);
    updateDrafted();
}

void DraftField::cursorMoved()
{
    m_cursor = m_field->property("cursorPosition").toInt();
}

void DraftField::focusChanged()
{
    m_hasFocus = m_field->property("activeFocus").toBool();
    if (FieldDrafts *drafts = FieldDrafts::instance(); drafts && !focusName().isEmpty())
        drafts->focusMoved(focusName(), m_hasFocus);
}

bool DraftField::save()
{
    m_pause.stop();
    m_maxWait.stop();
    if (!m_dirty || m_key.isEmpty())
        return true;
    FieldDrafts *drafts = FieldDrafts::instance();
    if (!drafts)
        return false;
    // Typed back to what the record says: nothing left to keep.
    const bool ok = m_text == m_recorded ? drafts->discard(m_key) : drafts->save(m_key, m_text, m_cursor);
    if (ok)
        m_dirty = false;
    else
        m_pause.start(OpenVisit::RetryMs);
    updateDrafted();
    return ok;
}

void DraftField::settle()
{
    m_pause.stop();
    m_maxWait.stop();
    m_dirty = false;
    updateDrafted();
}

void DraftField::updateDrafted()
{
    FieldDrafts *drafts = FieldDrafts::instance();
    const bool drafted =
        !m_key.isEmpty() && m_text != m_recorded && (m_dirty || (drafts && drafts->draft(m_key) != nullptr));
    if (drafted == m_drafted)
        return;
    m_drafted = drafted;
    emit draftedChanged();
}

} // namespace feltdialog
