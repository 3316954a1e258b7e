pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Big digit keys for a gloved or hurried finger. Keyboards work too: the PIN fields take typed
// digits; this pad is for the touch screen.
GridLayout {
    id: pad

    property string enterText: qsTr("OK")

    signal digit(string value)
    signal erase
    signal enter

    columns: 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

        delegate: PinKey {
            required property string modelData

            objectName: "pinKey" + modelData
            text: modelData
            onClicked: pad.digit(modelData)
        }
    }
    PinKey {
        objectName: "pinKeyErase"
        text: "⌫"
        Accessible.name: qsTr("Erase")
        onClicked: pad.erase()
    }
    PinKey {
        objectName: "pinKey0"
        text: "0"
        onClicked: pad.digit("0")
    }
    PinKey {
        objectName: "pinKeyEnter"
        text: pad.enterText
        highlighted: true
        onClicked: pad.enter()
    }

    // A plain key rather than a Material Button: thirteen of them are on the first frame the app
    // shows, and each Material button brings a ripple and an elevation effect (docs/performance.md).
    component PinKey: AbstractButton {
        id: key

        property bool highlighted: false

        Layout.preferredWidth: Theme.touchTarget * 1.6
        Layout.preferredHeight: Theme.touchTarget * 1.4
        font.pixelSize: text.length > 1 ? Theme.fontSize : Theme.titleSize // "Lås op" fits the key
        focusPolicy: Qt.NoFocus // the PIN field keeps the keyboard focus
        Accessible.role: Accessible.Button
        Accessible.name: text
        // A screen reader's "press" must type the digit too; Qt 6.4 does not click for it here.
        Accessible.onPressAction: clicked()

        contentItem: Text {
            text: key.text
            font: key.font
            color: key.highlighted ? Theme.textOnAccent : Theme.text
            opacity: key.enabled ? 1 : 0.4
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius
            color: key.highlighted ? (key.down ? Qt.darker(Theme.accent, 1.25) : Theme.accent) : (key.down ? Theme.border : Theme.surface)
            border.color: key.highlighted ? Theme.accent : Theme.border
            opacity: key.enabled ? 1 : 0.6
        }
    }
}
