pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Shown instead of everything else until the consultant's PIN has opened the store: on first
// start to choose the PIN, afterwards to unlock. Nothing from the store is on screen here.
Page {
    id: page

    readonly property bool choosing: Lock.stage === Lock.ChoosePin
    readonly property bool waiting: Lock.secondsToWait > 0
    // The field the pad types into: the first until it has enough digits, then the repeat.
    property TextInput target: pinField

    function submit() {
        if (page.choosing) {
            if (page.target === pinField && pinField.text.length >= Lock.minPinLength) {
                page.target = repeatField;
                repeatField.forceActiveFocus();
                return;
            }
            Lock.choosePin(pinField.text, repeatField.text);
        } else {
            Lock.unlock(pinField.text);
        }
    }

    function clear() {
        pinField.clear();
        repeatField.clear();
        page.target = pinField;
        pinField.forceActiveFocus();
    }

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: pinField.forceActiveFocus()
    // Disabled fields lose the keyboard focus; give it back when typing is allowed again.
    onWaitingChanged: if (!waiting)
        page.clear()

    Connections {
        function onPinRefused() {
            page.clear();
        }

        target: Lock
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            x: (parent.width - width) / 2
            y: Math.max(Theme.margin, (page.height - implicitHeight) / 2)
            width: Math.min(page.width - 2 * Theme.margin, 420)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: page.choosing ? qsTr("Choose your PIN") : qsTr("Feltdialog is locked")
                font.pixelSize: Theme.titleSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: page.choosing ? qsTr("The notes on this tablet are locked with a PIN of at least %1 digits that only you know. Do not write it down; no one can look it up for you.").arg(Lock.minPinLength) : qsTr("Enter your PIN to see your visits.")
                color: Theme.quietText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            PinField {
                id: pinField

                objectName: "pinField"
                placeholderText: page.choosing ? qsTr("New PIN") : qsTr("PIN")
                Accessible.name: placeholderText
                onActiveFocusChanged: if (activeFocus)
                    page.target = pinField
            }
            PinField {
                id: repeatField

                objectName: "repeatPinField"
                visible: page.choosing
                placeholderText: qsTr("Repeat the PIN")
                Accessible.name: placeholderText
                onActiveFocusChanged: if (activeFocus)
                    page.target = repeatField
            }
            // The answer to a PIN (wrong, the wait, "Opening…") in a slot that keeps two lines'
            // height whether it says anything or not: the column is centred, so words appearing
            // would move the pad under the finger typing the next attempt.
            Item {
                Layout.fillWidth: true
                implicitHeight: Math.max(2 * statusLine.lineSpacing, status.implicitHeight)

                FontMetrics {
                    id: statusLine

                    font: lockMessage.font
                }
                ColumnLayout {
                    id: status

                    width: parent.width
                    spacing: 0

                    Label {
                        id: lockMessage

                        Layout.fillWidth: true
                        visible: text.length > 0
                        objectName: "lockMessage"
                        text: page.waiting ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", Lock.secondsToWait) : Lock.message
                        color: Theme.danger
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                    }
                    // Words rather than a spinner: a BusyIndicator would be built with the first
                    // frame only to wait, hidden, for the half second the PIN is checked.
                    Label {
                        Layout.fillWidth: true
                        objectName: "unlocking"
                        visible: Lock.busy
                        text: page.choosing ? qsTr("Locking the store with your PIN…") : qsTr("Opening…")
                        wrapMode: Text.Wrap
                        color: Theme.quietText
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.role: Accessible.StaticText
                    }
                }
            }
            PinPad {
                Layout.alignment: Qt.AlignHCenter
                enabled: !Lock.busy && !page.waiting
                enterText: page.choosing ? qsTr("Save") : qsTr("Unlock")
                onDigit: value => page.target.insert(page.target.cursorPosition, value)
                onErase: page.target.remove(page.target.cursorPosition - 1, page.target.cursorPosition)
                onEnter: page.submit()
            }
            // A plain text button, like the pad's keys: no Material button on the first frame.
            AbstractButton {
                id: forgot

                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: Theme.touchTarget
                visible: !page.choosing
                objectName: "forgotPinButton"
                text: qsTr("Forgot your PIN?")
                padding: Theme.spacing
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: text
                Accessible.onPressAction: clicked()
                onClicked: forgetDialog.open()

                contentItem: Text {
                    text: forgot.text
                    font.pixelSize: Theme.fontSize
                    font.underline: forgot.down
                    color: Theme.accent
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    // Loaded on first use, by URL: the lock page is the first frame, and this dialog is rarely
    // needed. (A Loader cannot instantiate a component bound to this file in Qt 6.4.)
    Loader {
        id: forgetDialog

        function open() {
            if (status === Loader.Ready)
                (item as Dialog).open();
            else
                active = true;
        }

        anchors.centerIn: parent
        active: false
        source: Qt.resolvedUrl("ForgetPinDialog.qml")
        onLoaded: {
            const dialog = item as Dialog;
            dialog.width = Qt.binding(() => Math.min(page.width - 2 * Theme.margin, 520));
            dialog.open();
        }
    }

    // A plain text input with an underline rather than a Material TextField: the lock page is
    // the first frame (docs/performance.md), and the hint stays visible in the focused field.
    component PinField: TextInput {
        id: field

        property string placeholderText

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        enabled: !Lock.busy && !page.waiting
        opacity: enabled ? 1 : 0.5
        echoMode: TextInput.Password
        passwordCharacter: "•"
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        validator: RegularExpressionValidator {
            regularExpression: /[0-9]{0,32}/
        }
        horizontalAlignment: TextInput.AlignHCenter
        verticalAlignment: TextInput.AlignVCenter
        font.pixelSize: Theme.titleSize
        font.letterSpacing: 4
        color: Theme.text
        selectionColor: Theme.accent
        Accessible.role: Accessible.EditableText
        Accessible.passwordEdit: true
        Accessible.description: placeholderText
        // Qt 6.4 gives a password field no name; this is the name a screen reader reads, by
        // SecretFieldAccessible (app/), which also keeps the digits off the accessibility bus.
        readonly property string secretFieldName: placeholderText
        onAccepted: page.submit()

        Text {
            anchors.fill: parent
            visible: field.length === 0
            text: field.placeholderText
            color: Theme.quietText
            font.pixelSize: Theme.fontSize
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: field.activeFocus ? 2 : 1
            color: field.activeFocus ? Theme.accent : Theme.border
        }
    }
}
