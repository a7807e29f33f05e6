<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>Calculators</name>
    <message>
        <location filename="../qml/Calculators.qml" line="24"/>
        <source>Lump sum on death on duty (Art. 91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="25"/>
        <source>The last ten monthly wages, oldest first, in euros:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="34"/>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="45"/>
        <location filename="../qml/Calculators.qml" line="81"/>
        <source>Work out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="56"/>
        <source>At least %1 (the last six months), at most %2 (all ten); the director general sets it. The funeral is paid by the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="64"/>
        <source>Special compensation without insurance (Art. 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="66"/>
        <source>Sum insured (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="73"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="73"/>
        <source>Permanent loss of the ability to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="76"/>
        <source>Degree (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Calculators.qml" line="87"/>
        <source>Special compensation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverTimeline</name>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="24"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="34"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="35"/>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="37"/>
        <source>Green: covered · red: high-risk days without cover · grey: no cover needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CoverTimeline.qml" line="47"/>
        <source>No tour in the last year or ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureView</name>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="23"/>
        <source>%n high-risk tour(s) without full cover</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="24"/>
        <source>%n uncovered day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="29"/>
        <source>Owed on death (Art. 90): %1 in all, %2 each. On a permanent loss of the ability to work: the degree of the loss times %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="37"/>
        <source>Reference sum insured (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="41"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="44"/>
        <source>Reference sum saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExposureView.qml" line="64"/>
        <source>Tour %1: uncovered from %2, %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="65"/>
        <source>owed on death %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExposureView.qml" line="70"/>
        <source>Every high-risk day is covered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <location filename="../qml/InsurancePage.qml" line="37"/>
        <source>Insurance of high-risk tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="38"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="39"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="45"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="46"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="47"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="48"/>
        <source>Calculators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="58"/>
        <source>Filter by insurer, number, officer or mission (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="59"/>
        <source>New policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="86"/>
        <source>Death %1 · permanent loss of ability %2 · covers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="91"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="92"/>
        <source>Attach PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="93"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="94"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="97"/>
        <source>No policy matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="97"/>
        <source>No policy yet: every high-risk day is uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="106"/>
        <source>Policy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="114"/>
        <source>Remove policy %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="116"/>
        <source>The tours it covers lose that cover. The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="117"/>
        <source>Policy removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="123"/>
        <source>The policy&apos;s document (PDF, at most 10 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="125"/>
        <location filename="../qml/InsurancePage.qml" line="138"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="128"/>
        <source>Kept %1 with policy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="134"/>
        <source>Save the policy&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="141"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="146"/>
        <source>Import insurance policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="148"/>
        <source>Policy files (*.xlsx *.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="151"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="158"/>
        <source>Export the insurance policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="162"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="162"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="163"/>
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="163"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InsurancePage.qml" line="167"/>
        <source>Exported the policies to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCoverPage</name>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="20"/>
        <source>My insurance cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="36"/>
        <source>Not a high-risk tour: no insurance is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="37"/>
        <source>High-risk: not insured from %1. Ask the international cooperation staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="38"/>
        <source>High-risk: insured on every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyCoverPage.qml" line="46"/>
        <source>You have no tour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../qml/PolicyForm.qml" line="41"/>
        <source>Change policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="41"/>
        <source>New insurance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="58"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="63"/>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="68"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="73"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="78"/>
        <source>Sum insured on death (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="83"/>
        <source>Sum insured on permanent loss of the ability to work (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="88"/>
        <source>Named officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="89"/>
        <source>Everyone serving in missions (group policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="93"/>
        <source>Service numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="95"/>
        <source>e.g. 10234, 10577</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="99"/>
        <source>Mission codes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PolicyForm.qml" line="101"/>
        <source>e.g. EUAM, EUPOL COPPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncoveredCard</name>
    <message>
        <location filename="../qml/UncoveredCard.qml" line="30"/>
        <source>high-risk tour(s) starting in the next %1 days without full cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contingent::insurance</name>
    <message numerus="yes">
        <location filename="../src/cover.cpp" line="230"/>
        <source>from %1 (%n day(s) without cover, Art. 89)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="30"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="37"/>
        <source>My insurance cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="44"/>
        <source>High-risk tours without cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insuranceplugin.cpp" line="63"/>
        <source>Insurance cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contingent::insurance::InsuranceBackend</name>
    <message>
        <location filename="../src/insurancebackend.cpp" line="122"/>
        <source>everyone in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="151"/>
        <source>Enter the insurer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="153"/>
        <source>Enter the policy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="157"/>
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="159"/>
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="161"/>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="166"/>
        <location filename="../src/insurancebackend.cpp" line="395"/>
        <source>The sum insured cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="168"/>
        <source>Enter the sum in euros, e.g. 100000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="177"/>
        <source>No officer has service number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="183"/>
        <source>There is no mission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="188"/>
        <source>Name the officers covered, or the missions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="189"/>
        <source>A policy covers named officers or missions, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="244"/>
        <source>There is no such policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="247"/>
        <source>The policy has no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="306"/>
        <source>no cover needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="312"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="317"/>
        <source>uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="374"/>
        <source>Month %1: enter the wage in euros, e.g. 2100.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="397"/>
        <source>Enter the sum insured in euros, e.g. 100000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="405"/>
        <source>Enter the degree of lost ability from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="457"/>
        <source>%1 – %2: policy %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/insurancebackend.cpp" line="482"/>
        <source>Nothing was written: the file has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/insurancebackend.cpp" line="497"/>
        <source>The policies are for the staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
