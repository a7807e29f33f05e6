<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ApprovalsCard</name>
        <message numerus="yes">
            <location filename="../qml/ApprovalsCard.qml" line="18" />
            <source>proposal(s) waiting for the Minister</source>
            <translation>
                <numerusform>proposal waiting for the Minister</numerusform>
                <numerusform>proposals waiting for the Minister</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/ApprovalsCard.qml" line="19" />
            <source>proposal(s) waiting for the Government</source>
            <translation>
                <numerusform>proposal waiting for the Government</numerusform>
                <numerusform>proposals waiting for the Government</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/ApprovalsCard.qml" line="20" />
            <source>tour(s) starting in the next %1 days without a decision</source>
            <translation>
                <numerusform>tour starting in the next %1 days without a decision</numerusform>
                <numerusform>tours starting in the next %1 days without a decision</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPage</name>
        <message numerus="yes">
            <location filename="../qml/ApprovalsPage.qml" line="104" />
            <source>%n tour(s)</source>
            <translation>
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProposalView</name>
        <message numerus="yes">
            <location filename="../qml/ProposalView.qml" line="105" />
            <source>%n blocking finding(s): the proposal cannot be submitted until they are resolved.</source>
            <translation>
                <numerusform>%n blocking finding: the proposal cannot be submitted until it is resolved.</numerusform>
                <numerusform>%n blocking findings: the proposal cannot be submitted until they are resolved.</numerusform>
            </translation>
        </message>
    </context>
</TS>
