<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>DueCard</name>
    <message numerus="yes">
        <location filename="../qml/DueCard.qml" line="28" />
        <source>order(s) to hand over this week</source>
        <translation>
            <numerusform>odločba za vročitev ta teden</numerusform><numerusform>odločbi za vročitev ta teden</numerusform><numerusform>odločbe za vročitev ta teden</numerusform><numerusform>odločb za vročitev ta teden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DueCard.qml" line="38" />
        <source>order(s) past their hand-over deadline</source>
        <translation>
            <numerusform>odločba po roku za vročitev</numerusform><numerusform>odločbi po roku za vročitev</numerusform><numerusform>odločbe po roku za vročitev</numerusform><numerusform>odločb po roku za vročitev</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOverForm</name>
    <message>
        <location filename="../qml/HandOverForm.qml" line="31" />
        <source>Hand over order %1</source>
        <translation>Vročitev odločbe %1</translation>
    </message>
    <message>
        <location filename="../qml/HandOverForm.qml" line="32" />
        <source>Record</source>
        <translation>Zabeleži</translation>
    </message>
    <message>
        <location filename="../qml/HandOverForm.qml" line="45" />
        <source>Duty starts on %1; the order is due by %2.</source>
        <translation>Delo se začne %1; odločbo je treba vročiti do %2.</translation>
    </message>
    <message>
        <location filename="../qml/HandOverForm.qml" line="51" />
        <source>Handed over on</source>
        <translation>Vročena dne</translation>
    </message>
