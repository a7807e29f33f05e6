<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AbroadCard</name>
        <message numerus="yes">
            <location filename="../qml/AbroadCard.qml" line="41" />
            <source>officers abroad today, in %n mission(s)</source>
            <translation>
                <numerusform>officers abroad today, in %n mission</numerusform>
                <numerusform>officers abroad today, in %n missions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/AbroadCard.qml" line="60" />
            <source>and %n more mission(s)</source>
            <translation>
                <numerusform>and %n more mission</numerusform>
                <numerusform>and %n more missions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MissionFacts</name>
        <message numerus="yes">
            <location filename="../qml/MissionFacts.qml" line="55" />
            <source>Local time zone %1 (today there: %2) · %n tour(s)</source>
            <translation>
                <numerusform>Local time zone %1 (today there: %2) · %n tour</numerusform>
                <numerusform>Local time zone %1 (today there: %2) · %n tours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyMissionsPage</name>
        <message numerus="yes">
            <location filename="../qml/MyMissionsPage.qml" line="53" />
            <source>%1 (%2): %n tour(s) served, %3 days abroad in total.</source>
            <translation>
                <numerusform>%1 (%2): %n tour served, %3 days abroad in total.</numerusform>
                <numerusform>%1 (%2): %n tours served, %3 days abroad in total.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NextTourCard</name>
        <message numerus="yes">
            <location filename="../qml/NextTourCard.qml" line="74" />
            <source>On the tour: %n day(s) to go</source>
            <translation>
                <numerusform>On the tour: %n day to go</numerusform>
                <numerusform>On the tour: %n days to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/NextTourCard.qml" line="76" />
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Starts in %n day</numerusform>
                <numerusform>Starts in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::missions::MissionsBackend</name>
        <message numerus="yes">
            <location filename="../src/missionsbackendviews.cpp" line="252" />
            <source>Nothing was written: the file has %n problem(s).</source>
            <translation>
                <numerusform>Nothing was written: the file has %n problem.</numerusform>
                <numerusform>Nothing was written: the file has %n problems.</numerusform>
            </translation>
        </message>
    </context>
</TS>
