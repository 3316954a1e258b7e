import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Says, without blocking anything, that the latest location stamp has a problem (no position, or
// far from the facility) and offers the ways on: try again, or confirm the address by hand.
Rectangle {
    id: banner

    signal confirmByHand

    visible: VisitLocation.attention.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
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
