#include "VisitRecorder.h"

#include "EventVocabulary.h"
#include "VisitState.h"

#include <QJsonArray>

namespace feltdialog {

VisitRecorder::VisitRecorder(EventStore &store, DeviceIdentity identity, HybridClock::WallClock wallClock)
    : m_store(store), m_identity(std::move(identity)), m_wallClock(wallClock), m_clock(wallClock)
{}

Status VisitRecorder::resume()
{
    if (Status s = m_store.lastSequence(m_identity.deviceId, &m_sequence); !s.isOk())
        return s;
    HlcTimestamp latest;
    if (Status s = m_store.latestHlc(&latest); !s.isOk())
        return s;
    m_clock.restore(latest);
    return Status::ok();
}

QString VisitRecorder::ensureDeviceId(EventStore &store)
{
    QString id;
    if (store.metaValue(QStringLiteral("device_id"), &id).isOk() && !id.isEmpty())
        return id;
    id = idString(QUuid::createUuid());
    if (!store.setMetaValue(QStringLiteral("device_id"), id).isOk())
        return {};
    return id;
}

Event VisitRecorder::makeEvent(const QUuid &visitId, const char *type, QJsonObject payload)
{
    Event e;
    e.id = QUuid::createUuid();
    e.visitId = visitId;
    e.authorId = m_identity.authorId;
    e.deviceId = m_identity.deviceId;
    e.deviceSeq = m_sequence + 1;
    e.hlc = m_clock.now();
    e.wallTimeMs = m_wallClock();
    e.type = QString::fromLatin1(type);
    e.payload = std::move(payload);
    return e;
}

Status VisitRecorder::commit(const Event &e, const NoteDraft *finishedDraft, const QStringList &settledFields)
{
    Status s = m_store.append(QList<Event>{e}, finishedDraft, settledFields);
    if (s.isOk()) {
        m_sequence = e.deviceSeq; // only a committed event uses up its number
        m_lastEvent = e;
    }
    return s;
}

Status VisitRecorder::startVisit(const VisitStart &start, QUuid *visitId)
{
    const QUuid id = start.visitId.isNull() ? QUuid::createUuid() : start.visitId;
    QJsonObject payload{{QStringLiteral("facilityId"), start.facilityId},
                        {QStringLiteral("facilityName"), start.facilityName},
                        {QStringLiteral("kind"), start.kind},
                        {QStringLiteral("templateId"), start.templateId},
                        {QStringLiteral("templateVersion"), start.templateVersion},
                        {QStringLiteral("qualityModelVersion"), start.qualityModelVersion}};
    if (!start.focusIndicators.isEmpty())
        payload.insert(QStringLiteral("focusIndicators"), QJsonArray::fromStringList(start.focusIndicators));
    Status s = commit(makeEvent(id, EventType::VisitStarted, std::move(payload)));
    if (s.isOk())
        *visitId = id;
    return s;
}

Status VisitRecorder::writeNote(const QUuid &visitId, const QUuid &noteId, const QString &text,
                                const NoteDraft *finishedDraft, const NoteTags &tags)
{
    QJsonObject payload{{QStringLiteral("noteId"), idString(noteId)}, {QStringLiteral("text"), text}};
    if (const QJsonObject t = tags.toJson(); !t.isEmpty())
        payload.insert(QStringLiteral("tags"), t);
    return commit(makeEvent(visitId, EventType::NoteWritten, std::move(payload)), finishedDraft);
}

Status VisitRecorder::amendNote(const QUuid &visitId, const QUuid &noteId, const NoteVersion &replaced,
                                const QString &text, const NoteDraft *finishedDraft, const NoteTags *retag)
{
    // An amendment must sort after the version it replaces even if that came from a tablet whose
    // clock runs ahead of ours.
    m_clock.receive(replaced.hlc);
    QJsonObject payload{{QStringLiteral("noteId"), idString(noteId)},
                        {QStringLiteral("replaces"), idString(replaced.eventId)},
                        {QStringLiteral("text"), text}};
    if (retag)
        payload.insert(QStringLiteral("tags"), retag->toJson());
    return commit(makeEvent(visitId, EventType::NoteAmended, std::move(payload)), finishedDraft);
}

Status VisitRecorder::closeVisit(const QUuid &visitId)
{
    return commit(makeEvent(visitId, EventType::VisitClosed, {}));
}

Status VisitRecorder::record(const QUuid &visitId, const char *type, QJsonObject payload,
                             const QStringList &settledFields)
{
    // What the tablet writes is what the server accepts (core/EventVocabulary.h): a payload its
    // definition refuses would never sync. A slip in this version's code, caught in a debug build.
    Q_ASSERT_X(payloadProblem(QString::fromLatin1(type), payload).isEmpty(), type,
               qPrintable(payloadProblem(QString::fromLatin1(type), payload)));
    return commit(makeEvent(visitId, type, std::move(payload)), nullptr, settledFields);
}

} // namespace feltdialog
