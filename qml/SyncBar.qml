pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The office connection at the foot of the visit list: how much waits for the office, what sync
// is doing, why it failed, and the one button that matters now (enroll, or sync).
ToolBar {
    id: bar

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                objectName: "syncStatus"
                text: Sync.statusText
                elide: Text.ElideRight
                Accessible.role: Accessible.StaticText
            }
            Label {
                Layout.fillWidth: true
                objectName: "syncProblem"
                visible: text.length > 0
                text: Sync.problem
                color: Theme.danger
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            objectName: "quarantineButton"
            visible: Sync.quarantinedCount > 0
            flat: true
            text: qsTr("%n refused", "", Sync.quarantinedCount)
            Accessible.name: qsTr("%n event(s) refused by the office: show", "", Sync.quarantinedCount)
            onClicked: quarantineDialog.open()
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            objectName: "syncButton"
            text: Sync.enrolled ? qsTr("Sync now") : qsTr("Connect to the office")
            highlighted: true
            enabled: !Sync.running
            onClicked: Sync.enrolled ? Sync.syncNow() : enrollDialog.open()
        }
    }

    EnrollDialog {
        id: enrollDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 560)
    }

    Dialog {
        id: quarantineDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 640, 640)
        height: Math.min(parent ? parent.height - 4 * Theme.margin : 480, 480)
        modal: true
        CoversPage {
            popup: quarantineDialog
        }
        title: qsTr("Refused by the office")
        standardButtons: Dialog.Close

        ListView {
            anchors.fill: parent
            clip: true
            model: Sync.quarantined
            spacing: Theme.spacing / 2

            header: Label {
                width: ListView.view.width
                bottomPadding: Theme.spacing
                text: qsTr("These entries stay on the tablet and are not sent again by themselves. Show them to the office: the reason says what the server found.")
                color: Theme.quietText
                wrapMode: Text.Wrap
            }
            delegate: Label {
                required property var modelData

                width: ListView.view.width
                text: modelData.type + " · " + modelData.error + (modelData.message ? " · " + modelData.message : "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
        }
    }
}
