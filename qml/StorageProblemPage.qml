import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The store could not be opened. Say which file and why, and move it aside only if the person
// agrees: it may hold the only copy of someone's notes.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Feltdialog cannot open its data")
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: Storage.problem
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You can move the file aside and start with an empty store. The file is kept next to the original, renamed, so IT support can recover it. Nothing is deleted.")
            wrapMode: Text.Wrap
            color: Theme.quietText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Move aside and start fresh")
                Accessible.name: text
                onClicked: Storage.moveAsideAndStartFresh()
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Try again")
                Accessible.name: text
                onClicked: Storage.retry()
            }
        }
    }
}
