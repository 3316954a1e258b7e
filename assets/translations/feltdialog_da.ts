<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>FacilityPicker</name>
    <message>
        <source>Where are you?</source>
        <translation>Hvor er du?</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Start visit at %1</source>
        <translation>Start besøg på %1</translation>
    </message>
</context>
<context>
    <name>ForgetPinDialog</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Glemt din PIN?</translation>
    </message>
    <message>
        <source>Nobody can open the notes on this tablet without your PIN, and there is no way to look it up. The only way on is to delete the tablet&apos;s store and start again.</source>
        <translation>Ingen kan åbne noterne på denne tablet uden din PIN, og den kan ikke slås op nogen steder. Den eneste vej videre er at slette tablettens lager og begynde forfra.</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Behold alt</translation>
    </message>
    <message>
        <source>Delete and start again</source>
        <translation>Slet og begynd forfra</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Vælg din PIN</translation>
    </message>
    <message>
        <source>Feltdialog is locked</source>
        <translation>Feltdialog er låst</translation>
    </message>
    <message>
        <source>The notes on this tablet are locked with a PIN of at least %1 digits that only you know. Do not write it down; no one can look it up for you.</source>
        <translation>Noterne på denne tablet låses med en PIN på mindst %1 cifre, som kun du kender. Skriv den ikke ned; ingen kan slå den op for dig.</translation>
    </message>
    <message>
        <source>Enter your PIN to see your visits.</source>
        <translation>Indtast din PIN for at se dine besøg.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Gentag PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange forkerte PIN-forsøg. Prøv igen om %n sekund.</numerusform>
            <numerusform>For mange forkerte PIN-forsøg. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Glemt din PIN?</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Feltdialog</source>
        <translation>Feltdialog</translation>
    </message>
    <message>
        <source>Feltdialog (locked)</source>
        <translation>Feltdialog (låst)</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Note written %1: %2</source>
        <translation>Note skrevet %1: %2</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>rettet</translation>
    </message>
    <message>
        <source>two versions, choose one</source>
        <translation>to versioner, vælg én</translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation>Før: %1</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>New note</source>
        <translation>Ny note</translation>
    </message>
    <message>
        <source>Amending a note. The earlier text stays in the record.</source>
        <translation>Du retter en note. Den tidligere tekst bliver stående i journalen.</translation>
    </message>
    <message>
        <source>Write what was said or seen…</source>
        <translation>Skriv hvad der blev sagt eller set …</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notens tekst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Done with note</source>
        <translation>Færdig med noten</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet ciffer</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Lock and PIN</source>
        <translation>Lås og PIN</translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Lås af sig selv efter</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minut uden brug</numerusform>
            <numerusform>%n minutter uden brug</numerusform>
        </translation>
    </message>
    <message>
        <source>Feltdialog also locks at once when you switch to another app.</source>
        <translation>Feltdialog låser også med det samme, når du skifter til en anden app.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Skift PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Nuværende PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Gentag den nye PIN</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The tablet&apos;s storage is full. What you are typing stays on screen and is saved as soon as there is room. Free some space (photos, downloads) to continue.</source>
        <translation>Tablettens lager er fuldt. Det, du skriver, bliver stående på skærmen og gemmes, så snart der er plads. Frigør plads (fotos, downloads) for at fortsætte.</translation>
    </message>
    <message>
        <source>The file %1 is not a Feltdialog database. It may be damaged or belong to something else.</source>
        <translation>Filen %1 er ikke en Feltdialog-database. Den kan være beskadiget eller høre til noget andet.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, so Feltdialog will not change it.</source>
        <translation>Filen %1 hører til et andet program, så Feltdialog ændrer den ikke.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read safely.</source>
        <translation>Databasen %1 er beskadiget og kan ikke læses sikkert.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Feltdialog. Update the app to open it.</source>
        <translation>Databasen %1 er skrevet af en nyere version af Feltdialog. Opdatér appen for at åbne den.</translation>
    </message>
    <message>
        <source>The tablet could not read or write its storage. Try again; if it keeps happening, contact IT support.</source>
        <translation>Tabletten kunne ikke læse eller skrive sit lager. Prøv igen; sker det igen, så kontakt IT-support.</translation>
    </message>
    <message>
        <source>Feltdialog could not do that: %1</source>
        <translation>Feltdialog kunne ikke gøre det: %1</translation>
    </message>
    <message>
        <source>Feltdialog is locked. Enter your PIN to continue.</source>
        <translation>Feltdialog er låst. Indtast din PIN for at fortsætte.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Den PIN er forkert. Prøv igen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a moment before you try again.</source>
        <translation>For mange forkerte PIN-forsøg. Vent lidt, før du prøver igen.</translation>
    </message>
    <message>
        <source>Some content in %1 has been changed outside Feltdialog and cannot be trusted, so it is not shown. Contact IT support; the file is left as it is.</source>
        <translation>Noget indhold i %1 er ændret uden for Feltdialog og kan ikke stoles på, så det vises ikke. Kontakt IT-support; filen bliver ikke rørt.</translation>
    </message>
