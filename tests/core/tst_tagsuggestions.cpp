#include "TagSuggestions.h"

#include <QTest>

using namespace feltdialog;

namespace {

NoteTags tags(const QString &indicator, const QString &source, const QString &method,
              const QString &conversation = {})
{
    NoteTags t;
    t.indicatorId = indicator;
    t.sourceRole = source;
    t.method = method;
    t.conversationId = conversation;
    t.position = QStringLiteral("control");
    return t;
}

void addNote(VisitState &visit, const NoteTags &t)
{
    Note n;
    n.id = QUuid::createUuid();
    n.tags = t;
    n.versions.append(NoteVersion{});
    visit.notes.append(n);
}

Conversation talkWith(const QString &id, const QStringList &roles)
{
    Conversation c;
    c.id = id;
    for (const QString &role : roles) {
        Participant p;
        p.id = role + QStringLiteral("-1");
        p.role = role;
        c.participants.append(p);
    }
    return c;
}

NoteTags chosen(const QString &indicator, const QString &source, const QString &method)
{
    NoteTags t;
    t.indicatorId = indicator;
    t.sourceRole = source;
    t.method = method;
    return t;
}

} // namespace

// What the consultant is offered for the next note: one tap on a whole tag set.
class TestTagSuggestions : public QObject
{
    Q_OBJECT
private slots:
    void aFreshVisitOffersTheFocusIndicatorsWithWhoIsPresentInterviewed()
    {
        VisitState visit;
        visit.dialogue.conversations.append(
            talkWith(QStringLiteral("c1"), {QStringLiteral("consultant"), QStringLiteral("leader")}));
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b"), QStringLiteral("9.a")});
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).tags,
                 chosen(QStringLiteral("8.b"), QStringLiteral("leader"), QStringLiteral("interview")));
        QCOMPARE(s.at(0).basis, TagSuggestion::Basis::Focus);
        QCOMPARE(s.at(1).tags.indicatorId, QStringLiteral("9.a"));
    }

    void theLastNotesTagsComeFirstAndSayWhereTheyCameFrom()
    {
        VisitState visit;
        visit.dialogue.conversations.append(
            talkWith(QStringLiteral("c1"), {QStringLiteral("leader"), QStringLiteral("staff")}));
        addNote(visit, tags(QStringLiteral("9.a"), QStringLiteral("leader"), QStringLiteral("interview"),
                            QStringLiteral("c1")));
        addNote(visit, tags(QStringLiteral("8.b"), QStringLiteral("staff"), QStringLiteral("document"),
                            QStringLiteral("c1")));
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b"), QStringLiteral("9.a")}, 10);
        QVERIFY(s.size() >= 2);
        QCOMPARE(s.at(0).basis, TagSuggestion::Basis::LastNote);
        // Only the chosen tags: the conversation and position are stamped when the note is filed.
        QCOMPARE(s.at(0).tags,
                 chosen(QStringLiteral("8.b"), QStringLiteral("staff"), QStringLiteral("document")));
        QCOMPARE(s.at(1).basis, TagSuggestion::Basis::Recent);
        QCOMPARE(s.at(1).tags,
                 chosen(QStringLiteral("9.a"), QStringLiteral("leader"), QStringLiteral("interview")));
    }

    void eachCombinationIsOfferedOnce()
    {
        VisitState visit;
        for (int i = 0; i < 3; ++i)
            addNote(visit,
                    tags(QStringLiteral("8.b"), QStringLiteral("leader"), QStringLiteral("observation")));
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b")}, 10);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).basis, TagSuggestion::Basis::LastNote);
    }

    void theLeastNotedFocusIndicatorIsOfferedBeforeTheOthers()
    {
        VisitState visit;
        visit.dialogue.conversations.append(talkWith(QStringLiteral("c1"), {QStringLiteral("leader")}));
        addNote(visit, tags(QStringLiteral("8.b"), QStringLiteral("leader"), QStringLiteral("interview"),
                            QStringLiteral("c1")));
        const QList<TagSuggestion> s =
            suggestTags(visit, {QStringLiteral("8.b"), QStringLiteral("9.a"), QStringLiteral("10.c")}, 10);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(1).tags.indicatorId, QStringLiteral("9.a"));
        QCOMPARE(s.at(2).tags.indicatorId, QStringLiteral("10.c"));
    }

    void theSourceIsWhoIsStillInTheConversationNeverTheConsultant()
    {
        VisitState visit;
        Conversation talk =
            talkWith(QStringLiteral("c2"),
                     {QStringLiteral("consultant"), QStringLiteral("resident"), QStringLiteral("staff")});
        talk.participants[1].removed = true; // added by mistake
        visit.dialogue.conversations.append(talk);
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b")});
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).tags.sourceRole, QStringLiteral("staff"));
    }

    void theMethodFollowsTheLastNoteOfTheConversationInProgress()
    {
        VisitState visit;
        Conversation done = talkWith(QStringLiteral("c1"), {QStringLiteral("leader")});
        done.ended = true;
        visit.dialogue.conversations.append(done);
        visit.dialogue.conversations.append(talkWith(QStringLiteral("c2"), {QStringLiteral("staff")}));
        addNote(visit, tags(QStringLiteral("8.b"), QStringLiteral("leader"), QStringLiteral("observation"),
                            QStringLiteral("c1")));
        addNote(visit, tags(QStringLiteral("8.b"), QStringLiteral("staff"), QStringLiteral("document"),
                            QStringLiteral("c2")));
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b"), QStringLiteral("9.a")}, 10);
        QCOMPARE(s.constLast().tags,
                 chosen(QStringLiteral("9.a"), QStringLiteral("staff"), QStringLiteral("document")));
    }

    void withNoConversationInProgressItIsObservation()
    {
        VisitState visit;
        const QList<TagSuggestion> s = suggestTags(visit, {QStringLiteral("8.b")});
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).tags, chosen(QStringLiteral("8.b"), QString(), QStringLiteral("observation")));
    }

    void untaggedNotesAreNoSuggestionAndTheListStopsAtMax()
    {
        VisitState visit;
        addNote(visit, tags({}, {}, {}));
        QCOMPARE(suggestTags(visit, {}).size(), 0);
        const QList<TagSuggestion> s =
            suggestTags(visit, {QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("1.c")}, 2);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).basis, TagSuggestion::Basis::Focus);
    }
};

QTEST_APPLESS_MAIN(TestTagSuggestions)
#include "tst_tagsuggestions.moc"
