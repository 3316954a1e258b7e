// The open visit folds one event at a time (core/VisitState.h, VisitFold); whatever order the
// events arrive in, its state must be the state the whole log folds to. Random visits from two
// tablets: notes and amendments (concurrent ones too), the guided dialogue with concurrent scores
// and undos, redactions, events a sync brings late and the same event twice. Seeded; a failure
// names its seed (FELTDIALOG_FOLD_SEED=<seed> runs just that one).
#include "Dialogue.h"
#include "Hlc.h"
#include "Redaction.h"
#include "VisitState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <random>

using namespace feltdialog;

namespace {

class RandomVisit
{
public:
    explicit RandomVisit(quint32 seed) : m_rng(seed), m_visitId(uuid()) {}

    // The log in the order the events were made, both tablets interleaved.
    QList<Event> make(int count)
    {
        add(0, EventType::VisitStarted,
            {{"facilityId", "demo-solhaven"}, {"facilityName", "Solhaven"}, {"kind", "unannounced"}});
        while (m_log.size() < count)
            addOne(pick(2));
        return m_log;
    }

private:
    struct Tablet
    {
        QString deviceId;
        qint64 skewMs;
        qint64 sequence = 0;
        HlcTimestamp last;
    };

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(int percent) { return pick(100) < percent; }
    QUuid uuid()
    {
        std::uniform_int_distribution<quint32> d;
        return QUuid(d(m_rng), quint16(d(m_rng)), quint16(d(m_rng)), uchar(d(m_rng)), uchar(d(m_rng)),
                     uchar(d(m_rng)), uchar(d(m_rng)), uchar(d(m_rng)), uchar(d(m_rng)), uchar(d(m_rng)),
                     uchar(d(m_rng)));
    }
    template <typename T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    const Event &add(int tablet, const char *type, QJsonObject payload)
    {
        Tablet &t = m_tablets[tablet];
        m_wallMs += 1 + pick(3000);
        Event e;
        e.id = uuid();
        e.visitId = m_visitId;
        e.deviceId = t.deviceId;
        e.authorId = t.deviceId == QLatin1String("device-a") ? QStringLiteral("anna") : QStringLiteral("bo");
        e.deviceSeq = ++t.sequence;
        // A hybrid clock: never behind its own last stamp, nor behind what it has seen.
        const qint64 wall = m_wallMs + t.skewMs;
        t.last =
            wall > t.last.wallMs ? HlcTimestamp{wall, 0} : HlcTimestamp{t.last.wallMs, t.last.counter + 1};
        if (chance(10)) // the tablets met (a sync): the other's clock is seen
            t.last = std::max(t.last, m_tablets[1 - tablet].last);
        e.hlc = t.last;
        e.wallTimeMs = wall;
        e.type = QString::fromLatin1(type);
        e.payload = std::move(payload);
        m_log.append(std::move(e));
        return m_log.constLast();
    }

