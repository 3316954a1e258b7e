pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Feltdialog.App

// The visits on this tablet, newest first, and the way to start a new one in two taps.
Page {
    id: page

    signal visitOpened(string visitId)

    background: Rectangle {
        color: Theme.background
    }

    footer: SyncBar {}

    header: ToolBar {
        Material.foreground: Theme.textOnAccent

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin

            Label {
                Layout.fillWidth: true
                Layout.minimumWidth: implicitWidth // the page's name is never cut, even on a phone
                objectName: "pageTitle"
                text: qsTr("Visits")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "securityButton"
                // On a phone the short word leaves room for the page's name; the screen reader
                // always hears the whole.
                text: page.width < 600 ? qsTr("PIN") : qsTr("Lock and PIN")
                flat: true
                Accessible.name: qsTr("Lock and PIN")
                onClicked: securityDialog.open()
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "lockButton"
                text: qsTr("Lock")
                flat: true
                Accessible.name: qsTr("Lock now")
                onClicked: Lock.lockNow()
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "startVisitButton"
                text: qsTr("Start visit")
                highlighted: true
                Accessible.name: text
                onClicked: facilityPicker.open()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: Visits.problem.length > 0
            text: Visits.problem
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: Visits.count === 0 && PlannedVisits.count === 0
            text: qsTr("No visits on this tablet yet. Tap “Start visit” when you arrive.")
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        PlannedVisitsSection {
            Layout.fillWidth: true
            // A long plan scrolls in its own list and leaves the visits on the tablet in view.
            Layout.maximumHeight: page.height * 0.4
            onVisitStarted: visitId => page.visitOpened(visitId)
        }
        ListView {
            id: list

            objectName: "visitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Visits
            Accessible.name: qsTr("Visits")

            delegate: ItemDelegate {
                id: row

                required property string visitId
                required property string facilityName
                required property date startedAt
                required property bool closed
                required property int noteCount
                required property string retentionNotice

                width: ListView.view.width
                height: Math.max(Theme.touchTarget * 1.5, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: qsTr("%1, started %2").arg(facilityName).arg(startedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                onClicked: page.visitOpened(visitId)

                background: Rectangle {
                    color: row.down ? Theme.border : Theme.surface
                    radius: Theme.radius
                    border.color: Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: row.facilityName
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (row.closed ? qsTr("Closed") : qsTr("In progress")) + " · " + row.startedAt.toLocaleString(Qt.locale(), Locale.ShortFormat) + " · " + qsTr("%n note(s)", "", row.noteCount)
                        color: Theme.quietText
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.retentionNotice
                        color: Theme.quietText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    FacilityPicker {
        id: facilityPicker

        objectName: "facilityPicker"
        onFacilityChosen: facilityId => {
            const visitId = Visits.startVisit(facilityId);
            if (visitId.length > 0)
                page.visitOpened(visitId);
        }
    }

    SecurityDialog {
        id: securityDialog

        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 520)
    }
}