</context>
<context>
    <name>StorageProblemPage</name>
    <message>
        <source>Feltdialog cannot open its data</source>
        <translation>Feltdialog kan ikke åbne sine data</translation>
    </message>
    <message>
        <source>You can move the file aside and start with an empty store. The file is kept next to the original, renamed, so IT support can recover it. Nothing is deleted.</source>
        <translation>Du kan flytte filen til side og starte med et tomt lager. Filen bliver liggende ved siden af med et nyt navn, så IT-support kan redde den. Intet bliver slettet.</translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation>Flyt til side og start forfra</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Start besøg</translation>
    </message>
    <message>
        <source>No visits on this tablet yet. Tap “Start visit” when you arrive.</source>
        <translation>Ingen besøg på denne tablet endnu. Tryk på “Start besøg”, når du ankommer.</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, startet %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and PIN</source>
        <translation>Lås og PIN</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back to visits</source>
        <translation>Tilbage til besøg</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Startet %1</translation>
    </message>
    <message>
        <source>Close visit</source>
        <translation>Afslut besøg</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Noter (%1)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen noter endnu.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Close this visit?</source>
        <translation>Afslut dette besøg?</translation>
    </message>
    <message>
        <source>After closing, notes can no longer be written or amended on this tablet.</source>
        <translation>Når besøget er afsluttet, kan der ikke længere skrives eller rettes noter på denne tablet.</translation>
    </message>
</context>
<context>
    <name>feltdialog::AppLock</name>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Vælg en PIN på mindst %1 cifre.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation>De to PIN-koder er ikke ens. Prøv igen.</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Din PIN er skiftet.</translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted, including visits not yet sent to the office. Nobody can recover them.</source>
        <translation>Alt på denne tablet bliver slettet, også besøg, der ikke er sendt til kontoret endnu. Ingen kan hente dem tilbage.</translation>
    </message>
    <message>
        <source>There are no visits on this tablet. Feltdialog will start afresh and ask for a new PIN.</source>
        <translation>Der er ingen besøg på denne tablet. Feltdialog begynder forfra og beder om en ny PIN.</translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted: %1 with %2 not yet sent to the office. Nobody can recover them, not even IT support.</source>
        <translation>Alt på denne tablet bliver slettet: %1 med %2, som ikke er sendt til kontoret endnu. Ingen kan hente dem tilbage, heller ikke IT-support.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>The tablet&apos;s store was deleted. Choose a new PIN.</source>
        <translation>Tablettens lager er slettet. Vælg en ny PIN.</translation>
    </message>
</context>
<context>
    <name>feltdialog::StorageHealth</name>
    <message>
        <source>The file could not be moved aside (%1). Nothing was changed.</source>
        <translation>Filen kunne ikke flyttes til side (%1). Intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitList</name>
    <message>
        <source>Choose a facility to visit.</source>
        <translation>Vælg det tilbud, du besøger.</translation>
    </message>
</context>
</TS>
