pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The visit timeline: everything in order, straight from the log, read-only. What the record
// will say, so the consultant can check it before leaving.
Dialog {
    id: dialog

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Timeline")
    onAboutToShow: entries.model = Dialogue.timeline()

    // Qt's own "Close", in Danish through Qt's catalogue (see main.cpp).
    standardButtons: Dialog.Close

    ListView {
        id: entries

        objectName: "timelineEntries"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing / 2
        Accessible.name: qsTr("Timeline")

        delegate: RowLayout {
            id: entry

            required property var modelData

            width: ListView.view.width
            spacing: Theme.spacing

            Label {
                Layout.alignment: Qt.AlignTop
                text: entry.modelData.at.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) + "\n" + entry.modelData.author
                color: Theme.quietText
                font.pixelSize: Theme.smallSize
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    objectName: "timelineWhat"
                    Layout.fillWidth: true
                    text: entry.modelData.what
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "timelineDetail"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: entry.modelData.detail // plain text: a note is never read as markup
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
