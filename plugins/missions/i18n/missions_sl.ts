<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>AbroadCard</name>
    <message numerus="yes">
        <location filename="../qml/AbroadCard.qml" line="41" />
        <source>officers abroad today, in %n mission(s)</source>
        <translation>
            <numerusform>policistov danes v tujini, v %n misiji</numerusform><numerusform>policistov danes v tujini, v %n misijah</numerusform><numerusform>policistov danes v tujini, v %n misijah</numerusform><numerusform>policistov danes v tujini, v %n misijah</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AbroadCard.qml" line="60" />
        <source>and %n more mission(s)</source>
        <translation>
            <numerusform>in še %n misija</numerusform><numerusform>in še %n misiji</numerusform><numerusform>in še %n misije</numerusform><numerusform>in še %n misij</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../qml/ImportProblemsDialog.qml" line="19" />
        <source>Nothing was imported: fix these rows and import again</source>
        <translation>Uvoženo ni bilo nič: popravite te vrstice in uvozite znova</translation>
    </message>
</context>
<context>
    <name>MissionFacts</name>
    <message>
        <location filename="../qml/MissionFacts.qml" line="32" />
        <source>risk: %1</source>
        <translation>tveganje: %1</translation>
    </message>
    <message>
        <location filename="../qml/MissionFacts.qml" line="37" />
        <source>Edit…</source>
        <translation>Uredi …</translation>
    </message>
    <message>
        <location filename="../qml/MissionFacts.qml" line="43" />
        <source>%1 · %2 · %3 – %4</source>
        <translation>%1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <location filename="../qml/MissionFacts.qml" line="46" />
        <source>ongoing</source>
        <translation>poteka</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MissionFacts.qml" line="52" />
        <source>Local time zone %1 (today there: %2) · %n tour(s)</source>
        <translation>
            <numerusform>Lokalni časovni pas %1 (tam je danes %2) · %n napotitev</numerusform><numerusform>Lokalni časovni pas %1 (tam je danes %2) · %n napotitvi</numerusform><numerusform>Lokalni časovni pas %1 (tam je danes %2) · %n napotitve</numerusform><numerusform>Lokalni časovni pas %1 (tam je danes %2) · %n napotitev</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MissionFacts.qml" line="60" />
        <source>Source: %1</source>
        <translation>Vir: %1</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../qml/MissionForm.qml" line="35" />
        <source>Edit mission</source>
        <translation>Uredi misijo</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="35" />
        <source>New mission</source>
        <translation>Nova misija</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="52" />
        <source>Code</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="54" />
        <source>e.g. EULEX</source>
        <translation>npr. EULEX</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="57" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="62" />
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="67" />
        <source>Host country or territory</source>
        <translation>Država gostiteljica ali ozemlje</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="71" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="76" />
        <source>Last day (empty while it runs)</source>
        <translation>Zadnji dan (prazno, dokler misija poteka)</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="81" />
        <source>Local time zone (IANA)</source>
        <translation>Lokalni časovni pas (IANA)</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="83" />
        <source>e.g. Europe/Belgrade</source>
        <translation>npr. Europe/Belgrade</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="86" />
        <source>Risk level (high: insurance, Art. 89; danger bonus, Art. 93)</source>
        <translation>Stopnja tveganja (high: zavarovanje, 89. člen; dodatek za nevarnost, 93. člen)</translation>
    </message>
    <message>
        <location filename="../qml/MissionForm.qml" line="100" />
        <source>Source, and what is uncertain</source>
        <translation>Vir in morebitne negotovosti</translation>
    </message>
