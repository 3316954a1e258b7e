import QtQuick
import QtTest
import Feltdialog
import Feltdialog.App

// A visit of many notes, opened mid-conversation in a short window (landscape at twice the text
// size: 640x400), where the notes and the question deck under them scroll as one, and on the
// tablet (1280x800), where the deck stays in sight under the notes: the list makes the cards in
// view, not one for each note (it once made all of them, 2.5 s for a visit of 4,000 notes,
// docs/performance.md), the deck's questions can be reached and tapped, and the newest note is
// not hidden under the deck.
TestCase {
    id: testCase

    readonly property int noteCount: 120

    name: "ManyNotes"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        VisitPage {}
    }

    property string visitId: ""

    function initTestCase() {
        visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(Dialogue.startConversation("Medarbejdere"));
        verify(Dialogue.enterPhase("conversation"));
        for (let n = 1; n <= noteCount; ++n) {
            verify(CurrentVisit.newNote());
            CurrentVisit.setEditorText("Note " + n + " om supervision og sparring i hverdagen");
            verify(CurrentVisit.finishNote());
        }
    }

    // The cards the list has made: each note's card is a child of the list's content while it
    // lives.
    function cardsMade(view: Item): int {
        return Array.from(view.contentItem.children).filter(c => c.noteText !== undefined).length;
    }

    // Whole in the list's view and in the window.
    function inView(view: Item, item: Item): bool {
        const top = item.mapToItem(view, 0, 0).y;
        const onPage = item.mapToItem(view.Window.contentItem, 0, 0).y;
        return item.visible && top >= 0 && top + item.height <= view.height && onPage >= 0 && onPage + item.height <= view.Window.height;
    }

    function test_theListMakesTheCardsInViewOnly_data() {
        return [
            {
                "tag": "640x400",
                "w": 640,
                "h": 400,
                "asOne": true
            },
            {
                "tag": "1280x800",
                "w": 1280,
                "h": 800,
                "asOne": false
            }
        ];
    }

    function test_theListMakesTheCardsInViewOnly(data) {
        verify(CurrentVisit.open(visitId));
        const page = createTemporaryObject(pageComponent, testCase, {
            "width": data.w,
            "height": data.h
        });
        waitForRendering(page);
        const view = findChild(page, "notesView");
        compare(view.count, noteCount);
        const made = cardsMade(view);
        verify(made > 0 && made <= 30, made + " cards made for " + noteCount + " notes");
        compare(view.parent.scrollsAsOne, data.asOne, "the deck scrolls with the notes");

        // The deck under the notes: scrolled to, in the window, a question tapped; the newest note
        // above it, not under it. Where the page scrolls too (the location banner shows: no
        // position here), to the page's end first.
        const pageScroll = findChild(page, "pageScroll");
        pageScroll.contentY = pageScroll.contentHeight - pageScroll.height;
        view.positionViewAtEnd();
        waitForRendering(page);
        const prompt = findChild(page, "prompt_" + Dialogue.prompts[Dialogue.prompts.length - 1].id);
        verify(prompt && prompt.visible);
        verify(inView(view, prompt), "the last question at " + prompt.mapToItem(view, 0, 0).y + " in " + view.height);
        const newest = view.itemAtIndex(noteCount - 1);
        verify(newest !== null);
        const newestBottom = newest.mapToItem(view, 0, newest.height).y;
        const deckTop = view.footerItem.mapToItem(view, 0, 0).y;
        verify(newestBottom <= deckTop + 1, "the newest note ends at " + newestBottom + ", the deck starts at " + deckTop);
        mouseClick(prompt);
        tryVerify(() => findChild(page, "promptAnswer").visible);
        verify(cardsMade(view) <= 30, "after scrolling: " + cardsMade(view));

        // And back at the first note: the deck out of the way where it scrolls with the notes, still
        // in sight where it stays.
        view.positionViewAtBeginning();
        waitForRendering(page);
        verify(view.itemAtIndex(0) !== null, "the first note's card");
        compare(inView(view, findChild(page, "savePromptAnswer")), !data.asOne, "the deck in sight at the top");
        verify(cardsMade(view) <= 30, "at the top: " + cardsMade(view));
    }
}
