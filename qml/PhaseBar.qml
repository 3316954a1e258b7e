pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Feltdialog.App

// Where the conversation is in the method: contract, check-in, conversation, wrap-up. Any phase is
// one tap away, forwards or back; a phase passed by without being entered is marked as skipped.
// Without a conversation in progress it offers to start one (one tap). The buttons wrap to a
// second row on a phone or at a large text size instead of pushing the page wider than the window.
Flow {
    id: bar

    readonly property var phases: [
        {
            "id": "contract",
            "phase": DialogueTerms.Contract,
            "title": qsTr("Contract")
        },
        {
            "id": "checkin",
            "phase": DialogueTerms.CheckIn,
            "title": qsTr("Check-in")
        },
        {
            "id": "conversation",
            "phase": DialogueTerms.Conversation,
            "title": qsTr("Conversation")
        },
        {
            "id": "wrapup",
            "phase": DialogueTerms.WrapUp,
            "title": qsTr("Wrap-up")
        }
    ]
    readonly property var conversation: Dialogue.conversation
    readonly property var skipped: conversation.phasesSkipped || []

    spacing: Theme.spacing / 2

    Button {
        height: Theme.touchTarget
        width: Math.min(implicitWidth, bar.width)
        objectName: "startConversationButton"
        visible: Dialogue.conversationId === "" && !CurrentVisit.closed
        text: qsTr("Start conversation")
        highlighted: true
        Accessible.name: text
        onClicked: Dialogue.startConversation(qsTr("Conversation %1").arg(Dialogue.conversationCount + 1))
    }
    Button {
        height: Theme.touchTarget
        width: Math.min(implicitWidth, bar.width)
        objectName: "startClosingMeetingButton"
        visible: Dialogue.conversationId === "" && !CurrentVisit.closed && Dialogue.conversationCount > 0
        text: qsTr("Closing meeting")
        Accessible.name: qsTr("Start the closing meeting that gathers the points of all conversations")
        onClicked: Dialogue.startConversation(qsTr("Closing meeting"), "closing_meeting")
    }
    Label {
        width: bar.width
        visible: Dialogue.conversationId === ""
        text: CurrentVisit.closed ? qsTr("The visit is closed; %n conversation(s) held.", "", Dialogue.conversationCount) : Dialogue.conversationCount > 0 ? qsTr("%n conversation(s) held. Start the next when you are ready.", "", Dialogue.conversationCount) : qsTr("Start a conversation to be guided through contract, check-in and wrap-up.")
        color: Theme.quietText
        wrapMode: Text.Wrap
    }
    ElidedLabel {
        height: Theme.touchTarget
        width: Math.min(implicitWidth, bar.width)
        visible: Dialogue.conversationId !== ""
        text: bar.conversation.title || ""
        font.bold: true
        verticalAlignment: Text.AlignVCenter
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: Dialogue.conversationId !== "" ? bar.phases : []

        delegate: Button {
            required property var modelData

            readonly property bool current: Dialogue.phase === modelData.phase
            readonly property bool wasSkipped: bar.skipped.indexOf(modelData.id) >= 0

            height: Theme.touchTarget
            width: Math.min(implicitWidth, bar.width)
            objectName: "phase_" + modelData.id
            text: wasSkipped ? qsTr("%1 (skipped)").arg(modelData.title) : modelData.title
            flat: !current
            highlighted: current
            checkable: false
            Accessible.name: current ? qsTr("%1, current phase").arg(modelData.title) : text
            onClicked: Dialogue.enterPhase(modelData.id)
        }
    }
}
