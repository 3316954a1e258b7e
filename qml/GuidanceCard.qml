pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// What the method asks of a phase, from the visit's template: the core elements of the six it
// carries out on one line, and under it the guidance and the line to say aloud. Open the first time
// the consultant meets the phase, collapsed after (one line); one tap opens or closes it, and the
// app keeps that choice for the next conversation.
ColumnLayout {
    id: card

    // "contract", "checkin", "conversation", "wrapup" or "closing", as the template names it.
    required property string phaseId
    readonly property var guide: Dialogue.phaseGuides[phaseId] || ({})
    readonly property var elementNames: [qsTr("Frame the dialogue"), qsTr("Create a space for dialogue"), qsTr("Steer the conversation"), qsTr("Listen with curiosity"), qsTr("Focus on possibilities"), qsTr("Work for a shared understanding")]
    readonly property string elements: (guide.coreElements || []).map(n => n + " " + elementNames[n - 1]).join(" · ")
    // Whether the phase is the one on screen: only then has the consultant met it.
    property bool active: true
    property bool open: false
    // Asked again for each conversation and each time the phase comes on screen.
    readonly property string meeting: active && Dialogue.conversationId !== "" ? Dialogue.conversationId + "|" + phaseId : ""

    function meet() {
        if (meeting !== "")
            open = Dialogue.guidanceOpen(phaseId);
    }

    onMeetingChanged: meet()
    Component.onCompleted: meet()
    visible: (guide.guidance || "") !== "" || elements !== ""
    spacing: 2

    Button {
        id: toggle

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        objectName: "guidanceToggle_" + card.phaseId
        flat: true
        leftPadding: 0
        contentItem: ElidedLabel {
            text: (card.open ? "▾ " : "▸ ") + (card.elements !== "" ? qsTr("Core elements %1").arg(card.elements) : qsTr("Guidance"))
            color: Theme.accent
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
        Accessible.name: card.open ? qsTr("Guidance for this phase, open: core elements %1. Tap to close.").arg(card.elements) : qsTr("Guidance for this phase, closed: core elements %1. Tap to open.").arg(card.elements)
        onClicked: {
            card.open = !card.open;
            Dialogue.setGuidanceOpen(card.phaseId, card.open);
        }
    }
    Label {
        Layout.fillWidth: true
        objectName: "guidanceText_" + card.phaseId
        visible: card.open && text !== ""
        text: card.guide.guidance || ""
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        objectName: "guidanceSayAloud_" + card.phaseId
        visible: card.open && (card.guide.sayAloud || "") !== ""
        text: qsTr("Say aloud: “%1”").arg(card.guide.sayAloud || "")
        color: Theme.quietText
        font.italic: true
        wrapMode: Text.Wrap
    }
}
