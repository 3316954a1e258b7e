import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Feltdialog.App

// For a few seconds after ending a conversation or switching position: what was done, and
// "Fortryd". The action is already recorded; undoing records that it was taken back
// (app/GuidedDialogueTurns.cpp says why). Over the page, not in its layout, so nothing moves.
Rectangle {
    id: bar

    readonly property string kind: Dialogue.undoable

    visible: kind !== ""
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.text
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            id: message

            Layout.fillWidth: true
            text: bar.kind === "end" ? qsTr("The conversation is ended.") : qsTr("The position is switched to %1.").arg(Dialogue.position === DialogueTerms.Control ? qsTr("Control") : qsTr("Development"))
            color: Theme.textOnAccent
            wrapMode: Text.Wrap
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            objectName: "undoButton"
            text: qsTr("Undo")
            flat: true
            // Light on the bar's dark ground; the theme's default would be dark on dark.
            Material.foreground: Theme.textOnAccent
            Accessible.name: bar.kind === "end" ? qsTr("Undo ending the conversation") : qsTr("Undo switching position")
            onClicked: Dialogue.undo()
        }
    }
}
