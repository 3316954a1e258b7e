#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Drafting for one free-text field, attached in QML to a TextField, TextArea or TextInput:
//
//     TextField { DraftField.key: "checkin/" + entry.id + "/hopes"; DraftField.recorded: entry.hopes }
//
// The field then shows what the record holds (`recorded`) until the consultant types; what they
// type is saved as a sealed field draft after each short pause and at least every
// OpenVisit::DraftMaxWaitMs while typing goes on, and stays in the field across events elsewhere,
// a rebuilt list row, a lock or a crash, with the cursor where it was. The intent that records
// the field settles its draft (GuidedDialogue passes the same key) and the field follows the
// record again. Do not bind the field's own `text`: DraftField sets it. A field whose text is kept
// elsewhere (the note editor: OpenVisit) sets focusKey instead of key, and takes part only in
// getting the focus back after a lock.
class DraftField : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DraftField is attached to a text field: DraftField.key")
    QML_ATTACHED(feltdialog::DraftField)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QString recorded READ recorded WRITE setRecorded NOTIFY recordedChanged)
    Q_PROPERTY(QString focusKey READ focusKey WRITE setFocusKey NOTIFY keyChanged)
    // The field holds typed text the record does not (yet): the visit is not done with it.
    Q_PROPERTY(bool drafted READ isDrafted NOTIFY draftedChanged)
public:
    explicit DraftField(QObject *field);
    ~DraftField() override;
    static DraftField *qmlAttachedProperties(QObject *object) { return new DraftField(object); }

    QString key() const { return m_key; }
    void setKey(const QString &key);
    QString recorded() const { return m_recorded; }
    void setRecorded(const QString &recorded);
    QString focusKey() const { return m_focusKey; }
    void setFocusKey(const QString &key);
    // The name this field goes by for the focus memory.
    QString focusName() const { return m_key.isEmpty() ? m_focusKey : m_key; }
    bool isDrafted() const { return m_drafted; }

    // Saves pending text now (FieldDrafts calls it when OpenVisit flushes).
    bool save();
    bool hasFocus() const { return m_hasFocus; }
    int cursor() const { return m_cursor; }
    // The event recording this field was written: nothing pending, follow the record again.
    void settle();

signals:
    void keyChanged();
    void recordedChanged();
    void draftedChanged();

private slots:
    void textEdited();
    void cursorMoved();
    void focusChanged();

private:
    void restore();
    void takeFocusIfDue();
    void show(const QString &text, int cursor);
    void updateDrafted();
    QString fieldText() const;

    QObject *m_field;
    QString m_key;
    QString m_recorded;
    QString m_focusKey;
    bool m_drafted = false;
    bool m_dirty = false;   // typed, not yet in a durable draft
    bool m_showing = false; // the text is being set from here, not typed
    bool m_hasFocus = false;
    QString m_text; // kept as typed: read back when the field is already being destroyed
    int m_cursor = 0;
    QTimer m_pause;
    QTimer m_maxWait;
};

} // namespace feltdialog
