import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Connects the tablet to the authority's server with the one-time code the office issued.
Dialog {
    id: dialog

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Connect to the office")
    onAboutToShow: {
        result.text = "";
        code.text = "";
        if (!server.text)
            server.text = Sync.serverUrl;
    }

    Connections {
        target: Sync

        function onEnrollFinished(ok, message) {
            result.text = message;
            result.color = ok ? Theme.ok : Theme.danger;
            if (ok)
                closeTimer.start();
        }
    }
    Timer {
        id: closeTimer

        interval: 1500
        onTriggered: dialog.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("The office gives you the server address and a one-time code (also as a QR code).")
            wrapMode: Text.Wrap
            color: Theme.quietText
        }
        TextField {
            id: server

            objectName: "enrollServer"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Server address, e.g. https://tilsyn.example.dk")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Server address")
        }
        TextField {
            id: code

            objectName: "enrollCode"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("One-time code")
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("One-time code")
            onAccepted: connectButton.clicked()
        }
        Label {
            id: result

            objectName: "enrollResult"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true

            Item {
                Layout.fillWidth: true
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                flat: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                id: connectButton

                objectName: "enrollButton"
                Layout.preferredHeight: Theme.touchTarget
                highlighted: true
                enabled: server.text.length > 0 && code.text.length > 0
                text: qsTr("Connect")
                onClicked: {
                    result.text = qsTr("Connecting…");
                    result.color = Theme.quietText;
                    Sync.enroll(server.text, code.text);
                }
            }
        }
    }
}
