<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>BoardReport</name>
    <message>
        <source>Rollout status as of %1</source>
        <translation>Rulleringsstatus per %1</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kommuner: %1</translation>
    </message>
    <message>
        <source>Status date: %1. Active devices: seen within the last %2 days before the status date.</source>
        <translation>Statusdato: %1. Aktive enheter: sett i løpet av de siste %2 dagene før statusdatoen.</translation>
    </message>
    <message>
        <source>Made %1 with Rullering from the device register.</source>
        <translation>Laget %1 med Rullering fra enhetsregisteret.</translation>
    </message>
    <message>
        <source>Status per municipality</source>
        <translation>Status per kommune</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Til utskifting</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Byttet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Andel utført</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Due: devices whose production year plus lifetime (PCs 6 years, tablets 4, printers 8) is %1 or earlier and that are active, plus those replaced since 1 January %1. Replaced: swapped from 1 January up to and including the status date. Inactive devices are candidates for collection, not for replacement.</source>
        <translation>Til utskifting: aktive enheter der produksjonsår pluss levetid (PC-er 6 år, nettbrett 4, skrivere 8) er %1 eller tidligere, pluss enhetene som er byttet siden 1. januar %1. Byttet: byttet fra og med 1. januar til og med statusdatoen. Inaktive enheter bør hentes inn, ikke byttes.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Replacement plan</source>
        <translation>Utskiftingsplan</translation>
    </message>
    <message>
        <source>No plan was computed for this report.</source>
        <translation>Det er ikke beregnet noen plan for denne rapporten.</translation>
    </message>
    <message>
        <source>Plan %1–%2; the %3 plan is in effect for buying and cost.</source>
        <translation>Plan %1–%2; den %3 planen gjelder for innkjøp og kostnad.</translation>
    </message>
    <message>
        <source>levelled</source>
        <translation>utjevnede</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>rette</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rett fram</translation>
    </message>
    <message>
        <source>Levelled</source>
        <translation>Utjevnet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Å kjøpe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Not planned: %1 to collect (not seen), %2 without production year, %3 kept.</source>
        <translation>Ikke planlagt: %1 skal hentes inn (ikke sett), %2 uten produksjonsår, %3 beholdes.</translation>
    </message>
    <message>
        <source>Procurement %1</source>
        <translation>Innkjøp %1</translation>
    </message>
    <message>
        <source>Devices to buy</source>
        <translation>Enheter å kjøpe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Amounts at the agreed unit prices, excluding VAT.</source>
        <translation>Beløp etter avtalte enhetspriser, eksklusive mva.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>Kan ikke skrive rapporten %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke skrives ut.</translation>
    </message>
    <message>
        <source>No unit prices are entered, so the report shows no amounts: they are entered in the plan&apos;s policy, under Lifetimes and models.</source>
        <translation>Ingen enhetspriser er lagt inn, så rapporten viser ingen beløp: de legges inn i planinnstillingene, under Levetider og modeller.</translation>
    </message>
    <message>
        <source>%1 of the active devices (%2 of those remaining) were not seen in the window before the status date, only after it: they are counted as in use on %3.</source>
        <translation>%1 av de aktive enhetene (%2 av dem som gjenstår) ble ikke sett i vinduet før statusdatoen, bare etter den: de regnes som i bruk %3.</translation>
    </message>
    <message>
        <source>The plan and the procurement list are counted per municipality: here they cover %1.</source>
        <translation>Planen og bestillingslisten telles per kommune: her dekker de %1.</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>hele registeret</translation>
    </message>
    <message>
        <source>Rollout status as of %1 · Scope: %2</source>
        <translation>Rulleringsstatus per %1 · Omfang: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Cannot draw on the report&apos;s pages.</source>
        <translation>Kan ikke tegne på rapportens sider.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Kan ikke begynne side %1 av rapporten.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>Databasetilkoblingen er ikke åpen.</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>The window&apos;s connection to the server is gone.</source>
        <translation>Vinduets forbindelse til serveren er borte.</translation>
    </message>
    <message>
        <source>The server did not answer for %1 seconds.</source>
        <translation>Serveren svarte ikke på %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>ChartSeries</name>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>(uten kommune)</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Status per %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Til utskifting</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Byttet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Andel utført</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Andre kommuner</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Andre typer</translation>
    </message>
    <message>
        <source>Devices in use per production year and type</source>
        <translation>Enheter i bruk per produksjonsår og type</translation>
    </message>
    <message>
        <source>Devices in use per production year and municipality</source>
        <translation>Enheter i bruk per produksjonsår og kommune</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Remaining due devices in %1</source>
        <translation>Gjenstående enheter til utskifting i %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Active and inactive devices per municipality</source>
        <translation>Aktive og inaktive enheter per kommune</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Devices in use per production year, by type</source>
        <translation>Enheter i bruk per produksjonsår, etter type</translation>
    </message>
    <message>
        <source>Devices in use per production year, by municipality</source>
        <translation>Enheter i bruk per produksjonsår, etter kommune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Remaining due devices in %1</source>
        <translation>Gjenstående enheter til utskifting i %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Target (all due by 31 December)</source>
        <translation>Mål (alle byttet innen 31. desember)</translation>
    </message>
    <message>
        <source>Target (the plan)</source>
        <translation>Mål (planen)</translation>
    </message>
    <message>
        <source>Active and inactive devices per municipality</source>
        <translation>Aktive og inaktive enheter per kommune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>all municipalities</source>
        <translation>alle kommuner</translation>
    </message>
    <message>
        <source>The plan per year, straight and levelled (%1)</source>
        <translation>Planen per år, rett fram og utjevnet (%1)</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rett fram</translation>
    </message>
    <message>
        <source>Levelled</source>
        <translation>Utjevnet</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpeteksten.</translation>
    </message>
    <message>
        <source>Usage: rullering-cli [--db PATH] [--user NAME] &lt;command&gt; [options]</source>
        <translation>Bruk: rullering-cli [--db STI] [--user NAVN] &lt;kommando&gt; [valg]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale valg:</translation>
    </message>
    <message>
        <source>Database file (default: $RULLERING_DB, else %1)</source>
        <translation>Databasefil (standard: $RULLERING_DB, ellers %1)</translation>
    </message>
    <message>
        <source>Name recorded in the audit log</source>
        <translation>Navn som føres i endringsloggen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Vis versjonen</translation>
    </message>
    <message>
        <source>Run &apos;rullering-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Kjør «rullering-cli &lt;kommando&gt; --help» for valgene til en kommando.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 må ha en verdi</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;rullering-cli --help&apos; for the list.</source>
        <translation>ukjent kommando «%1»; kjør «rullering-cli --help» for listen.</translation>
    </message>
    <message>
        <source>note: the register is read-only (file or folder permissions) and was opened for reading.</source>
        <translation>merk: registeret er skrivebeskyttet (fil- eller mapperettigheter) og ble åpnet bare for lesing.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Utdataformat: table eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format må være table eller json, ikke «%1»</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>Koblingen nevner et ukjent felt «%1».</translation>
    </message>
    <message>
        <source>The date order &quot;%1&quot; for column &quot;%2&quot; is not auto, dmy or mdy.</source>
        <translation>Datorekkefølgen «%1» for kolonnen «%2» er ikke auto, dmy eller mdy.</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>Copy the whole register named by --db into another: a file or a server (postgresql://...), either way. Every table is copied with its ids in one transaction on the target, which is changed only when every table has as many rows as in the source. Both end at the same schema version (an older source is upgraded as it is opened).</source>
        <translation>Kopier hele registeret som --db peker på, til et annet: en fil eller en server (postgresql://...), begge veier. Hver tabell kopieres med sine id-er i én transaksjon i målet, som endres bare når hver tabell har like mange rader som i kilden. Begge ender på samme skjemaversjon (en eldre kilde oppgraderes når den åpnes).</translation>
    </message>
    <message>
        <source>The register to copy into (required).</source>
        <translation>Registeret det skal kopieres til (påkrevd).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>Replace what the target holds (refused without it).</source>
        <translation>Erstatt det målet inneholder (avvises uten dette valget).</translation>
    </message>
    <message>
        <source>Print no progress (it is shown only on a terminal anyway).</source>
        <translation>Ikke vis fremdrift (den vises uansett bare i en terminal).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--to TARGET is required</source>
        <translation>--to MÅL er påkrevd</translation>
    </message>
    <message>
        <source>Copied %1 of %2 rows, checking the counts</source>
        <translation>Kopierte %1 av %2 rader, kontrollerer antallene</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows (%4 %)</source>
        <translation>Kopierer %1: %2 av %3 rader (%4 %)</translation>
    </message>
    <message>
        <source>Add --replace to replace its contents.</source>
        <translation>Legg til --replace for å erstatte innholdet.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s:</source>
        <translation>Kopierte %1 rader fra %2 til %3 på %4 s:</translation>
    </message>
    <message>
        <source>Row counts of %1 and %2:</source>
        <translation>Antall rader i %1 og %2:</translation>
    </message>
    <message>
        <source>the row counts differ in %1; the copy was undone and %2 was not changed.</source>
        <translation>antall rader er ulikt i %1; kopieringen ble angret, og %2 ble ikke endret.</translation>
    </message>
    <message>
        <source>Copy a whole register between files and servers</source>
        <translation>Kopier et helt register mellom filer og servere</translation>
    </message>
</context>
<context>
    <name>CsvInspectCommand</name>
    <message>
        <source>Show how a CSV file is read, with its errors</source>
        <translation>Vis hvordan en CSV-fil leses, med feilene i den</translation>
    </message>
    <message>
        <source>Show what the importer reads in a CSV file: encoding, delimiter, header, every row as parsed, and every error with its line and column.</source>
        <translation>Vis hva importen leser i en CSV-fil: tegnkoding, skilletegn, overskrifter, hver rad slik den tolkes, og hver feil med linje og kolonne.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>oppgi nøyaktig én FIL</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har overskrifter, men ingen rader.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Tegnkoding: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Skilletegn: %1</translation>
    </message>
    <message>
        <source>Header (%1 columns): %2</source>
        <translation>Overskrifter (%1 kolonner): %2</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
    <message>
        <source>line %1:</source>
        <translation>linje %1:</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file, the first on line %1, column %2: %3</source>
        <translation>
            <numerusform>%n feil i filen, på linje %1, kolonne %2: %3</numerusform>
            <numerusform>%n feil i filen, den første på linje %1, kolonne %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>line 1, column 1: the file is empty.</source>
        <translation>linje 1, kolonne 1: filen er tom.</translation>
    </message>
    <message>
        <source>The file holds no text, only blank lines.</source>
        <translation>Filen har ingen tekst, bare tomme linjer.</translation>
    </message>
    <message>
        <source>line %1, column 1: the file holds no text, only blank lines.</source>
        <translation>linje %1, kolonne 1: filen har ingen tekst, bare tomme linjer.</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Denne raden har %1 felt; overskriftsraden har %2.</translation>
    </message>
    <message>
        <source>The quote that opens this field is never closed (the file ends inside it).</source>
        <translation>Anførselstegnet som åpner dette feltet, lukkes aldri (filen slutter inne i feltet).</translation>
    </message>
    <message>
        <source>This record is longer than %1 characters; the rest of the line was skipped.</source>
        <translation>Denne raden er lengre enn %1 tegn; resten av linjen ble hoppet over.</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote (write it as &quot;&quot; inside a quoted field).</source>
        <translation>Et anførselstegn inne i et felt som ikke starter med anførselstegn (skriv det som &quot;&quot; inne i et felt i anførselstegn).</translation>
    </message>
    <message>
        <source>A NUL byte; this does not look like a text file.</source>
        <translation>En NUL-byte; dette ser ikke ut som en tekstfil.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field (a quote inside a value must be doubled).</source>
        <translation>Tekst etter det avsluttende anførselstegnet i et felt (et anførselstegn inne i en verdi må dobles).</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1 here; they were replaced.</source>
        <translation>Byte som ikke er gyldig %1 her; de ble erstattet.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Filen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke lagre %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>%1 is not a Rullering database (not an SQLite file).</source>
        <translation>%1 er ikke en Rullering-database (ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt-driveren for SQLite (QSQLITE) er ikke installert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only.</source>
        <translation>Kan ikke opprette %1: mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Rullering register (it holds the tables %2). It has not been changed.</source>
        <translation>%1 er en SQLite-database, men ikke et Rullering-register (den har tabellene %2). Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is no register in it to read.</source>
        <translation>%1 er tom og skrivebeskyttet: det finnes ikke noe register i den å lese.</translation>
    </message>
    <message>
        <source>%1 was written by an older Rullering (schema %2) and is read-only (file or folder permissions): open it once with write access to upgrade it.</source>
        <translation>%1 er skrevet av en eldre Rullering (skjema %2) og er skrivebeskyttet (fil- eller mapperettigheter): åpne den én gang med skrivetilgang for å oppgradere den.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Masseendring</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Bytte</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
</context>
<context>
    <name>DeviceCsvExport</name>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>Kan ikke lese enhetene: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Eksporten ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>DeviceField</name>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Enhetsnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Source of production year</source>
        <translation>Kilde for produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Erstattet av</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Erstattet dato</translation>
    </message>
    <message>
        <source>Swapped by</source>
        <translation>Byttet av</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>I bruk fra</translation>
    </message>
    <message>
        <source>Keep (exclude from plan)</source>
        <translation>Behold (utenfor planen)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>DeviceFilterOptions</name>
    <message>
        <source>--%1 &quot;%2&quot;: %3</source>
        <translation>--%1 «%2»: %3</translation>
    </message>
    <message>
        <source>the register has no such name</source>
        <translation>registeret har ikke noe slikt navn</translation>
    </message>
    <message>
        <source>a year such as 2019 is expected</source>
        <translation>et årstall som 2019 var ventet</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Only devices of this municipality (repeatable, or comma-separated).</source>
        <translation>Bare enheter i denne kommunen (kan gjentas, eller skilles med komma).</translation>
    </message>
    <message>
        <source>Only devices at this location (repeatable).</source>
        <translation>Bare enheter på denne lokasjonen (kan gjentas).</translation>
    </message>
    <message>
        <source>Only devices of this department (repeatable).</source>
        <translation>Bare enheter i denne avdelingen (kan gjentas).</translation>
    </message>
    <message>
        <source>Only devices on this network (repeatable).</source>
        <translation>Bare enheter i dette nettet (kan gjentas).</translation>
    </message>
    <message>
        <source>Only this device type: desktop, laptop, tablet, printer, other (repeatable).</source>
        <translation>Bare denne enhetstypen: desktop, laptop, tablet, printer, other (kan gjentas).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only this state: ordered, in_stock, in_use, in_pool, replaced, retired, lost (repeatable).</source>
        <translation>Bare denne statusen: ordered, in_stock, in_use, in_pool, replaced, retired, lost (kan gjentas).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only devices produced in this year or later.</source>
        <translation>Bare enheter produsert dette året eller senere.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>Only devices produced in this year or earlier.</source>
        <translation>Bare enheter produsert dette året eller tidligere.</translation>
    </message>
    <message>
        <source>Only devices due for replacement in this year.</source>
        <translation>Bare enheter som skal byttes dette året.</translation>
    </message>
    <message>
        <source>Only devices whose serial, name, user or model contains this text.</source>
        <translation>Bare enheter der serienummer, navn, bruker eller modell inneholder denne teksten.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>not a device type</source>
        <translation>ikke en enhetstype</translation>
    </message>
    <message>
        <source>not a state</source>
        <translation>ikke en status</translation>
    </message>
</context>
<context>
    <name>DeviceImportWriter</name>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Databasen avviste importen: %1</translation>
    </message>
    <message>
        <source>No serial number and no device name: nothing to match the row on.</source>
        <translation>Verken serienummer eller maskinnavn: ingenting å koble raden til.</translation>
    </message>
    <message>
        <source>The serial number &quot;%1&quot; is a placeholder, and there is no device name to match on.</source>
        <translation>Serienummeret «%1» er en plassholder, og det finnes ikke noe maskinnavn å koble på.</translation>
    </message>
    <message>
        <source>Several devices are named %1; without a usable serial number the row cannot be matched.</source>
        <translation>Flere enheter heter %1; uten brukbart serienummer kan raden ikke kobles.</translation>
    </message>
    <message>
        <source>The device name %1 appears again (no usable serial number); first on line %2.</source>
        <translation>Maskinnavnet %1 forekommer igjen (uten brukbart serienummer); første gang på linje %2.</translation>
    </message>
    <message>
        <source>Line %1: %2, the device that replaced %3, is neither in this file nor in the register; %3 is stored without that link.</source>
        <translation>Linje %1: %2, enheten som erstattet %3, finnes verken i denne filen eller i registeret; %3 lagres uten den koblingen.</translation>
    </message>
    <message>
        <source>Line %1: %2 is named as the device that replaced itself; the link is left out.</source>
        <translation>Linje %1: %2 er oppgitt som enheten som erstattet seg selv; koblingen utelates.</translation>
    </message>
    <message>
        <source>Line %1: %2 already replaced the device on line %3; the link from %4 is left out.</source>
        <translation>Linje %1: %2 erstattet allerede enheten på linje %3; koblingen fra %4 utelates.</translation>
    </message>
    <message numerus="yes">
        <source>%n more links were left out.</source>
        <translation>
            <numerusform>%n kobling til ble utelatt.</numerusform>
            <numerusform>%n koblinger til ble utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 already replaced %3 in the register; the link from %4 is left out.</source>
        <translation>Linje %1: %2 erstattet allerede %3 i registeret; koblingen fra %4 utelates.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 have the same serial number %3 and different values: merged into one device, the values of line %4 (seen most recently) kept.</source>
        <translation>Linje %1 og %2 har samme serienummer %3 og ulike verdier: slått sammen til én enhet, verdiene fra linje %4 (sist sett) er beholdt.</translation>
    </message>
    <message>
        <source>The serial number &quot;%1&quot; is on rows naming different devices (%2 on line %3, %4 on line %5): it cannot tell devices apart, so the rows with it are matched on their device names, as for a placeholder.</source>
        <translation>Serienummeret «%1» står på rader som gjelder ulike enheter (%2 på linje %3, %4 på linje %5): det skiller ikke enhetene fra hverandre, så radene med det matches på enhetsnavnet, som for en plassholder.</translation>
    </message>
    <message numerus="yes">
        <source>The status &quot;%1&quot; (line %2, %n row(s) in all) is not a lifecycle state Rullering knows: the rows were imported with their state unchanged, and the status kept in the device&apos;s notes.</source>
        <translation>
            <numerusform>Statusen «%1» (linje %2, %n rad i alt) er ikke en livsløpsstatus Rullering kjenner: raden ble importert med uendret status, og statusen ble lagt i enhetens merknader.</numerusform>
            <numerusform>Statusen «%1» (linje %2, %n rader i alt) er ikke en livsløpsstatus Rullering kjenner: radene ble importert med uendret status, og statusen ble lagt i enhetenes merknader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status in the imported file: %1</source>
        <translation>Status i importert fil: %1</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>No device with id %1.</source>
        <translation>Ingen enhet med id %1.</translation>
    </message>
    <message>
        <source>The serial number %1 is already registered (device %2).</source>
        <translation>Serienummeret %1 er allerede registrert (enhet %2).</translation>
    </message>
    <message>
        <source>The serial number %1 is already registered on another device.</source>
        <translation>Serienummeret %1 er allerede registrert på en annen enhet.</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>contains a control character (%1) at character %2</source>
        <translation>inneholder et kontrolltegn (%1) på plass %2</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>har %1 tegn; høyst %2 er tillatt</translation>
    </message>
    <message>
        <source>The serial number is empty.</source>
        <translation>Serienummeret er tomt.</translation>
    </message>
    <message>
        <source>The serial number &quot;%1&quot; %2.</source>
        <translation>Serienummeret «%1» %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder that firmware writes where the serial number belongs, not a serial number: read the serial from the device&apos;s label.</source>
        <translation>«%1» er en plassholder som fastvaren skriver der serienummeret skal stå, ikke et serienummer: les serienummeret av etiketten på enheten.</translation>
    </message>
</context>
<context>
    <name>DeviceType</name>
    <message>
        <source>Desktop</source>
        <translation>Stasjonær</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bærbar</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Nettbrett</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>DeviceViewExport</name>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Eksporten ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>EditDevicesCommand</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n felt</numerusform>
            <numerusform>%n felt</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n device(s)</source>
        <translation>
            <numerusform>Endre %1 på %n enhet</numerusform>
            <numerusform>Endre %1 på %n enheter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: rullering-cli export devices|procurement [options]; add --help after the target.</source>
        <translation>Bruk: rullering-cli export devices|procurement [valg]; legg til --help etter målet.</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot;. %2</source>
        <translation>ukjent eksport «%1». %2</translation>
    </message>
    <message>
        <source>Export devices or a procurement list to CSV/XLSX</source>
        <translation>Eksporter enheter eller en bestillingsliste til CSV/XLSX</translation>
    </message>
</context>
<context>
    <name>ExportDevicesCommand</name>
    <message>
        <source>Write every device to a CSV file that Rullering imports back unchanged (profile &quot;rullering&quot;).</source>
        <translation>Skriv alle enhetene til en CSV-fil som Rullering kan importere tilbake uendret (profilen «rullering»).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen som skal skrives.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Field delimiter: ; (default), comma or tab.</source>
        <translation>Skilletegn: ; (standard), comma (komma) eller tab (tabulator).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TEGN</translation>
    </message>
    <message>
        <source>Leave out the primary user (a file without personal data).</source>
        <translation>Utelat primærbrukeren (en fil uten personopplysninger).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FIL må oppgis</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>uventet argument «%1»</translation>
    </message>
    <message>
        <source>%1 devices written to %2</source>
        <translation>%1 enheter skrevet til %2</translation>
    </message>
    <message>
        <source>--delimiter must be ;, comma (or ,) or tab, not &quot;%1&quot;</source>
        <translation>--delimiter må være ;, comma (eller ,) eller tab, ikke «%1»</translation>
    </message>
    <message>
        <source>Write the table as the Devices page shows it, with these columns in this order (comma-separated: %1).</source>
        <translation>Skriv tabellen slik Enheter-siden viser den, med disse kolonnene i denne rekkefølgen (skilt med komma: %1).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Sort the table as shown by this column, ascending or with :desc descending (e.g. production_year:desc).</source>
        <translation>Sorter tabellen etter denne kolonnen, stigende, eller synkende med :desc (f.eks. production_year:desc).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>KOLONNE</translation>
    </message>
    <message>
        <source>--columns: no column &quot;%1&quot; (columns: %2)</source>
        <translation>--columns: ingen kolonne «%1» (kolonner: %2)</translation>
    </message>
    <message>
        <source>--sort must be a column, optionally with :asc or :desc, not &quot;%1&quot;</source>
        <translation>--sort må være en kolonne, eventuelt med :asc eller :desc, ikke «%1»</translation>
    </message>
</context>
<context>
    <name>ExportProcurementCommand</name>
    <message>
        <source>Write the procurement list (bestillingsliste) of one plan year to CSV or XLSX, by the file&apos;s extension: per municipality, and per department where the municipality orders per department.</source>
        <translation>Skriv bestillingslisten for ett planår til CSV eller XLSX, etter filendelsen: per kommune, og per avdeling der kommunen bestiller per avdeling.</translation>
    </message>
    <message>
        <source>The plan year to order for (required).</source>
        <translation>Planåret det skal bestilles for (påkrevd).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx (required).</source>
        <translation>Filen som skal skrives: .csv eller .xlsx (påkrevd).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;;&apos; (default) or &apos;,&apos;.</source>
        <translation>Skilletegn i CSV: &apos;;&apos; (standard) eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TEGN</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--year Y is required</source>
        <translation>--year ÅR er påkrevd</translation>
    </message>
    <message>
        <source>--year must be a year, not &quot;%1&quot;</source>
        <translation>--year må være et årstall, ikke «%1»</translation>
    </message>
    <message>
        <source>-o FILE.csv or -o FILE.xlsx is required</source>
        <translation>-o FIL.csv eller -o FIL.xlsx er påkrevd</translation>
    </message>
    <message>
        <source>the output file must end in .csv or .xlsx, not &quot;%1&quot;</source>
        <translation>utfilen må slutte på .csv eller .xlsx, ikke «%1»</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;;&apos; or &apos;,&apos;, not &quot;%1&quot;</source>
        <translation>--delimiter må være &apos;;&apos; eller &apos;,&apos;, ikke «%1»</translation>
    </message>
    <message>
        <source>Wrote %1: %2 lines, %3 devices to buy, %4 NOK.</source>
        <translation>Skrev %1: %2 linjer, %3 enheter å kjøpe, %4 kr.</translation>
    </message>
</context>
<context>
    <name>FleetCube</name>
    <message>
        <source>The status date is not a valid date.</source>
        <translation>Statusdatoen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The activity window cannot be negative (%1 days).</source>
        <translation>Aktivitetsvinduet kan ikke være negativt (%1 dager).</translation>
    </message>
</context>
<context>
    <name>FleetGenerator</name>
    <message>
        <source>The number of devices must be at least 1.</source>
        <translation>Antall enheter må være minst 1.</translation>
    </message>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation>Referansedatoen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The database already holds devices; demo data is only generated into an empty one.</source>
        <translation>Databasen har allerede enheter; demodata lages bare i en tom database.</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data: %1</source>
        <translation>Kan ikke forberede demodata: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Storing the demo data failed, nothing was stored: %1</source>
        <translation>Lagring av demodata mislyktes, ingenting ble lagret: %1</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Generate a demo fleet</source>
        <translation>Lag en demoflåte</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic, deterministic demo fleet.</source>
        <translation>Fyll en tom database med en realistisk, reproduserbar demoflåte.</translation>
    </message>
    <message>
        <source>Number of devices (required).</source>
        <translation>Antall enheter (påkrevd).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same fleet.</source>
        <translation>Frø for tilfeldighet; samme frø gir samme flåte.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Date the fleet is laid out around (last seen, this year&apos;s swaps); default today.</source>
        <translation>Datoen flåten legges ut rundt (sist sett, årets bytter); standard i dag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--devices N is required</source>
        <translation>--devices N er påkrevd</translation>
    </message>
    <message>
        <source>--devices must be a whole number from 1 to 100000000, not &quot;%1&quot;</source>
        <translation>--devices må være et heltall fra 1 til 100000000, ikke «%1»</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed må være et ikke-negativt heltall, ikke «%1»</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 devices</source>
        <translation>Lager: %1 av %2 enheter</translation>
    </message>
    <message>
        <source>Generated %1 devices in %2 municipalities (%3 swapped this year) in %4 s into %5</source>
        <translation>Laget %1 enheter i %2 kommuner (%3 byttet i år) på %4 s i %5</translation>
    </message>
    <message>
        <source>Print no progress (it is shown only on a terminal anyway).</source>
        <translation>Ikke vis fremdrift (den vises uansett bare i en terminal).</translation>
    </message>
</context>
<context>
    <name>IdSet</name>
    <message>
        <source>Cannot add an SQL function: %1</source>
        <translation>Kan ikke legge til en SQL-funksjon: %1</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>Koblingen nevner kolonnen «%1», som denne filen ikke har.</translation>
    </message>
    <message>
        <source>No column of %1 holds a serial number or a device name for the profile &quot;%2&quot;; choose another profile or map the columns.</source>
        <translation>Ingen kolonne i %1 har serienummer eller maskinnavn for profilen «%2»; velg en annen profil eller koble kolonnene.</translation>
    </message>
    <message>
        <source>line 2, column 1: the file has a header but no rows.</source>
        <translation>linje 2, kolonne 1: filen har overskrifter, men ingen rader.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has dates that only work day first and others that only work month first; rows that do not fit month first are rejected.</source>
        <translation>Kolonnen «%1» har datoer som bare går med dag først og andre som bare går med måned først; rader som ikke passer med måned først, avvises.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot;: every date (such as 03/04/2023) could be day/month or month/day; read as month/day, as Intune, AD and ConfigMgr write them. Set the column&apos;s date order in the mapping if that is wrong.</source>
        <translation>Kolonnen «%1»: alle datoene (som 03/04/2023) kan være dag/måned eller måned/dag; de leses som måned/dag, slik Intune, AD og ConfigMgr skriver dem. Angi kolonnens datorekkefølge i koblingen hvis det er feil.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>kolonne %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: the header row is malformed: %3</source>
        <translation>linje %1, kolonne %2: overskriftsraden er ugyldig: %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import devices from Intune, AD, ConfigMgr or spreadsheet CSV</source>
        <translation>Importer enheter fra Intune, AD, ConfigMgr eller regneark (CSV)</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2)</source>
        <translation>Fil: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Encoding: %1, delimiter: %2, profile: %3</source>
        <translation>Tegnkoding: %1, skilletegn: %2, profil: %3</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Nye: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Oppdatert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Uendret: %1</translation>
    </message>
    <message>
        <source>Missing from source (in use, not in this file; nothing is deleted): %1</source>
        <translation>Mangler i kilden (i bruk, men ikke i denne filen; ingenting slettes): %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>Matched on device name, because the serial number was missing or a placeholder: %1</source>
        <translation>Koblet på maskinnavn fordi serienummeret manglet eller var en plassholder: %1</translation>
    </message>
    <message>
        <source>line %1: serial &quot;%2&quot;, device name %3</source>
        <translation>linje %1: serienummer «%2», maskinnavn %3</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Endringer:</translation>
    </message>
    <message>
        <source>line %1, %2 %3:</source>
        <translation>linje %1, %2 %3:</translation>
    </message>
    <message>
        <source>... and %1 more updated devices</source>
        <translation>… og %1 oppdaterte enheter til</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Applied (import %1).</source>
        <translation>Utført (import %1).</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prøvekjøring: ingenting ble endret.</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>Ikke utført: ingenting ble endret.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>A saved mapping&apos;s name, or a JSON mapping file.</source>
        <translation>Navnet på en lagret kobling, eller en JSON-fil med kobling.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAVN|FIL</translation>
    </message>
    <message>
        <source>Do the whole import and show what it would change, then change nothing.</source>
        <translation>Kjør hele importen og vis hva den ville endre, men endre ingenting.</translation>
    </message>
    <message>
        <source>Apply the valid rows even when some rows are rejected.</source>
        <translation>Lagre de gyldige radene selv om noen rader avvises.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Skriv ut sammendraget som JSON.</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>oppgi nøyaktig én FIL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>%1 rejected rows would block the import (or use --skip-rejected).</source>
        <translation>%1 avviste rader ville stoppe importen (eller bruk --skip-rejected).</translation>
    </message>
    <message>
        <source>%1 rejected rows; nothing was applied (use --skip-rejected to apply the rest).</source>
        <translation>%1 avviste rader; ingenting ble lagret (bruk --skip-rejected for å lagre resten).</translation>
    </message>
    <message>
        <source>serial &quot;%1&quot;, device name %2</source>
        <translation>serienummer «%1», maskinnavn %2</translation>
    </message>
    <message>
        <source>Stored devices given their model&apos;s new usual production year: %1</source>
        <translation>Lagrede enheter som fikk modellens nye vanlige produksjonsår: %1</translation>
    </message>
    <message>
        <source>Merged into an earlier line&apos;s device (same serial): %1</source>
        <translation>Slått sammen med enheten på en tidligere linje (samme serienummer): %1</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Kolonner som ikke leses: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like the field %2: map it with a mapping file (&quot;columns&quot;: {&quot;%2&quot;: [&quot;%1&quot;]}, see import --help)</source>
        <translation>«%1» ser ut som feltet %2: koble den med en koblingsfil (&quot;columns&quot;: {&quot;%2&quot;: [&quot;%1&quot;]}, se import --help)</translation>
    </message>
    <message>
        <source>Import devices from a CSV export (Intune, Active Directory, Configuration Manager, Windows Autopilot, ServiceNow, an asset-management system such as Snipe-IT, a spreadsheet or Rullering&apos;s own export). All rows are applied in one transaction, or none.

A mapping file (--mapping FILE) is JSON: &quot;columns&quot; names the file&apos;s columns for each field (the first non-empty one wins), &quot;dateOrders&quot; fixes a column&apos;s day/month order (dmy, mdy or auto), &quot;emptyClears&quot; lets an empty cell clear the stored value, &quot;municipality&quot; is given to rows that name none:
  {&quot;profile&quot;: &quot;generic&quot;,
   &quot;columns&quot;: {&quot;serial&quot;: [&quot;Serial No&quot;], &quot;manufacturer&quot;: [&quot;Asset Make&quot;],
               &quot;model&quot;: [&quot;Asset Model&quot;], &quot;primary_user&quot;: [&quot;User Allocated&quot;],
               &quot;asset_tag&quot;: [&quot;Tag No&quot;], &quot;purchase_date&quot;: [&quot;Purchase Date&quot;]},
   &quot;dateOrders&quot;: {&quot;Purchase Date&quot;: &quot;dmy&quot;},
   &quot;emptyClears&quot;: false,
   &quot;municipality&quot;: &quot;Molde&quot;}
Fields: %1.
A dry run with --json lists the columns no field reads (&quot;ignoredColumns&quot;) and, in the same shape as &quot;columns&quot;, fields their names suggest (&quot;suggestedColumns&quot;).</source>
        <translation>Importer enheter fra en CSV-eksport (Intune, Active Directory, Configuration Manager, Windows Autopilot, ServiceNow, et system for utstyrsforvaltning som Snipe-IT, et regneark eller Rullerings egen eksport). Alle rader legges inn i én transaksjon, eller ingen.

En koblingsfil (--mapping FIL) er JSON: &quot;columns&quot; oppgir filens kolonner for hvert felt (den første som ikke er tom vinner), &quot;dateOrders&quot; bestemmer en kolonnes rekkefølge på dag og måned (dmy, mdy eller auto), &quot;emptyClears&quot; lar en tom celle tømme den lagrede verdien, &quot;municipality&quot; gis til rader som ikke oppgir kommune:
  {&quot;profile&quot;: &quot;generic&quot;,
   &quot;columns&quot;: {&quot;serial&quot;: [&quot;Serial No&quot;], &quot;manufacturer&quot;: [&quot;Asset Make&quot;],
               &quot;model&quot;: [&quot;Asset Model&quot;], &quot;primary_user&quot;: [&quot;User Allocated&quot;],
               &quot;asset_tag&quot;: [&quot;Tag No&quot;], &quot;purchase_date&quot;: [&quot;Purchase Date&quot;]},
   &quot;dateOrders&quot;: {&quot;Purchase Date&quot;: &quot;dmy&quot;},
   &quot;emptyClears&quot;: false,
   &quot;municipality&quot;: &quot;Molde&quot;}
Felt: %1.
En prøvekjøring med --json lister kolonnene ingen felt leser (&quot;ignoredColumns&quot;) og, i samme form som &quot;columns&quot;, feltene navnene deres peker mot (&quot;suggestedColumns&quot;).</translation>
    </message>
    <message>
        <source>auto (default), or one of %1.</source>
        <translation>auto (standard), eller en av %1.</translation>
    </message>
    <message>
        <source>The municipality of rows that name none (a single municipality&apos;s own export).</source>
        <translation>Kommunen for rader som ikke oppgir noen (en enkelt kommunes egen eksport).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>--profile must be auto or one of %1, not &quot;%2&quot;</source>
        <translation>--profile må være auto eller en av %1, ikke «%2»</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Source of production year</source>
        <translation>Kilde for produksjonsår</translation>
    </message>
    <message>
        <source>Purchase or invoice date</source>
        <translation>Innkjøps- eller fakturadato</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>Garantistart</translation>
    </message>
    <message>
        <source>Original OS install date</source>
        <translation>Opprinnelig OS-installasjonsdato</translation>
    </message>
    <message>
        <source>BIOS release date</source>
        <translation>BIOS-dato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>I bruk fra</translation>
    </message>
    <message>
        <source>Replaced on (swap date)</source>
        <translation>Erstattet dato (byttedato)</translation>
    </message>
    <message>
        <source>Swapped by</source>
        <translation>Byttet av</translation>
    </message>
    <message>
        <source>Keep (exclude from plan)</source>
        <translation>Behold (utenfor planen)</translation>
    </message>
    <message>
        <source>AD path (municipality, location)</source>
        <translation>AD-sti (kommune, lokasjon)</translation>
    </message>
    <message>
        <source>Replaced by (new device&apos;s serial)</source>
        <translation>Erstattet av (nytt serienummer)</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>Spreadsheet (column names in English or Norwegian)</source>
        <translation>Regneark (kolonnenavn på norsk eller engelsk)</translation>
    </message>
    <message>
        <source>Active Directory computer export</source>
        <translation>Active Directory-eksport av datamaskiner</translation>
    </message>
    <message>
        <source>Configuration Manager query export</source>
        <translation>Configuration Manager-eksport (spørring)</translation>
    </message>
    <message>
        <source>Rullering device export</source>
        <translation>Rullerings egen enhetseksport</translation>
    </message>
    <message>
        <source>Windows Autopilot device list (hardware hash)</source>
        <translation>Windows Autopilot-enhetsliste (maskinvare-hash)</translation>
    </message>
    <message>
        <source>Intune device export (All devices, with or without inventory)</source>
        <translation>Intune-eksport av enheter (Alle enheter, med eller uten inventardata)</translation>
    </message>
    <message>
        <source>ServiceNow CMDB computer list</source>
        <translation>ServiceNow CMDB-liste over datamaskiner</translation>
    </message>
    <message>
        <source>Asset-management system export (Snipe-IT and similar)</source>
        <translation>Eksport fra system for utstyrsforvaltning (Snipe-IT og lignende)</translation>
    </message>
</context>
<context>
    <name>ImportReferences</name>
    <message>
        <source>&quot;%1&quot; needs a municipality, and the row names none: add a municipality column, or give the municipality of rows without one (import --municipality NAME, or &quot;Municipality for rows without one&quot; in the import&apos;s mapping step).</source>
        <translation>«%1» trenger en kommune, og raden oppgir ingen: legg til en kommunekolonne, eller oppgi kommunen for rader uten (import --municipality NAVN, eller «Kommune for rader uten kommune» i importens koblingssteg).</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) not in the register yet, created by this import (check the spelling): %1</source>
        <translation>
            <numerusform>%n kommune som ikke finnes i registeret ennå, opprettes av denne importen (sjekk skrivemåten): %1</numerusform>
            <numerusform>%n kommuner som ikke finnes i registeret ennå, opprettes av denne importen (sjekk skrivemåten): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) not in the register yet, created by this import: %1</source>
        <translation>
            <numerusform>%n lokasjon som ikke finnes i registeret ennå, opprettes av denne importen: %1</numerusform>
            <numerusform>%n lokasjoner som ikke finnes i registeret ennå, opprettes av denne importen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) not in the register yet, created by this import: %1</source>
        <translation>
            <numerusform>%n avdeling som ikke finnes i registeret ennå, opprettes av denne importen: %1</numerusform>
            <numerusform>%n avdelinger som ikke finnes i registeret ennå, opprettes av denne importen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the file was read as the register&apos;s &quot;%2&quot;.</source>
        <translation>«%1» i filen ble lest som registerets «%2».</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>is not a date.</source>
        <translation>er ikke en dato.</translation>
    </message>
    <message>
        <source>is not a production year (four digits, 1980 to 2200).</source>
        <translation>er ikke et produksjonsår (fire sifre, 1980 til 2200).</translation>
    </message>
    <message>
        <source>is not a source of production year.</source>
        <translation>er ikke en kilde for produksjonsår.</translation>
    </message>
    <message>
        <source>is not yes or no.</source>
        <translation>er ikke ja eller nei.</translation>
    </message>
    <message>
        <source>%1 (column %2): &quot;%3&quot; %4.</source>
        <translation>%1 (kolonne %2): «%3» %4.</translation>
    </message>
    <message>
        <source>is not a device type (PC, laptop, tablet, printer, phone, server, other).</source>
        <translation>er ikke en enhetstype (PC, bærbar, nettbrett, skriver, mobiltelefon, server, annet).</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show counts and schema version</source>
        <translation>Vis antall og skjemaversjon</translation>
    </message>
    <message>
        <source>Show the database&apos;s schema version and its devices per municipality, type and lifecycle state.</source>
        <translation>Vis databasens skjemaversjon og enhetene per kommune, type og livsløpsstatus.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Rullering: %2)</source>
        <translation>Skjemaversjon: %1 (denne Rullering: %2)</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Enheter: %1</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>(ingen kommune)</translation>
    </message>
    <message>
        <source>Per municipality</source>
        <translation>Per kommune</translation>
    </message>
    <message>
        <source>Per type</source>
        <translation>Per type</translation>
    </message>
    <message>
        <source>Per lifecycle state</source>
        <translation>Per livsløpsstatus</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>In pool</source>
        <translation>I pool</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Utfaset</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tapt</translation>
    </message>
    <message>
        <source>The device is already %1.</source>
        <translation>Enheten har allerede status %1.</translation>
    </message>
    <message>
        <source>Only a device in use can be replaced, and only by a swap; this one is %1.</source>
        <translation>Bare en enhet i bruk kan erstattes, og bare ved et bytte; denne har status %1.</translation>
    </message>
    <message>
        <source>A device that is %1 cannot become %2.</source>
        <translation>En enhet med status %1 kan ikke få status %2.</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>En lagret kobling må ha et navn.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>Det finnes ingen lagret kobling som heter «%1».</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; is damaged: %2</source>
        <translation>Den lagrede koblingen «%1» er skadet: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Kan ikke lese koblingen %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Koblingen %1 er ikke et JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Start from the saved plan NAME.</source>
        <translation>Ta utgangspunkt i den lagrede planen NAVN.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>First plan year (default: the status date&apos;s year).</source>
        <translation>Første planår (standard: statusdatoens år).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>Number of plan years (default 5).</source>
        <translation>Antall planår (standard 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Status date: activity is judged against it (default today).</source>
        <translation>Statusdato: aktivitet vurderes mot denne (standard i dag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Devices not seen within D days before the status date go to the collect list (default 90).</source>
        <translation>Enheter som ikke er sett de siste D dagene før statusdatoen, havner på innsamlingslisten (standard 90).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Lifetime of a device type, e.g. laptop=5 (repeatable).</source>
        <translation>Levetid for en enhetstype, f.eks. laptop=5 (kan gjentas).</translation>
    </message>
    <message>
        <source>TYPE=YEARS</source>
        <translation>TYPE=ÅR</translation>
    </message>
    <message>
        <source>Use the levelled plan (an even yearly rate) instead of the straight one.</source>
        <translation>Bruk den utjevnede planen (jevn årlig takt) i stedet for den rette.</translation>
    </message>
    <message>
        <source>Devices a municipality can swap a year, e.g. Molde=900 (repeatable; 0 = no limit).</source>
        <translation>Enheter en kommune kan bytte per år, f.eks. Molde=900 (kan gjentas; 0 = ingen grense).</translation>
    </message>
    <message>
        <source>MUNICIPALITY=N</source>
        <translation>KOMMUNE=N</translation>
    </message>
    <message>
        <source>Standard model bought for a type, e.g. &quot;laptop=Dell Latitude 5450&quot;.</source>
        <translation>Standardmodell som kjøpes for en type, f.eks. «laptop=Dell Latitude 5450».</translation>
    </message>
    <message>
        <source>TYPE=MODEL</source>
        <translation>TYPE=MODELL</translation>
    </message>
    <message>
        <source>Unit price in NOK for a type, e.g. laptop=11500.</source>
        <translation>Enhetspris i kroner for en type, f.eks. laptop=11500.</translation>
    </message>
    <message>
        <source>TYPE=NOK</source>
        <translation>TYPE=KR</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 må være et heltall fra %2 til %3, ikke «%4»</translation>
    </message>
    <message>
        <source>--lifetime %1 must be 1 to 30 years, not &quot;%2&quot;</source>
        <translation>--lifetime %1 må være 1 til 30 år, ikke «%2»</translation>
    </message>
    <message>
        <source>--price %1 must be an amount in NOK, not &quot;%2&quot;</source>
        <translation>--price %1 må være et beløp i kroner, ikke «%2»</translation>
    </message>
    <message>
        <source>--capacity must be MUNICIPALITY=N with N a whole number, not &quot;%1&quot;</source>
        <translation>--capacity må være KOMMUNE=N der N er et heltall, ikke «%1»</translation>
    </message>
    <message>
        <source>--capacity: there is no municipality named &quot;%1&quot;</source>
        <translation>--capacity: det finnes ingen kommune som heter «%1»</translation>
    </message>
    <message>
        <source>Compute the replacement plan per municipality and year: devices in use by production year and lifetime, the straight and the levelled plan, overdue, supply and what to buy.</source>
        <translation>Beregn rulleringsplanen per kommune og år: enheter i bruk etter produksjonsår og levetid, rett og utjevnet plan, forfalt, tilgang og hva som må kjøpes.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Utdataformat: table, csv eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;;&apos; (default) or &apos;,&apos;.</source>
        <translation>Skilletegn i CSV: &apos;;&apos; (standard) eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TEGN</translation>
    </message>
    <message>
        <source>Save the policy as the plan NAME.</source>
        <translation>Lagre innstillingene som planen NAVN.</translation>
    </message>
    <message>
        <source>Print the time taken on stderr.</source>
        <translation>Skriv tidsbruken til stderr.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format må være table, csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;;&apos; or &apos;,&apos;, not &quot;%1&quot;</source>
        <translation>--delimiter må være &apos;;&apos; eller &apos;,&apos;, ikke «%1»</translation>
    </message>
    <message>
        <source>Saved the plan &quot;%1&quot;.</source>
        <translation>Lagret planen «%1».</translation>
    </message>
    <message>
        <source>Plan computed in %1 ms over %2 devices in use.</source>
        <translation>Planen ble beregnet på %1 ms over %2 enheter i bruk.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rett</translation>
    </message>
    <message>
        <source>Levelled</source>
        <translation>Utjevnet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Å kjøpe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Plan %1–%2, %3, status as of %4, activity window %5 days</source>
        <translation>Plan %1–%2, %3, status per %4, aktivitetsvindu %5 dager</translation>
    </message>
    <message>
        <source>levelled</source>
        <translation>utjevnet</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>rett</translation>
    </message>
    <message>
        <source>Collect or verify (not seen within %1 days): %2</source>
        <translation>Samle inn eller kontroller (ikke sett på %1 dager): %2</translation>
    </message>
    <message>
        <source>Needs data (no production year): %1</source>
        <translation>Mangler data (uten produksjonsår): %1</translation>
    </message>
    <message>
        <source>Kept: %1, excluded location or department: %2, due after %3: %4</source>
        <translation>Beholdes: %1, utelatt lokasjon eller avdeling: %2, forfaller etter %3: %4</translation>
    </message>
    <message>
        <source>Still overdue at the end of the plan (capacity): %1</source>
        <translation>Fortsatt forfalt ved planens slutt (kapasitet): %1</translation>
    </message>
    <message>
        <source>Compute the replacement plan (straight or levelled)</source>
        <translation>Beregn rulleringsplanen (rett eller utjevnet)</translation>
    </message>
    <message>
        <source>--%1 must be TYPE=VALUE with TYPE one of %2; not &quot;%3&quot;</source>
        <translation>--%1 må være TYPE=VERDI der TYPE er en av %2, ikke «%3»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Plan a type left out by default, e.g. phone (repeatable; phone and server are out).</source>
        <translation>Planlegg en type som ellers er utelatt, f.eks. phone (kan gjentas; phone og server er utelatt).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Leave a device type out of the plan, e.g. printer (repeatable).</source>
        <translation>Utelat en enhetstype fra planen, f.eks. printer (kan gjentas).</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>--%1 må være en av %2, ikke «%3»</translation>
    </message>
    <message>
        <source>Types not planned (%1): %2</source>
        <translation>Typer som ikke planlegges (%1): %2</translation>
    </message>
</context>
<context>
    <name>PlanCounter</name>
    <message>
        <source>Cannot count the devices for the plan: %1</source>
        <translation>Kan ikke telle enhetene for planen: %1</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>Cannot read the devices for the plan: %1</source>
        <translation>Kan ikke lese enhetene for planen: %1</translation>
    </message>
</context>
<context>
    <name>PlanPolicy</name>
    <message>
        <source>The plan setting &quot;%1&quot; must be a list of ids.</source>
        <translation>Planinnstillingen «%1» må være en liste med id-er.</translation>
    </message>
    <message>
        <source>The plan setting &quot;%1&quot; holds an id that is not a positive number.</source>
        <translation>Planinnstillingen «%1» har en id som ikke er et positivt tall.</translation>
    </message>
    <message>
        <source>The first plan year %1 is not a plausible year.</source>
        <translation>Første planår %1 er ikke et sannsynlig årstall.</translation>
    </message>
    <message>
        <source>The plan must cover 1 to 30 years, not %1.</source>
        <translation>Planen må dekke 1 til 30 år, ikke %1.</translation>
    </message>
    <message>
        <source>The lifetime of %1 must be 1 to 30 years, not %2.</source>
        <translation>Levetiden for %1 må være 1 til 30 år, ikke %2.</translation>
    </message>
    <message>
        <source>The plan has no status date.</source>
        <translation>Planen har ingen statusdato.</translation>
    </message>
    <message>
        <source>The activity window must be 1 to 3650 days, not %1.</source>
        <translation>Aktivitetsvinduet må være 1 til 3650 dager, ikke %1.</translation>
    </message>
    <message>
        <source>A yearly capacity cannot be negative.</source>
        <translation>En årlig kapasitet kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The unit price of %1 cannot be negative.</source>
        <translation>Enhetsprisen for %1 kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The plan&apos;s status date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Planens statusdato «%1» er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The plan setting &quot;%1&quot; must be a number.</source>
        <translation>Planinnstillingen «%1» må være et tall.</translation>
    </message>
    <message>
        <source>The plan&apos;s lifetime &quot;%1&quot; is not a device type with a number of years.</source>
        <translation>Planens levetid «%1» er ikke en enhetstype med et antall år.</translation>
    </message>
    <message>
        <source>The plan&apos;s standard model for &quot;%1&quot; is not for a device type.</source>
        <translation>Planens standardmodell for «%1» gjelder ikke en enhetstype.</translation>
    </message>
    <message>
        <source>A municipality setting in the plan has no municipality id.</source>
        <translation>En kommuneinnstilling i planen mangler kommune-id.</translation>
    </message>
    <message>
        <source>The unit price of %1 is not a number.</source>
        <translation>Enhetsprisen for %1 er ikke et tall.</translation>
    </message>
    <message>
        <source>The unit price of %1 is above %2 NOK: check the amount.</source>
        <translation>Enhetsprisen for %1 er over %2 kr: kontroller beløpet.</translation>
    </message>
    <message>
        <source>The plan setting &quot;excludedTypes&quot; must be a list of device types.</source>
        <translation>Planinnstillingen «excludedTypes» må være en liste med enhetstyper.</translation>
    </message>
    <message>
        <source>The plan leaves out &quot;%1&quot;, which is not a device type.</source>
        <translation>Planen utelater «%1», som ikke er en enhetstype.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>There is no saved plan named &quot;%1&quot;.</source>
        <translation>Det finnes ingen lagret plan som heter «%1».</translation>
    </message>
    <message>
        <source>The saved plan &quot;%1&quot; is damaged: %2</source>
        <translation>Den lagrede planen «%1» er skadet: %2</translation>
    </message>
    <message>
        <source>The saved plan &quot;%1&quot;: %2</source>
        <translation>Den lagrede planen «%1»: %2</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>En plan må ha et navn.</translation>
    </message>
    <message>
        <source>The saved current plan settings are damaged: %1</source>
        <translation>De lagrede gjeldende planinnstillingene er skadet: %1</translation>
    </message>
</context>
<context>
    <name>PlanSeries</name>
    <message>
        <source>Replacements per year, straight and levelled plan</source>
        <translation>Utskiftinger per år, rett fram og utjevnet plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rett fram</translation>
    </message>
    <message>
        <source>Levelled</source>
        <translation>Utjevnet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>The year %1 is outside the plan (%2–%3).</source>
        <translation>Året %1 er utenfor planen (%2–%3).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>(no municipality)</source>
        <translation>(ingen kommune)</translation>
    </message>
    <message>
        <source>Flagged keep: not planned.</source>
        <translation>Merket for å beholdes: ikke planlagt.</translation>
    </message>
    <message>
        <source>At an excluded location or in an excluded department.</source>
        <translation>På en utelatt lokasjon eller i en utelatt avdeling.</translation>
    </message>
    <message>
        <source>Never seen: collect or verify it before replacing it.</source>
        <translation>Aldri sett: samle inn eller kontroller den før den byttes.</translation>
    </message>
    <message>
        <source>Last seen %1, more than %2 days before %3: collect or verify it.</source>
        <translation>Sist sett %1, mer enn %2 dager før %3: samle inn eller kontroller den.</translation>
    </message>
    <message>
        <source>No production year: add it so the device can be planned.</source>
        <translation>Mangler produksjonsår: legg det inn så enheten kan planlegges.</translation>
    </message>
    <message>
        <source>Produced %1, lifetime %2 years: due %3, after the plan&apos;s last year %4.</source>
        <translation>Produsert %1, levetid %2 år: forfaller %3, etter planens siste år %4.</translation>
    </message>
    <message>
        <source>Due %1, but the yearly capacity leaves no room for it before %2: overdue.</source>
        <translation>Forfaller %1, men den årlige kapasiteten gir ikke plass til den før %2: forfalt.</translation>
    </message>
    <message>
        <source>Produced %1, lifetime %2 years: overdue already, due in the first year %3.</source>
        <translation>Produsert %1, levetid %2 år: allerede forfalt, planlagt i første år %3.</translation>
    </message>
    <message>
        <source>Produced %1, lifetime %2 years: due %3.</source>
        <translation>Produsert %1, levetid %2 år: forfaller %3.</translation>
    </message>
    <message>
        <source>Pulled forward to %1 to even out the yearly rate.</source>
        <translation>Flyttet frem til %1 for å jevne ut den årlige takten.</translation>
    </message>
    <message>
        <source>Carried to %1: the yearly capacity was full (overdue).</source>
        <translation>Utsatt til %1: den årlige kapasiteten var full (forfalt).</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>After the horizon</source>
        <translation>Etter planperioden</translation>
    </message>
    <message>
        <source>Collect or verify</source>
        <translation>Samle inn eller kontroller</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>Mangler data</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdes</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Utelatt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>The plan leaves out devices of type %1.</source>
        <translation>Planen utelater enheter av typen %1.</translation>
    </message>
    <message>
        <source>Type not planned</source>
        <translation>Typen planlegges ikke</translation>
    </message>
</context>
<context>
    <name>PostgresCopyWriter</name>
    <message>
        <source>Cannot write the table %1 on the server: %2</source>
        <translation>Kan ikke skrive tabellen %1 på serveren: %2</translation>
    </message>
    <message>
        <source>the connection is not PostgreSQL&apos;s</source>
        <translation>tilkoblingen er ikke til PostgreSQL</translation>
    </message>
    <message>
        <source>the copy was not started</source>
        <translation>kopieringen ble ikke startet</translation>
    </message>
</context>
<context>
    <name>PostgresEngine</name>
    <message>
        <source>Cannot create the register in %1: %2. A user allowed to create a schema in that database must open it once first.</source>
        <translation>Kan ikke opprette registeret i %1: %2. En bruker som har lov til å opprette et skjema i den databasen, må åpne den én gang først.</translation>
    </message>
    <message>
        <source>Cannot read the register in %1: %2</source>
        <translation>Kan ikke lese registeret i %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the register in %1.</source>
        <translation>Kan ikke lese registeret i %1.</translation>
    </message>
    <message>
        <source>%1 has a schema named %2 that is not a Rullering register; nothing was changed.</source>
        <translation>%1 har et skjema som heter %2, men som ikke er et Rullering-register; ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 holds no Rullering register.</source>
        <translation>%1 inneholder ikke noe Rullering-register.</translation>
    </message>
    <message>
        <source>The register on the server was written by a newer version of Rullering (schema %1; this version understands up to %2). Update Rullering to open it; the register has not been changed.</source>
        <translation>Registeret på serveren ble skrevet av en nyere versjon av Rullering (skjema %1; denne versjonen forstår opp til %2). Oppdater Rullering for å åpne det; registeret er ikke endret.</translation>
    </message>
    <message>
        <source>Cannot read the register&apos;s tables: %1</source>
        <translation>Kan ikke lese registerets tabeller: %1</translation>
    </message>
    <message>
        <source>Cannot set the next id of %1: %2</source>
        <translation>Kan ikke sette neste id i %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the server&apos;s statistics: %1</source>
        <translation>Kan ikke oppdatere serverens statistikk: %1</translation>
    </message>
</context>
<context>
    <name>Procurement</name>
    <message>
        <source>(no department)</source>
        <translation>(ingen avdeling)</translation>
    </message>
</context>
<context>
    <name>ProcurementExport</name>
    <message>
        <source>(no standard model set)</source>
        <translation>(ingen standardmodell valgt)</translation>
    </message>
    <message>
        <source>Sum %1</source>
        <translation>Sum %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>Standard model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>From stock or pool</source>
        <translation>Fra lager eller pool</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price (NOK)</source>
        <translation>Enhetspris (kr)</translation>
    </message>
    <message>
        <source>Line total (NOK)</source>
        <translation>Linjesum (kr)</translation>
    </message>
    <message>
        <source>Procurement %1</source>
        <translation>Bestilling %1</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name the file .csv or .xlsx.</source>
        <translation>Kan ikke avgjøre formatet til %1: gi filen endelsen .csv eller .xlsx.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Øk</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Senk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Utfør</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>The location &quot;%1&quot; needs a municipality.</source>
        <translation>Lokasjonen «%1» må høre til en kommune.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; needs a municipality.</source>
        <translation>Avdelingen «%1» må høre til en kommune.</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>Cannot read the source register: %1</source>
        <translation>Kan ikke lese kilderegisteret: %1</translation>
    </message>
    <message>
        <source>Cannot copy the register: the tables %1 refer to each other, and the copy knows no order to write them in. Nothing was copied.</source>
        <translation>Kan ikke kopiere registeret: tabellene %1 viser til hverandre, og kopieringen vet ingen rekkefølge å skrive dem i. Ingenting ble kopiert.</translation>
    </message>
    <message>
        <source>Cannot copy the register: the target has no table %1.</source>
        <translation>Kan ikke kopiere registeret: målet har ingen tabell %1.</translation>
    </message>
    <message>
        <source>Cannot copy the register: the table %1 has the columns %2 in the source but %3 in the target.</source>
        <translation>Kan ikke kopiere registeret: tabellen %1 har kolonnene %2 i kilden, men %3 i målet.</translation>
    </message>
    <message>
        <source>Cannot copy the register: the source has no table %1.</source>
        <translation>Kan ikke kopiere registeret: kilden har ingen tabell %1.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Kan ikke telle radene i %1: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1.</source>
        <translation>Kan ikke telle radene i %1.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of the source: %2</source>
        <translation>Kan ikke lese tabellen %1 i kilden: %2</translation>
    </message>
    <message>
        <source>Cannot copy a register onto itself (%1).</source>
        <translation>Kan ikke kopiere et register til seg selv (%1).</translation>
    </message>
    <message>
        <source>Cannot copy the register: the source is at schema %1, the target at %2.</source>
        <translation>Kan ikke kopiere registeret: kilden har skjema %1, målet %2.</translation>
    </message>
    <message>
        <source>%1 already holds a register (%2 rows); it was not changed.</source>
        <translation>%1 inneholder allerede et register (%2 rader); det ble ikke endret.</translation>
    </message>
    <message>
        <source>Cannot empty %1: %2</source>
        <translation>Kan ikke tømme %1: %2</translation>
    </message>
    <message>
        <source>The copy failed, %1 was not changed: %2</source>
        <translation>Kopieringen mislyktes, %1 ble ikke endret: %2</translation>
    </message>
    <message>
        <source>The copy failed, %1 was not changed: a row of %2 in the source points at a row that does not exist.</source>
        <translation>Kopieringen mislyktes, %1 ble ikke endret: en rad i %2 i kilden peker på en rad som ikke finnes.</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>Whole register</source>
        <translation>Hele registeret</translation>
    </message>
    <message>
        <source>locations: %1</source>
        <translation>lokasjoner: %1</translation>
    </message>
    <message>
        <source>departments: %1</source>
        <translation>avdelinger: %1</translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation>nett: %1</translation>
    </message>
    <message>
        <source>produced %1–%2</source>
        <translation>produsert %1–%2</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>forfaller i %1</translation>
    </message>
    <message>
        <source>seen within %1 days</source>
        <translation>sett innen %1 dager</translation>
    </message>
    <message>
        <source>not seen for %1 days</source>
        <translation>ikke sett på %1 dager</translation>
    </message>
    <message>
        <source>search «%1»</source>
        <translation>søk «%1»</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation>Filen kan ikke leses som en database.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Rullering (schema %1; this version understands up to %2). Update Rullering to open it; the file has not been changed.</source>
        <translation>Databasen er skrevet av en nyere versjon av Rullering (skjema %1; denne versjonen forstår opp til %2). Oppdater Rullering for å åpne den; filen er ikke endret.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
        <translation>Oppgradering av databasen til skjema %1 (%2) mislyktes: %3. Databasen er uendret på skjema %4.</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Kan ikke lagre skjemaversjon %1: %2</translation>
    </message>
    <message>
        <source>Cannot compact the new database: %1</source>
        <translation>Kan ikke komprimere den nye databasen: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) would leave a row of &quot;%3&quot; pointing at a missing row. The database is unchanged at schema %4.</source>
        <translation>Oppgraderingen av databasen til skjema %1 (%2) ville etterlate en rad i «%3» som peker på en rad som ikke finnes. Databasen er uendret på skjema %4.</translation>
    </message>
</context>
<context>
    <name>SearchIndexBatch</name>
    <message>
        <source>The database refused the search index update: %1</source>
        <translation>Databasen avviste oppdateringen av søkeindeksen: %1</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>Cannot set up the team&apos;s roles: %1. The register&apos;s owner, allowed to create roles (CREATEROLE), must run server init.</source>
        <translation>Kan ikke sette opp teamets roller: %1. Registerets eier, med rett til å opprette roller (CREATEROLE), må kjøre server init.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: give coordinator, technician, procurement or reader.</source>
        <translation>Ukjent rolle «%1»: oppgi coordinator, technician, procurement eller reader.</translation>
    </message>
    <message>
        <source>The server has no role %1 yet: run server init first.</source>
        <translation>Serveren har ingen rolle %1 ennå: kjør server init først.</translation>
    </message>
    <message>
        <source>%1 is one of Rullering&apos;s own roles, not a login.</source>
        <translation>%1 er en av Rullerings egne roller, ikke en pålogging.</translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on the server.</source>
        <translation>Det finnes ingen pålogging «%1» på serveren.</translation>
    </message>
    <message>
        <source>Cannot build the statement.</source>
        <translation>Kan ikke bygge setningen.</translation>
    </message>
    <message>
        <source>Cannot give %1 the %2 role: %3</source>
        <translation>Kan ikke gi %1 rollen %2: %3</translation>
    </message>
    <message>
        <source>Cannot take the %2 role from %1: %3</source>
        <translation>Kan ikke ta rollen %2 fra %1: %3</translation>
    </message>
    <message>
        <source>%1 holds no Rullering register.</source>
        <translation>%1 inneholder ikke noe Rullering-register.</translation>
    </message>
    <message>
        <source>Only the register&apos;s owner (%1) or a superuser can set up the team&apos;s roles and rights.</source>
        <translation>Bare registerets eier (%1) eller en superbruker kan sette opp teamets roller og rettigheter.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>out of memory</source>
        <translation>tom for minne</translation>
    </message>
    <message>
        <source>The server address %1 is not valid: %2</source>
        <translation>Serveradressen %1 er ugyldig: %2</translation>
    </message>
    <message>
        <source>The server address %1 is not valid: the value of %2 contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>Serveradressen %1 er ugyldig: verdien av %2 inneholder «;», som Qts PostgreSQL-driver ikke kan sende videre.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library (libpq) could not be loaded: %1</source>
        <translation>Klientbiblioteket til PostgreSQL (libpq) kunne ikke lastes inn: %1</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>--db must name a server (postgresql://...), not the file %1</source>
        <translation>--db må angi en server (postgresql://...), ikke filen %1</translation>
    </message>
    <message>
        <source>The register in %1 is ready (schema %2).</source>
        <translation>Registeret i %1 er klart (skjema %2).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>(nobody holds a team role yet)</source>
        <translation>(ingen har en teamrolle ennå)</translation>
    </message>
    <message>
        <source>Give an existing server login one of the team&apos;s roles.</source>
        <translation>Gi en eksisterende pålogging på serveren en av teamets roller.</translation>
    </message>
    <message>
        <source>Take one of the team&apos;s roles from a server login.</source>
        <translation>Ta en av teamets roller fra en pålogging på serveren.</translation>
    </message>
    <message>
        <source>A login that exists on the server.</source>
        <translation>En pålogging som finnes på serveren.</translation>
    </message>
    <message>
        <source>coordinator, technician, procurement or reader.</source>
        <translation>coordinator, technician, procurement eller reader.</translation>
    </message>
    <message>
        <source>give a login and a role: %1 LOGIN ROLE</source>
        <translation>oppgi en pålogging og en rolle: %1 PÅLOGGING ROLLE</translation>
    </message>
    <message>
        <source>%1 now has the %2 role.</source>
        <translation>%1 har nå rollen %2.</translation>
    </message>
    <message>
        <source>%1 already had the %2 role.</source>
        <translation>%1 hadde allerede rollen %2.</translation>
    </message>
    <message>
        <source>%1 no longer has the %2 role.</source>
        <translation>%1 har ikke lenger rollen %2.</translation>
    </message>
    <message>
        <source>%1 did not have the %2 role.</source>
        <translation>%1 hadde ikke rollen %2.</translation>
    </message>
    <message>
        <source>List who holds which of the team&apos;s roles on the server.</source>
        <translation>Vis hvem som har hvilke av teamets roller på serveren.</translation>
    </message>
    <message>
        <source>Create the register&apos;s schema on the server named by --db, or bring it up to date, and the team&apos;s four roles with their rights (again: rights added by a newer Rullering are given). Changes nothing when all is up to date. Needs a user allowed to create roles.</source>
        <translation>Opprett registerets skjema på serveren som --db angir, eller oppdater det, og teamets fire roller med sine rettigheter (på nytt: rettigheter en nyere Rullering legger til, blir gitt). Endrer ingenting når alt er oppdatert. Krever en bruker med rett til å opprette roller.</translation>
    </message>
    <message>
        <source>Team roles: %1. Give one to a login with: server grant LOGIN ROLE</source>
        <translation>Teamroller: %1. Gi en pålogging en av dem med: server grant PÅLOGGING ROLLE</translation>
    </message>
    <message>
        <source>Usage: rullering-cli --db ADDRESS server init
       rullering-cli --db ADDRESS server grant LOGIN ROLE
       rullering-cli --db ADDRESS server revoke LOGIN ROLE
       rullering-cli --db ADDRESS server access [--format table|json]
ROLE: coordinator, technician, procurement or reader.</source>
        <translation>Bruk: rullering-cli --db ADRESSE server init
       rullering-cli --db ADRESSE server grant PÅLOGGING ROLLE
       rullering-cli --db ADRESSE server revoke PÅLOGGING ROLLE
       rullering-cli --db ADRESSE server access [--format table|json]
ROLLE: coordinator, technician, procurement eller reader.</translation>
    </message>
    <message>
        <source>Prepare a register on a PostgreSQL server and its team&apos;s access</source>
        <translation>Klargjør et register på en PostgreSQL-server og teamets tilgang</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Cannot reach the database server for %1: %2</source>
        <translation>Får ikke kontakt med databaseserveren for %1: %2</translation>
    </message>
    <message>
        <source>The database server refused the sign-in for %1: %2</source>
        <translation>Databaseserveren avviste påloggingen for %1: %2</translation>
    </message>
    <message>
        <source>The database named in %1 does not exist on the server: %2</source>
        <translation>Databasen som er angitt i %1, finnes ikke på serveren: %2</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) to the server for %1 failed: %2</source>
        <translation>Den krypterte forbindelsen (TLS) til serveren for %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the database server for %1: %2</source>
        <translation>Kan ikke koble til databaseserveren for %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql.</source>
        <translation>Qts PostgreSQL-driver (QPSQL) er ikke installert; på Debian er det pakken libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefeil: %1</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Spørringen ble avbrutt.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for the database&apos;s temporary files.</source>
        <translation>Disken er full: det er ikke plass til databasens midlertidige filer.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left for %1 or its temporary files. Free some space and try again.</source>
        <translation>Disken er full: det er ikke plass til %1 eller de midlertidige filene. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The register is read-only (file or folder permissions): nothing can be changed in it.</source>
        <translation>Registeret er skrivebeskyttet (fil- eller mapperettigheter): ingenting kan endres i det.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing more can be stored until its administrator frees space. Nothing was changed.</source>
        <translation>Disken til databasetjeneren er full: ingenting mer kan lagres før administratoren frigjør plass. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The value is already stored on another row (%1)</source>
        <translation>Verdien er allerede lagret på en annen rad (%1)</translation>
    </message>
    <message>
        <source>The connection to the database server is lost: nothing was changed. Rullering reconnects by itself; try again in a moment.</source>
        <translation>Forbindelsen til databaseserveren er brutt: ingenting ble endret. Rullering kobler til igjen av seg selv; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The server refused this for your role (%1)</source>
        <translation>Serveren avviste dette for din rolle (%1)</translation>
    </message>
    <message>
        <source>Another change to the same devices got in the way, so nothing was saved; try again (%1)</source>
        <translation>En annen endring av de samme enhetene kom i veien, så ingenting ble lagret; prøv igjen (%1)</translation>
    </message>
</context>
<context>
    <name>SqliteEngine</name>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Kan ikke skrive tabellen %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the register&apos;s tables: %1</source>
        <translation>Kan ikke lese registerets tabeller: %1</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>The new register is complete in %1 but could not be moved to %2: %3</source>
        <translation>Det nye registeret er ferdig i %1, men kunne ikke flyttes til %2: %3</translation>
    </message>
    <message>
        <source>another program created that file meanwhile</source>
        <translation>et annet program laget den filen i mellomtiden</translation>
    </message>
    <message>
        <source>The new register %1 may not survive a power failure: its folder could not be synced (%2).</source>
        <translation>Det nye registeret %1 tåler kanskje ikke et strømbrudd: mappen kunne ikke skrives til disk (%2).</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Rollout status per municipality</source>
        <translation>Rulleringsstatus per kommune</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Til utskifting</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Byttet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Andel utført</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Status as of %1, active = seen in the last %2 days</source>
        <translation>Status per %1, aktiv = sett de siste %2 dagene</translation>
    </message>
    <message>
        <source>Show the rollout status per municipality and in total as of a date: active and inactive devices, due, replaced this year and remaining.</source>
        <translation>Vis rulleringsstatus per kommune og totalt per en dato: aktive og inaktive enheter, til utskifting, byttet i år og gjenstående.</translation>
    </message>
    <message>
        <source>Status date; default today.</source>
        <translation>Statusdato; standard er i dag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Devices seen within this many days before the date are active.</source>
        <translation>Enheter sett i løpet av så mange dager før datoen er aktive.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Utdataformat: table, csv eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>uventet argument %1</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>--activity-days must be a whole number from 1 to 3650, not &quot;%1&quot;</source>
        <translation>--activity-days må være et heltall fra 1 til 3650, ikke «%1»</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format må være table, csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>Counted as in use on %1 only because they were seen after it, not in the window before: %2 active, %3 of them remaining.</source>
        <translation>Regnet som i bruk %1 bare fordi de ble sett etter datoen, ikke i vinduet før: %2 aktive, %3 av dem gjenstår.</translation>
    </message>
</context>
<context>
    <name>StatusSnapshotStore</name>
    <message>
        <source>The status snapshot needs an open transaction.</source>
        <translation>Statusøyeblikksbildet krever en åpen transaksjon.</translation>
    </message>
    <message>
        <source>A status snapshot needs a trigger.</source>
        <translation>Et statusøyeblikksbilde må ha en årsak.</translation>
    </message>
</context>
<context>
    <name>SwapCommand</name>
    <message>
        <source>Record a swap of an old device for a new one</source>
        <translation>Registrer bytte av en gammel enhet mot en ny</translation>
    </message>
</context>
<context>
    <name>SwapDevicesCommand</name>
    <message>
        <source>Swap %1 for %2</source>
        <translation>Bytt %1 mot %2</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Editing devices</source>
        <translation>Endring av enheter</translation>
    </message>
    <message>
        <source>Editing a device&apos;s notes</source>
        <translation>Endring av en enhets merknader</translation>
    </message>
    <message>
        <source>Recording a swap</source>
        <translation>Registrering av et bytte</translation>
    </message>
    <message>
        <source>Changing policies, pools and scenarios</source>
        <translation>Endring av policyer, pooler og scenarioer</translation>
    </message>
    <message>
        <source>Storing a status snapshot</source>
        <translation>Lagring av et statusbilde</translation>
    </message>
    <message>
        <source>Saving a view</source>
        <translation>Lagring av en visning</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Managing access</source>
        <translation>Tilgangsstyring</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>tekniker</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>innkjøp</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>leser</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>ingen rolle</translation>
    </message>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Krever rollen %1.</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 has %4.</source>
        <translation>%1 krever rollen %2; %3 har %4.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a change in the database: %1</source>
        <translation>Kan ikke starte en endring i databasen: %1</translation>
    </message>
    <message>
        <source>The change was already ended.</source>
        <translation>Endringen var allerede avsluttet.</translation>
    </message>
    <message>
        <source>The change could not be saved, nothing was changed: %1</source>
        <translation>Endringen kunne ikke lagres, ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving: the change may not have been stored. The register is shown again as the server holds it once the connection is back.</source>
        <translation>Forbindelsen til databaseserveren ble brutt under lagringen: endringen er kanskje ikke lagret. Registeret vises igjen slik serveren har det når forbindelsen er tilbake.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Kan ikke skrive %1: mappen finnes ikke.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Filen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Kan ikke opprette arbeidsboken %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1: is it open in another program?</source>
        <translation>Kan ikke erstatte %1: er den åpen i et annet program?</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Kan ikke lagre %1.</translation>
    </message>
</context>
<context>
    <name>YearSource</name>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Production year given</source>
        <translation>Oppgitt produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>Garantistart</translation>
    </message>
    <message>
        <source>Original OS install date</source>
        <translation>Opprinnelig OS-installasjonsdato</translation>
    </message>
    <message>
        <source>BIOS release date</source>
        <translation>BIOS-dato</translation>
    </message>
    <message>
        <source>Usual year of the model</source>
        <translation>Vanlig år for modellen</translation>
    </message>
</context>
<context>
    <name>rullering::AccessDialog</name>
    <message>
        <source>Access</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roles are given and taken on the server: rullering-cli server grant LOGIN ROLE, server revoke LOGIN ROLE.</source>
        <translation>Roller gis og tas på serveren: rullering-cli server grant PÅLOGGING ROLLE, server revoke PÅLOGGING ROLLE.</translation>
    </message>
    <message>
        <source>A register file has one user, who may do everything. Roles are for a register shared on a server.</source>
        <translation>En registerfil har én bruker, som kan gjøre alt. Roller gjelder et register som deles på en server.</translation>
    </message>
    <message>
        <source>Signed in to %1 on %2 as %3 (%4).</source>
        <translation>Logget på %1 på %2 som %3 (%4).</translation>
    </message>
</context>
<context>
    <name>rullering::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Device(s)</source>
        <translation>
            <numerusform>Endre %n enhet</numerusform>
            <numerusform>Endre %n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the fields to change for the %1 selected devices. Fields left unticked keep their values.</source>
        <translation>Kryss av feltene som skal endres for de %1 valgte enhetene. Felt uten kryss beholder verdiene sine.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Leave out of replacement planning</source>
        <translation>Utelat fra rulleringsplanen</translation>
    </message>
    <message>
        <source>Include in replacement planning</source>
        <translation>Ta med i rulleringsplanen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lokasjon</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Nettverk</translation>
    </message>
    <message>
        <source>Primary &amp;user</source>
        <translation>Primær&amp;bruker</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Production year</source>
        <translation>&amp;Produksjonsår</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planlegging</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>The municipalities could not be read: %1</source>
        <translation>Kommunene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The networks could not be read: %1</source>
        <translation>Nettverkene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The locations and departments could not be read: %1</source>
        <translation>Lokasjonene og avdelingene kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>rullering::BulkEditService</name>
    <message>
        <source>Choose at least one field to change.</source>
        <translation>Velg minst ett felt som skal endres.</translation>
    </message>
    <message>
        <source>Production year %1 is not between 1980 and %2.</source>
        <translation>Produksjonsåret %1 er ikke mellom 1980 og %2.</translation>
    </message>
    <message>
        <source>A device becomes Replaced only by a swap, which records what replaced it.</source>
        <translation>En enhet blir Erstattet bare ved et bytte, som registrerer hva som erstattet den.</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Velg en kommune.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Det finnes ingen %1 med id %2.</translation>
    </message>
    <message>
        <source>No devices are selected.</source>
        <translation>Ingen enheter er valgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 (%2)</source>
        <translation>
            <numerusform>%n enhet: %1 (%2)</numerusform>
            <numerusform>%n enheter: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Ingenting ble endret. %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> og %1 til</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasjon</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <source>network</source>
        <translation>nettverk</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>The location belongs to another municipality.</source>
        <translation>Lokasjonen hører til en annen kommune.</translation>
    </message>
    <message>
        <source>The department belongs to another municipality.</source>
        <translation>Avdelingen hører til en annen kommune.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3.</source>
        <translation>%1 «%2» %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n device(s) were changed by someone else while saving.</source>
        <translation>
            <numerusform>Ingenting ble endret: %n enhet ble endret av noen andre under lagringen.</numerusform>
            <numerusform>Ingenting ble endret: %n enheter ble endret av noen andre under lagringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n device(s) were changed by someone else since you read them (%1).</source>
        <translation>
            <numerusform>Ingenting ble endret: %n enhet ble endret av noen andre etter at du leste den (%1).</numerusform>
            <numerusform>Ingenting ble endret: %n enheter ble endret av noen andre etter at du leste dem (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source> Reload to see their changes, then edit again.</source>
        <translation> Last inn på nytt for å se endringene deres, og rediger så igjen.</translation>
    </message>
</context>
<context>
    <name>rullering::ChartPanel</name>
    <message>
        <source>&amp;Copy data</source>
        <translation>&amp;Kopier data</translation>
    </message>
    <message>
        <source>Chart. Choose &quot;Show as table&quot; to read its numbers.</source>
        <translation>Diagram. Velg «Vis som tabell» for å lese tallene.</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Kan ikke skrive bildet %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lagre diagram</translation>
    </message>
    <message>
        <source>Show as ta&amp;ble</source>
        <translation>Vis som ta&amp;bell</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>&amp;Lagre bilde …</translation>
    </message>
</context>
<context>
    <name>rullering::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Koble til server</translation>
    </message>
    <message>
        <source>Open a register shared on a PostgreSQL server. Rullering never stores a password: it signs in with ~/.pgpass, a service file, a certificate or Kerberos, as psql does.</source>
        <translation>Åpne et register som deles på en PostgreSQL-server. Rullering lagrer aldri passord: det logger inn med ~/.pgpass, en tjenestefil, et sertifikat eller Kerberos, slik psql gjør.</translation>
    </message>
    <message>
        <source>Server &amp;details</source>
        <translation>Server&amp;detaljer</translation>
    </message>
    <message>
        <source>db.kommune.no, or a socket folder such as /run/postgresql</source>
        <translation>db.kommune.no, eller en socket-mappe som /run/postgresql</translation>
    </message>
    <message>
        <source>your sign-in name (default: as for psql)</source>
        <translation>brukernavnet ditt (standard: som for psql)</translation>
    </message>
    <message>
        <source>As set for libpq (PGSSLMODE, else prefer)</source>
        <translation>Som satt for libpq (PGSSLMODE, ellers prefer)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server name checked</source>
        <translation>verify-full: kryptert, servernavnet kontrolleres</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: kryptert, sertifikatet kontrolleres</translation>
    </message>
    <message>
        <source>require: encrypted, server not checked</source>
        <translation>require: kryptert, serveren kontrolleres ikke</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer: kryptert hvis serveren tilbyr det</translation>
    </message>
    <message>
        <source>allow: unencrypted unless the server insists</source>
        <translation>allow: ukryptert med mindre serveren krever kryptering</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: aldri kryptert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Br&amp;uker:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-modus:</translation>
    </message>
    <message>
        <source>Paste an &amp;address (libpq URI)</source>
        <translation>Lim &amp;inn en adresse (libpq-URI)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>The address must start with postgresql:// or postgres://.</source>
        <translation>Adressen må begynne med postgresql:// eller postgres://.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
</context>
<context>
    <name>rullering::ConnectionIndicator</name>
    <message>
        <source>Connection to the server lost — retrying…</source>
        <translation>Forbindelsen til serveren er brutt — prøver igjen…</translation>
    </message>
    <message>
        <source>Changes made meanwhile cannot be saved, and changes by others are shown once the connection is back.
%1</source>
        <translation>Endringer gjort i mellomtiden kan ikke lagres, og andres endringer vises når forbindelsen er tilbake.
%1</translation>
    </message>
</context>
<context>
    <name>rullering::DetailsPane</name>
    <message>
        <source>No device selected</source>
        <translation>Ingen enhet valgt</translation>
    </message>
    <message>
        <source>Device fields</source>
        <translation>Enhetsfelt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>%1 (from: %2)</source>
        <translation>%1 (fra: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>The replacing device could not be read: %1</source>
        <translation>Enheten som erstattet denne, kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Yes: left out of replacement planning</source>
        <translation>Ja: utelatt fra rulleringsplanen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>The history of the device could not be read: %1</source>
        <translation>Historikken til enheten kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import av %1</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceConflict</name>
    <message>
        <source>created it</source>
        <translation>opprettet den</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you read it.</source>
        <translation>%1 er endret av noen andre siden du leste den.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3</source>
        <translation>%1 endret %2 den %3</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you read it: %2.</source>
        <translation>%1 er endret av noen andre siden du leste den: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved: reload to see the change, then edit again.</source>
        <translation>Ingenting ble lagret: last inn på nytt for å se endringen, og rediger så igjen.</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceExportRunner</name>
    <message>
        <source>Export devices</source>
        <translation>Eksporter enheter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1 devices to %2 ...</source>
        <translation>Skriver %1 enheter til %2 …</translation>
    </message>
    <message>
        <source>%1 devices were written to %2. Rullering reads the file back whole (Import devices).</source>
        <translation>%1 enheter ble skrevet til %2. Rullering leser filen inn igjen hel (Importer enheter).</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Ingenting ble skrevet til %1: %2</translation>
    </message>
    <message>
        <source>The devices could not be counted, so nothing was exported: %1</source>
        <translation>Enhetene kunne ikke telles, så ingenting ble eksportert: %1</translation>
    </message>
    <message>
        <source>rullering-devices-%1.csv</source>
        <comment>file name</comment>
        <translation>rullering-enheter-%1.csv</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceImportWriter</name>
    <message>
        <source>Devices in the file were changed by someone else while the import ran, so nothing was imported: %1 Run the import again to take their changes into account.</source>
        <translation>Enheter i filen ble endret av noen andre mens importen pågikk, så ingenting ble importert: %1 Kjør importen på nytt for å ta med endringene deres.</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceItemDelegate</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
</context>
<context>
    <name>rullering::DeviceTableModel</name>
    <message>
        <source>Estimated from: %1</source>
        <translation>Anslått ut fra: %1</translation>
    </message>
</context>
<context>
    <name>rullering::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Search serial number, host name, user or model (Ctrl+F)</source>
        <translation>Søk etter serienummer, maskinnavn, bruker eller modell (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Lagrede visninger</translation>
    </message>
    <message>
        <source>&amp;Find Devices</source>
        <translation>&amp;Finn enheter</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit Selected…</source>
        <translation>&amp;Masseendre valgte …</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Lagre visning …</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>&amp;Slett lagret visning</translation>
    </message>
    <message>
        <source>C&amp;lear Filters and Search</source>
        <translation>&amp;Tøm filtre og søk</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 valgt</translation>
    </message>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>%1 kan ikke endres her.</translation>
    </message>
    <message>
        <source>Select the devices to edit first (Ctrl+A selects every device in the view).</source>
        <translation>Velg enhetene som skal endres først (Ctrl+A velger alle enhetene i visningen).</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(gjeldende)</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Lagre visning</translation>
    </message>
    <message>
        <source>Name of the view (filters, search, columns and sort):</source>
        <translation>Navn på visningen (filtre, søk, kolonner og sortering):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Slett visning</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot; for everyone?</source>
        <translation>Slette den lagrede visningen «%1» for alle?</translation>
    </message>
    <message>
        <source>Counting the devices in this view…</source>
        <translation>Teller enhetene i denne visningen …</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ingen register er åpent.</translation>
    </message>
    <message>
        <source>The selected devices could not be read, so nothing was changed: %1</source>
        <translation>De valgte enhetene kunne ikke leses, så ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>The devices in this view have changed since they were selected (the register was changed elsewhere). Nothing was changed; check the selection and try again.</source>
        <translation>Enhetene i denne visningen er endret siden de ble valgt (registeret ble endret et annet sted). Ingenting ble endret; kontroller utvalget og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 devices are selected, but only %2 of them are still in this view: the register was changed elsewhere. Nothing was changed; check the selection and try again.</source>
        <translation>%1 enheter er valgt, men bare %2 av dem er fortsatt i denne visningen: registeret ble endret et annet sted. Ingenting ble endret; kontroller utvalget og prøv igjen.</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>De lagrede visningene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Device Deta&amp;ils</source>
        <translation>Enhets&amp;detaljer</translation>
    </message>
    <message>
        <source>Export the &amp;Table as Shown…</source>
        <translation>Eksporter &amp;tabellen slik den vises …</translation>
    </message>
    <message>
        <source>The filtered devices in this sort, with the shown columns, to an Excel workbook or a CSV file</source>
        <translation>De filtrerte enhetene i denne sorteringen, med de viste kolonnene, til en Excel-arbeidsbok eller en CSV-fil</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Saved view:</source>
        <translation>Lagret vi&amp;sning:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in this view</source>
        <translation>
            <numerusform>%Ln enhet i denne visningen</numerusform>
            <numerusform>%Ln enheter i denne visningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Export the table as shown</source>
        <translation>Eksporter tabellen slik den vises</translation>
    </message>
    <message>
        <source>Writing %1 devices …</source>
        <translation>Skriver %1 enheter …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Ingenting ble skrevet til %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln enhet skrevet til %1.</numerusform>
            <numerusform>%Ln enheter skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows are too many for the clipboard: export the table as shown instead (File menu).</source>
        <translation>%1 rader er for mange for utklippstavlen: eksporter tabellen slik den vises i stedet (Fil-menyen).</translation>
    </message>
    <message>
        <source>rullering-view-%1.xlsx</source>
        <comment>file name</comment>
        <translation>rullering-visning-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
</context>
<context>
    <name>rullering::FilterHeaderView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The municipalities could not be read: %1</source>
        <translation>Kommunene kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>rullering::FilterPanel</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Lifecycle states</source>
        <translation>Livsløpsstatuser</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>All aktivitet</translation>
    </message>
    <message>
        <source>Seen within</source>
        <translation>Sett siste</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>Ikke sett på</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Tø&amp;m filtre</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;okasjon</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>Av&amp;deling</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>&amp;Nettverk</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>D&amp;ue in</source>
        <translation>Forfa&amp;ller i</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle nettverk</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle lokasjoner</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>The municipalities could not be read: %1</source>
        <translation>Kommunene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The networks could not be read: %1</source>
        <translation>Nettverkene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The locations and departments could not be read: %1</source>
        <translation>Lokasjonene og avdelingene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Days for the activity filter</source>
        <translation>Dager for aktivitetsfilteret</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Produced f&amp;rom</source>
        <translation>Produsert f&amp;ra</translation>
    </message>
    <message>
        <source>Produce&amp;d to</source>
        <translation>Produsert t&amp;il</translation>
    </message>
    <message>
        <source>Act&amp;ivity</source>
        <translation>&amp;Aktivitet</translation>
    </message>
</context>
<context>
    <name>rullering::ImportApplyPage</name>
    <message>
        <source>Apply the import</source>
        <translation>Utfør importen</translation>
    </message>
    <message>
        <source>All rows are saved in one step, or none: Cancel leaves the register as it was.</source>
        <translation>Alle radene lagres i ett steg, eller ingen: Avbryt lar registeret være som det var.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Utfør</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutt: ingenting ble endret.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Ingenting ble endret: %n rad ble avvist.</numerusform>
            <numerusform>Ingenting ble endret: %n rader ble avvist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importert. %1</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>rullering::ImportDryRunPage</name>
    <message>
        <source>Created: %1 · Updated: %2 · Unchanged: %3 · Missing from the file: %4 · Rejected: %5</source>
        <translation>Nye: %1 · Oppdatert: %2 · Uendret: %3 · Mangler i filen: %4 · Avvist: %5</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Se hva som vil endres</translation>
    </message>
    <message>
        <source>A dry run: the whole import, rolled back. Nothing is changed yet.</source>
        <translation>En prøvekjøring: hele importen, rullet tilbake. Ingenting er endret ennå.</translation>
    </message>
    <message>
        <source>Device / field</source>
        <translation>Enhet / felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avviste rader</translation>
    </message>
    <message>
        <source>Missing from the file</source>
        <translation>Mangler i filen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows...</source>
        <translation>E&amp;ksporter avviste rader …</translation>
    </message>
    <message>
        <source>Apply the other rows and &amp;skip the rejected ones</source>
        <translation>Utfør de andre radene og &amp;hopp over de avviste</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Leser filen …</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>New: %1 (line %2)</source>
        <translation>Ny: %1 (linje %2)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linje %2)</translation>
    </message>
    <message>
        <source>Line %1: the serial &quot;%2&quot; is missing or a placeholder; matched on the device name %3.</source>
        <translation>Linje %1: serienummeret «%2» mangler eller er en plassholder; koblet på maskinnavnet %3.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Eksporter avviste rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1 rows were rejected; the first %2 are listed.</source>
        <translation>%1 rader ble avvist; de første %2 er listet.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Endringer (%1)</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Avviste rader (%1)</translation>
    </message>
    <message>
        <source>Missing from the file (%1)</source>
        <translation>Mangler i filen (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Merknader (%1)</translation>
    </message>
    <message>
        <source>Columns not read (map them in the previous step if they matter): %1</source>
        <translation>Kolonner som ikke leses (koble dem i forrige steg hvis de trengs): %1</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like %2: map it in the previous step to import it.</source>
        <translation>Kolonnen «%1» ser ut som %2: koble den i forrige steg for å importere den.</translation>
    </message>
</context>
<context>
    <name>rullering::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>Rullering detects the encoding, the delimiter and the kind of export; change them if they are wrong.</source>
        <translation>Rullering finner tegnkoding, skilletegn og type eksport selv; endre dem hvis de er feil.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Finn selv</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Loddrett strek (|)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Kind of export:</source>
        <translation>&amp;Type eksport:</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importer enheter</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 (chosen; the file looks like %2)</source>
        <translation>%1 (valgt; filen ser ut som %2)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3. %n column(s): %4</source>
        <translation>
            <numerusform>Lest som %1, skilletegn %2, %3. %n kolonne: %4</numerusform>
            <numerusform>Lest som %1, skilletegn %2, %3. %n kolonner: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Koble kolonnene</translation>
    </message>
    <message>
        <source>Choose the column that holds each field. The preview shows the first rows as they will be stored.</source>
        <translation>Velg kolonnen som har hvert felt. Forhåndsvisningen viser de første radene slik de vil bli lagret.</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>Kolonne for hvert felt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be stored</source>
        <translation>Forhåndsvisning av radene slik de vil bli lagret</translation>
    </message>
    <message>
        <source>An &amp;empty cell clears the stored value (otherwise it leaves it alone)</source>
        <translation>En &amp;tom celle sletter den lagrede verdien (ellers blir den stående)</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Navn på denne koblingen</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Lagre koblingen</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Lagrede koblinger:</translation>
    </message>
    <message>
        <source>(the detected mapping)</source>
        <translation>(koblingen som ble funnet)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Innkjøpsdato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primærbruker</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(none: matched on device name)</source>
        <translation>(ingen: kobles på maskinnavn)</translation>
    </message>
    <message>
        <source>Map the serial number or the device name: rows are matched on them.</source>
        <translation>Koble serienummer eller maskinnavn: radene kobles på dem.</translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation>Gi koblingen et navn først.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Lagret som «%1».</translation>
    </message>
    <message>
        <source>Day/month order</source>
        <translation>Dag/måned-rekkefølge</translation>
    </message>
    <message>
        <source>Day/month order of %1</source>
        <translation>Dag/måned-rekkefølge for %1</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Fra filen</translation>
    </message>
    <message>
        <source>Day first (25/01/2023)</source>
        <translation>Dag først (25/01/2023)</translation>
    </message>
    <message>
        <source>Month first (01/25/2023)</source>
        <translation>Måned først (01/25/2023)</translation>
    </message>
    <message>
        <source>The saved mappings could not be read: %1</source>
        <translation>De lagrede kolonnekoblingene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>(rows without a municipality keep none)</source>
        <translation>(rader uten kommune får ingen)</translation>
    </message>
    <message>
        <source>Municipality for rows &amp;without one:</source>
        <translation>Kommune for rader &amp;uten kommune:</translation>
    </message>
</context>
<context>
    <name>rullering::ImportWizard</name>
    <message>
        <source>&amp;Import Devices…</source>
        <translation>&amp;Importer enheter …</translation>
    </message>
    <message>
        <source>Import devices from an Intune, AD, ConfigMgr or spreadsheet CSV file</source>
        <translation>Importer enheter fra en CSV-fil fra Intune, AD, ConfigMgr eller et regneark</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importer enheter</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Velg en fil.</translation>
    </message>
    <message>
        <source>E&amp;xport Devices…</source>
        <translation>E&amp;ksporter enheter …</translation>
    </message>
    <message>
        <source>Write every device, swaps included, to a CSV file Rullering can import again</source>
        <translation>Skriv alle enheter, med byttene, til en CSV-fil Rullering kan importere igjen</translation>
    </message>
</context>
<context>
    <name>rullering::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Lager demodata …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>(uten kommune)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Verk&amp;tøy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Vis &amp;verktøylinje</translation>
    </message>
    <message>
        <source>Create &amp;Demo Database…</source>
        <translation>Lag &amp;demodatabase …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;About Rullering</source>
        <translation>&amp;Om Rullering</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Rullering databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rullering-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists. It will be opened instead; nothing in it is removed.</source>
        <translation>%1 finnes allerede. Den åpnes i stedet; ingenting i den fjernes.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Create Demo Database</source>
        <translation>Lag demodatabase</translation>
    </message>
    <message>
        <source>Rullering databases (*.sqlite *.db)</source>
        <translation>Rullering-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Demo data is only created in a new file.</source>
        <translation>%1 finnes allerede. Demodata lages bare i en ny fil.</translation>
    </message>
    <message>
        <source>Number of devices:</source>
        <translation>Antall enheter:</translation>
    </message>
    <message>
        <source>About Rullering</source>
        <translation>Om Rullering</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rullering %1&lt;/h3&gt;&lt;p&gt;Lifecycle and yearly replacement of the PCs, tablets and printers of Norwegian municipalities: register, import, plan, swap, report and order.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rullering %1&lt;/h3&gt;&lt;p&gt;Livsløp og årlig utskifting av kommunenes PC-er, nettbrett og skrivere: register, import, planlegging, bytte, rapportering og bestilling.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln enhet</numerusform>
            <numerusform>%Ln enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Read-only (file or folder permissions): changes cannot be saved.</source>
        <translation>Skrivebeskyttet (fil- eller mapperettigheter): endringer kan ikke lagres.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Koble til se&amp;rver …</translation>
    </message>
    <message>
        <source>Server %1 · database %2 · %3 (%4)</source>
        <translation>Server %1 · database %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Access…</source>
        <translation>&amp;Tilgang…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
<context>
    <name>rullering::MessageArea</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>rullering::OverflowRow</name>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <source>The actions that do not fit beside the others</source>
        <translation>Handlingene som ikke får plass ved siden av de andre</translation>
    </message>
</context>
<context>
    <name>rullering::PlanDeviceModel</name>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Enhetsnavn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Production year</source>
        <translation>Produksjonsår</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>Planår</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>rullering::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Compare Plan &amp;Scenarios…</source>
        <translation>Sammenlign plan&amp;scenarioer …</translation>
    </message>
    <message>
        <source>Export P&amp;rocurement List…</source>
        <translation>Eksporter &amp;bestillingsliste …</translation>
    </message>
    <message>
        <source>Saved plan</source>
        <translation>Lagret plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lagre som …</translation>
    </message>
    <message>
        <source>&amp;Levelled</source>
        <translation>&amp;Utjevnet</translation>
    </message>
    <message>
        <source>Even out the yearly rate by pulling the soonest due devices forward.</source>
        <translation>Jevn ut den årlige takten ved å flytte frem enhetene som forfaller først.</translation>
    </message>
    <message>
        <source>Figure shown</source>
        <translation>Tall som vises</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>Sa&amp;mmenlign scenarioer …</translation>
    </message>
    <message>
        <source>E&amp;xport procurement list…</source>
        <translation>E&amp;ksporter bestillingsliste …</translation>
    </message>
    <message>
        <source>Plan per municipality and year</source>
        <translation>Plan per kommune og år</translation>
    </message>
    <message>
        <source>Devices in the chosen cell</source>
        <translation>Enheter i den valgte cellen</translation>
    </message>
    <message>
        <source>Choose a cell to see its devices and why each is there.</source>
        <translation>Velg en celle for å se enhetene og hvorfor hver av dem er der.</translation>
    </message>
    <message>
        <source>Collect or verify: in use, but not seen within the window</source>
        <translation>Samle inn eller kontroller: i bruk, men ikke sett innenfor vinduet</translation>
    </message>
    <message>
        <source>Needs data: no production year</source>
        <translation>Mangler data: uten produksjonsår</translation>
    </message>
    <message>
        <source>(current settings)</source>
        <translation>(gjeldende innstillinger)</translation>
    </message>
    <message>
        <source>%1 plan %2–%3, status as of %4, activity window %5 days.</source>
        <translation>%1 plan %2–%3, status per %4, aktivitetsvindu %5 dager.</translation>
    </message>
    <message>
        <source>Levelled</source>
        <translation>Utjevnet</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rett</translation>
    </message>
    <message>
        <source>Collect or verify: %1</source>
        <translation>Samle inn eller kontroller: %1</translation>
    </message>
    <message>
        <source>Needs data: %1</source>
        <translation>Mangler data: %1</translation>
    </message>
    <message>
        <source>Kept: %1 · at excluded places: %2 · due after %3: %4</source>
        <translation>Beholdes: %1 · på utelatte steder: %2 · forfaller etter %3: %4</translation>
    </message>
    <message>
        <source>· still overdue when the plan ends: %1</source>
        <translation>· fortsatt forfalt når planen slutter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n device(s)</source>
        <translation>
            <numerusform>%1 — %n enhet</numerusform>
            <numerusform>%1 — %n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Navn på planen:</translation>
    </message>
    <message>
        <source>The saved plans could not be read: %1</source>
        <translation>De lagrede planene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The plan could not be computed: %1</source>
        <translation>Planen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>The progress in %1 could not be counted: %2</source>
        <translation>Framdriften i %1 kunne ikke telles: %2</translation>
    </message>
    <message>
        <source>Edit Plan Poli&amp;cy…</source>
        <translation>Rediger &amp;planinnstillinger …</translation>
    </message>
    <message>
        <source>Edit p&amp;olicy…</source>
        <translation>Rediger &amp;innstillinger …</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <source>%1
The plan starts from the default settings.</source>
        <translation>%1
Planen starter fra standardinnstillingene.</translation>
    </message>
    <message>
        <source>The current settings could not be saved: %1
They apply until Rullering is closed.</source>
        <translation>De gjeldende innstillingene kunne ikke lagres: %1
De gjelder til Rullering lukkes.</translation>
    </message>
    <message>
        <source>· types not planned: %1</source>
        <translation>· typer som ikke planlegges: %1</translation>
    </message>
    <message>
        <source>OK saves these as the current settings in the register: the plan, the board report, the procurement list and the status&apos;s due count use them, also after a restart.</source>
        <translation>OK lagrer dette som gjeldende innstillinger i registeret: planen, styrerapporten, bestillingslisten og statusens antall som skal byttes bruker dem, også etter omstart.</translation>
    </message>
    <message>
        <source>OK makes these the current settings (saved in the register); the saved plan &quot;%1&quot; stays as it was unless you save it again with &quot;Save as…&quot;.</source>
        <translation>OK gjør dette til gjeldende innstillinger (lagret i registeret); den lagrede planen «%1» forblir som den var med mindre du lagrer den igjen med «Lagre som…».</translation>
    </message>
</context>
<context>
    <name>rullering::PlanPolicyDialog</name>
    <message>
        <source>Plan policy</source>
        <translation>Planinnstillinger</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Lifetimes and models</source>
        <translation>&amp;Levetider og modeller</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>E&amp;xclusions</source>
        <translation>&amp;Utelatelser</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Devices not seen within this many days before the status date go to the collect-or-verify list instead of the plan. Logon times from Active Directory lag by up to 14 days.</source>
        <translation>Enheter som ikke er sett så mange dager før statusdatoen, havner på listen for innsamling eller kontroll i stedet for i planen. Påloggingstider fra Active Directory kan ligge opptil 14 dager etter.</translation>
    </message>
    <message>
        <source>&amp;Level the yearly rate (pull the soonest due devices forward)</source>
        <translation>&amp;Jevn ut den årlige takten (flytt frem enhetene som forfaller først)</translation>
    </message>
    <message>
        <source>Leave out devices flagged &amp;keep</source>
        <translation>Utelat enheter merket for å &amp;beholdes</translation>
    </message>
    <message>
        <source>&amp;First plan year:</source>
        <translation>&amp;Første planår:</translation>
    </message>
    <message>
        <source>&amp;Number of years:</source>
        <translation>&amp;Antall år:</translation>
    </message>
    <message>
        <source>&amp;Status date:</source>
        <translation>&amp;Statusdato:</translation>
    </message>
    <message>
        <source>&amp;Activity window:</source>
        <translation>Akti&amp;vitetsvindu:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Levetid</translation>
    </message>
    <message>
        <source>Standard model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Unit price (NOK)</source>
        <translation>Enhetspris (kr)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Lifetime of %1</source>
        <translation>Levetid for %1</translation>
    </message>
    <message>
        <source>Standard model for %1</source>
        <translation>Standardmodell for %1</translation>
    </message>
    <message>
        <source>Unit price for %1</source>
        <translation>Enhetspris for %1</translation>
    </message>
    <message>
        <source>A yearly capacity limits how many devices a municipality&apos;s technicians can swap a year (0 = no limit); what does not fit is carried and shown as overdue. Ordering per department splits the procurement list by department.</source>
        <translation>En årlig kapasitet begrenser hvor mange enheter kommunens teknikere kan bytte per år (0 = ingen grense); det som ikke får plass, utsettes og vises som forfalt. Bestilling per avdeling deler bestillingslisten opp etter avdeling.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Yearly capacity</source>
        <translation>Årlig kapasitet</translation>
    </message>
    <message>
        <source>Orders per department</source>
        <translation>Bestiller per avdeling</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>Yearly capacity of %1</source>
        <translation>Årlig kapasitet for %1</translation>
    </message>
    <message>
        <source>Excluded locations</source>
        <translation>Utelatte lokasjoner</translation>
    </message>
    <message>
        <source>Excluded departments</source>
        <translation>Utelatte avdelinger</translation>
    </message>
    <message>
        <source>Leave out devices at these &amp;locations:</source>
        <translation>Utelat enheter på disse &amp;lokasjonene:</translation>
    </message>
    <message>
        <source>Leave out devices in these &amp;departments:</source>
        <translation>Utelat enheter i disse &amp;avdelingene:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlegges</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Planlegg %1</translation>
    </message>
</context>
<context>
    <name>rullering::PlanTableModel</name>
    <message>
        <source>Devices to replace</source>
        <translation>Enheter som skal byttes</translation>
    </message>
    <message>
        <source>Straight plan</source>
        <translation>Rett plan</translation>
    </message>
    <message>
        <source>Levelled plan</source>
        <translation>Utjevnet plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Supply (stock and pools)</source>
        <translation>Tilgang (lager og pooler)</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Å kjøpe</translation>
    </message>
    <message>
        <source>Cost (NOK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>%1 %2
Due this year: %3
Straight plan: %4
Levelled plan: %5
Overdue at the end of the year: %6
Supply available: %7
To buy: %8
Cost: %9 NOK</source>
        <translation>%1 %2
Forfaller dette året: %3
Rett plan: %4
Utjevnet plan: %5
Forfalt ved årets slutt: %6
Tilgjengelig tilgang: %7
Å kjøpe: %8
Kostnad: %9 kr</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 forfalt)</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Byttet %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Replaced in %1 so far: %2. Still planned for %1: %3. With the straight plan and no capacity limit, this is the Status and Swap pages&apos; &quot;still to replace&quot;; levelling pulls devices forward into the year, a capacity carries some on.</source>
        <translation>Byttet i %1 så langt: %2. Fortsatt planlagt for %1: %3. Med rett plan og uten kapasitetsgrense er dette «gjenstår å bytte» på Status- og Bytte-siden; utjevning trekker enheter fram til året, en kapasitet skyver noen videre.</translation>
    </message>
</context>
<context>
    <name>rullering::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Your name in the change log:</source>
        <translation>&amp;Ditt navn i endringsloggen:</translation>
    </message>
    <message>
        <source>A change of language takes effect when Rullering is started again.</source>
        <translation>Endring av språk trer i kraft når Rullering startes på nytt.</translation>
    </message>
</context>
<context>
    <name>rullering::ProcurementDialog</name>
    <message>
        <source>Export procurement list</source>
        <translation>Eksporter bestillingsliste</translation>
    </message>
    <message>
        <source>procurement-%1.xlsx</source>
        <translation>bestillingsliste-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Semicolon (Norwegian Excel)</source>
        <translation>Semikolon (norsk Excel)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>current settings</source>
        <translation>gjeldende innstillinger</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Skilletegn i CSV:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>%1 lines in %2 municipalities: %3 devices to buy, %4 NOK.</source>
        <translation>%1 linjer i %2 kommuner: %3 enheter å kjøpe, %4 kr.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Name the file .xlsx or .csv.</source>
        <translation>Gi filen endelsen .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
</context>
<context>
    <name>rullering::ReportScopeDialog</name>
    <message>
        <source>Board report: scope</source>
        <translation>Styrerapport: omfang</translation>
    </message>
    <message>
        <source>What should the report cover? Every page of it states the choice.</source>
        <translation>Hva skal rapporten dekke? Hver side i den oppgir valget.</translation>
    </message>
    <message>
        <source>The &amp;whole register</source>
        <translation>&amp;Hele registeret</translation>
    </message>
    <message>
        <source>Only these &amp;municipalities:</source>
        <translation>Bare disse &amp;kommunene:</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>The Devices page&apos;s &amp;filter (none is set)</source>
        <translation>&amp;Filteret på Enheter-siden (ingen er satt)</translation>
    </message>
    <message>
        <source>The Devices page&apos;s &amp;filter: %1</source>
        <translation>&amp;Filteret på Enheter-siden: %1</translation>
    </message>
    <message>
        <source>Tick at least one municipality, or choose the whole register.</source>
        <translation>Kryss av minst én kommune, eller velg hele registeret.</translation>
    </message>
</context>
<context>
    <name>rullering::SavedViews</name>
    <message>
        <source>There is no saved view called &quot;%1&quot;.</source>
        <translation>Det finnes ingen lagret visning som heter «%1».</translation>
    </message>
    <message>
        <source>The saved view &quot;%1&quot; is damaged: %2</source>
        <translation>Den lagrede visningen «%1» er skadet: %2</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>En lagret visning må ha et navn.</translation>
    </message>
</context>
<context>
    <name>rullering::ScenarioDialog</name>
    <message>
        <source>Compare plan scenarios</source>
        <translation>Sammenlign planscenarioer</translation>
    </message>
    <message>
        <source>Plans to compare</source>
        <translation>Planer som skal sammenlignes</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Gjeldende innstillinger</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Planer:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 forfalt)</translation>
    </message>
    <message>
        <source>The saved plans could not be read: %1</source>
        <translation>De lagrede planene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>cost (NOK)</source>
        <translation>kostnad (kr)</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
</context>
<context>
    <name>rullering::StartPanel</name>
    <message>
        <source>&amp;Import an export…</source>
        <translation>&amp;Importer en eksport …</translation>
    </message>
    <message>
        <source>A CSV file from Microsoft Intune (All devices), Active Directory (Get-ADComputer), Configuration Manager (ConfigMgr) or a spreadsheet saved as CSV. A dry run shows what would change before anything is stored.</source>
        <translation>En CSV-fil fra Microsoft Intune (Alle enheter), Active Directory (Get-ADComputer), Configuration Manager (ConfigMgr) eller et regneark (spreadsheet) lagret som CSV. En prøvekjøring viser hva som vil endres før noe lagres.</translation>
    </message>
    <message>
        <source>Create the &amp;demo fleet…</source>
        <translation>Lag &amp;demoflåten …</translation>
    </message>
    <message>
        <source>A new register with a realistic made-up fleet of the Molde partnership, to try planning, swaps and reports before your own data is in.</source>
        <translation>Et nytt register med en realistisk, oppdiktet maskinpark for Molde-samarbeidet, for å prøve planlegging, bytter og rapporter før egne data er på plass.</translation>
    </message>
    <message>
        <source>Open &amp;another register…</source>
        <translation>Åpne et &amp;annet register …</translation>
    </message>
    <message>
        <source>A register file you or a colleague already keeps.</source>
        <translation>En registerfil du eller en kollega allerede har.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No register is open&lt;/h2&gt;&lt;p&gt;Start a new register, try the demo fleet, or open a register you already have.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ingen register er åpent&lt;/h2&gt;&lt;p&gt;Start et nytt register, prøv demoflåten, eller åpne et register du allerede har.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 has no devices yet&lt;/h2&gt;&lt;p&gt;Get the devices in, and the Devices, Plan and Status pages fill in.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 har ingen enheter ennå&lt;/h2&gt;&lt;p&gt;Få enhetene inn, så fylles sidene Enheter, Plan og Status.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New empty register…</source>
        <translation>&amp;Nytt tomt register …</translation>
    </message>
    <message>
        <source>A new register file, to import your own exports into.</source>
        <translation>En ny registerfil som du importerer egne eksporter til.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Koble til en &amp;server …</translation>
    </message>
    <message>
        <source>A register shared on a PostgreSQL server, as your IT department set it up.</source>
        <translation>Et register som deles på en PostgreSQL-server, slik IT-avdelingen har satt det opp.</translation>
    </message>
</context>
<context>
    <name>rullering::StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Print Board Report…</source>
        <translation>Skriv &amp;ut styrerapport …</translation>
    </message>
    <message>
        <source>Status &amp;date:</source>
        <translation>Status&amp;dato:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Devices seen within this many days before the status date count as active. Active Directory&apos;s logon time lags by up to 14 days: shorter windows mislead.</source>
        <translation>Enheter sett i løpet av så mange dager før statusdatoen regnes som aktive. Påloggingstiden i Active Directory kan ligge opptil 14 dager etter: kortere vinduer villeder.</translation>
    </message>
    <message>
        <source>&amp;Active if seen within:</source>
        <translation>&amp;Aktiv hvis sett innen:</translation>
    </message>
    <message>
        <source>Record &amp;snapshot</source>
        <translation>Lagre &amp;øyeblikksbilde</translation>
    </message>
    <message>
        <source>Store this status in the history, for trends and tertial reports.</source>
        <translation>Lagre denne statusen i historikken, for trender og tertialrapporter.</translation>
    </message>
    <message>
        <source>Report in Norwegian Bokmål</source>
        <translation>Rapport på bokmål</translation>
    </message>
    <message>
        <source>Report in English</source>
        <translation>Rapport på engelsk</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportspråk</translation>
    </message>
    <message>
        <source>Board report (&amp;PDF)…</source>
        <translation>Styrerapport (&amp;PDF) …</translation>
    </message>
    <message>
        <source>P&amp;rint report…</source>
        <translation>Skriv ut &amp;rapport …</translation>
    </message>
    <message>
        <source>Status per municipality</source>
        <translation>Status per kommune</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Statustabell</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Etter type</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Etter kommune</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Del opp stolpene</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorikk</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>The status could not be computed: %1</source>
        <translation>Statusen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>The plan could not be computed: %1</source>
        <translation>Planen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusdato</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Til utskifting</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Byttet</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Andel utført</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>manuelt</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åpen.</translation>
    </message>
    <message>
        <source>Rollout status %1.pdf</source>
        <translation>Rulleringsstatus %1.pdf</translation>
    </message>
    <message>
        <source>Board report as PDF</source>
        <translation>Styrerapport som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>Styrerapport</translation>
    </message>
    <message>
        <source>Print board report</source>
        <translation>Skriv ut styrerapport</translation>
    </message>
    <message>
        <source>Record snapshot</source>
        <translation>Lagre øyeblikksbilde</translation>
    </message>
    <message>
        <source>All recorded snapshots, newest first:</source>
        <translation>Alle lagrede øyeblikksbilder, nyeste først:</translation>
    </message>
    <message>
        <source>Per tertial in %1 (the latest snapshot in each):</source>
        <translation>Per tertial i %1 (det siste øyeblikksbildet i hvert):</translation>
    </message>
    <message>
        <source>The status history could not be read: %1</source>
        <translation>Statushistorikken kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The tertial report could not be read: %1</source>
        <translation>Tertialrapporten kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The municipalities&apos; names could not be read: %1</source>
        <translation>Kommunenes navn kunne ikke leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected municipalities</source>
        <translation>
            <numerusform>%n valgt kommune</numerusform>
            <numerusform>%n valgte kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>The procurement list for the report could not be computed: %1</source>
        <translation>Bestillingslisten til rapporten kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>The plan for the report could not be computed: %1</source>
        <translation>Planen til rapporten kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Board Report as P&amp;DF…</source>
        <translation>&amp;Styrerapport som PDF …</translation>
    </message>
    <message>
        <source>Record Status S&amp;napshot</source>
        <translation>Lagre status&amp;øyeblikksbilde</translation>
    </message>
    <message>
        <source>Status views</source>
        <translation>Statusvisninger</translation>
    </message>
    <message>
        <source>Show the &amp;whole register</source>
        <translation>Vis &amp;hele registeret</translation>
    </message>
    <message>
        <source>Clears the Devices page&apos;s filter, which also narrows these figures.</source>
        <translation>Fjerner filteret på Enheter-siden, som også avgrenser disse tallene.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 due devices replaced (%4%), %5 still to replace; %6 active, %7 inactive.</source>
        <translation>%1: %2 av %3 enheter som skal byttes er byttet (%4 %), %5 gjenstår å bytte; %6 aktive, %7 inaktive.</translation>
    </message>
    <message>
        <source>Still to replace: active devices whose production year plus lifetime is %1 or earlier, not kept and not at a place the plan leaves out (the current plan settings). The Swap page and the plan&apos;s due count for %1 give the same figure.</source>
        <translation>Gjenstår å bytte: aktive enheter med produksjonsår pluss levetid %1 eller tidligere, som ikke er beholdt og ikke står på et sted planen utelater (de gjeldende planinnstillingene). Bytte-siden og planens antall som forfaller i %1 gir samme tall.</translation>
    </message>
    <message>
        <source>%1 of the active devices (%2 of those still to replace) were not seen in the %3 days before %4, only after it: they are counted as in use on that date.</source>
        <translation>%1 av de aktive enhetene (%2 av dem som gjenstår å bytte) ble ikke sett de %3 dagene før %4, bare etter: de regnes som i bruk den datoen.</translation>
    </message>
    <message>
        <source>Plan %1–%2 with the current plan settings</source>
        <translation>Plan %1–%2 med de gjeldende planinnstillingene</translation>
    </message>
    <message>
        <source>Only part of the register is counted here — the Devices page&apos;s filter: %1</source>
        <translation>Bare en del av registeret telles her — filteret på Enheter-siden: %1</translation>
    </message>
    <message>
        <source>The board report was not saved to %1: %2</source>
        <translation>Styrerapporten ble ikke lagret i %1: %2</translation>
    </message>
    <message>
        <source>The board report was saved to %1.</source>
        <translation>Styrerapporten ble lagret i %1.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åpne mappen</translation>
    </message>
</context>
<context>
    <name>rullering::SwapPage</name>
    <message>
        <source>Swap</source>
        <translation>Bytte</translation>
    </message>
    <message>
        <source>Swap a device</source>
        <translation>Bytt en enhet</translation>
    </message>
    <message>
        <source>Scan the old device, then the new one, then press Enter to confirm. Esc starts over; Ctrl+Z undoes the last swap.</source>
        <translation>Skann den gamle enheten, så den nye, og trykk Enter for å bekrefte. Esc begynner på nytt; Ctrl+Z angrer siste bytte.</translation>
    </message>
    <message>
        <source>Serial number of the old device</source>
        <translation>Serienummeret til den gamle enheten</translation>
    </message>
    <message>
        <source>Serial number of the new device</source>
        <translation>Serienummeret til den nye enheten</translation>
    </message>
    <message>
        <source>&amp;Old device</source>
        <translation>&amp;Gammel enhet</translation>
    </message>
    <message>
        <source>&amp;New device</source>
        <translation>&amp;Ny enhet</translation>
    </message>
    <message>
        <source>&amp;Confirm swap (Enter)</source>
        <translation>&amp;Bekreft bytte (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start over (Esc)</source>
        <translation>Begynn &amp;på nytt (Esc)</translation>
    </message>
    <message>
        <source>Swap &amp;date</source>
        <translation>Bytte&amp;dato</translation>
    </message>
    <message>
        <source>Swapped today</source>
        <translation>Byttet i dag</translation>
    </message>
    <message>
        <source>Swapped this year</source>
        <translation>Byttet i år</translation>
    </message>
    <message>
        <source>Still due for replacement</source>
        <translation>Gjenstår å bytte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (produced %1)</source>
        <translation>
            <numerusform>%n år (produsert %1)</numerusform>
            <numerusform>%n år (produsert %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Maskinnavn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Now scan the new device.</source>
        <translation>Skann nå den nye enheten.</translation>
    </message>
    <message>
        <source>Matched: %1 %2, now %3.</source>
        <translation>Funnet: %1 %2, nå %3.</translation>
    </message>
    <message>
        <source>Not in the register yet: it will be registered as a new %1.</source>
        <translation>Ikke i registeret ennå: den blir registrert som ny %1.</translation>
    </message>
    <message>
        <source>Press Enter to confirm: %1 replaces %2.</source>
        <translation>Trykk Enter for å bekrefte: %1 erstatter %2.</translation>
    </message>
    <message>
        <source>Done: %1 replaced by %2.</source>
        <translation>Ferdig: %1 erstattet av %2.</translation>
    </message>
    <message>
        <source>Techn&amp;ician</source>
        <translation>Te&amp;kniker</translation>
    </message>
    <message>
        <source>Active devices due for replacement this year or earlier by the current plan settings, not kept: the Status page&apos;s &quot;still to replace&quot; for today.</source>
        <translation>Aktive enheter som skal byttes i år eller tidligere etter de gjeldende planinnstillingene, og som ikke er beholdt: Status-sidens «gjenstår å bytte» for i dag.</translation>
    </message>
    <message>
        <source>There is no swap to undo.</source>
        <translation>Det er ikke noe bytte å angre.</translation>
    </message>
    <message>
        <source>The last change was not a swap (%1). Undo it with Edit › Undo.</source>
        <translation>Den siste endringen var ikke et bytte (%1). Angre den med Rediger › Angre.</translation>
    </message>
    <message>
        <source>Undone: %1 is back in use; %2 no longer replaces it.</source>
        <translation>Angret: %1 er i bruk igjen; %2 erstatter den ikke lenger.</translation>
    </message>
    <message>
        <source>Done again: %1 replaced by %2.</source>
        <translation>Gjort igjen: %1 erstattet av %2.</translation>
    </message>
    <message>
        <source>Check before you confirm: %1. Press Enter to swap anyway, or Esc to start over.</source>
        <translation>Sjekk før du bekrefter: %1. Trykk Enter for å bytte likevel, eller Esc for å begynne på nytt.</translation>
    </message>
    <message>
        <source>the new device is a %1, the old one a %2</source>
        <translation>den nye enheten er %1, den gamle %2</translation>
    </message>
    <message>
        <source>the new device belongs to %1 and moves to %2</source>
        <translation>den nye enheten hører til %1 og flyttes til %2</translation>
    </message>
    <message>
        <source>no municipality</source>
        <translation>ingen kommune</translation>
    </message>
</context>
<context>
    <name>rullering::SwapService</name>
    <message>
        <source>Scan or type the serial number of the old device.</source>
        <translation>Skann eller skriv serienummeret til den gamle enheten.</translation>
    </message>
    <message>
        <source>No device with serial number %1 is registered.</source>
        <translation>Ingen enhet med serienummer %1 er registrert.</translation>
    </message>
    <message>
        <source>%1 was already replaced on %2.</source>
        <translation>%1 ble allerede erstattet %2.</translation>
    </message>
    <message>
        <source>%1 is not in use (it is %2), so it cannot be swapped out.</source>
        <translation>%1 er ikke i bruk (den er %2), så den kan ikke byttes ut.</translation>
    </message>
    <message>
        <source>Scan or type the serial number of the new device.</source>
        <translation>Skann eller skriv serienummeret til den nye enheten.</translation>
    </message>
    <message>
        <source>The new serial number is the same as the old one (%1): scan the new device.</source>
        <translation>Det nye serienummeret er det samme som det gamle (%1): skann den nye enheten.</translation>
    </message>
    <message>
        <source>%1 is already in use elsewhere (%2).</source>
        <translation>%1 er allerede i bruk et annet sted (%2).</translation>
    </message>
    <message>
        <source>%1 was itself replaced on %2 and cannot be deployed.</source>
        <translation>%1 ble selv erstattet %2 og kan ikke tas i bruk.</translation>
    </message>
    <message>
        <source>%1 is registered as %2 and cannot be deployed.</source>
        <translation>%1 er registrert som %2 og kan ikke tas i bruk.</translation>
    </message>
    <message>
        <source>The swap date %1 is in the future.</source>
        <translation>Byttedatoen %1 er fram i tid.</translation>
    </message>
    <message>
        <source>The swap date %1 is before %2 was put into use on %3.</source>
        <translation>Byttedatoen %1 er før %2 ble tatt i bruk %3.</translation>
    </message>
    <message>
        <source>The swap date %1 is before %2 was produced (%3).</source>
        <translation>Byttedatoen %1 er før %2 ble produsert (%3).</translation>
    </message>
    <message>
        <source>The swap date %1 is before %2: check the year.</source>
        <translation>Byttedatoen %1 er før %2: kontroller årstallet.</translation>
    </message>
    <message>
        <source>The technician&apos;s name &quot;%1&quot; %2.</source>
        <translation>Teknikerens navn «%1» %2.</translation>
    </message>
    <message>
        <source>%1 was already replaced by %2 at %3 by %4.</source>
        <translation>%1 ble allerede byttet ut med %2 den %3 av %4.</translation>
    </message>
</context>
<context>
    <name>rullering::WelcomeDialog</name>
    <message>
        <source>Welcome to Rullering</source>
        <translation>Velkommen til Rullering</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Rullering&lt;/h3&gt;&lt;p&gt;There is no database yet. Rullering keeps the register in one file:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen til Rullering&lt;/h3&gt;&lt;p&gt;Det finnes ingen database ennå. Rullering holder registeret i én fil:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;demo data: a realistic fleet of the Molde partnership</source>
        <translation>Start med &amp;demodata: en realistisk maskinpark fra Molde-samarbeidet</translation>
    </message>
    <message>
        <source> devices</source>
        <translation> enheter</translation>
    </message>
    <message>
        <source>Start with an &amp;empty register, to import your own exports</source>
        <translation>Start med et &amp;tomt register, for å importere egne eksporter</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>Å&amp;pne en eksisterende databasefil …</translation>
    </message>
</context>
<context>
    <name>rullering::cli</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Record an on-site swap: the device OLD is collected and replaced by NEW. NEW is matched when it is registered as ordered, in stock, in a pool or imported and not yet placed; otherwise it is created. NEW takes over OLD&apos;s municipality, location, department, network and user.</source>
        <translation>Registrer et bytte på stedet: enheten OLD hentes og erstattes av NEW. NEW finnes igjen når den er registrert som bestilt, på lager, i en pool eller importert og ikke plassert ennå; ellers opprettes den. NEW overtar kommune, lokasjon, avdeling, nettverk og bruker fra OLD.</translation>
    </message>
    <message>
        <source>Serial number of the device collected.</source>
        <translation>Serienummeret til enheten som hentes.</translation>
    </message>
    <message>
        <source>Serial number of the device deployed.</source>
        <translation>Serienummeret til enheten som tas i bruk.</translation>
    </message>
    <message>
        <source>Who did the swap (default: the current user).</source>
        <translation>Hvem som gjorde byttet (standard: gjeldende bruker).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>The day of the swap, YYYY-MM-DD (default: today; not in the future).</source>
        <translation>Dagen for byttet, ÅÅÅÅ-MM-DD (standard: i dag; ikke fram i tid).</translation>
    </message>
    <message>
        <source>give the old and the new serial number: swap OLD NEW</source>
        <translation>oppgi gammelt og nytt serienummer: swap OLD NEW</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date må være en dato som ÅÅÅÅ-MM-DD, ikke «%1»</translation>
    </message>
    <message>
        <source>%1 replaced by %2 on %3 (%4).</source>
        <translation>%1 erstattet av %2 den %3 (%4).</translation>
    </message>
    <message>
        <source>new device registered</source>
        <translation>ny enhet registrert</translation>
    </message>
    <message>
        <source>matched: was %1</source>
        <translation>funnet: var %1</translation>
    </message>
    <message>
        <source>In use at: %1</source>
        <translation>I bruk hos: %1</translation>
    </message>
</context>
</TS>
