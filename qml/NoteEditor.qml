pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Feltdialog.App

// Where the consultant writes. Every pause saves; "Done" files the note in the visit's log.
Rectangle {
    id: editor

    // Set by the page: a phone's width puts two tags to a row; little height (the keyboard is
    // up) leaves the text four lines at least rather than six.
    property bool narrow: false
    property bool shortOfRoom: false
    // A new note is offered tag sets to take in one tap; an amended one keeps its own.
    readonly property bool suggesting: CurrentVisit.editing && !CurrentVisit.editorAmends && NoteTagging.suggestions.length > 0
    // Wrapped chips under a heading take rows a short window has not got (the keyboard up, a
    // phone on its side, a small phone at twice the text size): there they run in a strip beside
    // Done. Decided by the window, not the editor's own height, which the chips would change.
    readonly property var noSuggestion: ({
            "indicatorId": "",
            "sourceRole": "",
            "method": "",
            "basis": "",
            "text": ""
        })
    // In text-sized pixels: at twice the text size (the platform's font setting, Theme.fontScale)
    // the chips and pickers take twice the rows, so a window needs twice the height for them.
    readonly property bool chipsInStrip: shortOfRoom || (Window.height > 0 && Window.height < 760 * Theme.fontScale)

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: CurrentVisit.saveState === CurrentVisit.Failed ? Theme.danger : Theme.border

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            objectName: "newNoteButton"
            visible: !CurrentVisit.editing && !CurrentVisit.closed
            text: qsTr("New note")
            highlighted: true
            Accessible.name: text
            onClicked: {
                CurrentVisit.newNote();
                textArea.forceActiveFocus();
            }
        }
        Label {
            Layout.fillWidth: true
            visible: CurrentVisit.editing
            text: CurrentVisit.editorAmends ? qsTr("Amending a note. The earlier text stays in the record.") : qsTr("New note")
            color: Theme.quietText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget * (editor.shortOfRoom ? 2 : 3)
            visible: CurrentVisit.editing
            contentWidth: availableWidth // wrap to the box; a wrapping text has no width of its own

            TextArea {
                id: textArea

                objectName: "noteText"
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Write what was said or seen…")
                Accessible.name: qsTr("Note text")
                // OpenVisit keeps the text; this only brings the focus back after a lock.
                DraftField.focusKey: CurrentVisit.editing ? "note/editor" : ""
                text: CurrentVisit.editorText
                // A TextArea has no maximumLength: what goes past the limit (typed or pasted) is
                // taken off again, and the label below says why.
                onTextChanged: {
                    if (length > CurrentVisit.maxNoteLength)
                        remove(CurrentVisit.maxNoteLength, length);
                    CurrentVisit.setEditorText(text);
                }
            }
        }
        Label {
            objectName: "noteLimitReached"
            Layout.fillWidth: true
            visible: CurrentVisit.editing && textArea.length >= CurrentVisit.maxNoteLength
            text: qsTr("The note has reached its maximum length of %1 characters. Finish it and write the rest in a new note.").arg(Number(CurrentVisit.maxNoteLength).toLocaleString(Qt.locale(), "f", 0))
            color: Theme.danger
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        // One tap tags the note whole: the last note's set (said so), the visit's recent sets, the
        // focus indicators with who is present. Nothing is chosen until tapped (NoteTagging).
        // Where there is room, under a heading and wrapped; with the keyboard up, in a strip
        // beside Done (below).
        Label {
            Layout.fillWidth: true
            visible: suggestions.visible
            text: qsTr("Suggested tags")
            color: Theme.quietText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Flow {
            id: suggestions

            Layout.fillWidth: true
            visible: editor.suggesting && !editor.chipsInStrip
            spacing: Theme.spacing / 2

            Repeater {
                model: suggestions.visible ? NoteTagging.suggestions : []

                SuggestionChip {
                    maxWidth: layout.width
                }
            }
        }
        // What the note is evidence of: indicator, who said or showed it, and how it was learnt.
        Flow {
            id: tags

            // Two to a row on a phone, measured on the editor's column, never on the Flow itself:
            // a hidden Flow is not sized by the layout and takes its width from its children, so
            // children sized from the Flow grew without end (to Infinity), and the pickers' Material
            // shadow then hung the render thread (QQuickShaderEffectSource on an infinite size).
            // Also two to a row when three do not fit the column (landscape at twice the text
            // size): three rows of tags pushed Done out of the window.
            // (At a larger text size the pickers' words need more width than their touch target.)
            readonly property bool twoToARow: editor.narrow || layout.width < Theme.touchTarget * Theme.fontScale * 12 + 2 * spacing
            readonly property real pickerWidth: twoToARow ? Math.max(Theme.touchTarget, (layout.width - spacing) / 2 - 0.5) : Theme.touchTarget * 4

            Layout.fillWidth: true
            visible: CurrentVisit.editing
            spacing: Theme.spacing / 2

            TagPicker {
                objectName: "tagIndicator"
                wraps: true
                // The whole title, wrapped: a row of its own where the three do not fit one row,
                // else what the other two leave.
                width: tags.twoToARow ? layout.width : layout.width - 2 * (tags.pickerWidth + tags.spacing)
                listWidth: layout.width
                tagKey: "indicatorId"
                label: qsTr("Indicator")
                choices: Dialogue.indicators
            }
            TagPicker {
                objectName: "tagSource"
                width: tags.pickerWidth
                listWidth: layout.width
                tagKey: "sourceRole"
                label: qsTr("Source")
                choices: Dialogue.participantRoles
            }
            TagPicker {
                objectName: "tagMethod"
                width: tags.pickerWidth
                listWidth: layout.width
                tagKey: "method"
                label: qsTr("Method")
                choices: NoteTagging.methods
            }
        }
        Label {
            Layout.fillWidth: true
            visible: CurrentVisit.saveState === CurrentVisit.Failed
            text: CurrentVisit.problem
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        RowLayout {
            Layout.fillWidth: true
            visible: CurrentVisit.editing
            spacing: Theme.spacing / 2

            // Where the window leaves no rows for them: the best set alone, on one line beside
            // Done (a sideways strip of them could not be scrolled by the same gesture as the
            // page). The others wait in the pickers.
            SuggestionChip {
                objectName: "bestTagSuggestion"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth // cut only where the row is short
                Layout.preferredHeight: Theme.touchTarget
                visible: editor.suggesting && editor.chipsInStrip
                modelData: NoteTagging.suggestions.length > 0 ? NoteTagging.suggestions[0] : editor.noSuggestion
                index: 0
                oneLine: true
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                Layout.preferredHeight: Theme.touchTarget
                objectName: "doneButton"
                text: qsTr("Done")
                Accessible.name: qsTr("Done with note")
                onClicked: CurrentVisit.finishNote()
            }
        }
    }

    // A tag set in one tap. Wrapped, never cut: a phone's width or twice the text size takes an
    // indicator's title over two or three lines. In the strip one line, cut with an ellipsis, and
    // the whole set on press-and-hold and in the accessible name.
    component SuggestionChip: Button {
        id: chip

        required property var modelData
        required property int index
        property real maxWidth: implicitWidth
        property bool oneLine: false
        readonly property bool chosen: sameAsEditor("indicatorId") && sameAsEditor("sourceRole") && sameAsEditor("method")


        objectName: "tagSuggestion" + index
        width: Math.min(implicitWidth, maxWidth)
        highlighted: chosen
        text: modelData.basis === "lastNote" ? qsTr("Same tags as the last note: %1").arg(modelData.text) : modelData.text
        Accessible.name: (chosen ? qsTr("Chosen tags: %1") : qsTr("Tag the note: %1")).arg(text)
        contentItem: Label {
            text: chip.text
            wrapMode: chip.oneLine ? Text.NoWrap : Text.Wrap
            elide: chip.oneLine ? Text.ElideRight : Text.ElideNone
            color: chip.highlighted ? Theme.textOnAccent : Theme.text
            verticalAlignment: Text.AlignVCenter
        }
        onClicked: NoteTagging.useSuggestion(index)
        onPressAndHold: {
            if ((chip.contentItem as Label).truncated)
                ToolTip.show(text, 6000);
        }

        function sameAsEditor(key: string): bool {
            return (CurrentVisit.editorTags[key] || "") === modelData[key];
        }
    }

    component TagPicker: ComboBox {
        id: picker

        required property string tagKey
        required property string label
        required property var choices
        // The list opens this wide: the editor's column, set where the pickers are placed.
        property real listWidth: width
        // The chosen indicator is shown whole; a role or a method is one word, cut if it must be.
        property bool wraps: false

        height: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        readonly property var none: [{
                "id": "",
                "title": picker.label + ": –"
            }]

        model: none.concat(picker.choices)
        textRole: "title"
        valueRole: "id"
        // An indicator's title is long: the chosen one wraps in the picker (the picker grows), and
        // the list opens across the editor with every title whole, wrapped.
        contentItem: Label {
            leftPadding: Theme.spacing
            rightPadding: picker.indicator ? picker.indicator.width : 0
            text: picker.displayText
            wrapMode: picker.wraps ? Text.WordWrap : Text.NoWrap
            elide: picker.wraps ? Text.ElideNone : Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        popup.x: -picker.x // the pickers sit in a Flow at the left edge of the editor column
        popup.width: listWidth
        delegate: Component {
            MenuItem {
                id: choice

                required property var modelData
                required property int index

                width: picker.popup.width
                text: choice.modelData.title
                highlighted: picker.highlightedIndex === choice.index
                contentItem: Label {
                    text: choice.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
        currentIndex: Math.max(0, indexOfValue(CurrentVisit.editorTags[picker.tagKey] || ""))
        Accessible.name: picker.label
        Accessible.description: picker.displayText // the choice, read after the name
        onActivated: CurrentVisit.setEditorTag(picker.tagKey, currentValue)
    }
}
