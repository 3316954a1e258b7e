<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation>Navn eller initialer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Stop uret</translation>
    </message>
    <message>
        <source>Start the timer for %1</source>
        <translation>Start uret for %1</translation>
    </message>
    <message>
        <source>Hopes for the conversation</source>
        <translation>Håb for samtalen</translation>
    </message>
    <message>
        <source>Uncertainties or worries</source>
        <translation>Usikkerheder eller bekymringer</translation>
    </message>
    <message>
        <source>Residents are written down by initials: this is recorded as “%1”.</source>
        <translation>Beboere skrives med initialer: det gemmes som “%1”.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
    <message>
        <source>Correct or remove %1</source>
        <translation>Ret eller fjern %1</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation>Ret navnet</translation>
    </message>
    <message>
        <source>Remove (added by mistake)</source>
        <translation>Fjern (tilføjet ved en fejl)</translation>
    </message>
    <message numerus="yes">
        <source>Speaking time %n second(s)</source>
        <translation>
            <numerusform>Taletid %n sekund</numerusform>
            <numerusform>Taletid %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <source>Agree on the frame</source>
        <translation>Aftal rammen</translation>
    </message>
    <message>
        <source>You speak from the control position: you assess whether the facility meets the requirements.</source>
        <translation>Du taler fra kontrolpositionen: du vurderer, om tilbuddet lever op til kravene.</translation>
    </message>
    <message>
        <source>You speak from the development position: you explore with the facility what could become better.</source>
        <translation>Du taler fra udviklingspositionen: du undersøger sammen med tilbuddet, hvad der kan blive bedre.</translation>
    </message>
    <message>
        <source>Trust · openness · clarity · equality</source>
        <translation>Tillid · åbenhed · tydelighed · ligeværdighed</translation>
    </message>
    <message>
        <source>The dialogue rests on four values: trust, openness, clarity and equality</source>
        <translation>Dialogen bygger på fire værdier: tillid, åbenhed, tydelighed og ligeværdighed</translation>
    </message>
    <message>
        <source>Hide what %1 covers</source>
        <translation>Skjul, hvad %1 rummer</translation>
    </message>
    <message>
        <source>What %1 covers</source>
        <translation>Hvad %1 rummer</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation>Forbind til kontoret</translation>
    </message>
    <message>
        <source>The office gives you the server address and a one-time code (also as a QR code).</source>
        <translation>Kontoret giver dig serverens adresse og en engangskode (også som QR-kode).</translation>
    </message>
    <message>
        <source>Server address, e.g. https://tilsyn.example.dk</source>
        <translation>Serverens adresse, fx https://tilsyn.example.dk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverens adresse</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder …</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence and assessment</source>
        <translation>Evidens og vurdering</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>No notes yet: a gap.</source>
        <translation>Ingen noter endnu: et hul.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>kilder: %1</translation>
    </message>
    <message>
        <source>methods: %1</source>
        <translation>metoder: %1</translation>
    </message>
    <message>
        <source>one kind of evidence only</source>
        <translation>kun én slags evidens</translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation>Score %1 af 5</translation>
    </message>
    <message>
        <source>Why this score (required)</source>
        <translation>Hvorfor denne score (skal udfyldes)</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Gem vurdering</translation>
    </message>
    <message>
        <source>Hide the assessment guide</source>
        <translation>Skjul vejledningen</translation>
    </message>
    <message>
        <source>Assessment guide</source>
        <translation>Vejledning til bedømmelsen</translation>
    </message>
    <message>
        <source>Two scores were given at the same time. Keep one, or give a new score that replaces both.</source>
        <translation>To bedømmelser blev givet samtidig. Behold den ene, eller giv en ny bedømmelse, der erstatter begge.</translation>
    </message>
    <message>
        <source>%1 of 5, %2: %3</source>
        <translation>%1 af 5, %2: %3</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Behold denne</translation>
    </message>
    <message>
        <source>Keep the score %1 of 5</source>
        <translation>Behold bedømmelsen %1 af 5</translation>
    </message>
    <message>
        <source>Assessment saved ✓</source>
        <translation>Vurderingen er gemt ✓</translation>
    </message>
