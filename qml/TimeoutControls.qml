import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// A timeout in two taps from anywhere in the visit: "Timeout", then who called it; or Cancel, which
// records nothing. While it lasts, a banner shows how long it has run and how it ended.
Item {
    id: controls

    // The header button; placed by the page.
    property alias button: timeoutButton

    // No room taken while there is no conversation to call a timeout in (the header is narrow).
    implicitWidth: timeoutButton.visible ? timeoutButton.implicitWidth : 0
    implicitHeight: timeoutButton.implicitHeight

    Button {
        id: timeoutButton

        objectName: "timeoutButton"
        height: Theme.touchTarget
        // Timeouts belong to a conversation; during one, a second waits for the first to end.
        visible: Dialogue.conversationId !== ""
        enabled: Object.keys(Dialogue.openTimeout).length === 0
        flat: true
        text: qsTr("Timeout")
        Accessible.name: qsTr("Call a timeout")
        onClicked: whoDialog.open()
    }

    Dialog {
        id: whoDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 480) : 480 // no parent while the page goes away
        modal: true
        CoversPage {
            popup: whoDialog
        }
        title: qsTr("Timeout: who calls it?")
        // Cancel, Escape or a tap beside the dialog: no timeout, and the reason typed goes too.
        onRejected: reason.clear()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            TextField {
                id: reason

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "timeoutReason"
                placeholderText: qsTr("Reason (optional)")
                Accessible.name: placeholderText
                // Drafted like every free-text field: kept through a lock or a crash until the
                // timeout is called (which settles it) or cancelled.
                DraftField.key: Dialogue.conversationId ? "timeout/" + Dialogue.conversationId + "/reason" : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget * 1.5
                    objectName: "timeoutByConsultant"
                    text: qsTr("I call it")
                    highlighted: true
                    Accessible.name: qsTr("Timeout called by the consultant")
                    onClicked: {
                        Dialogue.callTimeout("consultant", reason.text);
                        whoDialog.close();
                    }
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget * 1.5
                    objectName: "timeoutByFacility"
                    text: qsTr("The facility calls it")
                    highlighted: true
                    Accessible.name: qsTr("Timeout called by the facility")
                    onClicked: {
                        Dialogue.callTimeout("facility", reason.text);
                        whoDialog.close();
                    }
                }
            }
            Button {
                Layout.alignment: Qt.AlignRight
                Layout.preferredHeight: Theme.touchTarget
                objectName: "timeoutCancel"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel: no timeout")
                onClicked: whoDialog.reject()
            }
        }
    }
}
