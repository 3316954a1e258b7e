import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The notes list's header (its heading) and footer (the question deck), in a file of their own
// without `pragma ComponentBehavior: Bound`: Qt 6.4's ListView makes its header and footer in a
// context of its own, and refuses a bound component there ("Cannot instantiate bound component
// outside its creation context"). They read the view through ListView.view and the rest from the
// app's singletons, so nothing here depends on where the list is.
QtObject {
    // Over the cards where the deck stays in sight, scrolled with them otherwise (NotesList).
    readonly property Component heading: Component {
        Rectangle {
            width: ListView.view ? ListView.view.width : 0
            implicitHeight: headingColumn.implicitHeight + Theme.spacing
            height: implicitHeight
            z: 2
            color: Theme.background

            ColumnLayout {
                id: headingColumn

                width: parent.width
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
            }
        }
    }

    // The solution-focused questions under the notes while the conversation runs; nothing else.
    readonly property Component deck: Component {
        Rectangle {
            readonly property bool shown: Dialogue.phase === DialogueTerms.Conversation

            width: ListView.view ? ListView.view.width : 0
            implicitHeight: shown ? promptDeck.implicitHeight + Theme.spacing : 0
            height: implicitHeight
            z: 2
            color: Theme.background

            PromptDeck {
                id: promptDeck

                y: Theme.spacing
                width: parent.width
                visible: parent.shown
            }
        }
    }
}
