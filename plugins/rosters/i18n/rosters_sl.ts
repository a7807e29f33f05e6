<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="38" />
        <source>Find candidates</source>
        <translation>Kandidati</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="44" />
        <source>Officers available for the whole period, ranked by the requirements they meet, then by earlier tours, then by the fewest days abroad in the last three years.</source>
        <translation>Policisti, ki so na voljo za celotno obdobje, razvrščeni po izpolnjenih zahtevah, nato po prejšnjih napotitvah, nato po najmanj dneh v tujini v zadnjih treh letih.</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="55" />
        <source>Mission</source>
        <translation>Misija</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="59" />
        <source>(any)</source>
        <translation>(katera koli)</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="63" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="68" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="73" />
        <source>Languages (en:B2;fr:B1)</source>
        <translation>Jeziki (en:B2;fr:B1)</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="78" />
        <source>Skills (separated by ;)</source>
        <translation>Znanja (ločena s ;)</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="80" />
        <source>training and mentoring</source>
        <translation>usposabljanje in mentorstvo</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="83" />
        <source>Find</source>
        <translation>Poišči</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="99" />
        <source>Choose a period</source>
        <translation>Izberite obdobje</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="100" />
        <source>Give the first and last day of the tour, and any requirements, then Find (Return).</source>
        <translation>Vnesite prvi in zadnji dan napotitve ter morebitne zahteve, nato Poišči (Enter).</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="113" />
        <source>%1 available (in %2 ms)</source>
        <translation>Na voljo: %1 (v %2 ms)</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="148" />
        <source>%1, %2 · %3 earlier tours (%4 in this mission) · %5 days abroad recently</source>
        <translation>%1, %2 · prejšnje napotitve: %3 (v tej misiji: %4) · dni v tujini v zadnjem času: %5</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="158" />
        <source>%1/%2 met</source>
        <translation>izpolnjeno %1/%2</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="164" />
        <source>Missing: %1</source>
        <translation>Manjka: %1</translation>
    </message>
    <message>
        <location filename="../qml/CandidatesPage.qml" line="173" />
        <source>%1 left out</source>
        <translation>Izločeni: %1</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../qml/CourseForm.qml" line="28" />
        <source>Add a course or certificate</source>
        <translation>Dodaj tečaj ali potrdilo</translation>
    </message>
    <message>
        <location filename="../qml/CourseForm.qml" line="29" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../qml/CourseForm.qml" line="41" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../qml/CourseForm.qml" line="43" />
        <source>Pre-deployment course (UN-certified)</source>
        <translation>Tečaj pred napotitvijo (certificiran pri ZN)</translation>
    </message>
    <message>
        <location filename="../qml/CourseForm.qml" line="46" />
        <source>Issued</source>
        <translation>Izdano</translation>
    </message>
    <message>
        <location filename="../qml/CourseForm.qml" line="51" />
        <source>Expires (empty: never)</source>
        <translation>Velja do (prazno: brez omejitve)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/ImportDialog.qml" line="33" />
        <source>record %1: %2</source>
        <translation>zapis %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="33" />
        <source>line %1: %2</source>
        <translation>vrstica %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="34" />
        <source>record %1, %2: %3</source>
        <translation>zapis %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="34" />
        <source>line %1, %2: %3</source>
        <translation>vrstica %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="46" />
        <source>Import of %1</source>
        <translation>Uvoz datoteke %1</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="57" />
        <source>imported</source>
        <translation>uvoženo</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="57" />
        <source>not imported</source>
        <translation>ni uvoženo</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="64" />
        <source>%1 added, %2 updated.</source>
        <translation>Dodanih: %1, posodobljenih: %2.</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="73" />
        <source>Correct the file and import it again; no officer was changed.</source>
        <translation>Popravite datoteko in jo uvozite znova; noben policist ni bil spremenjen.</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="103" />
        <source>Read it as Windows-1250 (Excel's CSV in Slovene)</source>
        <translation>Preberi kot Windows-1250 (Excelov CSV v slovenščini)</translation>
    </message>
    <message>
        <location filename="../qml/ImportDialog.qml" line="111" />
        <source>Copy all problems</source>
        <translation>Kopiraj vse težave</translation>
    </message>
</context>
<context>
    <name>MyDocumentsCard</name>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="42" />
        <source>Competency test valid until %1</source>
        <translation>Preizkus usposobljenosti velja do %1</translation>
    </message>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="43" />
        <source>Competency test lapsed on %1</source>
        <translation>Preizkus usposobljenosti je potekel %1</translation>
    </message>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="44" />
        <source>No competency test on record</source>
        <translation>Ni zapisa o preizkusu usposobljenosti</translation>
    </message>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="52" />
        <source>Passport valid until %1</source>
        <translation>Potni list velja do %1</translation>
    </message>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="53" />
        <source>Passport expired on %1</source>
        <translation>Potni list je potekel %1</translation>
    </message>
    <message>
        <location filename="../qml/MyDocumentsCard.qml" line="54" />
        <source>No passport on record</source>
        <translation>Ni zapisa o potnem listu</translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="21" />
        <source>My profile</source>
        <translation>Moj profil</translation>
    </message>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="30" />
        <source>Your login is not linked to an officer record</source>
        <translation>Vaše uporabniško ime ni povezano z zapisom policista</translation>
    </message>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="31" />
        <source>Ask an administrator: contingent users set LOGIN --officer ID</source>
        <translation>Prosite skrbnika: contingent users set UPORABNIK --officer ID</translation>
    </message>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="38" />
        <source>Contact e-mail</source>
        <translation>E-pošta za stik</translation>
    </message>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="56" />
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../qml/MyProfilePage.qml" line="60" />
        <source>Saved.</source>
        <translation>Shranjeno.</translation>
    </message>
</context>
<context>
    <name>OfficerDetail</name>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="53" />
        <source>No officer chosen</source>
        <translation>Noben policist ni izbran</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="54" />
        <source>Pick an officer in the table (Return opens the record).</source>
        <translation>Izberite policista v tabeli (Enter odpre zapis).</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="85" />
        <source>inactive</source>
        <translation>neaktiven</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="90" />
        <source>deployable</source>
        <translation>napotljiv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="90" />
        <source>not deployable</source>
        <translation>ni napotljiv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="95" />
        <source>Edit…</source>
        <translation>Uredi …</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="101" />
        <location filename="../qml/OfficerDetail.qml" line="103" />
        <source>Close the record</source>
        <translation>Zapri zapis</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="111" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="112" />
        <location filename="../qml/OfficerDetail.qml" line="137" />
        <source>Languages</source>
        <translation>Jeziki</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="113" />
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="114" />
        <source>Courses (%1)</source>
        <translation>Tečaji (%1)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="115" />
        <source>Absences (%1)</source>
        <translation>Odsotnosti (%1)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="125" />
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="126" />
        <source>Family name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="127" />
        <source>Gender</source>
        <translation>Spol</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="128" />
        <source>Born</source>
        <translation>Rojen(a)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="129" />
        <source>Rank</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="130" />
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="131" />
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="141" />
        <source>Skills</source>
        <translation>Znanja</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="149" />
        <source>Competency test</source>
        <translation>Preizkus usposobljenosti</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="151" />
        <source>%1, valid until %2 (Police Act Art. 71)</source>
        <translation>%1, velja do %2 (ZPol, 71. člen)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="154" />
        <location filename="../qml/OfficerDetail.qml" line="163" />
        <source>none on record</source>
        <translation>ni vpisan</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="159" />
        <source>Passport</source>
        <translation>Potni list</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="161" />
        <source>%1, expires %2</source>
        <translation>%1, velja do %2</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="167" />
        <source>Driving licence</source>
        <translation>Vozniško dovoljenje</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="169" />
        <source>Deployable</source>
        <translation>Napotljiv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="170" />
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="171" />
        <source>no: %1</source>
        <translation>ne: %1</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="191" />
        <location filename="../qml/OfficerDetail.qml" line="219" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="192" />
        <source>%1, does not expire</source>
        <translation>%1, brez omejitve veljavnosti</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="198" />
        <source>Remove course</source>
        <translation>Odstrani tečaj</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="205" />
        <source>Add course…</source>
        <translation>Dodaj tečaj …</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="228" />
        <source>Remove period</source>
        <translation>Odstrani obdobje</translation>
    </message>
    <message>
        <location filename="../qml/OfficerDetail.qml" line="235" />
        <source>Add period…</source>
        <translation>Dodaj obdobje …</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <location filename="../qml/OfficerForm.qml" line="48" />
        <source>Edit %1</source>
        <translation>Uredi %1</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="48" />
        <source>Add an officer</source>
        <translation>Dodaj policista</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="83" />
        <source>Service number</source>
        <translation>Službena številka</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="88" />
        <source>Gender</source>
        <translation>Spol</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="93" />
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="98" />
        <source>Family name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="103" />
        <source>Born</source>
        <translation>Rojen(a)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="108" />
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="113" />
        <source>Rank</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="117" />
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="121" />
        <source>Languages (en:C1;fr:B2)</source>
        <translation>Jeziki (en:C1;fr:B2)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="126" />
        <source>Skills (separated by ;)</source>
        <translation>Znanja (ločena s ;)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="128" />
        <source>border policing;forensics</source>
        <translation>mejna policija;forenzika</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="131" />
        <source>Competency test taken (Art. 71)</source>
        <translation>Datum preizkusa usposobljenosti (71. člen)</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="136" />
        <source>Driving licence</source>
        <translation>Vozniško dovoljenje</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="140" />
        <source>Passport number</source>
        <translation>Številka potnega lista</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="145" />
        <source>Passport expires</source>
        <translation>Potni list velja do</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="150" />
        <source>Active on the roster</source>
        <translation>Aktiven v evidenci</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="151" />
        <source>Deployable</source>
        <translation>Napotljiv</translation>
    </message>
    <message>
        <location filename="../qml/OfficerForm.qml" line="154" />
        <source>Why not deployable</source>
        <translation>Zakaj ni napotljiv</translation>
    </message>
</context>
<context>
    <name>RosterCard</name>
    <message>
        <location filename="../qml/RosterCard.qml" line="38" />
        <source>officers, %1 active</source>
        <translation>policistov, aktivnih %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RosterCard.qml" line="47" />
        <source>%Ln officer(s) with a lapsed competency test or passport</source>
        <translation>
            <numerusform>%Ln policist s pretečenim preizkusom usposobljenosti ali potnim listom</numerusform><numerusform>%Ln policista s pretečenim preizkusom usposobljenosti ali potnim listom</numerusform><numerusform>%Ln policisti s pretečenim preizkusom usposobljenosti ali potnim listom</numerusform><numerusform>%Ln policistov s pretečenim preizkusom usposobljenosti ali potnim listom</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/RosterCard.qml" line="56" />
        <source>No competency test or passport lapses in the next 90 days.</source>
        <translation>V naslednjih 90 dneh ne poteče noben preizkus usposobljenosti ali potni list.</translation>
    </message>
    <message>
        <location filename="../qml/RosterCard.qml" line="57" />
        <source>%1 lapse in the next 90 days:</source>
        <translation>V naslednjih 90 dneh poteče: %1</translation>
    </message>
    <message>
        <location filename="../qml/RosterCard.qml" line="66" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RosterCard.qml" line="77" />
        <source>and %Ln more</source>
        <translation>
            <numerusform>in še %Ln</numerusform><numerusform>in še %Ln</numerusform><numerusform>in še %Ln</numerusform><numerusform>in še %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterFilters</name>
    <message>
        <location filename="../qml/RosterFilters.qml" line="45" />
        <source>Any rank</source>
        <translation>Vsi nazivi</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="51" />
        <source>Any unit</source>
        <translation>Vse enote</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="57" />
        <source>Any gender</source>
        <translation>Vsi spoli</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="63" />
        <source>Any language</source>
        <translation>Vsi jeziki</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="69" />
        <source>any level</source>
        <translation>vse ravni</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="76" />
        <source>Any skill</source>
        <translation>Vsa znanja</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="81" />
        <source>Available</source>
        <translation>Na voljo</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="86" />
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="87" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../qml/RosterFilters.qml" line="89" />
        <source>Clear</source>
        <translation>Počisti</translation>
    </message>
</context>
<context>
    <name>RostersPage</name>
    <message numerus="yes">
        <location filename="../qml/RostersPage.qml" line="59" />
        <source>Exported %n officer(s) to %1.</source>
        <translation>
            <numerusform>Izvožen %n policist v %1.</numerusform><numerusform>Izvožena %n policista v %1.</numerusform><numerusform>Izvoženi %n policisti v %1.</numerusform><numerusform>Izvoženih %n policistov v %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="73" />
        <source>Roster</source>
        <translation>Evidenca</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="81" />
        <source>Counting the officers…</source>
        <translation>Štejem policiste …</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="82" />
        <source>%1 officers, %2 active; %3 match the filters.</source>
        <translation>Policistov: %1, aktivnih: %2; filtrom ustreza: %3.</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="91" />
        <source>read-only</source>
        <translation>samo branje</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="97" />
        <source>Import…</source>
        <translation>Uvozi …</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="103" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="109" />
        <source>Add officer…</source>
        <translation>Dodaj policista …</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="145" />
        <source>Filter by name, service number, rank, unit or language (Ctrl+F)</source>
        <translation>Filtriraj po imenu, službeni številki, nazivu, enoti ali jeziku (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="148" />
        <source>The roster is empty</source>
        <translation>Evidenca je prazna</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="149" />
        <source>No officer matches the filters</source>
        <translation>Filtrom ne ustreza noben policist</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="191" />
        <source>Import officers from an Excel, CSV or JSON file</source>
        <translation>Uvoz policistov iz datoteke Excel, CSV ali JSON</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="193" />
        <source>Roster files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke seznama (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="193" />
        <location filename="../qml/RostersPage.qml" line="204" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="204" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="205" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="194" />
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="194" />
        <location filename="../qml/RostersPage.qml" line="205" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/RostersPage.qml" line="200" />
        <source>Export the roster</source>
        <translation>Izvoz evidence</translation>
    </message>
</context>
<context>
    <name>UnavailabilityForm</name>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="29" />
        <source>Add a period of unavailability</source>
        <translation>Dodaj obdobje odsotnosti</translation>
    </message>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="30" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="42" />
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="46" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="51" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../qml/UnavailabilityForm.qml" line="56" />
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
</context>
<context>
    <name>contingent::rosters</name>
    <message>
        <location filename="../src/profileform.cpp" line="35" />
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>»%1« ni datum (LLLL-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="110" />
        <source>Required.</source>
        <translation>Obvezno.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="113" />
        <source>Choose F, M or X.</source>
        <translation>Izberite F, M ali X.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="118" />
        <source>The birth date is in the future.</source>
        <translation>Datum rojstva je v prihodnosti.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="121" />
        <source>The birth date is more than 100 years ago.</source>
        <translation>Datum rojstva je več kot 100 let v preteklosti.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="125" />
        <source>Not an e-mail address.</source>
        <translation>To ni e-poštni naslov.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="144" />
        <source>The test cannot be in the future.</source>
        <translation>Preizkus ne more biti v prihodnosti.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="150" />
        <source>Give the number of the passport that expires.</source>
        <translation>Vnesite številko potnega lista, ki mu poteče veljavnost.</translation>
    </message>
    <message>
        <location filename="../src/profileform.cpp" line="157" />
        <source>Say why the officer is not deployable.</source>
        <translation>Navedite, zakaj policist ni napotljiv.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="30" />
        <source>Service no.</source>
        <translation>Služb. št.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="32" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="34" />
        <source>Rank</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="35" />
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="36" />
        <source>Languages</source>
        <translation>Jeziki</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="39" />
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="41" />
        <source>active</source>
        <translation>aktiven</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="43" />
        <source>inactive</source>
        <translation>neaktiven</translation>
    </message>
    <message>
        <location filename="../src/rostersplugin.cpp" line="27" />
        <location filename="../src/rostersplugin.cpp" line="50" />
        <source>Roster</source>
        <translation>Evidenca</translation>
    </message>
    <message>
        <location filename="../src/rostersplugin.cpp" line="35" />
        <source>Find candidates</source>
        <translation>Kandidati</translation>
    </message>
    <message>
        <location filename="../src/rostersplugin.cpp" line="43" />
        <source>My profile</source>
        <translation>Moj profil</translation>
    </message>
    <message>
        <location filename="../src/rostersplugin.cpp" line="59" />
        <source>My documents</source>
        <translation>Moji dokumenti</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="39" />
        <source>police officer</source>
        <translation>policist</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="40" />
        <source>senior police officer</source>
        <translation>višji policist</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="41" />
        <source>police inspector</source>
        <translation>policijski inšpektor</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="42" />
        <source>senior police inspector</source>
        <translation>višji policijski inšpektor</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="43" />
        <source>police superintendent</source>
        <translation>policijski svetnik</translation>
    </message>
    <message>
        <location filename="../src/rosterrecords.cpp" line="44" />
        <source>chief police superintendent</source>
        <translation>višji policijski svetnik</translation>
    </message>
</context>
<context>
    <name>contingent::rosters::CandidateBackend</name>
    <message>
        <location filename="../src/candidatebackend.cpp" line="55" />
        <source>Not available to your role.</source>
        <translation>Za vašo vlogo ni na voljo.</translation>
    </message>
    <message>
        <location filename="../src/candidatebackend.cpp" line="61" />
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation>Vnesite prvi dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/candidatebackend.cpp" line="63" />
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation>Vnesite zadnji dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/candidatebackend.cpp" line="65" />
        <source>The last day comes before the first.</source>
        <translation>Zadnji dan je pred prvim.</translation>
    </message>
</context>
<context>
    <name>contingent::rosters::RosterBackend</name>
    <message>
        <location filename="../src/rosterbackend.cpp" line="275" />
        <source>passport</source>
        <translation>potni list</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="275" />
        <source>competency test</source>
        <translation>preizkus usposobljenosti</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="322" />
        <source>Your role (%1) cannot change the roster.</source>
        <translation>Vaša vloga (%1) ne more spreminjati evidence.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="373" />
        <source>Your login is not linked to an officer record.</source>
        <translation>Vaše uporabniško ime ni povezano z zapisom policista.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="366" />
        <source>Not an e-mail address.</source>
        <translation>To ni e-poštni naslov.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="393" />
        <location filename="../src/rosterbackend.cpp" line="433" />
        <location filename="../src/rosterbackend.cpp" line="435" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Vnesite datum v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="398" />
        <source>Enter the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Vnesite datum v obliki LLLL-MM-DD ali pustite prazno.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="400" />
        <source>It cannot expire before it was issued.</source>
        <translation>Ne more poteči pred izdajo.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="403" />
        <source>Required.</source>
        <translation>Obvezno.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="437" />
        <source>The last day comes before the first.</source>
        <translation>Zadnji dan je pred prvim.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="470" />
        <source>Cannot read %1: %2</source>
        <translation>Datoteke %1 ni mogoče prebrati: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/rosterbackend.cpp" line="483" />
        <source>Nothing was written: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nič ni bilo zapisano: datoteka ima %n težavo.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težavi.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težave.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težav.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="504" />
        <source>Your login is not registered; it cannot export the roster.</source>
        <translation>Vaše uporabniško ime ni registrirano, zato ne more izvoziti evidence.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="507" />
        <source>Your role (%1) cannot export the roster.</source>
        <translation>Vaša vloga (%1) ne more izvoziti evidence.</translation>
    </message>
    <message>
        <location filename="../src/rosterbackend.cpp" line="517" />
        <source>Cannot write %1: %2</source>
        <translation>Datoteke %1 ni mogoče zapisati: %2</translation>
    </message>
</context>
</TS>