</context>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up on a word</source>
        <translation>Følg op på et ord</translation>
    </message>
    <message>
        <source>Tap the word to ask about.</source>
        <translation>Tryk på det ord, du vil spørge ind til.</translation>
    </message>
    <message>
        <source>Follow up on “%1”</source>
        <translation>Følg op på “%1”</translation>
    </message>
    <message>
        <source>The follow-up question</source>
        <translation>Opfølgningsspørgsmålet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <source>Record the follow-up as asked</source>
        <translation>Notér opfølgningen som stillet</translation>
    </message>
    <message>
        <source>How %1?</source>
        <translation>Hvordan %1?</translation>
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
    <name>GuidanceCard</name>
    <message>
        <source>Frame the dialogue</source>
        <translation>Rammesæt dialogen</translation>
    </message>
    <message>
        <source>Create a space for dialogue</source>
        <translation>Skab et dialogisk samtalerum</translation>
    </message>
    <message>
        <source>Steer the conversation</source>
        <translation>Tag styring på samtalen</translation>
    </message>
    <message>
        <source>Listen with curiosity</source>
        <translation>Vær nysgerrigt lyttende</translation>
    </message>
    <message>
        <source>Focus on possibilities</source>
        <translation>Hav fokus på muligheder</translation>
    </message>
    <message>
        <source>Work for a shared understanding</source>
        <translation>Arbejd for en fælles forståelse</translation>
    </message>
    <message>
        <source>Core elements %1</source>
        <translation>Kerneelementer %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Guidance for this phase, open: core elements %1. Tap to close.</source>
        <translation>Vejledning til fasen, åben: kerneelementer %1. Tryk for at lukke.</translation>
    </message>
    <message>
        <source>Guidance for this phase, closed: core elements %1. Tap to open.</source>
        <translation>Vejledning til fasen, lukket: kerneelementer %1. Tryk for at åbne.</translation>
    </message>
    <message>
        <source>Say aloud: “%1”</source>
        <translation>Sig højt: “%1”</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Bekræft adresse</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>A position is taken once when the visit starts and once when it ends, and when you ask for it. The app does not follow you.</source>
        <translation>Der tages én position, når besøget begynder, og én, når det slutter, og når du selv beder om det. Appen følger dig ikke.</translation>
    </message>
    <message>
        <source>Location stamps</source>
        <translation>Stedstempler</translation>
    </message>
    <message>
        <source>Finding position…</source>
        <translation>Finder position …</translation>
    </message>
    <message>
        <source>No location stamps yet.</source>
        <translation>Ingen stedstempler endnu.</translation>
    </message>
    <message>
        <source>Take position now</source>
        <translation>Tag position nu</translation>
    </message>
    <message>
        <source>Or confirm that you are at the facility&apos;s address: %1</source>
        <translation>Eller bekræft, at du er på tilbuddets adresse: %1</translation>
    </message>
    <message>
        <source>Why by hand (e.g. no GPS indoors)</source>
        <translation>Hvorfor manuelt (fx ingen GPS indendørs)</translation>
    </message>
    <message>
        <source>Reason for confirming by hand</source>
        <translation>Begrundelse for manuel bekræftelse</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Bekræft adresse</translation>
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
    <message>
        <source>Locking the store with your PIN…</source>
        <translation>Låser lageret med din PIN …</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åbner …</translation>
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
    <message>
        <source>Ask about…</source>
        <translation>Spørg ind…</translation>
    </message>
    <message>
        <source>Ask about a word of this note</source>
        <translation>Spørg ind til et ord i noten</translation>
    </message>
    <message>
        <source>Note written %1 by %2, %3: %4</source>
        <translation>Note skrevet %1 af %2, %3: %4</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Spurgt: %1</translation>
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
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>The note has reached its maximum length of %1 characters. Finish it and write the rest in a new note.</source>
        <translation>Noten har nået sin største længde på %1 tegn. Afslut den, og skriv resten i en ny note.</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Foreslåede mærker</translation>
    </message>
    <message>
        <source>Same tags as the last note: %1</source>
        <translation>Samme mærker som sidste note: %1</translation>
    </message>
    <message>
        <source>Chosen tags: %1</source>
        <translation>Valgte mærker: %1</translation>
    </message>
    <message>
        <source>Tag the note: %1</source>
        <translation>Mærk noten: %1</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>NotesListParts</name>
    <message>
        <source>Notes (%1)</source>
        <translation>Noter (%1)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen noter endnu.</translation>
    </message>
