<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ExposureView</name>
        <message numerus="yes">
            <location filename="../qml/ExposureView.qml" line="23" />
            <source>%n high-risk tour(s) without full cover</source>
            <translation>
                <numerusform>%n high-risk tour without full cover</numerusform>
                <numerusform>%n high-risk tours without full cover</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/ExposureView.qml" line="24" />
            <source>%n uncovered day(s)</source>
            <translation>
                <numerusform>%n uncovered day</numerusform>
                <numerusform>%n uncovered days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/ExposureView.qml" line="64" />
            <source>Tour %1: uncovered from %2, %n day(s)</source>
            <translation>
                <numerusform>Tour %1: uncovered from %2, %n day</numerusform>
                <numerusform>Tour %1: uncovered from %2, %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UncoveredCard</name>
        <message numerus="yes">
            <location filename="../qml/UncoveredCard.qml" line="30" />
            <source>high-risk tour(s) starting in the next %1 days without full cover</source>
            <translation>
                <numerusform>high-risk tour starting in the next %1 days without full cover</numerusform>
                <numerusform>high-risk tours starting in the next %1 days without full cover</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::insurance</name>
        <message numerus="yes">
            <location filename="../src/cover.cpp" line="255" />
            <source>from %1 (%n day(s) without cover, Art. 89)</source>
            <translation>
                <numerusform>from %1 (%n day without cover, Art. 89)</numerusform>
                <numerusform>from %1 (%n days without cover, Art. 89)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::insurance::InsuranceBackend</name>
        <message numerus="yes">
            <location filename="../src/insurancebackend.cpp" line="241" />
            <source>Nothing was written: the file has %n problem(s).</source>
            <translation>
                <numerusform>Nothing was written: the file has %n problem.</numerusform>
                <numerusform>Nothing was written: the file has %n problems.</numerusform>
            </translation>
        </message>
    </context>
</TS>
