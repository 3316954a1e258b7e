pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The visit's notes in the order they were written; tapping one amends it, holding it offers a
// follow-up question on one of its words (while a conversation is in progress).
ColumnLayout {
    id: list

    // Set on a short window, where the page scrolls the list with what is under it: the list is
    // as tall as its cards and does not scroll by itself.
    property bool fitToContent: false

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Notes (%1)").arg(CurrentVisit.notes.count)
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        visible: CurrentVisit.notes.count === 0
        text: qsTr("No notes yet.")
        wrapMode: Text.Wrap
        color: Theme.quietText
    }
    ListView {
        id: notesView

        objectName: "notesView"
        Layout.fillWidth: true
        Layout.fillHeight: !list.fitToContent
        Layout.preferredHeight: list.fitToContent ? contentHeight : -1
        Layout.minimumHeight: list.fitToContent ? 0 : Theme.touchTarget * 2
        interactive: !list.fitToContent
        clip: true
        spacing: Theme.spacing / 2
        model: CurrentVisit.notes
        Accessible.name: qsTr("Notes")
        onCountChanged: positionViewAtEnd()

        delegate: ListedNote {
            width: ListView.view.width
            canAmend: !CurrentVisit.closed
            canFollowUp: Dialogue.conversationId !== "" && !CurrentVisit.closed
            onAmendRequested: noteId => CurrentVisit.amendNote(noteId)
            onFollowUpRequested: (noteId, noteText) => {
                if (Dialogue.conversationId !== "")
                    followUp.ask(noteId, noteText);
            }
        }
    }

    // A screen reader reads the list's cards in the order they were made, and the list makes
    // them as they scroll into view: from the bottom up above the newest note, where it goes
    // after every note. Each card made puts the cards back in their order (once per turn of the
    // event loop), so the tree's order is the screen's. The cards never overlap: the stacking
    // order this changes draws nothing differently.
    function keepReadingOrder() {
        // By the model's index (each card's required property; Qt 6.4 does not cast to an inline
        // component here, so it is read by name).
        const cards = Array.from(notesView.contentItem.children).filter(c => (c as NoteCard) !== null);
        cards.sort((a, b) => a["index"] - b["index"]);
        ScreenReader.readInOrder(cards);
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