</context>
<context>
    <name>ParticipantChangeDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Correct the name of %1</source>
        <translation>Ret navnet på %1</translation>
    </message>
    <message>
        <source>The right name or initials</source>
        <translation>Det rigtige navn eller initialer</translation>
    </message>
    <message>
        <source>Residents are written down by initials: this is recorded as “%1”.</source>
        <translation>Beboere skrives med initialer: det gemmes som “%1”.</translation>
    </message>
    <message>
        <source>Why (for example: added by mistake)</source>
        <translation>Hvorfor (fx: tilføjet ved en fejl)</translation>
    </message>
    <message>
        <source>Why (for example: typed wrongly)</source>
        <translation>Hvorfor (fx: skrevet forkert)</translation>
    </message>
    <message>
        <source>The record shows the change, who made it and when.</source>
        <translation>Rapporten viser ændringen, hvem der lavede den, og hvornår.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Also take the name out of the record entirely</source>
        <translation>Fjern også navnet helt fra rapporten</translation>
    </message>
    <message>
        <source>Also take the earlier name out of the record entirely</source>
        <translation>Fjern også det tidligere navn helt fra rapporten</translation>
    </message>
    <message>
        <source>Everyone who reads the visit sees █████ in place of the name. The record shows that it was taken out, by whom, when and why.</source>
        <translation>Alle, der læser besøget, ser █████ i stedet for navnet. Rapporten viser, at det er fjernet, af hvem, hvornår og hvorfor.</translation>
    </message>
    <message>
        <source>The name was not taken out of the record: the tablet could not save. Nothing was changed; try again.</source>
        <translation>Navnet blev ikke taget ud af rapporten: tabletten kunne ikke gemme. Intet er ændret; prøv igen.</translation>
    </message>
    <message>
        <source>The name was not taken out of the record: this conversation no longer holds an entry with it. Nothing was changed.</source>
        <translation>Navnet blev ikke taget ud af rapporten: samtalen har ikke længere en registrering med navnet. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afrunding</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Start samtale</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Samtale %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) held. Start the next when you are ready.</source>
        <translation>
            <numerusform>%n samtale holdt. Start den næste, når du er klar.</numerusform>
            <numerusform>%n samtaler holdt. Start den næste, når du er klar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to be guided through contract, check-in and wrap-up.</source>
        <translation>Start en samtale for at blive guidet gennem kontrakt, check-in og afrunding.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (sprunget over)</translation>
    </message>
    <message>
        <source>%1, current phase</source>
        <translation>%1, nuværende fase</translation>
    </message>
    <message numerus="yes">
        <source>The visit is closed; %n conversation(s) held.</source>
        <translation>
            <numerusform>Besøget er afsluttet; %n samtale holdt.</numerusform>
            <numerusform>Besøget er afsluttet; %n samtaler holdt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation>Afsluttende møde</translation>
    </message>
    <message>
        <source>Start the closing meeting that gathers the points of all conversations</source>
        <translation>Start det afsluttende møde, der samler punkterne fra alle samtaler</translation>
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
    <name>PlannedVisitsSection</name>
    <message>
        <source>Planned by the office</source>
        <translation>Planlagt af kontoret</translation>
    </message>
    <message>
        <source>Planned: %1, %2</source>
        <translation>Planlagt: %1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Planned for %1, passed</source>
        <translation>Planlagt til %1, overskredet</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Uanmeldt tilsyn</translation>
    </message>
    <message>
        <source>focus %1</source>
        <translation>fokus %1</translation>
    </message>
    <message numerus="yes">
        <source>with %n colleague(s)</source>
        <translation>
            <numerusform>med %n kollega</numerusform>
            <numerusform>med %n kolleger</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the planned visit at %1</source>
        <translation>Start det planlagte besøg på %1</translation>
    </message>
    <message>
        <source>On this tablet</source>
        <translation>På denne tablet</translation>
    </message>
