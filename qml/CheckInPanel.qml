pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Who is here and what they hope for. Residents go by initials unless they choose otherwise. Each
// person gets a quiet timer while they speak; it never rings or interrupts. The timer is the
// dialogue's (app/GuidedDialogueTurns.cpp), not the row's: one runs at a time, a rebuilt row does not
// reset it, and each turn is recorded.
ColumnLayout {
    id: panel

    // Ticks while someone speaks, so the rows read the running time again.
    property int tick: 0

    spacing: Theme.spacing

    Timer {
        interval: 1000
        repeat: true
        running: Dialogue.speaking !== ""
        onTriggered: panel.tick += 1
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Check-in")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    GuidanceCard {
        Layout.fillWidth: true
        phaseId: "checkin"
    }
    // The round's questions in the template's words, to say aloud to each person.
    Repeater {
        model: Dialogue.checkInPrompts

        delegate: Label {
            required property var modelData

            Layout.fillWidth: true
            text: modelData.title + ": “" + modelData.text + "”"
            color: Theme.quietText
            font.italic: true
            wrapMode: Text.Wrap
        }
    }
    // Role, name and Add in one row where there is room; on a phone or at a large text size the
    // role takes a row of its own so the name field keeps room for a whole name.
    GridLayout {
        readonly property bool roomy: panel.width >= role.implicitWidth + add.implicitWidth + Theme.touchTarget * 5

        Layout.fillWidth: true
        columns: roomy ? 3 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ComboBox {
            id: role

            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: parent.roomy ? Math.max(Theme.touchTarget * 4, implicitWidth) : -1
            Layout.fillWidth: !parent.roomy
            Layout.columnSpan: parent.roomy ? 1 : 2
            objectName: "participantRole"
            model: Dialogue.participantRoles
            textRole: "title"
            valueRole: "id"
            Accessible.name: qsTr("Role")
            Accessible.description: displayText // the choice, read after the name
            // The text the box shows is read with the box, not again as a nameless field of its own.
            Binding {
                target: role.contentItem
                property: "Accessible.ignored"
                value: true
            }
        }
        TextField {
            id: label

            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touchTarget * 2
            Layout.preferredHeight: Theme.touchTarget
            objectName: "participantLabel"
            placeholderText: role.currentValue === "resident" ? qsTr("Initials") : qsTr("Name or initials")
            Accessible.name: placeholderText
            DraftField.key: Dialogue.conversationId ? "checkin/" + Dialogue.conversationId + "/participantLabel" : ""
            onAccepted: add.clicked()
        }
        Button {
            id: add

            Layout.preferredHeight: Theme.touchTarget
            objectName: "addParticipant"
            text: qsTr("Add")
            enabled: label.text.trim().length > 0
            Accessible.name: qsTr("Add participant")
            onClicked: {
                Dialogue.addParticipant(role.currentValue, label.text);
                label.clear();
            }
        }
    }
    Label {
        readonly property string recorded: Dialogue.recordableLabel(role.currentValue, label.text)

        Layout.fillWidth: true
        objectName: "initialsHint"
        visible: label.text.trim().length > 0 && recorded !== label.text.trim()
        text: qsTr("Residents are written down by initials: this is recorded as “%1”.").arg(recorded)
        color: Theme.quietText
        wrapMode: Text.Wrap
    }
    // A model that changes only the rows an event changed: a hope recorded or a person added
    // leaves the other rows' delegates, their running timer and the field being typed in as they are.
    Repeater {
        model: Dialogue.participants

        delegate: Rectangle {
            id: person

            required property int index
            required property string participantId
            required property string roleId
            required property string label
            required property string hopes
            required property string uncertainties
            required property int speakingSeconds
            required property bool removed
            required property string removedReason
            // What the menu and the change dialog are told about the person.
            readonly property var entry: ({
                    "id": participantId,
                    "role": roleId,
                    "label": label
                })
            readonly property bool speaking: Dialogue.speaking !== "" && Dialogue.speaking === participantId
            // Recorded turns and the running one; read again on every tick and every event.
            readonly property int seconds: (panel.tick, speakingSeconds, speaking, Dialogue.speakingSeconds(participantId))

            Layout.fillWidth: true
            implicitHeight: personColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ColumnLayout {
                id: personColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: person.label + " · " + Dialogue.roleTitle(person.roleId)
                        font.bold: true
                        font.strikeout: person.removed
                        wrapMode: Text.Wrap
                    }
                    Label {
                        visible: person.removed
                        text: qsTr("Removed: %1").arg(person.removedReason)
                        color: Theme.quietText
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "speakingTime_" + person.index
                        visible: !person.removed
                        // Past two minutes the time turns red, silently; it is a hint, not an alarm.
                        text: Math.floor(person.seconds / 60) + ":" + String(person.seconds % 60).padStart(2, "0")
                        color: person.seconds >= 120 ? Theme.danger : Theme.quietText
                        Accessible.name: qsTr("Speaking time %n second(s)", "", person.seconds)
                    }
                    ToolButton {
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget
                        objectName: "participantMenu_" + person.index
                        visible: !person.removed
                        text: "⋮"
                        Accessible.name: qsTr("Correct or remove %1").arg(person.label)
                        // One menu for every row, told whose it is: ids of a Repeater's delegate are
                        // not reliable from a popup inside it in Qt 6.4 (the menu named the last row).
                        onClicked: participantMenu.openFor(person.entry, this)
                    }
                    Button {
                        Layout.preferredHeight: Theme.touchTarget
                        objectName: "speakingTimer_" + person.index
                        visible: !person.removed
                        flat: true
                        text: person.speaking ? qsTr("Stop") : qsTr("Time")
                        Accessible.name: person.speaking ? qsTr("Stop the timer") : qsTr("Start the timer for %1").arg(person.label)
                        onClicked: person.speaking ? Dialogue.stopSpeaking() : Dialogue.startSpeaking(person.participantId)
                    }
                }
                TextField {
                    id: hopesField

                    Layout.fillWidth: true
                    visible: !person.removed
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "hopes_" + person.index
                    // The text is DraftField's: typed words stay through events elsewhere and a lock.
                    DraftField.key: "checkin/" + person.participantId + "/hopes"
                    DraftField.recorded: person.hopes
                    placeholderText: qsTr("Hopes for the conversation")
                    Accessible.name: placeholderText
                    // Recorded when the focus moves on; recording changes this row's values, not the row.
                    onEditingFinished: if (text !== person.hopes)
                        Dialogue.noteCheckIn(person.participantId, text, uncertaintiesField.text)
                }
                TextField {
                    id: uncertaintiesField

                    Layout.fillWidth: true
                    visible: !person.removed
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "uncertainties_" + person.index
                    DraftField.key: "checkin/" + person.participantId + "/uncertainties"
                    DraftField.recorded: person.uncertainties
                    placeholderText: qsTr("Uncertainties or worries")
                    Accessible.name: placeholderText
                    onEditingFinished: if (text !== person.uncertainties)
                        Dialogue.noteCheckIn(person.participantId, hopesField.text, text)
                }
            }
        }
    }

    Menu {
        id: participantMenu

        property var entry: ({})

        function openFor(entry, button) {
            participantMenu.entry = entry;
            popup(button, 0, button.height);
        }

        MenuItem {
            objectName: "renameParticipant"
            text: qsTr("Correct the name")
            onTriggered: participantChange.openFor(participantMenu.entry, false)
        }
        MenuItem {
            objectName: "removeParticipant"
            text: qsTr("Remove (added by mistake)")
            onTriggered: participantChange.openFor(participantMenu.entry, true)
        }
    }
    ParticipantChangeDialog {
        id: participantChange

        parent: Overlay.overlay
        x: (parent.width - width) / 2
        y: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 560)
    }
}
