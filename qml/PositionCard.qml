import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// After the consultant switches position: the template's statement for the new position, to read
// out so the facility hears which role the next questions come from (the double-role model). Over
// the page and out of its layout, above the undo bar; it stays until put away.
Rectangle {
    id: card

    property bool shown: false
    // This consultant's position (an undo of the switch shows the one gone back to).
    readonly property var position: Dialogue.positions[Dialogue.position === DialogueTerms.Control ? "control" : "development"] || ({})

    visible: shown && (position.sayAloud || "") !== ""
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("%1. Say aloud: %2").arg(position.title || "").arg(position.sayAloud || "")

    // A switch is what the undo bar offers to take back: shown then, not when a visit opens with
    // the position it had, nor when a colleague switches theirs.
    Connections {
        target: Dialogue

        function onUndoableChanged() {
            if (Dialogue.undoable === "switch")
                card.shown = true;
        }
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            text: card.position.title || ""
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "positionSayAloud"
            text: "“" + (card.position.sayAloud || "") + "”"
            font.italic: true
            font.pixelSize: Theme.fontSize * 1.15
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: card.position.explanation || ""
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        Button {
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            objectName: "positionCardDone"
            flat: true
            text: qsTr("Put away")
            Accessible.name: qsTr("Put the position statement away")
            onClicked: card.shown = false
        }
    }
}