</context>
<context>
    <name>MyOrdersPage</name>
    <message>
        <location filename="../qml/MyOrdersPage.qml" line="20" />
        <source>My transfer orders</source>
        <translation>Moje odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/MyOrdersPage.qml" line="27" />
        <source>You have no transfer order.</source>
        <translation>Nimate odločbe o napotitvi.</translation>
    </message>
    <message>
        <location filename="../qml/MyOrdersPage.qml" line="36" />
        <source>Save the transfer order</source>
        <translation>Shranjevanje odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/MyOrdersPage.qml" line="40" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/MyOrdersPage.qml" line="43" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../qml/OrderForm.qml" line="37" />
        <source>New transfer order: %1, %2</source>
        <translation>Nova odločba o napotitvi: %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="37" />
        <source>Change transfer order: %1, %2</source>
        <translation>Sprememba odločbe o napotitvi: %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="53" />
        <source>Order number</source>
        <translation>Številka odločbe</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="55" />
        <source>e.g. 094-12/2025</source>
        <translation>npr. 094-12/2025</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="58" />
        <source>First day of duty</source>
        <translation>Prvi dan dela</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="64" />
        <source>Last day (at most six months, Art. 77)</source>
        <translation>Zadnji dan (največ šest mesecev, 77. člen)</translation>
    </message>
    <message>
        <location filename="../qml/OrderForm.qml" line="70" />
        <source>Handed to the officer on (empty: not yet)</source>
        <translation>Vročena policistu dne (prazno: še ne)</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../qml/OrderList.qml" line="23" />
        <source>No transfer order for this tour yet.</source>
        <translation>Za to napotitev še ni odločbe.</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="57" />
        <source>Handed over %1 (due by %2)</source>
        <translation>Vročena %1 (rok %2)</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="58" />
        <source>To hand over by %1</source>
        <translation>Vročiti do %1</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="65" />
        <source>longer than allowed</source>
        <translation>daljša od dovoljenega</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="65" />
        <source>handed over late</source>
        <translation>vročena prepozno</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="66" />
        <source>overdue</source>
        <translation>rok je potekel</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="66" />
        <source>due</source>
        <translation>za vročitev</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="69" />
        <source>Hand over…</source>
        <translation>Vroči …</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="70" />
        <source>Change…</source>
        <translation>Spremeni …</translation>
    </message>
    <message>
        <location filename="../qml/OrderList.qml" line="71" />
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
</context>
<context>
    <name>RuleSetForm</name>
    <message>
        <location filename="../qml/RuleSetForm.qml" line="30" />
        <source>Limits from a day on</source>
        <translation>Omejitve od dneva naprej</translation>
    </message>
    <message>
        <location filename="../qml/RuleSetForm.qml" line="44" />
        <source>In force from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <location filename="../qml/RuleSetForm.qml" line="49" />
        <source>An order lasts at most (months, Art. 77(1)-(2))</source>
        <translation>Odločba traja največ (mesecev, 77. člen, 1. in 2. odstavek)</translation>
    </message>
    <message>
        <location filename="../qml/RuleSetForm.qml" line="54" />
        <source>Handed over at least (days before duty, Art. 77(3))</source>
        <translation>Vročitev vsaj (dni pred začetkom dela, 77. člen, 3. odstavek)</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../qml/TransfersPage.qml" line="57" />
        <source>Transfer orders</source>
        <translation>Odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="58" />
        <source>Import…</source>
        <translation>Uvozi …</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="59" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="65" />
        <source>Tours</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="66" />
        <source>Due (%1)</source>
        <translation>Za vročitev (%1)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="66" />
        <source>Due (…)</source>
        <translation>Za vročitev (…)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="67" />
        <source>Rules</source>
        <translation>Pravila</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="79" />
        <source>Filter by officer, service number, mission or tour id (Ctrl+F)</source>
        <translation>Filtriraj po policistu, službeni številki, misiji ali številki napotitve (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="105" />
        <source>Tour %1: %2 – %3</source>
        <translation>Napotitev %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TransfersPage.qml" line="106" />
        <source>%n day(s) without an order</source>
        <translation>
            <numerusform>%n dan brez odločbe</numerusform><numerusform>%n dneva brez odločbe</numerusform><numerusform>%n dnevi brez odločbe</numerusform><numerusform>%n dni brez odločbe</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="112" />
        <source>No tour ahead or running matches.</source>
        <translation>Nobena prihodnja ali tekoča napotitev ne ustreza.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="122" />
        <source>Add order…</source>
        <translation>Dodaj odločbo …</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TransfersPage.qml" line="124" />
        <source>Apply split (%n order(s))</source>
        <translation>
            <numerusform>Uveljavi razdelitev (%n odločba)</numerusform><numerusform>Uveljavi razdelitev (%n odločbi)</numerusform><numerusform>Uveljavi razdelitev (%n odločbe)</numerusform><numerusform>Uveljavi razdelitev (%n odločb)</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="127" />
        <source>Orders added.</source>
        <translation>Odločbe so dodane.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="134" />
        <source>Proposed: %1 – %2, to hand over by %3</source>
        <translation>Predlog: %1 – %2, vročiti do %3</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="149" />
        <source>No order is due for hand-over.</source>
        <translation>Nobena odločba ne čaka na vročitev.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="154" />
        <source>New limits…</source>
        <translation>Nove omejitve …</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="159" />
        <source>From %1: an order lasts at most %2 months (Art. 77(1)-(2)) and is handed over at least %3 days before duty (Art. 77(3)).</source>
        <translation>Od %1: odločba traja največ %2 mesecev (77. člen, 1. in 2. odstavek) in je vročena vsaj %3 dni pred začetkom dela (77. člen, 3. odstavek).</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="174" />
        <source>Order saved.</source>
        <translation>Odločba je shranjena.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="178" />
        <source>Hand-over recorded.</source>
        <translation>Vročitev je zabeležena.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="182" />
        <source>Limits saved.</source>
        <translation>Omejitve so shranjene.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="188" />
        <source>Save the transfer order</source>
        <translation>Shranjevanje odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="192" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="195" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="200" />
        <source>Import transfer orders</source>
        <translation>Uvoz odločb o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="202" />
        <source>Order files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke odločb (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="205" />
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Uvoženo: dodanih %1, posodobljenih %2.</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="212" />
        <source>Export the transfer orders</source>
        <translation>Izvoz odločb o napotitvi</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="216" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="216" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="217" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="217" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/TransfersPage.qml" line="221" />
        <source>Exported the orders to %1.</source>
        <translation>Odločbe so izvožene v %1.</translation>
    </message>
</context>
<context>
    <name>contingent::transfers</name>
    <message>
        <location filename="../src/transferdocument.cpp" line="118" />
        <location filename="../src/transferdocument.cpp" line="127" />
        <source>Transfer order</source>
        <translation>Odločba o napotitvi</translation>
    </message>
    <message>
        <location filename="../src/transferdocument.cpp" line="121" />
        <source>handed over</source>
        <translation>vročena</translation>
    </message>
    <message>
        <location filename="../src/transferdocument.cpp" line="123" />
        <source>to hand over by</source>
        <translation>vročiti do</translation>
    </message>
    <message>
        <location filename="../src/transferdocument.cpp" line="128" />
        <source>none yet</source>
        <translation>še nobene</translation>
    </message>
    <message>
        <location filename="../src/transfersplugin.cpp" line="29" />
        <location filename="../src/transfersplugin.cpp" line="62" />
        <source>Transfer orders</source>
        <translation>Odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../src/transfersplugin.cpp" line="36" />
        <source>My transfer orders</source>
        <translation>Moje odločbe o napotitvi</translation>
    </message>
    <message>
        <location filename="../src/transfersplugin.cpp" line="44" />
        <source>Transfer orders to hand over</source>
        <translation>Odločbe za vročitev</translation>
    </message>
</context>
<context>
    <name>contingent::transfers::TransfersBackend</name>
    <message>
        <location filename="../src/transfersbackend.cpp" line="273" />
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation>Vnesite prvi dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="275" />
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation>Vnesite zadnji dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="277" />
        <source>The last day comes before the first day.</source>
        <translation>Zadnji dan je pred prvim.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="282" />
        <source>Enter the hand-over day as YYYY-MM-DD, or leave it empty.</source>
        <translation>Vnesite dan vročitve v obliki LLLL-MM-DD ali pustite prazno.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="327" />
        <source>Enter the day as YYYY-MM-DD.</source>
        <translation>Vnesite dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="291" />
        <location filename="../src/transfersbackend.cpp" line="381" />
        <source>There is no such order.</source>
        <translation>Te odločbe ni.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="405" />
        <source>Enter the first day the limits apply as YYYY-MM-DD.</source>
        <translation>Vnesite prvi dan veljavnosti omejitev v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="410" />
        <source>Enter the months as a whole number.</source>
        <translation>Vnesite mesece kot celo število.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="412" />
        <source>Enter the days as a whole number.</source>
        <translation>Vnesite dneve kot celo število.</translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="434" />
        <source>Cannot read %1: %2</source>
        <translation>Datoteke %1 ni mogoče prebrati: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/transfersbackend.cpp" line="439" />
        <source>Nothing was written: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nič ni bilo zapisano: datoteka ima %n težavo.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težavi.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težave.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težav.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/transfersbackend.cpp" line="458" />
        <source>Cannot write %1: %2</source>
        <translation>Datoteke %1 ni mogoče zapisati: %2</translation>
    </message>
</context>
</TS>