pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Shown while a timeout lasts: who called it, for how long, and the three ways it can end.
Rectangle {
    id: banner

    readonly property var timeout: Dialogue.openTimeout
    property int seconds: 0

    visible: timeout.id !== undefined
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.dangerSurface
    radius: Theme.radius

    Timer {
        running: banner.visible
        repeat: true
        interval: 1000
        triggeredOnStart: true
        onTriggered: banner.seconds = Math.max(0, Math.round((Date.now() - banner.timeout.calledWall) / 1000))
    }

    // The words above the three ways to end it: beside them, on a phone or at a large text size,
    // the words were squeezed to one letter a line.
    ColumnLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            objectName: "timeoutRunning"
            text: (banner.timeout.caller === DialogueTerms.ByFacility ? qsTr("Timeout called by the facility") : qsTr("Timeout called by you")) + " · " + Math.floor(banner.seconds / 60) + ":" + String(banner.seconds % 60).padStart(2, "0") + (banner.timeout.reason ? " · " + banner.timeout.reason : "")
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: [
                    {
                        "id": "adjusted",
                        "title": qsTr("Adjusted")
                    },
                    {
                        "id": "continue",
                        "title": qsTr("Continue")
                    },
                    {
                        "id": "refocus",
                        "title": qsTr("Refocus")
                    }
                ]

                delegate: Button {
                    required property var modelData

                    height: Theme.touchTarget
                    width: Math.min(implicitWidth, row.width)
                    objectName: "timeoutEnd_" + modelData.id
                    text: modelData.title
                    Accessible.name: qsTr("End timeout: %1").arg(modelData.title)
                    onClicked: Dialogue.endTimeout(modelData.id)
                }
            }
        }
    }
}
