// Field drafts: the same sealed, autocommitted path as note drafts, keyed by a field key.
#include "EventStore.h"
#include "EventStoreSql.h"

namespace feltdialog {

using storesql::locked;

Status EventStore::saveFieldDraft(const FieldDraft &draft)
{
    if (!m_sealer)
        return locked();
    SqliteStatement &st = m_saveFieldDraft;
    st.reset();
    st.bind(1, idString(draft.visitId));
    st.bind(2, draft.fieldKey);
    st.bind(3,
            m_sealer->seal(draft.text.toUtf8(), SealContext::forFieldDraft(draft.visitId, draft.fieldKey)));
    st.bind(4, qint64(draft.cursor));
    st.bind(5, draft.updatedWallMs);
    st.bind(6, qint64(m_sealer->keyId()));
    st.step(); // autocommit: one statement, one durable transaction
    Status s = st.status();
    st.reset();
    return s;
}

Status EventStore::deleteFieldDrafts(const QUuid &visitId, const QStringList &fieldKeys)
{
    for (const QString &key : fieldKeys) {
        m_deleteFieldDraft.reset();
        m_deleteFieldDraft.bind(1, idString(visitId));
        m_deleteFieldDraft.bind(2, key);
        m_deleteFieldDraft.step();
        Status s = m_deleteFieldDraft.status();
        m_deleteFieldDraft.reset();
        if (!s.isOk())
            return s;
    }
    return Status::ok();
}

Status EventStore::deleteAllFieldDrafts(const QUuid &visitId)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("DELETE FROM field_drafts WHERE visit_id=?", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, idString(visitId));
    stmt.step();
    return stmt.status();
}

Status EventStore::discardFieldDraft(const QUuid &visitId, const QString &fieldKey)
{
    return deleteFieldDrafts(visitId, {fieldKey});
}

Status EventStore::fieldDrafts(const QUuid &visitId, QList<FieldDraft> *out)
{
    if (!m_sealer)
        return locked();
    Status s;
    SqliteStatement stmt =
        m_db.prepare("SELECT field_key, text, cursor, updated_wall, key_id FROM field_drafts "
                     "WHERE visit_id=? ORDER BY updated_wall",
                     &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, idString(visitId));
    QList<FieldDraft> read; // all or nothing, like a visit's events
    while (stmt.step()) {
        const QString key = stmt.columnText(0);
        QByteArray plain;
        if (Status opened = openSealed(stmt.columnBlob(1), stmt.columnInt64(4),
                                       SealContext::forFieldDraft(visitId, key), &plain);
            !opened.isOk())
            return {opened.code(), QStringLiteral("field draft %1: %2").arg(key, opened.detail())};
        read.append({visitId, key, QString::fromUtf8(plain), int(stmt.columnInt64(2)), stmt.columnInt64(3)});
    }
    if (stmt.status().isOk())
        out->append(std::move(read));
    return stmt.status();
}

} // namespace feltdialog
