import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// A quiet word about saving: nothing while there is nothing to save, "Saving…" while typing,
// "Saved" once the text is on disk, a clear red word when it is not. It keeps the width of its
// longest word whatever it shows, so the header's buttons beside it never move under a finger.
Label {
    id: indicator

    property int state: CurrentVisit.NothingToSave

    Layout.preferredWidth: Math.ceil(Math.max(saved.advanceWidth, saving.advanceWidth, failed.advanceWidth))
    Layout.minimumWidth: Layout.preferredWidth
    text: state === CurrentVisit.NothingToSave ? "" : state === CurrentVisit.Failed ? failed.text : state === CurrentVisit.Unsaved ? saving.text : saved.text
    color: state === CurrentVisit.Failed ? Theme.dangerSurface : Theme.textOnAccent
    font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: text === ""

    TextMetrics {
        id: saved

        font: indicator.font
        text: qsTr("Saved")
    }
    TextMetrics {
        id: saving

        font: indicator.font
        text: qsTr("Saving…")
    }
    TextMetrics {
        id: failed

        font: indicator.font
        text: qsTr("Not saved")
    }
}
