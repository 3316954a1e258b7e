import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Correcting a participant's name, or removing someone added by mistake. Both ask why: the record
// shows the change with who made it and when, and the first entry stays in the log.
Dialog {
    id: dialog

    property var participant: ({})
    property bool removing: false
    // The fields are drafted per participant and change ("rename/<id>/label", "remove/<id>/reason"):
    // what was typed stays through a lock or a crash, and comes back when the dialog opens again.
    readonly property string draftArea: removing ? "remove" : "rename"
    // Why the name could not be taken out, when it could not: said in the dialog, which stays open.
    property string redactionProblem: ""

    function openFor(entry, remove) {
        participant = entry;
        removing = remove;
        redact.checked = false;
        redactionProblem = "";
        open();
    }

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: removing ? qsTr("Remove %1").arg(participant.label || "") : qsTr("Correct the name of %1").arg(participant.label || "")
    standardButtons: Dialog.Cancel
    onOpened: (removing ? reason : label).forceActiveFocus()
    // Cancelled: nothing is recorded, and the words typed for it go too (back to the record's).
    onRejected: {
        if (!removing)
            label.text = participant.label || "";
        reason.clear();
    }
    // Gone at once when confirmed: a modal dialog fading out still takes the next tap on the list.
    exit: Transition {}

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TextField {
            id: label

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            objectName: "participantNewLabel"
            visible: !dialog.removing
            // Starts from the name as recorded, to correct it.
            DraftField.key: !dialog.removing && dialog.participant.id ? "rename/" + dialog.participant.id + "/label" : ""
            DraftField.recorded: dialog.participant.label || ""
            placeholderText: qsTr("The right name or initials")
            Accessible.name: placeholderText
        }
        Label {
            readonly property string recorded: Dialogue.recordableLabel(dialog.participant.role || "", label.text)

            Layout.fillWidth: true
            visible: !dialog.removing && label.text.trim().length > 0 && recorded !== label.text.trim()
            text: qsTr("Residents are written down by initials: this is recorded as “%1”.").arg(recorded)
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        TextField {
            id: reason

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            objectName: "participantChangeReason"
            DraftField.key: dialog.participant.id ? dialog.draftArea + "/" + dialog.participant.id + "/reason" : ""
            placeholderText: dialog.removing ? qsTr("Why (for example: added by mistake)") : qsTr("Why (for example: typed wrongly)")
            Accessible.name: placeholderText
            onAccepted: confirm.clicked()
        }
        CheckBox {
            id: redact

            Layout.fillWidth: true
            objectName: "redactParticipantName"
            text: dialog.removing ? qsTr("Also take the name out of the record entirely") : qsTr("Also take the earlier name out of the record entirely")
            Accessible.name: text
            onToggled: dialog.redactionProblem = ""
        }
        Label {
            Layout.fillWidth: true
            text: redact.checked ? qsTr("Everyone who reads the visit sees █████ in place of the name. The record shows that it was taken out, by whom, when and why.") : qsTr("The record shows the change, who made it and when.")
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "redactionProblem"
            visible: dialog.redactionProblem !== ""
            text: dialog.redactionProblem
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            id: confirm

            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            objectName: "confirmParticipantChange"
            highlighted: true
            enabled: reason.text.trim().length > 0 && (dialog.removing || label.text.trim().length > 0)
            text: dialog.removing ? qsTr("Remove") : qsTr("Correct")
            onClicked: {
                // the earlier entries go first, so the correction itself stays readable
                // Nothing is changed when the name cannot be taken out: the consultant asked for
                // both, and reads why here (the entries are gone from this conversation, or the
                // tablet could not save).
                if (redact.checked && !Dialogue.redactParticipantName(dialog.participant.id, reason.text)) {
                    dialog.redactionProblem = CurrentVisit.saveState === CurrentVisit.Failed ? qsTr("The name was not taken out of the record: the tablet could not save. Nothing was changed; try again.") : qsTr("The name was not taken out of the record: this conversation no longer holds an entry with it. Nothing was changed.");
                    return;
                }
                const ok = dialog.removing ? Dialogue.removeParticipant(dialog.participant.id, reason.text)
                                           : Dialogue.renameParticipant(dialog.participant.id, label.text, reason.text);
                if (ok)
                    dialog.close();
            }
        }
    }
}
