<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RosterCard</name>
        <message numerus="yes">
            <location filename="../qml/RosterCard.qml" line="47" />
            <source>%Ln officer(s) with a lapsed competency test or passport</source>
            <translation>
                <numerusform>%Ln officer with a lapsed competency test or passport</numerusform>
                <numerusform>%Ln officers with a lapsed competency test or passport</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/RosterCard.qml" line="77" />
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RostersPage</name>
        <message numerus="yes">
            <location filename="../qml/RostersPage.qml" line="59" />
            <source>Exported %n officer(s) to %1.</source>
            <translation>
                <numerusform>Exported %n officer to %1.</numerusform>
                <numerusform>Exported %n officers to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::rosters::RosterBackend</name>
        <message numerus="yes">
            <location filename="../src/rosterbackend.cpp" line="453" />
            <source>Nothing was written: the file has %n problem(s).</source>
            <translation>
                <numerusform>Nothing was written: the file has %n problem.</numerusform>
                <numerusform>Nothing was written: the file has %n problems.</numerusform>
            </translation>
        </message>
    </context>
</TS>
