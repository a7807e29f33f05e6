<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ClaimList</name>
        <message numerus="yes">
            <location filename="../qml/ClaimList.qml" line="51" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpensesCard</name>
        <message numerus="yes">
            <location filename="../qml/ExpensesCard.qml" line="79" />
            <source>claim(s) waiting for a decision</source>
            <translation>
                <numerusform>claim waiting for a decision</numerusform>
                <numerusform>claims waiting for a decision</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message numerus="yes">
            <location filename="../qml/ReportView.qml" line="49" />
            <source>%n forecast line(s) have no rate</source>
            <translation>
                <numerusform>%n forecast line has no rate</numerusform>
                <numerusform>%n forecast lines have no rate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TourExpenses</name>
        <message numerus="yes">
            <location filename="../qml/TourExpenses.qml" line="148" />
            <source>%n line(s) have no rate and count as nothing.</source>
            <translation>
                <numerusform>%n line has no rate and counts as nothing.</numerusform>
                <numerusform>%n lines have no rate and count as nothing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/TourExpenses.qml" line="181" />
            <source>Show the forecast month by month (%n line(s))</source>
            <translation>
                <numerusform>Show the forecast month by month (%n line)</numerusform>
                <numerusform>Show the forecast month by month (%n lines)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>contingent::expenses::ExpensesBackend</name>
        <message numerus="yes">
            <location filename="../src/expensesbackend.cpp" line="114" />
            <location filename="../src/expensesbackend.cpp" line="116" />
            <source>%n journey(s) × %1</source>
            <translation>
                <numerusform>%n journey × %1</numerusform>
                <numerusform>%n journeys × %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/expensesbackend.cpp" line="118" />
            <source>%n move(s) × %1</source>
            <translation>
                <numerusform>%n move × %1</numerusform>
                <numerusform>%n moves × %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/expensesbackend.cpp" line="132" />
            <source>%n day(s) × %1</source>
            <translation>
                <numerusform>%n day × %1</numerusform>
                <numerusform>%n days × %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
