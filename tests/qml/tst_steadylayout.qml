import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// Layout holds still under the finger (issue 13 §5): what a tap records, and the save indicator,
// never move the controls the next tap is aimed at; a scroll bar never lies over a button.
// Compared by the controls' positions on the page before and after.
TestCase {
    id: testCase

    name: "SteadyLayout"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        VisitPage {}
    }

    function openPage(width, height, phase) {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(Dialogue.startConversation("Leder"));
        if (phase !== "contract")
            verify(Dialogue.enterPhase(phase));
        const page = createTemporaryObject(pageComponent, testCase, {
            "width": width,
            "height": height
        });
        waitForRendering(page);
        return page;
    }

    function control(page, name) {
        let item = null;
        tryVerify(() => (item = findChild(page, name)) !== null && item.visible, 5000, name);
        return item;
    }

    // Where each named control is on the page, as one comparable string.
    function positions(page, names) {
        return names.map(name => {
            const item = control(page, name);
            const p = item.mapToItem(page, 0, 0);
            return name + "@" + Math.round(p.x) + "," + Math.round(p.y) + "+" + Math.round(item.width);
        }).join(" ");
    }

    function cleanup() {
        CurrentVisit.finishNote();
    }

    function test_confirmingAPointDoesNotMoveTheNextCardsButtons() {
        const page = openPage(1280, 800, "wrapup");
        for (const text of ["Supervision hver sjette uge", "Vikarer er ikke med", "Ingen skriftlig plan"])
            verify(Dialogue.stateSummaryPoint(text) !== "");
        waitForRendering(page);
        const next = ["confirm_1", "differently_1", "theirWords_1", "confirm_2"];
        const before = positions(page, next);
        mouseClick(control(page, "confirm_0"));
        compare(Dialogue.conversation.summary[0].response, "confirmed");
        waitForRendering(page);
        compare(positions(page, next), before);
        const last = positions(page, ["confirm_2", "differently_2"]);
        // Understood differently, in words long enough to wrap: still nothing moves.
        const theirWords = control(page, "theirWords_1");
        theirWords.text = "Vi forstår det sådan, at vikarerne er med, når de har været her i mere end tre måneder";
        mouseClick(control(page, "differently_1"));
        compare(Dialogue.conversation.summary[1].response, "understood_differently");
        waitForRendering(page);
        compare(positions(page, ["confirm_2", "differently_2"]), last);
    }

    function test_theSaveIndicatorDoesNotShiftTheHeaderButtons_data() {
        return [
            { tag: "tablet", width: 1280, height: 800 },
            { tag: "phone", width: 390, height: 844 }
        ];
    }

    function test_theSaveIndicatorDoesNotShiftTheHeaderButtons(data) {
        const page = openPage(data.width, data.height, "conversation");
        const header = ["positionToggle", "timeoutButton", "visitMenuButton"];
        const before = positions(page, header);
        verify(CurrentVisit.newNote());
        const editor = control(page, "noteText");
        editor.forceActiveFocus();
        keyClick(Qt.Key_O);
        compare(CurrentVisit.saveState, CurrentVisit.Unsaved); // "Saving…"
        waitForRendering(page);
        compare(positions(page, header), before);
        tryCompare(CurrentVisit, "saveState", CurrentVisit.Saved, 5000);
        waitForRendering(page);
        compare(positions(page, header), before);
    }

    // Enough people in the check-in to scroll: every button in the panel lies left of the bar.
    function test_theScrollBarNeverCoversAButton() {
        const page = openPage(1280, 800, "checkin");
        for (let i = 0; i < 8; ++i)
            verify(Dialogue.addParticipant("staff", "Medarbejder " + (i + 1)) !== "");
        waitForRendering(page);
        const scroll = control(page, "checkInScroll");
        const bar = scroll.ScrollBar.vertical;
        verify(bar.size < 1, "the panel scrolls");
        const barLeft = bar.mapToItem(page, 0, 0).x;
        const buttons = ["addParticipant"];
        for (let i = 0; i < 8; ++i)
            buttons.push("speakingTimer_" + i, "participantMenu_" + i);
        for (const name of buttons) {
            const item = control(page, name);
            const right = item.mapToItem(page, item.width, 0).x;
            verify(right <= barLeft, name + " ends at " + right + ", the scroll bar starts at " + barLeft);
        }
    }
}
