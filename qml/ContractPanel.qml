pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Framing the conversation: the four values the dialogue rests on, the phase's guidance, the
// agreements of the contract, each with words the consultant can say aloud and what it covers, and
// the position they speak from. Ticking is a record of what was agreed, not a gate.
ColumnLayout {
    id: panel

    readonly property var conversation: Dialogue.conversation
    readonly property var agreed: conversation.contract || ({})

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Agree on the frame")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    // The values of the guidance (002 §4.3): where the contract starts, what the dialogue rests on.
    Label {
        Layout.fillWidth: true
        objectName: "dialogueValues"
        text: qsTr("Trust · openness · clarity · equality")
        color: Theme.accent
        wrapMode: Text.Wrap
        Accessible.name: qsTr("The dialogue rests on four values: trust, openness, clarity and equality")
    }
    GuidanceCard {
        Layout.fillWidth: true
        phaseId: "contract"
    }
    Repeater {
        model: Dialogue.contractItems

        delegate: ColumnLayout {
            id: item

            required property var modelData

            Layout.fillWidth: true
            spacing: 2

            property bool explained: false

            RowLayout {
                Layout.fillWidth: true
                spacing: 0

                CheckBox {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "contract_" + item.modelData.id
                    text: item.modelData.title
                    checked: panel.agreed[item.modelData.id] === true
                    Accessible.name: text
                    onToggled: Dialogue.setContractItem(item.modelData.id, checked)
                }
                // What the item covers, one tap away: the checkbox row stays one line.
                ToolButton {
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "explain_" + item.modelData.id
                    visible: (item.modelData.explanation || "") !== ""
                    text: item.explained ? "▾" : "?"
                    Accessible.name: item.explained ? qsTr("Hide what %1 covers").arg(item.modelData.title) : qsTr("What %1 covers").arg(item.modelData.title)
                    onClicked: item.explained = !item.explained
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.touchTarget
                objectName: "explanation_" + item.modelData.id
                visible: item.explained
                text: item.modelData.explanation || ""
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.touchTarget
                text: "“" + item.modelData.prompt + "”"
                color: Theme.quietText
                font.italic: true
                wrapMode: Text.Wrap
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: Dialogue.position === DialogueTerms.Control ? qsTr("You speak from the control position: you assess whether the facility meets the requirements.") : qsTr("You speak from the development position: you explore with the facility what could become better.")
        wrapMode: Text.Wrap
    }
}
