pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The solution-focused questions as a small deck: miracle, scale, exception, coping. A card shows
// the words to use; a scale answer is a number from 1 to 5 and what would take it one step up.
ColumnLayout {
    id: deck

    property var card: null
    property int scale: 0
    // What was recorded shows where it was recorded: the card just answered, and a tick on each
    // question answered in this conversation (issue 13 §5).
    property string savedTitle: ""
    // The card's next question (002 appendix: "Er svaret 2 ... hvad skulle der til"), once answered.
    property string savedFollowUp: ""
    readonly property var conversation: Dialogue.conversation
    readonly property var answeredIds: (conversation.prompts || []).map(p => p.promptId)

    function draftKey(field: string): string {
        return deck.card && Dialogue.conversationId ? "prompt/" + Dialogue.conversationId + "/" + deck.card.id + "/" + field : "";
    }

    spacing: Theme.spacing / 2

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Repeater {
            model: Dialogue.prompts

            delegate: Button {
                required property var modelData

                height: Theme.touchTarget
                objectName: "prompt_" + modelData.id
                readonly property bool answered: deck.answeredIds.indexOf(modelData.id) >= 0

                text: answered ? modelData.title + " ✓" : modelData.title
                flat: deck.card === null || deck.card.id !== modelData.id
                Accessible.name: answered ? qsTr("Question: %1, answered").arg(modelData.title) : qsTr("Question: %1").arg(modelData.title)
                // The card's fields follow it (their drafts are keyed by the card): what was typed
                // for one card waits there while another is out.
                onClicked: {
                    deck.card = modelData;
                    deck.scale = 0;
                    deck.savedTitle = "";
                    deck.savedFollowUp = "";
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        objectName: "promptAnswerSaved"
        visible: deck.card === null && deck.savedTitle !== ""
        text: qsTr("The answer to “%1” is saved ✓").arg(deck.savedTitle)
        color: Theme.ok
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        objectName: "promptFollowUp"
        visible: deck.card === null && deck.savedFollowUp !== ""
        text: qsTr("Ask next: “%1”").arg(deck.savedFollowUp)
        font.italic: true
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        visible: deck.card !== null
        implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.accent

        ColumnLayout {
            id: cardColumn

            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: deck.card ? "“" + deck.card.text + "”" : ""
                font.italic: true
                wrapMode: Text.Wrap
            }
            RowLayout {
                visible: deck.card !== null && deck.card.promptKind === DialogueTerms.ScalePrompt
                spacing: Theme.spacing / 2

                Repeater {
                    model: 5

                    delegate: Button {
                        required property int index

                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget
                        objectName: "scale_" + (index + 1)
                        text: index + 1
                        highlighted: deck.scale === index + 1
                        Accessible.name: qsTr("Scale %1 of 5").arg(index + 1)
                        onClicked: deck.scale = index + 1
                    }
                }
            }
            TextField {
                id: stepUp

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "stepUp"
                DraftField.key: deck.draftKey("stepUp")
                visible: deck.card !== null && deck.card.promptKind === DialogueTerms.ScalePrompt
                placeholderText: qsTr("What would take it one step up?")
                Accessible.name: placeholderText
            }
            TextField {
                id: answer

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "promptAnswer"
                DraftField.key: deck.draftKey("answer")
                placeholderText: qsTr("Their answer")
                Accessible.name: placeholderText
            }
            RowLayout {
                Layout.fillWidth: true

                Item {
                    Layout.fillWidth: true
                }
                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    flat: true
                    text: qsTr("Put away")
                    Accessible.name: text
                    onClicked: deck.card = null
                }
                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "savePromptAnswer"
                    text: qsTr("Record answer")
                    highlighted: true
                    enabled: deck.card !== null && (deck.card.promptKind !== DialogueTerms.ScalePrompt || deck.scale > 0)
                    Accessible.name: text
                    onClicked: {
                        const title = deck.card.title;
                        const followUp = deck.card.followUp || "";
                        if (Dialogue.answerPrompt(deck.card.id, deck.card.kind, deck.scale, stepUp.text, answer.text)) {
                            deck.card = null;
                            deck.savedTitle = title;
                            deck.savedFollowUp = followUp;
                        }
                    }
                }
            }
        }
    }
}
