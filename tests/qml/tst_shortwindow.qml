import QtQuick
import QtTest
import Feltdialog
import Feltdialog.App

// A short window (landscape at twice the text size: 640x400 logical) with a timeout open: the
// phase bar and the banners left the notes a strip of 94 px. The page scrolls as one there: the
// timeout's banner comes to the top, the work under it has room for at least three touch
// targets, and a wheel turned over the notes brings the phase bar back and takes it away again.
TestCase {
    id: testCase

    name: "ShortWindow"
    width: 640
    height: 400
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }

    property Item pageArea: null

    // How much of the item shows in the page's area under its header, in pixels of height.
    function shownHeight(item: Item): real {
        const top = item.mapToItem(pageArea, 0, 0).y;
        return Math.max(0, Math.min(top + item.height, pageArea.height) - Math.max(top, 0));
    }

    function test_theWorkKeepsItsRoomWhileATimeoutRuns() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(Dialogue.startConversation("Medarbejdere"));
        verify(Dialogue.enterPhase("conversation"));
        for (let n = 1; n <= 5; ++n) {
            verify(CurrentVisit.newNote());
            CurrentVisit.setEditorText("Note " + n);
            verify(CurrentVisit.finishNote());
        }
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        verify(Dialogue.callTimeout("facility", ""));
        const banner = findChild(page, "timeoutRunning");
        tryVerify(() => banner.visible);
        const notes = findChild(page, "notesView");
        const phase = findChild(page, "phase_conversation");
        const pageScroll = findChild(page, "pageScroll");
        pageArea = pageScroll;
        verify(pageScroll.scrolls);
        // The banner at the top, in sight; the phase bar scrolled away above it.
        tryVerify(() => shownHeight(banner) === banner.height && shownHeight(phase) === 0);

        // A wheel over the notes, down: the page first, to its end (here the location banner
        // shows too: no position in the tests), and the notes get at least three touch targets.
        let at = notes.mapToItem(testCase, notes.width / 2, 10);
        for (let i = 0; i < 10 && !pageScroll.atYEnd; ++i)
            mouseWheel(testCase, at.x, at.y, 0, -120);
        verify(pageScroll.atYEnd);
        verify(shownHeight(notes) >= 3 * Theme.touchTarget, "the notes show " + shownHeight(notes) + " px");

        // And up: the notes go to their first card, then the page to its top: the phase bar is
        // back.
        for (let i = 0; i < 40 && shownHeight(phase) < phase.height; ++i) {
            at = notes.mapToItem(testCase, notes.width / 2, 10); // over the notes as they move down
            mouseWheel(testCase, at.x, Math.min(at.y, testCase.height - 10), 0, 120);
        }
        compare(shownHeight(phase), phase.height, "the phase bar is back");
        verify(notes.atYBeginning);
        verify(pageScroll.atYBeginning);
    }
}
