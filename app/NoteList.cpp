#include "NoteList.h"

#include <QDateTime>

namespace feltdialog {

namespace {

QHash<QUuid, QStringList> askedAbout(const DialogueState &dialogue)
{
    QHash<QUuid, QStringList> asked;
    for (const Conversation &c : dialogue.conversations) {
        for (const FollowUp &f : c.followUps)
            asked[QUuid::fromString(f.noteId)].append(f.question);
    }
    return asked;
}

} // namespace

void NoteList::setNotes(const QList<Note> &notes, const DialogueState &dialogue)
{
    QHash<QUuid, QStringList> asked = askedAbout(dialogue);
    const bool sameShape = notes.size() == m_notes.size();
    if (sameShape) {
        // The common case after an amendment or a follow-up: same rows, one changed. Avoid a
        // reset so the list keeps its scroll position.
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const QUuid id = notes.at(i).id;
            if (!(notes.at(i) == m_notes.at(i)) || asked.value(id) != m_asked.value(id)) {
                m_notes[i] = notes.at(i);
                m_asked[id] = asked.value(id);
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        m_asked = std::move(asked);
        return;
    }
    m_asked = std::move(asked);
    if (notes.size() > m_notes.size() && std::equal(m_notes.cbegin(), m_notes.cend(), notes.cbegin())) {
        beginInsertRows({}, int(m_notes.size()), int(notes.size() - 1));
        m_notes = notes;
        endInsertRows();
    } else {
        beginResetModel();
        m_notes = notes;
        endResetModel();
    }
    emit countChanged();
}

int NoteList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant NoteList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Note &n = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return idString(n.id);
    case TextRole:
    case Qt::DisplayRole:
        return n.current().text;
    case WrittenAtRole:
        return QDateTime::fromMSecsSinceEpoch(n.versions.first().wallTimeMs);
    case AmendedAtRole:
        return n.isAmended() ? QDateTime::fromMSecsSinceEpoch(n.current().wallTimeMs) : QDateTime();
    case AmendedRole:
        return n.isAmended();
    case VersionCountRole:
        return int(n.versions.size());
    case EarlierTextsRole: {
        QStringList texts;
        for (const NoteVersion &v : n.versions) {
            if (v.eventId != n.current().eventId)
                texts << v.text;
        }
        return texts;
    }
    case ConflictRole:
        return n.hasConflict();
    case AuthorRole: {
        const QString author = n.versions.first().authorId;
        return m_nameOf ? m_nameOf(author) : author;
    }
    case TagWordsRole:
        return m_tagWords ? m_tagWords(n.tags) : QString();
    case AskedRole:
        return m_asked.value(n.id);
    }
    return {};
}

QHash<int, QByteArray> NoteList::roleNames() const
{
    return {{NoteIdRole, "noteId"},
            {TextRole, "noteText"},
            {WrittenAtRole, "writtenAt"},
            {AmendedAtRole, "amendedAt"},
            {AmendedRole, "amended"},
            {VersionCountRole, "versionCount"},
            {EarlierTextsRole, "earlierTexts"},
            {ConflictRole, "conflict"},
            {AuthorRole, "author"},
            {TagWordsRole, "tagWords"},
            {AskedRole, "asked"}};
}

void NoteList::namesChanged()
{
    if (!m_notes.isEmpty())
        emit dataChanged(index(0), index(int(m_notes.size()) - 1), {AuthorRole});
}

void NoteList::tagWordsChanged()
{
    if (!m_notes.isEmpty())
        emit dataChanged(index(0), index(int(m_notes.size()) - 1), {TagWordsRole});
}

} // namespace feltdialog
