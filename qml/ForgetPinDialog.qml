import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// The last resort for a forgotten PIN. Says plainly what is lost before anything is deleted;
// keeping everything is the default button.
Dialog {
    id: dialog

    modal: true
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Forgot your PIN?")

    onAboutToShow: consequences.text = Lock.wipeConsequences()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Nobody can open the notes on this tablet without your PIN, and there is no way to look it up. The only way on is to delete the tablet's store and start again.")
            wrapMode: Text.Wrap
        }
        Label {
            id: consequences

            Layout.fillWidth: true
            objectName: "wipeConsequences"
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Keep everything")
                highlighted: true
                Accessible.name: text
                onClicked: dialog.close()
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "wipeButton"
                text: qsTr("Delete and start again")
                Accessible.name: text
                palette.buttonText: Theme.danger
                onClicked: {
                    Lock.forgetPinAndWipe();
                    dialog.close();
                }
            }
        }
    }
}
