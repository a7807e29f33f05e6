<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <location filename="../qml/Contingent/Shell/AuditPage.qml" line="148" />
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Exported %n entry to %1.</numerusform>
                <numerusform>Exported %n entries to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message numerus="yes">
            <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="74" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
