import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Feltdialog"

    Label {
        anchors.centerIn: parent
        text: "Hej"
    }
}
