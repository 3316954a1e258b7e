pragma Singleton
import QtQuick
import Feltdialog.App

// Sizes and colours in one place. Touch targets never go below 48 px; text follows the system
// font size so a consultant with 200% scaling can still read and hit everything.
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 8
    // The consultant's text-size setting on the platform (TextSize: Android's font scale, the
    // desktop's font); layouts grow with it instead of clipping. Tests may set it directly.
    property real fontScale: TextSize.scale
    readonly property real fontSize: 16 * fontScale
    readonly property real titleSize: fontSize * 1.5
    readonly property real smallSize: fontSize * 0.85

    readonly property color background: "#f6f5f2"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1d1d1b"
    readonly property color quietText: "#5c5b57"
    readonly property color accent: "#1f5f8b"
    readonly property color textOnAccent: "#ffffff"
    readonly property color border: "#d6d3cc"
    readonly property color danger: "#a1271b"
    readonly property color dangerSurface: "#fbe9e7"
    readonly property color ok: "#2e6b34"
}
