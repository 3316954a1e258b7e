pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The visits the office planned for this consultant and not yet on the tablet, above the visits
// here. Starting one is a deliberate tap on its Start button (a row can be touched by accident
// while scrolling); the visit then opens like any other.
ColumnLayout {
    id: section

    signal visitStarted(string visitId)

    // "Today · Unannounced visit · focus 8.b": the parts that say something, in one line.
    function joined(parts: var): string {
        let text = "";
        for (const part of parts) {
            if (part.length > 0)
                text += (text.length > 0 ? " · " : "") + part;
        }
        return text;
    }

    visible: PlannedVisits.count > 0
    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing / 2
        text: qsTr("Planned by the office")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: contentHeight
        objectName: "plannedList"
        clip: true
        interactive: contentHeight > height
        spacing: Theme.spacing / 2
        model: PlannedVisits
        Accessible.name: qsTr("Planned by the office")

        delegate: Rectangle {
            id: plan

            required property string visitId
            required property string facilityName
            required property string address
            required property string plannedDate
            required property bool overdue
            required property bool today
            required property string kind
            required property string focusIndicators
            required property int colleagues
            required property int index

            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget * 1.5, row.implicitHeight + 2 * Theme.spacing)
            color: Theme.surface
            radius: Theme.radius
            border.color: plan.today ? Theme.accent : Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("Planned: %1, %2").arg(facilityName).arg(plannedDate)

            RowLayout {
                id: row

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: plan.facilityName
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: section.joined([plan.today ? qsTr("Today") : (plan.overdue ? qsTr("Planned for %1, passed").arg(plan.plannedDate) : plan.plannedDate), plan.kind === "dialogue_meeting" ? qsTr("Dialogue meeting") : qsTr("Unannounced visit"), plan.focusIndicators.length > 0 ? qsTr("focus %1").arg(plan.focusIndicators) : "", plan.colleagues > 0 ? qsTr("with %n colleague(s)", "", plan.colleagues) : ""])
                        color: plan.overdue ? Theme.danger : Theme.quietText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: plan.address.length > 0
                        text: plan.address
                        color: Theme.quietText
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                }
                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "startPlanned_" + plan.index
                    text: qsTr("Start")
                    highlighted: plan.today
                    Accessible.name: qsTr("Start the planned visit at %1").arg(plan.facilityName)
                    onClicked: {
                        const id = PlannedVisits.start(plan.visitId);
                        if (id.length > 0)
                            section.visitStarted(id);
                    }
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing / 2
        visible: Visits.count > 0
        text: qsTr("On this tablet")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
}
