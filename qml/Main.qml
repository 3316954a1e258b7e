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
    // The title is all the window manager and task switcher see; it says when the app is locked.
    title: Lock.stage === Lock.Unlocked ? qsTr("Feltdialog") : qsTr("Feltdialog (locked)")
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: visitListPage
        visible: Storage.ready && Lock.stage === Lock.Unlocked
    }

    // Locking closes the visit page so no note text stays in the scene; unlocking returns the
    // consultant to the visit they had open (CurrentVisit has reopened it by then).
    Connections {
        function onStageChanged() {
            if (Lock.stage !== Lock.Unlocked)
                stack.pop(null);
            else if (CurrentVisit.visitId !== "" && stack.depth === 1)
                stack.push(visitPage);
        }

        target: Lock
    }

    Loader {
        anchors.fill: parent
        active: Storage.ready && (Lock.stage === Lock.ChoosePin || Lock.stage === Lock.Locked)
        // By URL, not a Component: Qt 6.4 refuses to let a Loader instantiate a component bound
        // to this file's context ("Cannot instantiate bound component outside its creation context").
        source: Qt.resolvedUrl("LockPage.qml")
    }

    // Shown instead of everything else while the store cannot be opened: nothing can be saved,
    // so nothing may be typed.
    Loader {
        anchors.fill: parent
        active: !Storage.ready
        source: Qt.resolvedUrl("StorageProblemPage.qml") // by URL: see the lock page's Loader below
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
