pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Feltdialog.App

// Which facility are we at? One tap on a name starts the visit.
Dialog {
    id: dialog

    signal facilityChosen(string facilityId)

    title: qsTr("Where are you?")
    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.margin : 480, 560)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 2 * Theme.margin : 480, 520)
    standardButtons: Dialog.Cancel

    ListView {
        anchors.fill: parent
        clip: true
        model: Facilities
        Accessible.name: qsTr("Facilities")

        delegate: ItemDelegate {
            id: choice

            required property string facilityId
            required property string name
            required property string address

            width: ListView.view.width
            height: Math.max(Theme.touchTarget * 1.4, implicitHeight)
            text: name + "\n" + address
            Accessible.name: qsTr("Start visit at %1").arg(name)
            onClicked: {
                dialog.close();
                dialog.facilityChosen(facilityId);
            }
        }
    }
}
