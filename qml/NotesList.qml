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

        delegate: NoteCard {
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

    FollowUpDialog {
        id: followUp

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 560) : 560 // no parent while the page goes away
    }
}
