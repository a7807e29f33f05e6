<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>Calculators</name>
    <message>
        <location filename="../qml/Calculators.qml" line="24" />
        <source>Lump sum on death on duty (Art. 91)</source>
        <translation>Enkratna denarna pomoč ob smrti v službi (91. člen)</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="25" />
        <source>The last ten monthly wages, oldest first, in euros:</source>
        <translation>Zadnjih deset mesečnih plač, od najstarejše, v evrih:</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="34" />
        <source>Month %1</source>
        <translation>%1. mesec</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="45" />
        <location filename="../qml/Calculators.qml" line="81" />
        <source>Work out</source>
        <translation>Izračunaj</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="56" />
        <source>At least %1 (the last six months), at most %2 (all ten); the director general sets it. The funeral is paid by the police.</source>
        <translation>Najmanj %1 (zadnjih šest mesecev), največ %2 (vseh deset); višino določi generalni direktor policije. Stroške pogreba krije policija.</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="64" />
        <source>Special compensation without insurance (Art. 90)</source>
        <translation>Posebna odškodnina brez zavarovanja (90. člen)</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="66" />
        <source>Sum insured (EUR)</source>
        <translation>Zavarovalna vsota (EUR)</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="73" />
        <source>Death</source>
        <translation>Smrt</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="73" />
        <source>Permanent loss of the ability to work</source>
        <translation>Trajna izguba delovne zmožnosti</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="76" />
        <source>Degree (%)</source>
        <translation>Stopnja (%)</translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="87" />
        <source>Special compensation: %1</source>
        <translation>Posebna odškodnina: %1</translation>
    </message>
</context>
<context>
    <name>CoverTimeline</name>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="24" />
        <source>Mission</source>
        <translation>Misija</translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="34" />
        <source>Officer</source>
        <translation>Policist</translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="35" />
        <source>Service number</source>
        <translation>Službena številka</translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="37" />
        <source>Green: covered · red: high-risk days without cover · grey: no cover needed</source>
        <translation>Zeleno: zavarovano · rdeče: dnevi visokega tveganja brez zavarovanja · sivo: zavarovanje ni potrebno</translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="47" />
        <source>No tour in the last year or ahead.</source>
        <translation>V zadnjem letu ali vnaprej ni napotitve.</translation>
    </message>
