#pragma once

#include "Dialogue.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The rows a panel repeats for the conversation in progress, as list models that change only the
// rows an event changed: a row keeps its delegate, its focus and what is being typed in it while
// another row is added or answered. Rows are matched by id; the dialogue only appends and amends,
// so anything else (another conversation, an undo) is a reset.
class ConversationRows : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(heldCount());
    }

signals:
    void countChanged();

protected:
    virtual qsizetype heldCount() const = 0;
    template <typename Row> void follow(QList<Row> &held, const QList<Row> &next);
};

template <typename Row> void ConversationRows::follow(QList<Row> &held, const QList<Row> &next)
{
    bool extends = next.size() >= held.size();
    for (qsizetype i = 0; extends && i < held.size(); ++i)
        extends = held.at(i).id == next.at(i).id;
    if (!extends) {
        beginResetModel();
        held = next;
        endResetModel();
        emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < held.size(); ++i) {
        if (!(held.at(i) == next.at(i))) {
            held[i] = next.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (next.size() > held.size()) {
        beginInsertRows({}, int(held.size()), int(next.size() - 1));
        held.append(next.mid(held.size()));
        endInsertRows();
        emit countChanged();
    }
}

class ParticipantList : public ConversationRows
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ParticipantList belongs to Dialogue")
public:
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
        RoleIdRole, // the template's participant role (leader, staff, resident, ...)
        LabelRole,
        HopesRole,
        UncertaintiesRole,
        GainedRole,
        TakesAwayRole,
        SpeakingSecondsRole,
        RemovedRole,
        RemovedReasonRole,
        CorrectedRole,
    };
    using ConversationRows::ConversationRows;
    void setParticipants(const QList<Participant> &participants) { follow(m_rows, participants); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype heldCount() const override { return m_rows.size(); }
    QList<Participant> m_rows;
};

class SummaryPointList : public ConversationRows
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SummaryPointList belongs to Dialogue")
public:
    enum Role
    {
        PointIdRole = Qt::UserRole + 1,
        TextRole,
        ResponseRole, // DialogueTerms::Response
        TheirWordsRole,
    };
    using ConversationRows::ConversationRows;
    void setPoints(const QList<SummaryPoint> &points) { follow(m_rows, points); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype heldCount() const override { return m_rows.size(); }
    QList<SummaryPoint> m_rows;
};

class AgreementList : public ConversationRows
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AgreementList belongs to Dialogue")
public:
    enum Role
    {
        AgreementIdRole = Qt::UserRole + 1,
        WhatRole,
        WhoRole,
        ByWhenRole,
    };
    using ConversationRows::ConversationRows;
    void setAgreements(const QList<Agreement> &agreements) { follow(m_rows, agreements); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype heldCount() const override { return m_rows.size(); }
    QList<Agreement> m_rows;
};

class FindingList : public ConversationRows
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingList belongs to Dialogue")
public:
    enum Role
    {
        FindingIdRole = Qt::UserRole + 1,
        KindRole, // DialogueTerms::FindingKind
        IndicatorIdRole,
        TextRole,
    };
    using ConversationRows::ConversationRows;
    void setFindings(const QList<Finding> &findings) { follow(m_rows, findings); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype heldCount() const override { return m_rows.size(); }
    QList<Finding> m_rows;
};

} // namespace feltdialog
