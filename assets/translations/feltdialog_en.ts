<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes for the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainties or worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents are written down by initials: this is recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (added by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speaking time %n second(s)</source>
        <translation>
            <numerusform>Speaking time %n second</numerusform>
            <numerusform>Speaking time %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <source>Agree on the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You speak from the control position: you assess whether the facility meets the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You speak from the development position: you explore with the facility what could become better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust · openness · clarity · equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialogue rests on four values: trust, openness, clarity and equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what %1 covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office gives you the server address and a one-time code (also as a QR code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. https://tilsyn.example.dk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet: a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one kind of evidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the assessment guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scores were given at the same time. Keep one, or give a new score that replaces both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityPicker</name>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start visit at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up on a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the word to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the follow-up as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetPinDialog</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can open the notes on this tablet without your PIN, and there is no way to look it up. The only way on is to delete the tablet&apos;s store and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete and start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <source>Frame the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a space for dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steer the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with curiosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on possibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work for a shared understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core elements %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for this phase, open: core elements %1. Tap to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for this phase, closed: core elements %1. Tap to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say aloud: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position is taken once when the visit starts and once when it ends, and when you ask for it. The app does not follow you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location stamps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take position now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or confirm that you are at the facility&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why by hand (e.g. no GPS indoors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for confirming by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltdialog is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes on this tablet are locked with a PIN of at least %1 digits that only you know. Do not write it down; no one can look it up for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to see your visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the store with your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Feltdialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltdialog (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two versions, choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a word of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note written %1 by %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending a note. The earlier text stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said or seen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has reached its maximum length of %1 characters. Finish it and write the rest in a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same tags as the last note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesListParts</name>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantChangeDialog</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents are written down by initials: this is recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (for example: added by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (for example: typed wrongly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shows the change, who made it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also take the name out of the record entirely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also take the earlier name out of the record entirely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who reads the visit sees █████ in place of the name. The record shows that it was taken out, by whom, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not taken out of the record: the tablet could not save. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not taken out of the record: this conversation no longer holds an entry with it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) held. Start the next when you are ready.</source>
        <translation>
            <numerusform>%n conversation held. Start the next when you are ready.</numerusform>
            <numerusform>%n conversations held. Start the next when you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to be guided through contract, check-in and wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The visit is closed; %n conversation(s) held.</source>
        <translation>
            <numerusform>The visit is closed; %n conversation held.</numerusform>
            <numerusform>The visit is closed; %n conversations held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the closing meeting that gathers the points of all conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedVisitsSection</name>
    <message>
        <source>Planned by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1, passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %n colleague(s)</source>
        <translation>
            <numerusform>with %n colleague</numerusform>
            <numerusform>with %n colleagues</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the planned visit at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionCard</name>
    <message>
        <source>%1. Say aloud: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the position statement away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDeck</name>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would take it one step up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to “%1” is saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask next: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankPanel</name>
    <message>
        <source>Questions for indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no questions for its indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Visit record (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON for other systems (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A for the case file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown here, the record stays protected by your PIN. A saved file is not: save it only where the case file may be kept, and remove it from the tablet when it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSON …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Lock and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>Feltdialog also locks at once when you switch to another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit record file(s) saved by an earlier version are not protected by the PIN. They are removed when their visit leaves the tablet.</source>
        <translation>
            <numerusform>%n visit record file saved by an earlier version is not protected by the PIN. It is removed when its visit leaves the tablet.</numerusform>
            <numerusform>%n visit record files saved by an earlier version are not protected by the PIN. They are removed when their visit leaves the tablet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The tablet&apos;s storage is full. What you are typing stays on screen and is saved as soon as there is room. Free some space (photos, downloads) to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Feltdialog database. It may be damaged or belong to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, so Feltdialog will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Feltdialog. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet could not read or write its storage. Try again; if it keeps happening, contact IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltdialog could not do that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltdialog is locked. Enter your PIN to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a moment before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some content in %1 has been changed outside Feltdialog and cannot be trusted, so it is not shown. Contact IT support; the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageProblemPage</name>
    <message>
        <source>Feltdialog cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can move the file aside and start with an empty store. The file is kept next to the original, renamed, so IT support can recover it. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the office: show</source>
        <translation>
            <numerusform>%n event refused by the office: show</numerusform>
            <numerusform>%n events refused by the office: show</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries stay on the tablet and are not sent again by themselves. Show them to the office: the reason says what the server found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutBanner</name>
    <message>
        <source>Timeout called by the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout called by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refocus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutControls</name>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: who calls it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout called by the consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout called by the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: no timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoSnackbar</name>
    <message>
        <source>The conversation is ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is switched to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo ending the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo switching position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits on this tablet yet. Tap “Start visit” when you arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back to visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After closing, notes can no longer be written or amended on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1. Tap to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and solution-focused questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>events not yet at the office</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>All sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation in progress ends with the visit, with the next steps written so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5; one step up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by a newer version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 · why: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries · why: %1</source>
        <translation>
            <numerusform>%n entry · why: %1</numerusform>
            <numerusform>%n entries · why: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus found again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min. %2 sec.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Summary points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood differently: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words, if understood differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility confirms this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility understood this point differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development and attention points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes with them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. the report follows within four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out: what did each of you get out of the conversation, and what do you take with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 got out of it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::AppLock</name>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted, including visits not yet sent to the office. Nobody can recover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no visits on this tablet. Feltdialog will start afresh and ask for a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted: %1 with %2 not yet sent to the office. Nobody can recover them, not even IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>The tablet&apos;s store was deleted. Choose a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted. The office has received all of it (%1), so nothing is lost. Feltdialog will start afresh and ask for a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted: %1 with entries not yet sent to the office. Nobody can recover them, not even IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::GuidedDialogue</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understood differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::LocationStamper</name>
    <message>
        <source>This device has no positioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltdialog may not use the location. Allow it in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location services are switched off on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a later stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inaccurate position was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one position arrived; a second did not confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden jump in the position was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::NoteTagging</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::RecordExport</name>
    <message>
        <source>The record could not be made: the visit is not saved yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: no place was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved (%1). Check the place and its free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved as %1 (the visit is not closed). The file is not protected by your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit record saved as %1. The file is not protected by your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::ReferenceData</name>
    <message>
        <source>this tablet (not enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::StorageHealth</name>
    <message>
        <source>The file could not be moved aside (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::SyncCenter</name>
    <message>
        <source>Sync failed; it will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is no longer enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for the office</source>
        <translation>
            <numerusform>%n event waiting for the office</numerusform>
            <numerusform>%n events waiting for the office</numerusform>
        </translation>
    </message>
    <message>
        <source>The office has revoked this tablet (%1). Nothing on it is lost: ask the office for a new enrollment code and enroll again, and what is waiting will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s certificate was not trusted (%1). Ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server could not be reached (%1). Everything stays on the tablet; sync tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server answered &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and the code from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the enrollment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the office: visits made now are a demo and cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting; %n refused by the office</source>
        <translation>
            <numerusform>Nothing waiting; %n refused by the office</numerusform>
            <numerusform>Nothing waiting; %n refused by the office</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 events sent (%2), %3 received (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitList</name>
    <message>
        <source>Choose a facility to visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has all of it; it leaves this tablet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the tablet to start a visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitLocation</name>
    <message>
        <source>Visit start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m from the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km from the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accurate to %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far from the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position was taken: %1 You can confirm the facility&apos;s address by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is %1. You can take it again or confirm the address by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Old position (%1 old)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
