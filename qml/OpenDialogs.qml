pragma Singleton
import QtQuick
import Feltdialog.App

// The modal dialogs open now (each says so with a CoversPage). While one is open and a screen
// reader is on, the window hides its pages (Main.qml): Qt 6.4 gives a screen reader every
// visible item, whatever a modal dialog covers, so a page that is only dimmed can still be read
// and pressed behind the dialog. Without a screen reader the page stays drawn, dimmed.
QtObject {
    property list<QtObject> covering
    readonly property bool pageHidden: covering.length > 0 && ScreenReader.active

    function cover(by: QtObject, open: bool) {
        const others = Array.from(covering).filter(c => c !== by);
        covering = open ? others.concat([by]) : others;
    }
}
