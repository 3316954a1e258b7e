pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// How the app lock behaves: when it locks by itself, and changing the PIN. Changing the PIN
// re-wraps the key; the notes themselves are not touched.
Dialog {
    id: dialog

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Lock and PIN")
    standardButtons: Dialog.Close

    onAboutToShow: {
        currentPin.clear();
        newPin.clear();
        repeatPin.clear();
        changed.text = "";
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Lock by itself after")
            wrapMode: Text.Wrap
            font.bold: true
        }
        ComboBox {
            id: minutes

            readonly property var choices: [1, 2, 5, 10, 15, 30]

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            model: choices.map(m => qsTr("%n minute(s) without use", "", m))
            currentIndex: Math.max(0, choices.indexOf(Lock.autoLockMinutes))
            Accessible.name: qsTr("Lock by itself after")
            Accessible.description: displayText // the choice, read after the name
            // The text the box shows is read with the box, not again as a nameless field of its own.
            Binding {
                target: minutes.contentItem
                property: "Accessible.ignored"
                value: true
            }
            onActivated: index => Lock.autoLockMinutes = choices[index]
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Feltdialog also locks at once when you switch to another app.")
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Change PIN")
            wrapMode: Text.Wrap
            font.bold: true
        }
        SecretField {
            id: currentPin

            placeholderText: qsTr("Current PIN")
        }
        SecretField {
            id: newPin

            placeholderText: qsTr("New PIN")
        }
        SecretField {
            id: repeatPin

            placeholderText: qsTr("Repeat the new PIN")
        }
        Label {
            id: changed

            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Change PIN")
            Accessible.name: text
            onClicked: {
                const ok = Lock.changePin(currentPin.text, newPin.text, repeatPin.text);
                changed.color = ok ? Theme.ok : Theme.danger;
                changed.text = Lock.message;
                currentPin.clear();
                newPin.clear();
                repeatPin.clear();
            }
        }
        // Records an earlier version saved as plain files in the app's folder, until their visit
        // leaves the tablet and they are removed with it.
        Label {
            Layout.fillWidth: true
            objectName: "leftoverRecords"
            visible: RecordExport.leftoverFiles.length > 0
            text: qsTr("%n visit record file(s) saved by an earlier version are not protected by the PIN. They are removed when their visit leaves the tablet.", "", RecordExport.leftoverFiles.length)
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    component SecretField: TextField {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        validator: RegularExpressionValidator {
            regularExpression: /[0-9]{0,32}/
        }
        Accessible.name: placeholderText
        // Qt 6.4 gives a password field no name; this is the name a screen reader reads, by
        // SecretFieldAccessible (app/), which also keeps the digits off the accessibility bus.
        readonly property string secretFieldName: placeholderText
    }
}