</context>
<context>
    <name>PositionCard</name>
    <message>
        <source>%1. Say aloud: %2</source>
        <translation>%1. Sig højt: %2</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Læg væk</translation>
    </message>
    <message>
        <source>Put the position statement away</source>
        <translation>Læg positionskortet væk</translation>
    </message>
</context>
<context>
    <name>PromptDeck</name>
    <message>
        <source>Question: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <source>Scale %1 of 5</source>
        <translation>Skala %1 af 5</translation>
    </message>
    <message>
        <source>What would take it one step up?</source>
        <translation>Hvad skal der til for at komme et trin op?</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Deres svar</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Læg væk</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Gem svaret</translation>
    </message>
    <message>
        <source>Question: %1, answered</source>
        <translation>Spørgsmål: %1, besvaret</translation>
    </message>
    <message>
        <source>The answer to “%1” is saved ✓</source>
        <translation>Svaret på »%1« er gemt ✓</translation>
    </message>
    <message>
        <source>Ask next: “%1”</source>
        <translation>Spørg videre: “%1”</translation>
    </message>
</context>
<context>
    <name>QuestionBankPanel</name>
    <message>
        <source>Questions for indicator</source>
        <translation>Spørgsmål til indikator</translation>
    </message>
    <message>
        <source>This template has no questions for its indicators.</source>
        <translation>Denne skabelon har ingen spørgsmål til sine indikatorer.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav grad</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Nogen grad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj grad</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Svar på: %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfri)</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>Kommentar til: %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Visit record (draft)</source>
        <translation>Besøgsrapport (udkast)</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Besøgsrapport</translation>
    </message>
    <message>
        <source>JSON for other systems (*.json)</source>
        <translation>JSON til andre systemer (*.json)</translation>
    </message>
    <message>
        <source>PDF/A for the case file (*.pdf)</source>
        <translation>PDF/A til sagens akter (*.pdf)</translation>
    </message>
    <message>
        <source>Shown here, the record stays protected by your PIN. A saved file is not: save it only where the case file may be kept, and remove it from the tablet when it has been sent.</source>
        <translation>Her er rapporten beskyttet af din PIN. En gemt fil er ikke: gem den kun dér, hvor sagens akter må ligge, og fjern den fra tabletten, når den er sendt.</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Save as JSON …</source>
        <translation>Gem som JSON …</translation>
    </message>
    <message>
        <source>Pages of the visit record</source>
        <translation>Besøgsrapportens sider</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Save the visit record</source>
        <translation>Gem besøgsrapporten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
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
    <message numerus="yes">
        <source>%n visit record file(s) saved by an earlier version are not protected by the PIN. They are removed when their visit leaves the tablet.</source>
        <translation>
            <numerusform>%n fil med en besøgsrapport, gemt af en tidligere version, er ikke beskyttet af PIN-koden. Den fjernes, når besøget forlader tabletten.</numerusform>
            <numerusform>%n filer med besøgsrapporter, gemt af en tidligere version, er ikke beskyttet af PIN-koden. De fjernes, når besøget forlader tabletten.</numerusform>
        </translation>
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
    <name>SyncBar</name>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the office: show</source>
        <translation>
            <numerusform>%n registrering afvist af kontoret: vis</numerusform>
            <numerusform>%n registreringer afvist af kontoret: vis</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Connect to the office</source>
        <translation>Forbind til kontoret</translation>
    </message>
    <message>
        <source>Refused by the office</source>
        <translation>Afvist af kontoret</translation>
    </message>
    <message>
        <source>These entries stay on the tablet and are not sent again by themselves. Show them to the office: the reason says what the server found.</source>
        <translation>Disse registreringer bliver på tabletten og sendes ikke igen af sig selv. Vis dem til kontoret: begrundelsen siger, hvad serveren fandt.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>TimeoutBanner</name>
    <message>
        <source>Timeout called by the facility</source>
        <translation>Timeout kaldt af tilbuddet</translation>
    </message>
    <message>
        <source>Timeout called by you</source>
        <translation>Timeout kaldt af dig</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Justeret</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Refocus</source>
        <translation>Fokusér igen</translation>
    </message>
    <message>
        <source>End timeout: %1</source>
        <translation>Afslut timeout: %1</translation>
    </message>
