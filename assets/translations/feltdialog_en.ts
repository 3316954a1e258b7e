<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>Note written %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
</context>
<context>
    <name>feltdialog::StorageHealth</name>
    <message>
        <source>The file could not be moved aside (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitList</name>
    <message>
        <source>Choose a facility to visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
