pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Where the visit happened: each location stamp as the record will show it, a stamp on request
// (at a conversation), and confirming the facility's address by hand when there is no position.
// One position per stamp, taken only when asked: the app follows nobody.
Dialog {
    id: dialog

    property bool byHand: false

    // From the "no position" banner: straight to the reason, keyboard up.
    function openForConfirmation() {
        byHand = true;
        open();
    }

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Location")
    standardButtons: Dialog.Close
    onAboutToShow: reason.text = ""
    onOpened: {
        if (byHand)
            reason.forceActiveFocus();
        byHand = false;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("A position is taken once when the visit starts and once when it ends, and when you ask for it. The app does not follow you.")
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        ListView {
            id: stamps

            objectName: "locationStamps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: VisitLocation.stamps
            Accessible.name: qsTr("Location stamps")

            delegate: ColumnLayout {
                id: stamp

                required property var modelData

                width: ListView.view.width
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: stamp.modelData.time + " · " + stamp.modelData.momentText + " · " + stamp.modelData.statusText
                    font.bold: true
                    color: stamp.modelData.far ? Theme.danger : Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: [stamp.modelData.distanceText, stamp.modelData.accuracyText, stamp.modelData.address, stamp.modelData.reasonText].filter(s => s.length > 0).join(" · ")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
            }
            Label {
                anchors.centerIn: parent
                visible: stamps.count === 0
                text: VisitLocation.stamping ? qsTr("Finding position…") : qsTr("No location stamps yet.")
                wrapMode: Text.Wrap
                color: Theme.quietText
            }
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            objectName: "stampNowButton"
            visible: !CurrentVisit.closed
            enabled: !VisitLocation.stamping
            text: VisitLocation.stamping ? qsTr("Finding position…") : qsTr("Take position now")
            onClicked: VisitLocation.stampNow()
        }
        // By hand: the consultant vouches for the registered address and says why.
        ColumnLayout {
            Layout.fillWidth: true
            visible: !CurrentVisit.closed
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: qsTr("Or confirm that you are at the facility's address: %1").arg(VisitLocation.facilityAddress)
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                TextField {
                    id: reason

                    objectName: "manualReason"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("Why by hand (e.g. no GPS indoors)")
                    Accessible.name: qsTr("Reason for confirming by hand")
                }
                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "manualConfirmButton"
                    enabled: reason.text.trim().length > 0
                    text: qsTr("Confirm address")
                    onClicked: {
                        if (VisitLocation.confirmAddress(reason.text))
                            reason.text = "";
                    }
                }
            }
        }
    }
}
