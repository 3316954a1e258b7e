pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Shared understanding: each summary point is read out or handed over on the tablet, and the
// facility's representative confirms it or says, in their own words, how they understood it.
// Then agreements, development and attention points, check-out, and the next steps.
ColumnLayout {
    id: panel

    readonly property var conversation: Dialogue.conversation
    readonly property string conversationId: Dialogue.conversationId

    // The panel serves each conversation in turn: its fields' drafts are keyed by the conversation,
    // so what was typed for the last one is not carried over to the next (and is back if it returns).
    function draftKey(field: string): string {
        return panel.conversationId ? "wrapup/" + panel.conversationId + "/" + field : "";
    }

    spacing: Theme.spacing

    GuidanceCard {
        Layout.fillWidth: true
        phaseId: Dialogue.conversationKind === DialogueTerms.ClosingMeeting ? "closing" : "wrapup"
    }
    // The closing meeting gathers what the conversations brought, to go through it together.
    Label {
        Layout.fillWidth: true
        visible: Dialogue.conversationKind === DialogueTerms.ClosingMeeting
        text: qsTr("From the conversations")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: Dialogue.conversationKind === DialogueTerms.ClosingMeeting ? Dialogue.pointsFromConversations() : []

        delegate: Label {
            required property var modelData

            Layout.fillWidth: true
            objectName: "gatheredPoint"
            text: "• " + modelData.conversation + ": " + modelData.text + (modelData.detail ? " (" + modelData.detail + ")" : "")
            wrapMode: Text.Wrap
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Summary points")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    // A model that changes only the rows an event changed: a new point or an answer to another
    // one leaves this point's delegate, what is typed in its own words and the focus as they are.
    Repeater {
        model: Dialogue.summaryPoints

        delegate: Rectangle {
            id: point

            required property int index
            required property string pointId
            required property string pointText
            required property int response
            required property string theirWords

            Layout.fillWidth: true
            implicitHeight: pointColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            radius: Theme.radius
            border.color: response === DialogueTerms.UnderstoodDifferently ? Theme.danger : response === DialogueTerms.Confirmed ? Theme.ok : Theme.border

            ColumnLayout {
                id: pointColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    text: point.pointText
                    wrapMode: Text.Wrap
                }
                // Always one line, answered or not: a line appearing on confirming would push the
                // next point's buttons down under the finger about to tap them. Their own words in
                // full are on press-and-hold and in the accessible name.
                ElidedLabel {
                    Layout.fillWidth: true
                    objectName: "response_" + point.index
                    text: point.response === DialogueTerms.Confirmed ? qsTr("Confirmed by the facility") : point.response === DialogueTerms.UnderstoodDifferently ? qsTr("Understood differently: “%1”").arg(point.theirWords) : qsTr("Not answered yet")
                    color: point.response === DialogueTerms.Confirmed ? Theme.ok : point.response === DialogueTerms.UnderstoodDifferently ? Theme.danger : Theme.quietText
                }
                TextField {
                    id: ownWords

                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    objectName: "theirWords_" + point.index
                    DraftField.key: "wrapup/" + point.pointId + "/ownWords"
                    placeholderText: qsTr("In their own words, if understood differently")
                    Accessible.name: placeholderText
                }
                // Wraps: "Understood differently" does not fit beside "Confirmed" on a phone.
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2

                    Button {
                        height: Theme.touchTarget
                        width: Math.min(implicitWidth, panel.width - 2 * Theme.spacing) // not the new row's own width: 0 until laid out
                        objectName: "confirm_" + point.index
                        text: qsTr("Confirmed")
                        Accessible.name: qsTr("The facility confirms this point")
                        onClicked: Dialogue.answerSummaryPoint(point.pointId, "confirmed", "")
                    }
                    Button {
                        height: Theme.touchTarget
                        width: Math.min(implicitWidth, panel.width - 2 * Theme.spacing) // not the new row's own width: 0 until laid out
                        objectName: "differently_" + point.index
                        text: qsTr("Understood differently")
                        enabled: ownWords.text.trim().length > 0
                        Accessible.name: qsTr("The facility understood this point differently")
                        onClicked: Dialogue.answerSummaryPoint(point.pointId, "understood_differently", ownWords.text)
                    }
                }
            }
        }
    }
    AddRow {
        objectName: "summaryInput"
        draftKey: panel.draftKey("summary")
        placeholder: qsTr("A summary point")
        onAdded: text => Dialogue.stateSummaryPoint(text)
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Agreements")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: Dialogue.agreements

        delegate: Label {
            required property string what
            required property string who
            required property string byWhen

            Layout.fillWidth: true
            objectName: "agreement"
            text: "• " + what + (who ? " — " + who : "") + (byWhen ? " (" + byWhen + ")" : "")
            wrapMode: Text.Wrap
        }
    }
    // What, who, by when and Add in one row where there is room; on a phone or at a large text
    // size What gets a row of its own, so none of the fields is squeezed out.
    GridLayout {
        readonly property bool roomy: panel.width >= Theme.touchTarget * 12

        Layout.fillWidth: true
        columns: roomy ? 4 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        TextField {
            id: what

            Layout.fillWidth: true
            Layout.columnSpan: parent.roomy ? 1 : 2
            Layout.minimumWidth: Theme.touchTarget * 2
            Layout.preferredHeight: Theme.touchTarget
            objectName: "agreementWhat"
            DraftField.key: panel.draftKey("agreementWhat")
            placeholderText: qsTr("What")
            Accessible.name: qsTr("Agreement: what")
        }
        TextField {
            id: who

            Layout.preferredWidth: Theme.touchTarget * 3
            Layout.fillWidth: !parent.roomy
            Layout.preferredHeight: Theme.touchTarget
            objectName: "agreementWho"
            DraftField.key: panel.draftKey("agreementWho")
            placeholderText: qsTr("Who")
            Accessible.name: qsTr("Agreement: who")
        }
        TextField {
            id: byWhen

            Layout.preferredWidth: Theme.touchTarget * 3
            Layout.fillWidth: !parent.roomy
            Layout.preferredHeight: Theme.touchTarget
            objectName: "agreementWhen"
            DraftField.key: panel.draftKey("agreementWhen")
            placeholderText: qsTr("By when")
            Accessible.name: qsTr("Agreement: by when")
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            Layout.columnSpan: parent.roomy ? 1 : 2
            Layout.alignment: Qt.AlignRight
            objectName: "addAgreement"
            text: qsTr("Add")
            enabled: what.text.trim().length > 0
            Accessible.name: qsTr("Add agreement")
            onClicked: {
                if (Dialogue.makeAgreement(what.text, who.text, byWhen.text)) {
                    what.clear();
                    who.clear();
                    byWhen.clear();
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Development and attention points")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: Dialogue.findings

        delegate: Label {
            required property int kind
            required property string indicatorId
            required property string findingText

            Layout.fillWidth: true
            text: (kind === DialogueTerms.AttentionPoint ? qsTr("Attention") : qsTr("Development")) + (indicatorId ? " · " + indicatorId : "") + ": " + findingText
            wrapMode: Text.Wrap
        }
    }
    // The same: kind and indicator above the point where the row has no room for all four.
    GridLayout {
        readonly property bool roomy: panel.width >= Theme.touchTarget * 14
        // The kind's whole word and the indicator side by side where they fit, else a row each.
        readonly property bool pickersSideBySide: roomy || panel.width >= findingKind.implicitWidth + findingIndicator.implicitWidth + columnSpacing

        Layout.fillWidth: true
        columns: roomy ? 4 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ComboBox {
            id: findingKind

            Layout.preferredHeight: Theme.touchTarget
            Layout.fillWidth: !parent.roomy
            // The whole word: as wide as the longest, and a row of its own where two do not fit.
            Layout.columnSpan: parent.pickersSideBySide ? 1 : 2
            implicitContentWidthPolicy: ComboBox.WidestText
            model: [qsTr("Development point"), qsTr("Attention point")]
            Accessible.name: qsTr("Kind of point")
            Accessible.description: displayText // the choice, read after the name
            // The text the box shows is read with the box, not again as a nameless field of its own.
            Binding {
                target: findingKind.contentItem
                property: "Accessible.ignored"
                value: true
            }
        }
        ComboBox {
            id: findingIndicator

            Layout.preferredHeight: Theme.touchTarget
            Layout.fillWidth: !parent.roomy
            Layout.columnSpan: parent.pickersSideBySide ? 1 : 2
            model: Dialogue.indicators
            textRole: "id"
            valueRole: "id"
            Accessible.name: qsTr("Indicator")
            Accessible.description: displayText // the choice, read after the name
            // The text the box shows is read with the box, not again as a nameless field of its own.
            Binding {
                target: findingIndicator.contentItem
                property: "Accessible.ignored"
                value: true
            }
        }
        TextField {
            id: findingText

            Layout.fillWidth: true
            Layout.columnSpan: parent.roomy ? 1 : 2
            Layout.minimumWidth: Theme.touchTarget * 2
            Layout.preferredHeight: Theme.touchTarget
            objectName: "findingText"
            DraftField.key: panel.draftKey("finding")
            placeholderText: qsTr("The point")
            Accessible.name: placeholderText
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            Layout.columnSpan: parent.roomy ? 1 : 2
            Layout.alignment: Qt.AlignRight
            text: qsTr("Add")
            enabled: findingText.text.trim().length > 0
            Accessible.name: qsTr("Add point")
            onClicked: {
                if (Dialogue.noteFinding(findingKind.currentIndex === 1 ? "attention" : "development", findingIndicator.currentValue, findingText.text))
                    findingText.clear();
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Check-out: what did each of you get out of the conversation, and what do you take with you?")
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    // Recorded when the focus moves on: a check-out changes its own row's values only, so the
    // next field keeps the focus. Both answers go in one check-out, as both questions are one.
    Repeater {
        model: Dialogue.participants

        delegate: ColumnLayout {
            id: checkOut

            required property int index
            required property string participantId
            required property string label
            required property string gained
            required property string takesAway
            required property bool removed

            Layout.fillWidth: true
            visible: !removed
            spacing: Theme.spacing / 2

            TextField {
                id: gainedField

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "checkOutGained_" + checkOut.index
                DraftField.key: "checkout/" + checkOut.participantId + "/gained"
                DraftField.recorded: checkOut.gained
                placeholderText: qsTr("What %1 got out of it…").arg(checkOut.label)
                Accessible.name: placeholderText
                onEditingFinished: if (text !== checkOut.gained)
                    Dialogue.noteCheckOut(checkOut.participantId, text, takesAwayField.text)
            }
            TextField {
                id: takesAwayField

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                objectName: "checkOut_" + checkOut.index
                DraftField.key: "checkout/" + checkOut.participantId + "/takesAway"
                DraftField.recorded: checkOut.takesAway
                placeholderText: qsTr("%1 takes with them…").arg(checkOut.label)
                Accessible.name: placeholderText
                onEditingFinished: if (text !== checkOut.takesAway)
                    Dialogue.noteCheckOut(checkOut.participantId, gainedField.text, text)
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Next steps told")
        wrapMode: Text.Wrap
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    TextField {
        id: nextSteps

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        objectName: "nextSteps"
        DraftField.key: panel.draftKey("nextSteps")
        // Recorded with the end; shown again if the end is undone.
        DraftField.recorded: panel.conversation.nextSteps || ""
        placeholderText: qsTr("E.g. the report follows within four weeks")
        Accessible.name: qsTr("Next steps")
    }
    Button {
        Layout.alignment: Qt.AlignRight
        Layout.preferredHeight: Theme.touchTarget
        objectName: "endConversation"
        text: qsTr("End conversation")
        highlighted: true
        Accessible.name: text
        onClicked: Dialogue.endConversation(nextSteps.text)
    }

    component AddRow: RowLayout {
        id: addRow

        property alias placeholder: input.placeholderText
        property string draftKey

        signal added(string text)

        Layout.fillWidth: true

        TextField {
            id: input

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            objectName: addRow.objectName + "Field"
            DraftField.key: addRow.draftKey
            Accessible.name: placeholderText
            onAccepted: addButton.clicked()
        }
        Button {
            id: addButton

            Layout.preferredHeight: Theme.touchTarget
            objectName: addRow.objectName + "Add"
            text: qsTr("Add")
            enabled: input.text.trim().length > 0
            Accessible.name: qsTr("Add: %1").arg(input.placeholderText)
            onClicked: {
                addRow.added(input.text);
                input.clear();
            }
        }
    }
}
