import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// A row keeps its delegate, its focus and what is being typed in it while something else in the
// conversation is recorded (issue 15): another point answered or stated, an agreement made,
// another person added or checked in. The rows come from list models that change only the rows an
// event changed; a list rebuilt on every event would take the half-typed words' field away.
TestCase {
    id: testCase

    name: "RowsKeep"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Loader {
        id: pageLoader

        width: testCase.width
        height: testCase.height
        active: CurrentVisit.visitId !== ""
        sourceComponent: VisitPage {}
    }

    function field(name) {
        let item = null;
        tryVerify(() => {
            item = pageLoader.item ? findChild(pageLoader.item, name) : null;
            return item !== null && item.visible;
        }, 5000, name);
        return item;
    }

    function typeInto(input, text) {
        input.forceActiveFocus();
        verify(input.activeFocus);
        for (const c of text)
            keyClick(c);
        compare(input.text, text);
    }

    // After each event: the same field object (not a new delegate), still focused, still holding
    // the words, and nothing of them recorded.
    function stillTyping(name, input, text, what) {
        waitForRendering(pageLoader.item);
        verify(findChild(pageLoader.item, name) === input, what + ": the row was made again");
        compare(input.text, text, what);
        verify(input.activeFocus, what + ": the focus left the field");
    }

    function test_theirOwnWordsStayWhileTheWrapUpGoesOn() {
        verify(CurrentVisit.open(Visits.startVisit("demo-solhaven")));
        verify(Dialogue.startConversation("Leder"));
        const lone = Dialogue.addParticipant("leader", "Lone");
        verify(Dialogue.stateSummaryPoint("Supervision hver sjette uge") !== "");
        const second = Dialogue.stateSummaryPoint("Beboerne spiser sammen");
        verify(second !== "");
        verify(Dialogue.enterPhase("wrapup"));
        tryVerify(() => pageLoader.item !== null);
        waitForRendering(pageLoader.item);

        const words = field("theirWords_0");
        typeInto(words, "Kun om dagen");

        verify(Dialogue.answerSummaryPoint(second, "confirmed", ""));
        stillTyping("theirWords_0", words, "Kun om dagen", "another point confirmed");
        compare(field("response_1").text, qsTr("Confirmed by the facility"));

        verify(Dialogue.makeAgreement("Supervisionsplan", "Lone", "1. maj"));
        stillTyping("theirWords_0", words, "Kun om dagen", "an agreement made");
        compare(Dialogue.agreements.count, 1);

        verify(Dialogue.stateSummaryPoint("Aftenvagten er alene") !== "");
        stillTyping("theirWords_0", words, "Kun om dagen", "another point stated");
        verify(field("theirWords_2") !== words);

        verify(Dialogue.noteCheckOut(lone, "Et overblik", "En plan"));
        stillTyping("theirWords_0", words, "Kun om dagen", "a check-out recorded");
        compare(Dialogue.summaryPoints.count, 3);
    }

    function test_hopesStayWhileOthersCheckIn() {
        verify(CurrentVisit.open(Visits.startVisit("demo-solhaven")));
        verify(Dialogue.startConversation("Medarbejdere"));
        verify(Dialogue.addParticipant("staff", "Mette") !== "");
        const bo = Dialogue.addParticipant("staff", "Bo");
        verify(bo !== "");
        verify(Dialogue.enterPhase("checkin"));
        tryVerify(() => pageLoader.item !== null);
        waitForRendering(pageLoader.item);

        const hopes = field("hopes_0");
        typeInto(hopes, "At blive hørt");

        verify(Dialogue.noteCheckIn(bo, "Ro på", ""));
        stillTyping("hopes_0", hopes, "At blive hørt", "another person checked in");

        verify(Dialogue.addParticipant("leader", "Lone") !== "");
        stillTyping("hopes_0", hopes, "At blive hørt", "a person added");
        compare(Dialogue.participants.count, 3);
    }
}
