import QtQuick
import QtQuick.Controls

// A one-line label that may be cut with an ellipsis where there is no room (a heading in a
// phone's header, a long facility name at twice the text size). The full text is never lost:
// pressing and holding shows it, and a screen reader reads it whole from the accessible name.
Label {
    id: label

    elide: Text.ElideRight
    maximumLineCount: 1
    Accessible.name: text

    TapHandler {
        enabled: label.truncated
        onLongPressed: fullText.show(label.text, 6000)
    }
    ToolTip {
        id: fullText

        objectName: "fullText"
        width: Math.min(implicitWidth, label.Window.width - 2 * Theme.margin)
        contentItem: Label {
            text: fullText.text
            color: Theme.textOnAccent
            wrapMode: Text.Wrap
        }
    }
}
