#pragma once

#include "VisitState.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace feltdialog {

// The notes of the open visit as the fold sees them, newest last, with their amendment history.
class NoteList : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NoteList belongs to CurrentVisit")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        TextRole,
        WrittenAtRole,
        AmendedAtRole,
        AmendedRole,
        VersionCountRole,
        EarlierTextsRole,
        ConflictRole,
        AuthorRole,   // who wrote the note, by name (a colleague's notes come in with sync)
        TagWordsRole, // its indicator, source and method in words (NoteTagging)
        AskedRole,    // the follow-up questions asked about a word of it, in the order asked
    };

    using QAbstractListModel::QAbstractListModel;

    // The visit's notes, and what the dialogue asked about them: only rows whose note or questions
    // changed are updated, so a card keeps its delegate (and its scroll position) across events.
    void setNotes(const QList<Note> &notes, const DialogueState &dialogue = {});
    // How an author id reads as a name (Workspace::personName); the names can change with sync.
    void setNameOf(std::function<QString(const QString &)> nameOf) { m_nameOf = std::move(nameOf); }
    void namesChanged();
    // How a note's tags read (NoteTagging::describe); the words follow the visit's template.
    void setTagWords(std::function<QString(const NoteTags &)> tagWords) { m_tagWords = std::move(tagWords); }
    void tagWordsChanged();
    int count() const { return int(m_notes.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Note> m_notes;
    QHash<QUuid, QStringList> m_asked; // note id -> follow-up questions asked about it
    std::function<QString(const QString &)> m_nameOf;
    std::function<QString(const NoteTags &)> m_tagWords;
};

} // namespace feltdialog
