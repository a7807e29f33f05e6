<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../qml/ClaimForm.qml" line="51" />
        <source>New claim</source>
        <translation>Nov zahtevek</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="52" />
        <source>Submit</source>
        <translation>Oddaj</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="68" />
        <source>Category</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="73" />
        <source>Date (within the tour, %1 – %2)</source>
        <translation>Datum (med napotitvijo, %1 – %2)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="73" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="78" />
        <source>Amount (EUR)</source>
        <translation>Znesek (EUR)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="83" />
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="85" />
        <source>e.g. flight Ljubljana – Pristina</source>
        <translation>npr. let Ljubljana – Priština</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="88" />
        <source>Receipt (PDF, JPEG or PNG, at most 10 MB)</source>
        <translation>Račun (PDF, JPEG ali PNG, največ 10 MB)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="91" />
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="92" />
        <source>Choose…</source>
        <translation>Izberi …</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="93" />
        <source>Clear</source>
        <translation>Počisti</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="100" />
        <source>The receipt</source>
        <translation>Račun</translation>
    </message>
    <message>
        <location filename="../qml/ClaimForm.qml" line="102" />
        <source>Receipts (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Računi (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message>
        <location filename="../qml/ClaimList.qml" line="33" />
        <location filename="../qml/ClaimList.qml" line="46" />
        <source>paid</source>
        <translation>izplačano</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="33" />
        <source>approved</source>
        <translation>odobreno</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="33" />
        <location filename="../qml/ClaimList.qml" line="46" />
        <source>rejected</source>
        <translation>zavrnjeno</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="33" />
        <source>waiting</source>
        <translation>čaka</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="39" />
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="45" />
        <source>waiting for a decision</source>
        <translation>čakajo na odločitev</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="45" />
        <source>approved, not paid yet</source>
        <translation>odobreni, še ne izplačani</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="46" />
        <source>every claim</source>
        <translation>vsi zahtevki</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ClaimList.qml" line="51" />
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n zahtevek</numerusform><numerusform>%n zahtevka</numerusform><numerusform>%n zahtevki</numerusform><numerusform>%n zahtevkov</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="51" />
        <source>(the latest 500)</source>
        <translation>(zadnjih 500)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="82" />
        <source>tour %1</source>
        <translation>napotitev %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="83" />
        <source>rejected: %1</source>
        <translation>zavrnjeno: %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="84" />
        <source>paid on %1</source>
        <translation>izplačano %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="85" />
        <source>receipt %1</source>
        <translation>račun %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="90" />
        <source>Approve</source>
        <translation>Odobri</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="90" />
        <source>Claim %1 approved.</source>
        <translation>Zahtevek %1 je odobren.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="91" />
        <source>Reject…</source>
        <translation>Zavrni …</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="92" />
        <source>Mark paid</source>
        <translation>Označi kot izplačano</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="92" />
        <source>Claim %1 marked paid.</source>
        <translation>Zahtevek %1 je označen kot izplačan.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="93" />
        <source>Withdraw</source>
        <translation>Umakni</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="93" />
        <source>Claim %1 withdrawn.</source>
        <translation>Zahtevek %1 je umaknjen.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="94" />
        <source>Save receipt…</source>
        <translation>Shrani račun …</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="100" />
        <source>No claims for this tour yet.</source>
        <translation>Za to napotitev še ni zahtevkov.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="100" />
        <source>No claim waits for a decision.</source>
        <translation>Noben zahtevek ne čaka na odločitev.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="100" />
        <source>No claims.</source>
        <translation>Ni zahtevkov.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="121" />
        <source>Reject claim %1?</source>
        <translation>Zavrnem zahtevek %1?</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="122" />
        <source>Reject</source>
        <translation>Zavrni</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="127" />
        <source>Claim %1 rejected.</source>
        <translation>Zahtevek %1 je zavrnjen.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="134" />
        <source>Why (the officer sees this)</source>
        <translation>Zakaj (policist to vidi)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="143" />
        <source>Save the receipt</source>
        <translation>Shrani račun</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="147" />
        <source>Receipts (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Računi (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../qml/ClaimList.qml" line="150" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
</context>
<context>
    <name>ExpensesCard</name>
    <message>
        <location filename="../qml/ExpensesCard.qml" line="36" />
        <source>spent in %1</source>
        <translation>porabljeno v letu %1</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesCard.qml" line="59" />
        <source>The year's forecast is being worked out…</source>
        <translation>Letna napoved se še računa …</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesCard.qml" line="60" />
        <source>of %1 forecast for the year (Police Act, Art. 79, 93)</source>
        <translation>od %1 letne napovedi (Zakon o policiji, 79. in 93. člen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExpensesCard.qml" line="79" />
        <source>claim(s) waiting for a decision</source>
        <translation>
            <numerusform>zahtevek čaka na odločitev</numerusform><numerusform>zahtevka čakata na odločitev</numerusform><numerusform>zahtevki čakajo na odločitev</numerusform><numerusform>zahtevkov čaka na odločitev</numerusform></translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="36" />
        <source>Expenses of tours abroad</source>
        <translation>Stroški napotitev v tujino</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="37" />
        <source>Import claims…</source>
        <translation>Uvozi zahtevke …</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="38" />
        <source>Export claims…</source>
        <translation>Izvozi zahtevke …</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="52" />
        <source>Tours</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="53" />
        <source>Claims (%1 waiting)</source>
        <translation>Zahtevki (čaka %1)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="54" />
        <source>Rates</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="55" />
        <source>Report</source>
        <translation>Poročilo</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="87" />
        <source>Import claims (deployment, category, date, amount, description)</source>
        <translation>Uvozi zahtevke (napotitev, vrsta, datum, znesek, opis)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="89" />
        <source>Claim files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke z zahtevki (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="92" />
        <source>Imported %1 claim(s).</source>
        <translation>Uvoženih zahtevkov: %1.</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="97" />
        <source>Export the claims</source>
        <translation>Izvozi zahtevke</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="101" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="101" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="102" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="102" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ExpensesPage.qml" line="106" />
        <source>Exported the claims to %1.</source>
        <translation>Zahtevki so izvoženi v %1.</translation>
    </message>
</context>
<context>
    <name>MyExpensesPage</name>
    <message>
        <location filename="../qml/MyExpensesPage.qml" line="24" />
        <source>My expenses</source>
        <translation>Moji stroški</translation>
    </message>
    <message>
        <location filename="../qml/MyExpensesPage.qml" line="25" />
        <source>What your tours will cost by the rules (Police Act, Art. 79 and 93), and your claims. Choose a tour, then "New claim…".</source>
        <translation>Koliko bodo po pravilih stale vaše napotitve (Zakon o policiji, 79. in 93. člen), in vaši zahtevki. Izberite napotitev, nato »Nov zahtevek …«.</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <location filename="../qml/RatesView.qml" line="23" />
        <source>Setting saved.</source>
        <translation>Nastavitev je shranjena.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="30" />
        <source>Filter by kind or country</source>
        <translation>Filtriraj po vrsti ali državi</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="31" />
        <source>New rate…</source>
        <translation>Nova tarifa …</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="32" />
        <source>Import rates…</source>
        <translation>Uvozi tarife …</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="33" />
        <source>Export rates…</source>
        <translation>Izvozi tarife …</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="37" />
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="42" />
        <source>A home-leave trip every (months, 0: none)</source>
        <translation>Obisk doma vsakih (mesecev, 0: nikoli)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="44" />
        <source>Danger bonus (Art. 93)</source>
        <translation>Dodatek za nevarnost (93. člen)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="49" />
        <source>a percentage of the base salary</source>
        <translation>odstotek osnovne plače</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="49" />
        <source>a fixed monthly amount</source>
        <translation>stalni mesečni znesek</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="54" />
        <source>Percentage of the base salary</source>
        <translation>Odstotek osnovne plače</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="56" />
        <source>Euros per US dollar</source>
        <translation>Evrov za ameriški dolar</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="92" />
        <location filename="../qml/RatesView.qml" line="205" />
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="92" />
        <source>to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="96" />
        <source>not confirmed</source>
        <translation>ni potrjeno</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="100" />
        <source>Remove…</source>
        <translation>Odstrani …</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="103" />
        <source>No rates: every forecast line would count as nothing.</source>
        <translation>Ni tarif: vsaka postavka napovedi bi štela nič.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="128" />
        <source>New rate</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="136" />
        <source>Rate added.</source>
        <translation>Tarifa je dodana.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="142" />
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="148" />
        <source>daily allowance abroad (per day, per country)</source>
        <translation>dnevnica v tujini (na dan, po državah)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="149" />
        <source>one journey (per country)</source>
        <translation>ena pot (po državah)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="150" />
        <source>separated living (per day)</source>
        <translation>ločeno življenje (na dan)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="151" />
        <source>one move</source>
        <translation>ena selitev</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="152" />
        <source>base monthly salary</source>
        <translation>osnovna mesečna plača</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="153" />
        <source>fixed monthly danger bonus</source>
        <translation>stalni mesečni dodatek za nevarnost</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="158" />
        <source>Country (as missions name it; * for every other country)</source>
        <translation>Država (kot jo imenujejo misije; * za vse druge države)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="163" />
        <source>Valid from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="168" />
        <source>Valid until (empty: until the next rate)</source>
        <translation>Velja do (prazno: do naslednje tarife)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="173" />
        <source>Amount</source>
        <translation>Znesek</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="180" />
        <source>Confirmed against the published source</source>
        <translation>Preverjeno v objavljenem viru</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="182" />
        <source>Source (where the amount is published)</source>
        <translation>Vir (kje je znesek objavljen)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="184" />
        <source>e.g. Uradni list RS 76/2019</source>
        <translation>npr. Uradni list RS 76/2019</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="198" />
        <source>Remove this rate?</source>
        <translation>Odstranim to tarifo?</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="199" />
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="202" />
        <source>Rate removed.</source>
        <translation>Tarifa je odstranjena.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="206" />
        <source>The days it covered take the rate before it, or none. The removal is recorded in the audit log.</source>
        <translation>Za dneve, ki jih je pokrivala, velja prejšnja tarifa ali nobena. Odstranitev se zabeleži v revizijski sled.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="213" />
        <source>Import rates (replaces the rates of the kinds in the file)</source>
        <translation>Uvozi tarife (nadomesti tarife vrst iz datoteke)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="215" />
        <source>Rate files (*.xlsx *.csv *.json)</source>
        <translation>Datoteke s tarifami (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="218" />
        <source>Imported %1 rate(s).</source>
        <translation>Uvoženih tarif: %1.</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="223" />
        <source>Export the rates</source>
        <translation>Izvozi tarife</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="227" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="227" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="228" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="228" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/RatesView.qml" line="232" />
        <source>Exported the rates to %1.</source>
        <translation>Tarife so izvožene v %1.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../qml/ReportView.qml" line="44" />
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="48" />
        <source>The forecast of %1 tour(s) against %2 claim(s)</source>
        <translation>Napoved za napotitve (%1) proti zahtevkom (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReportView.qml" line="49" />
        <source>%n forecast line(s) have no rate</source>
        <translation>
            <numerusform>%n postavka napovedi nima tarife</numerusform><numerusform>%n postavki napovedi nimata tarife</numerusform><numerusform>%n postavke napovedi nimajo tarife</numerusform><numerusform>%n postavk napovedi nima tarife</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="52" />
        <source>Export report…</source>
        <translation>Izvozi poročilo …</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="56" />
        <source>Per mission</source>
        <translation>Po misijah</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="57" />
        <source>Per category</source>
        <translation>Po vrstah</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="58" />
        <source>Per month</source>
        <translation>Po mesecih</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="59" />
        <source>The year</source>
        <translation>Leto skupaj</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="76" />
        <source>Forecast</source>
        <translation>Napoved</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="76" />
        <source>Actual</source>
        <translation>Dejansko</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="76" />
        <source>Paid</source>
        <translation>Izplačano</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="76" />
        <source>Waiting</source>
        <translation>Čaka</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="76" />
        <source>Difference</source>
        <translation>Razlika</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="103" />
        <source>Nothing in %1.</source>
        <translation>V letu %1 nič.</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="107" />
        <source>Forecast and actual per mission in %1</source>
        <translation>Napoved in dejanski stroški po misijah v letu %1</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="134" />
        <source>forecast</source>
        <translation>napoved</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="135" />
        <source>approved and paid</source>
        <translation>odobreno in izplačano</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="139" />
        <source>Approved and paid claims per year</source>
        <translation>Odobreni in izplačani zahtevki po letih</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="171" />
        <source>No approved claims yet.</source>
        <translation>Še ni odobrenih zahtevkov.</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="177" />
        <source>Export the report of %1</source>
        <translation>Izvozi poročilo za leto %1</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="181" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="181" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="182" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="182" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="186" />
        <source>Exported the report to %1.</source>
        <translation>Poročilo je izvoženo v %1.</translation>
    </message>
</context>
<context>
    <name>TourExpenses</name>
    <message>
        <location filename="../qml/TourExpenses.qml" line="32" />
        <source>Filter your tours</source>
        <translation>Filtriraj svoje napotitve</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="32" />
        <source>Officer, service number or mission (Ctrl+F)</source>
        <translation>Policist, službena številka ali misija (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="56" />
        <source>No tour matches.</source>
        <translation>Nobena napotitev se ne ujema.</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="56" />
        <source>No tours yet.</source>
        <translation>Še ni napotitev.</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="79" />
        <source>Choose a tour to see what it will cost and what was claimed.</source>
        <translation>Izberite napotitev in videli boste, koliko bo stala in kaj je bilo zahtevano.</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="89" />
        <source>high risk</source>
        <translation>visoko tveganje</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="92" />
        <source>Host country: %1</source>
        <translation>Država gostiteljica: %1</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="92" />
        <source>not recorded</source>
        <translation>ni vpisana</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="102" />
        <source>Relocates (moving expenses, Art. 79)</source>
        <translation>Se preseli (stroški selitve, 79. člen)</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="105" />
        <location filename="../qml/TourExpenses.qml" line="118" />
        <source>Terms saved.</source>
        <translation>Pogoji so shranjeni.</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="107" />
        <source>Daily allowance paid by</source>
        <translation>Dnevnico plača</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="114" />
        <source>the mission's rule (the organisation)</source>
        <translation>pravilo misije (organizacija)</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="114" />
        <source>the mission's rule (the police)</source>
        <translation>pravilo misije (policija)</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="115" />
        <source>the police (national rates)</source>
        <translation>policija (državne tarife)</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="116" />
        <source>the organisation</source>
        <translation>organizacija</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="124" />
        <source>Forecast</source>
        <translation>Napoved</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="141" />
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TourExpenses.qml" line="148" />
        <source>%n line(s) have no rate and count as nothing.</source>
        <translation>
            <numerusform>%n postavka nima tarife in šteje nič.</numerusform><numerusform>%n postavki nimata tarife in štejeta nič.</numerusform><numerusform>%n postavke nimajo tarife in štejejo nič.</numerusform><numerusform>%n postavk nima tarife in šteje nič.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="149" />
        <source>Rates marked * are not confirmed.</source>
        <translation>Tarife, označene z *, niso potrjene.</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="157" />
        <source>Claims</source>
        <translation>Zahtevki</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="160" />
        <source>New claim…</source>
        <translation>Nov zahtevek …</translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="180" />
        <source>Hide the month-by-month lines</source>
        <translation>Skrij postavke po mesecih</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TourExpenses.qml" line="181" />
        <source>Show the forecast month by month (%n line(s))</source>
        <translation>
            <numerusform>Prikaži napoved po mesecih (%n postavka)</numerusform><numerusform>Prikaži napoved po mesecih (%n postavki)</numerusform><numerusform>Prikaži napoved po mesecih (%n postavke)</numerusform><numerusform>Prikaži napoved po mesecih (%n postavk)</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TourExpenses.qml" line="219" />
        <source>Claim %1 submitted.</source>
        <translation>Zahtevek %1 je oddan.</translation>
    </message>
</context>
<context>
    <name>contingent::expenses</name>
    <message>
        <location filename="../src/costfacts.cpp" line="35" />
        <source>Forecast (Art. 79, 93)</source>
        <translation>Napoved (79. in 93. člen)</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="39" />
        <source>Daily allowance</source>
        <translation>Dnevnica</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="40" />
        <source>paid by the mission's organisation</source>
        <translation>plača organizacija misije</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="43" />
        <source>Missing rates</source>
        <translation>Manjkajoče tarife</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="45" />
        <source>line(s) without a rate count as nothing</source>
        <translation>postavk brez tarife šteje nič</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="65" />
        <source>Claims</source>
        <translation>Zahtevki</translation>
    </message>
    <message>
        <location filename="../src/costfacts.cpp" line="66" />
        <source>paid %1, approved %2, waiting %3</source>
        <translation>izplačano %1, odobreno %2, čaka %3</translation>
    </message>
    <message>
        <location filename="../src/expensesplugin.cpp" line="32" />
        <source>Expenses</source>
        <translation>Stroški</translation>
    </message>
    <message>
        <location filename="../src/expensesplugin.cpp" line="39" />
        <source>My expenses</source>
        <translation>Moji stroški</translation>
    </message>
    <message>
        <location filename="../src/expensesplugin.cpp" line="46" />
        <source>Expenses this year</source>
        <translation>Letošnji stroški</translation>
    </message>
    <message>
        <location filename="../src/expensesplugin.cpp" line="63" />
        <source>Costs</source>
        <translation>Stroški</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="65" />
        <source>travel</source>
        <translation>potni stroški</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="67" />
        <source>home leave</source>
        <translation>obisk doma</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="69" />
        <source>separated living</source>
        <translation>ločeno življenje</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="71" />
        <source>moving</source>
        <translation>selitev</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="73" />
        <source>daily allowance</source>
        <translation>dnevnica</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="75" />
        <source>danger bonus</source>
        <translation>dodatek za nevarnost</translation>
    </message>
    <message>
        <location filename="../src/expenses.cpp" line="79" />
        <source>other</source>
        <translation>drugo</translation>
    </message>
</context>
<context>
    <name>contingent::expenses::ExpensesBackend</name>
    <message>
        <location filename="../src/expensesbackend.cpp" line="56" />
        <source>Police Act, Art. 93</source>
        <translation>Zakon o policiji, 93. člen</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="60" />
        <source>Police Act, Art. 79</source>
        <translation>Zakon o policiji, 79. člen</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="69" />
        <source>no rate for these days: counts as nothing</source>
        <translation>za te dni ni tarife: šteje nič</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="72" />
        <source>move out</source>
        <translation>selitev tja</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="73" />
        <source>journey out</source>
        <translation>pot tja</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="75" />
        <source>move back</source>
        <translation>selitev nazaj</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="76" />
        <source>journey back</source>
        <translation>pot nazaj</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="78" />
        <source>home-leave trip %1, there and back</source>
        <translation>%1. obisk doma, tja in nazaj</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="80" />
        <source>paid by the mission's organisation</source>
        <translation>plača organizacija misije</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="28" />
        <source>daily allowance abroad</source>
        <translation>dnevnica v tujini</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="30" />
        <source>one journey</source>
        <translation>ena pot</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="32" />
        <source>separated living a day</source>
        <translation>ločeno življenje na dan</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="34" />
        <source>one move</source>
        <translation>ena selitev</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="36" />
        <source>base monthly salary</source>
        <translation>osnovna mesečna plača</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="38" />
        <source>fixed monthly danger bonus</source>
        <translation>stalni mesečni dodatek za nevarnost</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="91" />
        <source>planned</source>
        <translation>načrtovana</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="92" />
        <source>proposed</source>
        <translation>predlagana</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="93" />
        <source>approved</source>
        <translation>odobrena</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="94" />
        <source>active</source>
        <translation>v teku</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="95" />
        <source>completed</source>
        <translation>končana</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="96" />
        <source>cancelled</source>
        <translation>preklicana</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="109" />
        <source>no rate</source>
        <translation>ni tarife</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/expensesbackend.cpp" line="114" />
        <location filename="../src/expensesbackend.cpp" line="116" />
        <source>%n journey(s) × %1</source>
        <translation>
            <numerusform>%n pot × %1</numerusform><numerusform>%n poti × %1</numerusform><numerusform>%n poti × %1</numerusform><numerusform>%n poti × %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/expensesbackend.cpp" line="118" />
        <source>%n move(s) × %1</source>
        <translation>
            <numerusform>%n selitev × %1</numerusform><numerusform>%n selitvi × %1</numerusform><numerusform>%n selitve × %1</numerusform><numerusform>%n selitev × %1</numerusform></translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="127" />
        <source>%1 % of %2</source>
        <translation>%1 % od %2</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="129" />
        <source>%1/%2 days × %3</source>
        <translation>%1/%2 dni × %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/expensesbackend.cpp" line="132" />
        <source>%n day(s) × %1</source>
        <translation>
            <numerusform>%n dan × %1</numerusform><numerusform>%n dneva × %1</numerusform><numerusform>%n dnevi × %1</numerusform><numerusform>%n dni × %1</numerusform></translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="274" />
        <source>not available</source>
        <translation>ni na voljo</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="280" />
        <source>not available: %1</source>
        <translation>ni na voljo: %1</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="325" />
        <source>There is no tour with id %1.</source>
        <translation>Napotitve z id %1 ni.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="352" />
        <source>Tour %1 · %2 · %3 – %4</source>
        <translation>Napotitev %1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="441" />
        <source>Choose the tour.</source>
        <translation>Izberite napotitev.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="451" />
        <location filename="../src/expensesbackendviews.cpp" line="86" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Vpišite datum kot LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="456" />
        <source>Enter the amount in euros, e.g. 120.50.</source>
        <translation>Vpišite znesek v evrih, npr. 120,50.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackend.cpp" line="520" />
        <source>Claim %1 has no receipt.</source>
        <translation>Zahtevek %1 nima računa.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="52" />
        <source>every other country</source>
        <translation>vse druge države</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="93" />
        <source>Enter the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Vpišite datum kot LLLL-MM-DD ali pustite prazno.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="98" />
        <source>Enter the amount, e.g. 40.00.</source>
        <translation>Vpišite znesek, npr. 40,00.</translation>
    </message>
    <message>
        <location filename="../src/expensesbackendviews.cpp" line="255" />
        <source>Nothing was imported from %1:</source>
        <translation>Iz %1 ni bilo uvoženo nič:</translation>
    </message>
</context>
</TS>