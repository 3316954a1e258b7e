pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Feltdialog.App

// The visit's notes in the order they were written; tapping one amends it, holding it offers a
// follow-up question on one of its words (while a conversation is in progress). The question deck
// under the notes is the list's footer: where the list is short (landscape at twice
// the text size, a phone on its side) it scrolls with the notes, so each of its controls can be
// reached; otherwise it stays in sight under them. Either way the list makes only the cards in
// view: a visit of thousands of notes opens as fast as one of ten (docs/performance.md; the list
// made every card when it was as tall as its cards, 2.5 s for 4,000 notes).
Item {
    id: list

    // The notes and the deck scroll as one: too little room for the deck and a few notes. The
    // deck is made once with the list and kept when this changes (a question's card chosen, its
    // answer half typed).
    readonly property bool scrollsAsOne: height < (notesView.footerItem ? notesView.footerItem.implicitHeight : 0) + Theme.touchTarget * 5

    // The page around the list where the page scrolls too (VisitPage in a short window).
    property Flickable page: null

    NotesListParts {
        id: parts
    }

    ListView {
        id: notesView

        objectName: "notesView"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        // The scroll bar has a lane of its own: over the cards it covered their buttons' right edge.
        width: parent.width - notesBar.width
        clip: true
        spacing: Theme.spacing / 2
        boundsBehavior: Flickable.StopAtBounds
        model: CurrentVisit.notes
        Accessible.name: qsTr("Notes")
        ScrollBar.vertical: notesBar

        ScrollsWithPage {
            area: notesView
            page: list.page
        }
        // The newest note in sight after each note; with the deck in sight under it where the
        // deck stays (the end then shows both), or the note itself where they scroll as one (the
        // deck can be taller than a short window). And kept in sight when the list gets shorter
        // (a timeout's banner, the editor opening) while it was: a banner came in over the end of
        // the note just written.
        property bool newestInSight: true

        function showNewest() {
            if (list.scrollsAsOne)
                positionViewAtIndex(count - 1, ListView.Contain);
            else
                positionViewAtEnd();
        }

        onCountChanged: showNewest()
        onContentYChanged: {
            const newest = itemAtIndex(count - 1);
            newestInSight = newest !== null && newest.y + newest.height <= contentY + height + 1 && newest.y + newest.height > contentY;
        }
        onHeightChanged: if (newestInSight && count > 0)
            showNewest()

        // Above the cards: over them where the deck stays in sight, scrolled with them otherwise.
        headerPositioning: list.scrollsAsOne ? ListView.InlineHeader : ListView.OverlayHeader
        header: parts.heading
        footerPositioning: list.scrollsAsOne ? ListView.InlineFooter : ListView.OverlayFooter
        footer: parts.deck

        delegate: ListedNote {
            width: notesView.width
            canAmend: !CurrentVisit.closed
            canFollowUp: Dialogue.conversationId !== "" && !CurrentVisit.closed
            onAmendRequested: noteId => CurrentVisit.amendNote(noteId)
            onFollowUpRequested: (noteId, noteText) => {
                if (Dialogue.conversationId !== "")
                    followUp.ask(noteId, noteText);
            }
        }
    }

    ScrollBar {
        id: notesBar

        anchors.left: notesView.right
        anchors.top: notesView.top
        anchors.bottom: notesView.bottom
    }

    // A screen reader reads the list's cards in the order they were made, and the list makes
    // them as they scroll into view: from the bottom up above the newest note, where it goes
    // after every note. Each card made puts the cards back in their order (once per turn of the
    // event loop), so the tree's order is the screen's: the heading first, the deck last. The
    // cards never overlap: the stacking order this changes draws nothing differently (the heading
    // and the deck are drawn over the cards by their z).
    function keepReadingOrder() {
        // By the model's index (each card's required property; Qt 6.4 does not cast to an inline
        // component here, so it is read by name).
        const cards = Array.from(notesView.contentItem.children).filter(c => (c as NoteCard) !== null);
        cards.sort((a, b) => a["index"] - b["index"]);
        cards.unshift(notesView.headerItem);
        cards.push(notesView.footerItem);
        ScreenReader.readInOrder(cards.filter(c => c !== null));
    }

    Timer {
        id: reorder

        interval: 0
        onTriggered: list.keepReadingOrder()
    }

    component ListedNote: NoteCard {
        required property int index

        Component.onCompleted: reorder.restart()
    }

    FollowUpDialog {
        id: followUp

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 560) : 560 // no parent while the page goes away
    }
}
