import QtQuick
import QtQuick.Controls

// A dialog made the first time it is opened, not with the page: every dialog of the visit page
// built up front cost the page's first frame (docs/performance.md). Loaded by URL because Qt 6.4
// refuses to let a Loader instantiate a component bound to another file's context.
Loader {
    id: loader

    property real dialogWidth: 600
    property real dialogHeight: 400
    property string opening: "open"

    // open() or, for a dialog that has it, open("openForConfirmation").
    function open(how) {
        opening = how || "open";
        if (status === Loader.Ready)
            item[opening]();
        else
            active = true;
    }

    // Fills the page so the dialog, whose parent it is, can be centred in it.
    anchors.fill: parent
    active: false
    onLoaded: {
        const dialog = item as Dialog;
        dialog.parent = loader;
        dialog.width = Qt.binding(() => loader.dialogWidth);
        dialog.height = Qt.binding(() => loader.dialogHeight);
        dialog.x = Qt.binding(() => (loader.width - dialog.width) / 2);
        dialog.y = Qt.binding(() => (loader.height - dialog.height) / 2);
        item[opening]();
    }
}
