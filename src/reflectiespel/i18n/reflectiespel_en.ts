<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat gaan we doen?</source>
        <translation>What are we going to do?</translation>
    </message>
    <message>
        <source>Wie?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Actiepunt toevoegen</source>
        <translation>Add action point</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>Wat:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <translation>When:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: naar deze stap. F2: wijzigen. Delete: weghalen.</source>
        <translation>Double-click or Enter: go to this step. F2: edit. Delete: remove.</translation>
    </message>
    <message>
        <source>+ Stap</source>
        <translation>+ Step</translation>
    </message>
    <message>
        <source>Wijzig…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>+ Stap: stap toevoegen</source>
        <translation>+ Step: add a step</translation>
    </message>
    <message>
        <source>Wijzig de stap</source>
        <translation>Change the step</translation>
    </message>
    <message>
        <source>Weg: stap verwijderen</source>
        <translation>Remove: delete the step</translation>
    </message>
    <message>
        <source>Stap naar boven</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <source>Stap naar beneden</source>
        <translation>Move step down</translation>
    </message>
    <message>
        <source>Een stap toevoegen na de gekozen stap</source>
        <translation>Add a step after the chosen step</translation>
    </message>
    <message>
        <source>Titel, uitleg en minuten van de gekozen stap wijzigen (F2)</source>
        <translation>Edit the title, instruction and minutes of the chosen step (F2)</translation>
    </message>
    <message>
        <source>De gekozen stap weghalen (Delete); Ctrl+Z zet hem terug</source>
        <translation>Remove the chosen step (Delete); Ctrl+Z puts it back</translation>
    </message>
    <message>
        <source>De gekozen stap een plek naar boven</source>
        <translation>Move the chosen step up one place</translation>
    </message>
    <message>
        <source>De gekozen stap een plek naar beneden</source>
        <translation>Move the chosen step down one place</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stap weghalen?</source>
        <translation>Remove step?</translation>
    </message>
    <message>
        <source>De stap &apos;{0}&apos; staat nu op het scherm. Weghalen?
De zaal ziet daarna &apos;{1}&apos;. Met Ctrl+Z (Ongedaan maken) zet je hem terug.</source>
        <translation>The step &apos;{0}&apos; is on the screen now. Remove it?
The room will then see &apos;{1}&apos;. Ctrl+Z (Undo) puts it back.</translation>
    </message>
    <message>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Laten staan</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Stap &apos;{0}&apos; weggehaald. Ongedaan maken (Ctrl+Z) zet hem terug.</source>
        <translation>Step &apos;{0}&apos; removed. Undo (Ctrl+Z) puts it back.</translation>
    </message>
</context>
<context>
    <name>AgreementStatus</name>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>AgreementsBody</name>
    <message>
        <source>Wat gaat er gebeuren?</source>
        <translation>What is going to happen?</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Wanneer is het klaar?</source>
        <translation>When is it done?</translation>
    </message>
    <message>
        <source>Wanneer? (bijvoorbeeld 1 juni)</source>
        <translation>When? (for example 1 June)</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Jullie afspraken</source>
        <translation>Your agreements</translation>
    </message>
    <message>
        <source>Gekozen afspraak weghalen</source>
        <translation>Remove the chosen agreement</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Nog open van vorige keer: %1</source>
        <translation>Still open from last time: %1</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>opslaan lukt niet: dit is een map, geen bestand</source>
        <translation>saving failed: this is a folder, not a file</translation>
    </message>
    <message>
        <source>opslaan lukt niet ({0}); het oude bestand is niet veranderd</source>
        <translation>saving failed ({0}); the old file was not changed</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>de map kan niet worden beschreven: {0}</source>
        <translation>the folder cannot be written to: {0}</translation>
    </message>
    <message>
        <source>opslaan lukt niet: {0}</source>
        <translation>saving failed: {0}</translation>
    </message>
    <message>
        <source>opslaan lukt niet: de tijdelijke bestanden verdwijnen steeds</source>
        <translation>saving failed: the temporary files keep disappearing</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>geen schrijfrechten</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>geen toestemming</source>
        <translation>not permitted</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>de schijfruimte (quota) is op</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>systeemfout {0}</source>
        <translation>system error {0}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Automatisch opslaan lukt niet: {0}</source>
        <translation>Saving automatically does not work: {0}</translation>
    </message>
    <message>
        <source>het bestand voor automatisch opslaan is in gebruik</source>
        <translation>the automatic save file is in use</translation>
    </message>
</context>
<context>
    <name>BoardAccessible</name>
    <message>
        <source>Kies met Tab, verplaats met de pijltjes (Shift: grotere stappen)</source>
        <translation>Choose with Tab, move with the arrow keys (Shift: bigger steps)</translation>
    </message>
    <message>
        <source>Fiches op het bord: %1</source>
        <translation>Counters on the board: %1</translation>
    </message>
</context>
<context>
    <name>BoardBackground</name>
    <message>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Praktijk &apos;%1&apos; toevoegen</source>
        <translation>Add practice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Praktijk &apos;%1&apos; weghalen</source>
        <translation>Remove practice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; verschuiven</source>
        <translation>Move &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; op het bord zetten</source>
        <translation>Put &apos;%1&apos; on the board</translation>
    </message>
    <message>
        <source>&apos;%1&apos; van het bord halen</source>
        <translation>Take &apos;%1&apos; off the board</translation>
    </message>
    <message>
        <source>Reden opschrijven</source>
        <translation>Write down a reason</translation>
    </message>
    <message>
        <source>Positie vastleggen: %1</source>
        <translation>Record position: %1</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>kan {0} niet opslaan</source>
        <translation>cannot save {0}</translation>
    </message>
</context>
<context>
    <name>BoardPosition</name>
    <message>
        <source>dicht bij {0}</source>
        <translation>close to {0}</translation>
    </message>
    <message>
        <source>voorbij {0}</source>
        <translation>beyond {0}</translation>
    </message>
    <message>
        <source>tussen {0} en {1}</source>
        <translation>between {0} and {1}</translation>
    </message>
    <message>
        <source>{0} van 100 naar rechts, {1} van 100 omhoog</source>
        <translation>{0} of 100 to the right, {1} of 100 up</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Perspectieven:</source>
        <translation>Perspectives:</translation>
    </message>
    <message>
        <source>1 plaatsing</source>
        <translation>1 placement</translation>
    </message>
    <message>
        <source>{0} plaatsingen</source>
        <translation>{0} placements</translation>
    </message>
    <message>
        <source>{0}: {1}. Het midden: {2} ({3}). De middelste helft: van {4} tot {5} van 100 naar rechts, van {6} tot {7} van 100 omhoog.</source>
        <translation>{0}: {1}. The middle: {2} ({3}). The middle half: from {4} to {5} of 100 to the right, from {6} to {7} of 100 up.</translation>
    </message>
    <message>
        <source>{0} perspectieven · ◆ het midden · kader: de middelste helft</source>
        <translation>{0} perspectives · ◆ the middle · frame: the middle half</translation>
    </message>
