pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Feltdialog.App

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Feltdialog")
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: visitListPage
        visible: Storage.ready
    }

    // Shown instead of everything else while the store cannot be opened: nothing can be saved,
    // so nothing may be typed.
    Loader {
        anchors.fill: parent
        active: !Storage.ready
        sourceComponent: StorageProblemPage {
        }
    }

    Component {
        id: visitListPage

        VisitListPage {
            onVisitOpened: visitId => {
                if (CurrentVisit.open(visitId))
                    stack.push(visitPage);
            }
        }
    }

    Component {
        id: visitPage

        VisitPage {
            onBack: {
                if (CurrentVisit.finishNote())
                    stack.pop();
            }
        }
    }
}
