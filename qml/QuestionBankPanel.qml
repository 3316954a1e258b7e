pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The template's questions for one focus indicator, under its headings, each answered the way its
// type asks: yes / no / not relevant, low / some / high degree, a 1–5 score or scale, or a note,
// with an optional comment. An answer is recorded at once; answering again replaces it.
ColumnLayout {
    id: panel

    readonly property var banks: Dialogue.questionBanks
    readonly property var bank: banks.length > 0 ? banks[Math.max(0, picker.currentIndex)] : null
    readonly property var conversation: Dialogue.conversation

    function answerOf(questionId: string): var {
        const answers = panel.conversation.answers || [];
        return answers.find(a => a.questionId === questionId) || null;
    }

    spacing: Theme.spacing

    // The conversation's guidance here, where the panel scrolls by itself: under the notes it took
    // the notes' room on a phone.
    GuidanceCard {
        Layout.fillWidth: true
        phaseId: "conversation"
        active: Dialogue.phase === DialogueTerms.Conversation
    }
    ComboBox {
        id: picker

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        objectName: "bankPicker"
        model: panel.banks
        textRole: "title"
        Accessible.name: qsTr("Questions for indicator")
        Accessible.description: displayText // the choice, read after the name
        // The text the box shows is read with the box, not again as a nameless field of its own.
        Binding {
            target: picker.contentItem
            property: "Accessible.ignored"
            value: true
        }
    }
    Label {
        Layout.fillWidth: true
        visible: panel.banks.length === 0
        text: qsTr("This template has no questions for its indicators.")
        color: Theme.quietText
        wrapMode: Text.Wrap
    }
    Repeater {
        model: panel.bank ? panel.bank.headings : []

        delegate: ColumnLayout {
            id: heading

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: heading.modelData.title
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: heading.modelData.questions

                delegate: Rectangle {
                    id: question

                    required property var modelData
                    readonly property var answer: panel.answerOf(modelData.id)
                    readonly property var choices: ({
                            "yes_no_na": [["yes", qsTr("Yes")], ["no", qsTr("No")], ["not_relevant", qsTr("Not relevant")]],
                            "degree": [["low", qsTr("Low")], ["some", qsTr("Some")], ["high", qsTr("High")], ["not_relevant", qsTr("Not relevant")]],
                            "indicator_score": [["1", "1"], ["2", "2"], ["3", "3"], ["4", "4"], ["5", "5"]],
                            "scale": [["1", "1"], ["2", "2"], ["3", "3"], ["4", "4"], ["5", "5"]]
                        })[modelData.answerType] || []

                    function draftKey(field: string): string {
                        return Dialogue.conversationId ? "question/" + Dialogue.conversationId + "/" + modelData.id + "/" + field : "";
                    }
                    function record(value: string) {
                        Dialogue.answerQuestion(modelData.id, panel.bank.indicatorId, value, comment.text);
                    }

                    Layout.fillWidth: true
                    implicitHeight: questionColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: answer ? Theme.ok : Theme.border

                    ColumnLayout {
                        id: questionColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 2

                        Label {
                            Layout.fillWidth: true
                            text: question.modelData.text
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            visible: question.choices.length > 0

                            Repeater {
                                model: question.choices

                                delegate: Button {
                                    required property var modelData

                                    height: Theme.touchTarget
                                    objectName: "answer_" + question.modelData.id + "_" + modelData[0]
                                    text: modelData[1]
                                    highlighted: question.answer !== null && question.answer.answer === modelData[0]
                                    Accessible.name: qsTr("Answer: %1").arg(modelData[1])
                                    onClicked: question.record(modelData[0])
                                }
                            }
                        }
                        TextField {
                            id: noteAnswer

                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            visible: question.modelData.answerKind === DialogueTerms.NoteAnswer
                            DraftField.key: question.modelData.answerKind === DialogueTerms.NoteAnswer ? question.draftKey("answer") : ""
                            DraftField.recorded: question.answer ? question.answer.answer : ""
                            placeholderText: qsTr("Answer")
                            Accessible.name: qsTr("Answer to: %1").arg(question.modelData.text)
                            onEditingFinished: if (text.trim() !== "" && (!question.answer || text !== question.answer.answer))
                                question.record(text)
                        }
                        TextField {
                            id: comment

                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            DraftField.key: question.draftKey("comment")
                            DraftField.recorded: question.answer ? question.answer.comment : ""
                            placeholderText: qsTr("Comment (optional)")
                            Accessible.name: qsTr("Comment on: %1").arg(question.modelData.text)
                            onEditingFinished: if (question.answer && text !== question.answer.comment)
                                question.record(question.answer.answer)
                        }
                    }
                }
            }
        }
    }
}
