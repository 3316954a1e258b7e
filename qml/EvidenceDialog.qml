pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Before leaving: for each focus indicator, what backs it (sources and methods), where the
// evidence is thin, and the consultant's 1–5 assessment with its written reason. Nothing is
// suggested: the score is the consultant's own, and a score without a reason is not accepted.
Dialog {
    id: dialog

    modal: true
    title: qsTr("Evidence and assessment")
    standardButtons: Dialog.Close
    onAboutToShow: indicators.model = Dialogue.coverage()

    Connections {
        function onChanged() {
            if (dialog.visible)
                indicators.model = Dialogue.coverage();
        }

        target: Dialogue
    }

    ListView {
        id: indicators

        objectName: "coverageList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing
        Accessible.name: qsTr("Indicators")

        delegate: Rectangle {
            id: indicator

            required property var modelData
            required property int index
            property int chosen: modelData.score
            property bool showGuide: false
            // What the guidance says to weigh for this indicator (8.b has it), beside the score.
            readonly property var guide: {
                for (const entry of Dialogue.indicators) {
                    if (entry.id === modelData.id)
                        return entry.guide;
                }
                return undefined;
            }

            width: ListView.view.width
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            radius: Theme.radius
            border.color: modelData.gap ? Theme.danger : Theme.border

            ColumnLayout {
                id: column

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    text: indicator.modelData.id + " " + indicator.modelData.title
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "coverage_" + indicator.index
                    text: indicator.modelData.noteCount === 0 ? qsTr("No notes yet: a gap.") : qsTr("%n note(s)", "", indicator.modelData.noteCount) + " · " + qsTr("sources: %1").arg(indicator.modelData.sources.join(", ") || "–") + " · " + qsTr("methods: %1").arg(indicator.modelData.methods.join(", ") || "–") + (indicator.modelData.gap ? " · " + qsTr("one kind of evidence only") : "")
                    color: indicator.modelData.gap ? Theme.danger : Theme.quietText
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    spacing: Theme.spacing / 2

                    Repeater {
                        model: 5

                        delegate: Button {
                            required property int index

                            Layout.preferredWidth: Theme.touchTarget
                            Layout.preferredHeight: Theme.touchTarget
                            objectName: "score_" + indicator.index + "_" + (index + 1)
                            text: index + 1
                            highlighted: indicator.chosen === index + 1
                            Accessible.name: qsTr("Score %1 of 5").arg(index + 1)
                            onClicked: indicator.chosen = index + 1
                        }
                    }
                }
                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "guideToggle_" + indicator.index
                    visible: indicator.guide !== undefined
                    flat: true
                    text: indicator.showGuide ? qsTr("Hide the assessment guide") : qsTr("Assessment guide")
                    onClicked: indicator.showGuide = !indicator.showGuide
                }
                ColumnLayout {
                    objectName: "guide_" + indicator.index
                    Layout.fillWidth: true
                    visible: indicator.showGuide && indicator.guide !== undefined
                    spacing: Theme.spacing / 2

                    Label {
                        Layout.fillWidth: true
                        text: indicator.guide ? indicator.guide.intro : ""
                        color: Theme.quietText
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: indicator.guide ? indicator.guide.weigh : []

                        delegate: Label {
                            required property string modelData

                            Layout.fillWidth: true
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                        }
                    }
                    Repeater {
                        model: indicator.guide ? indicator.guide.levels : []

                        delegate: Label {
                            required property var modelData

                            Layout.fillWidth: true
                            text: "<b>" + modelData.title + ":</b> " + modelData.text
                            textFormat: Text.StyledText
                            wrapMode: Text.Wrap
                        }
                    }
                }
                TextField {
                    id: rationale

                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "rationale_" + indicator.index
                    text: indicator.modelData.rationale
                    placeholderText: qsTr("Why this score (required)")
                    Accessible.name: placeholderText
                }
                Button {
                    Layout.alignment: Qt.AlignRight
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "saveScore_" + indicator.index
                    text: qsTr("Save assessment")
                    enabled: indicator.chosen > 0 && rationale.text.trim().length > 0
                    Accessible.name: text
                    onClicked: Dialogue.scoreIndicator(indicator.modelData.id, indicator.chosen, rationale.text)
                }
            }
        }
    }
}
