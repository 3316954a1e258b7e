import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Says, without blocking anything, that the latest location stamp has a problem (no position, or
// far from the facility) and offers the ways on: try again, or confirm the address by hand.
Rectangle {
    id: banner

    // On a phone the buttons go under the words instead of squeezing them.
    property bool stacked: false
    // The page hides the banner while a note is written on a short screen; it comes back after.
    property bool shown: true

    signal confirmByHand

    visible: shown && VisitLocation.attention.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    GridLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: banner.stacked ? 2 : 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            Layout.columnSpan: banner.stacked ? 2 : 1
            objectName: "locationAttention"
            text: VisitLocation.attention
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Try again")
            enabled: !VisitLocation.stamping
            onClicked: VisitLocation.stampNow()
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            objectName: "confirmAddressButton"
            text: qsTr("Confirm address")
            onClicked: banner.confirmByHand()
        }
    }
}
