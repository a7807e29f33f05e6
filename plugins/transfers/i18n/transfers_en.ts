<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DueCard</name>
        <message numerus="yes">
            <location filename="../qml/DueCard.qml" line="28" />
            <source>order(s) to hand over this week</source>
            <translation>
                <numerusform>order to hand over this week</numerusform>
                <numerusform>orders to hand over this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/DueCard.qml" line="38" />
            <source>order(s) past their hand-over deadline</source>
            <translation>
                <numerusform>order past its hand-over deadline</numerusform>
                <numerusform>orders past their hand-over deadline</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message numerus="yes">
            <location filename="../qml/TransfersPage.qml" line="106" />
            <source>%n day(s) without an order</source>
            <translation>
                <numerusform>%n day without an order</numerusform>
                <numerusform>%n days without an order</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/TransfersPage.qml" line="124" />
            <source>Apply split (%n order(s))</source>
            <translation>
                <numerusform>Apply split (%n order)</numerusform>
                <numerusform>Apply split (%n orders)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::transfers::TransfersBackend</name>
        <message numerus="yes">
            <location filename="../src/transfersbackend.cpp" line="435" />
            <source>Nothing was written: the file has %n problem(s).</source>
            <translation>
                <numerusform>Nothing was written: the file has %n problem.</numerusform>
                <numerusform>Nothing was written: the file has %n problems.</numerusform>
            </translation>
        </message>
    </context>
</TS>
