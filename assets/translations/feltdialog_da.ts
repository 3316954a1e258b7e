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
    <name>Main</name>
    <message>
        <source>Feltdialog</source>
        <translation>Feltdialog</translation>
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
        <translation><numerusform>%n note</numerusform><numerusform>%n noter</numerusform></translation>
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