</context>
<context>
    <name>TimeoutControls</name>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Call a timeout</source>
        <translation>Kald en timeout</translation>
    </message>
    <message>
        <source>Timeout: who calls it?</source>
        <translation>Timeout: hvem kalder den?</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (valgfri)</translation>
    </message>
    <message>
        <source>I call it</source>
        <translation>Jeg kalder den</translation>
    </message>
    <message>
        <source>Timeout called by the consultant</source>
        <translation>Timeout kaldt af konsulenten</translation>
    </message>
    <message>
        <source>The facility calls it</source>
        <translation>Tilbuddet kalder den</translation>
    </message>
    <message>
        <source>Timeout called by the facility</source>
        <translation>Timeout kaldt af tilbuddet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel: no timeout</source>
        <translation>Annullér: ingen timeout</translation>
    </message>
</context>
<context>
    <name>UndoSnackbar</name>
    <message>
        <source>The conversation is ended.</source>
        <translation>Samtalen er afsluttet.</translation>
    </message>
    <message>
        <source>The position is switched to %1.</source>
        <translation>Positionen er skiftet til %1.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo ending the conversation</source>
        <translation>Fortryd afslutningen af samtalen</translation>
    </message>
    <message>
        <source>Undo switching position</source>
        <translation>Fortryd positionsskiftet</translation>
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
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
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
        <source>Close this visit?</source>
        <translation>Afslut dette besøg?</translation>
    </message>
    <message>
        <source>After closing, notes can no longer be written or amended on this tablet.</source>
        <translation>Når besøget er afsluttet, kan der ikke længere skrives eller rettes noter på denne tablet.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Position: %1. Tap to switch.</source>
        <translation>Position: %1. Tryk for at skifte.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Evidence and assessment</source>
        <translation>Evidens og vurdering</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Notes and solution-focused questions</source>
        <translation>Noter og løsningsfokuserede spørgsmål</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Questions for the indicators</source>
        <translation>Spørgsmål til indikatorerne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>events not yet at the office</comment>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Alt sendt</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Besøgsrapport</translation>
    </message>
    <message>
        <source>The conversation in progress ends with the visit, with the next steps written so far.</source>
        <translation>Samtalen, der er i gang, afsluttes sammen med besøget, med de næste skridt, der er skrevet indtil nu.</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>contract</source>
        <translation>kontrakt</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>samtale</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>afrunding</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontrol</translation>
    </message>
    <message>
        <source>development</source>
        <translation>udvikling</translation>
    </message>
    <message>
        <source>%1 of 5; one step up: %2</source>
        <translation>%1 af 5; et trin op: %2</translation>
    </message>
    <message>
        <source>Recorded by a newer version (%1)</source>
        <translation>Registreret af en nyere version (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>some</source>
        <translation>nogen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>to %1 · why: %2</source>
        <translation>til %1 · hvorfor: %2</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>hvorfor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries · why: %1</source>
        <translation>
            <numerusform>%n registrering · begrundelse: %1</numerusform>
            <numerusform>%n registreringer · begrundelse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>justeret</translation>
    </message>
    <message>
        <source>continued as agreed</source>
        <translation>fortsat som aftalt</translation>
    </message>
    <message>
        <source>focus found again</source>
        <translation>fokus genfundet</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min. %2 sec.</source>
        <translation>%1 min. %2 sek.</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Summary points</source>
        <translation>Opsamlingspunkter</translation>
    </message>
    <message>
        <source>Confirmed by the facility</source>
        <translation>Bekræftet af tilbuddet</translation>
    </message>
    <message>
        <source>Understood differently: “%1”</source>
        <translation>Forstået anderledes: “%1”</translation>
    </message>
    <message>
        <source>In their own words, if understood differently</source>
        <translation>Med deres egne ord, hvis det er forstået anderledes</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>The facility confirms this point</source>
        <translation>Tilbuddet bekræfter dette punkt</translation>
    </message>
    <message>
        <source>Understood differently</source>
        <translation>Forstået anderledes</translation>
    </message>
    <message>
        <source>The facility understood this point differently</source>
        <translation>Tilbuddet forstod dette punkt anderledes</translation>
    </message>
    <message>
        <source>A summary point</source>
        <translation>Et opsamlingspunkt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Agreement: what</source>
        <translation>Aftale: hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Agreement: who</source>
        <translation>Aftale: hvem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Agreement: by when</source>
        <translation>Aftale: hvornår</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Tilføj aftale</translation>
    </message>
    <message>
        <source>Development and attention points</source>
        <translation>Udviklingspunkter og opmærksomhedspunkter</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Opmærksomhed</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Kind of point</source>
        <translation>Slags punkt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>Punktet</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>%1 takes with them…</source>
        <translation>%1 tager med sig …</translation>
    </message>
    <message>
        <source>Next steps told</source>
        <translation>Næste skridt fortalt</translation>
    </message>
    <message>
        <source>E.g. the report follows within four weeks</source>
        <translation>F.eks. at rapporten kommer inden for fire uger</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>End conversation</source>
        <translation>Afslut samtale</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Tilføj: %1</translation>
    </message>
    <message>
        <source>From the conversations</source>
        <translation>Fra samtalerne</translation>
    </message>
    <message>
        <source>Development point</source>
        <translation>Udviklingspunkt</translation>
    </message>
    <message>
        <source>Attention point</source>
        <translation>Opmærksomhedspunkt</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Endnu ikke besvaret</translation>
    </message>
    <message>
        <source>Check-out: what did each of you get out of the conversation, and what do you take with you?</source>
        <translation>Check-ud: hvad har I hver især fået ud af samtalen, og hvad tager I med jer?</translation>
    </message>
    <message>
        <source>What %1 got out of it…</source>
        <translation>Hvad %1 fik ud af det …</translation>
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
    <message>
        <source>Everything on this tablet will be deleted. The office has received all of it (%1), so nothing is lost. Feltdialog will start afresh and ask for a new PIN.</source>
        <translation>Alt på denne tablet bliver slettet. Kontoret har modtaget det hele (%1), så intet går tabt. Feltdialog begynder forfra og beder om en ny PIN.</translation>
    </message>
    <message>
        <source>Everything on this tablet will be deleted: %1 with entries not yet sent to the office. Nobody can recover them, not even IT support.</source>
        <translation>Alt på denne tablet bliver slettet: %1 med noget, som ikke er sendt til kontoret endnu. Ingen kan hente det tilbage, heller ikke IT-support.</translation>
    </message>
</context>
<context>
    <name>feltdialog::GuidedDialogue</name>
    <message>
        <source>confirmed</source>
        <translation>bekræftet</translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation>endnu ikke besvaret</translation>
    </message>
    <message>
        <source>understood differently: %1</source>
        <translation>forstået anderledes: %1</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
</context>
<context>
    <name>feltdialog::LocationStamper</name>
    <message>
        <source>This device has no positioning.</source>
        <translation>Enheden har ingen positionering.</translation>
    </message>
    <message>
        <source>Feltdialog may not use the location. Allow it in the device settings.</source>
        <translation>Feltdialog har ikke tilladelse til at bruge placeringen. Giv tilladelse i enhedens indstillinger.</translation>
    </message>
    <message>
        <source>Location services are switched off on this device.</source>
        <translation>Placeringstjenester er slået fra på enheden.</translation>
    </message>
    <message>
        <source>No position within the time allowed.</source>
        <translation>Ingen position inden for den tilladte tid.</translation>
    </message>
    <message>
        <source>Positioning failed.</source>
        <translation>Positioneringen mislykkedes.</translation>
    </message>
    <message>
        <source>Replaced by a later stamp.</source>
        <translation>Erstattet af et senere stempel.</translation>
    </message>
    <message>
        <source>Only an inaccurate position was found.</source>
        <translation>Der blev kun fundet en unøjagtig position.</translation>
    </message>
    <message>
        <source>Only one position arrived; a second did not confirm it.</source>
        <translation>Der kom kun én position; ingen anden bekræftede den.</translation>
    </message>
    <message>
        <source>A sudden jump in the position was ignored.</source>
        <translation>Et pludseligt spring i positionen blev set bort fra.</translation>
    </message>
</context>
<context>
    <name>feltdialog::NoteTagging</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Ikke mærket</translation>
    </message>
</context>
<context>
    <name>feltdialog::RecordExport</name>
    <message>
        <source>The record could not be made: the visit is not saved yet. Try again in a moment.</source>
        <translation>Rapporten kunne ikke dannes: besøget er ikke gemt endnu. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>Nothing was saved: no place was chosen.</source>
        <translation>Intet blev gemt: der blev ikke valgt et sted.</translation>
    </message>
    <message>
        <source>The record could not be saved (%1). Check the place and its free space, then try again.</source>
        <translation>Rapporten kunne ikke gemmes (%1). Tjek stedet og den ledige plads, og prøv igen.</translation>
    </message>
    <message>
        <source>Draft saved as %1 (the visit is not closed). The file is not protected by your PIN.</source>
        <translation>Udkastet er gemt som %1 (besøget er ikke afsluttet). Filen er ikke beskyttet af din PIN.</translation>
    </message>
    <message>
        <source>Visit record saved as %1. The file is not protected by your PIN.</source>
        <translation>Besøgsrapporten er gemt som %1. Filen er ikke beskyttet af din PIN.</translation>
    </message>
</context>
<context>
    <name>feltdialog::ReferenceData</name>
    <message>
        <source>this tablet (not enrolled)</source>
        <translation>denne tablet (ikke tilmeldt)</translation>
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
    <name>feltdialog::SyncCenter</name>
    <message>
        <source>Sync failed; it will try again</source>
        <translation>Synkroniseringen mislykkedes; den prøver igen</translation>
    </message>
    <message>
        <source>This tablet is no longer enrolled</source>
        <translation>Denne tablet er ikke længere tilmeldt</translation>
    </message>
    <message>
        <source>Everything is at the office</source>
        <translation>Alt er på kontoret</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for the office</source>
        <translation>
            <numerusform>%n registrering venter på at komme til kontoret</numerusform>
            <numerusform>%n registreringer venter på at komme til kontoret</numerusform>
        </translation>
    </message>
    <message>
        <source>The office has revoked this tablet (%1). Nothing on it is lost: ask the office for a new enrollment code and enroll again, and what is waiting will be sent.</source>
        <translation>Kontoret har trukket tablettens adgang tilbage (%1). Intet på den er gået tabt: bed kontoret om en ny tilmeldingskode og tilmeld igen, så sendes det, der venter.</translation>
    </message>
    <message>
        <source>The office server&apos;s certificate was not trusted (%1). Ask IT.</source>
        <translation>Kontorserverens certifikat blev ikke godkendt (%1). Kontakt IT.</translation>
    </message>
    <message>
        <source>The office server could not be reached (%1). Everything stays on the tablet; sync tries again by itself.</source>
        <translation>Kontorets server kunne ikke nås (%1). Alt bliver på tabletten; synkroniseringen prøver igen af sig selv.</translation>
    </message>
    <message>
        <source>The office server answered &quot;%1&quot;: %2</source>
        <translation>Kontorets server svarede &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Enter the server address and the code from the office.</source>
        <translation>Skriv serverens adresse og koden fra kontoret.</translation>
    </message>
    <message>
        <source>The server refused the code: %1</source>
        <translation>Serveren afviste koden: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Serveren kunne ikke nås: %1</translation>
    </message>
    <message>
        <source>Could not keep the enrollment: %1</source>
        <translation>Tilmeldingen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1.</source>
        <translation>Tilmeldt som %1.</translation>
    </message>
    <message>
        <source>Not connected to the office: visits made now are a demo and cannot be sent</source>
        <translation>Ikke forbundet til kontoret: besøg, der laves nu, er demo og kan ikke sendes</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting; %n refused by the office</source>
        <translation>
            <numerusform>Intet venter; %n afvist af kontoret</numerusform>
            <numerusform>Intet venter; %n afvist af kontoret</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 events sent (%2), %3 received (%4)</source>
        <translation>Synkroniserer … %1 registreringer sendt (%2), %3 modtaget (%4)</translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitList</name>
    <message>
        <source>Choose a facility to visit.</source>
        <translation>Vælg det tilbud, du besøger.</translation>
    </message>
    <message>
        <source>The office has all of it; it leaves this tablet on %1</source>
        <translation>Kontoret har det hele; det fjernes fra tabletten %1</translation>
    </message>
    <message>
        <source>Unlock the tablet to start a visit.</source>
        <translation>Lås tabletten op for at starte et besøg.</translation>
    </message>
</context>
<context>
    <name>feltdialog::VisitLocation</name>
    <message>
        <source>Visit start</source>
        <translation>Besøgets start</translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation>Besøgets afslutning</translation>
    </message>
    <message>
        <source>During a conversation</source>
        <translation>Under en samtale</translation>
    </message>
    <message>
        <source>%1 m from the facility</source>
        <translation>%1 m fra tilbuddet</translation>
    </message>
    <message>
        <source>%1 km from the facility</source>
        <translation>%1 km fra tilbuddet</translation>
    </message>
    <message>
        <source>Position found</source>
        <translation>Position fundet</translation>
    </message>
    <message>
        <source>Address confirmed by hand</source>
        <translation>Adressen bekræftet manuelt</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Ingen position</translation>
    </message>
    <message>
        <source>accurate to %1 m</source>
        <translation>nøjagtig til %1 m</translation>
    </message>
    <message>
        <source>far from the facility</source>
        <translation>langt fra tilbuddet</translation>
    </message>
    <message>
        <source>Finding position…</source>
        <translation>Finder position …</translation>
    </message>
    <message>
        <source>No position was taken: %1 You can confirm the facility&apos;s address by hand.</source>
        <translation>Der blev ikke taget en position: %1 Du kan bekræfte tilbuddets adresse manuelt.</translation>
    </message>
    <message>
        <source>The position is %1. You can take it again or confirm the address by hand.</source>
        <translation>Positionen er %1. Du kan tage den igen eller bekræfte adressen manuelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Old position (%1 old)</source>
        <translation>Gammel position (%1 gammel)</translation>
    </message>
</context>
</TS>