</context>
<context>
    <name>BoardTray</name>
    <message>
        <source>&lt;b&gt;Jullie praktijken&lt;/b&gt; — sleep er een op het bord</source>
        <translation>&lt;b&gt;Your practices&lt;/b&gt; — drag one onto the board</translation>
    </message>
    <message>
        <source>Naam van jullie praktijk</source>
        <translation>Name of your practice</translation>
    </message>
    <message>
        <source>Naam van een nieuwe praktijk</source>
        <translation>Name of a new practice</translation>
    </message>
    <message>
        <source>Kleur van de nieuwe praktijk</source>
        <translation>Colour of the new practice</translation>
    </message>
    <message>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blauw</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <source>paars</source>
        <translation>purple</translation>
    </message>
    <message>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <source>blauwgroen</source>
        <translation>teal</translation>
    </message>
    <message>
        <source>bruin</source>
        <translation>brown</translation>
    </message>
    <message>
        <source>roze</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>Praktijk toevoegen</source>
        <translation>Add practice</translation>
    </message>
    <message>
        <source>Wie zet de praktijk neer</source>
        <translation>Who places the practice</translation>
    </message>
    <message>
        <source>Wie zet neer:</source>
        <translation>Who places:</translation>
    </message>
    <message>
        <source>Op het bord</source>
        <translation>On the board</translation>
    </message>
    <message>
        <source>Van het bord</source>
        <translation>Off the board</translation>
    </message>
    <message>
        <source>Waarom schoof het? (één regel)</source>
        <translation>Why did it move? (one line)</translation>
    </message>
    <message>
        <source>Waarom schoof de gekozen praktijk</source>
        <translation>Why the chosen practice moved</translation>
    </message>
    <message>
        <source>Positie vastleggen</source>
        <translation>Record position</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>start</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>straks</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Naam van het moment</source>
        <translation>Name of the moment</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Wat het bord laat zien</source>
        <translation>What the board shows</translation>
    </message>
    <message>
        <source>Posities en spreiding</source>
        <translation>Positions and spread</translation>
    </message>
    <message>
        <source>Alleen posities</source>
        <translation>Positions only</translation>
    </message>
    <message>
        <source>Alleen spreiding</source>
        <translation>Spread only</translation>
    </message>
    <message>
        <source>Voorbeeldpraktijken tonen</source>
        <translation>Show example practices</translation>
    </message>
    <message>
        <source>Eerdere posities tonen</source>
        <translation>Show earlier positions</translation>
    </message>
    <message>
        <source>Uitlijnen op raster</source>
        <translation>Snap to grid</translation>
    </message>
    <message>
        <source>Bord bewaren als afbeelding:</source>
        <translation>Save board as image:</translation>
    </message>
    <message>
        <source>PNG beamer</source>
        <translation>PNG projector</translation>
    </message>
    <message>
        <source>PNG print</source>
        <translation>PNG print</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Deze kleur heeft een deelnemer al</source>
        <translation>A participant already has this colour</translation>
    </message>
    <message numerus="yes">
        <source> (%n keer op het bord)</source>
        <translation>
            <numerusform> (on the board once)</numerusform>
            <numerusform> (on the board %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>De hele groep</source>
        <translation>The whole group</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Bord: de sociaal-artistieke as</source>
        <translation>Board: the social-artistic axis</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>De sociaal-artistieke as</source>
        <translation>The social-artistic axis</translation>
    </message>
    <message>
        <source>Praktijken en weergave</source>
        <translation>Practices and view</translation>
    </message>
    <message>
        <source>Tab kiest een praktijk op het bord; pijltjes schuiven hem (met Shift in grotere stappen).</source>
        <translation>Tab picks a practice on the board; the arrow keys move it (with Shift in bigger steps).</translation>
    </message>
    <message>
        <source>SVG-afbeelding (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Bord bewaren als afbeelding</source>
        <translation>Save board as image</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Bewaren lukt niet</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Kalibratievel dubbelzijdig printen</source>
        <translation>Calibration sheet for double-sided printing</translation>
    </message>
    <message>
        <source>Kalibratievel: voorkant</source>
        <translation>Calibration sheet: front</translation>
    </message>
    <message>
        <source>Print dit vel dubbelzijdig, omslaan langs de lange kant, op 100% (niet &apos;passend maken&apos;).</source>
        <translation>Print this sheet double-sided, flip on the long edge, at 100% (not &apos;fit to page&apos;).</translation>
    </message>
    <message>
        <source>Print dit vel dubbelzijdig, omslaan langs de korte kant, op 100% (niet &apos;passend maken&apos;).</source>
        <translation>Print this sheet double-sided, flip on the short edge, at 100% (not &apos;fit to page&apos;).</translation>
    </message>
    <message>
        <source>Houd het vel daarna tegen het licht en kijk naar de achterkant.</source>
        <translation>Then hold the sheet against the light and look at the back.</translation>
    </message>
    <message>
        <source>Kalibratievel: achterkant</source>
        <translation>Calibration sheet: back</translation>
    </message>
    <message>
        <source>Kijk door het papier: waar kruist de rode lijn van de voorkant de blauwe linialen?</source>
        <translation>Look through the paper: where does the red line of the front cross the blue rulers?</translation>
    </message>
    <message>
        <source>Lees het getal af in mm: links-rechts is X, onder-boven is Y (bij elkaar, zoals 1.5,-0.5).</source>
        <translation>Read the number in mm: left-right is X, down-up is Y (together, such as 1.5,-0.5).</translation>
    </message>
    <message>
        <source>Print je kaarten dan met --offset X,Y. Staan de lijnen al op 0, dan hoeft er niets.</source>
        <translation>Then print your cards with --offset X,Y. If the lines are already at 0, nothing is needed.</translation>
    </message>
    <message>
        <source>Lees je links en rechts een andere Y (of boven en onder een andere X), dan draait de printer</source>
        <translation>If you read a different Y on the left and right (or a different X at the top and bottom), the printer turns</translation>
    </message>
    <message>
        <source>het vel een beetje: {0:.2f}° per mm verschil. Leg het papier dan rechter in de lade.</source>
        <translation>the sheet a little: {0:.2f}° per mm of difference. Then put the paper straighter in the tray.</translation>
    </message>
    <message>
        <source>Dit vel is geprint met verschuiving {0:g},{1:g} mm.</source>
        <translation>This sheet was printed with offset {0:g},{1:g} mm.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Vragen (één per regel)</source>
        <translation>Questions (one per line)</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Eigen tekst achterkant</source>
        <translation>Own text on the back</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kies plaatje…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Kies plaatje voor de kaart</source>
        <translation>Choose picture for the card</translation>
    </message>
    <message>
        <source>Geen plaatje: het plaatje weghalen</source>
        <translation>No picture: remove the picture</translation>
    </message>
    <message>
        <source>Geen plaatje</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Lege kaart om zelf in te vullen</source>
        <translation>Blank card to fill in yourself</translation>
    </message>
    <message>
        <source>Leeg</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Vraagt naar werk dat al loopt (niet voor een nieuw team)</source>
        <translation>Asks about work already under way (not for a new team)</translation>
    </message>
    <message>
        <source>Loopt al</source>
        <translation>Under way</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>Overzicht van alle kaarten</source>
        <translation>Overview of all cards</translation>
    </message>
</context>
<context>
    <name>CardKind</name>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Zo speel je</source>
        <translation>How to play</translation>
    </message>
    <message>
        <source>Over deze set</source>
        <translation>About this deck</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CardPainter</name>
    <message>
        <source>Opdracht: </source>
        <translation>Assignment: </translation>
    </message>
</context>
<context>
    <name>CardRoundBody</name>
    <message>
        <source>De kaart van deze ronde</source>
        <translation>This round&apos;s card</translation>
    </message>
    <message>
        <source>Volgende kaart</source>
        <translation>Next card</translation>
    </message>
    <message>
        <source>Kaart %1 van %2</source>
        <translation>Card %1 of %2</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>achterkant</source>
        <translation>back</translation>
    </message>
    <message>
        <source>voorkant</source>
        <translation>front</translation>
    </message>
    <message>
        <source>Klik of druk F om de kaart om te draaien</source>
        <translation>Click or press F to turn the card over</translation>
    </message>
    <message>
        <source>Geen kaart</source>
        <translation>No card</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>cirkel</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>vierkant</source>
        <translation>square</translation>
    </message>
    <message>
        <source>driehoek</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>ruit</source>
        <translation>diamond</translation>
    </message>
    <message>
        <source>ster</source>
        <translation>star</translation>
    </message>
    <message>
        <source>kruis</source>
        <translation>cross</translation>
    </message>
    <message>
        <source>zeshoek</source>
        <translation>hexagon</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>ring</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Symbool</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Symbool van categorie {0}</source>
        <translation>Symbol of category {0}</translation>
    </message>
    <message>
        <source>standaard ({0})</source>
        <translation>default ({0})</translation>
    </message>
</context>
<context>
    <name>ChooseSessions</name>
    <message>
        <source>Sessies voor het pad kiezen</source>
        <translation>Choose sessions for the path</translation>
    </message>
    <message>
        <source>Kies de sessies van dezelfde groep (twee of meer). De volgorde maakt niet uit: het pad loopt van de oudste naar de nieuwste datum.</source>
        <translation>Choose the sessions of the same group (two or more). The order does not matter: the path runs from the oldest date to the newest.</translation>
    </message>
    <message>
        <source>Sessies om te kiezen</source>
        <translation>Sessions to choose from</translation>
    </message>
    <message>
        <source>Andere bestanden…</source>
        <translation>Other files…</translation>
    </message>
    <message>
        <source>Andere bestanden kiezen (sessies)</source>
        <translation>Choose other files (sessions)</translation>
    </message>
    <message>
        <source>Pad tonen</source>
        <translation>Show the path</translation>
    </message>
    <message>
        <source>Recente sessies:</source>
        <translation>Recent sessions:</translation>
    </message>
    <message>
        <source>Sessies kiezen</source>
        <translation>Choose sessions</translation>
    </message>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation>Reflectiespel session (*.reflectiespel)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>de groep</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>Deze sessie is geen route van Samen reflecteren.</source>
        <translation>This session is not a Reflect together route.</translation>
    </message>
    <message>
        <source>Dit is de reflectie van vandaag zelf; kies die van een eerdere keer.</source>
        <translation>This is today&apos;s reflection itself; choose one from an earlier time.</translation>
    </message>
    <message>
        <source>Vorige keer openen</source>
        <translation>Open last time</translation>
    </message>
    <message>
        <source>Kies gedaan, nog open of vervallen.</source>
        <translation>Choose done, still open or dropped.</translation>
    </message>
    <message>
        <source>Afspraak: {0}</source>
        <translation>Agreement: {0}</translation>
    </message>
    <message>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>This agreement does not exist (any more).</translation>
    </message>
    <message>
        <source>vorige keer</source>
        <translation>last time</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>nog niet opnieuw geplaatst</source>
        <translation>not placed again yet</translation>
    </message>
    <message>
        <source>meer naar kunst als doel</source>
        <translation>more towards art as an end</translation>
    </message>
    <message>
        <source>meer naar kunst als middel</source>
        <translation>more towards art as a means</translation>
    </message>
    <message>
        <source>van {0} naar {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <source>op dezelfde plek</source>
        <translation>in the same place</translation>
    </message>
    <message>
        <source> (nu: {0})</source>
        <translation> (now: {0})</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Reflectie van vorige keer openen…</source>
        <translation>Open last time&apos;s reflection…</translation>
    </message>
    <message>
        <source>Nog niets geopend.</source>
        <translation>Nothing opened yet.</translation>
    </message>
    <message>
        <source>Plek op de as, vorige keer en nu</source>
        <translation>Place on the axis, last time and now</translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gekozen waarden, vorige keer en nu</source>
        <translation>Chosen values, last time and now</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Afspraken van vorige keer</source>
        <translation>Agreements from last time</translation>
    </message>
    <message>
        <source>Plek op de as</source>
        <translation>Place on the axis</translation>
    </message>
    <message>
        <source>Gekozen waarden</source>
        <translation>Chosen values</translation>
    </message>
    <message>
        <source>Open de reflectie van de vorige keer (een .reflectiespel-bestand).</source>
        <translation>Open the reflection from last time (a .reflectiespel file).</translation>
    </message>
    <message>
        <source>Vorige keer: %1</source>
        <translation>Last time: %1</translation>
    </message>
    <message>
        <source>Andere reflectie openen…</source>
        <translation>Open another reflection…</translation>
    </message>
    <message>
        <source>Er stonden geen afspraken open.</source>
        <translation>No agreements were open.</translation>
    </message>
    <message>
        <source>Hoe staat het met: %1</source>
        <translation>How is it going with: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSpoken</name>
    <message>
        <source>Nu: {0} (kaart {1} van {2})</source>
        <translation>Now: {0} (card {1} of {2})</translation>
    </message>
    <message>
        <source>Nu: geen stap</source>
        <translation>Now: no step</translation>
    </message>
    <message>
        <source>Nu: stap {0} van {1}, {2}</source>
        <translation>Now: step {0} of {1}, {2}</translation>
    </message>
    <message>
        <source>Klok: geen klok bij deze stap</source>
        <translation>Clock: no clock in this step</translation>
    </message>
    <message>
        <source>de tijd is om</source>
        <translation>time is up</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <source>klaar om te starten</source>
        <translation>ready to start</translation>
    </message>
    <message>
        <source>gepauzeerd</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Klok: {0}, {1}</source>
        <translation>Clock: {0}, {1}</translation>
    </message>
    <message>
        <source> (oefenronde)</source>
        <translation> (rehearsal)</translation>
    </message>
    <message>
        <source>De zaal ziet een zwart scherm.</source>
        <translation>The room sees a black screen.</translation>
    </message>
    <message>
        <source>De zaal ziet nog niets: de sessie heeft geen stappen.</source>
        <translation>The room sees nothing yet: the session has no steps.</translation>
    </message>
    <message>
        <source>De zaal ziet stap &apos;{0}&apos; met de kaart &apos;{1}&apos;.</source>
        <translation>The room sees step &apos;{0}&apos; with the card &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>De zaal ziet stap &apos;{0}&apos;.</source>
        <translation>The room sees step &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Wat de zaal ziet:</source>
        <translation>What the room sees:</translation>
    </message>
    <message>
        <source>Huidige kaart</source>
        <translation>Current card</translation>
    </message>
    <message>
        <source>Volgende kaart</source>
        <translation>Next card</translation>
    </message>
    <message>
        <source>Klok</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Start klok (T)</source>
        <translation>Start clock (T)</translation>
    </message>
    <message>
        <source>Klok starten of pauzeren</source>
        <translation>Start or pause the clock</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Klok starten of pauzeren (T; tijdens typen Alt+T)</source>
        <translation>Start or pause the clock (T; while typing Alt+T)</translation>
    </message>
    <message>
        <source>Een minuut erbij op de klok</source>
        <translation>One more minute on the clock</translation>
    </message>
    <message>
        <source>De klok terug naar de tijd van de stap</source>
        <translation>Set the clock back to the step&apos;s time</translation>
    </message>
    <message>
        <source>Vorige kaart of stap (← of PgUp; tijdens typen Alt+←)</source>
        <translation>Previous card or step (← or PgUp; while typing Alt+←)</translation>
    </message>
    <message>
        <source>Volgende kaart of stap (→, spatie of PgDn; tijdens typen Alt+→)</source>
        <translation>Next card or step (→, space or PgDn; while typing Alt+→)</translation>
    </message>
    <message>
        <source>◧ Agenda</source>
        <translation>◧ Agenda</translation>
    </message>
    <message>
        <source>Agenda en deelnemers tonen of verbergen</source>
        <translation>Show or hide the agenda and participants</translation>
    </message>
    <message>
        <source>Vastleggen ◨</source>
        <translation>Capture ◨</translation>
    </message>
    <message>
        <source>Vastleggen (notities, keuzes, acties) tonen of verbergen</source>
        <translation>Show or hide capture (notes, choices, actions)</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notities bij deze stap</source>
        <translation>Notes for this step</translation>
    </message>
    <message>
        <source>Keuzes en stemmen</source>
        <translation>Choices and votes</translation>
    </message>
    <message>
        <source>Keuzes</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation>Own cards</translation>
    </message>
    <message>
        <source>Kaarten die de groep maakt</source>
        <translation>Cards the group makes</translation>
    </message>
    <message>
        <source>Telefoons</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Telefoons erbij</source>
        <translation>Add phones</translation>
    </message>
    <message>
        <source>Projectie starten (F5)</source>
        <translation>Start projection (F5)</translation>
    </message>
    <message>
        <source>Projectie stoppen (Esc)</source>
        <translation>Stop projection (Esc)</translation>
    </message>
    <message>
        <source>Wissel scherm</source>
        <translation>Switch screen</translation>
    </message>
    <message>
        <source>Zwart (B)</source>
        <translation>Black (B)</translation>
    </message>
    <message>
        <source>Notitie typen</source>
        <translation>Type a note</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Verslag (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>Verslag printen…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Geluid bij nul</source>
        <translation>Sound at zero</translation>
    </message>
    <message>
        <source>Oefenronde (klok 10×)</source>
        <translation>Rehearsal (clock 10×)</translation>
    </message>
    <message>
        <source>Eén scherm: de projectie staat in een eigen venster. Sluit een beamer aan en druk F5 of kies &apos;Wissel scherm&apos;.</source>
        <translation>One screen: the projection is in a window of its own. Connect a projector and press F5 or choose &apos;Swap screens&apos;.</translation>
    </message>
    <message>
        <source>Groot beeld</source>
        <translation>Large view</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>De projectie op de beamer zetten (F5)</source>
        <translation>Put the projection on the beamer (F5)</translation>
    </message>
    <message>
        <source>De projectie sluiten (Esc, niet tijdens typen)</source>
        <translation>Close the projection (Esc, not while typing)</translation>
    </message>
    <message>
        <source>Het scherm van de zaal op zwart en terug (B of punt; tijdens typen Alt+B)</source>
        <translation>The room&apos;s screen to black and back (B or full stop; while typing Alt+B)</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Opslaan onder een andere naam (Ctrl+Shift+S)</source>
        <translation>Save under another name (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Het verslag als PDF maken (Ctrl+P)</source>
        <translation>Make the report as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Het verslag printen, met het printvenster van je computer (Ctrl+Shift+P)</source>
        <translation>Print the report with your computer&apos;s print dialog (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Notities, keuzes en actiepunten voor e-mail, Excel of Word (Ctrl+E)</source>
        <translation>Notes, choices and action points for e-mail, Excel or Word (Ctrl+E)</translation>
    </message>
    <message>
        <source>De projectie naar het andere scherm (Ctrl+Shift+W)</source>
        <translation>Move the projection to the other screen (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation>Reflectiespel session (*.reflectiespel)</translation>
    </message>
    <message>
        <source>+1 min: een minuut erbij</source>
        <translation>+1 min: one more minute</translation>
    </message>
    <message>
        <source>Opnieuw: klok terugzetten</source>
        <translation>Reset: set the clock back</translation>
    </message>
    <message>
        <source>Wat de zaal stuurt, en invoeren voor wie geen telefoon heeft</source>
        <translation>What the room sends, and entering for people without a phone</translation>
    </message>
    <message>
        <source>Loop de hele agenda door met een klok die tien keer zo snel loopt, en zie daarna of de tijd klopt (Ctrl+Shift+O)</source>
        <translation>Walk through the whole agenda with a clock that runs ten times as fast, and see afterwards whether the timing works (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Een piep als de klok op nul staat (Ctrl+Shift+T)</source>
        <translation>A beep when the clock reaches zero (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Groot beeld op de projectie: grotere letters, minder woorden (Ctrl+Shift+G)</source>
        <translation>Large view on the projection: bigger letters, fewer words (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Projectie</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>&amp;Klok</source>
        <translation>Cloc&amp;k</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>Edit (&amp;W)</translation>
    </message>
    <message>
        <source>Ongedaan maken: {0} (Ctrl+Z)</source>
        <translation>Undo: {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Niets om ongedaan te maken (Ctrl+Z)</source>
        <translation>Nothing to undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opnieuw doen: {0} (Ctrl+Shift+Z)</source>
        <translation>Redo: {0} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Niets om opnieuw te doen (Ctrl+Shift+Z)</source>
        <translation>Nothing to redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Opnieuw gedaan: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
    <message>
        <source>Bord. Pijltjes: de gekozen stip schuiven (Shift+pijl: grote stap) · Tab: volgende stip · Esc: klaar met het bord, terug naar presenteren</source>
        <translation>Board. Arrows: move the chosen dot (Shift+arrow: big step) · Tab: next dot · Esc: done with the board, back to presenting</translation>
    </message>
    <message>
        <source>Typen. Esc: terug naar presenteren · tijdens typen: Alt+→ volgende · Alt+← vorige · Alt+B zwart · Alt+T klok</source>
        <translation>Typing. Esc: back to presenting · while typing: Alt+→ next · Alt+← previous · Alt+B black · Alt+T clock</translation>
    </message>
    <message>
        <source>Presenteren. → of spatie: volgende · ←: vorige · B: zwart · T: klok · F5: projectie · Esc: projectie uit · Ctrl+N: notitie typen</source>
        <translation>Presenting. → or space: next · ←: previous · B: black · T: clock · F5: projection · Esc: projection off · Ctrl+N: type a note</translation>
    </message>
    <message>
        <source>Klaar met het bord: → of spatie gaat weer naar de volgende kaart.</source>
        <translation>Done with the board: → or space goes to the next card again.</translation>
    </message>
    <message>
        <source>De zaal ziet dit bord, met de titel en uitleg van de stap:</source>
        <translation>The room sees this board, with the step&apos;s title and explanation:</translation>
    </message>
    <message>
        <source>De open actiepunten van &apos;{0}&apos; staan bij de eerste stap (tabblad Acties): wat is ervan gekomen?</source>
        <translation>The open action items of &apos;{0}&apos; are at the first step (Actions tab): what came of them?</translation>
    </message>
    <message>
        <source>Nu: {0}</source>
        <translation>Now: {0}</translation>
    </message>
    <message>
        <source>Nu: geen kaart</source>
        <translation>Now: no card</translation>
    </message>
    <message>
        <source>Straks: {0}</source>
        <translation>Later: {0}</translation>
    </message>
    <message>
        <source>Straks: —</source>
        <translation>Later: —</translation>
    </message>
    <message>
        <source>Bij stap {0} is niets gekozen: die kaart staat straks niet op de stemlijst van stap {1}. Terug met ◀ en klik in Keuzes wie hem kiest.</source>
        <translation>Nothing was chosen in step {0}: that card will not be on the voting list of step {1}. Go back with ◀ and click in Choices who chooses it.</translation>
    </message>
    <message>
        <source>Leg in Keuzes vast wie deze kaart kiest: alleen gekozen kaarten komen op de stemlijst van stap {0}.</source>
        <translation>Record in Choices who chooses this card: only chosen cards go on the voting list of step {0}.</translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>{0} – {1}{2} – Reflectiespel</source>
        <translation>{0} – {1}{2} – Reflectiespel</translation>
    </message>
    <message>
        <source>geen klok</source>
        <translation>no clock</translation>
    </message>
    <message>
        <source>{0} (oefenen)</source>
        <translation>{0} (rehearsal)</translation>
    </message>
    <message>
        <source>Pauze (T)</source>
        <translation>Pause (T)</translation>
    </message>
    <message>
        <source>Oefenronde: de klok loopt tien keer zo snel en start bij elke stap. Klik nog eens op &apos;Oefenronde&apos; om te stoppen.</source>
        <translation>Rehearsal: the clock runs ten times as fast and starts at every step. Click &apos;Rehearsal&apos; again to stop.</translation>
    </message>
    <message>
        <source>Oefenronde</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Sessie opslaan</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Opslaan lukt niet</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>De sessie kon niet worden opgeslagen in {0}:
{1}

Niets is verloren: de automatische kopie blijft bewaard.</source>
        <translation>The session could not be saved in {0}:
{1}

Nothing is lost: the automatic copy is kept.</translation>
    </message>
    <message>
        <source>Opgeslagen in {0}</source>
        <translation>Saved in {0}</translation>
    </message>
    <message>
        <source>Sessie sluiten</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Wil je de sessie opslaan voordat je hem sluit?
Kies je &apos;Niet opslaan&apos;, dan is de sessie daarna weg.</source>
        <translation>Do you want to save the session before you close it?
If you choose &apos;Don&apos;t Save&apos;, the session is gone afterwards.</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Verslag bewaren</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Verslag maken</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <source>Verslag maken…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Verslag maken lukt niet</source>
        <translation>Making the report failed</translation>
    </message>
    <message>
        <source>Verslag bewaard in {0}</source>
        <translation>Report saved in {0}</translation>
    </message>
    <message>
        <source> (let op: {0})</source>
        <translation> (note: {0})</translation>
    </message>
    <message>
        <source>Verslag printen</source>
        <translation>Print report</translation>
    </message>
    <message numerus="yes">
        <source>Verslag naar de printer gestuurd (%n pagina&apos;s)</source>
        <translation>
            <numerusform>Report sent to the printer (%n page)</numerusform>
            <numerusform>Report sent to the printer (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printen lukt niet</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Excel-werkmap (*.xlsx);;Word-document (*.docx);;CSV voor Excel (*.csv);;JSON (*.json)</source>
        <translation>Markdown (*.md);;Excel workbook (*.xlsx);;Word document (*.docx);;CSV for Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporteren lukt niet</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gemaakt: {0}</source>
        <translation>The file could not be made: {0}</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>de categorie &apos;{0}&apos; staat er twee keer in</source>
        <translation>the category &apos;{0}&apos; appears twice</translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; bestaat al (kaart {1}); elke kaart heeft een eigen id</source>
        <translation>the card &apos;{0}&apos; already exists (card {1}); every card has its own id</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>de categorie &apos;{0}&apos; bestaat niet in deze set (wel: {1})</source>
        <translation>the category &apos;{0}&apos; does not exist in this deck (these do: {1})</translation>
    </message>
</context>
<context>
    <name>DeckEdit</name>
    <message>
        <source>Nieuwe kaart</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Wat valt je op?</source>
        <translation>What strikes you?</translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>er staan nog kaarten in deze categorie; geef die eerst een andere categorie</source>
        <translation>there are still cards in this category; give them another category first</translation>
    </message>
    <message>
        <source>{0} (eigen versie)</source>
        <translation>{0} (own version)</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Kaarten van de set (sleep om de volgorde te veranderen)</source>
        <translation>Cards in the deck (drag to change the order)</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Printen…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Kaarten (sleep om te ordenen)</source>
        <translation>Cards (drag to reorder)</translation>
    </message>
    <message>
        <source>+ Kaart</source>
        <translation>+ Card</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>+ Kaart: kaart toevoegen</source>
        <translation>+ Card: add a card</translation>
    </message>
    <message>
        <source>Weg: kaart weghalen</source>
        <translation>Remove: delete the card</translation>
    </message>
    <message>
        <source>Kaart omhoog</source>
        <translation>Move card up</translation>
    </message>
    <message>
        <source>Kaart omlaag</source>
        <translation>Move card down</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>+ Categorie</source>
        <translation>+ Category</translation>
    </message>
    <message>
        <source>Categorie weg</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Zo ziet de kaart eruit</source>
        <translation>This is how the card looks</translation>
    </message>
    <message>
        <source>Deze tekst past niet op een {0}-kaart, ook niet in de kleinste letter: maak hem korter.</source>
        <translation>This text does not fit on a {0} card, not even in the smallest type: make it shorter.</translation>
    </message>
    <message>
        <source>Let op: geprint op {0}-formaat wordt de letter {1:.1f} pt, kleiner dan {2:g} pt. Maak de tekst korter of kies een grotere kaartmaat.</source>
        <translation>Note: printed at {0} size the type becomes {1:.1f} pt, smaller than {2:g} pt. Make the text shorter or choose a larger card size.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: los eerst de melding(en) in rood op.</source>
        <translation>Not saved: first solve the message(s) in red.</translation>
    </message>
    <message>
        <source>Wijzigingen nog niet opgeslagen.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>{0} bewerken — {1}{2}</source>
        <translation>Editing {0} — {1}{2}</translation>
    </message>
    <message>
        <source>set: {0}</source>
        <translation>deck: {0}</translation>
    </message>
    <message>
        <source>kaart: {0}</source>
        <translation>card: {0}</translation>
    </message>
    <message>
        <source>categorie</source>
        <translation>category</translation>
    </message>
    <message>
        <source>kaart toevoegen</source>
        <translation>add card</translation>
    </message>
    <message>
        <source>Een set heeft minstens één kaart.</source>
        <translation>A deck has at least one card.</translation>
    </message>
    <message>
        <source>kaart weghalen</source>
        <translation>remove card</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; weggehaald. Ongedaan maken: Ctrl+Z.</source>
        <translation>&apos;{0}&apos; removed. Undo: Ctrl+Z.</translation>
    </message>
    <message>
        <source>kaart verplaatsen</source>
        <translation>move card</translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>categorie toevoegen</source>
        <translation>add category</translation>
    </message>
    <message>
        <source>categorie weghalen</source>
        <translation>remove category</translation>
    </message>
    <message>
        <source>Plaatje kiezen</source>
        <translation>Choose picture</translation>
    </message>
    <message>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Plaatje niet gekopieerd: {0}</source>
        <translation>Picture not copied: {0}</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation>Keep the changes?</translation>
    </message>
    <message>
        <source>De set &apos;{0}&apos; heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The deck &apos;{0}&apos; has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t Save</translation>
    </message>
</context>
<context>
    <name>DeckFile</name>
    <message>
        <source># Kaartenset voor reflectiespel. Zie docs/deck-format.md voor de velden; controleer met
# &apos;reflectiespel decks validate &lt;dit bestand&gt;&apos;.
</source>
        <translation># Card deck for reflectiespel. See docs/deck-format.md for the fields; check it with
# &apos;reflectiespel decks validate &lt;this file&gt;&apos;.
</translation>
    </message>
    <message>
        <source>de set wordt als bestand te groot ({0}; een set is hoogstens {1}): maak de teksten korter of splits de set</source>
        <translation>the deck would be too big as a file ({0}; a deck is at most {1}): make the texts shorter or split the deck</translation>
    </message>
    <message>
        <source>opslaan lukt niet ({0}); er is niets geschreven</source>
        <translation>saving failed ({0}); nothing has been written</translation>
    </message>
    <message>
        <source>kaart &apos;{0}&apos;: {1}</source>
        <translation>card &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>de plaatjes zijn samen te groot ({0}; de grens is {1})</source>
        <translation>the pictures together are too big ({0}; the limit is {1})</translation>
    </message>
    <message>
        <source>dit bestand bestaat al; kies een andere naam of overschrijf het bewust (--overschrijven)</source>
        <translation>this file already exists; choose another name or replace it on purpose (--overwrite)</translation>
    </message>
    <message>
        <source>dit is een map; kies een naam voor het bestand van de set</source>
        <translation>this is a folder; choose a name for the deck&apos;s file</translation>
    </message>
    <message>
        <source>de set zou niet meer opengaan: {0}</source>
        <translation>the deck would no longer open: {0}</translation>
    </message>
    <message>
        <source>de set zou niet meer opengaan; er is niets geschreven</source>
        <translation>the deck would no longer open; nothing was written</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet in de map van de set komen: daar staat al een map of snelkoppeling met die naam</source>
        <translation>&apos;{0}&apos; cannot go into the deck&apos;s folder: a folder or link of that name is already there</translation>
    </message>
    <message>
        <source>opslaan is halverwege gestopt ({0}): deze plaatjes staan al in de map: {1}; de set zelf is niet vervangen</source>
        <translation>saving stopped halfway ({0}): these pictures are already in the folder: {1}; the deck itself has not been replaced</translation>
    </message>
    <message>
        <source>hier staat al een map of snelkoppeling met die naam; er is niets gekopieerd</source>
        <translation>a folder or link of that name is already here; nothing has been copied</translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bronnen (één per regel)</source>
        <translation>Sources (one per line)</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Kaartmaat bij printen</source>
        <translation>Card size when printing</translation>
    </message>
    <message>
        <source>Kleur achterkant (#RRGGBB)</source>
        <translation>Colour of the back (#RRGGBB)</translation>
    </message>
    <message>
        <source>Tekst achterkant</source>
        <translation>Text on the back</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>Spreadsheet importeren</source>
        <translation>Import spreadsheet</translation>
    </message>
    <message>
        <source>Sjabloon opslaan</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>kaartenset.xlsx</source>
        <translation>card-deck.xlsx</translation>
    </message>
</context>
<context>
    <name>DeckPage</name>
    <message>
        <source>Pas deze set aan (een ingebouwde set: je bewerkt een eigen kopie)</source>
        <translation>Change this deck (a built-in deck: you edit a copy of your own)</translation>
    </message>
    <message>
        <source>Bron van de set</source>
        <translation>Source of the deck</translation>
    </message>
    <message>
        <source>Ga naar kaart</source>
        <translation>Go to card</translation>
    </message>
    <message>
        <source>← Bibliotheek (Alt+←)</source>
        <translation>← Library (Alt+←)</translation>
    </message>
    <message>
        <source>Terug naar alle sets (Alt+pijl links of Esc)</source>
        <translation>Back to all decks (Alt+Left arrow or Esc)</translation>
    </message>
    <message>
        <source>Printen… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print deze set als kaarten om te knippen (Ctrl+P)</source>
        <translation>Print this deck as cards to cut out (Ctrl+P)</translation>
    </message>
    <message>
        <source>Bewerken… (Ctrl+E)</source>
        <translation>Edit… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ga naar kaart (Ctrl+G)</source>
        <translation>Go to card (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ga naar (Ctrl+G):</source>
        <translation>Go to (Ctrl+G):</translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Vorige kaart (pijl links)</source>
        <translation>Previous card (left arrow)</translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Volgende kaart (pijl rechts, spatie)</source>
        <translation>Next card (right arrow, space)</translation>
    </message>
    <message>
        <source>Omdraaien (F)</source>
        <translation>Turn over (F)</translation>
    </message>
    <message>
        <source>Schudden (S)</source>
        <translation>Shuffle (S)</translation>
    </message>
    <message>
        <source>Geschud: {0} kaarten in een nieuwe volgorde</source>
        <translation>Shuffled: {0} cards in a new order</translation>
    </message>
    <message>
        <source>Weer in de volgorde van de set</source>
        <translation>Back in the deck&apos;s own order</translation>
    </message>
    <message>
        <source>Draai de kaart om (F)</source>
        <translation>Turn the card over (F)</translation>
    </message>
    <message>
        <source>Schud de kaarten (S)</source>
        <translation>Shuffle the cards (S)</translation>
    </message>
    <message>
        <source>Alle kaarten tegelijk (O)</source>
        <translation>All cards at once (O)</translation>
    </message>
    <message>
        <source>Overzicht (O)</source>
        <translation>Overview (O)</translation>
    </message>
    <message>
        <source>Originele volgorde (R)</source>
        <translation>Original order (R)</translation>
    </message>
    <message>
        <source>De kaarten weer in de volgorde van de set (R)</source>
        <translation>The cards back in the deck&apos;s own order (R)</translation>
    </message>
    <message>
        <source>Kaart {0} · geschud</source>
        <translation>Card {0} · shuffled</translation>
    </message>
    <message>
        <source>Kaart {0}</source>
        <translation>Card {0}</translation>
    </message>
</context>
<context>
    <name>DeckTile</name>
    <message>
        <source>{0}, {1} kaarten</source>
        <translation>{0}, {1} cards</translation>
    </message>
    <message>
        <source>Uit de map van je organisatie: {0}</source>
        <translation>From your organisation&apos;s folder: {0}</translation>
    </message>
    <message>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>{0}: kan niet worden geladen</source>
        <translation>{0}: cannot be loaded</translation>
    </message>
    <message>
        <source> · van je organisatie</source>
        <translation> · your organisation&apos;s</translation>
    </message>
    <message>
        <source>{0} kaarten</source>
        <translation>{0} cards</translation>
    </message>
    <message>
        <source> · eigen set</source>
        <translation> · own deck</translation>
    </message>
    <message>
        <source>Kan niet worden geladen:
</source>
        <translation>Cannot be loaded:
</translation>
    </message>
    <message>
        <source>regel {0}: {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
    <message>
        <source>(en nog {0}; wijs de tegel aan om alles te zien)</source>
        <translation>(and {0} more; point at the tile to see them all)</translation>
    </message>
    <message>
        <source> (en nog {0})</source>
        <translation> (and {0} more)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Cultuur</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Beleid</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Stap wijzigen</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <source>Titel van de stap</source>
        <translation>Title of the step</translation>
    </message>
    <message>
        <source>Uitleg voor de groep</source>
        <translation>Instruction for the group</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation>Instruction:</translation>
    </message>
    <message>
        <source>Klok:</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Klaar! Dit hebben jullie gedaan</source>
        <translation>Done! This is what you did</translation>
    </message>
    <message>
        <source>Samenvatting van de reflectie</source>
        <translation>Summary of the reflection</translation>
    </message>
    <message>
        <source>◀ Terug naar de laatste stap</source>
        <translation>◀ Back to the last step</translation>
    </message>
    <message>
        <source>Terug naar de laatste stap</source>
        <translation>Back to the last step</translation>
    </message>
    <message>
        <source>Samenvatting als tekst bewaren…</source>
        <translation>Save summary as text…</translation>
    </message>
    <message>
        <source>Samenvatting als PDF…</source>
        <translation>Summary as PDF…</translation>
    </message>
    <message>
        <source>Opslaan en sluiten</source>
        <translation>Save and close</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>het bestand kan niet worden gelezen ({0})</source>
        <translation>the file cannot be read ({0})</translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de ingebouwde set in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation>this deck has the same id &apos;{0}&apos; as the built-in deck in {1}; that one is used. Give this deck an id of its own.</translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de eigen set in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation>this deck has the same id &apos;{0}&apos; as your own deck in {1}; that one is used. Give this deck an id of its own.</translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de set van je organisatie in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation>this deck has the same id &apos;{0}&apos; as your organisation&apos;s deck in {1}; that one is used. Give this deck an id of its own.</translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de ingebouwde werkvorm in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation>this method has the same id &apos;{0}&apos; as the built-in method in {1}; that one is used. Give this method an id of its own.</translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de eigen werkvorm in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation>this method has the same id &apos;{0}&apos; as your own method in {1}; that one is used. Give this method an id of its own.</translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de werkvorm van je organisatie in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation>this method has the same id &apos;{0}&apos; as your organisation&apos;s method in {1}; that one is used. Give this method an id of its own.</translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de ingebouwde route in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation>this route has the same id &apos;{0}&apos; as the built-in route in {1}; that one is used. Give this route an id of its own.</translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de eigen route in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation>this route has the same id &apos;{0}&apos; as your own route in {1}; that one is used. Give this route an id of its own.</translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de route van je organisatie in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation>this route has the same id &apos;{0}&apos; as your organisation&apos;s route in {1}; that one is used. Give this route an id of its own.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>stap</source>
        <translation>step</translation>
    </message>
    <message>
        <source>stap_titel</source>
        <translation>step_title</translation>
    </message>
    <message>
        <source>kaart</source>
        <translation>card</translation>
    </message>
    <message>
        <source>deelnemer</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tijd</source>
        <translation>time</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>instructie</source>
        <translation>instruction</translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>keuzes</source>
        <translation>choices</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>actiepunten</source>
        <translation>action_points</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <source>eigen_kaarten</source>
        <translation>own_cards</translation>
    </message>
    <message>
        <source>vragen</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>opdracht</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>begeleiding</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>stappen</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>actiepunt</source>
        <translation>action point</translation>
    </message>
    <message>
        <source>plek</source>
        <translation>place</translation>
    </message>
    <message>
        <source>bord</source>
        <translation>board</translation>
    </message>
    <message>
        <source>eigen kaart</source>
        <translation>own card</translation>
    </message>
    <message>
        <source>praktijk</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>perspectief</source>
        <translation>perspective</translation>
    </message>
    <message>
        <source>waarom</source>
        <translation>why</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Opdracht: {0}</source>
        <translation>Assignment: {0}</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>- **Deelnemers:** {0} (anoniem)</source>
        <translation>- **Participants:** {0} (anonymous)</translation>
    </message>
    <message>
        <source>- **Deelnemers:** {0}</source>
        <translation>- **Participants:** {0}</translation>
    </message>
    <message>
        <source>## Stap {0}: {1}</source>
        <translation>## Step {0}: {1}</translation>
    </message>
    <message>
        <source>Kaarten: {0}</source>
        <translation>Cards: {0}</translation>
    </message>
    <message>
        <source>Iemand</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>- {0} koos: {1}</source>
        <translation>- {0} chose: {1}</translation>
    </message>
    <message>
        <source>### Notities</source>
        <translation>### Notes</translation>
    </message>
    <message>
        <source>### Stemmen</source>
        <translation>### Votes</translation>
    </message>
    <message>
        <source>| Plaats | Kaart | Stemmen |</source>
        <translation>| Place | Card | Votes |</translation>
    </message>
    <message>
        <source>### Het bord</source>
        <translation>### The board</translation>
    </message>
    <message>
        <source>| Praktijk | Wie | Plek | Waarom |</source>
        <translation>| Practice | Who | Place | Why |</translation>
    </message>
    <message>
        <source>de groep</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>### Eigen kaarten</source>
        <translation>### Own cards</translation>
    </message>
    <message>
        <source>*Opdracht:* {0}</source>
        <translation>*Assignment:* {0}</translation>
    </message>
    <message>
        <source>## Afspraken</source>
        <translation>## Agreements</translation>
    </message>
    <message>
        <source>| Wat | Wie | Wanneer |</source>
        <translation>| What | Who | When |</translation>
    </message>
    <message>
        <source>woord</source>
        <translation>word</translation>
    </message>
    <message>
        <source>woordwolk</source>
        <translation>word_cloud</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>stopwoord</source>
        <translation>stop word</translation>
    </message>
    <message>
        <source>samengevoegd</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>ingevoerd_via</source>
        <translation>entered_via</translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation>mark</translation>
    </message>
    <message>
        <source>schaal</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation>marks</translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation>median</translation>
    </message>
    <message>
        <source>laagste</source>
        <translation>lowest</translation>
    </message>
    <message>
        <source>hoogste</source>
        <translation>highest</translation>
    </message>
    <message>
        <source>vorige_keer</source>
        <translation>last_time</translation>
    </message>
    <message>
        <source>vorige_mediaan</source>
        <translation>last_median</translation>
    </message>
    <message>
        <source>begeleider</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>ideeen</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>vastgepind</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>deelname</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>deden_mee</source>
        <translation>took_part</translation>
    </message>
    <message>
        <source>via_telefoon</source>
        <translation>by_phone</translation>
    </message>
    <message>
        <source>via_begeleider</source>
        <translation>by_facilitator</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>namen</source>
        <translation>names</translation>
    </message>
    <message>
        <source>### Ideeënmuur</source>
        <translation>### Idea wall</translation>
    </message>
    <message>
        <source>| Idee | Stemmen | Status |</source>
        <translation>| Idea | Votes | Status |</translation>
    </message>
    <message>
        <source>### Woordwolk</source>
        <translation>### Word cloud</translation>
    </message>
    <message>
        <source>| Woord | Genoemd door | Op het scherm |</source>
        <translation>| Word | Named by | On the screen |</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{0} woorden ingevoerd door de begeleider.</source>
        <translation>{0} words entered by the facilitator.</translation>
    </message>
    <message>
        <source>| Vraag | Cijfers | Midden | Van – tot |</source>
        <translation>| Question | Marks | Middle | From – to |</translation>
    </message>
    <message>
        <source> Vorige keer |</source>
        <translation> Last time |</translation>
    </message>
    <message>
        <source>### Schaal van 0 tot 10</source>
        <translation>### Scale from 0 to 10</translation>
    </message>
    <message>
        <source>Vorige keer: {0}</source>
        <translation>Last time: {0}</translation>
    </message>
    <message>
        <source>{0} via telefoon, {1} via begeleider</source>
        <translation>{0} by phone, {1} through the facilitator</translation>
    </message>
    <message>
        <source>| Stap | Deden mee | Telefoon | Via begeleider |</source>
        <translation>| Step | Took part | Phone | Through the facilitator |</translation>
    </message>
    <message>
        <source> Wie |</source>
        <translation> Who |</translation>
    </message>
    <message>
        <source>## Deelname</source>
        <translation>## Participation</translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation>item</translation>
    </message>
    <message>
        <source>waarde</source>
        <translation>value</translation>
    </message>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <source>gemaakt_door</source>
        <translation>made_by</translation>
    </message>
    <message>
        <source>eerdere_namen</source>
        <translation>earlier_names</translation>
    </message>
    <message>
        <source>sessie_titel</source>
        <translation>session_title</translation>
    </message>
    <message>
        <source>naam_toen</source>
        <translation>name_then</translation>
    </message>
    <message>
        <source>verschoven</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>opmerkingen</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>opmerking</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ExportSheet</name>
    <message>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>keuzes</source>
        <translation>choices</translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>actiepunten</source>
        <translation>action points</translation>
    </message>
    <message>
        <source>bord</source>
        <translation>board</translation>
    </message>
    <message>
        <source>eigen kaarten</source>
        <translation>own cards</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>path</translation>
    </message>
    <message>
        <source>sessies</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>opmerkingen</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>woordwolk</source>
        <translation>word cloud</translation>
    </message>
    <message>
        <source>ideeën</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>schaal</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation>marks</translation>
    </message>
    <message>
        <source>deelname</source>
        <translation>participation</translation>
    </message>
</context>
<context>
    <name>GridWindow</name>
    <message>
        <source>Kiezen en stemmen – Reflectiespel</source>
        <translation>Choosing and voting – Reflectiespel</translation>
    </message>
</context>
<context>
    <name>GroupCardsPanel</name>
    <message>
        <source>Titel van de eigen kaart</source>
        <translation>Title of the own card</translation>
    </message>
    <message>
        <source>Tekst van de eigen kaart</source>
        <translation>Text of the own card</translation>
    </message>
    <message>
        <source>Naam van jullie grensobject</source>
        <translation>Name of your boundary object</translation>
    </message>
    <message>
        <source>Wat is het, wat maakt het zichtbaar?</source>
        <translation>What is it, what makes it visible?</translation>
    </message>
    <message>
        <source>Kaart maken</source>
        <translation>Make card</translation>
    </message>
    <message>
        <source>Eigen kaart maken</source>
        <translation>Make own card</translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation>Own cards</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Deze sessie is geen route van Samen reflecteren; open hem in de sessiemodus.</source>
        <translation>This session is not a Reflect together route; open it in session mode.</translation>
    </message>
    <message>
        <source>Er is nu niemand aan de beurt om te kiezen; begin een nieuw rondje.</source>
        <translation>It is nobody&apos;s turn to choose now; start a new round.</translation>
    </message>
</context>
<context>
    <name>IdeaWallPanel</name>
    <message>
        <source>Idee invoeren</source>
        <translation>Enter an idea</translation>
    </message>
    <message>
        <source>Een idee, Enter</source>
        <translation>An idea, Enter</translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation>Add idea</translation>
    </message>
    <message>
        <source>Idee toevoegen namens de gekozen deelnemer</source>
        <translation>Add idea on behalf of the chosen participant</translation>
    </message>
    <message>
        <source>De muur in getallen</source>
        <translation>The wall in numbers</translation>
    </message>
    <message>
        <source>Ideeën op de muur</source>
        <translation>Ideas on the wall</translation>
    </message>
    <message>
        <source>Stem erbij</source>
        <translation>Add vote</translation>
    </message>
    <message>
        <source>Stem erbij: een stem van de gekozen deelnemer op het gekozen idee</source>
        <translation>Add vote: a vote of the chosen participant on the chosen idea</translation>
    </message>
    <message>
        <source>Stem eraf</source>
        <translation>Remove vote</translation>
    </message>
    <message>
        <source>Stem eraf: een stem van de gekozen deelnemer weghalen</source>
        <translation>Remove vote: take away a vote of the chosen participant</translation>
    </message>
    <message>
        <source>Vastpinnen</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Vastpinnen of losmaken</source>
        <translation>Pin or unpin</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Verbergen of weer tonen</source>
        <translation>Hide or show again</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Samenvoegen: de gekozen ideeën tellen als het bovenste</source>
        <translation>Merge: the chosen ideas count as the topmost</translation>
    </message>
    <message>
        <source>Weer los</source>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Weer los: de ideeën die met het gekozen idee zijn samengevoegd</source>
        <translation>Separate: the ideas merged into the chosen idea</translation>
    </message>
    <message>
        <source>Alleen vastgepinde op het scherm</source>
        <translation>Only pinned on the screen</translation>
    </message>
    <message>
        <source>Top 5 naar actiepunten</source>
        <translation>Top 5 to action points</translation>
    </message>
    <message>
        <source>Top 5 naar actiepunten: de vijf ideeën met de meeste stemmen</source>
        <translation>Top 5 to action points: the five ideas with the most votes</translation>
    </message>
    <message>
        <source>De vijf ideeën met de meeste stemmen worden actiepunten van de volgende stap (Ctrl+Z maakt het ongedaan)</source>
        <translation>The five ideas with the most votes become action points of the next step (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Kies eerst bij &apos;Namens wie&apos; voor wie deze stem is.</source>
        <translation>First choose under &apos;On behalf of&apos; whose vote this is.</translation>
    </message>
    <message>
        <source>{0} ideeën staan nu bij de actiepunten van &apos;{1}&apos;.</source>
        <translation>{0} ideas are now among the action points of &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Losmaken</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation>{0} votes</translation>
    </message>
    <message>
        <source>1 stem</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>wacht op vrijgeven</source>
        <translation>waiting for release</translation>
    </message>
    <message>
        <source>vastgepind</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>+ {0} samengevoegd</source>
        <translation>+ {0} merged</translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation>entered by the facilitator</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>{0} ideeën, {1} stemmen; {2} ideeën ingevoerd door de begeleider</source>
        <translation>{0} ideas, {1} votes; {2} ideas entered by the facilitator</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>Dit idee staat niet (meer) op de muur.</source>
        <translation>This idea is not (or no longer) on the wall.</translation>
    </message>
    <message>
        <source>Schrijf eerst je idee op.</source>
        <translation>Write your idea down first.</translation>
    </message>
    <message>
        <source>Dit idee is te lang: hoogstens {0} tekens, zoals op een briefje.</source>
        <translation>This idea is too long: at most {0} characters, as on a sticky note.</translation>
    </message>
    <message>
        <source>{0} heeft al {1} ideeën op de muur gezet; meer kan in deze stap niet.</source>
        <translation>{0} has already put {1} ideas on the wall; no more in this step.</translation>
    </message>
    <message>
        <source>Deze muur is vol ({0} ideeën).</source>
        <translation>This wall is full ({0} ideas).</translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation>Add idea</translation>
    </message>
    <message>
        <source>Dit idee is al vastgepind.</source>
        <translation>This idea is pinned already.</translation>
    </message>
    <message>
        <source>Dit idee was niet vastgepind.</source>
        <translation>This idea was not pinned.</translation>
    </message>
    <message>
        <source>Idee vastpinnen</source>
        <translation>Pin idea</translation>
    </message>
    <message>
        <source>Idee losmaken</source>
        <translation>Unpin idea</translation>
    </message>
    <message>
        <source>Dit idee is al verborgen.</source>
        <translation>This idea is hidden already.</translation>
    </message>
    <message>
        <source>Dit idee staat al op de muur.</source>
        <translation>This idea is on the wall already.</translation>
    </message>
    <message>
        <source>Idee verbergen</source>
        <translation>Hide idea</translation>
    </message>
    <message>
        <source>Idee tonen</source>
        <translation>Show idea</translation>
    </message>
    <message>
        <source>Kies minstens twee verschillende ideeën om samen te voegen.</source>
        <translation>Choose at least two different ideas to merge.</translation>
    </message>
    <message>
        <source>Ideeën samenvoegen</source>
        <translation>Merge ideas</translation>
    </message>
    <message>
        <source>Er is niets met dit idee samengevoegd.</source>
        <translation>Nothing has been merged into this idea.</translation>
    </message>
    <message>
        <source>Ideeën weer los</source>
        <translation>Separate ideas</translation>
    </message>
    <message>
        <source>Alleen vastgepinde ideeën op het scherm</source>
        <translation>Only pinned ideas on the screen</translation>
    </message>
    <message>
        <source>Alle ideeën op het scherm</source>
        <translation>All ideas on the screen</translation>
    </message>
    <message>
        <source>Op dit idee kan niet meer gestemd worden.</source>
        <translation>This idea can no longer be voted on.</translation>
    </message>
    <message>
        <source>Er zijn nog geen ideeën met stemmen.</source>
        <translation>There are no ideas with votes yet.</translation>
    </message>
    <message>
        <source>Deze ideeën staan al bij de actiepunten.</source>
        <translation>These ideas are among the action points already.</translation>
    </message>
    <message>
        <source>Top {0} naar de actiepunten</source>
        <translation>Top {0} to the action points</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Er ging iets mis: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
    <message>
        <source>Kaartenset importeren</source>
        <translation>Import card deck</translation>
    </message>
    <message>
        <source>Voortgang van het lezen</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <source>Problemen in de spreadsheet</source>
        <translation>Problems in the spreadsheet</translation>
    </message>
    <message>
        <source>Voorbeeld van de kaarten</source>
        <translation>Preview of the cards</translation>
    </message>
    <message>
        <source>Set bewaren</source>
        <translation>Save deck</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} wordt gelezen…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>{0}: er is iets mis. Verbeter het in de spreadsheet, bewaar die en kies Importeren… opnieuw. Er is niets bewaard.</source>
        <translation>{0}: something is wrong. Correct it in the spreadsheet, save it and choose Import… again. Nothing has been saved.</translation>
    </message>
    <message numerus="yes">
        <source>{0}: &apos;{1}&apos;, %n kaarten (gelezen als {2}). Komt in {3}.</source>
        <translation>
            <numerusform>{0}: &apos;{1}&apos;, %n card (read as {2}). Goes into {3}.</numerusform>
            <numerusform>{0}: &apos;{1}&apos;, %n cards (read as {2}). Goes into {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het voorbeeld toont de eerste {0}.</source>
        <translation>The preview shows the first {0}.</translation>
    </message>
    <message>
        <source>De set wordt bewaard…</source>
        <translation>Saving the deck…</translation>
    </message>
    <message>
        <source>{0}: de set is niet bewaard.</source>
        <translation>{0}: the deck has not been saved.</translation>
    </message>
    <message>
        <source>Set bestaat al</source>
        <translation>Deck already exists</translation>
    </message>
    <message>
        <source>Er is al een set &apos;{0}&apos;. Wil je die vervangen?</source>
        <translation>There already is a deck &apos;{0}&apos;. Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>InputPaint</name>
    <message>
        <source>{0} woorden van {1} deelnemers</source>
        <translation>{0} words from {1} participants</translation>
    </message>
    <message>
        <source>{0} woorden · hoe vaak ze genoemd zijn, komt straks</source>
        <translation>{0} words · how often they were named comes later</translation>
    </message>
    <message>
        <source>Nog geen woorden. Stuur er een tot drie met je telefoon.</source>
        <translation>No words yet. Send one to three with your phone.</translation>
    </message>
    <message>
        <source>en nog {0} woorden</source>
        <translation>and {0} more words</translation>
    </message>
    <message>
        <source>{0} deelnemers gaven een cijfer · ● cijfer · | midden (mediaan)</source>
        <translation>{0} participants gave a mark · ● mark · | middle (median)</translation>
    </message>
    <message>
        <source> · ◇ vorige keer ({0})</source>
        <translation> · ◇ last time ({0})</translation>
    </message>
    <message>
        <source>Deze schaal heeft nog geen vragen.</source>
        <translation>This scale has no questions yet.</translation>
    </message>
    <message>
        <source>{0} deelnemers gaven een cijfer · de uitslag komt straks</source>
        <translation>{0} participants gave a mark · the result comes later</translation>
    </message>
    <message>
        <source>{0} cijfers</source>
        <translation>{0} marks</translation>
    </message>
    <message>
        <source>Vastgepinde ideeën</source>
        <translation>Pinned ideas</translation>
    </message>
    <message>
        <source>{0} ideeën · {1} stemmen</source>
        <translation>{0} ideas · {1} votes</translation>
    </message>
    <message>
        <source>{0} ideeën · de stemmen komen straks</source>
        <translation>{0} ideas · the votes come later</translation>
    </message>
    <message>
        <source>Nog geen vastgepinde ideeën.</source>
        <translation>No pinned ideas yet.</translation>
    </message>
    <message>
        <source>Nog geen ideeën. Zet je idee op de muur met je telefoon.</source>
        <translation>No ideas yet. Put your idea on the wall with your phone.</translation>
    </message>
    <message>
        <source>en nog {0} ideeën</source>
        <translation>and {0} more ideas</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Namens wie</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Voor wie zonder telefoon: kies de deelnemer. Wat je invoert, staat erbij als ingevoerd door de begeleider.</source>
        <translation>For someone without a phone: choose the participant. What you enter is marked as entered by the facilitator.</translation>
    </message>
    <message>
        <source>(groep)</source>
        <translation>(group)</translation>
    </message>
    <message>
        <source>Invoer van de zaal</source>
        <translation>Input from the room</translation>
    </message>
    <message>
        <source>Woorden</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Invoer</source>
        <translation>Input</translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <source>Deze sessie heeft nog geen stappen; voeg eerst een stap toe.</source>
        <translation>This session has no steps yet; add a step first.</translation>
    </message>
    <message>
        <source>De actiepunten van vorige keer staan al in deze sessie.</source>
        <translation>The action points from last time are already in this session.</translation>
    </message>
    <message>
        <source>Actiepunten van vorige keer</source>
        <translation>Action points from last time</translation>
    </message>
</context>
<context>
    <name>LastTimePanel</name>
    <message>
        <source>Van vorige keer</source>
        <translation>From last time</translation>
    </message>
    <message>
        <source>Open actiepunten van &apos;{0}&apos; {1}: wat is ervan gekomen?</source>
        <translation>Open action items of &apos;{0}&apos; {1}: what came of them?</translation>
    </message>
    <message>
        <source>Hoe staat het met: {0}</source>
        <translation>How is it going with: {0}</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>← Start</source>
        <translation>← Start</translation>
    </message>
    <message>
        <source>Terug naar de start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Kaartenset importeren uit een spreadsheet</source>
        <translation>Import card deck from a spreadsheet</translation>
    </message>
    <message>
        <source>Maak een set van een spreadsheet (.xlsx of .csv)</source>
        <translation>Make a deck from a spreadsheet (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Sjabloon opslaan…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>Sjabloon opslaan voor een spreadsheet</source>
        <translation>Save template for a spreadsheet</translation>
    </message>
    <message>
        <source>Een lege spreadsheet om je eigen kaarten in te typen</source>
        <translation>An empty spreadsheet to type your own cards into</translation>
    </message>
    <message>
        <source>Kaartensets</source>
        <translation>Card decks</translation>
    </message>
    <message>
        <source>Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter).</source>
        <translation>Click a deck to view its cards (or Tab to a deck and press Enter).</translation>
    </message>
    <message>
        <source>Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter). Eigen sets zet je in: {0}</source>
        <translation>Click a deck to view its cards (or Tab to a deck and press Enter). Put your own decks in: {0}</translation>
    </message>
    <message>
        <source>De kaartensets worden geladen…</source>
        <translation>Loading the card decks…</translation>
    </message>
    <message>
        <source>Er zijn nog geen kaartensets gevonden.</source>
        <translation>No card decks have been found yet.</translation>
    </message>
</context>
<context>
    <name>LiveOverlay</name>
    <message>
        <source>Code om mee te doen</source>
        <translation>Code to join</translation>
    </message>
    <message>
        <source>Adres om mee te doen</source>
        <translation>Address to join</translation>
    </message>
    <message>
        <source>Wat er in de stille ronde is geschreven</source>
        <translation>What was written in the silent round</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Komen telefoons er niet in?
• Telefoons en laptop moeten op hetzelfde wifi-netwerk zitten. Het gastnetwerk van een zaal laat apparaten vaak niet met elkaar praten.
• Zet dan een hotspot aan op je eigen telefoon, of neem een eigen reisrouter mee, en laat de laptop en de deelnemers daarop inloggen. Internet is niet nodig.
• Laat iemand het adres onder de QR-code overtypen als scannen niet lukt.
• Vraagt de laptop of reflectiespel verbindingen mag ontvangen? Kies dan: toestaan, alleen op privénetwerken.
Lukt het niet: zet de schakelaar uit. Alles werkt gewoon verder vanaf de laptop.</source>
        <translation>Phones cannot get in?
• Phones and laptop must be on the same wifi network. A venue&apos;s guest network often does not let devices talk to each other.
• Then turn on a hotspot on your own phone, or bring your own travel router, and let the laptop and the participants log on to it. No internet is needed.
• Let someone type the address under the QR code if scanning does not work.
• Does the laptop ask whether reflectiespel may receive connections? Then choose: allow, on private networks only.
If it does not work: switch it off. Everything simply carries on from the laptop.</translation>
    </message>
    <message>
        <source>Telefoons</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Telefoons erbij</source>
        <translation>Add phones</translation>
    </message>
    <message>
        <source>Adres en code</source>
        <translation>Address and code</translation>
    </message>
    <message>
        <source>Aantal telefoons</source>
        <translation>Number of phones</translation>
    </message>
    <message>
        <source>Zoek een telefoon op naam</source>
        <translation>Find a phone by name</translation>
    </message>
    <message>
        <source>Zoek een naam</source>
        <translation>Find a name</translation>
    </message>
    <message>
        <source>Telefoons die meedoen</source>
        <translation>Phones taking part</translation>
    </message>
    <message>
        <source>Telefoon verwijderen</source>
        <translation>Remove phone</translation>
    </message>
    <message>
        <source>Wacht op jouw ja:</source>
        <translation>Waiting for your yes:</translation>
    </message>
    <message>
        <source>Telefoons die wachten op jouw ja</source>
        <translation>Phones waiting for your yes</translation>
    </message>
    <message>
        <source>Toelaten</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Telefoon toelaten</source>
        <translation>Let the phone in</translation>
    </message>
    <message>
        <source>Weigeren</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Telefoon weigeren</source>
        <translation>Refuse the phone</translation>
    </message>
    <message>
        <source>Invoer op slot voor deze stap</source>
        <translation>Input locked for this step</translation>
    </message>
    <message>
        <source>QR-code op de projectie</source>
        <translation>QR code on the projection</translation>
    </message>
    <message>
        <source>Stille ronde starten</source>
        <translation>Start silent round</translation>
    </message>
    <message>
        <source>Alles tegelijk laten zien</source>
        <translation>Show everything at once</translation>
    </message>
    <message>
        <source>Stille ronde</source>
        <translation>Silent round</translation>
    </message>
    <message>
        <source>Zacht geluid op de telefoons als de tijd om is</source>
        <translation>Soft sound on the phones when time is up</translation>
    </message>
    <message>
        <source>Elke telefoon toont de klok van de stap. Aan: een zachte toon op de telefoons als de klok op nul komt. Standaard uit.</source>
        <translation>Every phone shows the step&apos;s clock. On: a soft tone on the phones when the clock reaches zero. Off by default.</translation>
    </message>
    <message>
        <source>Komen telefoons er niet in?</source>
        <translation>Phones cannot get in?</translation>
    </message>
    <message>
        <source>Komen telefoons er niet in? Hulp</source>
        <translation>Phones cannot get in? Help</translation>
    </message>
    <message>
        <source>Hulp bij telefoons</source>
        <translation>Help with phones</translation>
    </message>
    <message>
        <source>Wie doet mee:</source>
        <translation>Who is taking part:</translation>
    </message>
    <message>
        <source>Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus telefoons kunnen hem niet vinden.</source>
        <translation>This laptop is not on a local network (wifi or cable), so phones cannot find it.</translation>
    </message>
    <message>
        <source>{0} (was weggestuurd)</source>
        <translation>{0} (was removed)</translation>
    </message>
    <message>
        <source>zonder naam</source>
        <translation>without a name</translation>
    </message>
    <message>
        <source>{0} (op een tweede apparaat)</source>
        <translation>{0} (on a second device)</translation>
    </message>
    <message>
        <source>Een telefoon wacht op jouw ja: kijk in het tabblad Telefoons.</source>
        <translation>A phone is waiting for your yes: look in the Phones tab.</translation>
    </message>
    <message numerus="yes">
        <source>Wie doet mee: %n telefoon(s), {0} met &apos;{1}&apos;</source>
        <translation>
            <numerusform>Taking part: %n phone, {0} with &apos;{1}&apos;</numerusform>
            <numerusform>Taking part: %n phones, {0} with &apos;{1}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wie doet mee: %n telefoon(s)</source>
        <translation>
            <numerusform>Taking part: %n phone</numerusform>
            <numerusform>Taking part: %n phones</numerusform>
        </translation>
    </message>
    <message>
        <source>Uit. Zet de schakelaar aan om deelnemers met hun telefoon mee te laten doen (zonder internet).</source>
        <translation>Off. Turn the switch on to let participants join with their phones (no internet needed).</translation>
    </message>
    <message>
        <source>Aan. Adres: {0}   Code: {1}</source>
        <translation>On. Address: {0}   Code: {1}</translation>
    </message>
    <message>
        <source>(meldt zich aan)</source>
        <translation>(signing in)</translation>
    </message>
    <message>
        <source>De sessie is bijna te groot om te bewaren: telefoons kunnen geen tekst meer sturen.</source>
        <translation>The session is almost too large to save: phones can no longer send text.</translation>
    </message>
    <message>
        <source>Stille ronde: {0} briefje(s) geschreven, nog niet zichtbaar.</source>
        <translation>Silent round: {0} note(s) written, not visible yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation>Reflectiespel session (*.reflectiespel)</translation>
    </message>
    <message>
        <source>Reflectiespel {0}</source>
        <translation>Reflectiespel {0}</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Nieuwe sessie…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Sessie openen…</source>
        <translation>Open session…</translation>
    </message>
    <message>
        <source>Pad van onze praktijk…</source>
        <translation>Path of our practice…</translation>
    </message>
    <message>
        <source>Kaartensets opnieuw laden</source>
        <translation>Reload card decks</translation>
    </message>
    <message>
        <source>Map met eigen kaartensets openen</source>
        <translation>Open the folder with your own card decks</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Over reflectiespel…</source>
        <translation>About reflectiespel…</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Contrast zoals het systeem</source>
        <translation>Contrast as the system</translation>
    </message>
    <message>
        <source>Standaard contrast</source>
        <translation>Standard contrast</translation>
    </message>
    <message>
        <source>Hoog contrast (wit op zwart)</source>
        <translation>High contrast (white on black)</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Taal niet bewaard</source>
        <translation>Language not saved</translation>
    </message>
    <message>
        <source>De keuze kon niet worden bewaard: {0}</source>
        <translation>The choice could not be saved: {0}</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reflectiespel {0}

Kaartensets, begeleide sessies en de sociaal-artistieke as, voor mensen die cultuur verbinden met zorg, welzijn en beleid. Werkt zonder internet.

Eigen kaartensets: {1}
Gegevens en reservekopieën: {2}

Licentie: MIT. Lettertype: DejaVu Sans.</source>
        <translation>Reflectiespel {0}

Card decks, guided sessions and the social-artistic axis, for people who connect culture with care, welfare and policy. Works without internet.

Own card decks: {1}
Data and backups: {2}

Licence: MIT. Typeface: DejaVu Sans.</translation>
    </message>
    <message>
        <source>Over reflectiespel</source>
        <translation>About reflectiespel</translation>
    </message>
    <message>
        <source>Set niet gevonden</source>
        <translation>Deck not found</translation>
    </message>
    <message>
        <source>De kaartenset &apos;{0}&apos; is niet (meer) te vinden.</source>
        <translation>The card deck &apos;{0}&apos; cannot be found (any more).</translation>
    </message>
    <message>
        <source>Kopie niet gemaakt</source>
        <translation>Copy not made</translation>
    </message>
    <message>
        <source>Je bewerkt een eigen kopie: {0}. De set van je organisatie blijft zoals hij was.</source>
        <translation>You are editing a copy of your own: {0}. Your organisation&apos;s deck stays as it was.</translation>
    </message>
    <message>
        <source>Je bewerkt een eigen kopie: {0}. De ingebouwde set blijft zoals hij was.</source>
        <translation>You are editing a copy of your own: {0}. The built-in deck stays as it was.</translation>
    </message>
    <message>
        <source>Sjabloon niet opgeslagen</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>Sjabloon opgeslagen: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>Sessie openen</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Deze sessie kan niet worden geopend</source>
        <translation>This session cannot be opened</translation>
    </message>
    <message>
        <source>{0}

Het bestand is niet veranderd.</source>
        <translation>{0}

The file has not been changed.</translation>
    </message>
    <message>
        <source>Dit is een kopie van een sessie die ook open is; de kopie gaat apart verder, met een eigen automatische kopie.</source>
        <translation>This is a copy of a session that is open too; the copy carries on separately, with its own automatic copy.</translation>
    </message>
    <message>
        <source>De sessie &apos;{0}&apos; werd niet netjes afgesloten (laatst bewaard om {1} op {2}).
Wil je verder waar je was?</source>
        <translation>The session &apos;{0}&apos; was not closed properly (last saved at {1} on {2}).
Do you want to carry on where you were?</translation>
    </message>
    <message>
        <source>Sessie herstellen?</source>
        <translation>Restore session?</translation>
    </message>
    <message>
        <source>• een automatische kopie van {0} om {1}: {2}</source>
        <translation>• an automatic copy of {0} at {1}: {2}</translation>
    </message>
    <message>
        <source>Er is een automatische kopie van een sessie die niet netjes werd afgesloten, maar die kan niet worden geopend:</source>
        <translation>There is an automatic copy of a session that was not closed properly, but it cannot be opened:</translation>
    </message>
    <message>
        <source>Er zijn automatische kopieën van sessies die niet netjes werden afgesloten, maar die kunnen niet worden geopend:</source>
        <translation>There are automatic copies of sessions that were not closed properly, but they cannot be opened:</translation>
    </message>
    <message>
        <source>Sessie kan niet worden hersteld</source>
        <translation>Session cannot be recovered</translation>
    </message>
    <message>
        <source>reflectiespel verandert en verwijdert deze bestanden niet; ze staan in {0}.</source>
        <translation>reflectiespel does not change or remove these files; they are in {0}.</translation>
    </message>
    <message>
        <source>Later: de automatische kopie blijft bewaard en je krijgt deze vraag bij de volgende start opnieuw.</source>
        <translation>Later: the automatic copy is kept and you get this question again at the next start.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Weggooien…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Sessie weggooien?</source>
        <translation>Discard session?</translation>
    </message>
    <message>
        <source>De automatische kopie met alle notities van deze sessie wordt gewist. Dat kan niet ongedaan worden gemaakt.</source>
        <translation>The automatic copy with all notes of this session will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>… en meer: zie &apos;Details tonen&apos;.</source>
        <translation>… and more: see &apos;Show Details&apos;.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Werkvorm</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>{0} (kan niet worden gebruikt: {1})</source>
        <translation>{0} (cannot be used: {1})</translation>
    </message>
    <message>
        <source>Lege sessie
Je voegt zelf stappen toe.</source>
        <translation>Empty session
You add steps yourself.</translation>
    </message>
    <message>
        <source>Deel van de werkvorm</source>
        <translation>Part of the method</translation>
    </message>
    <message>
        <source>Deel:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation>Group or organisation</translation>
    </message>
    <message>
        <source>Anoniem: geen namen in verslag en export</source>
        <translation>Anonymous: no names in report and export</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Eén per regel, eventueel met domein:
Anna, cultuur
Bram, zorg</source>
        <translation>One per line, optionally with a domain:
Anna, culture
Bram, care</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Begeleider:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Deelnemers:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Sessie beginnen</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Kies een werkvorm:</source>
        <translation>Choose a method:</translation>
    </message>
    <message>
        <source> · {0} delen van ongeveer {1} min</source>
        <translation> · {0} parts of about {1} min</translation>
    </message>
    <message>
        <source> · ongeveer {0} min</source>
        <translation> · about {0} min</translation>
    </message>
    <message>
        <source>Alle delen in één sessie, met een pauze ertussen (ongeveer {0} min)</source>
        <translation>All parts in one session, with a break in between (about {0} min)</translation>
    </message>
    <message>
        <source>{0} (ongeveer {1} min)</source>
        <translation>{0} (about {1} min)</translation>
    </message>
    <message>
        <source>Met {0} deelnemers duurt dit ongeveer {1} minuten, met de pauzes. De agenda laat zien waar een deel eindigt.</source>
        <translation>With {0} participants this takes about {1} minutes, including the breaks. The agenda shows where each part ends.</translation>
    </message>
    <message>
        <source>Met {0} deelnemers duurt dit ongeveer {1} minuten.</source>
        <translation>With {0} participants this takes about {1} minutes.</translation>
    </message>
    <message>
        <source>Dat is langer dan {0} minuten: maak rondes korter of werk in groepjes.</source>
        <translation>That is longer than {0} minutes: shorten the rounds or work in small groups.</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Wie ben je, en waarom ben je hier?</source>
        <translation>Who are you, and why are you here?</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Wie zei het</source>
        <translation>Who said it</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wat zegt de groep? Typ en druk Enter</source>
        <translation>What does the group say? Type and press Enter</translation>
    </message>
    <message>
        <source>Notities van deze stap</source>
        <translation>Notes of this step</translation>
    </message>
    <message>
        <source>(groep)</source>
        <translation>(group)</translation>
    </message>
    <message>
        <source> (telefoon)</source>
        <translation> (phone)</translation>
    </message>
</context>
<context>
    <name>OrgFolderMenu</name>
    <message>
        <source>Map van je organisatie kiezen…</source>
        <translation>Choose your organisation&apos;s folder…</translation>
    </message>
    <message>
        <source>Map van je organisatie niet meer gebruiken</source>
        <translation>Stop using your organisation&apos;s folder</translation>
    </message>
    <message>
        <source>Ingesteld door je organisatie ({0}): {1}</source>
        <translation>Set by your organisation ({0}): {1}</translation>
    </message>
    <message>
        <source>Nu: {0}</source>
        <translation>Now: {0}</translation>
    </message>
    <message>
        <source>Een gedeelde map met kaartensets en werkvormen van je organisatie; de app leest hem alleen.</source>
        <translation>A shared folder with your organisation&apos;s decks and methods; the app only reads it.</translation>
    </message>
    <message>
        <source>Map van je organisatie kiezen</source>
        <translation>Choose your organisation&apos;s folder</translation>
    </message>
    <message>
        <source>Deze map kan niet</source>
        <translation>This folder cannot be used</translation>
    </message>
    <message>
        <source>{0} is geen map (of is nu niet bereikbaar).</source>
        <translation>{0} is not a folder (or cannot be reached now).</translation>
    </message>
    <message>
        <source>{0} is (of bevat) je eigen map met kaartensets. Kies de gedeelde map van je organisatie.</source>
        <translation>{0} is (or contains) your own deck folder. Choose your organisation&apos;s shared folder.</translation>
    </message>
    <message>
        <source>Niet onthouden</source>
        <translation>Not remembered</translation>
    </message>
    <message>
        <source>De keuze kan niet worden bewaard: {0}</source>
        <translation>The choice cannot be saved: {0}</translation>
    </message>
    <message>
        <source>De map van je organisatie wordt niet meer gebruikt.</source>
        <translation>Your organisation&apos;s folder is no longer used.</translation>
    </message>
    <message>
        <source>Kaartensets en werkvormen uit {0} staan nu in de app (alleen lezen).</source>
        <translation>Decks and methods from {0} are now in the app (read only).</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Naam van de nieuwe deelnemer</source>
        <translation>Name of the new participant</translation>
    </message>
    <message>
        <source>Naam of schuilnaam, Enter</source>
        <translation>Name or alias, Enter</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deelnemers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>het Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>het Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>de groep</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>Sessie {0} ({1}): {2}</source>
        <translation>Session {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>{0}: niet gebruikt; een pad heeft ten hoogste {1} sessies</source>
        <translation>{0}: not used; a path has at most {1} sessions</translation>
    </message>
    <message>
        <source>{0}: niet gebruikt; de sessies van een pad zijn samen ten hoogste {1} MB</source>
        <translation>{0}: not used; the sessions of a path are at most {1} MB together</translation>
    </message>
    <message>
        <source>{0}: kan niet gelezen worden ({1})</source>
        <translation>{0}: cannot be read ({1})</translation>
    </message>
    <message>
        <source>{0}: deze sessie staat al in het pad (een kopie van hetzelfde bestand)</source>
        <translation>{0}: this session is already in the path (a copy of the same file)</translation>
    </message>
    <message>
        <source>op een ander bord gezet (&apos;{0}&apos;); de plekken zijn als getallen van 0 tot 1 overgenomen, maar de vakken en woorden kunnen iets anders betekenen</source>
        <translation>placed on another board (&apos;{0}&apos;); the places are taken over as numbers from 0 to 1, but its zones and words may mean something else</translation>
    </message>
    <message>
        <source>gemaakt in {0}; de namen en redenen staan er zoals ze toen zijn ingetypt</source>
        <translation>made in {0}; the names and reasons are shown as they were typed then</translation>
    </message>
    <message>
        <source>een andere groep: &apos;{0}&apos;</source>
        <translation>another group: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>geen praktijken op het bord</source>
        <translation>no practices on the board</translation>
    </message>
    <message>
        <source> (met de hand gekoppeld)</source>
        <translation> (joined by hand)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat alleen in sessie {1} ({2}); in de andere sessies is geen praktijk met dezelfde naam of hetzelfde kenmerk</source>
        <translation>&apos;{0}&apos; only appears in session {1} ({2}); the other sessions have no practice with the same name or the same identifier</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heet in sessie {1} ({2}, in {3}) &apos;{4}&apos;</source>
        <translation>&apos;{0}&apos; is called &apos;{4}&apos; in session {1} ({2}, in {3})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heet vanaf sessie {1} ({2}) &apos;{3}&apos;</source>
        <translation>&apos;{0}&apos; is called &apos;{3}&apos; from session {1} ({2}) on</translation>
    </message>
    <message>
        <source>Pad van onze praktijk: {0}</source>
        <translation>Path of our practice: {0}</translation>
    </message>
    <message>
        <source>Pad van onze praktijk</source>
        <translation>Path of our practice</translation>
    </message>
    <message>
        <source>{0} (toen: {1})</source>
        <translation>{0} (then: {1})</translation>
    </message>
    <message>
        <source>{0}, sessie {1} ({2}, {3})</source>
        <translation>{0}, session {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>Waarom: {0}</source>
        <translation>Why: {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): van sessie {2} ({3}) naar sessie {4} ({5})</source>
        <translation>{0} ({1}): from session {2} ({3}) to session {4} ({5})</translation>
    </message>
    <message>
        <source>Er is geen reden opgeschreven.</source>
        <translation>No reason was written down.</translation>
    </message>
    <message>
        <source>S{0}</source>
        <translation>S{0}</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Praktijken</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>(eerder: {0})</source>
        <translation>(earlier: {0})</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>De plekken van de praktijken op de sociaal-artistieke as, per sessie</source>
        <translation>Where the practices stood on the social-artistic axis, per session</translation>
    </message>
    <message>
        <source>alle perspectieven</source>
        <translation>all perspectives</translation>
    </message>
    <message>
        <source>{0} sessies, van {1} tot {2} · perspectief: {3}</source>
        <translation>{0} sessions, from {1} to {2} · perspective: {3}</translation>
    </message>
</context>
<context>
    <name>PathProjection</name>
    <message>
        <source>Pad van onze praktijk — projectie</source>
        <translation>Path of our practice — projection</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Bord met het pad van de praktijken</source>
        <translation>Board with the path of the practices</translation>
    </message>
</context>
<context>
    <name>PathWindow</name>
    <message>
        <source>Pad van onze praktijk</source>
        <translation>Path of our practice</translation>
    </message>
    <message>
        <source>Sessies kiezen…</source>
        <translation>Choose sessions…</translation>
    </message>
    <message>
        <source>Sessies kiezen</source>
        <translation>Choose sessions</translation>
    </message>
    <message>
        <source>&amp;Perspectief:</source>
        <translation>&amp;Perspective:</translation>
    </message>
    <message>
        <source>Perspectief</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Projecteren (F5)</source>
        <translation>Project (F5)</translation>
    </message>
    <message>
        <source>Projecteren</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Bewaren als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Bewaren als PNG</source>
        <translation>Save as PNG</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Bewaren als werkmap voor Excel</source>
        <translation>Save as a workbook for Excel</translation>
    </message>
    <message>
        <source>Praktijken: plek en redenen per sessie</source>
        <translation>Practices: place and reasons per session</translation>
    </message>
    <message>
        <source>Koppelen aan…</source>
        <translation>Join with…</translation>
    </message>
    <message>
        <source>Koppelen aan een praktijk met een andere naam</source>
        <translation>Join with a practice under another name</translation>
    </message>
    <message>
        <source>Koppelingen wissen</source>
        <translation>Clear joins</translation>
    </message>
    <message>
        <source>Sessies in het pad</source>
        <translation>Sessions in the path</translation>
    </message>
    <message>
        <source>Sessie weghalen</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <source>Sessie weghalen uit het pad</source>
        <translation>Remove session from the path</translation>
    </message>
    <message>
        <source>Wat opviel bij het samenvoegen</source>
        <translation>What was noticed when putting the sessions together</translation>
    </message>
    <message>
        <source>Praktijken (plek en waarom, per sessie)</source>
        <translation>Practices (place and why, per session)</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Wat opviel</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Niet elke sessie kon worden gebruikt</source>
        <translation>Not every session could be used</translation>
    </message>
    <message>
        <source>De bestanden zijn niet veranderd.</source>
        <translation>The files have not been changed.</translation>
    </message>
    <message>
        <source>Kies eerst een sessie in de lijst Sessies.</source>
        <translation>First choose a session in the list Sessions.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst de praktijk die je wilt koppelen.</source>
        <translation>First choose in the list the practice you want to join.</translation>
    </message>
    <message>
        <source>Er is geen praktijk om &apos;{0}&apos; aan te koppelen: elke andere staat in een sessie waar &apos;{0}&apos; ook staat.</source>
        <translation>There is no practice to join &apos;{0}&apos; with: every other one is in a session where &apos;{0}&apos; is too.</translation>
    </message>
    <message>
        <source>alle perspectieven</source>
        <translation>all perspectives</translation>
    </message>
    <message>
        <source>Kies twee of meer sessies van dezelfde groep (Sessies kiezen…, Ctrl+O). Het pad laat zien waar elke praktijk per sessie stond, en waarom hij schoof.</source>
        <translation>Choose two or more sessions of the same group (Choose sessions…, Ctrl+O). The path shows where each practice stood at each session, and why it moved.</translation>
    </message>
    <message>
        <source>Eén sessie gekozen; kies er nog een voor een pad.</source>
        <translation>One session chosen; choose another one for a path.</translation>
    </message>
    <message>
        <source>Wijs een stip of pijl aan voor de reden; klik een stip of kies in de lijst om één praktijk te volgen.</source>
        <translation>Point at a dot or an arrow for the reason; click a dot or choose in the list to follow one practice.</translation>
    </message>
    <message>
        <source>(eerder: {0})</source>
        <translation>(earlier: {0})</translation>
    </message>
    <message>
        <source>Alle praktijken zijn in elke sessie teruggevonden.</source>
        <translation>Every practice was found in every session.</translation>
    </message>
    <message>
        <source>Projectie stoppen (F5)</source>
        <translation>Stop projection (F5)</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Er is niets overschreven.</source>
        <translation>Nothing has been overwritten.</translation>
    </message>
    <message>
        <source>Bewaard: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Pad bewaren als PDF</source>
        <translation>Save path as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pad bewaren als PNG</source>
        <translation>Save path as PNG</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Pad bewaren als Excel-werkmap</source>
        <translation>Save path as Excel workbook</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Welke praktijk is dezelfde als &apos;{0}&apos;, maar kreeg in een andere sessie een andere naam?</source>
        <translation>Which practice is the same as &apos;{0}&apos;, but was given another name in another session?</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; kan niet verkleind worden</source>
        <translation>&apos;{0}&apos; cannot be scaled down</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is te groot om zo te tekenen en de verkleinde versie kan niet in {1} worden bewaard</source>
        <translation>&apos;{0}&apos; is too big to draw as it is, and its scaled-down copy cannot be kept in {1}</translation>
    </message>
    <message>
        <source>de map van de set</source>
        <translation>the deck&apos;s folder</translation>
    </message>
    <message>
        <source>de map van de spreadsheet</source>
        <translation>the spreadsheet&apos;s folder</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een pad vanaf de schijf; gebruik een plaatje in {1}</source>
        <translation>&apos;{0}&apos; is a path from the root of a disk; use a picture in {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; wijst buiten {1}; gebruik een plaatje in die map zelf</source>
        <translation>&apos;{0}&apos; points outside {1}; use a picture in that folder itself</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen bestandsnaam</source>
        <translation>&apos;{0}&apos; is not a file name</translation>
    </message>
    <message>
        <source>een snelkoppeling (symbolische link); kopieer het plaatje zelf in de map</source>
        <translation>a shortcut (symbolic link); copy the picture itself into the folder</translation>
    </message>
    <message>
        <source>een map, geen bestand</source>
        <translation>a folder, not a file</translation>
    </message>
    <message>
        <source>een pijp (FIFO) van een ander programma, geen bestand</source>
        <translation>a pipe (FIFO) of another program, not a file</translation>
    </message>
    <message>
        <source>een apparaat, geen bestand</source>
        <translation>a device, not a file</translation>
    </message>
    <message>
        <source>een verbinding (socket), geen bestand</source>
        <translation>a connection (socket), not a file</translation>
    </message>
    <message>
        <source>geen gewoon bestand</source>
        <translation>not an ordinary file</translation>
    </message>
    <message>
        <source>het plaatje &apos;{0}&apos; is niet gevonden in {1}</source>
        <translation>the picture &apos;{0}&apos; was not found in {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: de map &apos;{1}&apos; is {2}</source>
        <translation>&apos;{0}&apos;: the folder &apos;{1}&apos; is {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}</source>
        <translation>&apos;{0}&apos; is {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet worden gelezen ({1})</source>
        <translation>&apos;{0}&apos; cannot be read ({1})</translation>
    </message>
    <message>
        <source>geen map</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; wijst buiten de map</source>
        <translation>&apos;{0}&apos; points outside the folder</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is te groot voor een plaatje ({1}; de grens is {2})</source>
        <translation>&apos;{0}&apos; is too big for a picture ({1}; the limit is {2})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft veel te veel beeldpunten</source>
        <translation>&apos;{0}&apos; has far too many pixels</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft te veel beeldpunten ({1} × {2}); zo&apos;n {3} mag er hoogstens {4} miljoen hebben. Maak het plaatje kleiner: voor een kaart is 2000 beeldpunten breed ruim genoeg.</source>
        <translation>&apos;{0}&apos; has too many pixels ({1} × {2}); such a {3} may have at most {4} million. Make the picture smaller: 2000 pixels wide is plenty for a card.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is beschadigd: het begint als een plaatje, maar is niet te lezen</source>
        <translation>&apos;{0}&apos; is damaged: it starts like a picture but cannot be read</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een {1}-bestand; reflectiespel gebruikt plaatjes in PNG of JPEG. Bewaar het opnieuw als .png of .jpg.</source>
        <translation>&apos;{0}&apos; is a {1} file; reflectiespel uses pictures in PNG or JPEG. Save it again as .png or .jpg.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen plaatje (PNG of JPEG), al heet het misschien zo</source>
        <translation>&apos;{0}&apos; is not a picture (PNG or JPEG), whatever its name says</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Categorie &apos;{0}&apos;: de naam is te lang voor de gekleurde band op de kaart en is afgekort (…).</source>
        <translation>Category &apos;{0}&apos;: the name is too long for the coloured band on the card and has been shortened (…).</translation>
    </message>
    <message>
        <source>Kaart {0}: de tekst past niet op de kaart, ook niet in de kleinste letter ({1:g} pt); het laatste stuk is weggelaten (…). Maak de tekst korter.</source>
        <translation>Card {0}: the text does not fit on the card, not even in the smallest type ({1:g} pt); the last part has been left out (…). Make the text shorter.</translation>
    </message>
    <message>
        <source>Kaart {0}: het plaatje is weggelaten: {1}</source>
        <translation>Card {0}: the picture has been left out: {1}</translation>
    </message>
    <message>
        <source>Kaart {0}: het plaatje &apos;{1}&apos; kan niet gelezen worden en is weggelaten.</source>
        <translation>Card {0}: the picture &apos;{1}&apos; cannot be read and has been left out.</translation>
    </message>
    <message>
        <source>Kaart {0}: de tekst op de achterkant past niet, ook niet in de kleinste letter ({1:g} pt); het laatste stuk is weggelaten (…).</source>
        <translation>Card {0}: the text on the back does not fit, not even in the smallest type ({1:g} pt); the last part has been left out (…).</translation>
    </message>
    <message>
        <source>De set &apos;{0}&apos; heeft geen categorie {1}. Kies uit: {2}.</source>
        <translation>The deck &apos;{0}&apos; has no category {1}. Choose from: {2}.</translation>
    </message>
    <message>
        <source>Het aantal exemplaren moet tussen 1 en 100 liggen.</source>
        <translation>The number of copies must be between 1 and 100.</translation>
    </message>
    <message>
        <source>Het aantal lege kaarten per categorie moet tussen 0 en 100 liggen.</source>
        <translation>The number of blank cards per category must be between 0 and 100.</translation>
    </message>
    <message>
        <source>Er zijn geen kaarten om te printen in de gekozen categorieën.</source>
        <translation>There are no cards to print in the chosen categories.</translation>
    </message>
    <message>
        <source>de verschuiving {0},{1} mm is te groot: meet opnieuw met het kalibratievel; een printer verschuift hooguit een paar mm (grens ±{2} mm)</source>
        <translation>the offset {0},{1} mm is too large: measure again with the calibration sheet; a printer shifts a few mm at most (limit ±{2} mm)</translation>
    </message>
    <message>
        <source>onbekende kaartmaat &apos;{0}&apos; (kies uit: {1})</source>
        <translation>unknown card size &apos;{0}&apos; (choose from: {1})</translation>
    </message>
    <message>
        <source>onbekend papier &apos;{0}&apos; (kies uit: {1})</source>
        <translation>unknown paper &apos;{0}&apos; (choose from: {1})</translation>
    </message>
    <message>
        <source>onbekende keuze voor achterkanten &apos;{0}&apos; (kies uit: {1})</source>
        <translation>unknown choice for backs &apos;{0}&apos; (choose from: {1})</translation>
    </message>
    <message>
        <source>de afloop (bleed) moet tussen 0 en 10 mm liggen</source>
        <translation>the bleed must be between 0 and 10 mm</translation>
    </message>
    <message>
        <source>een kaart van {0:g}×{1:g} mm past niet op {2} met deze afloop</source>
        <translation>a card of {0:g}×{1:g} mm does not fit on {2} with this bleed</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: dat is een map. Geef een bestandsnaam, bijvoorbeeld {1}.</source>
        <translation>Cannot write to {0}: that is a folder. Give a file name, for example {1}.</translation>
    </message>
    <message>
        <source>kaarten.pdf</source>
        <translation>cards.pdf</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: de map {1} bestaat niet.</source>
        <translation>Cannot write to {0}: the folder {1} does not exist.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: {1} is geen map.</source>
        <translation>Cannot write to {0}: {1} is not a folder.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: {1}.</source>
        <translation>Cannot write to {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Het PDF-bestand kon niet worden gemaakt: {0}</source>
        <translation>The PDF file could not be made: {0}</translation>
    </message>
    <message>
        <source>Er kon niet worden geprint: {0}</source>
        <translation>Could not print: {0}</translation>
    </message>
    <message>
        <source>Kaarten printen</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Kaartenset</source>
        <translation>Card deck</translation>
    </message>
    <message>
        <source>Kaartmaat</source>
        <translation>Card size</translation>
    </message>
    <message>
        <source>{0} ({1:g} × {2:g} mm)</source>
        <translation>{0} ({1:g} × {2:g} mm)</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Achterkanten</source>
        <translation>Backs</translation>
    </message>
    <message>
        <source>Dubbelzijdig, omslaan langs de lange kant</source>
        <translation>Double-sided, flip on the long edge</translation>
    </message>
    <message>
        <source>Dubbelzijdig, omslaan langs de korte kant</source>
        <translation>Double-sided, flip on the short edge</translation>
    </message>
    <message>
        <source>Naast de voorkant, om te vouwen</source>
        <translation>Next to the front, to fold</translation>
    </message>
    <message>
        <source>Geen achterkanten</source>
        <translation>No backs</translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation>Bleed</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Zo ver loopt de kleur door buiten de snijlijn</source>
        <translation>How far the colour runs on beyond the cut line</translation>
    </message>
    <message>
        <source>Snijtekens (buiten de kaarten)</source>
        <translation>Cut marks (outside the cards)</translation>
    </message>
    <message>
        <source>Snijtekens</source>
        <translation>Cut marks</translation>
    </message>
    <message>
        <source>Inktzuinige achterkanten (rand en naam op wit)</source>
        <translation>Ink-saving backs (outline and name on white)</translation>
    </message>
    <message>
        <source>Eerste pagina met uitleg en afvinklijst</source>
        <translation>First page with instructions and a checklist</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Exemplaren</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Lege kaarten per categorie</source>
        <translation>Blank cards per category</translation>
    </message>
    <message>
        <source>Verschuiving achterkant X</source>
        <translation>Back offset X</translation>
    </message>
    <message>
        <source>Verschuiving achterkant Y</source>
        <translation>Back offset Y</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>Maat</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Lege kaarten</source>
        <translation>Blank cards</translation>
    </message>
    <message>
        <source>Verschuiving X, Y</source>
        <translation>Offset X, Y</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Sla een PDF op en print die.</source>
        <translation>No printer was found. Save a PDF and print that.</translation>
    </message>
    <message>
        <source>Poker</source>
        <translation>Poker</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Tarot</source>
        <translation>Tarot</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>Vierkant</source>
        <translation>Square</translation>
    </message>
    <message>
        <source>Er zijn geen kaartensets om te printen.</source>
        <translation>There are no card decks to print.</translation>
    </message>
    <message>
        <source>Kies minstens één categorie.</source>
        <translation>Choose at least one category.</translation>
    </message>
    <message>
        <source>Achterkanten vel 1 (gespiegeld)</source>
        <translation>Backs, sheet 1 (mirrored)</translation>
    </message>
    <message>
        <source>Voorkanten vel 1</source>
        <translation>Fronts, sheet 1</translation>
    </message>
    <message>
        <source>{0}, {1} per vel: {2}, {3}. {4}</source>
        <translation>{0}, {1} per sheet: {2}, {3}. {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n kaarten</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vellen</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pagina&apos;s</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%).</source>
        <translation>Print double-sided, flip on the long edge, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%).</source>
        <translation>Print double-sided, flip on the short edge, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print enkelzijdig, op ware grootte (100%).</source>
        <translation>Print single-sided, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw op de streepjeslijn.</source>
        <translation>Print single-sided at actual size (100%); cut along the cut marks and fold on the dashed line.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen: {0} ({1} pagina&apos;s).</source>
        <translation>Saved: {0} ({1} pages).</translation>
    </message>
    <message>
        <source>Let op, tekst past niet helemaal:</source>
        <translation>Note, text does not quite fit:</translation>
    </message>
    <message>
        <source>De printer ‘{0}’ kan niet dubbelzijdig printen.</source>
        <translation>The printer ‘{0}’ cannot print on both sides.</translation>
    </message>
    <message>
        <source>De gekozen printer kan niet dubbelzijdig printen.</source>
        <translation>The chosen printer cannot print on both sides.</translation>
    </message>
    <message>
        <source>De achterkanten komen dan op aparte vellen, om en om met de voorkanten: draai die zelf om en leg ze terug in de printer, of kies bij Achterkanten ‘Naast de voorkant, om te vouwen’.</source>
        <translation>The backs will then come out on separate sheets, alternating with the fronts: turn those over yourself and put them back into the printer, or choose ‘Next to the front, to fold’ under Backs.</translation>
    </message>
    <message>
        <source>De printer kan niet worden gebruikt.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <source>Niet dubbelzijdig</source>
        <translation>Not double-sided</translation>
    </message>
    <message>
        <source>Toch printen</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>Niet printen</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <source>Bezig met printen…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>In het printvenster staat dubbelzijdig printen uit, of omslaan langs de andere kant dan je koos. Dan vallen de achterkanten niet achter hun voorkanten. Kies in het printvenster dubbelzijdig, {0}.</source>
        <translation>In the print dialog, double-sided printing is switched off, or set to flip on the other edge than you chose. Then the backs do not land behind their fronts. Choose double-sided in the print dialog, {0}.</translation>
    </message>
    <message>
        <source>omslaan langs de lange kant</source>
        <translation>flip on the long edge</translation>
    </message>
    <message>
        <source>omslaan langs de korte kant</source>
        <translation>flip on the short edge</translation>
    </message>
    <message>
        <source>Niet geprint.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>{0} pagina&apos;s naar de printer gestuurd.</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PrintInstructions</name>
    <message>
        <source>Print dubbelzijdig en laat het vel omslaan langs de lange kant (zoals een boek).</source>
        <translation>Print double-sided and let the sheet flip on the long edge (like a book).</translation>
    </message>
    <message>
        <source>Print dubbelzijdig en laat het vel omslaan langs de korte kant (zoals een kalender).</source>
        <translation>Print double-sided and let the sheet flip on the short edge (like a calendar).</translation>
    </message>
    <message>
        <source>Print enkelzijdig: er zijn geen achterkanten.</source>
        <translation>Print single-sided: there are no backs.</translation>
    </message>
    <message>
        <source>Print enkelzijdig. Knip elke kaart met zijn achterkant eruit en vouw op de streepjeslijn.</source>
        <translation>Print single-sided. Cut out each card together with its back and fold on the dashed line.</translation>
    </message>
    <message>
        <source>Print op ware grootte: 100 %, niet &apos;passend maken&apos; of &apos;aanpassen aan pagina&apos;.</source>
        <translation>Print at actual size: 100 %, not &apos;fit to page&apos; or &apos;shrink to fit&apos;.</translation>
    </message>
    <message>
        <source>Papier: stevig, 160 tot 250 g/m² (200 g/m² knipt en schudt goed).</source>
        <translation>Paper: sturdy, 160 to 250 g/m² (200 g/m² cuts and shuffles well).</translation>
    </message>
    <message>
        <source>Knip eerst de lange lijnen over het hele vel, dan de korte; met een snijmachine of een liniaal en een mes wordt het recht.</source>
        <translation>Cut the long lines across the whole sheet first, then the short ones; a paper cutter, or a ruler and a knife, keeps them straight.</translation>
    </message>
    <message>
        <source>De kleur loopt {0} mm door buiten de kaart: snijd op de snijtekens, niet op de rand van de kleur.</source>
        <translation>The colour runs {0} mm beyond the card: cut on the crop marks, not on the edge of the colour.</translation>
    </message>
    <message>
        <source>Er staan geen snijtekens: knip langs de dunne rand van elke kaart.</source>
        <translation>There are no crop marks: cut along the thin border of each card.</translation>
    </message>
    <message>
        <source>Zet eerst één vel proef: houd het tegen het licht en kijk of de achterkant achter de voorkant valt (anders: &apos;reflectiespel print --calibration&apos;).</source>
        <translation>Print one test sheet first: hold it up to the light and check that the back lines up behind the front (if not: &apos;reflectiespel print --calibration&apos;).</translation>
    </message>
    <message>
        <source>Tel na: 1 kaart op 1 vel.</source>
        <translation>Count: 1 card on 1 sheet.</translation>
    </message>
    <message>
        <source>Tel na: {0} kaarten op 1 vel.</source>
        <translation>Count: {0} cards on 1 sheet.</translation>
    </message>
    <message>
        <source>Tel na: {0} kaarten op {1} vellen.</source>
        <translation>Count: {0} cards on {1} sheets.</translation>
    </message>
    <message>
        <source>Elke kaart draagt onderaan zijn nummer (n/N); vink hieronder af wat je hebt.</source>
        <translation>Each card has its number at the bottom (n/N); tick off below what you have.</translation>
    </message>
    <message>
        <source>{0}: printen en knippen</source>
        <translation>{0}: printing and cutting</translation>
    </message>
    <message>
        <source>Afvinklijst</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Deze kant blijft leeg.</source>
        <translation>This side stays blank.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Het verslag kon niet worden geprint: {0}</source>
        <translation>The report could not be printed: {0}</translation>
    </message>
    <message>
        <source>de printer kan niet worden gebruikt</source>
        <translation>the printer cannot be used</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>, regel {0}</source>
        <translation>, line {0}</translation>
    </message>
    <message>
        <source>ontbreekt; dit veld is verplicht</source>
        <translation>is missing; this field is required</translation>
    </message>
    <message>
        <source>moet tekst zijn</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is te lang</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>heeft niet de goede vorm</source>
        <translation>does not have the right form</translation>
    </message>
    <message>
        <source>moet een lijst zijn (regels die beginnen met &apos;- &apos;)</source>
        <translation>must be a list (lines that start with &apos;- &apos;)</translation>
    </message>
    <message>
        <source>moet een groep velden zijn (naam: waarde)</source>
        <translation>must be a group of fields (name: value)</translation>
    </message>
    <message>
        <source>moet een heel getal zijn</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>moet een getal zijn</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>moet ja of nee zijn (true of false)</source>
        <translation>must be yes or no (true or false)</translation>
    </message>
    <message>
        <source>is te klein</source>
        <translation>is too small</translation>
    </message>
    <message>
        <source>is te groot</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>heeft te weinig onderdelen</source>
        <translation>has too few parts</translation>
    </message>
    <message>
        <source>heeft te veel onderdelen</source>
        <translation>has too many parts</translation>
    </message>
    <message>
        <source>heeft een waarde die niet is toegestaan</source>
        <translation>has a value that is not allowed</translation>
    </message>
    <message>
        <source>moet een datum zijn (jjjj-mm-dd)</source>
        <translation>must be a date (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>moet een datum zijn (jjjj-mm-dd), zonder tijd</source>
        <translation>must be a date (yyyy-mm-dd), without a time</translation>
    </message>
    <message>
        <source>moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)</source>
        <translation>must be a date with a time (yyyy-mm-ddThh:mm:ss)</translation>
    </message>
    <message>
        <source>moet een tijd zonder tijdzone zijn</source>
        <translation>must be a time without a time zone</translation>
    </message>
    <message>
        <source>moet een tijd met tijdzone zijn</source>
        <translation>must be a time with a time zone</translation>
    </message>
    <message>
        <source>moet een tijd zijn (uu:mm)</source>
        <translation>must be a time (hh:mm)</translation>
    </message>
    <message>
        <source>moet een gewoon getal zijn (niet oneindig of &apos;geen getal&apos;)</source>
        <translation>must be an ordinary number (not infinite or &apos;not a number&apos;)</translation>
    </message>
    <message>
        <source>is een te groot getal</source>
        <translation>is too large a number</translation>
    </message>
    <message>
        <source>moet gewone tekst zijn</source>
        <translation>must be plain text</translation>
    </message>
    <message>
        <source>mag alleen gewone letters en cijfers bevatten</source>
        <translation>may only contain plain letters and digits</translation>
    </message>
    <message>
        <source>moet leeg zijn</source>
        <translation>must be empty</translation>
    </message>
    <message>
        <source>bevat iets wat geen losse waarde is</source>
        <translation>contains something that is not a single value</translation>
    </message>
    <message>
        <source>heeft een naam die geen tekst is</source>
        <translation>has a name that is not text</translation>
    </message>
    <message>
        <source>heeft een soort die niet bestaat</source>
        <translation>has a kind that does not exist</translation>
    </message>
    <message>
        <source>mist het veld dat zegt welke soort het is</source>
        <translation>lacks the field that says which kind it is</translation>
    </message>
    <message>
        <source>moet een webadres zijn</source>
        <translation>must be a web address</translation>
    </message>
    <message>
        <source>moet een webadres zijn dat begint met https://</source>
        <translation>must be a web address that starts with https://</translation>
    </message>
    <message>
        <source>is te diep genest</source>
        <translation>is nested too deeply</translation>
    </message>
    <message>
        <source>is geen geldige JSON</source>
        <translation>is not valid JSON</translation>
    </message>
    <message>
        <source>mag niet veranderen</source>
        <translation>must not change</translation>
    </message>
    <message>
        <source>heeft een waarde die niet klopt</source>
        <translation>has a value that is not right</translation>
    </message>
    <message>
        <source>is geen bekend veld</source>
        <translation>is not a known field</translation>
    </message>
    <message>
        <source>; bedoel je &apos;{0}&apos;?</source>
        <translation>; do you mean &apos;{0}&apos;?</translation>
    </message>
    <message>
        <source>moet een van deze zijn: {0}</source>
        <translation>must be one of these: {0}</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>heeft te veel onderdelen (hoogstens {0})</source>
        <translation>has too many items (at most {0})</translation>
    </message>
    <message>
        <source>een waarde in het bestand kan niet worden gelezen</source>
        <translation>a value in the file cannot be read</translation>
    </message>
    <message>
        <source>hier staat een getal van {0} cijfers; dat is te lang (hoogstens {1})</source>
        <translation>here is a number of {0} digits; that is too long (at most {1})</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <source>Projectie</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Nog geen stappen in deze sessie</source>
        <translation>No steps in this session yet</translation>
    </message>
    <message>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>gepauzeerd</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>klaar om te starten</source>
        <translation>ready to start</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <source>Reflectiespel – projectie</source>
        <translation>Reflectiespel – projection</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR-code om mee te doen</source>
        <translation>QR code to join</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Cijfer van 0 tot 10</source>
        <translation>Mark from 0 to 10</translation>
    </message>
    <message>
        <source>Typ een cijfer van 0 tot 10 in de kolom van wie geen telefoon heeft (Enter bewaart, Delete haalt weg). Cursief: ingevoerd door de begeleider.</source>
        <translation>Type a mark from 0 to 10 in the column of someone without a phone (Enter keeps it, Delete takes it away). Italics: entered by the facilitator.</translation>
    </message>
    <message>
        <source>Uitleg bij de schaal</source>
        <translation>About the scale</translation>
    </message>
    <message>
        <source>Cijfers per vraag en deelnemer</source>
        <translation>Marks per question and participant</translation>
    </message>
    <message>
        <source>De schaal in getallen</source>
        <translation>The scale in numbers</translation>
    </message>
    <message>
        <source>Nieuwe vraag</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Nieuwe vraag, Enter</source>
        <translation>New question, Enter</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Vraag weghalen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Vraag weghalen: de gekozen vraag, met haar cijfers</source>
        <translation>Remove question: the chosen question, with its marks</translation>
    </message>
    <message>
        <source>Vorige keer erbij</source>
        <translation>Add last time</translation>
    </message>
    <message>
        <source>Vorige keer erbij: de cijfers van de vorige sessie met deze groep</source>
        <translation>Add last time: the marks of the previous session with this group</translation>
    </message>
    <message>
        <source>Zoekt de laatste sessie van dezelfde groep met cijfers op deze vragen, en zet die naast de cijfers van nu</source>
        <translation>Looks for the last session of the same group with marks on these questions, and puts them beside today&apos;s</translation>
    </message>
    <message>
        <source>Geen eerdere sessie van de groep &apos;{0}&apos; met cijfers op deze vragen gevonden.</source>
        <translation>No earlier session of the group &apos;{0}&apos; with marks on these questions was found.</translation>
    </message>
    <message>
        <source>(geen groep ingevuld)</source>
        <translation>(no group filled in)</translation>
    </message>
    <message>
        <source>De cijfers van &apos;{0}&apos; staan erbij.</source>
        <translation>The marks of &apos;{0}&apos; have been added.</translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation>entered by the facilitator</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>{0}: mediaan {1}, van {2} tot {3} ({4} cijfers)</source>
        <translation>{0}: median {1}, from {2} to {3} ({4} marks)</translation>
    </message>
    <message>
        <source>; vorige keer {0}</source>
        <translation>; last time {0}</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Deze vraag staat niet (meer) op de schaal.</source>
        <translation>This question is not (or no longer) on the scale.</translation>
    </message>
    <message>
        <source>Geef een cijfer van {0} tot en met {1}.</source>
        <translation>Give a mark from {0} to {1}.</translation>
    </message>
    <message>
        <source>Cijfer geven</source>
        <translation>Give a mark</translation>
    </message>
    <message>
        <source>Hier staat geen cijfer.</source>
        <translation>There is no mark here.</translation>
    </message>
    <message>
        <source>Cijfer weghalen</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <source>Typ eerst de vraag.</source>
        <translation>Type the question first.</translation>
    </message>
    <message>
        <source>Een schaal heeft hoogstens {0} vragen.</source>
        <translation>A scale has at most {0} questions.</translation>
    </message>
    <message>
        <source>Deze vraag staat al op de schaal.</source>
        <translation>This question is on the scale already.</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Vraag weghalen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Die sessie heeft geen cijfers voor deze vragen.</source>
        <translation>That session has no marks for these questions.</translation>
    </message>
    <message>
        <source>Cijfers van vorige keer erbij</source>
        <translation>Add last time&apos;s marks</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Oefenronde: {0} van de {1} geplande minuten gebruikt.</source>
        <translation>Rehearsal: {0} of the {1} planned minutes used.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; liep uit: {1} minuten in plaats van {2}.</source>
        <translation>&apos;{0}&apos; ran over: {1} minutes instead of {2}.</translation>
    </message>
    <message>
        <source>Niet geoefend: {0}.</source>
        <translation>Not rehearsed: {0}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>één partij stuurt</source>
        <translation>one party steers</translation>
    </message>
    <message>
        <source>sturing wisselt</source>
        <translation>steering changes hands</translation>
    </message>
    <message>
        <source>sturing gedeeld</source>
        <translation>steering shared</translation>
    </message>
    <message>
        <source>kunst als middel</source>
        <translation>art as a means</translation>
    </message>
    <message>
        <source>sociaal-artistiek samenwerken</source>
        <translation>working together social-artistically</translation>
    </message>
    <message>
        <source>kunst als doel</source>
        <translation>art as an end</translation>
    </message>
    <message>
        <source>dichte stip met nummer: waar de groep de praktijk nu zet</source>
        <translation>filled dot with a number: where the group puts the practice now</translation>
    </message>
    <message>
        <source>open stippelrondje met hetzelfde nummer: waar een perspectief hem zet</source>
        <translation>open dotted circle with the same number: where a perspective puts it</translation>
    </message>
    <message>
        <source>grijs: eerdere momenten ({0})</source>
        <translation>grey: earlier moments ({0})</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>pagina {0} van {1}</source>
        <translation>page {0} of {1}</translation>
    </message>
    <message>
        <source>Verslag van de reflectiesessie</source>
        <translation>Report of the reflection session</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deelnemers:&lt;/b&gt; {0} (dit verslag noemt geen namen)</source>
        <translation>&lt;b&gt;Participants:&lt;/b&gt; {0} (this report names no names)</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Wat we deden</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>Stap {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kaarten:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Cards:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Gekozen kaarten</source>
        <translation>Chosen cards</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>bij {0}</source>
        <translation>on {0}</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Het bord</source>
        <translation>The board</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eigen kaarten:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Own cards:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>(achterin, om uit te knippen)</source>
        <translation>(at the back, to cut out)</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Verslag: {0}</source>
        <translation>Report: {0}</translation>
    </message>
    <message>
        <source>Jullie eigen kaarten</source>
        <translation>Your own cards</translation>
    </message>
    <message>
        <source>Op de volgende vellen staan de kaarten die jullie zelf maakten, klaar om te knippen. Print ze dubbelzijdig (omslaan langs de lange kant) voor de achterkanten.</source>
        <translation>The next sheets hold the cards you made yourselves, ready to cut out. Print them double-sided (flip on the long edge) for the backs.</translation>
    </message>
    <message>
        <source>Woordwolk</source>
        <translation>Word cloud</translation>
    </message>
    <message>
        <source>Woord</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation>Named by</translation>
    </message>
    <message>
        <source>Op het scherm</source>
        <translation>On the screen</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee ({0})</source>
        <translation>no ({0})</translation>
    </message>
    <message>
        <source>{0} van de woorden zijn ingevoerd door de begeleider, voor wie geen telefoon had.</source>
        <translation>{0} of the words were entered by the facilitator, for people without a phone.</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ideeënmuur</source>
        <translation>Idea wall</translation>
    </message>
    <message>
        <source>{0} ideeën zijn ingevoerd door de begeleider.</source>
        <translation>{0} ideas were entered by the facilitator.</translation>
    </message>
    <message>
        <source>Schaal van 0 tot 10</source>
        <translation>Scale from 0 to 10</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Midden</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Elke stip is één cijfer; de streep is het midden (mediaan).</source>
        <translation>Each dot is one mark; the bar is the middle (median).</translation>
    </message>
    <message>
        <source>De open ruit is het midden van vorige keer ({0}).</source>
        <translation>The open diamond is last time&apos;s middle ({0}).</translation>
    </message>
    <message>
        <source>{0} cijfers zijn ingevoerd door de begeleider.</source>
        <translation>{0} marks were entered by the facilitator.</translation>
    </message>
    <message>
        <source>Deelname</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Deden mee</source>
        <translation>Took part</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Via begeleider</source>
        <translation>Through the facilitator</translation>
    </message>
    <message>
        <source>Wie in een stap iets inbracht, met de eigen telefoon of via de begeleider. Wie allebei deed, telt in beide kolommen en één keer bij &apos;Deden mee&apos;.</source>
        <translation>Who contributed something in a step, with their own phone or through the facilitator. Someone who did both counts in both columns and once under &apos;Took part&apos;.</translation>
    </message>
    <message>
        <source>De sessie is anoniem: hier staan geen namen.</source>
        <translation>The session is anonymous: no names here.</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Het verslag kon niet worden gemaakt: {0}</source>
        <translation>The report could not be made: {0}</translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>Wat de zaal leest</source>
        <translation>What the room reads</translation>
    </message>
    <message>
        <source>De zaal ziet stap {0}: {1}</source>
        <translation>The room sees step {0}: {1}</translation>
    </message>
    <message>
        <source>Zwart scherm (B: weer aan)</source>
        <translation>Black screen (B: back on)</translation>
    </message>
    <message>
        <source>Nog geen stappen in deze sessie</source>
        <translation>No steps in this session yet</translation>
    </message>
    <message>
        <source>De uitslag van deze stap</source>
        <translation>The result of this step</translation>
    </message>
</context>
<context>
    <name>RouteStepKind</name>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Kaartronde</source>
        <translation>Card round</translation>
    </message>
    <message>
        <source>Waarden kiezen</source>
        <translation>Choosing values</translation>
    </message>
    <message>
        <source>Op de as</source>
        <translation>On the axis</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Vergelijken met vorige keer</source>
        <translation>Comparing with last time</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>de kaartenset &apos;{0}&apos; bestaat niet (of heeft zelf een probleem)</source>
        <translation>the deck &apos;{0}&apos; does not exist (or has a problem of its own)</translation>
    </message>
    <message>
        <source>de set &apos;{0}&apos; heeft geen categorie &apos;{1}&apos;</source>
        <translation>the deck &apos;{0}&apos; has no category &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>de set &apos;{0}&apos; heeft geen kaart &apos;{1}&apos;</source>
        <translation>the deck &apos;{0}&apos; has no card &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een kaart over de set (uitleg, bronnen of &apos;let op&apos;), geen kaart om te delen</source>
        <translation>&apos;{0}&apos; is a card about the deck (how to play, sources or a note), not a card to deal</translation>
    </message>
    <message>
        <source>deze route is voor een nieuw team (new_team: true), maar de kaart &apos;{0}&apos; vraagt naar werk dat al loopt (underway: true); kies een andere kaart</source>
        <translation>this route is for a new team (new_team: true), but the card &apos;{0}&apos; asks about work that is already under way (underway: true); choose another card</translation>
    </message>
    <message>
        <source>deze stap heeft geen kaarten om te delen</source>
        <translation>this step has no cards to deal</translation>
    </message>
    <message>
        <source>er zijn maar {0} kaarten om te delen, niet {1}</source>
        <translation>there are only {0} cards to deal, not {1}</translation>
    </message>
    <message>
        <source>Ik</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een route voor een team: vul minstens twee namen in.</source>
        <translation>&apos;{0}&apos; is a route for a team: enter at least two names.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Jullie antwoord op de slotvraag</source>
        <translation>Your answer to the closing question</translation>
    </message>
    <message>
        <source>Typ hier jullie korte antwoord</source>
        <translation>Type your short answer here</translation>
    </message>
    <message>
        <source>◀ Vorige stap</source>
        <translation>◀ Previous step</translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Pauzeren en opslaan</source>
        <translation>Pause and save</translation>
    </message>
    <message>
        <source>Volgende stap ▶</source>
        <translation>Next step ▶</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Stap %1 van %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Afronden ▶</source>
        <translation>Finish ▶</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Iedereen is geweest. Nog een rondje, of door naar de volgende stap.</source>
        <translation>Everyone has had a turn. Another round, or on to the next step.</translation>
    </message>
    <message>
        <source>Klaar met deze kaart? Ga door, of kijk nog eens.</source>
        <translation>Done with this card? Carry on, or have another look.</translation>
    </message>
    <message>
        <source>Het bord is hier niet beschikbaar. Teken de as op papier: links kunst als middel, rechts kunst als doel, en drie banen: één partij stuurt, de sturing wisselt, of jullie delen de sturing.</source>
        <translation>The board is not available here. Draw the axis on paper: art as a means on the left, art as an end on the right, and three lanes: one party steers, the steering changes hands, or you share the steering.</translation>
    </message>
    <message>
        <source>De kaartenset &apos;%1&apos; is niet gevonden.</source>
        <translation>The card deck &apos;%1&apos; was not found.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>dit is geen bestand maar een map</source>
        <translation>this is not a file but a folder</translation>
    </message>
    <message>
        <source>dit is geen bestand maar een pijp (FIFO) van een ander programma</source>
        <translation>this is not a file but a pipe (FIFO) of another program</translation>
    </message>
    <message>
        <source>dit is geen bestand maar een apparaat</source>
        <translation>this is not a file but a device</translation>
    </message>
    <message>
        <source>dit is geen bestand maar een verbinding (socket)</source>
        <translation>this is not a file but a connection (socket)</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand</source>
        <translation>this is not an ordinary file</translation>
    </message>
    <message>
        <source>dit soort bestand</source>
        <translation>file of this kind</translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen ({0})</source>
        <translation>the file cannot be read ({0})</translation>
    </message>
    <message>
        <source>het bestand is te groot voor een {0} ({1}; de grens is {2})</source>
        <translation>the file is too big for a {0} ({1}; the limit is {2})</translation>
    </message>
    <message>
        <source>het bestaat niet (meer)</source>
        <translation>it does not exist (any more)</translation>
    </message>
    <message>
        <source>geen leesrechten</source>
        <translation>no permission to read</translation>
    </message>
    <message>
        <source>het is een map</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>een leesfout van de schijf</source>
        <translation>a read error on the disk</translation>
    </message>
    <message>
        <source>te veel verwijzingen (symlinks)</source>
        <translation>too many links (symlinks)</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>het bestand is nu niet te lezen</source>
        <translation>the file cannot be read right now</translation>
    </message>
    <message>
        <source>systeemfout {0}</source>
        <translation>system error {0}</translation>
    </message>
</context>
<context>
    <name>ScreenBanner</name>
    <message>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Melding over de schermen sluiten</source>
        <translation>Close the message about the screens</translation>
    </message>
</context>
<context>
    <name>ScreenBox</name>
    <message>
        <source>Wat de zaal ziet</source>
        <translation>What the room sees</translation>
    </message>
    <message>
        <source>Eerst langs mij: ik geef vrij</source>
        <translation>Through me first: I release</translation>
    </message>
    <message>
        <source>Tussenstand op het scherm</source>
        <translation>Running count on the screen</translation>
    </message>
    <message>
        <source>Tussenstand op de telefoons</source>
        <translation>Running count on the phones</translation>
    </message>
    <message>
        <source>Telefoons zien wat anderen stuurden</source>
        <translation>Phones see what others sent</translation>
    </message>
    <message>
        <source>Wat telefoons sturen, zie jij eerst; het komt pas op het scherm en op de andere telefoons als jij het vrijgeeft</source>
        <translation>You see what phones send first; it appears on the screen and on the other phones only when you release it</translation>
    </message>
    <message>
        <source>Uit: aantallen, stemmen en cijfers blijven verborgen tot je dit aanzet (de onthulling)</source>
        <translation>Off: counts, votes and marks stay hidden until you turn this on (the reveal)</translation>
    </message>
    <message>
        <source>Wacht op vrijgeven</source>
        <translation>Waiting for release</translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Vrijgeven: wat je in de lijst koos</source>
        <translation>Release: what you chose in the list</translation>
    </message>
    <message>
        <source>Alles vrijgeven</source>
        <translation>Release all</translation>
    </message>
    <message>
        <source>{0} wachten op vrijgeven</source>
        <translation>{0} waiting for release</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Er is maar één scherm: wisselen kan pas als er een beamer is aangesloten.</source>
        <translation>There is only one screen: swapping works once a projector is connected.</translation>
    </message>
    <message>
        <source>Start eerst de projectie (F5); daarna wisselt &apos;Wissel scherm&apos; de twee schermen.</source>
        <translation>Start the projection first (F5); then &apos;Swap screens&apos; swaps the two screens.</translation>
    </message>
    <message>
        <source>Gewisseld: de projectie en dit venster hebben van scherm geruild.</source>
        <translation>Swapped: the projection and this window have changed screens.</translation>
    </message>
    <message>
        <source>De beamer is weg. De projectie staat nu in een venster op dit scherm; de sessie loopt gewoon door, er is niets verloren.</source>
        <translation>The projector is gone. The projection is now in a window on this screen; the session carries on, nothing is lost.</translation>
    </message>
    <message>
        <source>Er is weer een beamer. Zet de projectie er weer op met de knop of met F5.</source>
        <translation>The projector is back. Put the projection on it again with the button or with F5.</translation>
    </message>
    <message>
        <source>Projectie naar de beamer (F5)</source>
        <translation>Projection to the projector (F5)</translation>
    </message>
    <message>
        <source>Er is een tweede scherm aangesloten. F5 zet de projectie erop.</source>
        <translation>A second screen is connected. F5 puts the projection on it.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Onbekende schakelaar: {0}</source>
        <translation>Unknown switch: {0}</translation>
    </message>
    <message>
        <source>Uitslag laten zien</source>
        <translation>Show the result</translation>
    </message>
    <message>
        <source>Wat de zaal ziet wijzigen</source>
        <translation>Change what the room sees</translation>
    </message>
    <message>
        <source>Er wacht hier niets om vrij te geven.</source>
        <translation>Nothing here is waiting to be released.</translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>{0} vrijgeven</source>
        <translation>Release {0}</translation>
    </message>
    <message>
        <source>Er wacht niets meer; alles staat al op het scherm.</source>
        <translation>Nothing is waiting any more; everything is on the screen already.</translation>
    </message>
    <message>
        <source>Alles vrijgeven ({0})</source>
        <translation>Release all ({0})</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Iemand</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Onbekende deelnemer</source>
        <translation>Unknown participant</translation>
    </message>
    <message>
        <source>Deelnemer {0}</source>
        <translation>Participant {0}</translation>
    </message>
    <message>
        <source>Gemaakt in de sessie &apos;{0}&apos;</source>
        <translation>Made in the session &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Eigen kaarten: {0}</source>
        <translation>Own cards: {0}</translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation>Own card</translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation>Own cards</translation>
    </message>
    <message>
        <source>{0} is geen {1}</source>
        <translation>{0} is not a {1}</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Deze wijziging is niet gedaan: {0}</source>
        <translation>This change was not made: {0}</translation>
    </message>
    <message>
        <source>Let op: deze sessie is {0} groot; boven {1} kan hij niet meer worden bewaard. Telefoons kunnen geen tekst meer sturen. Begin voor het vervolg een nieuwe sessie, of haal lange notities weg.</source>
        <translation>Note: this session is {0}; above {1} it can no longer be saved. Phones can no longer send text. Start a new session for what follows, or remove long notes.</translation>
    </message>
    <message>
        <source>Groot beeld staat aan voor deze sessie; de keuze kon niet worden bewaard.</source>
        <translation>Large view is on for this session; the choice could not be saved.</translation>
    </message>
</context>
<context>
    <name>SessionOps</name>
    <message>
        <source>Een id verandert niet; maak liever iets nieuws.</source>
        <translation>An id does not change; make something new instead.</translation>
    </message>
    <message>
        <source>Onbekend veld: {0}</source>
        <translation>Unknown field: {0}</translation>
    </message>
    <message>
        <source>Dit kun je hier niet wijzigen: {0}</source>
        <translation>You cannot change this here: {0}</translation>
    </message>
    <message>
        <source>Gegevens wijzigen</source>
        <translation>Change details</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemer wijzigen</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Dit is geen stap; er is niets toegevoegd.</source>
        <translation>This is not a step; nothing was added.</translation>
    </message>
    <message>
        <source>Deze stap staat al in de agenda.</source>
        <translation>This step is already on the agenda.</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Deze stap klopt niet: {0}</source>
        <translation>This step is not right: {0}</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Stap verwijderen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Stap verplaatsen</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Stap wijzigen</source>
        <translation>Change step</translation>
    </message>
    <message>
        <source>Een lege notitie wordt niet bewaard.</source>
        <translation>An empty note is not kept.</translation>
    </message>
    <message>
        <source>Deze notitie is te lang; splits hem in kleinere stukken.</source>
        <translation>This note is too long; split it into smaller pieces.</translation>
    </message>
    <message>
        <source>Deze notitie kan niet worden bewaard: de deelnemer of kaart klopt niet.</source>
        <translation>This note cannot be kept: the participant or card is not right.</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Notitie wijzigen</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>Notitie verwijderen</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <source>{0} heeft deze kaart al gekozen.</source>
        <translation>{0} has already chosen this card.</translation>
    </message>
    <message>
        <source>{0} heeft al een kaart gekozen; haal eerst die keuze weg.</source>
        <translation>{0} has already chosen a card; take that choice away first.</translation>
    </message>
    <message>
        <source>{0} heeft al {1} kaarten gekozen; haal eerst een keuze weg.</source>
        <translation>{0} has already chosen {1} cards; take a choice away first.</translation>
    </message>
    <message>
        <source>Kaart kiezen</source>
        <translation>Choose card</translation>
    </message>
    <message>
        <source>Deze kaart was niet gekozen.</source>
        <translation>This card was not chosen.</translation>
    </message>
    <message>
        <source>Keuze weghalen</source>
        <translation>Take choice away</translation>
    </message>
    <message>
        <source>Geef minstens één stem.</source>
        <translation>Give at least one vote.</translation>
    </message>
    <message>
        <source>In deze stap wordt niet gestemd.</source>
        <translation>There is no voting in this step.</translation>
    </message>
    <message>
        <source>{0} heeft de enige stem in deze stap al gebruikt.</source>
        <translation>{0} has already used the only vote in this step.</translation>
    </message>
    <message>
        <source>{0} heeft al {1} van de {2} stemmen gebruikt in deze stap.</source>
        <translation>{0} has already used {1} of the {2} votes in this step.</translation>
    </message>
    <message>
        <source>Op deze kaart wordt in deze stap niet gestemd: alleen op de kaarten die eerder gekozen zijn.</source>
        <translation>This card is not voted on in this step: only the cards chosen earlier are.</translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij deze stap.</source>
        <translation>This card is not part of this step.</translation>
    </message>
    <message>
        <source>Stem geven</source>
        <translation>Give vote</translation>
    </message>
    <message>
        <source>Hier staat geen stem van deze deelnemer.</source>
        <translation>There is no vote from this participant here.</translation>
    </message>
    <message>
        <source>Stem weghalen</source>
        <translation>Take vote away</translation>
    </message>
    <message>
        <source>Schrijf op wat er moet gebeuren.</source>
        <translation>Write down what needs to happen.</translation>
    </message>
    <message>
        <source>Actiepunt toevoegen</source>
        <translation>Add action point</translation>
    </message>
    <message>
        <source>Actiepunt wijzigen</source>
        <translation>Change action point</translation>
    </message>
    <message>
        <source>Actiepunt verwijderen</source>
        <translation>Remove action point</translation>
    </message>
    <message>
        <source>Geef de kaart een titel.</source>
        <translation>Give the card a title.</translation>
    </message>
    <message>
        <source>Eigen kaart maken</source>
        <translation>Make own card</translation>
    </message>
    <message>
        <source>Eigen kaart wijzigen</source>
        <translation>Change own card</translation>
    </message>
    <message>
        <source>Eigen kaart verwijderen</source>
        <translation>Remove own card</translation>
    </message>
    <message>
        <source>Geef de praktijk een naam.</source>
        <translation>Give the practice a name.</translation>
    </message>
    <message>
        <source>Praktijk toevoegen</source>
        <translation>Add practice</translation>
    </message>
    <message>
        <source>Deze praktijk staat niet (meer) op het bord.</source>
        <translation>This practice is not on the board (any more).</translation>
    </message>
    <message>
        <source>Dit &apos;waarom&apos; is te lang; houd het bij een paar zinnen.</source>
        <translation>This &apos;why&apos; is too long; keep it to a few sentences.</translation>
    </message>
    <message>
        <source>Praktijk plaatsen</source>
        <translation>Place practice</translation>
    </message>
</context>
<context>
    <name>SessionParts</name>
    <message>
        <source>Deze stap bestaat niet (meer).</source>
        <translation>This step does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze deelnemer bestaat niet (meer).</source>
        <translation>This participant does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze notitie bestaat niet (meer).</source>
        <translation>This note does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit actiepunt bestaat niet (meer).</source>
        <translation>This action point does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze eigen kaart bestaat niet (meer).</source>
        <translation>This own card does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit onderdeel van de sessie bestaat niet (meer).</source>
        <translation>This part of the session does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>puntkomma&apos;s (;)</source>
        <translation>semicolons (;)</translation>
    </message>
    <message>
        <source>komma&apos;s (,)</source>
        <translation>commas (,)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>het bestand is gemengd: het meeste is UTF-8, maar regel {0} niet. Bewaar de spreadsheet opnieuw als &apos;CSV UTF-8&apos;.</source>
        <translation>the file is mixed: most of it is UTF-8, but line {0} is not. Save the spreadsheet again as &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>de tekst is geen UTF-8 en ook geen Windows-1252 (de codering van Excel in Nederland), bijvoorbeeld op regel {0}; misschien Japans (Shift-JIS) of een andere codering. Bewaar de spreadsheet als &apos;CSV UTF-8&apos; en lees hem opnieuw in.</source>
        <translation>the text is neither UTF-8 nor Windows-1252 (the encoding of Excel in Western Europe), for example on line {0}; perhaps Japanese (Shift-JIS) or another encoding. Save the spreadsheet as &apos;CSV UTF-8&apos; and import it again.</translation>
    </message>
    <message>
        <source>Windows-1252 (zo bewaart Excel in Nederland)</source>
        <translation>Windows-1252 (as Excel saves in the Netherlands)</translation>
    </message>
    <message>
        <source>de tekst is beschadigd (geen geldige UTF-8 of UTF-16)</source>
        <translation>the text is damaged (not valid UTF-8 or UTF-16)</translation>
    </message>
    <message>
        <source>dit lijkt geen tekstbestand (er staan nul-tekens in)</source>
        <translation>this does not look like a text file (it contains null characters)</translation>
    </message>
    <message>
        <source>rij {0}: er staat iets na kolom {1}; een kaartenset heeft hoogstens {1} kolommen</source>
        <translation>row {0}: there is something after column {1}; a card deck has at most {1} columns</translation>
    </message>
    <message>
        <source>{0}, gescheiden door {1}</source>
        <translation>{0}, separated by {1}</translation>
    </message>
    <message>
        <source>rij {0} (vanaf regel {1} van het bestand): een cel is langer dan {2} tekens; misschien wordt daar een aanhalingsteken (&quot;) niet gesloten</source>
        <translation>row {0} (from line {1} of the file): a cell is longer than {2} characters; perhaps a quote (&quot;) is not closed there</translation>
    </message>
    <message>
        <source>rij {0} (regel {1} van het bestand): een aanhalingsteken (&quot;) wordt nergens gesloten, zodat de rest van het bestand in één cel zou komen. Haal het weg of verdubbel het (&quot;&quot;)</source>
        <translation>row {0} (line {1} of the file): a quote (&quot;) is never closed, so the rest of the file would end up in one cell. Remove it or double it (&quot;&quot;)</translation>
    </message>
    <message>
        <source>rij {0} (regel {1} van het bestand): na een afsluitend aanhalingsteken (&quot;) staat nog tekst in dezelfde cel. Zet de hele cel tussen aanhalingstekens en verdubbel de aanhalingstekens erin (&quot;&quot;)</source>
        <translation>row {0} (line {1} of the file): there is more text in the same cell after a closing quote (&quot;). Put the whole cell between quotes and double the quotes inside it (&quot;&quot;)</translation>
    </message>
    <message>
        <source>dit is geen leesbaar Excel-bestand (.xlsx); bewaar het opnieuw als .xlsx of .csv</source>
        <translation>this is not a readable Excel file (.xlsx); save it again as .xlsx or .csv</translation>
    </message>
    <message>
        <source>dit Excel-bestand is beschadigd (in &apos;{0}&apos;); bewaar het opnieuw als .xlsx of .csv</source>
        <translation>this Excel file is damaged (in &apos;{0}&apos;); save it again as .xlsx or .csv</translation>
    </message>
    <message>
        <source>dit Excel-bestand bevat XML-definities die een spreadsheet nooit heeft; het wordt niet gelezen</source>
        <translation>this Excel file holds XML definitions that a spreadsheet never has; it is not read</translation>
    </message>
    <message>
        <source>dit Excel-bestand bestaat uit {0} delen; dat is geen gewone spreadsheet en wordt niet gelezen</source>
        <translation>this Excel file consists of {0} parts; that is no ordinary spreadsheet and it is not read</translation>
    </message>
    <message>
        <source>dit Excel-bestand wordt uitgepakt veel te groot (in &apos;{0}&apos;); een kaartenset is nooit zo groot. Bewaar alleen het werkblad met de kaarten, of als .csv</source>
        <translation>this Excel file unpacks far too big (in &apos;{0}&apos;); a card deck is never that big. Save only the worksheet with the cards, or save it as .csv</translation>
    </message>
    <message>
        <source>dit Excel-bestand bevat meer dan {0} verschillende teksten; dat is geen kaartenset</source>
        <translation>this Excel file holds more than {0} different texts; that is no card deck</translation>
    </message>
    <message>
        <source>het werkblad heeft meer dan {0} cellen; dat is geen kaartenset</source>
        <translation>the worksheet has more than {0} cells; that is no card deck</translation>
    </message>
    <message>
        <source>cel {0}: er staat iets na kolom {1}; een kaartenset heeft hoogstens {1} kolommen</source>
        <translation>cell {0}: there is something after column {1}; a card deck has at most {1} columns</translation>
    </message>
    <message>
        <source>dit Excel-bestand heeft geen werkblad met cellen</source>
        <translation>this Excel file has no worksheet with cells</translation>
    </message>
    <message>
        <source>cel {0}: hier staat een formule ({1}) zonder bewaarde uitkomst; reflectiespel rekent formules niet uit. Open de spreadsheet in Excel of LibreOffice en bewaar hem opnieuw, of zet de tekst zelf in de cel</source>
        <translation>cell {0}: this holds a formula ({1}) without a stored result; reflectiespel does not calculate formulas. Open the spreadsheet in Excel or LibreOffice and save it again, or put the text itself in the cell</translation>
    </message>
    <message>
        <source>cel {0}: hier staat de foutwaarde {1} van een formule; zet er de bedoelde tekst in</source>
        <translation>cell {0}: this holds the error value {1} of a formula; put the intended text in it</translation>
    </message>
    <message>
        <source>Excel-werkblad &apos;{0}&apos;</source>
        <translation>Excel worksheet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>er staan meer dan {0} rijen in; splits de set</source>
        <translation>it has more than {0} rows; split the deck</translation>
    </message>
    <message>
        <source>rij {0}: een cel is langer dan {1} tekens</source>
        <translation>row {0}: a cell is longer than {1} characters</translation>
    </message>
    <message>
        <source>dit is een map, geen spreadsheet</source>
        <translation>this is a folder, not a spreadsheet</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet worden gelezen; bewaar het als .xlsx of .csv</source>
        <translation>&apos;{0}&apos; cannot be read; save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>geef een spreadsheet als .csv of .xlsx</source>
        <translation>give a spreadsheet as .csv or .xlsx</translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation>cards</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Voorbeeld van de eerste vellen</source>
        <translation>Preview of the first sheets</translation>
    </message>
</context>
<context>
    <name>SheetTemplate</name>
    <message>
        <source>## Vul per kaart één rij in. Alleen &apos;titel&apos; is verplicht. Meer vragen? Zet ze onder elkaar in &apos;vragen&apos; (Alt+Enter) of gebruik kolommen vraag1, vraag2, ...</source>
        <translation>## Fill in one row per card. Only &apos;title&apos; is required. More questions? Put them below each other in &apos;questions&apos; (Alt+Enter) or use columns question1, question2, ...</translation>
    </message>
    <message>
        <source>Onze waarden</source>
        <translation>Our values</translation>
    </message>
    <message>
        <source>Wat vinden wij belangrijk in ons werk?</source>
        <translation>What matters to us in our work?</translation>
    </message>
    <message>
        <source>Workshop van het team, november 2026</source>
        <translation>Team workshop, November 2026</translation>
    </message>
    <message>
        <source>Samen beginnen</source>
        <translation>Starting together</translation>
    </message>
    <message>
        <source>Een nieuw project begint met kennismaken: wie doet mee en waarom?</source>
        <translation>A new project starts with getting to know each other: who takes part, and why?</translation>
    </message>
    <message>
        <source>Wat wil jij leren van de ander?
Hoe merk je dat iemand zich welkom voelt?</source>
        <translation>What would you like to learn from the other?
How do you notice that someone feels welcome?</translation>
    </message>
    <message>
        <source>Vertel elkaar in twee minuten waarom je hier bent.</source>
        <translation>Tell each other in two minutes why you are here.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Wat mis je?</source>
        <translation>What is missing?</translation>
    </message>
    <message>
        <source>Schrijf hier een waarde die nog ontbreekt.</source>
        <translation>Write down a value that is still missing.</translation>
    </message>
    <message>
        <source>Waarom is dit voor jou belangrijk?</source>
        <translation>Why does this matter to you?</translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation>Our own cards</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <source>rij {0}, kolom {1}</source>
        <translation>row {0}, column {1}</translation>
    </message>
    <message>
        <source>rij {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen passage; schrijf per regel &apos;bron: kop (p. 12)&apos;, bijvoorbeeld &apos;000: Jezelf zijn&apos;, of &apos;eigen voorstel&apos;</source>
        <translation>&apos;{0}&apos; is not a passage; write one per line as &apos;source: heading (p. 12)&apos;, for example &apos;000: Jezelf zijn&apos;, or &apos;own suggestion&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen ja of nee</source>
        <translation>&apos;{0}&apos; is not yes or no</translation>
    </message>
    <message>
        <source>onbekende instelling &apos;#{0}&apos; (bedoel je &apos;#{1}&apos;?)</source>
        <translation>unknown setting &apos;#{0}&apos; (did you mean &apos;#{1}&apos;?)</translation>
    </message>
    <message>
        <source>onbekende instelling &apos;#{0}&apos;; bekend zijn: {1}</source>
        <translation>unknown setting &apos;#{0}&apos;; the known ones are: {1}</translation>
    </message>
    <message>
        <source>een categorie heeft een id of een naam nodig</source>
        <translation>a category needs an id or a name</translation>
    </message>
    <message>
        <source>symbool &apos;{0}&apos; bestaat niet; kies uit {1}</source>
        <translation>symbol &apos;{0}&apos; does not exist; choose from {1}</translation>
    </message>
    <message>
        <source>symbool</source>
        <translation>symbol</translation>
    </message>
    <message>
        <source>kaartmaat &apos;{0}&apos; bestaat niet; kies uit {1}</source>
        <translation>card size &apos;{0}&apos; does not exist; choose from {1}</translation>
    </message>
    <message>
        <source>onbekende kolom (bedoel je &apos;{0}&apos;?)</source>
        <translation>unknown column (did you mean &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>onbekende kolom; bekend zijn: {0}</source>
        <translation>unknown column; the known ones are: {0}</translation>
    </message>
    <message>
        <source>de kolom &apos;{0}&apos; ontbreekt in de kopregel</source>
        <translation>the column &apos;{0}&apos; is missing from the header row</translation>
    </message>
    <message>
        <source>er staat geen kopregel in (een rij met onder meer &apos;{0}&apos;)</source>
        <translation>there is no header row (a row with &apos;{0}&apos; among its columns)</translation>
    </message>
    <message>
        <source>er staan geen kaarten onder de kopregel</source>
        <translation>there are no cards under the header row</translation>
    </message>
    <message>
        <source>Mijn kaartenset</source>
        <translation>My deck</translation>
    </message>
    <message>
        <source>eigen set</source>
        <translation>own deck</translation>
    </message>
    <message>
        <source>instelling {0}</source>
        <translation>setting {0}</translation>
    </message>
    <message>
        <source>de set</source>
        <translation>the deck</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen soort; kies {1}</source>
        <translation>&apos;{0}&apos; is not a kind; choose {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen aantal van 1 tot {1}</source>
        <translation>&apos;{0}&apos; is not a number from 1 to {1}</translation>
    </message>
    <message>
        <source>hier wordt de set te groot: meer dan {0} kaarten (elke kaart zo vaak als &apos;aantal&apos; zegt). Splits de set in kleinere sets.</source>
        <translation>here the deck gets too big: more than {0} cards (each card as often as &apos;count&apos; says). Split the deck into smaller decks.</translation>
    </message>
    <message>
        <source>de id &apos;{0}&apos; staat er al; elke kaart heeft een eigen id</source>
        <translation>the id &apos;{0}&apos; is already used; every card needs an id of its own</translation>
    </message>
    <message>
        <source>## Reflectiespel-kaartenset. Rijen met # zijn instellingen; daaronder de kopregel en één rij per kaart.</source>
        <translation>## Reflectiespel deck. Rows starting with # are settings; below them the header row and one row per card.</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>kaartenset {0}: {1}</source>
        <translation>card deck {0}: {1}</translation>
    </message>
    <message>
        <source>werkvorm {0}: {1}</source>
        <translation>method {0}: {1}</translation>
    </message>
    <message>
        <source>route {0}: {1}</source>
        <translation>route {0}: {1}</translation>
    </message>
    <message>
        <source>geen ingebouwde kaartensets gevonden in {0}</source>
        <translation>no built-in card decks found in {0}</translation>
    </message>
    <message>
        <source>{0} kaartensets, {1} werkvormen, {2} routes</source>
        <translation>{0} card decks, {1} methods, {2} routes</translation>
    </message>
    <message>
        <source>de kaart bleef leeg op het scherm</source>
        <translation>the card stayed blank on screen</translation>
    </message>
    <message>
        <source>de PDF met kaarten bleef leeg</source>
        <translation>the PDF with cards stayed empty</translation>
    </message>
    <message>
        <source>het verslag bleef leeg</source>
        <translation>the report stayed empty</translation>
    </message>
    <message>
        <source>MISLUKT: Qt kan niet worden geladen ({0})</source>
        <translation>FAILED: Qt cannot be loaded ({0})</translation>
    </message>
    <message>
        <source>het hoofdvenster is niet zichtbaar</source>
        <translation>the main window is not visible</translation>
    </message>
    <message>
        <source>de bibliotheek toont niet elke kaartenset</source>
        <translation>the library does not show every card deck</translation>
    </message>
    <message>
        <source>gegevens</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hoofdvenster</source>
        <translation>main window</translation>
    </message>
    <message>
        <source>kaart op scherm</source>
        <translation>card on screen</translation>
    </message>
    <message>
        <source>PDF-pagina</source>
        <translation>PDF page</translation>
    </message>
    <message>
        <source>verslag</source>
        <translation>report</translation>
    </message>
    <message>
        <source>MISLUKT bij {0}: {1}: {2}</source>
        <translation>FAILED at {0}: {1}: {2}</translation>
    </message>
    <message>
        <source>in orde: {0} ({1})</source>
        <translation>ok: {0} ({1})</translation>
    </message>
    <message>
        <source>Zelftest geslaagd.</source>
        <translation>Self-test passed.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reflectiespel</source>
        <translation>Reflectiespel</translation>
    </message>
    <message>
        <source>Samen nadenken over cultuur, zorg, welzijn en beleid. Wat wil je doen?</source>
        <translation>Thinking together about culture, care, welfare and policy. What would you like to do?</translation>
    </message>
    <message>
        <source>Kaartensets bekijken</source>
        <translation>Look at card decks</translation>
    </message>
    <message>
        <source>Bekijk, projecteer en print de kaarten</source>
        <translation>Look at, project and print the cards</translation>
    </message>
    <message>
        <source>Sessie begeleiden</source>
        <translation>Facilitate a session</translation>
    </message>
    <message>
        <source>Een werkvorm met projectie en regiescherm</source>
        <translation>A method with projection and control screen</translation>
    </message>
    <message>
        <source>Sessie openen…</source>
        <translation>Open session…</translation>
    </message>
    <message>
        <source>Verder met een opgeslagen sessie</source>
        <translation>Carry on with a saved session</translation>
    </message>
    <message>
        <source>Samen reflecteren</source>
        <translation>Reflect together</translation>
    </message>
    <message>
        <source>Als team, zonder begeleider, op één laptop</source>
        <translation>As a team, without a facilitator, on one laptop</translation>
    </message>
    <message>
        <source>De recente sessies worden geladen…</source>
        <translation>Loading recent sessions…</translation>
    </message>
    <message>
        <source>Recente sessies</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <source>Pad van onze praktijk…</source>
        <translation>Path of our practice…</translation>
    </message>
    <message>
        <source>Pad van onze praktijk: waar stonden jullie praktijken per sessie</source>
        <translation>Path of our practice: where your practices stood at each session</translation>
    </message>
    <message>
        <source>Kies sessies van dezelfde groep en zie hoe jullie praktijken op de as bewogen, en waarom</source>
        <translation>Choose sessions of the same group and see how your practices moved on the axis, and why</translation>
    </message>
    <message>
        <source>Recente sessies (dubbelklik om te openen):</source>
        <translation>Recent sessions (double-click to open):</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Begrepen, welkom sluiten</source>
        <translation>Got it, close the welcome</translation>
    </message>
    <message>
        <source>Welkom! Met reflectiespel bekijk en print je kaartensets, begeleid je sessies met een projectiescherm, plaats je je praktijk op de sociaal-artistieke as en reflecteer je als team. Alles werkt zonder internet en zonder account.
Je eigen kaartensets zet je in: {0}
Sessies bewaar je waar je wilt (Bestand &gt; Opslaan); een reservekopie staat in: {1}</source>
        <translation>Welcome! With reflectiespel you look at and print card decks, facilitate sessions with a projection screen, place your practice on the social-artistic axis and reflect as a team. Everything works without internet and without an account.
Put your own card decks in: {0}
Save sessions wherever you like (File &gt; Save); a backup is kept in: {1}</translation>
    </message>
    <message>
        <source>Nog geen sessies opgeslagen.</source>
        <translation>No sessions saved yet.</translation>
    </message>
    <message>
        <source>Zonder begeleider: dit scherm legt elke stap uit, deelt de kaarten, zegt wie er aan de beurt is en houdt de tijd bij. Alles blijft op deze computer.</source>
        <translation>Without a facilitator: this screen explains each step, deals the cards, says whose turn it is and keeps time. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Kies een route</source>
        <translation>Choose a route</translation>
    </message>
    <message>
        <source>Ik doe het alleen</source>
        <translation>I am doing it alone</translation>
    </message>
    <message>
        <source>Naam %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>Bestand waarin jullie reflectie wordt bewaard</source>
        <translation>File in which your reflection is saved</translation>
    </message>
    <message>
        <source>Andere plek kiezen…</source>
        <translation>Choose another place…</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Verder met een eerdere reflectie…</source>
        <translation>Carry on with an earlier reflection…</translation>
    </message>
    <message>
        <source>1. Kies een route</source>
        <translation>1. Choose a route</translation>
    </message>
    <message>
        <source>2. Wie doen er mee? (1 tot 8 namen)</source>
        <translation>2. Who is taking part? (1 to 8 names)</translation>
    </message>
    <message>
        <source>3. Waar bewaren jullie het?</source>
        <translation>3. Where do you save it?</translation>
    </message>
    <message>
        <source>%1 (werkt niet)</source>
        <translation>%1 (does not work)</translation>
    </message>
    <message>
        <source> Houd het bestand van de vorige keer bij de hand.</source>
        <translation> Keep the file from last time at hand.</translation>
    </message>
    <message>
        <source>Deze route werkt niet:</source>
        <translation>This route does not work:</translation>
    </message>
    <message>
        <source>Je naam (mag leeg)</source>
        <translation>Your name (may be empty)</translation>
    </message>
    <message>
        <source>Naam 1</source>
        <translation>Name 1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Stap toevoegen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Titel van de stap</source>
        <translation>Title of the step</translation>
    </message>
    <message>
        <source>Uitleg voor de groep</source>
        <translation>Explanation for the group</translation>
    </message>
    <message>
        <source>Soort stap</source>
        <translation>Kind of step</translation>
    </message>
    <message>
        <source>Kaartenset</source>
        <translation>Card deck</translation>
    </message>
    <message>
        <source>(geen kaarten)</source>
        <translation>(no cards)</translation>
    </message>
    <message>
        <source>Welke kaarten</source>
        <translation>Which cards</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Kaartenset:</source>
        <translation>Card deck:</translation>
    </message>
    <message>
        <source>Kaarten:</source>
        <translation>Cards:</translation>
    </message>
    <message>
        <source>Klok:</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <source>Alle kaarten ({0})</source>
        <translation>All cards ({0})</translation>
    </message>
    <message>
        <source>Categorie: {0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Kaarten laten zien</source>
        <translation>Show cards</translation>
    </message>
    <message>
        <source>Waarden kiezen</source>
        <translation>Choose values</translation>
    </message>
    <message>
        <source>Verandertips</source>
        <translation>Tips for change</translation>
    </message>
    <message>
        <source>Eigen grensobjecten maken</source>
        <translation>Make your own boundary objects</translation>
    </message>
    <message>
        <source>De sociaal-artistieke as</source>
        <translation>The social-artistic axis</translation>
    </message>
    <message>
        <source>Gesprek zonder kaart</source>
        <translation>Conversation without a card</translation>
    </message>
    <message>
        <source>Woordwolk</source>
        <translation>Word cloud</translation>
    </message>
    <message>
        <source>Schaal van 0 tot 10</source>
        <translation>Scale from 0 to 10</translation>
    </message>
    <message>
        <source>Ideeënmuur</source>
        <translation>Idea wall</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>Tijd over</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Klok pauzeren of verder laten lopen</source>
        <translation>Pause the clock or let it run on</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+1 min: één minuut erbij</source>
        <translation>+1 min: one more minute</translation>
    </message>
    <message>
        <source>Tijd!</source>
        <translation>Time!</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>niet opgeslagen: de sessie is {0} groot en een sessiebestand mag hoogstens {1} zijn, anders gaat het niet meer open. Het vorige bestand is niet veranderd. Maak de laatste wijzigingen ongedaan of haal lange notities weg; dan wordt er weer bewaard.</source>
        <translation>not saved: the session is {0} and a session file may be at most {1}, or it would no longer open. The previous file has not been changed. Undo the last changes or remove long notes; then saving works again.</translation>
    </message>
    <message>
        <source>niet opgeslagen: de sessie bevat een waarde die niet klopt ({0})</source>
        <translation>not saved: the session holds a value that is not right ({0})</translation>
    </message>
    <message>
        <source>niet opgeslagen: zo opgeslagen zou de sessie niet meer te openen zijn; het vorige bestand is niet veranderd</source>
        <translation>not saved: saved like this, the session could not be opened again; the previous file was not changed</translation>
    </message>
    <message>
        <source>de formaatversie ontbreekt of klopt niet (een heel getal, zoals 1); dit is geen bruikbaar sessiebestand</source>
        <translation>the format version is missing or wrong (a whole number, such as 1); this is not a usable session file</translation>
    </message>
    <message>
        <source>deze sessie is gemaakt met een nieuwere versie van reflectiespel (formaatversie {0}); deze versie kan tot en met versie {1} openen. Werk reflectiespel bij. Het bestand is niet veranderd.</source>
        <translation>this session was made with a newer version of reflectiespel (format version {0}); this version opens up to version {1}. Update reflectiespel. The file was not changed.</translation>
    </message>
    <message>
        <source>de stapsoort &apos;{0}&apos; bestaat pas sinds formaatversie {1}, maar dit bestand zegt versie {2}; het is met de hand veranderd of beschadigd. Het bestand is niet veranderd.</source>
        <translation>the step kind &apos;{0}&apos; exists only since format version {1}, but this file says version {2}; it was changed by hand or is damaged. The file has not been changed.</translation>
    </message>
    <message>
        <source>het bestand is leeg; er staat geen sessie in</source>
        <translation>the file is empty; it holds no session</translation>
    </message>
    <message>
        <source>dit is geen sessiebestand van reflectiespel</source>
        <translation>this is not a reflectiespel session file</translation>
    </message>
    <message>
        <source>, of het is opgeslagen als UTF-16; sla het op als UTF-8</source>
        <translation>, or it was saved as UTF-16; save it as UTF-8</translation>
    </message>
    <message>
        <source> (het is een plaatje)</source>
        <translation> (it is a picture)</translation>
    </message>
    <message>
        <source> (het is een pdf)</source>
        <translation> (it is a PDF)</translation>
    </message>
    <message>
        <source> (het is een ander soort bestand)</source>
        <translation> (it is another kind of file)</translation>
    </message>
    <message>
        <source>, of het is beschadigd: de tekst is geen UTF-8</source>
        <translation>, or it is damaged: the text is not UTF-8</translation>
    </message>
    <message>
        <source>Het lijkt een kaartenset (YAML); zet die in de map met kaartensets.</source>
        <translation>It looks like a deck (YAML); put it in the decks folder.</translation>
    </message>
    <message>
        <source>Het lijkt een werkvorm (YAML); begin daarmee een nieuwe sessie.</source>
        <translation>It looks like an activity (YAML); start a new session with it.</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: het houdt halverwege op</source>
        <translation>the file is damaged: it stops halfway</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: de opmaak klopt niet ({0})</source>
        <translation>the file is damaged: the layout is wrong ({0})</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: het is te diep genest</source>
        <translation>the file is damaged: it is nested too deeply</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: &apos;{0}&apos; is geen getal</source>
        <translation>the file is damaged: &apos;{0}&apos; is not a number</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: {0}</source>
        <translation>the file is damaged: {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat twee keer in hetzelfde blok; welke bedoeld is, is niet te zeggen</source>
        <translation>&apos;{0}&apos; appears twice in the same block; which one is meant cannot be told</translation>
    </message>
    <message>
        <source>(bovenaan)</source>
        <translation>(at the top)</translation>
    </message>
    <message>
        <source>hier hoort een waarde</source>
        <translation>a value belongs here</translation>
    </message>
    <message>
        <source>hier ontbreekt een komma</source>
        <translation>a comma is missing here</translation>
    </message>
    <message>
        <source>hier ontbreekt een dubbele punt</source>
        <translation>a colon is missing here</translation>
    </message>
    <message>
        <source>hier hoort een naam tussen dubbele aanhalingstekens</source>
        <translation>a name in double quotes belongs here</translation>
    </message>
    <message>
        <source>na het einde staat nog meer</source>
        <translation>there is more after the end</translation>
    </message>
    <message>
        <source>een stuurteken in een tekst</source>
        <translation>a control character in a text</translation>
    </message>
    <message>
        <source>een tekst zonder afsluitend aanhalingsteken</source>
        <translation>a text without a closing quote</translation>
    </message>
    <message>
        <source>een ongeldige \-code in een tekst</source>
        <translation>an invalid \ code in a text</translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>het bestand is beschadigd; deze gegevens kloppen niet:</source>
        <translation>the file is damaged; these data are not right:</translation>
    </message>
    <message>
        <source>het bestand is beschadigd: een waarde kan niet worden gelezen</source>
        <translation>the file is damaged: a value cannot be read</translation>
    </message>
    <message>
        <source>deze sessie is al open in een ander venster van reflectiespel. Ga verder in dat venster, of sluit het daar eerst. Het bestand is niet veranderd.</source>
        <translation>this session is already open in another reflectiespel window. Carry on in that window, or close it there first. The file was not changed.</translation>
    </message>
    <message>
        <source>deze sessie is al open in een ander venster van reflectiespel. Het bestand is niet veranderd.</source>
        <translation>this session is already open in another reflectiespel window. The file was not changed.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Route: {0}</source>
        <translation>Route: {0}</translation>
    </message>
    <message>
        <source>Datum: {0}</source>
        <translation>Date: {0}</translation>
    </message>
    <message>
        <source>Met: {0}</source>
        <translation>With: {0}</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>(geen nieuwe afspraken)</source>
        <translation>(no new agreements)</translation>
    </message>
    <message>
        <source>Antwoord: {0}</source>
        <translation>Answer: {0}</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} koos: {1}</source>
        <translation>{0} chose: {1}</translation>
    </message>
    <message>
        <source>Er is {0} keer gepast.</source>
        <translation>Passed {0} time(s).</translation>
    </message>
    <message>
        <source>Afspraken van vorige keer</source>
        <translation>Agreements from last time</translation>
    </message>
    <message>
        <source>Plek op de as: vorige keer en nu</source>
        <translation>Place on the axis: last time and now</translation>
    </message>
    <message>
        <source>wie: {0}</source>
        <translation>who: {0}</translation>
    </message>
    <message>
        <source>wanneer: {0}</source>
        <translation>when: {0}</translation>
    </message>
    <message>
        <source>{0}% naar kunst als doel, {1}% gedeeld</source>
        <translation>{0}% towards art as an end, {1}% shared</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>{0} stem</source>
        <translation>{0} vote</translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation>{0} votes</translation>
    </message>
    <message>
        <source>{0} deelnemer</source>
        <translation>{0} participant</translation>
    </message>
    <message>
        <source>{0} deelnemers</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Uitslag: {0} · {1}</source>
        <translation>Result: {0} · {1}</translation>
    </message>
    <message>
        <source>Gekozen door {0}</source>
        <translation>Chosen by {0}</translation>
    </message>
    <message>
        <source>Per kaart: het aantal stemmen · het deel van de deelnemers dat erop stemde</source>
        <translation>Per card: the number of votes · the share of participants who voted for it</translation>
    </message>
    <message>
        <source>Per kaart: hoe vaak gekozen · het deel van de deelnemers</source>
        <translation>Per card: how often chosen · the share of participants</translation>
    </message>
    <message>
        <source>Nog geen stemmen.</source>
        <translation>No votes yet.</translation>
    </message>
    <message>
        <source>Nog niemand heeft gekozen.</source>
        <translation>Nobody has chosen yet.</translation>
    </message>
    <message>
        <source>… en nog {0} kaart met minder</source>
        <translation>… and {0} more card with fewer</translation>
    </message>
    <message>
        <source>… en nog {0} kaarten met minder</source>
        <translation>… and {0} more cards with fewer</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>de set &apos;{0}&apos; heeft geen categorie &apos;{1}&apos; met kaarten</source>
        <translation>the deck &apos;{0}&apos; has no category &apos;{1}&apos; with cards</translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; is een kaart over de set (uitleg, bronnen of &apos;let op&apos;), geen kaart om mee te spelen</source>
        <translation>the card &apos;{0}&apos; is a card about the deck (how to play, sources or a note), not a card to play with</translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; staat niet in de set &apos;{1}&apos;</source>
        <translation>the card &apos;{0}&apos; is not in the deck &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>stap {0} (&apos;{1}&apos;): de kaartenset &apos;{2}&apos; is er niet</source>
        <translation>step {0} (&apos;{1}&apos;): the deck &apos;{2}&apos; is not there</translation>
    </message>
    <message>
        <source>stap {0} (&apos;{1}&apos;): {2}</source>
        <translation>step {0} (&apos;{1}&apos;): {2}</translation>
    </message>
    <message>
        <source>de werkvorm heeft geen deel {0}</source>
        <translation>the method has no part {0}</translation>
    </message>
    <message>
        <source>De werkvorm &apos;{0}&apos; kan niet beginnen:</source>
        <translation>The method &apos;{0}&apos; cannot start:</translation>
    </message>
    <message>
        <source>Pauze: einde van {0}</source>
        <translation>Break: end of {0}</translation>
    </message>
    <message>
        <source>{0} is klaar. Na de pauze begint {1}.</source>
        <translation>{0} is done. After the break, {1} begins.</translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <source>elke ronde heeft {0} minuten, maar de kaart &apos;{1}&apos; vraagt er {2} (opdracht {3} + {4} om te lezen en over de vragen te praten)</source>
        <translation>each round has {0} minutes, but the card &apos;{1}&apos; asks for {2} (assignment {3} + {4} to read it and talk about the questions)</translation>
    </message>
    <message>
        <source>de stap heeft {0} minuten voor {1} kaart(en): voorlezen, over de vragen praten en één opdracht doen kost samen {2} minuten</source>
        <translation>the step has {0} minutes for {1} card(s): reading them out, talking about the questions and doing one assignment take {2} minutes together</translation>
    </message>
    <message>
        <source>de kaartronde kan {0} kaart(en) delen die samen {1} minuten vragen, en heeft er {2}</source>
        <translation>the card round can deal {0} card(s) that together ask for {1} minutes, and it has {2}</translation>
    </message>
</context>
<context>
    <name>TogetherPhones</name>
    <message>
        <source>Telefoons erbij</source>
        <translation>Add phones</translation>
    </message>
    <message>
        <source>Adres en code voor de telefoons</source>
        <translation>Address and code for the phones</translation>
    </message>
    <message>
        <source>Komen telefoons er niet in?</source>
        <translation>Phones cannot get in?</translation>
    </message>
    <message>
        <source>Komen telefoons er niet in? Hulp</source>
        <translation>Phones cannot get in? Help</translation>
    </message>
    <message>
        <source>Begin eerst een route.</source>
        <translation>Start a route first.</translation>
    </message>
    <message>
        <source>Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus telefoons kunnen hem niet vinden. Alles werkt gewoon verder op de laptop.</source>
        <translation>This laptop is not on a local network (Wi-Fi or cable), so phones cannot find it. Everything keeps working on the laptop.</translation>
    </message>
    <message>
        <source>Scan de code of ga naar {0} en typ de code {1}. Meld je aan met je eigen naam.</source>
        <translation>Scan the code or go to {0} and type the code {1}. Join with your own name.</translation>
    </message>
    <message>
        <source>Uit. Zet aan om ieder met de eigen telefoon mee te laten doen (zonder internet).</source>
        <translation>Off. Switch on to let everyone take part with their own phone (no internet needed).</translation>
    </message>
</context>
<context>
    <name>TogetherWindow</name>
    <message>
        <source>Reflectie (*.reflectiespel)</source>
        <translation>Reflection (*.reflectiespel)</translation>
    </message>
    <message>
        <source>Samen reflecteren</source>
        <translation>Reflect together</translation>
    </message>
    <message>
        <source>Een verslag als PDF komt in een volgende versie; bewaar de samenvatting nu als tekst.</source>
        <translation>A report as PDF comes in a next version; save the summary as text for now.</translation>
    </message>
    <message>
        <source>Waar bewaren jullie de reflectie?</source>
        <translation>Where do you save the reflection?</translation>
    </message>
    <message>
        <source>Kies eerst een route.</source>
        <translation>Choose a route first.</translation>
    </message>
    <message>
        <source>Kies waar jullie de reflectie bewaren.</source>
        <translation>Choose where you save the reflection.</translation>
    </message>
    <message>
        <source>Er staat al een reflectie in %1. Kies een andere naam, of ga verder met die eerdere reflectie.</source>
        <translation>There already is a reflection in %1. Choose another name, or carry on with that earlier reflection.</translation>
    </message>
    <message>
        <source>Bewaren in deze map lukt niet: %1</source>
        <translation>Saving in this folder failed: %1</translation>
    </message>
    <message>
        <source>Welke reflectie gaan jullie verder?</source>
        <translation>Which reflection are you carrying on with?</translation>
    </message>
    <message>
        <source>Dit is een sessie met begeleider, geen route van Samen reflecteren. Open hem via Sessies.</source>
        <translation>This is a session with a facilitator, not a Reflect together route. Open it through Sessions.</translation>
    </message>
    <message>
        <source>Welke reflectie was de vorige keer?</source>
        <translation>Which reflection was last time?</translation>
    </message>
    <message>
        <source>Bewaard in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Samenvatting bewaren</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Tekst (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Verslag als PDF</source>
        <translation>Report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TokenList</name>
    <message>
        <source>Praktijken van de groep</source>
        <translation>The group&apos;s practices</translation>
    </message>
</context>
<context>
    <name>TurnBar</name>
    <message>
        <source>Wie is er aan de beurt</source>
        <translation>Whose turn it is</translation>
    </message>
    <message>
        <source>Wat zei de spreker? (mag leeg blijven)</source>
        <translation>What did the speaker say? (may stay empty)</translation>
    </message>
    <message>
        <source>Wat zei je? Kort, mag leeg blijven</source>
        <translation>What did you say? Briefly, may stay empty</translation>
    </message>
    <message>
        <source>Ik pas</source>
        <translation>I pass</translation>
    </message>
    <message>
        <source>Volgende spreker</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Nog een rondje</source>
        <translation>Another round</translation>
    </message>
    <message>
        <source>Nog een rondje: iedereen krijgt opnieuw een beurt</source>
        <translation>Another round: everyone gets a turn again</translation>
    </message>
    <message>
        <source>Jij bent aan de beurt</source>
        <translation>It is your turn</translation>
    </message>
    <message>
        <source>%1 is aan de beurt</source>
        <translation>It is %1&apos;s turn</translation>
    </message>
    <message>
        <source>Daarna: %1</source>
        <translation>After that: %1</translation>
    </message>
    <message>
        <source>Wat zei %1? Kort, mag leeg blijven</source>
        <translation>What did %1 say? Briefly, may stay empty</translation>
    </message>
    <message>
        <source>Wat wil je onthouden? Mag leeg blijven</source>
        <translation>What do you want to remember? May stay empty</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Laatste spreker klaar</source>
        <translation>Last speaker done</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>een as met vakken (bands: true) heeft geen &apos;at&apos; bij de stops: elk vak is even hoog; haal &apos;at&apos; weg</source>
        <translation>an axis with bands (bands: true) has no &apos;at&apos; on its stops: every band is equally tall; remove &apos;at&apos;</translation>
    </message>
    <message>
        <source>elke plek (stop) op een schaal heeft een &apos;at&apos; van 0 tot 1</source>
        <translation>every place (stop) on a scale has an &apos;at&apos; from 0 to 1</translation>
    </message>
    <message>
        <source>de plekken (stops) moeten van klein naar groot staan, elk met een eigen &apos;at&apos;</source>
        <translation>the places (stops) must go from small to large, each with its own &apos;at&apos;</translation>
    </message>
    <message>
        <source>een schaal heeft een naam voor het begin (low) en het eind (high)</source>
        <translation>a scale has a name for its start (low) and its end (high)</translation>
    </message>
    <message>
        <source>het vak heeft geen oppervlak: het eerste getal moet kleiner zijn dan het tweede</source>
        <translation>the zone has no area: the first number must be smaller than the second</translation>
    </message>
    <message>
        <source>elk vak heeft een eigen naam; dubbel: {0}</source>
        <translation>every zone has its own name; twice: {0}</translation>
    </message>
    <message>
        <source>elk voorbeeld heeft een eigen naam; dubbel: {0}</source>
        <translation>every example has its own name; twice: {0}</translation>
    </message>
    <message>
        <source>mag alleen kleine letters, cijfers en streepjes bevatten (bijvoorbeeld &apos;erbij-horen&apos;)</source>
        <translation>may only contain lowercase letters, digits and hyphens (for example &apos;belonging&apos;)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen kleur; schrijf een kleur als #RRGGBB, bijvoorbeeld &quot;#2e7d32&quot; (met aanhalingstekens)</source>
        <translation>&apos;{0}&apos; is not a colour; write a colour as #RRGGBB, for example &quot;#2e7d32&quot; (with quotes)</translation>
    </message>
    <message>
        <source>versie {0} is van een nieuwere reflectiespel; deze versie kent versie {1} en ouder. Werk reflectiespel bij.</source>
        <translation>version {0} is from a newer reflectiespel; this version knows version {1} and older. Update reflectiespel.</translation>
    </message>
    <message>
        <source>moet 1 of hoger zijn</source>
        <translation>must be 1 or higher</translation>
    </message>
    <message>
        <source>een stap van de soort &apos;{0}&apos; heeft een kaartenset nodig: vul &apos;deck&apos; in</source>
        <translation>a step of the kind &apos;{0}&apos; needs a deck: fill in &apos;deck&apos;</translation>
    </message>
    <message>
        <source>een stap van de soort &apos;{0}&apos; gebruikt geen kaarten; haal &apos;deck&apos;, &apos;category&apos; en &apos;cards&apos; weg</source>
        <translation>a step of the kind &apos;{0}&apos; uses no cards; remove &apos;deck&apos;, &apos;category&apos; and &apos;cards&apos;</translation>
    </message>
    <message>
        <source>twee stappen heten &apos;{0}&apos;; geef elke stap een eigen id</source>
        <translation>two steps are called &apos;{0}&apos;; give every step its own id</translation>
    </message>
    <message>
        <source>een id mag alleen letters, cijfers, - en _ bevatten (hoogstens 64 tekens)</source>
        <translation>an id may only contain letters, digits, - and _ (at most 64 characters)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen kleur; schrijf een kleur als #RRGGBB</source>
        <translation>&apos;{0}&apos; is not a colour; write a colour as #RRGGBB</translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken (U+{0}); typ de tekst opnieuw of plak hem zonder opmaak</source>
        <translation>contains an invisible control character (U+{0}); type the text again or paste it without formatting</translation>
    </message>
    <message>
        <source>mag geen regeleinde bevatten</source>
        <translation>may not contain a line break</translation>
    </message>
    <message>
        <source>{0}[{1}] heeft dezelfde id &apos;{2}&apos; als {0}[{3}]; elke id mag maar één keer voorkomen</source>
        <translation>{0}[{1}] has the same id &apos;{2}&apos; as {0}[{3}]; every id may appear only once</translation>
    </message>
    <message>
        <source>schrijf &apos;all&apos; (alle kaarten), &apos;category:&lt;id&gt;&apos; (een categorie) of een lijst met kaart-ids</source>
        <translation>write &apos;all&apos; (all cards), &apos;category:&lt;id&gt;&apos; (one category) or a list of card ids</translation>
    </message>
    <message>
        <source>noem ook de kaartenset (deck: &lt;id&gt;) waar deze kaarten uit komen</source>
        <translation>also name the deck (deck: &lt;id&gt;) these cards come from</translation>
    </message>
    <message>
        <source>alleen een bordstap (kind: board) kan met een eerder bord verder gaan</source>
        <translation>only a board step (kind: board) can continue from an earlier board</translation>
    </message>
    <message>
        <source>&apos;words&apos; hoort alleen bij een woordwolk (kind: wordcloud)</source>
        <translation>&apos;words&apos; belongs only to a word cloud (kind: wordcloud)</translation>
    </message>
    <message>
        <source>&apos;screened&apos; hoort alleen bij een woordwolk of ideeënmuur (kind: wordcloud of ideas)</source>
        <translation>&apos;screened&apos; belongs only to a word cloud or idea wall (kind: wordcloud or ideas)</translation>
    </message>
    <message>
        <source>&apos;counts_hidden&apos; hoort alleen bij een woordwolk, ideeënmuur of schaal (kind: wordcloud, ideas of rating)</source>
        <translation>&apos;counts_hidden&apos; belongs only to a word cloud, idea wall or rating scale (kind: wordcloud, ideas or rating)</translation>
    </message>
    <message>
        <source>&apos;rows&apos; hoort alleen bij een schaal (kind: rating)</source>
        <translation>&apos;rows&apos; belongs only to a scale (kind: rating)</translation>
    </message>
    <message>
        <source>een schaal (kind: rating) heeft vragen nodig: zet ze onder &apos;rows&apos;, of noem een kaartenset (deck) waarvan de kaarten de vragen zijn</source>
        <translation>a scale (kind: rating) needs questions: put them under &apos;rows&apos;, or name a deck whose cards are the questions</translation>
    </message>
    <message>
        <source>steps[{0}].part: deze werkvorm heeft geen delen; haal &apos;part&apos; weg of noem de delen onder &apos;parts&apos;</source>
        <translation>steps[{0}].part: this method has no parts; remove &apos;part&apos; or list the parts under &apos;parts&apos;</translation>
    </message>
    <message>
        <source>steps[{0}].part: de werkvorm heeft delen; zeg bij elke stap in welk deel hij staat (part: 1 tot {1})</source>
        <translation>steps[{0}].part: the method has parts; give every step the part it belongs to (part: 1 to {1})</translation>
    </message>
    <message>
        <source>steps[{0}].part: er zijn maar {1} delen onder &apos;parts&apos;</source>
        <translation>steps[{0}].part: there are only {1} parts under &apos;parts&apos;</translation>
    </message>
    <message>
        <source>steps[{0}].part: de stappen staan per deel op volgorde: eerst deel 1, dan deel 2</source>
        <translation>steps[{0}].part: the steps go in order of their parts: part 1 first, then part 2</translation>
    </message>
    <message>
        <source>parts: elk deel heeft minstens één stap</source>
        <translation>parts: every part needs at least one step</translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: er is geen eerdere stap met id &apos;{1}&apos;; geef die stap &apos;id: {1}&apos; en zet hem vóór deze stap</source>
        <translation>steps[{0}].board.continue_from: there is no earlier step with id &apos;{1}&apos;; give that step &apos;id: {1}&apos; and put it before this step</translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: de stap &apos;{1}&apos; is geen bordstap (kind: board)</source>
        <translation>steps[{0}].board.continue_from: the step &apos;{1}&apos; is not a board step (kind: board)</translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: de stap &apos;{1}&apos; staat in een ander deel; een bord gaat alleen binnen één deel verder</source>
        <translation>steps[{0}].board.continue_from: the step &apos;{1}&apos; is in another part; a board only carries on within one part</translation>
    </message>
    <message>
        <source>steps[{0}].id: de id &apos;{1}&apos; staat al bij een eerdere stap</source>
        <translation>steps[{0}].id: the id &apos;{1}&apos; is already on an earlier step</translation>
    </message>
    <message>
        <source>noem passages of zet own: true (eigen voorstel), niet allebei</source>
        <translation>give passages or set own: true (our own suggestion), not both</translation>
    </message>
    <message>
        <source>noem minstens één passage, of zet own: true (eigen voorstel)</source>
        <translation>give at least one passage, or set own: true (our own suggestion)</translation>
    </message>
</context>
<context>
    <name>ValuesBody</name>
    <message>
        <source>De laatst aangeklikte kaart</source>
        <translation>The card clicked last</translation>
    </message>
    <message>
        <source>Iedereen is geweest. Praat samen over wat jullie kozen.</source>
        <translation>Everyone has had a turn. Talk together about what you chose.</translation>
    </message>
    <message>
        <source>%1 kiest: nog %2 kaart(en). Klik nog eens om een keuze weg te halen.</source>
        <translation>%1 chooses: %2 card(s) to go. Click again to take a choice away.</translation>
    </message>
</context>
<context>
    <name>VoteGridPanel</name>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Kaarten kiezen</source>
        <translation>Choose cards</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Stemmen geven</source>
        <translation>Cast votes</translation>
    </message>
    <message>
        <source>Uitslag tonen</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Uitleg bij het raster</source>
        <translation>Explanation of the grid</translation>
    </message>
    <message>
        <source>Raster van kaarten en deelnemers</source>
        <translation>Grid of cards and participants</translation>
    </message>
    <message>
        <source>Groot raster</source>
        <translation>Large grid</translation>
    </message>
    <message>
        <source>Uitslag tonen op het scherm van de zaal</source>
        <translation>Show result on the room&apos;s screen</translation>
    </message>
    <message>
        <source>Groot raster in een eigen venster</source>
        <translation>Large grid in a window of its own</translation>
    </message>
    <message>
        <source>Uitslag verbergen</source>
        <translation>Hide result</translation>
    </message>
    <message>
        <source>{0}
{1} over</source>
        <translation>{0}
{1} left</translation>
    </message>
    <message>
        <source>{0}
{1} van {2}</source>
        <translation>{0}
{1} of {2}</translation>
    </message>
    <message>
        <source>{0}
{1} gekozen</source>
        <translation>{0}
{1} chosen</translation>
    </message>
    <message>
        <source>Nog geen stap.</source>
        <translation>No step yet.</translation>
    </message>
    <message>
        <source>Voeg eerst deelnemers toe (links): elke deelnemer krijgt een kolom.</source>
        <translation>First add participants (on the left): each participant gets a column.</translation>
    </message>
    <message>
        <source>Deze stap heeft geen kaarten om te kiezen of op te stemmen.</source>
        <translation>This step has no cards to choose or vote on.</translation>
    </message>
    <message>
        <source> Alleen de kaarten die eerder gekozen zijn.</source>
        <translation> Only the cards chosen earlier.</translation>
    </message>
    <message>
        <source>Klik: een stem erbij. Rechtsklik of Shift+klik: een stem eraf. {0} stemmen per persoon.</source>
        <translation>Click: one more vote. Right-click or Shift+click: one vote less. {0} votes per person.</translation>
    </message>
    <message>
        <source> Cursief: ingevoerd door de begeleider.</source>
        <translation> Italics: entered by the facilitator.</translation>
    </message>
    <message>
        <source>Niet op de lijst: de kaart van stap {0}, want daar is niets gekozen. Ga terug (◀) en klik in Keuzes wie hem kiest, of stem op wat er staat.</source>
        <translation>Not on the list: the card of step {0}, because nothing was chosen there. Go back (◀) and click in Choices who chooses it, or vote on what is here.</translation>
    </message>
    <message>
        <source>Klik een vakje: de deelnemer kiest die kaart (nog eens klikken: weghalen).</source>
        <translation>Click a box: the participant chooses that card (click again: take it away).</translation>
    </message>
    <message>
        <source>Telt mee: alleen wat hier gekozen wordt, staat straks op de stemlijst van stap {0} (&apos;{1}&apos;).</source>
        <translation>This counts: only what is chosen here goes on the voting list of step {0} (&apos;{1}&apos;).</translation>
    </message>
    <message>
        <source>, ingevoerd door de begeleider</source>
        <translation>, entered by the facilitator</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation>entered by the facilitator</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{0} ({1} %)</source>
        <translation>{0} ({1}%)</translation>
    </message>
    <message>
        <source>{0} deelnemers: het raster telt per kaart, de telefoons stemmen. Een kolom per persoon komt terug bij {1} deelnemers of minder.</source>
        <translation>{0} participants: the grid counts per card, the phones vote. A column per person comes back at {1} participants or fewer.</translation>
    </message>
</context>
<context>
    <name>WordCloud</name>
    <message>
        <source>Typ eerst een woord.</source>
        <translation>Type a word first.</translation>
    </message>
    <message>
        <source>&apos;{0}…&apos; is te lang voor de woordwolk: hoogstens {1} tekens, een woord of een kort zinnetje.</source>
        <translation>&apos;{0}…&apos; is too long for the word cloud: at most {1} characters, a word or a short phrase.</translation>
    </message>
    <message>
        <source>Een woord bestaat uit letters of cijfers.</source>
        <translation>A word is made of letters or digits.</translation>
    </message>
    <message>
        <source>Hetzelfde woord staat er twee keer in.</source>
        <translation>The same word is in there twice.</translation>
    </message>
    <message>
        <source>{0} stuurde &apos;{1}&apos; al.</source>
        <translation>{0} already sent &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>{0} heeft al alle woorden van deze stap gestuurd ({1}).</source>
        <translation>{0} has already sent all the words of this step ({1}).</translation>
    </message>
    <message>
        <source>{0} kan nog {1} woord(en) sturen in deze stap.</source>
        <translation>{0} can send {1} more word(s) in this step.</translation>
    </message>
    <message>
        <source>Deze woordwolk is vol ({0} woorden).</source>
        <translation>This word cloud is full ({0} words).</translation>
    </message>
    <message>
        <source>Woord toevoegen</source>
        <translation>Add word</translation>
    </message>
    <message>
        <source>Woorden toevoegen</source>
        <translation>Add words</translation>
    </message>
    <message>
        <source>Dit woord staat niet (meer) in de woordwolk.</source>
        <translation>This word is not (or no longer) in the word cloud.</translation>
    </message>
    <message>
        <source>Kies minstens twee verschillende woorden om samen te voegen.</source>
        <translation>Choose at least two different words to merge.</translation>
    </message>
    <message>
        <source>Woorden samenvoegen</source>
        <translation>Merge words</translation>
    </message>
    <message>
        <source>Dit woord is al verborgen.</source>
        <translation>This word is hidden already.</translation>
    </message>
    <message>
        <source>Dit woord staat al op het scherm.</source>
        <translation>This word is on the screen already.</translation>
    </message>
    <message>
        <source>Woord verbergen</source>
        <translation>Hide word</translation>
    </message>
    <message>
        <source>Woord tonen</source>
        <translation>Show word</translation>
    </message>
    <message>
        <source>Woorden weer los</source>
        <translation>Separate words again</translation>
    </message>
    <message>
        <source>Woorden splitsen</source>
        <translation>Split words</translation>
    </message>
    <message>
        <source>Dit is één woord; er is niets om te splitsen.</source>
        <translation>This is one word; there is nothing to split.</translation>
    </message>
</context>
<context>
    <name>WordCloudPanel</name>
    <message>
        <source>Woorden invoeren</source>
        <translation>Enter words</translation>
    </message>
    <message>
        <source>Een tot drie woorden, met komma&apos;s, Enter</source>
        <translation>One to three words, with commas, Enter</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Woorden toevoegen namens de gekozen deelnemer</source>
        <translation>Add words on behalf of the chosen participant</translation>
    </message>
    <message>
        <source>Woordwolk in getallen</source>
        <translation>Word cloud in numbers</translation>
    </message>
    <message>
        <source>Woorden in de wolk</source>
        <translation>Words in the cloud</translation>
    </message>
    <message>
        <source>Kies een woord; met Ctrl of Shift kies je er meer om samen te voegen</source>
        <translation>Choose a word; with Ctrl or Shift you choose more to merge</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Gekozen woorden samenvoegen tot het eerste</source>
        <translation>Merge the chosen words into the first</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Gekozen woord verbergen of weer tonen</source>
        <translation>Hide the chosen word or show it again</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Splitsen: samengevoegde woorden weer los, of een zinnetje per woord tellen</source>
        <translation>Split: separate merged words again, or count a phrase per word</translation>
    </message>
    <message>
        <source>Tel de gekozen woorden als één woord (het bovenste van de keuze)</source>
        <translation>Count the chosen words as one word (the topmost of the choice)</translation>
    </message>
    <message>
        <source>Het woord blijft bewaard maar komt niet op het scherm (of weer wel)</source>
        <translation>The word is kept but does not appear on the screen (or appears again)</translation>
    </message>
    <message>
        <source>Maakt samenvoegen ongedaan, of telt &apos;goed gesprek&apos; als &apos;goed&apos; en &apos;gesprek&apos;</source>
        <translation>Undoes a merge, or counts &apos;good talk&apos; as &apos;good&apos; and &apos;talk&apos;</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} wachten op vrijgeven</source>
        <translation>{0} waiting for release</translation>
    </message>
    <message>
        <source>+ {0}</source>
        <translation>+ {0}</translation>
    </message>
    <message>
        <source>{0} ingevoerd door begeleider</source>
        <translation>{0} entered by facilitator</translation>
    </message>
    <message>
        <source>zinnetje</source>
        <translation>phrase</translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>stopwoord, niet op het scherm</source>
        <translation>stop word, not on the screen</translation>
    </message>
    <message>
        <source>{0} woorden gestuurd door {1} deelnemers; {2} ingevoerd door de begeleider</source>
        <translation>{0} words sent by {1} participants; {2} entered by the facilitator</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Eigen kaarten</source>
        <translation>Own cards</translation>
    </message>
    <message>
        <source>Opdracht:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kaarten:</source>
        <translation>Cards:</translation>
    </message>
    <message>
        <source>Deelnemers: {0} (dit verslag noemt geen namen)</source>
        <translation>Participants: {0} (this report names no one)</translation>
    </message>
</context>
<context>
    <name>YamlFile</name>
    <message>
        <source>de tekst is niet opgeslagen als UTF-8; sla het bestand op met codering UTF-8</source>
        <translation>the text was not saved as UTF-8; save the file with UTF-8 encoding</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>dit is geen geldige YAML: {0}; kijk naar inspringen, dubbele punten en aanhalingstekens</source>
        <translation>this is not valid YAML: {0}; check the indentation, colons and quotes</translation>
    </message>
    <message>
        <source>dit is geen geldige YAML: {0}</source>
        <translation>this is not valid YAML: {0}</translation>
    </message>
    <message>
        <source>het bestand moet beginnen met velden (naam: waarde), niet met een lijst of losse tekst</source>
        <translation>the file must start with fields (name: value), not with a list or loose text</translation>
    </message>
    <message>
        <source>YAML-bestand</source>
        <translation>YAML file</translation>
    </message>
    <message>
        <source>hier staat een teken waarmee niets kan beginnen (vaak een tab: gebruik spaties)</source>
        <translation>here is a character nothing can start with (often a tab: use spaces)</translation>
    </message>
    <message>
        <source>hier staat een tab; spring in met spaties</source>
        <translation>here is a tab; indent with spaces</translation>
    </message>
    <message>
        <source>hier staat een dubbele punt die niet mag (zet de tekst tussen aanhalingstekens)</source>
        <translation>here is a colon that is not allowed (put the text in quotes)</translation>
    </message>
    <message>
        <source>hier ontbreekt een dubbele punt</source>
        <translation>a colon is missing here</translation>
    </message>
    <message>
        <source>hier hoort een veldnaam (naam: waarde); kijk naar het inspringen</source>
        <translation>a field name (name: value) belongs here; check the indentation</translation>
    </message>
    <message>
        <source>hier hoort een regel die met &apos;- &apos; begint; kijk naar het inspringen</source>
        <translation>a line starting with &apos;- &apos; belongs here; check the indentation</translation>
    </message>
    <message>
        <source>hier ontbreekt een waarde</source>
        <translation>a value is missing here</translation>
    </message>
    <message>
        <source>hier ontbreekt een komma of een ]</source>
        <translation>a comma or a ] is missing here</translation>
    </message>
    <message>
        <source>hier ontbreekt een komma of een }</source>
        <translation>a comma or a } is missing here</translation>
    </message>
    <message>
        <source>het bestand houdt halverwege op (een aanhalingsteken of haakje niet gesloten?)</source>
        <translation>the file stops halfway (a quote or bracket not closed?)</translation>
    </message>
    <message>
        <source>een ongeldige \-code in een tekst tussen aanhalingstekens</source>
        <translation>an invalid \ code in a quoted text</translation>
    </message>
    <message>
        <source>de tekst bevat een onzichtbaar stuurteken</source>
        <translation>the text contains an invisible control character</translation>
    </message>
    <message>
        <source>het inspringen klopt niet</source>
        <translation>the indentation is wrong</translation>
    </message>
    <message>
        <source>na het einde staat nog iets; kijk naar het inspringen</source>
        <translation>there is something after the end; check the indentation</translation>
    </message>
    <message>
        <source>er staan meerdere documenten (---) in het bestand; gebruik er één</source>
        <translation>the file holds several documents (---); use one</translation>
    </message>
    <message>
        <source>ankers en verwijzingen (&amp; en *) zijn niet toegestaan; schrijf de tekst voluit</source>
        <translation>anchors and aliases (&amp; and *) are not allowed; write the text out in full</translation>
    </message>
    <message>
        <source>een regel die met % begint is niet toegestaan</source>
        <translation>a line starting with % is not allowed</translation>
    </message>
    <message>
        <source>de tekst bevat een teken dat niet mag</source>
        <translation>the text contains a character that is not allowed</translation>
    </message>
    <message>
        <source>de opmaak klopt niet</source>
        <translation>the layout is wrong</translation>
    </message>
    <message>
        <source>de gegevens zijn te diep genest om te lezen</source>
        <translation>the data are nested too deeply to read</translation>
    </message>
    <message>
        <source>het bestand is te groot om te lezen</source>
        <translation>the file is too big to read</translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen (onverwachte fout: {0})</source>
        <translation>the file cannot be read (unexpected error: {0})</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>ankers en verwijzingen (&amp; en *) zijn niet toegestaan; schrijf de tekst voluit</source>
        <translation>anchors and aliases (&amp; and *) are not allowed; write the text out in full</translation>
    </message>
    <message>
        <source>het bestand heeft te veel onderdelen (meer dan {0}); splits het op in kleinere bestanden</source>
        <translation>the file has too many parts (more than {0}); split it into smaller files</translation>
    </message>
    <message>
        <source>het bestand is te ingewikkeld om te lezen (het duurt te lang)</source>
        <translation>the file is too complicated to read (it takes too long)</translation>
    </message>
    <message>
        <source>de gegevens zijn te diep genest (meer dan {0} niveaus); kijk naar inspringen en haakjes</source>
        <translation>the data are nested too deeply (more than {0} levels); check the indentation and brackets</translation>
    </message>
    <message>
        <source>onverwachte opbouw van het bestand</source>
        <translation>unexpected structure of the file</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat twee keer in dezelfde groep (ook op regel {1}); YAML zou stil de laatste nemen. Haal er een weg</source>
        <translation>&apos;{0}&apos; appears twice in the same group (also on line {1}); YAML would silently take the last one. Remove one</translation>
    </message>
    <message>
        <source>de tekst bevat een onzichtbaar stuurteken (U+{0}); haal het weg</source>
        <translation>the text contains an invisible control character (U+{0}); remove it</translation>
    </message>
    <message>
        <source>{0} is niet toegestaan; schrijf gewone tekst</source>
        <translation>{0} is not allowed; write plain text</translation>
    </message>
    <message>
        <source>het label &apos;{0}&apos; is onbekend; haal het weg (schrijf gewone tekst)</source>
        <translation>the tag &apos;{0}&apos; is unknown; remove it (write plain text)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>1 kaart</source>
        <translation>1 card</translation>
    </message>
    <message>
        <source>{0} kaarten</source>
        <translation>{0} cards</translation>
    </message>
    <message>
        <source>Geen kaartensets gevonden.</source>
        <translation>No card decks found.</translation>
    </message>
    <message>
        <source>KAN NIET WORDEN GELADEN</source>
        <translation>CANNOT BE LOADED</translation>
    </message>
    <message>
        <source>{0}: dit is een map; geef het bestand van de set (.yaml)</source>
        <translation>{0}: this is a folder; give the deck&apos;s file (.yaml)</translation>
    </message>
    <message>
        <source>{0}: in orde ({1}, {2})</source>
        <translation>{0}: fine ({1}, {2})</translation>
    </message>
    <message>
        <source>Opdracht:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Er is geen kaartenset met id &apos;{0}&apos;. Bekende sets: {1}.</source>
        <translation>There is no card deck with id &apos;{0}&apos;. Known decks: {1}.</translation>
    </message>
    <message>
        <source>print een kaartenset als PDF om uit te knippen</source>
        <translation>print a card deck as a PDF to cut out</translation>
    </message>
    <message>
        <source>maak een verslag (PDF) van een sessie</source>
        <translation>make a report (PDF) of a session</translation>
    </message>
    <message>
        <source>exporteer een sessie als Markdown, CSV of JSON</source>
        <translation>export a session as Markdown, CSV or JSON</translation>
    </message>
    <message>
        <source>laat telefoons meedoen met een sessie, zonder venster</source>
        <translation>let phones join a session, without a window</translation>
    </message>
    <message>
        <source>het pad van jullie praktijken over sessies heen, als PDF of werkmap</source>
        <translation>the path of your practices across sessions, as a PDF or a workbook</translation>
    </message>
    <message>
        <source>Reflectiespel: kaartensets, sessies en de sociaal-artistieke as. Zonder opdracht opent de app.</source>
        <translation>Reflectiespel: card decks, sessions and the social-artistic axis. Without a command the app opens.</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>TAAL</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>taal van de app en de uitvoer: nl of en (standaard: je laatste keuze, anders de taal van je computer)</source>
        <translation>language of the app and its output: nl or en (default: your last choice, else your computer&apos;s language)</translation>
    </message>
    <message>
        <source>zelftest: open het venster, laad alle ingebouwde sets, werkvormen en routes, teken een kaart en een PDF-pagina; stopt met 0 als alles werkt</source>
        <translation>self-test: open the window, load every built-in deck, session format and route, draw a card and a PDF page; exits 0 when all works</translation>
    </message>
    <message>
        <source>OPDRACHT</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>kaartensets bekijken en controleren</source>
        <translation>view and check card decks</translation>
    </message>
    <message>
        <source>alle kaartensets: id, titel, aantal kaarten, bestand</source>
        <translation>all card decks: id, title, number of cards, file</translation>
    </message>
    <message>
        <source>controleer kaartenset-bestanden</source>
        <translation>check card deck files</translation>
    </message>
    <message>
        <source>PAD</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>bestand(en) van een kaartenset (.yaml)</source>
        <translation>card deck file(s) (.yaml)</translation>
    </message>
    <message>
        <source>toon de kaarten van een set als tekst</source>
        <translation>show a deck&apos;s cards as text</translation>
    </message>
    <message>
        <source>id van de set (zie &apos;decks list&apos;) of pad naar het bestand</source>
        <translation>the deck&apos;s id (see &apos;decks list&apos;) or the path of its file</translation>
    </message>
    <message>
        <source>de map voor je eigen kaartensets</source>
        <translation>the folder for your own card decks</translation>
    </message>
    <message>
        <source>Er ging iets mis met een bestand: {0} ({1})</source>
        <translation>Something went wrong with a file: {0} ({1})</translation>
    </message>
    <message>
        <source>Sjabloon geschreven: {0}. Vul het in en lees het in met &apos;reflectiespel decks import {0}&apos;.</source>
        <translation>Template written: {0}. Fill it in and read it in with &apos;reflectiespel decks import {0}&apos;.</translation>
    </message>
    <message>
        <source>Er is niets geschreven.</source>
        <translation>Nothing has been written.</translation>
    </message>
    <message>
        <source>Gelezen als {0}.</source>
        <translation>Read as {0}.</translation>
    </message>
    <message>
        <source>Er is geen kaartenset met id &apos;{0}&apos;.</source>
        <translation>There is no card deck with id &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>schrijf een spreadsheet-sjabloon voor een eigen set</source>
        <translation>write a spreadsheet template for a deck of your own</translation>
    </message>
    <message>
        <source>csv of xlsx (standaard: uit de naam)</source>
        <translation>csv or xlsx (default: from the name)</translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%).</source>
        <translation>Print double-sided, flip on the long edge, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%).</source>
        <translation>Print double-sided, flip on the short edge, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print enkelzijdig, op ware grootte (100%).</source>
        <translation>Print single-sided, at actual size (100%).</translation>
    </message>
    <message>
        <source>Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw op de streepjeslijn.</source>
        <translation>Print single-sided at actual size (100%); cut along the cut marks and fold on the dashed line.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen getal in millimeters</source>
        <translation>&apos;{0}&apos; is not a number of millimetres</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen verschuiving; schrijf X,Y in mm met een punt als komma, bijvoorbeeld --offset=1.5,-0.5</source>
        <translation>&apos;{0}&apos; is not an offset; write X,Y in mm with a point as decimal mark, for example --offset=1.5,-0.5</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen heel getal</source>
        <translation>&apos;{0}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>Maak een PDF van een kaartenset om te printen en te knippen, of een kalibratievel om de verschuiving van je printer bij dubbelzijdig printen te meten.</source>
        <translation>Make a PDF of a card deck to print and cut out, or a calibration sheet to measure your printer&apos;s offset when printing double-sided.</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>DECK</translation>
    </message>
    <message>
        <source>het PDF-bestand (standaard: &lt;id&gt;-kaarten.pdf, of kalibratie.pdf)</source>
        <translation>the PDF file (default: &lt;id&gt;-cards.pdf, or calibration.pdf)</translation>
    </message>
    <message>
        <source>kaartmaat: poker 63×88, bridge 57×89, tarot 70×120, a6 105×148, square 70×70 mm (standaard: de maat die de set kiest, meestal poker)</source>
        <translation>card size: poker 63×88, bridge 57×89, tarot 70×120, a6 105×148, square 70×70 mm (default: the size the deck chooses, usually poker)</translation>
    </message>
    <message>
        <source>papier (standaard a4)</source>
        <translation>paper (default a4)</translation>
    </message>
    <message>
        <source>afloop in mm: de kleur loopt zo ver door buiten de snijlijn (standaard 0)</source>
        <translation>bleed in mm: the colour runs on this far beyond the cut line (default 0)</translation>
    </message>
    <message>
        <source>zonder snijtekens (die staan buiten de kaarten)</source>
        <translation>without cut marks (they are outside the cards)</translation>
    </message>
    <message>
        <source>achterkanten: long-edge (dubbelzijdig, omslaan langs de lange kant; standaard), short-edge (langs de korte kant), none (geen), fold (naast de voorkant, om te vouwen)</source>
        <translation>backs: long-edge (double-sided, flip on the long edge; default), short-edge (on the short edge), none (no backs), fold (next to the front, to fold)</translation>
    </message>
    <message>
        <source>alleen deze categorie (mag vaker)</source>
        <translation>only this category (may be given more than once)</translation>
    </message>
    <message>
        <source>aantal exemplaren van de set</source>
        <translation>number of copies of the deck</translation>
    </message>
    <message>
        <source>verschuif de achterkanten X,Y mm (meet dit met --calibration); bij een min-teken: --offset=-1,0.5</source>
        <translation>shift the backs X,Y mm (measure this with --calibration); with a minus sign: --offset=-1,0.5</translation>
    </message>
    <message>
        <source>inktzuinige achterkanten: een rand en de naam van de set op wit papier</source>
        <translation>ink-saving backs: a border and the deck&apos;s name on white paper</translation>
    </message>
    <message>
        <source>een eerste pagina met uitleg: printen op 100%%, omslaan, papier, knippen en een afvinklijst</source>
        <translation>a first page with instructions: printing at 100%%, flipping, paper, cutting and a checklist</translation>
    </message>
    <message>
        <source>N lege kaarten per categorie erbij</source>
        <translation>add N blank cards per category</translation>
    </message>
    <message>
        <source>maak een kalibratievel om de verschuiving bij dubbelzijdig printen te meten</source>
        <translation>make a calibration sheet to measure the offset when printing double-sided</translation>
    </message>
    <message>
        <source>kalibratie.pdf</source>
        <translation>calibration.pdf</translation>
    </message>
    <message>
        <source>Kalibratievel geschreven: {0}</source>
        <translation>Calibration sheet written: {0}</translation>
    </message>
    <message>
        <source>Geef een kaartenset (id of pad naar het bestand), of --calibration voor een kalibratievel.</source>
        <translation>Give a card deck (id or path to the file), or --calibration for a calibration sheet.</translation>
    </message>
    <message>
        <source>{0}-kaarten.pdf</source>
        <translation>{0}-cards.pdf</translation>
    </message>
    <message>
        <source>WAARSCHUWING: {0}</source>
        <translation>WARNING: {0}</translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1} kaarten op 1 vel, {2} pagina&apos;s)</source>
        <translation>Written: {0} ({1} cards on 1 sheet, {2} pages)</translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1} kaarten op {2} vellen, {3} pagina&apos;s)</source>
        <translation>Written: {0} ({1} cards on {2} sheets, {3} pages)</translation>
    </message>
    <message>
        <source>De kaartenset &apos;{0}&apos; kan niet worden geladen ({1}):</source>
        <translation>The card deck &apos;{0}&apos; cannot be loaded ({1}):</translation>
    </message>
    <message>
        <source>Maak het verslag van een sessie als PDF: voorblad, stappen met notities, stemmen en het bord, afspraken, en de eigen kaarten van de groep om uit te knippen. Het verslag volgt de taal waarin de sessie werd gemaakt.</source>
        <translation>Make the report of a session as a PDF: cover, steps with notes, votes and the board, agreements, and the group&apos;s own cards to cut out. The report follows the language the session was made in.</translation>
    </message>
    <message>
        <source>het PDF-bestand (standaard: verslag.pdf)</source>
        <translation>the PDF file (default: report.pdf)</translation>
    </message>
    <message>
        <source>verslag.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <source>Verslag geschreven: {0}</source>
        <translation>Report written: {0}</translation>
    </message>
    <message>
        <source>Exporteer een sessie: md (Markdown, voor een e-mail), csv (voor Excel of LibreOffice: UTF-8, puntkomma&apos;s), xlsx (een werkmap met een blad per soort: notities, keuzes, stemmen, actiepunten, het bord, eigen kaarten, deelnemers), docx (de tekst van het verslag voor Word of LibreOffice, met het bord als plaatje) of json, in de taal waarin de sessie werd gemaakt. Zie docs/export.md.</source>
        <translation>Export a session: md (Markdown, for an e-mail), csv (for Excel or LibreOffice: UTF-8, semicolons), xlsx (a workbook with a sheet per kind: notes, choices, votes, action points, the board, own cards, participants), docx (the report&apos;s text for Word or LibreOffice, with the board as a picture) or json, in the language the session was made in. See docs/export.md.</translation>
    </message>
    <message>
        <source>het formaat (standaard md)</source>
        <translation>the format (default md)</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>het bestand (standaard: op het scherm; xlsx en docx: de naam van de sessie met .xlsx of .docx, in deze map)</source>
        <translation>the file (default: on screen; xlsx and docx: the session&apos;s name with .xlsx or .docx, in this folder)</translation>
    </message>
    <message>
        <source>Geëxporteerd: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1}, {2}).</source>
        <translation>Written: {0} ({1}, {2}).</translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1}). Pas het aan en lees het weer in met &apos;reflectiespel decks import&apos;.</source>
        <translation>Written: {0} ({1}). Change it and read it in again with &apos;reflectiespel decks import&apos;.</translation>
    </message>
    <message>
        <source>maak een set van een spreadsheet (.csv of .xlsx)</source>
        <translation>make a deck from a spreadsheet (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>de spreadsheet (.csv of .xlsx), bijvoorbeeld gemaakt met &apos;decks template&apos;</source>
        <translation>the spreadsheet (.csv or .xlsx), for example one made with &apos;decks template&apos;</translation>
    </message>
    <message>
        <source>SET.yaml</source>
        <translation>DECK.yaml</translation>
    </message>
    <message>
        <source>waar de set komt (standaard: je map met eigen sets)</source>
        <translation>where the deck goes (default: your folder of own decks)</translation>
    </message>
    <message>
        <source>een bestaande set met die naam vervangen</source>
        <translation>replace an existing deck with that name</translation>
    </message>
    <message>
        <source>zet een set in een spreadsheet om te bewerken</source>
        <translation>put a deck in a spreadsheet to edit it</translation>
    </message>
    <message>
        <source>SESSIE</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>het sessiebestand (.reflectiespel)</source>
        <translation>the session file (.reflectiespel)</translation>
    </message>
    <message>
        <source>op welk adres de telefoons de laptop vinden (een privé-adres zoals 192.168.1.20; standaard 127.0.0.1: alleen deze computer)</source>
        <translation>at which address the phones find the laptop (a private address such as 192.168.1.20; default 127.0.0.1: only this computer)</translation>
    </message>
    <message>
        <source>poort; standaard kiest de computer een vrije</source>
        <translation>port; by default the computer picks a free one</translation>
    </message>
    <message>
        <source>{0}: deze sessie is open in een venster van reflectiespel (of in een andere &apos;reflectiespel live&apos;). Sluit hem daar eerst; twee programma&apos;s die hetzelfde bestand bewaren, gooien elkaars werk weg. Het bestand is niet veranderd.</source>
        <translation>{0}: this session is open in a reflectiespel window (or in another &apos;reflectiespel live&apos;). Close it there first; two programs saving the same file throw away each other&apos;s work. The file has not been changed.</translation>
    </message>
    <message>
        <source>Sessie: {0} ({1})</source>
        <translation>Session: {0} ({1})</translation>
    </message>
    <message>
        <source>Adres: {0}</source>
        <translation>Address: {0}</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <source>Geheim van de begeleider (alleen voor deze computer): {0}</source>
        <translation>Facilitator&apos;s secret (only for this computer): {0}</translation>
    </message>
    <message>
        <source>Stoppen: Ctrl+C</source>
        <translation>To stop: Ctrl+C</translation>
    </message>
    <message>
        <source>Gestopt; de laatste wijzigingen konden niet worden bewaard (zie hierboven). Het bestand is zoals het het laatst bewaard werd.</source>
        <translation>Stopped; the last changes could not be saved (see above). The file is as it was last saved.</translation>
    </message>
    <message>
        <source>Gestopt; de sessie is bewaard.</source>
        <translation>Stopped; the session has been saved.</translation>
    </message>
    <message>
        <source>Het pad van jullie praktijken over sessies heen: waar elke praktijk per sessie op de sociaal-artistieke as stond, met pijlen en de redenen. Als PDF-pagina of, met -o pad.xlsx, als werkmap. Zie docs/bord.md.</source>
        <translation>The path of your practices across sessions: where each practice stood on the social-artistic axis at each session, with arrows and the reasons. As a PDF page or, with -o path.xlsx, as a workbook. See docs/bord.md.</translation>
    </message>
    <message>
        <source>twee of meer sessiebestanden (.reflectiespel) van dezelfde groep</source>
        <translation>two or more session files (.reflectiespel) of the same group</translation>
    </message>
    <message>
        <source>pad.pdf (standaard) of een .xlsx-bestand</source>
        <translation>path.pdf (default) or an .xlsx file</translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>alleen de plekken van dit perspectief (een naam), of &apos;alle&apos;; standaard die van de hele groep</source>
        <translation>only the places of this perspective (a name), or &apos;all&apos;; by default those of the whole group</translation>
    </message>
    <message>
        <source>pad.pdf</source>
        <translation>path.pdf</translation>
    </message>
    <message>
        <source>{0}: kies een bestand dat eindigt op .pdf of .xlsx</source>
        <translation>{0}: choose a file that ends in .pdf or .xlsx</translation>
    </message>
    <message>
        <source>Niets geschreven.</source>
        <translation>Nothing written.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Geen perspectief &apos;{0}&apos; in deze sessies; wel: {1}</source>
        <translation>No perspective &apos;{0}&apos; in these sessions; there are: {1}</translation>
    </message>
    <message>
        <source>Pad geschreven: {0}</source>
        <translation>Path written: {0}</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>reflectiespel kan geen venster openen: deze computer heeft geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg).
Start de app op een computer met een bureaublad, of gebruik de opdrachten zonder venster (reflectiespel --help).</source>
        <translation>reflectiespel cannot open a window: this computer has no display (DISPLAY and WAYLAND_DISPLAY are empty).
Start the app on a computer with a desktop, or use the commands without a window (reflectiespel --help).</translation>
    </message>
    <message>
        <source>reflectiespel kan Qt niet laden: er ontbreekt een systeembibliotheek ({0}).
Op Debian of Ubuntu: {1}</source>
        <translation>reflectiespel cannot load Qt: a system library is missing ({0}).
On Debian or Ubuntu: {1}</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>Dit bericht is te groot.</source>
        <translation>This message is too large.</translation>
    </message>
    <message>
        <source>Dit bericht kwam te langzaam binnen. Probeer het opnieuw.</source>
        <translation>This message arrived too slowly. Try again.</translation>
    </message>
    <message>
        <source>Dit bericht is onleesbaar.</source>
        <translation>This message cannot be read.</translation>
    </message>
    <message>
        <source>De begeleider had deze telefoon uit de sessie gehaald. Je doet weer mee zodra de begeleider ja zegt.</source>
        <translation>The facilitator removed this phone from the session. You take part again as soon as the facilitator says yes.</translation>
    </message>
    <message>
        <source>Er doet al een telefoon mee als {0}. Ben jij dat, op een ander apparaat? Dan laat de begeleider je erin. Ben je iemand anders, kies dan een andere naam.</source>
        <translation>A phone is already taking part as {0}. Is that you, on another device? Then the facilitator will let you in. If you are someone else, choose another name.</translation>
    </message>
    <message>
        <source>De laptop reageert niet. Probeer het zo nog eens.</source>
        <translation>The laptop is not responding. Try again in a moment.</translation>
    </message>
    <message>
        <source>De begeleider heeft je niet toegelaten.</source>
        <translation>The facilitator did not let you in.</translation>
    </message>
    <message>
        <source>Alleen voor de begeleider, op de laptop zelf.</source>
        <translation>Only for the facilitator, on the laptop itself.</translation>
    </message>
    <message>
        <source>Dit verzoek heeft te veel of te lange kopregels.</source>
        <translation>This request has too many or too long header lines.</translation>
    </message>
    <message>
        <source>Er ging iets mis op de laptop. Probeer het nog eens.</source>
        <translation>Something went wrong on the laptop. Try again.</translation>
    </message>
    <message>
        <source>Onze praktijk</source>
        <translation>Our practice</translation>
    </message>
    <message>
        <source>De begeleider is al bij een andere stap. Je scherm is bijgewerkt.</source>
        <translation>The facilitator has moved on to another step. Your screen has been updated.</translation>
    </message>
    <message>
        <source>Je staat niet (meer) in deze sessie. Meld je opnieuw aan met de code.</source>
        <translation>You are not (or no longer) in this session. Join again with the code.</translation>
    </message>
    <message>
        <source>Deze naam hoort niet bij jullie team. Kies je naam zoals hij op de laptop staat: {0}.</source>
        <translation>This name is not on your team. Choose your name as it appears on the laptop: {0}.</translation>
    </message>
    <message>
        <source>Deze naam hoort niet bij jullie team.</source>
        <translation>This name is not on your team.</translation>
    </message>
    <message>
        <source>Telefoon meldt zich aan</source>
        <translation>Phone joins</translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij deze stap.</source>
        <translation>This card is not part of this step.</translation>
    </message>
    <message>
        <source>In deze stap wordt niet gestemd.</source>
        <translation>There is no voting in this step.</translation>
    </message>
    <message>
        <source>Op deze kaart wordt nu niet gestemd. Je scherm is bijgewerkt.</source>
        <translation>This card is not being voted on now. Your screen has been updated.</translation>
    </message>
    <message>
        <source>Je hebt al {0} van de {1} stemmen gebruikt in deze stap.</source>
        <translation>You have already used {0} of your {1} votes in this step.</translation>
    </message>
    <message>
        <source>Hier staat geen stem van jou.</source>
        <translation>You have no vote here.</translation>
    </message>
    <message>
        <source>Deze kaart had je al gekozen.</source>
        <translation>You had already chosen this card.</translation>
    </message>
    <message>
        <source>Je hebt al zoveel kaarten gekozen als mag ({0}); haal eerst een keuze weg.</source>
        <translation>You have already chosen as many cards as allowed ({0}); remove a choice first.</translation>
    </message>
    <message>
        <source>Deze kaart had je niet gekozen.</source>
        <translation>You had not chosen this card.</translation>
    </message>
    <message>
        <source>Dit is te lang; houd het bij een paar zinnen.</source>
        <translation>This is too long; keep it to a few sentences.</translation>
    </message>
    <message>
        <source>Een lege notitie wordt niet bewaard.</source>
        <translation>An empty note is not kept.</translation>
    </message>
    <message>
        <source>Antwoord van een telefoon</source>
        <translation>Answer from a phone</translation>
    </message>
    <message>
        <source>In deze stap staat er geen bord.</source>
        <translation>There is no board in this step.</translation>
    </message>
    <message>
        <source>Deze plek ligt niet op het bord.</source>
        <translation>This spot is not on the board.</translation>
    </message>
    <message>
        <source>Praktijk plaatsen (telefoon)</source>
        <translation>Place practice (phone)</translation>
    </message>
    <message>
        <source>In deze stap zijn er geen beurten.</source>
        <translation>There are no turns in this step.</translation>
    </message>
    <message>
        <source>Je bent nu niet aan de beurt. Je scherm is bijgewerkt.</source>
        <translation>It is not your turn now. Your screen has been updated.</translation>
    </message>
    <message>
        <source>Ik pas (telefoon)</source>
        <translation>Pass (phone)</translation>
    </message>
    <message>
        <source>Beurt klaar (telefoon)</source>
        <translation>Turn done (phone)</translation>
    </message>
    <message>
        <source>De stille ronde hoort bij een andere stap.</source>
        <translation>The silent round belongs to another step.</translation>
    </message>
    <message>
        <source>Stille ronde onthullen</source>
        <translation>Reveal silent round</translation>
    </message>
    <message>
        <source>De begeleider heeft deze stap op slot gezet.</source>
        <translation>The facilitator has locked this step.</translation>
    </message>
    <message>
        <source>De sessie is zo groot geworden dat er geen teksten van telefoons meer bij kunnen. Zeg het tegen de begeleider.</source>
        <translation>The session has grown so large that no more texts from phones fit. Tell the facilitator.</translation>
    </message>
    <message>
        <source>Je hebt in deze stap al {0} antwoorden gestuurd; meer kan hier niet.</source>
        <translation>You have already sent {0} answers in this step; no more are possible here.</translation>
    </message>
    <message>
        <source>Onbekende opdracht.</source>
        <translation>Unknown request.</translation>
    </message>
    <message>
        <source>Dit getal klopt niet.</source>
        <translation>This number is not valid.</translation>
    </message>
    <message>
        <source>Te vaak geprobeerd. Wacht een minuut en probeer het dan opnieuw.</source>
        <translation>Too many attempts. Wait a minute and then try again.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm.</source>
        <translation>This code is not right. Take another look at the screen.</translation>
    </message>
    <message>
        <source>Vanaf dit apparaat doen al {0} telefoons mee; meer kan niet. Ga verder op de pagina die al meedoet.</source>
        <translation>{0} phones are already taking part from this device; no more are possible. Carry on in the page that is already taking part.</translation>
    </message>
    <message>
        <source>De sessie is vol.</source>
        <translation>The session is full.</translation>
    </message>
    <message>
        <source>Je bent niet (meer) aangemeld. Meld je opnieuw aan met de code.</source>
        <translation>You are not (or no longer) signed in. Join again with the code.</translation>
    </message>
    <message>
        <source>Rustig aan: je stuurt sneller dan iemand kan typen. Wacht een paar seconden en probeer het dan opnieuw.</source>
        <translation>Slow down: you are sending faster than anyone can type. Wait a few seconds and then try again.</translation>
    </message>
    <message>
        <source>Er wachten al veel telefoons op de begeleider. Probeer het over een minuut opnieuw.</source>
        <translation>Many phones are already waiting for the facilitator. Try again in a minute.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen IP-adres; geef bijvoorbeeld 127.0.0.1 of 192.168.1.20.</source>
        <translation>&apos;{0}&apos; is not an IP address; give for example 127.0.0.1 or 192.168.1.20.</translation>
    </message>
    <message>
        <source>{0} zou op alle netwerken tegelijk luisteren; geef het adres van dit netwerk.</source>
        <translation>{0} would listen on all networks at once; give the address on this network.</translation>
    </message>
    <message>
        <source>{0} is geen adres van een lokaal netwerk; dat staat reflectiespel niet toe.</source>
        <translation>{0} is not a local network address; reflectiespel does not allow that.</translation>
    </message>
    <message>
        <source>De server kon niet starten op {0}:{1}. Is die poort al in gebruik? Kies een andere of laat de poort leeg.</source>
        <translation>The server could not start on {0}:{1}. Is that port already in use? Choose another one or leave the port empty.</translation>
    </message>
    <message>
        <source>Dit kon niet worden bewaard.</source>
        <translation>This could not be saved.</translation>
    </message>
    <message>
        <source>Dit verzoek is onleesbaar of te groot.</source>
        <translation>This request is unreadable or too large.</translation>
    </message>
    <message>
        <source>Dit kan niet in deze stap. Je scherm is bijgewerkt.</source>
        <translation>That is not possible in this step. Your screen has been updated.</translation>
    </message>
    <message>
        <source>Stuur een tot drie woorden.</source>
        <translation>Send one to three words.</translation>
    </message>
    <message>
        <source>Woorden van een telefoon</source>
        <translation>Words from a phone</translation>
    </message>
    <message>
        <source>Geef een cijfer van 0 tot en met 10.</source>
        <translation>Give a mark from 0 to 10.</translation>
    </message>
    <message>
        <source>Cijfer van een telefoon</source>
        <translation>Mark from a phone</translation>
    </message>
    <message>
        <source>Schrijf je idee als tekst.</source>
        <translation>Write your idea as text.</translation>
    </message>
    <message>
        <source>Idee van een telefoon</source>
        <translation>Idea from a phone</translation>
    </message>
    <message>
        <source>Deze stem klopt niet.</source>
        <translation>This vote is not right.</translation>
    </message>
    <message>
        <source>Dit idee staat niet (meer) op de muur.</source>
        <translation>This idea is not (or no longer) on the wall.</translation>
    </message>
    <message>
        <source>Stem van een telefoon</source>
        <translation>Vote from a phone</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>Doe mee</source>
        <translation>Join in</translation>
    </message>
    <message>
        <source>Meedoen lukt alleen als JavaScript aanstaat in je browser. Zet het aan in de instellingen en laad de pagina opnieuw, of doe mee op papier.</source>
        <translation>Joining only works with JavaScript switched on in your browser. Switch it on in the settings and reload the page, or join in on paper.</translation>
    </message>
    <message>
        <source>Code van het scherm</source>
        <translation>Code on the screen</translation>
    </message>
    <message>
        <source>Je naam (mag ook een schuilnaam)</source>
        <translation>Your name (a nickname is fine too)</translation>
    </message>
    <message>
        <source>Meedoen</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>De begeleider heeft deze stap op slot gezet.</source>
        <translation>The facilitator has locked this step.</translation>
    </message>
    <message>
        <source>Wat wil je dat er bewaard blijft? (mag leeg)</source>
        <translation>What do you want kept? (may be empty)</translation>
    </message>
    <message>
        <source>Klaar, de volgende</source>
        <translation>Done, next one</translation>
    </message>
    <message>
        <source>Ik pas</source>
        <translation>I pass</translation>
    </message>
    <message>
        <source>Welke praktijk?</source>
        <translation>Which practice?</translation>
    </message>
    <message>
        <source>Het bord: sleep je stip naar jullie plek, of gebruik de pijltjestoetsen</source>
        <translation>The board: drag your dot to your place, or use the arrow keys</translation>
    </message>
    <message>
        <source>Naar links</source>
        <translation>To the left</translation>
    </message>
    <message>
        <source>Naar rechts</source>
        <translation>To the right</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Waarom hier?</source>
        <translation>Why here?</translation>
    </message>
    <message>
        <source>Zet mijn stip hier</source>
        <translation>Put my dot here</translation>
    </message>
    <message>
        <source>Jouw antwoord</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>De laptop is niet bereikbaar. Zit je op hetzelfde wifi-netwerk?</source>
        <translation>The laptop cannot be reached. Are you on the same wifi network?</translation>
    </message>
    <message>
        <source>Dat lukte niet.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <source>De begeleider heeft deze telefoon uit de sessie gehaald.</source>
        <translation>The facilitator has removed this phone from the session.</translation>
    </message>
    <message>
        <source>Verbinding even weg; ik probeer het opnieuw…</source>
        <translation>Connection lost for a moment; trying again…</translation>
    </message>
    <message>
        <source>Je doet mee.</source>
        <translation>You have joined.</translation>
    </message>
    <message>
        <source>Je doet mee. Deze sessie is anoniem: je naam wordt niet bewaard.</source>
        <translation>You have joined. This session is anonymous: your name is not kept.</translation>
    </message>
    <message>
        <source>Je doet mee</source>
        <translation>You have joined</translation>
    </message>
    <message>
        <source>Je doet mee als {0}</source>
        <translation>You have joined as {0}</translation>
    </message>
    <message>
        <source>Nog even wachten op de eerste stap.</source>
        <translation>Waiting a little for the first step.</translation>
    </message>
    <message>
        <source>{0} · stap {1} van {2}</source>
        <translation>{0} · step {1} of {2}</translation>
    </message>
    <message>
        <source>Je hebt nog {0} van de {1} stemmen.</source>
        <translation>You have {0} of {1} votes left.</translation>
    </message>
    <message>
        <source>Slotvraag: {0}</source>
        <translation>Closing question: {0}</translation>
    </message>
    <message>
        <source>Stille ronde: schrijf voor jezelf. De begeleider laat alles tegelijk zien.</source>
        <translation>Silent round: write for yourself. The facilitator shows everything at once.</translation>
    </message>
    <message>
        <source>Je hebt 1 briefje geschreven.</source>
        <translation>You have written 1 note.</translation>
    </message>
    <message>
        <source>Je hebt {0} briefjes geschreven.</source>
        <translation>You have written {0} notes.</translation>
    </message>
    <message>
        <source>Stem weghalen bij {0}</source>
        <translation>Remove a vote from {0}</translation>
    </message>
    <message>
        <source>Jouw stemmen: {0}</source>
        <translation>Your votes: {0}</translation>
    </message>
    <message>
        <source>+ stem</source>
        <translation>+ vote</translation>
    </message>
    <message>
        <source>Stem op {0}</source>
        <translation>Vote for {0}</translation>
    </message>
    <message>
        <source>Gekozen ✓</source>
        <translation>Chosen ✓</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Keuze weghalen: {0}</source>
        <translation>Remove choice: {0}</translation>
    </message>
    <message>
        <source>Kies {0}</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <source>Jij bent aan de beurt</source>
        <translation>It is your turn</translation>
    </message>
    <message>
        <source>{0} is aan de beurt</source>
        <translation>It is {0}&apos;s turn</translation>
    </message>
    <message>
        <source>Iedereen is geweest. De laptop start een nieuw rondje.</source>
        <translation>Everyone has had a turn. The laptop starts a new round.</translation>
    </message>
    <message>
        <source>Daarna: {0}</source>
        <translation>After that: {0}</translation>
    </message>
    <message>
        <source>Je hebt gepast.</source>
        <translation>You passed.</translation>
    </message>
    <message>
        <source>Dank je. De volgende is aan de beurt.</source>
        <translation>Thank you. It is the next person&apos;s turn.</translation>
    </message>
    <message>
        <source>Je stip staat op het bord: {0}.</source>
        <translation>Your dot is on the board: {0}.</translation>
    </message>
    <message>
        <source>Je stip: {0}.</source>
        <translation>Your dot: {0}.</translation>
    </message>
    <message>
        <source>Je stip staat nog niet op het bord: sleep hem, of gebruik de pijlen.</source>
        <translation>Your dot is not on the board yet: drag it, or use the arrows.</translation>
    </message>
    <message>
        <source>{0} van 100 naar rechts, {1} van 100 omhoog</source>
        <translation>{0} of 100 to the right, {1} of 100 up</translation>
    </message>
    <message>
        <source>dicht bij {0}</source>
        <translation>close to {0}</translation>
    </message>
    <message>
        <source>tussen {0} en {1}</source>
        <translation>between {0} and {1}</translation>
    </message>
    <message>
        <source>voorbij {0}</source>
        <translation>beyond {0}</translation>
    </message>
    <message>
        <source>Bewaard tot de begeleider alles laat zien.</source>
        <translation>Kept until the facilitator shows everything.</translation>
    </message>
    <message>
        <source>Verstuurd.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Woord {0}</source>
        <translation>Word {0}</translation>
    </message>
    <message>
        <source>Verstuur mijn woorden</source>
        <translation>Send my words</translation>
    </message>
    <message>
        <source>Jouw woord</source>
        <translation>Your word</translation>
    </message>
    <message>
        <source>Verstuur mijn woord</source>
        <translation>Send my word</translation>
    </message>
    <message>
        <source>Jouw woorden</source>
        <translation>Your words</translation>
    </message>
    <message>
        <source>Je kunt nog {0} van je {1} woorden sturen.</source>
        <translation>You can still send {0} of your {1} words.</translation>
    </message>
    <message>
        <source>Je kunt nog één woord sturen.</source>
        <translation>You can send one more word.</translation>
    </message>
    <message>
        <source>Je hebt al je woorden gestuurd. Kijk op het scherm.</source>
        <translation>You have sent all your words. Look at the screen.</translation>
    </message>
    <message>
        <source>Typ eerst een woord.</source>
        <translation>Type a word first.</translation>
    </message>
    <message>
        <source>Je woord is verstuurd.</source>
        <translation>Your word has been sent.</translation>
    </message>
    <message>
        <source>Je {0} woorden zijn verstuurd.</source>
        <translation>Your {0} words have been sent.</translation>
    </message>
    <message>
        <source>Geef elke vraag een cijfer van 0 tot 10: schuif, of gebruik de pijltjes. Je cijfer is bewaard zodra je loslaat.</source>
        <translation>Give each question a mark from 0 to 10: slide, or use the arrow keys. Your mark is kept as soon as you let go.</translation>
    </message>
    <message>
        <source>Jouw web</source>
        <translation>Your web</translation>
    </message>
    <message>
        <source>Blauw: jouw cijfers. Oranje: het midden van de groep (bij een vraag met minstens drie cijfers). Alleen jij ziet jouw web.</source>
        <translation>Blue: your marks. Orange: the group&apos;s middle (for a question with at least three marks). Only you see your web.</translation>
    </message>
    <message>
        <source>Blauw: jouw cijfers. Alleen jij ziet jouw web.</source>
        <translation>Blue: your marks. Only you see your web.</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>nog geen cijfer</source>
        <translation>no mark yet</translation>
    </message>
    <message>
        <source>{0}: {1} bewaard.</source>
        <translation>{0}: {1} kept.</translation>
    </message>
    <message>
        <source>Klok: nog {0}</source>
        <translation>Clock: {0} left</translation>
    </message>
    <message>
        <source>De tijd is om.</source>
        <translation>Time is up.</translation>
    </message>
    <message>
        <source>De klok staat stil.</source>
        <translation>The clock is stopped.</translation>
    </message>
    <message>
        <source>Jouw idee (kort, zoals op een briefje)</source>
        <translation>Your idea (short, as on a sticky note)</translation>
    </message>
    <message>
        <source>Zet mijn idee op de muur</source>
        <translation>Put my idea on the wall</translation>
    </message>
    <message>
        <source>Je kunt nog {0} van de {1} ideeën op de muur zetten.</source>
        <translation>You can put {0} more of {1} ideas on the wall.</translation>
    </message>
    <message>
        <source>Je hebt al je ideeën op de muur gezet.</source>
        <translation>You have put all your ideas on the wall.</translation>
    </message>
    <message>
        <source>De muur: stem op de beste ideeën</source>
        <translation>The wall: vote for the best ideas</translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation>{0} votes</translation>
    </message>
    <message>
        <source>1 stem</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>Nog geen ideeën op de muur.</source>
        <translation>No ideas on the wall yet.</translation>
    </message>
    <message>
        <source>Schrijf eerst je idee op.</source>
        <translation>Write your idea down first.</translation>
    </message>
    <message>
        <source>Je idee staat op de muur.</source>
        <translation>Your idea is on the wall.</translation>
    </message>
    <message>
        <source>Je idee is bij de begeleider; die zet het op de muur.</source>
        <translation>Your idea is with the facilitator, who will put it on the wall.</translation>
    </message>
    <message>
        <source>Wacht op de begeleider.</source>
        <translation>Waiting for the facilitator.</translation>
    </message>
    <message>
        <source>Verstuurd. De begeleider laat je woorden zo zien.</source>
        <translation>Sent. The facilitator will show your words shortly.</translation>
    </message>
</context>
</TS>
