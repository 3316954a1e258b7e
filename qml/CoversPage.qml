import QtQuick
import QtQuick.Templates as T

// Put in every modal dialog: while the dialog shows, the page behind it is out of a screen
// reader's reach (OpenDialogs). Gone with its dialog, it stops covering even if the dialog was
// destroyed while open (the app locked with it up).
QtObject {
    required property T.Popup popup // any dialog: the style's Popup is not a Dialog's base
    readonly property bool covers: popup.visible

    onCoversChanged: OpenDialogs.cover(this, covers)
    Component.onDestruction: OpenDialogs.cover(this, false)
}
