pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Framing the conversation: the three agreements, each with words the consultant can say aloud,
// and the position they speak from. Ticking is a record of what was agreed, not a gate.
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
    Repeater {
        model: Dialogue.contractItems

        delegate: ColumnLayout {
            id: item

            required property var modelData

            Layout.fillWidth: true
            spacing: 2

            CheckBox {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "contract_" + item.modelData.id
                text: item.modelData.title
                checked: panel.agreed[item.modelData.id] === true
                Accessible.name: text
                onToggled: Dialogue.setContractItem(item.modelData.id, checked)
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
