pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Feltdialog.App

// The window. Pages are loaded by URL when first needed, not compiled in with this file, so the
// first frame (the lock page) does not wait for screens nobody can see yet.
ApplicationWindow {
    id: window

    // Material draws its controls at fixed pixel sizes (14 px); at a larger text-size setting
    // every control's text grows with it (docs/text-size.md). At 1 the style's own sizes stay.
    Binding {
        target: window
        property: "font.pixelSize"
        value: Math.round(14 * Theme.fontScale)
        when: Theme.fontScale > 1
    }

    function openVisit(visitId: string) {
        if (CurrentVisit.open(visitId))
            showVisitPage();
    }

    function showVisitPage() {
        const page = stack.push(Qt.resolvedUrl("VisitPage.qml"));
        page.back.connect(() => {
            if (CurrentVisit.finishNote())
                stack.pop();
        });
    }

    // Unlocked: the visit list, and the visit that was open when the app locked (CurrentVisit
    // has reopened it by then). Locked: every page is destroyed, so no text stays in the scene.
    function followLock() {
        if (Lock.stage !== Lock.Unlocked) {
            stack.clear();
            return;
        }
        if (stack.depth === 0)
            stack.push(Qt.resolvedUrl("VisitListPage.qml")).visitOpened.connect(window.openVisit);
        if (CurrentVisit.visitId !== "" && stack.depth === 1)
            showVisitPage();
    }

    width: 1280
    height: 800
    visible: true
    // The title is all the window manager and task switcher see; it says when the app is locked.
    title: Lock.stage === Lock.Unlocked ? qsTr("Feltdialog") : qsTr("Feltdialog (locked)")
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Component.onCompleted: followLock()

    StackView {
        id: stack

        anchors.fill: parent
        visible: Storage.ready && Lock.stage === Lock.Unlocked && !OpenDialogs.pageHidden
    }

    Connections {
        function onStageChanged() {
            window.followLock();
        }

        target: Lock
    }

    // By URL, not a Component: Qt 6.4 refuses to let a Loader instantiate a component bound to
    // this file's context ("Cannot instantiate bound component outside its creation context").
    Loader {
        anchors.fill: parent
        active: Storage.ready && (Lock.stage === Lock.ChoosePin || Lock.stage === Lock.Locked)
        visible: !OpenDialogs.pageHidden // the forgotten-PIN dialog is over it
        source: Qt.resolvedUrl("LockPage.qml")
    }

    // Shown instead of everything else while the store cannot be opened: nothing can be saved,
    // so nothing may be typed.
    Loader {
        anchors.fill: parent
        active: !Storage.ready
        source: Qt.resolvedUrl("StorageProblemPage.qml")
    }
}