</context>
<context>
    <name>ExposureView</name>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="23" />
        <source>%n high-risk tour(s) without full cover</source>
        <translation>
            <numerusform>%n napotitev z visokim tveganjem brez polnega kritja</numerusform><numerusform>%n napotitvi z visokim tveganjem brez polnega kritja</numerusform><numerusform>%n napotitve z visokim tveganjem brez polnega kritja</numerusform><numerusform>%n napotitev z visokim tveganjem brez polnega kritja</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="24" />
        <source>%n uncovered day(s)</source>
        <translation>
            <numerusform>%n nezavarovan dan</numerusform><numerusform>%n nezavarovana dneva</numerusform><numerusform>%n nezavarovani dnevi</numerusform><numerusform>%n nezavarovanih dni</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="29" />
        <source>Owed on death (Art. 90): %1 in all, %2 each. On a permanent loss of the ability to work: the degree of the loss times %2.</source>
        <translation>Dolgovano ob smrti (90. člen): skupaj %1, po %2. Ob trajni izgubi delovne zmožnosti: stopnja izgube krat %2.</translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="37" />
        <source>Reference sum insured (EUR)</source>
        <translation>Referenčna zavarovalna vsota (EUR)</translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="41" />
        <source>Set</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="44" />
        <source>Reference sum saved.</source>
        <translation>Referenčna vsota je shranjena.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="64" />
        <source>Tour %1: uncovered from %2, %n day(s)</source>
        <translation>
            <numerusform>Napotitev %1: nezavarovana od %2, %n dan</numerusform><numerusform>Napotitev %1: nezavarovana od %2, %n dneva</numerusform><numerusform>Napotitev %1: nezavarovana od %2, %n dnevi</numerusform><numerusform>Napotitev %1: nezavarovana od %2, %n dni</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="65" />
        <source>owed on death %1</source>
        <translation>dolgovano ob smrti %1</translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="70" />
        <source>Every high-risk day is covered.</source>
        <translation>Vsak dan visokega tveganja je zavarovan.</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <location filename="../qml/InsurancePage.qml" line="37" />
        <source>Insurance of high-risk tours</source>
        <translation>Zavarovanje napotitev z visokim tveganjem</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="38" />
        <source>Import…</source>
        <translation>Uvozi …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="39" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="53" />
        <source>Policies</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="54" />
        <source>Cover</source>
        <translation>Kritje</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="55" />
        <source>Exposure</source>
        <translation>Izpostavljenost</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="56" />
        <source>Calculators</source>
        <translation>Izračuni</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="67" />
        <source>Filter by insurer, number, officer or mission (Ctrl+F)</source>
        <translation>Filtriraj po zavarovalnici, številki, policistu ali misiji (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="68" />
        <source>New policy…</source>
        <translation>Nova polica …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="95" />
        <source>Death %1 · permanent loss of ability %2 · covers %3</source>
        <translation>Smrt %1 · trajna izguba zmožnosti %2 · krije %3</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="96" />
        <source>document %1</source>
        <translation>dokument %1</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="100" />
        <source>Change…</source>
        <translation>Spremeni …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="101" />
        <source>Attach PDF…</source>
        <translation>Priloži PDF …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="102" />
        <source>Save PDF…</source>
        <translation>Shrani PDF …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="103" />
        <source>Remove…</source>
        <translation>Odstrani …</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="106" />
        <source>No policy matches.</source>
        <translation>Nobena polica se ne ujema.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="106" />
        <source>No policy yet: every high-risk day is uncovered.</source>
        <translation>Še nobene police: noben dan visokega tveganja ni zavarovan.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="133" />
        <source>Policy saved.</source>
        <translation>Polica je shranjena.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="144" />
        <source>Remove policy %1?</source>
        <translation>Odstranim polico %1?</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="145" />
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="150" />
        <source>The tours it covers lose that cover. The removal is recorded in the audit log.</source>
        <translation>Napotitve, ki jih krije, izgubijo to kritje. Odstranitev se zabeleži v revizijski sled.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="148" />
        <source>Policy removed.</source>
        <translation>Polica je odstranjena.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="157" />
        <source>The policy's document (PDF, at most 10 MB)</source>
        <translation>Dokument police (PDF, največ 10 MB)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="159" />
        <location filename="../qml/InsurancePage.qml" line="172" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="162" />
        <source>Kept %1 with policy %2.</source>
        <translation>%1 je shranjen pri polici %2.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="168" />
        <source>Save the policy's document</source>
        <translation>Shranjevanje dokumenta police</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="175" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="180" />
        <source>Import insurance policies</source>
        <translation>Uvoz zavarovalnih polic</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="182" />
        <source>Policy files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke polic (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="185" />
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Uvoženo: %1 dodanih, %2 posodobljenih.</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="192" />
        <source>Export the insurance policies</source>
        <translation>Izvoz zavarovalnih polic</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="196" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="196" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="197" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="197" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="201" />
        <source>Exported the policies to %1.</source>
        <translation>Police so izvožene v %1.</translation>
    </message>
</context>
<context>
    <name>MyCoverPage</name>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="20" />
        <source>My insurance cover</source>
        <translation>Moje zavarovalno kritje</translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="36" />
        <source>Not a high-risk tour: no insurance is required.</source>
        <translation>Napotitev ni visoko tvegana: zavarovanje ni potrebno.</translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="37" />
        <source>High-risk: not insured from %1. Ask the international cooperation staff.</source>
        <translation>Visoko tveganje: od %1 niste zavarovani. Obrnite se na službo za mednarodno sodelovanje.</translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="38" />
        <source>High-risk: insured on every day.</source>
        <translation>Visoko tveganje: zavarovani ste vsak dan.</translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="46" />
        <source>You have no tour.</source>
        <translation>Nimate napotitve.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../qml/PolicyForm.qml" line="41" />
        <source>Change policy %1</source>
        <translation>Sprememba police %1</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="41" />
        <source>New insurance policy</source>
        <translation>Nova zavarovalna polica</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="58" />
        <source>Insurer</source>
        <translation>Zavarovalnica</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="63" />
        <source>Policy number</source>
        <translation>Številka police</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="68" />
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="73" />
        <source>Last day</source>
        <translation>Zadnji dan</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="78" />
        <source>Sum insured on death (EUR)</source>
        <translation>Zavarovalna vsota za smrt (EUR)</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="83" />
        <source>Sum insured on permanent loss of the ability to work (EUR)</source>
        <translation>Zavarovalna vsota za trajno izgubo delovne zmožnosti (EUR)</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="88" />
        <source>Named officers</source>
        <translation>Imenovani policisti</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="89" />
        <source>Everyone serving in missions (group policy)</source>
        <translation>Vsi, ki služijo v misijah (skupinska polica)</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="93" />
        <source>Service numbers, separated by commas</source>
        <translation>Službene številke, ločene z vejicami</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="95" />
        <source>e.g. 10234, 10577</source>
        <translation>npr. 10234, 10577</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="99" />
        <source>Mission codes, separated by commas</source>
        <translation>Oznake misij, ločene z vejicami</translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="101" />
        <source>e.g. EUAM, EUPOL COPPS</source>
        <translation>npr. EUAM, EUPOL COPPS</translation>
    </message>
</context>
<context>
    <name>UncoveredCard</name>
    <message numerus="yes">
        <location filename="../qml/UncoveredCard.qml" line="30" />
        <source>high-risk tour(s) starting in the next %1 days without full cover</source>
        <translation>
            <numerusform>napotitev z visokim tveganjem v naslednjih %1 dneh brez polnega kritja</numerusform><numerusform>napotitvi z visokim tveganjem v naslednjih %1 dneh brez polnega kritja</numerusform><numerusform>napotitve z visokim tveganjem v naslednjih %1 dneh brez polnega kritja</numerusform><numerusform>napotitev z visokim tveganjem v naslednjih %1 dneh brez polnega kritja</numerusform></translation>
    </message>
</context>
<context>
    <name>contingent::insurance</name>
    <message>
        <location filename="../src/cover.cpp" line="237" />
        <source>Cover</source>
        <translation>Kritje</translation>
    </message>
    <message>
        <location filename="../src/cover.cpp" line="239" />
        <source>not required: not a high-risk tour (Police Act, Art. 89)</source>
        <translation>ni potrebno: napotitev ni visoko tvegana (Zakon o policiji, 89. člen)</translation>
    </message>
    <message>
        <location filename="../src/cover.cpp" line="245" />
        <source>covered by policy %1 to %2</source>
        <translation>krije polica %1 do %2</translation>
    </message>
    <message>
        <location filename="../src/cover.cpp" line="254" />
        <source>Uncovered</source>
        <translation>Nezavarovano</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cover.cpp" line="255" />
        <source>from %1 (%n day(s) without cover, Art. 89)</source>
        <translation>
            <numerusform>od %1 (%n dan brez kritja, 89. člen)</numerusform><numerusform>od %1 (%n dneva brez kritja, 89. člen)</numerusform><numerusform>od %1 (%n dnevi brez kritja, 89. člen)</numerusform><numerusform>od %1 (%n dni brez kritja, 89. člen)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/cover.cpp" line="260" />
        <source>Owed on death (Art. 90)</source>
        <translation>Dolgovano ob smrti (90. člen)</translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="30" />
        <source>Insurance</source>
        <translation>Zavarovanje</translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="37" />
        <source>My insurance cover</source>
        <translation>Moje zavarovalno kritje</translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="45" />
        <source>High-risk tours without cover</source>
        <translation>Tvegane napotitve brez kritja</translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="63" />
        <source>Insurance cover</source>
        <translation>Zavarovalno kritje</translation>
    </message>
</context>
<context>
    <name>contingent::insurance::InsuranceBackend</name>
    <message>
        <location filename="../src/insurancebackend.cpp" line="98" />
        <source>everyone in %1</source>
        <translation>vsi v %1</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="127" />
        <source>Enter the insurer.</source>
        <translation>Vnesite zavarovalnico.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="129" />
        <source>Enter the policy number.</source>
        <translation>Vnesite številko police.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="133" />
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation>Vnesite prvi dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="135" />
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation>Vnesite zadnji dan v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="137" />
        <source>The last day comes before the first day.</source>
        <translation>Zadnji dan je pred prvim dnem.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="142" />
        <location filename="../src/insurancebackendviews.cpp" line="180" />
        <source>The sum insured cannot be negative.</source>
        <translation>Zavarovalna vsota ne more biti negativna.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="144" />
        <source>Enter the sum in euros, e.g. 100000.00.</source>
        <translation>Vnesite vsoto v evrih, npr. 100000,00.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="153" />
        <source>No officer has service number %1.</source>
        <translation>Noben policist nima službene številke %1.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="159" />
        <source>There is no mission %1.</source>
        <translation>Misije %1 ni.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="164" />
        <source>Name the officers covered, or the missions.</source>
        <translation>Navedite zavarovane policiste ali misije.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="165" />
        <source>A policy covers named officers or missions, not both.</source>
        <translation>Polica krije imenovane policiste ali misije, ne obojega.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="220" />
        <source>There is no such policy.</source>
        <translation>Te police ni.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="223" />
        <source>The policy has no document.</source>
        <translation>Polica nima dokumenta.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="91" />
        <source>no cover needed</source>
        <translation>kritje ni potrebno</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="97" />
        <source>covered</source>
        <translation>zavarovano</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="102" />
        <source>uncovered</source>
        <translation>nezavarovano</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="159" />
        <source>Month %1: enter the wage in euros, e.g. 2100.50.</source>
        <translation>%1. mesec: vnesite plačo v evrih, npr. 2100,50.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="182" />
        <source>Enter the sum insured in euros, e.g. 100000.00.</source>
        <translation>Vnesite zavarovalno vsoto v evrih, npr. 100000,00.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="190" />
        <source>Enter the degree of lost ability from 0 to 100.</source>
        <translation>Vnesite stopnjo izgube zmožnosti od 0 do 100.</translation>
    </message>
    <message>
        <location filename="../src/insurancebackendviews.cpp" line="257" />
        <source>%1 – %2: policy %3 (%4)</source>
        <translation>%1 – %2: polica %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/insurancebackend.cpp" line="241" />
        <source>Nothing was written: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nič ni bilo zapisano: datoteka ima %n težavo.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težavi.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težave.</numerusform><numerusform>Nič ni bilo zapisano: datoteka ima %n težav.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="256" />
        <source>The policies are for the staff.</source>
        <translation>Police so namenjene službi.</translation>
    </message>
</context>
</TS>