    void addOne(int tablet)
    {
        const QString conversation = QStringLiteral("c%1").arg(pick(3));
        const QString participant = QStringLiteral("p%1").arg(pick(4));
        const QString indicator = QStringLiteral("8.%1").arg(QChar(u'a' + pick(3)));
        switch (pick(16)) {
        case 0:
        case 1: {
            const QUuid noteId = uuid();
            const Event &e = add(tablet, EventType::NoteWritten,
                                 {{"noteId", idString(noteId)},
                                  {"text", QStringLiteral("Beboer %1 fortæller").arg(pick(100))},
                                  {"tags", QJsonObject{{"indicatorId", indicator}}}});
            m_notes.append({noteId, {e.id}});
            break;
        }
        case 2: {
            // An amendment names the version it replaces: the newest one this tablet knows of, or
            // an older one when two tablets amend at once. Now and then of a note not yet known.
            const QUuid noteId = m_notes.isEmpty() || chance(5) ? uuid() : any(m_notes).first;
            QUuid replaces;
            for (const auto &n : std::as_const(m_notes)) {
                if (n.first == noteId)
                    replaces = any(n.second);
            }
            QJsonObject payload{{"noteId", idString(noteId)},
                                {"replaces", idString(replaces)},
                                {"text", QStringLiteral("Rettet %1").arg(pick(100))}};
            if (chance(30))
                payload.insert("tags", QJsonObject{{"indicatorId", indicator}, {"method", "interview"}});
            const Event &e = add(tablet, EventType::NoteAmended, payload);
            for (auto &n : m_notes) {
                if (n.first == noteId)
                    n.second.append(e.id);
            }
            break;
        }
        case 3: {
            // Two tablets scoring at once: each replaces only the scores it has seen.
            QJsonArray replaces;
            for (const QUuid &id : m_scores.value(indicator)) {
                if (chance(50))
                    replaces.append(idString(id));
            }
            QJsonObject payload{{"indicatorId", indicator}, {"score", 1 + pick(5)}, {"rationale", "Set"}};
            if (!chance(10)) // an old tablet's score names nothing: it replaces all before it
                payload.insert("replaces", replaces);
            m_scores[indicator].append(add(tablet, EventType::IndicatorScored, payload).id);
            break;
        }
        case 4:
            add(tablet, EventType::ConversationStarted,
                {{"conversationId", conversation}, {"title", "Samtale"}, {"kind", "conversation"}});
            break;
        case 5:
            add(tablet, EventType::PhaseEntered,
                {{"conversationId", conversation}, {"phase", any(phaseOrder())}});
            break;
        case 6:
            m_ends.append(add(tablet, EventType::ConversationEnded,
                              {{"conversationId", conversation}, {"nextSteps", "Opfølgning"}})
                              .id);
            break;
        case 7:
            if (!m_ends.isEmpty())
                add(tablet, EventType::ConversationResumed,
                    {{"conversationId", conversation}, {"undoes", idString(any(m_ends))}});
            break;
        case 8:
            add(tablet, EventType::ParticipantJoined,
                {{"conversationId", conversation},
                 {"participantId", participant},
                 {"role", "staff"},
                 {"label", "AB"}});
            break;
        case 9:
            add(tablet, pick(2) ? EventType::ParticipantRenamed : EventType::ParticipantRemoved,
                {{"conversationId", conversation},
                 {"participantId", participant},
                 {"label", "CD"},
                 {"reason", "Fejl"}});
            break;
        case 10:
            add(tablet, pick(2) ? EventType::CheckInNoted : EventType::SpeakingTimed,
                {{"conversationId", conversation},
                 {"participantId", participant},
                 {"hopes", "Ro"},
                 {"seconds", pick(200)}});
            break;
        case 11: {
            const QString timeout = QStringLiteral("t%1").arg(pick(2));
            add(tablet, pick(2) ? EventType::TimeoutCalled : EventType::TimeoutEnded,
                {{"conversationId", conversation},
                 {"timeoutId", timeout},
                 {"calledBy", "facility"},
                 {"outcome", "continue"}});
            break;
        }
        case 12:
            add(tablet, pick(2) ? EventType::SummaryPointStated : EventType::SummaryPointAnswered,
                {{"conversationId", conversation},
                 {"pointId", QStringLiteral("s%1").arg(pick(3))},
                 {"text", "Punkt"},
                 {"response", "confirmed"}});
            break;
        case 13:
            if (pick(2)) {
                m_switches.append(add(tablet, EventType::PositionSwitched,
                                      {{"position", pick(2) ? "control" : "development"}})
                                      .id);
            } else if (!m_switches.isEmpty()) {
                add(tablet, EventType::PositionSwitchUndone, {{"undoes", idString(any(m_switches))}});
            }
            break;
        case 14:
            add(tablet, EventType::QuestionAnswered,
                {{"conversationId", conversation},
                 {"questionId", QStringLiteral("q%1").arg(pick(3))},
                 {"answer", pick(2) ? "yes" : "no"}});
            break;
        default:
            if (chance(30) && !m_notes.isEmpty()) {
                add(tablet, EventType::ContentRedacted,
                    redactionPayload({{any(any(m_notes).second), {QStringLiteral("text")}}},
                                     QStringLiteral("Navn på en beboer")));
            } else if (chance(10)) {
                add(tablet, "SomethingFromANewerApp", {{"x", 1}});
            } else if (chance(10)) {
                add(tablet, EventType::VisitClosed, {});
            } else {
                add(tablet, EventType::LocationStamped, {{"moment", "visit_start"}, {"status", "no_fix"}});
            }
        }
    }

