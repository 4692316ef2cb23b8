<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CsvInspectCommand</name>
    <message numerus="yes">
        <source>%n error(s) in the file, the first on line %1, column %2: %3</source>
        <translation>
            <numerusform>%n error in the file, on line %1, column %2: %3</numerusform>
            <numerusform>%n errors in the file, the first on line %1, column %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceImportWriter</name>
    <message numerus="yes">
        <source>%n more links were left out.</source>
        <translation>
            <numerusform>%n more link was left out.</numerusform>
            <numerusform>%n more links were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status &quot;%1&quot; (line %2, %n row(s) in all) is not a lifecycle state Rullering knows: the rows were imported with their state unchanged, and the status kept in the device&apos;s notes.</source>
        <translation>
            <numerusform>The status &quot;%1&quot; (line %2, %n row in all) is not a lifecycle state Rullering knows: the row was imported with its state unchanged, and the status kept in the device&apos;s notes.</numerusform>
            <numerusform>The status &quot;%1&quot; (line %2, %n rows in all) is not a lifecycle state Rullering knows: the rows were imported with their state unchanged, and the status kept in the device&apos;s notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDevicesCommand</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n device(s)</source>
        <translation>
            <numerusform>Edit %1 of %n device</numerusform>
            <numerusform>Edit %1 of %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReferences</name>
    <message numerus="yes">
        <source>%n municipality(ies) not in the register yet, created by this import (check the spelling): %1</source>
        <translation>
            <numerusform>%n municipality not in the register yet, created by this import (check the spelling): %1</numerusform>
            <numerusform>%n municipalities not in the register yet, created by this import (check the spelling): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) not in the register yet, created by this import: %1</source>
        <translation>
            <numerusform>%n location not in the register yet, created by this import: %1</numerusform>
            <numerusform>%n locations not in the register yet, created by this import: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) not in the register yet, created by this import: %1</source>
        <translation>
            <numerusform>%n department not in the register yet, created by this import: %1</numerusform>
            <numerusform>%n departments not in the register yet, created by this import: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Device(s)</source>
        <translation>
            <numerusform>Edit %n Device</numerusform>
            <numerusform>Edit %n Devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::BulkEditService</name>
    <message numerus="yes">
        <source>%n device(s): %1 (%2)</source>
        <translation>
            <numerusform>%n device: %1 (%2)</numerusform>
            <numerusform>%n devices: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n device(s) were changed by someone else while saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n device(s) were changed by someone else since you read them (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::DevicesPage</name>
    <message numerus="yes">
        <source>%Ln device(s) in this view</source>
        <translation>
            <numerusform>%Ln device in this view</numerusform>
            <numerusform>%Ln devices in this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln device written to %1.</numerusform>
            <numerusform>%Ln devices written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::ImportApplyPage</name>
    <message numerus="yes">
        <source>Nothing was changed: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Nothing was changed: %n row was rejected.</numerusform>
            <numerusform>Nothing was changed: %n rows were rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::ImportFilePage</name>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3. %n column(s): %4</source>
        <translation>
            <numerusform>Read as %1, delimiter %2, %3. %n column: %4</numerusform>
            <numerusform>Read as %1, delimiter %2, %3. %n columns: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::MainWindow</name>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::PlanPage</name>
    <message numerus="yes">
        <source>%1 — %n device(s)</source>
        <translation>
            <numerusform>%1 — %n device</numerusform>
            <numerusform>%1 — %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::StatusPage</name>
    <message numerus="yes">
        <source>%n selected municipalities</source>
        <translation>
            <numerusform>%n selected municipality</numerusform>
            <numerusform>%n selected municipalities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rullering::SwapPage</name>
    <message numerus="yes">
        <source>%n year(s) (produced %1)</source>
        <translation>
            <numerusform>%n year (produced %1)</numerusform>
            <numerusform>%n years (produced %1)</numerusform>
        </translation>
    </message>
</context>
</TS>
