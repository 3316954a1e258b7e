import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One note as recorded. Tapping it amends it; earlier wordings stay visible under it.
ItemDelegate {
    id: card

    required property string noteId
    required property string noteText
    required property date writtenAt
    required property bool amended
    required property var earlierTexts
    required property bool conflict
    required property string author
    required property string tagWords // indicator · source · method, or "Not tagged"
    required property var asked // the follow-up questions recorded about it
    property bool canAmend: true
    property bool canFollowUp: false

    signal amendRequested(string noteId)
    signal followUpRequested(string noteId, string noteText)

    height: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    enabled: canAmend
    Accessible.name: qsTr("Note written %1 by %2, %3: %4").arg(writtenAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)).arg(author).arg(tagWords).arg(noteText)
    onClicked: amendRequested(noteId)
    onPressAndHold: followUpRequested(noteId, noteText)

    background: Rectangle {
        color: card.down ? Theme.border : Theme.surface
        radius: Theme.radius
        border.color: card.conflict ? Theme.danger : Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 4

        Label {
            Layout.fillWidth: true
            objectName: "noteFacts"
            // Who wrote it, by the office's name: on a shared visit the colleague's notes come in too.
            text: card.writtenAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) + " · " + card.author + (card.amended ? " · " + qsTr("amended") : "") + (card.conflict ? " · " + qsTr("two versions, choose one") : "")
            wrapMode: Text.Wrap
            color: Theme.quietText
            font.pixelSize: Theme.smallSize
        }
        // What the note is evidence of, as filed: the card shows what the record holds.
        Label {
            Layout.fillWidth: true
            objectName: "noteTags"
            text: card.tagWords
            wrapMode: Text.Wrap
            color: Theme.quietText
            font.pixelSize: Theme.smallSize
        }
        Label {
            Layout.fillWidth: true
            text: card.noteText
            wrapMode: Text.Wrap
            color: Theme.text
        }
        // Following up on a word, in sight: holding the card does the same, for those who know.
        // Under the text, not beside it, so the text keeps the card's whole width to wrap in.
        ToolButton {
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            objectName: "followUpButton"
            visible: card.canFollowUp
            text: qsTr("Ask about…")
            font.pixelSize: Theme.smallSize
            Accessible.name: qsTr("Ask about a word of this note")
            onClicked: card.followUpRequested(card.noteId, card.noteText)
        }
        // A follow-up shows where it was asked from once it is recorded (issue 13 §5: every
        // recording shows its result where it happened). One label, absent until there is one:
        // an empty row would still take the layout's spacing.
        Label {
            Layout.fillWidth: true
            objectName: "askedFollowUp"
            visible: card.asked.length > 0
            text: card.asked.map(question => qsTr("Asked: %1").arg(question)).join("\n")
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.smallSize
        }
        Repeater {
            model: card.earlierTexts

            Label {
                required property string modelData

                Layout.fillWidth: true
                text: qsTr("Earlier: %1").arg(modelData)
                font.strikeout: true
                color: Theme.quietText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }
}
