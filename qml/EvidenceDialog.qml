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
    // Out of a screen reader's reach while open: the page behind it (docs/accessibility.md).
    CoversPage {
        popup: dialog
    }
    title: qsTr("Evidence and assessment")
    standardButtons: Dialog.Close
    onAboutToShow: indicators.model = Dialogue.coverage()

    // The rows of the nested repeaters carry what they need of their indicator (see below).
    function scoreButtons(row: int, chosen: int): var {
        const list = [];
        for (let value = 1; value <= 5; ++value)
            list.push({
                "value": value,
                "row": row,
                "chosen": chosen === value
            });
        return list;
    }
    function versions(row: int, indicatorId: string, concurrent: var): var {
        const list = [];
        for (const v of concurrent)
            list.push({
                "row": row,
                "indicatorId": indicatorId,
                "score": v.score,
                "rationale": v.rationale,
                "at": v.at
            });
        return list;
    }

    Connections {
        function onChanged() {
            if (!dialog.visible)
                return;
            // A new model rebuilds the rows; keep the consultant where they were scoring.
            const y = indicators.contentY;
            indicators.model = Dialogue.coverage();
            indicators.contentY = y;
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
                    text: indicator.modelData.title.startsWith(indicator.modelData.id) ? indicator.modelData.title : indicator.modelData.id + " " + indicator.modelData.title
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
                // Two consultants scored this indicator before their tablets met: both scores
                // stand until one is kept or a new score replaces them.
                ColumnLayout {
                    objectName: "concurrentScores_" + indicator.index
                    Layout.fillWidth: true
                    visible: indicator.modelData.concurrent.length > 1
                    spacing: Theme.spacing / 2

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Two scores were given at the same time. Keep one, or give a new score that replaces both.")
                        color: Theme.danger
                        wrapMode: Text.Wrap
                    }
                    // What the rows need from the indicator travels in the model: Qt 6.4 has not
                    // yet set the outer delegate's id when a nested delegate's bindings first run.
                    Repeater {
                        model: dialog.versions(indicator.index, indicator.modelData.id, indicator.modelData.concurrent)

                        delegate: RowLayout {
                            id: version

                            required property var modelData
                            required property int index

                            Layout.fillWidth: true

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 of 5, %2: %3").arg(version.modelData.score).arg(version.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat)).arg(version.modelData.rationale)
                                wrapMode: Text.Wrap
                            }
                            Button {
                                Layout.preferredHeight: Theme.touchTarget
                                objectName: "keepScore_" + version.modelData.row + "_" + version.index
                                text: qsTr("Keep this")
                                Accessible.name: qsTr("Keep the score %1 of 5").arg(version.modelData.score)
                                onClicked: Dialogue.scoreIndicator(version.modelData.indicatorId, version.modelData.score, version.modelData.rationale)
                            }
                        }
                    }
                }
                RowLayout {
                    spacing: Theme.spacing / 2

                    Repeater {
                        model: dialog.scoreButtons(indicator.index, indicator.chosen)

                        // The tap is connected here, where the indicator is in reach (see above).
                        onItemAdded: (index, item) => item.clicked.connect(() => indicator.chosen = index + 1)

                        delegate: Button {
                            required property var modelData

                            Layout.preferredWidth: Theme.touchTarget
                            Layout.preferredHeight: Theme.touchTarget
                            objectName: "score_" + modelData.row + "_" + modelData.value
                            text: modelData.value
                            highlighted: modelData.chosen
                            Accessible.name: qsTr("Score %1 of 5").arg(modelData.value)
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
                            // The words without the markup, which a screen reader would spell out.
                            Accessible.name: modelData.title + ": " + modelData.text
                            wrapMode: Text.Wrap
                        }
                    }
                }
                TextField {
                    id: rationale

                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "rationale_" + indicator.index
                    // Rows are rebuilt on every change: the draft keeps the typing (and the focus).
                    DraftField.key: "assessment/" + indicator.modelData.id + "/rationale"
                    DraftField.recorded: indicator.modelData.rationale || ""
                    placeholderText: qsTr("Why this score (required)")
                    Accessible.name: placeholderText
                }
                Button {
                    // What is on screen is what was recorded: then the button says so and waits for a change.
                    readonly property bool recorded: (indicator.modelData.concurrent || []).length === 0 && indicator.chosen > 0
                                                     && indicator.modelData.score === indicator.chosen
                                                     && (indicator.modelData.rationale || "") === rationale.text.trim()

                    Layout.alignment: Qt.AlignRight
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "saveScore_" + indicator.index
                    text: recorded ? qsTr("Assessment saved ✓") : qsTr("Save assessment")
                    enabled: !recorded && indicator.chosen > 0 && rationale.text.trim().length > 0
                    Accessible.name: text
                    onClicked: Dialogue.scoreIndicator(indicator.modelData.id, indicator.chosen, rationale.text)
                }
            }
        }
    }
}