</context>
<context>
    <name>MissionTimeline</name>
    <message>
        <location filename="../qml/MissionTimeline.qml" line="57" />
        <source>%1 of %2 tours shown; scroll down for more. Ctrl+wheel or +/− zooms, 0 fits.</source>
        <translation>Prikazanih napotitev: %1 od %2; za več se pomaknite navzdol. Ctrl+kolesce ali +/− poveča ali pomanjša, 0 prilagodi.</translation>
    </message>
    <message>
        <location filename="../qml/MissionTimeline.qml" line="63" />
        <source>Zoom in</source>
        <translation>Povečaj</translation>
    </message>
    <message>
        <location filename="../qml/MissionTimeline.qml" line="64" />
        <source>Zoom out</source>
        <translation>Pomanjšaj</translation>
    </message>
    <message>
        <location filename="../qml/MissionTimeline.qml" line="65" />
        <source>Fit</source>
        <translation>Prilagodi</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../qml/MissionsPage.qml" line="84" />
        <source>Missions</source>
        <translation>Misije</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="91" />
        <source>New mission…</source>
        <translation>Nova misija …</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="96" />
        <source>Import tours…</source>
        <translation>Uvozi napotitve …</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="101" />
        <source>Export tours…</source>
        <translation>Izvozi napotitve …</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="108" />
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="112" />
        <location filename="../qml/MissionsPage.qml" line="119" />
        <source>All</source>
        <translation>Vse</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="115" />
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="125" />
        <source>Active in</source>
        <translation>Aktivne v letu</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="129" />
        <source>year</source>
        <translation>leto</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="154" />
        <source>Filter missions (code, name, country…)</source>
        <translation>Filtriraj misije (oznaka, ime, država …)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="157" />
        <source>No mission matches the filters.</source>
        <translation>Filtrom ne ustreza nobena misija.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="177" />
        <source>No mission chosen</source>
        <translation>Nobena misija ni izbrana</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="178" />
        <source>Choose a mission in the catalogue to see its tours.</source>
        <translation>Za prikaz napotitev izberite misijo v katalogu.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="213" />
        <source>Tours</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="214" />
        <source>Timeline</source>
        <translation>Časovnica</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="275" />
        <source>Import tours from an Excel, CSV or JSON file</source>
        <translation>Uvoz napotitev iz datoteke Excel, CSV ali JSON</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="277" />
        <source>Tour files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke napotitev (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="291" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="291" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="197" />
        <source>Add tour…</source>
        <translation>Dodaj napotitev …</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="201" />
        <source>Edit tour…</source>
        <translation>Uredi napotitev …</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="206" />
        <source>Remove tour</source>
        <translation>Odstrani napotitev</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="224" />
        <source>Filter tours (officer, position…)</source>
        <translation>Filtriraj napotitve (policist, delovno mesto …)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="227" />
        <source>No tours in this mission yet.</source>
        <translation>V tej misiji še ni napotitev.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="257" />
        <source>Remove this tour?</source>
        <translation>Želite odstraniti to napotitev?</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="260" />
        <source>%1 (%2) in %3, %4 – %5.</source>
        <translation>%1 (%2) v misiji %3, %4 – %5.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="263" />
        <source>The tour and its Art. 80 details are removed; the audit log keeps a record.</source>
        <translation>Napotitev in njeni podatki po 80. členu bodo odstranjeni; v revizijskem dnevniku ostane zapis.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="267" />
        <source>The tour was removed.</source>
        <translation>Napotitev je bila odstranjena.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="280" />
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Uvoženo – dodanih: %1, posodobljenih: %2.</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="287" />
        <source>Export the tours</source>
        <translation>Izvoz napotitev</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="292" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="292" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/MissionsPage.qml" line="297" />
        <source>Exported the tours to %1.</source>
        <translation>Napotitve so bile izvožene v %1.</translation>
    </message>
</context>
<context>
    <name>MyMissionsPage</name>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="26" />
        <source>My missions</source>
        <translation>Moje misije</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="34" />
        <source>Save statement of service (PDF)…</source>
        <translation>Shrani potrdilo o službi v tujini (PDF) …</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="43" />
        <source>No record to show</source>
        <translation>Ni zapisa za prikaz</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MyMissionsPage.qml" line="53" />
        <source>%1 (%2): %n tour(s) served, %3 days abroad in total.</source>
        <translation>
            <numerusform>%1 (%2): %n opravljena napotitev, dni v tujini skupaj: %3.</numerusform><numerusform>%1 (%2): %n opravljeni napotitvi, dni v tujini skupaj: %3.</numerusform><numerusform>%1 (%2): %n opravljene napotitve, dni v tujini skupaj: %3.</numerusform><numerusform>%1 (%2): %n opravljenih napotitev, dni v tujini skupaj: %3.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="66" />
        <source>%1: %2 days</source>
        <translation>%1, dni: %2</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="101" />
        <source>%1, %2 · %3 to %4 · %5 · %6 days</source>
        <translation>%1, %2 · %3 – %4 · %5 · dni: %6</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="110" />
        <source>Answers to: %1 · Returns to: %2 (Art. 80)</source>
        <translation>Nadrejeni: %1 · Delovno mesto po vrnitvi: %2 (80. člen)</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="131" />
        <source>Save the statement of service abroad</source>
        <translation>Shranjevanje potrdila o službi v tujini</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="135" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/MyMissionsPage.qml" line="139" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
</context>
<context>
    <name>NextTourCard</name>
    <message>
        <location filename="../qml/NextTourCard.qml" line="38" />
        <source>No tour planned.</source>
        <translation>Ni načrtovane misije.</translation>
    </message>
    <message>
        <location filename="../qml/NextTourCard.qml" line="64" />
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextTourCard.qml" line="74" />
        <source>On the tour: %n day(s) to go</source>
        <translation>
            <numerusform>Na misiji: še %n dan</numerusform><numerusform>Na misiji: še %n dneva</numerusform><numerusform>Na misiji: še %n dnevi</numerusform><numerusform>Na misiji: še %n dni</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextTourCard.qml" line="76" />
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Začne se čez %n dan</numerusform><numerusform>Začne se čez %n dneva</numerusform><numerusform>Začne se čez %n dni</numerusform><numerusform>Začne se čez %n dni</numerusform></translation>
    </message>
</context>
<context>
    <name>OfficerTimelinePage</name>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="32" />
        <source>Officer timeline</source>
        <translation>Časovnica policista</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="39" />
        <source>Find</source>
        <translation>Poišči</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="44" />
        <source>Service number or name</source>
        <translation>Službena številka ali ime</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="51" />
        <location filename="../qml/OfficerTimelinePage.qml" line="62" />
        <source>Officer</source>
        <translation>Policist</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="60" />
        <source>Find an officer first</source>
        <translation>Najprej poiščite policista</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="61" />
        <source>No officer matches</source>
        <translation>Noben policist ne ustreza</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="67" />
        <source>Statement (PDF)…</source>
        <translation>Potrdilo (PDF) …</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="77" />
        <source>Zoom in</source>
        <translation>Povečaj</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="78" />
        <source>Zoom out</source>
        <translation>Pomanjšaj</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="79" />
        <source>Fit</source>
        <translation>Prilagodi</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="85" />
        <source>No officer chosen</source>
        <translation>Noben policist ni izbran</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="85" />
        <source>No tours</source>
        <translation>Ni napotitev</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="86" />
        <source>Type a service number or name to find the officer.</source>
        <translation>Za iskanje policista vnesite službeno številko ali ime.</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="87" />
        <source>This officer has no tours on record.</source>
        <translation>Ta policist nima evidentiranih napotitev.</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="102" />
        <source>Save the officer's statement of service abroad</source>
        <translation>Shranjevanje potrdila policista o službi v tujini</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="106" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerTimelinePage.qml" line="109" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="51" />
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="80" />
        <source>Chart</source>
        <translation>Grafikon</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="81" />
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="85" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="151" />
        <source>Export the statistic</source>
        <translation>Izvoz statistike</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="155" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="155" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="156" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="156" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="90" />
        <source>Approved, active and completed tours count from their first day; days are counted up to today, %1.</source>
        <translation>Štejejo odobrene, tekoče in končane napotitve od prvega dne; dnevi se štejejo do danes, %1.</translation>
    </message>
    <message>
        <location filename="../qml/StatisticsPage.qml" line="161" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
</context>
<context>
    <name>TourForm</name>
    <message>
        <location filename="../qml/TourForm.qml" line="42" />
        <source>Edit tour in %1</source>
        <translation>Uredi napotitev v misiji %1</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="42" />
        <source>New tour in %1</source>
        <translation>Nova napotitev v misiji %1</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="64" />
        <source>Find the officer (service number or name)</source>
        <translation>Poiščite policista (službena številka ali ime)</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="77" />
        <source>Officer</source>
        <translation>Policist</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="82" />
        <source>(type above to find the officer)</source>
        <translation>(policista poiščite z vnosom zgoraj)</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="86" />
        <source>Position</source>
        <translation>Delovno mesto</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="87" />
        <source>e.g. police adviser</source>
        <translation>npr. policijski svetovalec</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="90" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="95" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="100" />
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="114" />
        <source>Host supervisor (Art. 80)</source>
        <translation>Nadrejeni v misiji (80. člen)</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="115" />
        <source>whom the officer answers to abroad</source>
        <translation>komu je policist v tujini podrejen</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="118" />
        <source>Returns to (Art. 80)</source>
        <translation>Delovno mesto po vrnitvi (80. člen)</translation>
    </message>
    <message>
        <location filename="../qml/TourForm.qml" line="119" />
        <source>the position after the tour</source>
        <translation>delovno mesto po napotitvi</translation>
    </message>
</context>
<context>
    <name>contingent::missions</name>
    <message>
        <location filename="../src/missionsbackend.cpp" line="73" />
        <source>Code</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="74" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="75" />
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="76" />
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="77" />
        <source>Start</source>
        <translation>Začetek</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="78" />
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="79" />
        <source>Risk</source>
        <translation>Tveganje</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="366" />
        <source>Mission</source>
        <translation>Misija</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="368" />
        <source>Host country</source>
        <translation>Država gostiteljica</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="369" />
        <location filename="../src/missionsbackend.cpp" line="85" />
        <source>Officer</source>
        <translation>Policist</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="371" />
        <source>Days</source>
        <translation>Dnevi</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="379" />
        <source>Answers to abroad (Art. 80)</source>
        <translation>Nadrejeni v tujini (80. člen)</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="382" />
        <source>Returns to (Art. 80)</source>
        <translation>Delovno mesto po vrnitvi (80. člen)</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="87" />
        <source>Service no.</source>
        <translation>Služb. št.</translation>
    </message>
    <message>
        <location filename="../src/missionrecords.cpp" line="375" />
        <location filename="../src/missionsbackend.cpp" line="88" />
        <source>Position</source>
        <translation>Delovno mesto</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="89" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="90" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="91" />
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="92" />
        <source>Host supervisor</source>
        <translation>Nadrejeni v misiji</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="94" />
        <source>Returns to</source>
        <translation>Delovno mesto po vrnitvi</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="28" />
        <source>Missions</source>
        <translation>Misije</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="36" />
        <source>Officer timeline</source>
        <translation>Časovnica policista</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="44" />
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="52" />
        <source>My missions</source>
        <translation>Moje misije</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="60" />
        <source>Abroad today</source>
        <translation>Danes v tujini</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="69" />
        <source>My next tour</source>
        <translation>Moja naslednja misija</translation>
    </message>
    <message>
        <location filename="../src/missionsplugin.cpp" line="90" />
        <source>Tour</source>
        <translation>Napotitev</translation>
    </message>
</context>
<context>
    <name>contingent::missions::MissionsBackend</name>
    <message>
        <location filename="../src/missionsbackend.cpp" line="46" />
        <source>low</source>
        <translation>nizko</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="47" />
        <source>medium</source>
        <translation>srednje</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="48" />
        <source>high</source>
        <translation>visoko</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="49" />
        <source>planned</source>
        <translation>načrtovana</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="50" />
        <source>proposed</source>
        <translation>predlagana</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="51" />
        <source>approved</source>
        <translation>odobrena</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="52" />
        <source>active</source>
        <translation>v teku</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="53" />
        <source>completed</source>
        <translation>končana</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="54" />
        <source>cancelled</source>
        <translation>preklicana</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="220" />
        <source>Your role (%1) cannot change missions or tours.</source>
        <translation>Vaša vloga (%1) ne more spreminjati misij ali napotitev.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="243" />
        <source>Enter a year such as 2008.</source>
        <translation>Vnesite letnico, npr. 2008.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="306" />
        <location filename="../src/missionsbackend.cpp" line="379" />
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation>Vnesite prvi dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="311" />
        <source>Enter the last day as YYYY-MM-DD, or leave it empty.</source>
        <translation>Vnesite zadnji dan v obliki LLLL-MM-DD ali pustite prazno.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="373" />
        <source>Choose the officer.</source>
        <translation>Izberite policista.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="381" />
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation>Vnesite zadnji dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="383" />
        <source>The last day comes before the first day.</source>
        <translation>Zadnji dan je pred prvim.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackend.cpp" line="388" />
        <source>Choose a status.</source>
        <translation>Izberite stanje.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="146" />
        <source>multinational</source>
        <translation>večnacionalne</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="147" />
        <source>bilateral</source>
        <translation>dvostranske</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="148" />
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="149" />
        <source>women</source>
        <translation>ženske</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="150" />
        <source>men</source>
        <translation>moški</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="151" />
        <source>officers</source>
        <translation>policisti</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="152" />
        <source>tours</source>
        <translation>napotitve</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="153" />
        <source>days</source>
        <translation>dnevi</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="154" />
        <source>year</source>
        <translation>leto</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="155" />
        <source>mission</source>
        <translation>misija</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="189" />
        <location filename="../src/missionsbackendviews.cpp" line="223" />
        <source>The statistics are for staff.</source>
        <translation>Statistika je namenjena osebju.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="231" />
        <location filename="../src/missionsbackendviews.cpp" line="277" />
        <source>Cannot write %1: %2</source>
        <translation>Datoteke %1 ni mogoče zapisati: %2</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="251" />
        <source>Cannot read %1: %2</source>
        <translation>Datoteke %1 ni mogoče prebrati: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/missionsbackendviews.cpp" line="255" />
        <source>Nothing was written: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nič ni bilo zapisano: datoteka ima %n težavo.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težavi.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težave.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težav.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="365" />
        <source>Your login is not linked to an officer record.</source>
        <translation>Vaše uporabniško ime ni povezano z zapisom policista.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="369" />
        <source>An officer can see only their own record.</source>
        <translation>Policist lahko vidi samo svoj zapis.</translation>
    </message>
    <message>
        <location filename="../src/missionsbackendviews.cpp" line="373" />
        <source>Your login is not registered.</source>
        <translation>Vaše uporabniško ime ni registrirano.</translation>
    </message>
    <message>
        <location filename="../src/missionstats.cpp" line="254" />
        <source>Officers deployed per year, by organisation</source>
        <translation>Napoteni policisti po letih in organizacijah</translation>
    </message>
    <message>
        <location filename="../src/missionstats.cpp" line="256" />
        <source>Officers, tours and days abroad per mission</source>
        <translation>Policisti, napotitve in dnevi v tujini po misijah</translation>
    </message>
    <message>
        <location filename="../src/missionstats.cpp" line="258" />
        <source>Women and men deployed per year</source>
        <translation>Napotene policistke in policisti po letih</translation>
    </message>
    <message>
        <location filename="../src/missionstats.cpp" line="261" />
        <source>Days abroad per year</source>
        <translation>Dnevi v tujini po letih</translation>
    </message>
</context>
<context>
    <name>contingent::missions::Statement</name>
    <message>
        <location filename="../src/statement.cpp" line="75" />
        <source>Police of the Republic of Slovenia, international cooperation</source>
        <translation>Policija Republike Slovenije, mednarodno sodelovanje</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="79" />
        <source>Statement of service abroad</source>
        <translation>Potrdilo o službi v tujini</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="82" />
        <source>Reference: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Številka: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="92" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="93" />
        <source>Service number</source>
        <translation>Službena številka</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="94" />
        <source>Rank, unit</source>
        <translation>Naziv, enota</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="97" />
        <source>No service abroad is recorded for this officer.</source>
        <translation>Za tega policista ni zapisane službe v tujini.</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="106" />
        <source>Tours</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="111" />
        <source>Mission, position</source>
        <translation>Misija, delovno mesto</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="113" />
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="115" />
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="117" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="119" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="121" />
        <source>Days</source>
        <translation>Dnevi</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="138" />
        <source>(running)</source>
        <translation>(še traja)</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="145" />
        <source>Days abroad</source>
        <translation>Dnevi v tujini</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="152" />
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="155" />
        <source>Made on %1. Days are calendar days, first and last day included; a tour still running is counted to this date.</source>
        <translation>Izdano %1. Dnevi so koledarski, prvi in zadnji dan vključno; napotitev, ki še traja, je šteta do tega dne.</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="168" />
        <source>Place and date:</source>
        <translation>Kraj in datum:</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="169" />
        <source>Signature:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <location filename="../src/statement.cpp" line="170" />
        <source>(stamp)</source>
        <translation>(žig)</translation>
    </message>
</context>
</TS>