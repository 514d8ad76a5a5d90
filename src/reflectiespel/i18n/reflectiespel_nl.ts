<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaan we doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunt toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: naar deze stap. F2: wijzigen. Delete: weghalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Stap: stap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzig de stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg: stap verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap naar boven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap naar beneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een stap toevoegen na de gekozen stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel, uitleg en minuten van de gekozen stap wijzigen (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen stap weghalen (Delete); Ctrl+Z zet hem terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen stap een plek naar boven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen stap een plek naar beneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap weghalen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De stap &apos;{0}&apos; staat nu op het scherm. Weghalen?
De zaal ziet daarna &apos;{1}&apos;. Met Ctrl+Z (Ongedaan maken) zet je hem terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laten staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &apos;{0}&apos; weggehaald. Ongedaan maken (Ctrl+Z) zet hem terug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementStatus</name>
    <message>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsBody</name>
    <message>
        <source>Wat gaat er gebeuren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer is het klaar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer? (bijvoorbeeld 1 juni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jullie afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen afspraak weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog open van vorige keer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>opslaan lukt niet: dit is een map, geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan lukt niet ({0}); het oude bestand is niet veranderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map kan niet worden beschreven: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan lukt niet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan lukt niet: de tijdelijke bestanden verdwijnen steeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen schrijfrechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de schijfruimte (quota) is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systeemfout {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Automatisch opslaan lukt niet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand voor automatisch opslaan is in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardAccessible</name>
    <message>
        <source>Kies met Tab, verplaats met de pijltjes (Shift: grotere stappen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches op het bord: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardBackground</name>
    <message>
        <source>Bron: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Praktijk &apos;%1&apos; toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk &apos;%1&apos; weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; verschuiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; op het bord zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; van het bord halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden opschrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie vastleggen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>kan {0} niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPosition</name>
    <message>
        <source>dicht bij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorbij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tussen {0} en {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} van 100 naar rechts, {1} van 100 omhoog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Perspectieven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 plaatsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} plaatsingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Het midden: {2} ({3}). De middelste helft: van {4} tot {5} van 100 naar rechts, van {6} tot {7} van 100 omhoog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} perspectieven · ◆ het midden · kader: de middelste helft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTray</name>
    <message>
        <source>&lt;b&gt;Jullie praktijken&lt;/b&gt; — sleep er een op het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van jullie praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van een nieuwe praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleur van de nieuwe praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oranje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blauw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blauwgroen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bruin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zet de praktijk neer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zet neer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom schoof het? (één regel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom schoof de gekozen praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>straks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van het moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het bord laat zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posities en spreiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen posities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen spreiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldpraktijken tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere posities tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitlijnen op raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bord bewaren als afbeelding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kleur heeft een deelnemer al</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n keer op het bord)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De hele groep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Bord: de sociaal-artistieke as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>De sociaal-artistieke as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijken en weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab kiest een praktijk op het bord; pijltjes schuiven hem (met Shift in grotere stappen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG-afbeelding (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bord bewaren als afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Kalibratievel dubbelzijdig printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalibratievel: voorkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dit vel dubbelzijdig, omslaan langs de lange kant, op 100% (niet &apos;passend maken&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dit vel dubbelzijdig, omslaan langs de korte kant, op 100% (niet &apos;passend maken&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Houd het vel daarna tegen het licht en kijk naar de achterkant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalibratievel: achterkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kijk door het papier: waar kruist de rode lijn van de voorkant de blauwe linialen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees het getal af in mm: links-rechts is X, onder-boven is Y (bij elkaar, zoals 1.5,-0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print je kaarten dan met --offset X,Y. Staan de lijnen al op 0, dan hoeft er niets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees je links en rechts een andere Y (of boven en onder een andere X), dan draait de printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het vel een beetje: {0:.2f}° per mm verschil. Leg het papier dan rechter in de lade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit vel is geprint met verschuiving {0:g},{1:g} mm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen (één per regel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen tekst achterkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies plaatje…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies plaatje voor de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen plaatje: het plaatje weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen plaatje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege kaart om zelf in te vullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraagt naar werk dat al loopt (niet voor een nieuw team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopt al</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>Overzicht van alle kaarten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardKind</name>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo speel je</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over deze set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPainter</name>
    <message>
        <source>Opdracht: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRoundBody</name>
    <message>
        <source>De kaart van deze ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achterkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik of druk F om de kaart om te draaien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kaart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>cirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vierkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driehoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kruis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeshoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbool van categorie {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standaard ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseSessions</name>
    <message>
        <source>Sessies voor het pad kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de sessies van dezelfde groep (twee of meer). De volgorde maakt niet uit: het pad loopt van de oudste naar de nieuwste datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies om te kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere bestanden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere bestanden kiezen (sessies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recente sessies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze sessie is geen route van Samen reflecteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is de reflectie van vandaag zelf; kies die van een eerdere keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies gedaan, nog open of vervallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet opnieuw geplaatst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer naar kunst als doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer naar kunst als middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van {0} naar {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op dezelfde plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nu: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Reflectie van vorige keer openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niets geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek op de as, vorige keer en nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen waarden, vorige keer en nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken van vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek op de as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen waarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open de reflectie van de vorige keer (een .reflectiespel-bestand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere reflectie openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er stonden geen afspraken open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe staat het met: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSpoken</name>
    <message>
        <source>Nu: {0} (kaart {1} van {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: geen stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: stap {0} van {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok: geen klok bij deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tijd is om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klaar om te starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gepauzeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (oefenronde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet een zwart scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet nog niets: de sessie heeft geen stappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet stap &apos;{0}&apos; met de kaart &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet stap &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Wat de zaal ziet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start klok (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok starten of pauzeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok starten of pauzeren (T; tijdens typen Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een minuut erbij op de klok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De klok terug naar de tijd van de stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige kaart of stap (← of PgUp; tijdens typen Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende kaart of stap (→, spatie of PgDn; tijdens typen Alt+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◧ Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda en deelnemers tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen ◨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen (notities, keuzes, acties) tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities bij deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuzes en stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten die de groep maakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectie starten (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectie stoppen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wissel scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwart (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag printen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geluid bij nul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefenronde (klok 10×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén scherm: de projectie staat in een eigen venster. Sluit een beamer aan en druk F5 of kies &apos;Wissel scherm&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De projectie op de beamer zetten (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De projectie sluiten (Esc, niet tijdens typen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het scherm van de zaal op zwart en terug (B of punt; tijdens typen Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan onder een andere naam (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag als PDF maken (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag printen, met het printvenster van je computer (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities, keuzes en actiepunten voor e-mail, Excel of Word (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De projectie naar het andere scherm (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min: een minuut erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw: klok terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de zaal stuurt, en invoeren voor wie geen telefoon heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop de hele agenda door met een klok die tien keer zo snel loopt, en zie daarna of de tijd klopt (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een piep als de klok op nul staat (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot beeld op de projectie: grotere letters, minder woorden (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken: {0} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets om ongedaan te maken (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw doen: {0} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets om opnieuw te doen (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw gedaan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bord. Pijltjes: de gekozen stip schuiven (Shift+pijl: grote stap) · Tab: volgende stip · Esc: klaar met het bord, terug naar presenteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typen. Esc: terug naar presenteren · tijdens typen: Alt+→ volgende · Alt+← vorige · Alt+B zwart · Alt+T klok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenteren. → of spatie: volgende · ←: vorige · B: zwart · T: klok · F5: projectie · Esc: projectie uit · Ctrl+N: notitie typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar met het bord: → of spatie gaat weer naar de volgende kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet dit bord, met de titel en uitleg van de stap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De open actiepunten van &apos;{0}&apos; staan bij de eerste stap (tabblad Acties): wat is ervan gekomen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: geen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straks: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij stap {0} is niets gekozen: die kaart staat straks niet op de stemlijst van stap {1}. Terug met ◀ en klik in Keuzes wie hem kiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg in Keuzes vast wie deze kaart kiest: alleen gekozen kaarten komen op de stemlijst van stap {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}{2} – Reflectiespel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen klok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (oefenen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauze (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefenronde: de klok loopt tien keer zo snel en start bij elke stap. Klik nog eens op &apos;Oefenronde&apos; om te stoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefenronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie kon niet worden opgeslagen in {0}:
{1}

Niets is verloren: de automatische kopie blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je de sessie opslaan voordat je hem sluit?
Kies je &apos;Niet opslaan&apos;, dan is de sessie daarna weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag maken lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag bewaard in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (let op: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verslag naar de printer gestuurd (%n pagina&apos;s)</source>
        <translation>
            <numerusform>Verslag naar de printer gestuurd (%n pagina)</numerusform>
            <numerusform>Verslag naar de printer gestuurd (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printen lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;Excel-werkmap (*.xlsx);;Word-document (*.docx);;CSV voor Excel (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren lukt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gemaakt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>de categorie &apos;{0}&apos; staat er twee keer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; bestaat al (kaart {1}); elke kaart heeft een eigen id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de categorie &apos;{0}&apos; bestaat niet in deze set (wel: {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEdit</name>
    <message>
        <source>Nieuwe kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat valt je op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staan nog kaarten in deze categorie; geef die eerst een andere categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (eigen versie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Kaarten van de set (sleep om de volgorde te veranderen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten (sleep om te ordenen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Kaart: kaart toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg: kaart weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo ziet de kaart eruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze tekst past niet op een {0}-kaart, ook niet in de kleinste letter: maak hem korter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: geprint op {0}-formaat wordt de letter {1:.1f} pt, kleiner dan {2:g} pt. Maak de tekst korter of kies een grotere kaartmaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: los eerst de melding(en) in rood op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen nog niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} bewerken — {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een set heeft minstens één kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; weggehaald. Ongedaan maken: Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorie weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatje kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatje niet gekopieerd: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De set &apos;{0}&apos; heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckFile</name>
    <message>
        <source># Kaartenset voor reflectiespel. Zie docs/deck-format.md voor de velden; controleer met
# &apos;reflectiespel decks validate &lt;dit bestand&gt;&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set wordt als bestand te groot ({0}; een set is hoogstens {1}): maak de teksten korter of splits de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan lukt niet ({0}); er is niets geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart &apos;{0}&apos;: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de plaatjes zijn samen te groot ({0}; de grens is {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit bestand bestaat al; kies een andere naam of overschrijf het bewust (--overschrijven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is een map; kies een naam voor het bestand van de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set zou niet meer opengaan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set zou niet meer opengaan; er is niets geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet in de map van de set komen: daar staat al een map of snelkoppeling met die naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan is halverwege gestopt ({0}): deze plaatjes staan al in de map: {1}; de set zelf is niet vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier staat al een map of snelkoppeling met die naam; er is niets gekopieerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen (één per regel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartmaat bij printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleur achterkant (#RRGGBB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst achterkant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>Spreadsheet importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaartenset.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckPage</name>
    <message>
        <source>Pas deze set aan (een ingebouwde set: je bewerkt een eigen kopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron van de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ga naar kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Bibliotheek (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar alle sets (Alt+pijl links of Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printen… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print deze set als kaarten om te knippen (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ga naar kaart (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ga naar (Ctrl+G):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige kaart (pijl links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende kaart (pijl rechts, spatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omdraaien (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schudden (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschud: {0} kaarten in een nieuwe volgorde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer in de volgorde van de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draai de kaart om (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schud de kaarten (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle kaarten tegelijk (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originele volgorde (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaarten weer in de volgorde van de set (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0} · geschud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckTile</name>
    <message>
        <source>{0}, {1} kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de map van je organisatie: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: kan niet worden geladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · van je organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · eigen set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet worden geladen:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(en nog {0}; wijs de tegel aan om alles te zien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (en nog {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Cultuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Stap wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel van de stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg voor de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Klaar! Dit hebben jullie gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van de reflectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Terug naar de laatste stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de laatste stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting als tekst bewaren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan en sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>het bestand kan niet worden gelezen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de ingebouwde set in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de eigen set in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze set heeft dezelfde id &apos;{0}&apos; als de set van je organisatie in {1}; die andere wordt gebruikt. Geef deze set een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de ingebouwde werkvorm in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de eigen werkvorm in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze werkvorm heeft dezelfde id &apos;{0}&apos; als de werkvorm van je organisatie in {1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de ingebouwde route in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de eigen route in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze route heeft dezelfde id &apos;{0}&apos; als de route van je organisatie in {1}; die andere wordt gebruikt. Geef deze route een eigen id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stap_titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keuzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen_kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perspectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opdracht: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Deelnemers:** {0} (anoniem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Deelnemers:** {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Stap {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {0} koos: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Plaats | Kaart | Stemmen |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Praktijk | Wie | Plek | Waarom |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Opdracht:* {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Wat | Wie | Wanneer |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woordwolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samengevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd_via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laagste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoogste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorige_keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorige_mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vastgepind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deden_mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via_telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via_begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Ideeënmuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Idee | Stemmen | Status |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Woordwolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Woord | Genoemd door | Op het scherm |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} woorden ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Vraag | Cijfers | Midden | Van – tot |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Vorige keer |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Schaal van 0 tot 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} via telefoon, {1} via begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Stap | Deden mee | Telefoon | Via begeleider |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Wie |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgorde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemaakt_door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerdere_namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessie_titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam_toen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verschoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opmerking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSheet</name>
    <message>
        <source>sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keuzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woordwolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideeën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridWindow</name>
    <message>
        <source>Kiezen en stemmen – Reflectiespel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCardsPanel</name>
    <message>
        <source>Titel van de eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van jullie grensobject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is het, wat maakt het zichtbaar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Deze sessie is geen route van Samen reflecteren; open hem in de sessiemodus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nu niemand aan de beurt om te kiezen; begin een nieuw rondje.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaWallPanel</name>
    <message>
        <source>Idee invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een idee, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee toevoegen namens de gekozen deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De muur in getallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeën op de muur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem erbij: een stem van de gekozen deelnemer op het gekozen idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem eraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem eraf: een stem van de gekozen deelnemer weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastpinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastpinnen of losmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbergen of weer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen: de gekozen ideeën tellen als het bovenste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer los</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer los: de ideeën die met het gekozen idee zijn samengevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen vastgepinde op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5 naar actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5 naar actiepunten: de vijf ideeën met de meeste stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vijf ideeën met de meeste stemmen worden actiepunten van de volgende stap (Ctrl+Z maakt het ongedaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst bij &apos;Namens wie&apos; voor wie deze stem is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ideeën staan nu bij de actiepunten van &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht op vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vastgepind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {0} samengevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ideeën, {1} stemmen; {2} ideeën ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>Dit idee staat niet (meer) op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst je idee op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee is te lang: hoogstens {0} tekens, zoals op een briefje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft al {1} ideeën op de muur gezet; meer kan in deze stap niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze muur is vol ({0} ideeën).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee is al vastgepind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee was niet vastgepind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee vastpinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee losmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee is al verborgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee staat al op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens twee verschillende ideeën om samen te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeën samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets met dit idee samengevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeën weer los</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen vastgepinde ideeën op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle ideeën op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op dit idee kan niet meer gestemd worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen ideeën met stemmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze ideeën staan al bij de actiepunten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top {0} naar de actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Er ging iets mis: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartenset importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang van het lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen in de spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van de kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: er is iets mis. Verbeter het in de spreadsheet, bewaar die en kies Importeren… opnieuw. Er is niets bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: &apos;{1}&apos;, %n kaarten (gelezen als {2}). Komt in {3}.</source>
        <translation>
            <numerusform>{0}: &apos;{1}&apos;, %n kaart (gelezen als {2}). Komt in {3}.</numerusform>
            <numerusform>{0}: &apos;{1}&apos;, %n kaarten (gelezen als {2}). Komt in {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het voorbeeld toont de eerste {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De set wordt bewaard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: de set is niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set bestaat al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een set &apos;{0}&apos;. Wil je die vervangen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPaint</name>
    <message>
        <source>{0} woorden van {1} deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} woorden · hoe vaak ze genoemd zijn, komt straks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen woorden. Stuur er een tot drie met je telefoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en nog {0} woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers gaven een cijfer · ● cijfer · | midden (mediaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ◇ vorige keer ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze schaal heeft nog geen vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers gaven een cijfer · de uitslag komt straks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgepinde ideeën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ideeën · {1} stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ideeën · de stemmen komen straks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen vastgepinde ideeën.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen ideeën. Zet je idee op de muur met je telefoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en nog {0} ideeën</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Namens wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie zonder telefoon: kies de deelnemer. Wat je invoert, staat erbij als ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(groep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoer van de zaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <source>Deze sessie heeft nog geen stappen; voeg eerst een stap toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De actiepunten van vorige keer staan al in deze sessie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten van vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTimePanel</name>
    <message>
        <source>Van vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actiepunten van &apos;{0}&apos; {1}: wat is ervan gekomen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe staat het met: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>← Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartenset importeren uit een spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een set van een spreadsheet (.xlsx of .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon opslaan voor een spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een lege spreadsheet om je eigen kaarten in te typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartensets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter). Eigen sets zet je in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaartensets worden geladen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen kaartensets gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveOverlay</name>
    <message>
        <source>Code om mee te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres om mee te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er in de stille ronde is geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres en code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een telefoon op naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons die meedoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht op jouw ja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons die wachten op jouw ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon toelaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon weigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoer op slot voor deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-code op de projectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stille ronde starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles tegelijk laten zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stille ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zacht geluid op de telefoons als de tijd om is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke telefoon toont de klok van de stap. Aan: een zachte toon op de telefoons als de klok op nul komt. Standaard uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komen telefoons er niet in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komen telefoons er niet in? Hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp bij telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet mee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus telefoons kunnen hem niet vinden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (was weggestuurd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (op een tweede apparaat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een telefoon wacht op jouw ja: kijk in het tabblad Telefoons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wie doet mee: %n telefoon(s), {0} met &apos;{1}&apos;</source>
        <translation>
            <numerusform>Wie doet mee: %n telefoon, {0} met &apos;{1}&apos;</numerusform>
            <numerusform>Wie doet mee: %n telefoons, {0} met &apos;{1}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wie doet mee: %n telefoon(s)</source>
        <translation>
            <numerusform>Wie doet mee: %n telefoon</numerusform>
            <numerusform>Wie doet mee: %n telefoons</numerusform>
        </translation>
    </message>
    <message>
        <source>Uit. Zet de schakelaar aan om deelnemers met hun telefoon mee te laten doen (zonder internet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan. Adres: {0}   Code: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(meldt zich aan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie is bijna te groot om te bewaren: telefoons kunnen geen tekst meer sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stille ronde: {0} briefje(s) geschreven, nog niet zichtbaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflectiespel-sessie (*.reflectiespel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectiespel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe sessie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad van onze praktijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartensets opnieuw laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map met eigen kaartensets openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over reflectiespel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast zoals het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoog contrast (wit op zwart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De keuze kon niet worden bewaard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectiespel {0}

Kaartensets, begeleide sessies en de sociaal-artistieke as, voor mensen die cultuur verbinden met zorg, welzijn en beleid. Werkt zonder internet.

Eigen kaartensets: {1}
Gegevens en reservekopieën: {2}

Licentie: MIT. Lettertype: DejaVu Sans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over reflectiespel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set niet gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaartenset &apos;{0}&apos; is niet (meer) te vinden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie niet gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bewerkt een eigen kopie: {0}. De set van je organisatie blijft zoals hij was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bewerkt een eigen kopie: {0}. De ingebouwde set blijft zoals hij was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon opgeslagen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze sessie kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een kopie van een sessie die ook open is; de kopie gaat apart verder, met een eigen automatische kopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie &apos;{0}&apos; werd niet netjes afgesloten (laatst bewaard om {1} op {2}).
Wil je verder waar je was?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie herstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• een automatische kopie van {0} om {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een automatische kopie van een sessie die niet netjes werd afgesloten, maar die kan niet worden geopend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn automatische kopieën van sessies die niet netjes werden afgesloten, maar die kunnen niet worden geopend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie kan niet worden hersteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectiespel verandert en verwijdert deze bestanden niet; ze staan in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: de automatische kopie blijft bewaard en je krijgt deze vraag bij de volgende start opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weggooien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De automatische kopie met alle notities van deze sessie wordt gewist. Dat kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>… en meer: zie &apos;Details tonen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>Nieuwe sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkvorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (kan niet worden gebruikt: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege sessie
Je voegt zelf stappen toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deel van de werkvorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anoniem: geen namen in verslag en export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén per regel, eventueel met domein:
Anna, cultuur
Bram, zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een werkvorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} delen van ongeveer {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ongeveer {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle delen in één sessie, met een pauze ertussen (ongeveer {0} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (ongeveer {1} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {0} deelnemers duurt dit ongeveer {1} minuten, met de pauzes. De agenda laat zien waar een deel eindigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {0} deelnemers duurt dit ongeveer {1} minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat is langer dan {0} minuten: maak rondes korter of werk in groepjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie ben je, en waarom ben je hier?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Wie zei het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zegt de groep? Typ en druk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities van deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(groep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (telefoon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgFolderMenu</name>
    <message>
        <source>Map van je organisatie kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map van je organisatie niet meer gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingesteld door je organisatie ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een gedeelde map met kaartensets en werkvormen van je organisatie; de app leest hem alleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map van je organisatie kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze map kan niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is geen map (of is nu niet bereikbaar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is (of bevat) je eigen map met kaartensets. Kies de gedeelde map van je organisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet onthouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De keuze kan niet worden bewaard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map van je organisatie wordt niet meer gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartensets en werkvormen uit {0} staan nu in de app (alleen lezen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de nieuwe deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam of schuilnaam, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deelnemers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>het Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het Engels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie {0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: niet gebruikt; een pad heeft ten hoogste {1} sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: niet gebruikt; de sessies van een pad zijn samen ten hoogste {1} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: kan niet gelezen worden ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: deze sessie staat al in het pad (een kopie van hetzelfde bestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op een ander bord gezet (&apos;{0}&apos;); de plekken zijn als getallen van 0 tot 1 overgenomen, maar de vakken en woorden kunnen iets anders betekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemaakt in {0}; de namen en redenen staan er zoals ze toen zijn ingetypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een andere groep: &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen praktijken op het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (met de hand gekoppeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat alleen in sessie {1} ({2}); in de andere sessies is geen praktijk met dezelfde naam of hetzelfde kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heet in sessie {1} ({2}, in {3}) &apos;{4}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heet vanaf sessie {1} ({2}) &apos;{3}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad van onze praktijk: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad van onze praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (toen: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, sessie {1} ({2}, {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): van sessie {2} ({3}) naar sessie {4} ({5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen reden opgeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(eerder: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De plekken van de praktijken op de sociaal-artistieke as, per sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle perspectieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessies, van {1} tot {2} · perspectief: {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathProjection</name>
    <message>
        <source>Pad van onze praktijk — projectie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Bord met het pad van de praktijken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathWindow</name>
    <message>
        <source>Pad van onze praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspectief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecteren (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren als PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren als werkmap voor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijken: plek en redenen per sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen aan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen aan een praktijk met een andere naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelingen wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies in het pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie weghalen uit het pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat opviel bij het samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijken (plek en waarom, per sessie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat opviel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet elke sessie kon worden gebruikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bestanden zijn niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een sessie in de lijst Sessies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst in de lijst de praktijk die je wilt koppelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen praktijk om &apos;{0}&apos; aan te koppelen: elke andere staat in een sessie waar &apos;{0}&apos; ook staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle perspectieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies twee of meer sessies van dezelfde groep (Sessies kiezen…, Ctrl+O). Het pad laat zien waar elke praktijk per sessie stond, en waarom hij schoof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén sessie gekozen; kies er nog een voor een pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijs een stip of pijl aan voor de reden; klik een stip of kies in de lijst om één praktijk te volgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(eerder: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle praktijken zijn in elke sessie teruggevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectie stoppen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad bewaren als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad bewaren als PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad bewaren als Excel-werkmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke praktijk is dezelfde als &apos;{0}&apos;, maar kreeg in een andere sessie een andere naam?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; kan niet verkleind worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is te groot om zo te tekenen en de verkleinde versie kan niet in {1} worden bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map van de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map van de spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een pad vanaf de schijf; gebruik een plaatje in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; wijst buiten {1}; gebruik een plaatje in die map zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een snelkoppeling (symbolische link); kopieer het plaatje zelf in de map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een map, geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een pijp (FIFO) van een ander programma, geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een apparaat, geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een verbinding (socket), geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gewoon bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het plaatje &apos;{0}&apos; is niet gevonden in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: de map &apos;{1}&apos; is {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet worden gelezen ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; wijst buiten de map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is te groot voor een plaatje ({1}; de grens is {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft veel te veel beeldpunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; heeft te veel beeldpunten ({1} × {2}); zo&apos;n {3} mag er hoogstens {4} miljoen hebben. Maak het plaatje kleiner: voor een kaart is 2000 beeldpunten breed ruim genoeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is beschadigd: het begint als een plaatje, maar is niet te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een {1}-bestand; reflectiespel gebruikt plaatjes in PNG of JPEG. Bewaar het opnieuw als .png of .jpg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen plaatje (PNG of JPEG), al heet het misschien zo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Categorie &apos;{0}&apos;: de naam is te lang voor de gekleurde band op de kaart en is afgekort (…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0}: de tekst past niet op de kaart, ook niet in de kleinste letter ({1:g} pt); het laatste stuk is weggelaten (…). Maak de tekst korter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0}: het plaatje is weggelaten: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0}: het plaatje &apos;{1}&apos; kan niet gelezen worden en is weggelaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart {0}: de tekst op de achterkant past niet, ook niet in de kleinste letter ({1:g} pt); het laatste stuk is weggelaten (…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De set &apos;{0}&apos; heeft geen categorie {1}. Kies uit: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal exemplaren moet tussen 1 en 100 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal lege kaarten per categorie moet tussen 0 en 100 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen kaarten om te printen in de gekozen categorieën.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de verschuiving {0},{1} mm is te groot: meet opnieuw met het kalibratievel; een printer verschuift hooguit een paar mm (grens ±{2} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende kaartmaat &apos;{0}&apos; (kies uit: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend papier &apos;{0}&apos; (kies uit: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende keuze voor achterkanten &apos;{0}&apos; (kies uit: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de afloop (bleed) moet tussen 0 en 10 mm liggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een kaart van {0:g}×{1:g} mm past niet op {2} met deze afloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: dat is een map. Geef een bestandsnaam, bijvoorbeeld {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaarten.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: de map {1} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: {1} is geen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Het PDF-bestand kon niet worden gemaakt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er kon niet worden geprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartmaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1:g} × {2:g} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achterkanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelzijdig, omslaan langs de lange kant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelzijdig, omslaan langs de korte kant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naast de voorkant, om te vouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen achterkanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo ver loopt de kleur door buiten de snijlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snijtekens (buiten de kaarten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snijtekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inktzuinige achterkanten (rand en naam op wit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste pagina met uitleg en afvinklijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege kaarten per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschuiving achterkant X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschuiving achterkant Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschuiving X, Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Sla een PDF op en print die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vierkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen kaartensets om te printen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één categorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achterkanten vel 1 (gespiegeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorkanten vel 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} per vel: {2}, {3}. {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kaarten</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vellen</source>
        <translation>
            <numerusform>%n vel</numerusform>
            <numerusform>%n vellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pagina&apos;s</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw op de streepjeslijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: {0} ({1} pagina&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op, tekst past niet helemaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De printer ‘{0}’ kan niet dubbelzijdig printen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen printer kan niet dubbelzijdig printen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De achterkanten komen dan op aparte vellen, om en om met de voorkanten: draai die zelf om en leg ze terug in de printer, of kies bij Achterkanten ‘Naast de voorkant, om te vouwen’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De printer kan niet worden gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet dubbelzijdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet printen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met printen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het printvenster staat dubbelzijdig printen uit, of omslaan langs de andere kant dan je koos. Dan vallen de achterkanten niet achter hun voorkanten. Kies in het printvenster dubbelzijdig, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omslaan langs de lange kant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omslaan langs de korte kant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pagina&apos;s naar de printer gestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintInstructions</name>
    <message>
        <source>Print dubbelzijdig en laat het vel omslaan langs de lange kant (zoals een boek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dubbelzijdig en laat het vel omslaan langs de korte kant (zoals een kalender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig: er zijn geen achterkanten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig. Knip elke kaart met zijn achterkant eruit en vouw op de streepjeslijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print op ware grootte: 100 %, niet &apos;passend maken&apos; of &apos;aanpassen aan pagina&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier: stevig, 160 tot 250 g/m² (200 g/m² knipt en schudt goed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knip eerst de lange lijnen over het hele vel, dan de korte; met een snijmachine of een liniaal en een mes wordt het recht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kleur loopt {0} mm door buiten de kaart: snijd op de snijtekens, niet op de rand van de kleur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan geen snijtekens: knip langs de dunne rand van elke kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet eerst één vel proef: houd het tegen het licht en kijk of de achterkant achter de voorkant valt (anders: &apos;reflectiespel print --calibration&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel na: 1 kaart op 1 vel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel na: {0} kaarten op 1 vel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel na: {0} kaarten op {1} vellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke kaart draagt onderaan zijn nummer (n/N); vink hieronder af wat je hebt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: printen en knippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afvinklijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kant blijft leeg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Het verslag kon niet worden geprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de printer kan niet worden gebruikt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>, regel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt; dit veld is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet tekst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft niet de goede vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een lijst zijn (regels die beginnen met &apos;- &apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een groep velden zijn (naam: waarde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een heel getal zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een getal zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet ja of nee zijn (true of false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is te klein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is te groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft te weinig onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft te veel onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft een waarde die niet is toegestaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een datum zijn (jjjj-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een datum zijn (jjjj-mm-dd), zonder tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een datum met tijd zijn (jjjj-mm-ddTuu:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een tijd zonder tijdzone zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een tijd met tijdzone zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een tijd zijn (uu:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een gewoon getal zijn (niet oneindig of &apos;geen getal&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is een te groot getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet gewone tekst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag alleen gewone letters en cijfers bevatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet leeg zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat iets wat geen losse waarde is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft een naam die geen tekst is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft een soort die niet bestaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mist het veld dat zegt welke soort het is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een webadres zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een webadres zijn dat begint met https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is te diep genest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is geen geldige JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag niet veranderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft een waarde die niet klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is geen bekend veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bedoel je &apos;{0}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een van deze zijn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heeft te veel onderdelen (hoogstens {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een waarde in het bestand kan niet worden gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier staat een getal van {0} cijfers; dat is te lang (hoogstens {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <source>Projectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen stappen in deze sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gepauzeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klaar om te starten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <source>Reflectiespel – projectie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR-code om mee te doen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Cijfer van 0 tot 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een cijfer van 0 tot 10 in de kolom van wie geen telefoon heeft (Enter bewaart, Delete haalt weg). Cursief: ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij de schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers per vraag en deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schaal in getallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe vraag, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag weghalen: de gekozen vraag, met haar cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer erbij: de cijfers van de vorige sessie met deze groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoekt de laatste sessie van dezelfde groep met cijfers op deze vragen, en zet die naast de cijfers van nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen eerdere sessie van de groep &apos;{0}&apos; met cijfers op deze vragen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen groep ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers van &apos;{0}&apos; staan erbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: mediaan {1}, van {2} tot {3} ({4} cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; vorige keer {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vraag staat niet (meer) op de schaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een cijfer van {0} tot en met {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier staat geen cijfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ eerst de vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een schaal heeft hoogstens {0} vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vraag staat al op de schaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die sessie heeft geen cijfers voor deze vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers van vorige keer erbij</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Oefenronde: {0} van de {1} geplande minuten gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; liep uit: {1} minuten in plaats van {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geoefend: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>één partij stuurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sturing wisselt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sturing gedeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kunst als middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sociaal-artistiek samenwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kunst als doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichte stip met nummer: waar de groep de praktijk nu zet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open stippelrondje met hetzelfde nummer: waar een perspectief hem zet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grijs: eerdere momenten ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina {0} van {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag van de reflectiesessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deelnemers:&lt;/b&gt; {0} (dit verslag noemt geen namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat we deden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kaarten:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Eigen kaarten:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(achterin, om uit te knippen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jullie eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de volgende vellen staan de kaarten die jullie zelf maakten, klaar om te knippen. Print ze dubbelzijdig (omslaan langs de lange kant) voor de achterkanten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woordwolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoemd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} van de woorden zijn ingevoerd door de begeleider, voor wie geen telefoon had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeënmuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ideeën zijn ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal van 0 tot 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke stip is één cijfer; de streep is het midden (mediaan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De open ruit is het midden van vorige keer ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cijfers zijn ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deden mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie in een stap iets inbracht, met de eigen telefoon of via de begeleider. Wie allebei deed, telt in beide kolommen en één keer bij &apos;Deden mee&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie is anoniem: hier staan geen namen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Het verslag kon niet worden gemaakt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>Wat de zaal leest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaal ziet stap {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwart scherm (B: weer aan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen stappen in deze sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De uitslag van deze stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStepKind</name>
    <message>
        <source>Uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarden kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijken met vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>de kaartenset &apos;{0}&apos; bestaat niet (of heeft zelf een probleem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set &apos;{0}&apos; heeft geen categorie &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set &apos;{0}&apos; heeft geen kaart &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een kaart over de set (uitleg, bronnen of &apos;let op&apos;), geen kaart om te delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze route is voor een nieuw team (new_team: true), maar de kaart &apos;{0}&apos; vraagt naar werk dat al loopt (underway: true); kies een andere kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze stap heeft geen kaarten om te delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er zijn maar {0} kaarten om te delen, niet {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is een route voor een team: vul minstens twee namen in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Jullie antwoord op de slotvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ hier jullie korte antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vorige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauzeren en opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap %1 van %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afronden ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen is geweest. Nog een rondje, of door naar de volgende stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar met deze kaart? Ga door, of kijk nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bord is hier niet beschikbaar. Teken de as op papier: links kunst als middel, rechts kunst als doel, en drie banen: één partij stuurt, de sturing wisselt, of jullie delen de sturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaartenset &apos;%1&apos; is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>dit is geen bestand maar een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen bestand maar een pijp (FIFO) van een ander programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen bestand maar een apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen bestand maar een verbinding (socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit soort bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te groot voor een {0} ({1}; de grens is {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestaat niet (meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen leesrechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een leesfout van de schijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te veel verwijzingen (symlinks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is nu niet te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systeemfout {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenBanner</name>
    <message>
        <source>Schermen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding over de schermen sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenBox</name>
    <message>
        <source>Wat de zaal ziet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst langs mij: ik geef vrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenstand op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenstand op de telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoons zien wat anderen stuurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat telefoons sturen, zie jij eerst; het komt pas op het scherm en op de andere telefoons als jij het vrijgeeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit: aantallen, stemmen en cijfers blijven verborgen tot je dit aanzet (de onthulling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht op vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijgeven: wat je in de lijst koos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} wachten op vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Er is maar één scherm: wisselen kan pas als er een beamer is aangesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start eerst de projectie (F5); daarna wisselt &apos;Wissel scherm&apos; de twee schermen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewisseld: de projectie en dit venster hebben van scherm geruild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beamer is weg. De projectie staat nu in een venster op dit scherm; de sessie loopt gewoon door, er is niets verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is weer een beamer. Zet de projectie er weer op met de knop of met F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectie naar de beamer (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een tweede scherm aangesloten. F5 zet de projectie erop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Onbekende schakelaar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitslag laten zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de zaal ziet wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wacht hier niets om vrij te geven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wacht niets meer; alles staat al op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles vrijgeven ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Nieuwe sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt in de sessie &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaarten: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is geen {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Deze wijziging is niet gedaan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: deze sessie is {0} groot; boven {1} kan hij niet meer worden bewaard. Telefoons kunnen geen tekst meer sturen. Begin voor het vervolg een nieuwe sessie, of haal lange notities weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot beeld staat aan voor deze sessie; de keuze kon niet worden bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionOps</name>
    <message>
        <source>Een id verandert niet; maak liever iets nieuws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend veld: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kun je hier niet wijzigen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen stap; er is niets toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stap staat al in de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stap klopt niet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een lege notitie wordt niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze notitie is te lang; splits hem in kleinere stukken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze notitie kan niet worden bewaard: de deelnemer of kaart klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft deze kaart al gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft al een kaart gekozen; haal eerst die keuze weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft al {1} kaarten gekozen; haal eerst een keuze weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart was niet gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef minstens één stem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze stap wordt niet gestemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft de enige stem in deze stap al gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft al {1} van de {2} stemmen gebruikt in deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze kaart wordt in deze stap niet gestemd: alleen op de kaarten die eerder gekozen zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier staat geen stem van deze deelnemer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op wat er moet gebeuren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunt toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunt wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunt verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de kaart een titel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaart verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de praktijk een naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze praktijk staat niet (meer) op het bord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit &apos;waarom&apos; is te lang; houd het bij een paar zinnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionParts</name>
    <message>
        <source>Deze stap bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze deelnemer bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze notitie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit actiepunt bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze eigen kaart bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit onderdeel van de sessie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>puntkomma&apos;s (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>komma&apos;s (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is gemengd: het meeste is UTF-8, maar regel {0} niet. Bewaar de spreadsheet opnieuw als &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst is geen UTF-8 en ook geen Windows-1252 (de codering van Excel in Nederland), bijvoorbeeld op regel {0}; misschien Japans (Shift-JIS) of een andere codering. Bewaar de spreadsheet als &apos;CSV UTF-8&apos; en lees hem opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (zo bewaart Excel in Nederland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst is beschadigd (geen geldige UTF-8 of UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit lijkt geen tekstbestand (er staan nul-tekens in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0}: er staat iets na kolom {1}; een kaartenset heeft hoogstens {1} kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, gescheiden door {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0} (vanaf regel {1} van het bestand): een cel is langer dan {2} tekens; misschien wordt daar een aanhalingsteken (&quot;) niet gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0} (regel {1} van het bestand): een aanhalingsteken (&quot;) wordt nergens gesloten, zodat de rest van het bestand in één cel zou komen. Haal het weg of verdubbel het (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0} (regel {1} van het bestand): na een afsluitend aanhalingsteken (&quot;) staat nog tekst in dezelfde cel. Zet de hele cel tussen aanhalingstekens en verdubbel de aanhalingstekens erin (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen leesbaar Excel-bestand (.xlsx); bewaar het opnieuw als .xlsx of .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand is beschadigd (in &apos;{0}&apos;); bewaar het opnieuw als .xlsx of .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand bevat XML-definities die een spreadsheet nooit heeft; het wordt niet gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand bestaat uit {0} delen; dat is geen gewone spreadsheet en wordt niet gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand wordt uitgepakt veel te groot (in &apos;{0}&apos;); een kaartenset is nooit zo groot. Bewaar alleen het werkblad met de kaarten, of als .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand bevat meer dan {0} verschillende teksten; dat is geen kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het werkblad heeft meer dan {0} cellen; dat is geen kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cel {0}: er staat iets na kolom {1}; een kaartenset heeft hoogstens {1} kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit Excel-bestand heeft geen werkblad met cellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cel {0}: hier staat een formule ({1}) zonder bewaarde uitkomst; reflectiespel rekent formules niet uit. Open de spreadsheet in Excel of LibreOffice en bewaar hem opnieuw, of zet de tekst zelf in de cel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cel {0}: hier staat de foutwaarde {1} van een formule; zet er de bedoelde tekst in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkblad &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staan meer dan {0} rijen in; splits de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0}: een cel is langer dan {1} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is een map, geen spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kan niet worden gelezen; bewaar het als .xlsx of .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geef een spreadsheet als .csv of .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Voorbeeld van de eerste vellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetTemplate</name>
    <message>
        <source>## Vul per kaart één rij in. Alleen &apos;titel&apos; is verplicht. Meer vragen? Zet ze onder elkaar in &apos;vragen&apos; (Alt+Enter) of gebruik kolommen vraag1, vraag2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onze waarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat vinden wij belangrijk in ons werk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop van het team, november 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw project begint met kennismaken: wie doet mee en waarom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil jij leren van de ander?
Hoe merk je dat iemand zich welkom voelt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertel elkaar in twee minuten waarom je hier bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat mis je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf hier een waarde die nog ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom is dit voor jou belangrijk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0}, kolom {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen passage; schrijf per regel &apos;bron: kop (p. 12)&apos;, bijvoorbeeld &apos;000: Jezelf zijn&apos;, of &apos;eigen voorstel&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen ja of nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende instelling &apos;#{0}&apos; (bedoel je &apos;#{1}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende instelling &apos;#{0}&apos;; bekend zijn: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een categorie heeft een id of een naam nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbool &apos;{0}&apos; bestaat niet; kies uit {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaartmaat &apos;{0}&apos; bestaat niet; kies uit {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende kolom (bedoel je &apos;{0}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende kolom; bekend zijn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kolom &apos;{0}&apos; ontbreekt in de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staat geen kopregel in (een rij met onder meer &apos;{0}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staan geen kaarten onder de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instelling {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen soort; kies {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen aantal van 1 tot {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier wordt de set te groot: meer dan {0} kaarten (elke kaart zo vaak als &apos;aantal&apos; zegt). Splits de set in kleinere sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de id &apos;{0}&apos; staat er al; elke kaart heeft een eigen id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Reflectiespel-kaartenset. Rijen met # zijn instellingen; daaronder de kopregel en één rij per kaart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>kaartenset {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkvorm {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen ingebouwde kaartensets gevonden in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kaartensets, {1} werkvormen, {2} routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kaart bleef leeg op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de PDF met kaarten bleef leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verslag bleef leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISLUKT: Qt kan niet worden geladen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het hoofdvenster is niet zichtbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bibliotheek toont niet elke kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoofdvenster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaart op scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISLUKT bij {0}: {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in orde: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelftest geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reflectiespel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen nadenken over cultuur, zorg, welzijn en beleid. Wat wil je doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartensets bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk, projecteer en print de kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie begeleiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een werkvorm met projectie en regiescherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder met een opgeslagen sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen reflecteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als team, zonder begeleider, op één laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De recente sessies worden geladen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recente sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad van onze praktijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad van onze praktijk: waar stonden jullie praktijken per sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies sessies van dezelfde groep en zie hoe jullie praktijken op de as bewogen, en waarom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recente sessies (dubbelklik om te openen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrepen, welkom sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom! Met reflectiespel bekijk en print je kaartensets, begeleid je sessies met een projectiescherm, plaats je je praktijk op de sociaal-artistieke as en reflecteer je als team. Alles werkt zonder internet en zonder account.
Je eigen kaartensets zet je in: {0}
Sessies bewaar je waar je wilt (Bestand &gt; Opslaan); een reservekopie staat in: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen sessies opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder begeleider: dit scherm legt elke stap uit, deelt de kaarten, zegt wie er aan de beurt is en houdt de tijd bij. Alles blijft op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik doe het alleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand waarin jullie reflectie wordt bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere plek kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder met een eerdere reflectie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Kies een route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Wie doen er mee? (1 tot 8 namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Waar bewaren jullie het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (werkt niet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Houd het bestand van de vorige keer bij de hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze route werkt niet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Stap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel van de stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg voor de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen kaarten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaartenset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle kaarten ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Kaarten laten zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarden kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandertips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen grensobjecten maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sociaal-artistieke as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek zonder kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woordwolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal van 0 tot 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideeënmuur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>Tijd over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok pauzeren of verder laten lopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min: één minuut erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>niet opgeslagen: de sessie is {0} groot en een sessiebestand mag hoogstens {1} zijn, anders gaat het niet meer open. Het vorige bestand is niet veranderd. Maak de laatste wijzigingen ongedaan of haal lange notities weg; dan wordt er weer bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgeslagen: de sessie bevat een waarde die niet klopt ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgeslagen: zo opgeslagen zou de sessie niet meer te openen zijn; het vorige bestand is niet veranderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de formaatversie ontbreekt of klopt niet (een heel getal, zoals 1); dit is geen bruikbaar sessiebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze sessie is gemaakt met een nieuwere versie van reflectiespel (formaatversie {0}); deze versie kan tot en met versie {1} openen. Werk reflectiespel bij. Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de stapsoort &apos;{0}&apos; bestaat pas sinds formaatversie {1}, maar dit bestand zegt versie {2}; het is met de hand veranderd of beschadigd. Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is leeg; er staat geen sessie in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen sessiebestand van reflectiespel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of het is opgeslagen als UTF-16; sla het op als UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (het is een plaatje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (het is een pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (het is een ander soort bestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of het is beschadigd: de tekst is geen UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lijkt een kaartenset (YAML); zet die in de map met kaartensets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lijkt een werkvorm (YAML); begin daarmee een nieuwe sessie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: het houdt halverwege op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: de opmaak klopt niet ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: het is te diep genest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: &apos;{0}&apos; is geen getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat twee keer in hetzelfde blok; welke bedoeld is, is niet te zeggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bovenaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een dubbele punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een naam tussen dubbele aanhalingstekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>na het einde staat nog meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een stuurteken in een tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een tekst zonder afsluitend aanhalingsteken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een ongeldige \-code in een tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd; deze gegevens kloppen niet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd: een waarde kan niet worden gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze sessie is al open in een ander venster van reflectiespel. Ga verder in dat venster, of sluit het daar eerst. Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze sessie is al open in een ander venster van reflectiespel. Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Route: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen nieuwe afspraken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} koos: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is {0} keer gepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken van vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek op de as: vorige keer en nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanneer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}% naar kunst als doel, {1}% gedeeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>{0} stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitslag: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen door {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per kaart: het aantal stemmen · het deel van de deelnemers dat erop stemde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per kaart: hoe vaak gekozen · het deel van de deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen stemmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niemand heeft gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog {0} kaart met minder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog {0} kaarten met minder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>de set &apos;{0}&apos; heeft geen categorie &apos;{1}&apos; met kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; is een kaart over de set (uitleg, bronnen of &apos;let op&apos;), geen kaart om mee te spelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kaart &apos;{0}&apos; staat niet in de set &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stap {0} (&apos;{1}&apos;): de kaartenset &apos;{2}&apos; is er niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stap {0} (&apos;{1}&apos;): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de werkvorm heeft geen deel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkvorm &apos;{0}&apos; kan niet beginnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauze: einde van {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is klaar. Na de pauze begint {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <source>elke ronde heeft {0} minuten, maar de kaart &apos;{1}&apos; vraagt er {2} (opdracht {3} + {4} om te lezen en over de vragen te praten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de stap heeft {0} minuten voor {1} kaart(en): voorlezen, over de vragen praten en één opdracht doen kost samen {2} minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kaartronde kan {0} kaart(en) delen die samen {1} minuten vragen, en heeft er {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherPhones</name>
    <message>
        <source>Telefoons erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres en code voor de telefoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komen telefoons er niet in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komen telefoons er niet in? Hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin eerst een route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze laptop zit niet op een lokaal netwerk (wifi of kabel), dus telefoons kunnen hem niet vinden. Alles werkt gewoon verder op de laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan de code of ga naar {0} en typ de code {1}. Meld je aan met je eigen naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit. Zet aan om ieder met de eigen telefoon mee te laten doen (zonder internet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherWindow</name>
    <message>
        <source>Reflectie (*.reflectiespel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen reflecteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een verslag als PDF komt in een volgende versie; bewaar de samenvatting nu als tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar bewaren jullie de reflectie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies waar jullie de reflectie bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat al een reflectie in %1. Kies een andere naam, of ga verder met die eerdere reflectie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren in deze map lukt niet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke reflectie gaan jullie verder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een sessie met begeleider, geen route van Samen reflecteren. Open hem via Sessies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke reflectie was de vorige keer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenList</name>
    <message>
        <source>Praktijken van de groep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnBar</name>
    <message>
        <source>Wie is er aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zei de spreker? (mag leeg blijven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zei je? Kort, mag leeg blijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende spreker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een rondje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een rondje: iedereen krijgt opnieuw een beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jij bent aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daarna: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zei %1? Kort, mag leeg blijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil je onthouden? Mag leeg blijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste spreker klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>een as met vakken (bands: true) heeft geen &apos;at&apos; bij de stops: elk vak is even hoog; haal &apos;at&apos; weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elke plek (stop) op een schaal heeft een &apos;at&apos; van 0 tot 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de plekken (stops) moeten van klein naar groot staan, elk met een eigen &apos;at&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een schaal heeft een naam voor het begin (low) en het eind (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het vak heeft geen oppervlak: het eerste getal moet kleiner zijn dan het tweede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elk vak heeft een eigen naam; dubbel: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elk voorbeeld heeft een eigen naam; dubbel: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag alleen kleine letters, cijfers en streepjes bevatten (bijvoorbeeld &apos;erbij-horen&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen kleur; schrijf een kleur als #RRGGBB, bijvoorbeeld &quot;#2e7d32&quot; (met aanhalingstekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie {0} is van een nieuwere reflectiespel; deze versie kent versie {1} en ouder. Werk reflectiespel bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet 1 of hoger zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een stap van de soort &apos;{0}&apos; heeft een kaartenset nodig: vul &apos;deck&apos; in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een stap van de soort &apos;{0}&apos; gebruikt geen kaarten; haal &apos;deck&apos;, &apos;category&apos; en &apos;cards&apos; weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twee stappen heten &apos;{0}&apos;; geef elke stap een eigen id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een id mag alleen letters, cijfers, - en _ bevatten (hoogstens 64 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen kleur; schrijf een kleur als #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken (U+{0}); typ de tekst opnieuw of plak hem zonder opmaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag geen regeleinde bevatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}[{1}] heeft dezelfde id &apos;{2}&apos; als {0}[{3}]; elke id mag maar één keer voorkomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf &apos;all&apos; (alle kaarten), &apos;category:&lt;id&gt;&apos; (een categorie) of een lijst met kaart-ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noem ook de kaartenset (deck: &lt;id&gt;) waar deze kaarten uit komen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen een bordstap (kind: board) kan met een eerder bord verder gaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;words&apos; hoort alleen bij een woordwolk (kind: wordcloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;screened&apos; hoort alleen bij een woordwolk of ideeënmuur (kind: wordcloud of ideas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;counts_hidden&apos; hoort alleen bij een woordwolk, ideeënmuur of schaal (kind: wordcloud, ideas of rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rows&apos; hoort alleen bij een schaal (kind: rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een schaal (kind: rating) heeft vragen nodig: zet ze onder &apos;rows&apos;, of noem een kaartenset (deck) waarvan de kaarten de vragen zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].part: deze werkvorm heeft geen delen; haal &apos;part&apos; weg of noem de delen onder &apos;parts&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].part: de werkvorm heeft delen; zeg bij elke stap in welk deel hij staat (part: 1 tot {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].part: er zijn maar {1} delen onder &apos;parts&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].part: de stappen staan per deel op volgorde: eerst deel 1, dan deel 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts: elk deel heeft minstens één stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: er is geen eerdere stap met id &apos;{1}&apos;; geef die stap &apos;id: {1}&apos; en zet hem vóór deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: de stap &apos;{1}&apos; is geen bordstap (kind: board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].board.continue_from: de stap &apos;{1}&apos; staat in een ander deel; een bord gaat alleen binnen één deel verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps[{0}].id: de id &apos;{1}&apos; staat al bij een eerdere stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noem passages of zet own: true (eigen voorstel), niet allebei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noem minstens één passage, of zet own: true (eigen voorstel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesBody</name>
    <message>
        <source>De laatst aangeklikte kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen is geweest. Praat samen over wat jullie kozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kiest: nog %2 kaart(en). Klik nog eens om een keuze weg te halen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteGridPanel</name>
    <message>
        <source>Kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stemmen geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitslag tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij het raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster van kaarten en deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitslag tonen op het scherm van de zaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot raster in een eigen venster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitslag verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} van {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg eerst deelnemers toe (links): elke deelnemer krijgt een kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stap heeft geen kaarten om te kiezen of op te stemmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Alleen de kaarten die eerder gekozen zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik: een stem erbij. Rechtsklik of Shift+klik: een stem eraf. {0} stemmen per persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cursief: ingevoerd door de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet op de lijst: de kaart van stap {0}, want daar is niets gekozen. Ga terug (◀) en klik in Keuzes wie hem kiest, of stem op wat er staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik een vakje: de deelnemer kiest die kaart (nog eens klikken: weghalen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telt mee: alleen wat hier gekozen wordt, staat straks op de stemlijst van stap {0} (&apos;{1}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers: het raster telt per kaart, de telefoons stemmen. Een kolom per persoon komt terug bij {1} deelnemers of minder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCloud</name>
    <message>
        <source>Typ eerst een woord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}…&apos; is te lang voor de woordwolk: hoogstens {1} tekens, een woord of een kort zinnetje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een woord bestaat uit letters of cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzelfde woord staat er twee keer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stuurde &apos;{1}&apos; al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} heeft al alle woorden van deze stap gestuurd ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kan nog {1} woord(en) sturen in deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze woordwolk is vol ({0} woorden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woord toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit woord staat niet (meer) in de woordwolk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens twee verschillende woorden om samen te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit woord is al verborgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit woord staat al op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woord verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woord tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden weer los</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden splitsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is één woord; er is niets om te splitsen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCloudPanel</name>
    <message>
        <source>Woorden invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een tot drie woorden, met komma&apos;s, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden toevoegen namens de gekozen deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woordwolk in getallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden in de wolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een woord; met Ctrl of Shift kies je er meer om samen te voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen woorden samenvoegen tot het eerste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen woord verbergen of weer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitsen: samengevoegde woorden weer los, of een zinnetje per woord tellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel de gekozen woorden als één woord (het bovenste van de keuze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het woord blijft bewaard maar komt niet op het scherm (of weer wel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt samenvoegen ongedaan, of telt &apos;goed gesprek&apos; als &apos;goed&apos; en &apos;gesprek&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} wachten op vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ingevoerd door begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zinnetje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopwoord, niet op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} woorden gestuurd door {1} deelnemers; {2} ingevoerd door de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Eigen kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opdracht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaarten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers: {0} (dit verslag noemt geen namen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlFile</name>
    <message>
        <source>de tekst is niet opgeslagen als UTF-8; sla het bestand op met codering UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen geldige YAML: {0}; kijk naar inspringen, dubbele punten en aanhalingstekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen geldige YAML: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand moet beginnen met velden (naam: waarde), niet met een lijst of losse tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier staat een teken waarmee niets kan beginnen (vaak een tab: gebruik spaties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier staat een tab; spring in met spaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier staat een dubbele punt die niet mag (zet de tekst tussen aanhalingstekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een dubbele punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een veldnaam (naam: waarde); kijk naar het inspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een regel die met &apos;- &apos; begint; kijk naar het inspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een komma of een ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier ontbreekt een komma of een }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand houdt halverwege op (een aanhalingsteken of haakje niet gesloten?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een ongeldige \-code in een tekst tussen aanhalingstekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst bevat een onzichtbaar stuurteken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het inspringen klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>na het einde staat nog iets; kijk naar het inspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staan meerdere documenten (---) in het bestand; gebruik er één</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankers en verwijzingen (&amp; en *) zijn niet toegestaan; schrijf de tekst voluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een regel die met % begint is niet toegestaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst bevat een teken dat niet mag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de opmaak klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gegevens zijn te diep genest om te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te groot om te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen (onverwachte fout: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>ankers en verwijzingen (&amp; en *) zijn niet toegestaan; schrijf de tekst voluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand heeft te veel onderdelen (meer dan {0}); splits het op in kleinere bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te ingewikkeld om te lezen (het duurt te lang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gegevens zijn te diep genest (meer dan {0} niveaus); kijk naar inspringen en haakjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onverwachte opbouw van het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat twee keer in dezelfde groep (ook op regel {1}); YAML zou stil de laatste nemen. Haal er een weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst bevat een onzichtbaar stuurteken (U+{0}); haal het weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is niet toegestaan; schrijf gewone tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het label &apos;{0}&apos; is onbekend; haal het weg (schrijf gewone tekst)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>1 kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kaartensets gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAN NIET WORDEN GELADEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: dit is een map; geef het bestand van de set (.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: in orde ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opdracht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen kaartenset met id &apos;{0}&apos;. Bekende sets: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print een kaartenset als PDF om uit te knippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak een verslag (PDF) van een sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporteer een sessie als Markdown, CSV of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laat telefoons meedoen met een sessie, zonder venster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het pad van jullie praktijken over sessies heen, als PDF of werkmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectiespel: kaartensets, sessies en de sociaal-artistieke as. Zonder opdracht opent de app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taal van de app en de uitvoer: nl of en (standaard: je laatste keuze, anders de taal van je computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelftest: open het venster, laad alle ingebouwde sets, werkvormen en routes, teken een kaart en een PDF-pagina; stopt met 0 als alles werkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPDRACHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaartensets bekijken en controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle kaartensets: id, titel, aantal kaarten, bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controleer kaartenset-bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand(en) van een kaartenset (.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon de kaarten van een set als tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id van de set (zie &apos;decks list&apos;) of pad naar het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map voor je eigen kaartensets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis met een bestand: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon geschreven: {0}. Vul het in en lees het in met &apos;reflectiespel decks import {0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelezen als {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen kaartenset met id &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf een spreadsheet-sjabloon voor een eigen set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv of xlsx (standaard: uit de naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig, op ware grootte (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw op de streepjeslijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen getal in millimeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen verschuiving; schrijf X,Y in mm met een punt als komma, bijvoorbeeld --offset=1.5,-0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen heel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een PDF van een kaartenset om te printen en te knippen, of een kalibratievel om de verschuiving van je printer bij dubbelzijdig printen te meten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het PDF-bestand (standaard: &lt;id&gt;-kaarten.pdf, of kalibratie.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaartmaat: poker 63×88, bridge 57×89, tarot 70×120, a6 105×148, square 70×70 mm (standaard: de maat die de set kiest, meestal poker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papier (standaard a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afloop in mm: de kleur loopt zo ver door buiten de snijlijn (standaard 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder snijtekens (die staan buiten de kaarten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achterkanten: long-edge (dubbelzijdig, omslaan langs de lange kant; standaard), short-edge (langs de korte kant), none (geen), fold (naast de voorkant, om te vouwen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen deze categorie (mag vaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal exemplaren van de set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verschuif de achterkanten X,Y mm (meet dit met --calibration); bij een min-teken: --offset=-1,0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inktzuinige achterkanten: een rand en de naam van de set op wit papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een eerste pagina met uitleg: printen op 100%%, omslaan, papier, knippen en een afvinklijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N lege kaarten per categorie erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak een kalibratievel om de verschuiving bij dubbelzijdig printen te meten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kalibratie.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalibratievel geschreven: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een kaartenset (id of pad naar het bestand), of --calibration voor een kalibratievel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}-kaarten.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAARSCHUWING: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1} kaarten op 1 vel, {2} pagina&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1} kaarten op {2} vellen, {3} pagina&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaartenset &apos;{0}&apos; kan niet worden geladen ({1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak het verslag van een sessie als PDF: voorblad, stappen met notities, stemmen en het bord, afspraken, en de eigen kaarten van de groep om uit te knippen. Het verslag volgt de taal waarin de sessie werd gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het PDF-bestand (standaard: verslag.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verslag.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag geschreven: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteer een sessie: md (Markdown, voor een e-mail), csv (voor Excel of LibreOffice: UTF-8, puntkomma&apos;s), xlsx (een werkmap met een blad per soort: notities, keuzes, stemmen, actiepunten, het bord, eigen kaarten, deelnemers), docx (de tekst van het verslag voor Word of LibreOffice, met het bord als plaatje) of json, in de taal waarin de sessie werd gemaakt. Zie docs/export.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het formaat (standaard md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand (standaard: op het scherm; xlsx en docx: de naam van de sessie met .xlsx of .docx, in deze map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geëxporteerd: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1}, {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1}). Pas het aan en lees het weer in met &apos;reflectiespel decks import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak een set van een spreadsheet (.csv of .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de spreadsheet (.csv of .xlsx), bijvoorbeeld gemaakt met &apos;decks template&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waar de set komt (standaard: je map met eigen sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bestaande set met die naam vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet een set in een spreadsheet om te bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het sessiebestand (.reflectiespel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op welk adres de telefoons de laptop vinden (een privé-adres zoals 192.168.1.20; standaard 127.0.0.1: alleen deze computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poort; standaard kiest de computer een vrije</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: deze sessie is open in een venster van reflectiespel (of in een andere &apos;reflectiespel live&apos;). Sluit hem daar eerst; twee programma&apos;s die hetzelfde bestand bewaren, gooien elkaars werk weg. Het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessie: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheim van de begeleider (alleen voor deze computer): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoppen: Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt; de laatste wijzigingen konden niet worden bewaard (zie hierboven). Het bestand is zoals het het laatst bewaard werd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt; de sessie is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het pad van jullie praktijken over sessies heen: waar elke praktijk per sessie op de sociaal-artistieke as stond, met pijlen en de redenen. Als PDF-pagina of, met -o pad.xlsx, als werkmap. Zie docs/bord.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twee of meer sessiebestanden (.reflectiespel) van dezelfde groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad.pdf (standaard) of een .xlsx-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen de plekken van dit perspectief (een naam), of &apos;alle&apos;; standaard die van de hele groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: kies een bestand dat eindigt op .pdf of .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen perspectief &apos;{0}&apos; in deze sessies; wel: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad geschreven: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>reflectiespel kan geen venster openen: deze computer heeft geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg).
Start de app op een computer met een bureaublad, of gebruik de opdrachten zonder venster (reflectiespel --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectiespel kan Qt niet laden: er ontbreekt een systeembibliotheek ({0}).
Op Debian of Ubuntu: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>Dit bericht is te groot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bericht kwam te langzaam binnen. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bericht is onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider had deze telefoon uit de sessie gehaald. Je doet weer mee zodra de begeleider ja zegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er doet al een telefoon mee als {0}. Ben jij dat, op een ander apparaat? Dan laat de begeleider je erin. Ben je iemand anders, kies dan een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laptop reageert niet. Probeer het zo nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider heeft je niet toegelaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor de begeleider, op de laptop zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit verzoek heeft te veel of te lange kopregels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis op de laptop. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onze praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider is al bij een andere stap. Je scherm is bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je staat niet (meer) in deze sessie. Meld je opnieuw aan met de code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze naam hoort niet bij jullie team. Kies je naam zoals hij op de laptop staat: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze naam hoort niet bij jullie team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon meldt zich aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze stap wordt niet gestemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze kaart wordt nu niet gestemd. Je scherm is bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt al {0} van de {1} stemmen gebruikt in deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier staat geen stem van jou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart had je al gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt al zoveel kaarten gekozen als mag ({0}); haal eerst een keuze weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kaart had je niet gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is te lang; houd het bij een paar zinnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een lege notitie wordt niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord van een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze stap staat er geen bord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze plek ligt niet op het bord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk plaatsen (telefoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze stap zijn er geen beurten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent nu niet aan de beurt. Je scherm is bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik pas (telefoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beurt klaar (telefoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De stille ronde hoort bij een andere stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stille ronde onthullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider heeft deze stap op slot gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie is zo groot geworden dat er geen teksten van telefoons meer bij kunnen. Zeg het tegen de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt in deze stap al {0} antwoorden gestuurd; meer kan hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit getal klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te vaak geprobeerd. Wacht een minuut en probeer het dan opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanaf dit apparaat doen al {0} telefoons mee; meer kan niet. Ga verder op de pagina die al meedoet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie is vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent niet (meer) aangemeld. Meld je opnieuw aan met de code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rustig aan: je stuurt sneller dan iemand kan typen. Wacht een paar seconden en probeer het dan opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wachten al veel telefoons op de begeleider. Probeer het over een minuut opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen IP-adres; geef bijvoorbeeld 127.0.0.1 of 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} zou op alle netwerken tegelijk luisteren; geef het adres van dit netwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is geen adres van een lokaal netwerk; dat staat reflectiespel niet toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server kon niet starten op {0}:{1}. Is die poort al in gebruik? Kies een andere of laat de poort leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kon niet worden bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit verzoek is onleesbaar of te groot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kan niet in deze stap. Je scherm is bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuur een tot drie woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woorden van een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een cijfer van 0 tot en met 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer van een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf je idee als tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee van een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stem klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit idee staat niet (meer) op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem van een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>Doe mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meedoen lukt alleen als JavaScript aanstaat in je browser. Zet het aan in de instellingen en laad de pagina opnieuw, of doe mee op papier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code van het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam (mag ook een schuilnaam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meedoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider heeft deze stap op slot gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil je dat er bewaard blijft? (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar, de volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke praktijk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bord: sleep je stip naar jullie plek, of gebruik de pijltjestoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar rechts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom hier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet mijn stip hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laptop is niet bereikbaar. Zit je op hetzelfde wifi-netwerk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleider heeft deze telefoon uit de sessie gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding even weg; ik probeer het opnieuw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je doet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je doet mee. Deze sessie is anoniem: je naam wordt niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je doet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je doet mee als {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog even wachten op de eerste stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · stap {1} van {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt nog {0} van de {1} stemmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slotvraag: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stille ronde: schrijf voor jezelf. De begeleider laat alles tegelijk zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt 1 briefje geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt {0} briefjes geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem weghalen bij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw stemmen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem op {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze weghalen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jij bent aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen is geweest. De laptop start een nieuw rondje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daarna: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt gepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dank je. De volgende is aan de beurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je stip staat op het bord: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je stip: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je stip staat nog niet op het bord: sleep hem, of gebruik de pijlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} van 100 naar rechts, {1} van 100 omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dicht bij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tussen {0} en {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorbij {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard tot de begeleider alles laat zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woord {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuur mijn woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw woord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuur mijn woord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je kunt nog {0} van je {1} woorden sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je kunt nog één woord sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt al je woorden gestuurd. Kijk op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ eerst een woord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je woord is verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je {0} woorden zijn verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef elke vraag een cijfer van 0 tot 10: schuif, of gebruik de pijltjes. Je cijfer is bewaard zodra je loslaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blauw: jouw cijfers. Oranje: het midden van de groep (bij een vraag met minstens drie cijfers). Alleen jij ziet jouw web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blauw: jouw cijfers. Alleen jij ziet jouw web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok: nog {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tijd is om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De klok staat stil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw idee (kort, zoals op een briefje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet mijn idee op de muur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je kunt nog {0} van de {1} ideeën op de muur zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt al je ideeën op de muur gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De muur: stem op de beste ideeën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen ideeën op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst je idee op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je idee staat op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je idee is bij de begeleider; die zet het op de muur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht op de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd. De begeleider laat je woorden zo zien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
