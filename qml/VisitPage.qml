pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Feltdialog.App

// One visit: its notes in order, and the note being written. Landscape puts the editor beside
// the notes; portrait puts it above them so the on-screen keyboard does not cover it.
Page {
    id: page

    signal back

    readonly property bool wide: width > height

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        Material.foreground: Theme.textOnAccent

        RowLayout {
            anchors.fill: parent
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            ToolButton {
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                text: "‹"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("Back to visits")
                onClicked: page.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: CurrentVisit.facilityName
                    font.bold: true
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: (CurrentVisit.closed ? qsTr("Closed") : qsTr("Started %1").arg(CurrentVisit.startedAt.toLocaleString(Qt.locale(), Locale.ShortFormat)))
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
            SaveIndicator {
                state: CurrentVisit.saveState
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                visible: !CurrentVisit.closed
                flat: true
                text: qsTr("Close visit")
                Accessible.name: text
                onClicked: closeConfirmation.open()
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        NoteEditor {
            Layout.fillWidth: true
            Layout.fillHeight: page.wide && CurrentVisit.editing
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.wide ? (page.width - 2 * Theme.margin - Theme.spacing) / 2 : -1
            Layout.preferredHeight: CurrentVisit.editing && !page.wide ? page.height * 0.4 : implicitHeight
            Layout.row: 0
            Layout.column: page.wide ? 1 : 0
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: page.wide ? (page.width - 2 * Theme.margin - Theme.spacing) / 2 : -1
            Layout.row: page.wide ? 0 : 1
            Layout.column: 0
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Notes (%1)").arg(CurrentVisit.notes.count)
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: CurrentVisit.notes.count === 0
                text: qsTr("No notes yet.")
                color: Theme.quietText
            }
            ListView {
                id: notesView

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing / 2
                model: CurrentVisit.notes
                Accessible.name: qsTr("Notes")
                onCountChanged: positionViewAtEnd()

                delegate: NoteCard {
                    width: ListView.view.width
                    canAmend: !CurrentVisit.closed
                    onAmendRequested: noteId => CurrentVisit.amendNote(noteId)
                }
            }
        }
    }

    Dialog {
        id: closeConfirmation

        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Close this visit?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: CurrentVisit.closeVisit()

        Label {
            width: parent.width
            text: qsTr("After closing, notes can no longer be written or amended on this tablet.")
            wrapMode: Text.Wrap
        }
    }
}