    std::mt19937 m_rng;
    QUuid m_visitId;
    qint64 m_wallMs = 1'763'800'000'000;
    Tablet m_tablets[2] = {{QStringLiteral("device-a"), 0, 0, {}},
                           {QStringLiteral("device-b"), -4000, 0, {}}};
    QList<Event> m_log;
    QList<std::pair<QUuid, QList<QUuid>>> m_notes; // note id -> its versions' event ids
    QHash<QString, QList<QUuid>> m_scores;
    QList<QUuid> m_ends, m_switches;
};

// The order this tablet takes the events in: its own as they are made, the other tablet's
// mostly at once but now and then held back and brought in later by a sync, and some twice.
QList<Event> arrivalOrder(const QList<Event> &made, std::mt19937 &rng)
{
    const auto chance = [&rng](int percent) {
        return std::uniform_int_distribution<int>(0, 99)(rng) < percent;
    };
    QList<Event> arrived, heldBack;
    for (const Event &e : made) {
        if (e.deviceId == QLatin1String("device-b") && (chance(20) || (!heldBack.isEmpty() && chance(60))))
            heldBack.append(e);
        else
            arrived.append(e);
        if (!heldBack.isEmpty() && chance(10)) // a sync: the batch, one event perhaps twice
            arrived.append(std::exchange(heldBack, {}));
        if (chance(3))
            arrived.append(arrived.at(std::uniform_int_distribution<qsizetype>(0, arrived.size() - 1)(rng)));
    }
    arrived.append(heldBack);
    return arrived;
}

} // namespace

class IncrementalFoldTest : public QObject
{
    Q_OBJECT

private slots:
    void eachEventFoldedOnEqualsTheWholeLogFolded()
    {
        const QByteArray only = qgetenv("FELTDIALOG_FOLD_SEED");
        const quint32 first = only.isEmpty() ? 1 : only.toUInt();
        const quint32 last = only.isEmpty() ? 1000 : first;
        qsizetype folded = 0, refolded = 0, known = 0;
        for (quint32 seed = first; seed <= last; ++seed) {
            std::mt19937 rng(seed);
            const QList<Event> made = RandomVisit(seed).make(20 + int(seed % 60));
            const QList<Event> arrived = arrivalOrder(made, rng);
            VisitFold fold;
            QList<Event> taken;
            for (const Event &e : arrived) {
                switch (fold.append(e)) {
                case VisitFold::Step::Folded:
                    ++folded;
                    break;
                case VisitFold::Step::Refolded:
                    ++refolded;
                    break;
                case VisitFold::Step::Known:
                    ++known;
                    break;
                }
                taken.append(e);
                const VisitState whole = foldVisit(taken);
                if (!(fold.state() == whole)) {
                    qWarning("seed %u, after %lld of %lld events: the fold one by one gives\n%s\nthe whole "
                             "log gives\n%s",
                             seed, qlonglong(taken.size()), qlonglong(arrived.size()),
                             QJsonDocument(fold.state().toJson()).toJson().constData(),
                             QJsonDocument(whole.toJson()).toJson().constData());
                    QFAIL(qPrintable(QStringLiteral("seed %1: incremental state differs from the full fold "
                                                    "(FELTDIALOG_FOLD_SEED=%1 repeats it)")
                                         .arg(seed)));
                }
            }
            // events() is the log as written, in fold order, each event once
            QList<Event> log = made;
            std::sort(log.begin(), log.end(), foldsBefore);
            QCOMPARE(fold.events(), log);
        }
        qInfo("%lld events folded on, %lld refolds, %lld duplicates", qlonglong(folded), qlonglong(refolded),
              qlonglong(known));
        // The sequences must exercise every path, or equality proves little.
        if (only.isEmpty()) {
            QVERIFY(folded > refolded);
            QVERIFY(refolded > 1000);
            QVERIFY(known > 100);
        }
    }

    void aTabletsOwnEventsFoldOnWithoutARefold()
    {
        // The common case the open visit relies on: every tap by this tablet is newest in the log.
        QList<Event> made = RandomVisit(7).make(300);
        made.erase(std::remove_if(made.begin(), made.end(),
                                  [](const Event &e) {
                                      return e.deviceId != QLatin1String("device-a") ||
                                             e.type == QLatin1String(EventType::ContentRedacted);
                                  }),
                   made.end());
        VisitFold fold;
        for (const Event &e : std::as_const(made))
            QCOMPARE(fold.append(e), VisitFold::Step::Folded);
        QCOMPARE(fold.state(), foldVisit(made));
    }
};

QTEST_GUILESS_MAIN(IncrementalFoldTest)
#include "tst_incrementalfold.moc"
