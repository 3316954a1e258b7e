import QtQuick
import QtQuick.Controls
import Feltdialog.App

// A quiet word about saving: nothing while there is nothing to save, "Saving…" while typing,
// "Saved" once the text is on disk, a clear red word when it is not.
Label {
    id: indicator

    property int state: CurrentVisit.NothingToSave

    visible: state !== CurrentVisit.NothingToSave
    text: state === CurrentVisit.Failed ? qsTr("Not saved") : state === CurrentVisit.Unsaved ? qsTr("Saving…") : qsTr("Saved")
    color: state === CurrentVisit.Failed ? Theme.dangerSurface : Theme.textOnAccent
    font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
