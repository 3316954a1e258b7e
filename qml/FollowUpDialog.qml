pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Keywords: hold a note, pick one of its words, and a follow-up question is ready to ask
// ("frustrating — how frustrating?"). Asking it puts it in the record.
Dialog {
    id: dialog

    property string noteId
    property string noteText
    property string keyword

    function ask(noteId: string, noteText: string) {
        dialog.noteId = noteId;
        dialog.noteText = noteText;
        dialog.keyword = "";
        open(); // the question field brings back what was typed for this note, if anything
    }

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Follow up on a word")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Tap the word to ask about.")
            wrapMode: Text.Wrap
            color: Theme.quietText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            Repeater {
                // The note's words as written (æøå, digits and hyphens kept), split at spaces and
                // punctuation: those of four characters or more, or with a digit ("4-ugers").
                model: dialog.noteText.split(/[\s.,;:!?()\[\]{}"“”„«»'‘’\/]+/)
                           .map(w => w.replace(/^-+|-+$/g, ""))
                           .filter(w => w.length >= 4 || /[0-9]/.test(w))

                delegate: Button {
                    required property string modelData
                    required property int index

                    height: Theme.touchTarget
                    objectName: "keyword_" + index
                    text: modelData
                    highlighted: dialog.keyword === modelData
                    Accessible.name: qsTr("Follow up on “%1”").arg(modelData)
                    onClicked: {
                        dialog.keyword = modelData;
                        // The guidance's form: "Hvordan frustrerende?"
                        question.text = qsTr("How %1?").arg(modelData.toLowerCase());
                    }
                }
            }
        }
        TextField {
            id: question

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            objectName: "followUpQuestion"
            DraftField.key: dialog.noteId ? "followup/" + dialog.noteId + "/question" : ""
            placeholderText: qsTr("The follow-up question")
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
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "askFollowUp"
                text: qsTr("Asked")
                highlighted: true
                enabled: dialog.keyword !== "" && question.text.trim().length > 0
                Accessible.name: qsTr("Record the follow-up as asked")
                onClicked: {
                    if (Dialogue.askFollowUp(dialog.noteId, dialog.keyword, question.text))
                        dialog.close();
                }
            }
        }
    }
}
