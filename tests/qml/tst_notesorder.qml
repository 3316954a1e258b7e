import QtQuick
import QtTest
import Feltdialog
import Feltdialog.App

// A screen reader reads a list's cards in the order of the list's children (Qt 6.4 lists an
// item's accessible children in child order, QAccessibleQuickItem::childItems), not by where
// they are. The list makes its cards as they scroll into view and drops those far out of it:
// scrolled to the newest note and back, the first cards are made again, last. They must still
// be in the tree in the order they are on screen.
TestCase {
    id: testCase

    name: "NotesReadingOrder"
    width: 600
    height: 400
    when: windowShown
    visible: true

    Component {
        id: listComponent

        NotesList {
            width: testCase.width
            height: testCase.height
        }
    }

    function readingOrder(view: Item): var {
        const cards = Array.from(view.contentItem.children).filter(c => c.noteText !== undefined && c.visible);
        return {
            "tree": cards.map(c => c.noteText),
            "screen": cards.slice().sort((a, b) => a.y - b.y).map(c => c.noteText)
        };
    }

    function test_notesAreInTheTreeInTheirOrderOnScreen() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(visitId.length > 0);
        verify(CurrentVisit.open(visitId));
        for (let n = 1; n <= 30; ++n) {
            verify(CurrentVisit.newNote());
            CurrentVisit.setEditorText("Note " + n);
            verify(CurrentVisit.finishNote());
        }
        const list = createTemporaryObject(listComponent, testCase);
        let view = null;
        tryVerify(() => (view = findChild(list, "notesView")) !== null && view.height > 0);
        // At the newest note, where the list goes after every note: the cards above it are made
        // from the bottom up (on main the tree read Note 1, 30, 29, 28, ...).
        view.positionViewAtEnd();
        waitForRendering(list);
        let order = readingOrder(view);
        verify(order.tree.length > 2, "cards made at the end: " + order.tree.length);
        compare(order.tree, order.screen, "at the end");
        // And back at the first note.
        view.positionViewAtBeginning();
        waitForRendering(list);
        order = readingOrder(view);
        compare(order.screen[0], "Note 1");
        compare(order.tree, order.screen, "at the top");
    }
}
