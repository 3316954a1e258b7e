pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Feltdialog.App

// The visit record on the tablet: the same pages as the PDF for the case file, painted in memory
// from the sealed log, so reading it writes nothing to disk. A file is made only when the
// consultant chooses where to send it, and the dialog says that the file is outside the PIN's
// protection before the place is chosen.
Dialog {
    id: dialog

    property string problem: ""

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: RecordExport.draft ? qsTr("Visit record (draft)") : qsTr("Visit record")
    standardButtons: Dialog.Close
    onAboutToShow: problem = RecordExport.prepare()
    onClosed: RecordExport.release()

    function choosePlace(suffix) {
        saveDialog.defaultSuffix = suffix;
        saveDialog.nameFilters = suffix === "json" ? [qsTr("JSON for other systems (*.json)")]
                                                   : [qsTr("PDF/A for the case file (*.pdf)")];
        saveDialog.currentFolder = RecordExport.suggestedFolder;
        saveDialog.currentFile = RecordExport.suggestedFolder + "/" + RecordExport.suggestedName + "." + suffix;
        saveDialog.open();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            objectName: "recordProblem"
            visible: dialog.problem.length > 0
            text: dialog.problem
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "recordUnprotected"
            text: qsTr("Shown here, the record stays protected by your PIN. A saved file is not: save it only where the case file may be kept, and remove it from the tablet when it has been sent.")
            color: Theme.quietText
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                objectName: "saveRecordPdf"
                height: Theme.touchTarget
                enabled: RecordExport.pageCount > 0
                text: qsTr("Save as PDF …")
                onClicked: dialog.choosePlace("pdf")
            }
            Button {
                objectName: "saveRecordJson"
                height: Theme.touchTarget
                enabled: RecordExport.pageCount > 0
                text: qsTr("Save as JSON …")
                onClicked: dialog.choosePlace("json")
            }
        }
        Label {
            id: saved

            Layout.fillWidth: true
            objectName: "recordSavedMessage"
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        ListView {
            id: pages

            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "recordPages"
            clip: true
            spacing: Theme.spacing
            model: RecordExport.pageCount
            Accessible.name: qsTr("Pages of the visit record")
            ScrollBar.vertical: ScrollBar {}

            // A sheet of paper on a grey desk, so a page's white margins read as the page.
            delegate: Rectangle {
                id: sheet

                required property int index

                width: ListView.view.width
                height: width * RecordExport.pageAspect
                color: Theme.border

                RecordPageItem {
                    anchors.fill: parent
                    anchors.margins: 1
                    record: RecordExport
                    page: sheet.index
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Page %1 of %2").arg(sheet.index + 1).arg(RecordExport.pageCount)
                }
            }
        }
    }

    FileDialog {
        id: saveDialog

        objectName: "recordSaveDialog"
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the visit record")
        acceptLabel: qsTr("Save")
        onAccepted: saved.text = RecordExport.saveTo(selectedFile)
    }
}
