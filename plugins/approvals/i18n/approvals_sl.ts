<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>ApprovalsCard</name>
    <message numerus="yes">
        <location filename="../qml/ApprovalsCard.qml" line="18" />
        <source>proposal(s) waiting for the Minister</source>
        <translation>
            <numerusform>predlog čaka na ministra</numerusform><numerusform>predloga čakata na ministra</numerusform><numerusform>predlogi čakajo na ministra</numerusform><numerusform>predlogov čaka na ministra</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ApprovalsCard.qml" line="19" />
        <source>proposal(s) waiting for the Government</source>
        <translation>
            <numerusform>predlog čaka na vlado</numerusform><numerusform>predloga čakata na vlado</numerusform><numerusform>predlogi čakajo na vlado</numerusform><numerusform>predlogov čaka na vlado</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ApprovalsCard.qml" line="20" />
        <source>tour(s) starting in the next %1 days without a decision</source>
        <translation>
            <numerusform>napotitev se začne v naslednjih %1 dneh brez odločitve</numerusform><numerusform>napotitvi se začneta v naslednjih %1 dneh brez odločitve</numerusform><numerusform>napotitve se začnejo v naslednjih %1 dneh brez odločitve</numerusform><numerusform>napotitev se začne v naslednjih %1 dneh brez odločitve</numerusform></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="53" />
        <source>Government approvals</source>
        <translation>Soglasja vlade</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="54" />
        <source>New proposal…</source>
        <translation>Nov predlog …</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="55" />
        <source>Import…</source>
        <translation>Uvozi …</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="56" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="68" />
        <source>Title, mission, officer or number (Ctrl+F)</source>
        <translation>Naslov, misija, policist ali številka (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ApprovalsPage.qml" line="104" />
        <source>%n tour(s)</source>
        <translation>
            <numerusform>%n napotitev</numerusform><numerusform>%n napotitvi</numerusform><numerusform>%n napotitve</numerusform><numerusform>%n napotitev</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="105" />
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="111" />
        <source>No proposal matches.</source>
        <translation>Noben predlog se ne ujema.</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="111" />
        <source>No proposals yet.</source>
        <translation>Še ni predlogov.</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="129" />
        <source>Proposal %1 drafted.</source>
        <translation>Osnutek predloga %1 je pripravljen.</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="133" />
        <source>Import proposals (JSON, with their steps)</source>
        <translation>Uvozi predloge (JSON, s koraki)</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="135" />
        <location filename="../qml/ApprovalsPage.qml" line="147" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="138" />
        <source>Imported %1 proposal(s).</source>
        <translation>Uvoženih predlogov: %1.</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="143" />
        <source>Export the proposals with their steps</source>
        <translation>Izvozi predloge s koraki</translation>
    </message>
    <message>
        <location filename="../qml/ApprovalsPage.qml" line="150" />
        <source>Exported the proposals to %1.</source>
        <translation>Predlogi so izvoženi v %1.</translation>
    </message>
</context>
<context>
    <name>MyDecisionsPage</name>
    <message>
        <location filename="../qml/MyDecisionsPage.qml" line="21" />
        <source>My Government decisions</source>
        <translation>Moje odločitve vlade</translation>
    </message>
    <message>
        <location filename="../qml/MyDecisionsPage.qml" line="22" />
        <source>Police officers serve abroad on the Government's decision, on the Minister's recommendation (Police Act, Art. 19).</source>
        <translation>Policisti delujejo v tujini na podlagi odločitve vlade, na predlog ministra (Zakon o policiji, 19. člen).</translation>
    </message>
    <message>
        <location filename="../qml/MyDecisionsPage.qml" line="42" />
        <source>You have no tours yet.</source>
        <translation>Še nimate napotitev.</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../qml/ProposalView.qml" line="23" />
        <source>Submit to the Minister…</source>
        <translation>Pošlji ministru …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="24" />
        <source>Minister's recommendation…</source>
        <translation>Predlog ministra …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="25" />
        <source>Government's decision…</source>
        <translation>Odločitev vlade …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="26" />
        <source>Officers notified…</source>
        <translation>Policisti obveščeni …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="27" />
        <source>Withdraw…</source>
        <translation>Umakni …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="30" />
        <source>blocking</source>
        <translation>blokira</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="30" />
        <source>warning</source>
        <translation>opozorilo</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="30" />
        <source>info</source>
        <translation>obvestilo</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="32" />
        <source>planned</source>
        <translation>načrtovana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="32" />
        <source>proposed</source>
        <translation>predlagana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="33" />
        <source>active</source>
        <translation>v teku</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="34" />
        <source>completed</source>
        <translation>končana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="34" />
        <source>cancelled</source>
        <translation>preklicana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="37" />
        <source>drafted</source>
        <translation>osnutek pripravljen</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="37" />
        <source>tour added</source>
        <translation>napotitev dodana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="38" />
        <source>tour removed</source>
        <translation>napotitev odstranjena</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="38" />
        <source>described</source>
        <translation>opis spremenjen</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="39" />
        <source>submitted to the Minister</source>
        <translation>poslano ministru</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="39" />
        <source>recommended by the Minister</source>
        <translation>minister predlagal</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="40" />
        <source>decided by the Government</source>
        <translation>vlada odločila</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="40" />
        <source>officers notified</source>
        <translation>policisti obveščeni</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="41" />
        <source>withdrawn</source>
        <translation>umaknjeno</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="41" />
        <source>imported</source>
        <translation>uvoženo</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="56" />
        <source>Choose a proposal, or draft a new one from the tours of a rotation.</source>
        <translation>Izberite predlog ali pripravite novega iz napotitev ene rotacije.</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="65" />
        <source>Proposal %1</source>
        <translation>Predlog %1</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="71" />
        <source>International request</source>
        <translation>Mednarodna prošnja</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="72" />
        <source>not recorded</source>
        <translation>ni vpisana</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="73" />
        <source>Submitted to the Minister</source>
        <translation>Poslano ministru</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="75" />
        <source>Minister's recommendation</source>
        <translation>Predlog ministra</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="77" />
        <source>Government's decision</source>
        <translation>Odločitev vlade</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="79" />
        <source>Officers notified</source>
        <translation>Policisti obveščeni</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="81" />
        <source>Amends</source>
        <translation>Spreminja</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="82" />
        <source>the decision of proposal %1</source>
        <translation>odločitev predloga %1</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="99" />
        <source>Proposal PDF…</source>
        <translation>Predlog PDF …</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="100" />
        <source>Decision PDF…</source>
        <translation>Odločitev PDF …</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ProposalView.qml" line="105" />
        <source>%n blocking finding(s): the proposal cannot be submitted until they are resolved.</source>
        <translation>
            <numerusform>%n blokirajoča ugotovitev: predloga ni mogoče poslati, dokler ni odpravljena.</numerusform><numerusform>%n blokirajoči ugotovitvi: predloga ni mogoče poslati, dokler nista odpravljeni.</numerusform><numerusform>%n blokirajoče ugotovitve: predloga ni mogoče poslati, dokler niso odpravljene.</numerusform><numerusform>%n blokirajočih ugotovitev: predloga ni mogoče poslati, dokler niso odpravljene.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="114" />
        <source>Tours</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="115" />
        <source>Tour ids, e.g. 12, 14</source>
        <translation>Id napotitev, npr. 12, 14</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="119" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="122" />
        <source>Tours added.</source>
        <translation>Napotitve so dodane.</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="140" />
        <source>Tour %1</source>
        <translation>Napotitev %1</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="33" />
        <location filename="../qml/ProposalView.qml" line="142" />
        <source>approved</source>
        <translation>odobrena</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="142" />
        <source>not approved</source>
        <translation>ni odobrena</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="143" />
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="143" />
        <source>Tour removed.</source>
        <translation>Napotitev je odstranjena.</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="170" />
        <source>History</source>
        <translation>Zgodovina</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="193" />
        <source>Save the proposal to the Minister</source>
        <translation>Shrani predlog ministru</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="197" />
        <location filename="../qml/ProposalView.qml" line="209" />
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="200" />
        <location filename="../qml/ProposalView.qml" line="212" />
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
    <message>
        <location filename="../qml/ProposalView.qml" line="205" />
        <source>Save the draft Government decision</source>
        <translation>Shrani osnutek odločitve vlade</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="33" />
        <source>New proposal</source>
        <translation>Nov predlog</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="34" />
        <source>Draft</source>
        <translation>Pripravi osnutek</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="48" />
        <source>Tours (ids, separated by commas)</source>
        <translation>Napotitve (id, ločeni z vejicami)</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="50" />
        <source>e.g. 120, 121, 122</source>
        <translation>npr. 120, 121, 122</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="53" />
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="55" />
        <source>e.g. EULEX rotation 2027</source>
        <translation>npr. rotacija EULEX 2027</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="58" />
        <source>International request: organisation</source>
        <translation>Mednarodna prošnja: organizacija</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="60" />
        <source>e.g. EU (EEAS, CPCC)</source>
        <translation>npr. EU (ESZD, CPCC)</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="63" />
        <source>Its reference</source>
        <translation>Njena številka</translation>
    </message>
    <message>
        <location filename="../qml/ProposeDialog.qml" line="68" />
        <source>Its date</source>
        <translation>Njen datum</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../qml/StepDialog.qml" line="40" />
        <source>Submit proposal %1 to the Minister</source>
        <translation>Pošlji predlog %1 ministru</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="41" />
        <source>The Minister's recommendation of proposal %1</source>
        <translation>Predlog ministra za predlog %1</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="42" />
        <source>The Government's decision on proposal %1</source>
        <translation>Odločitev vlade o predlogu %1</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="43" />
        <source>Officers notified of proposal %1</source>
        <translation>Policisti obveščeni o predlogu %1</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="44" />
        <source>Withdraw proposal %1?</source>
        <translation>Umaknem predlog %1?</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="45" />
        <source>Withdraw</source>
        <translation>Umakni</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="45" />
        <source>Record</source>
        <translation>Zapiši</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="53" />
        <source>Proposal %1 is with the Minister.</source>
        <translation>Predlog %1 je pri ministru.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="54" />
        <source>Proposal %1: the Minister's recommendation is recorded.</source>
        <translation>Predlog %1: ministrov predlog je zapisan.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="55" />
        <source>Proposal %1: the Government's decision is recorded.</source>
        <translation>Predlog %1: odločitev vlade je zapisana.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="56" />
        <source>Proposal %1: the officers were notified.</source>
        <translation>Predlog %1: policisti so obveščeni.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="57" />
        <source>Proposal %1 is withdrawn.</source>
        <translation>Predlog %1 je umaknjen.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="65" />
        <source>The proposal stops here; its proposed tours go back to planned. The withdrawal is recorded in the history.</source>
        <translation>Predlog se tu konča; njegove predlagane napotitve se vrnejo med načrtovane. Umik se zapiše v zgodovino.</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="70" />
        <source>Submitting makes its tours proposed. It is refused while any tour has a blocking finding (Police Act, Art. 19).</source>
        <translation>S pošiljanjem postanejo napotitve predlagane. Ni mogoče, dokler ima katera napotitev blokirajočo ugotovitev (Zakon o policiji, 19. člen).</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="75" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="81" />
        <source>The Minister's reference</source>
        <translation>Številka ministrovega predloga</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="87" />
        <source>Decision number</source>
        <translation>Številka odločitve</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="89" />
        <source>e.g. 51100-12/2026/4</source>
        <translation>npr. 51100-12/2026/4</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="93" />
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="99" />
        <source>approved: every tour</source>
        <translation>odobreno: vse napotitve</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="99" />
        <source>rejected: every tour back to planned</source>
        <translation>zavrnjeno: vse napotitve nazaj med načrtovane</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="100" />
        <source>partly approved: the tours named below</source>
        <translation>delno odobreno: napotitve, navedene spodaj</translation>
    </message>
    <message>
        <location filename="../qml/StepDialog.qml" line="105" />
        <source>Approved tours (ids)</source>
        <translation>Odobrene napotitve (id)</translation>
    </message>
</context>
<context>
    <name>contingent::approvals</name>
    <message>
        <location filename="../src/approvalsplugin.cpp" line="32" />
        <source>Approvals</source>
        <translation>Soglasja</translation>
    </message>
    <message>
        <location filename="../src/approvalsplugin.cpp" line="40" />
        <source>My Government decisions</source>
        <translation>Moje odločitve vlade</translation>
    </message>
    <message>
        <location filename="../src/approvalsplugin.cpp" line="47" />
        <source>Waiting for a decision</source>
        <translation>Čaka na odločitev</translation>
    </message>
    <message>
        <location filename="../src/approvalsplugin.cpp" line="64" />
        <location filename="../src/proposals.cpp" line="682" />
        <location filename="../src/proposals.cpp" line="705" />
        <source>Government decision</source>
        <translation>Odločitev vlade</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="684" />
        <source>approved</source>
        <translation>odobrena</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="685" />
        <source>not approved</source>
        <translation>ni odobrena</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="686" />
        <source>proposal</source>
        <translation>predlog</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="690" />
        <source>Proposal</source>
        <translation>Predlog</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="692" />
        <source>draft, not submitted yet</source>
        <translation>osnutek, še ni poslan</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="694" />
        <source>with the Minister since</source>
        <translation>pri ministru od</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="696" />
        <source>recommended by the Minister on</source>
        <translation>minister predlagal</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="699" />
        <source>waiting for the Government</source>
        <translation>čaka na vlado</translation>
    </message>
    <message>
        <location filename="../src/proposals.cpp" line="706" />
        <source>none: the tour is in no proposal</source>
        <translation>nobena: napotitev ni v nobenem predlogu</translation>
    </message>
</context>
<context>
    <name>contingent::approvals::ApprovalsBackend</name>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="35" />
        <source>Drafts</source>
        <translation>Osnutki</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="37" />
        <source>With the Minister</source>
        <translation>Pri ministru</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="39" />
        <source>With the Government</source>
        <translation>Pri vladi</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="41" />
        <source>Decided</source>
        <translation>Odločeno</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="43" />
        <source>Officers notified</source>
        <translation>Policisti obveščeni</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="45" />
        <source>Withdrawn</source>
        <translation>Umaknjeno</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="240" />
        <source>Proposal %1</source>
        <translation>Predlog %1</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="270" />
        <source>There is no proposal %1.</source>
        <translation>Predloga %1 ni.</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="292" />
        <source>not available</source>
        <translation>ni na voljo</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="385" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Vpišite datum kot LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/approvalsbackend.cpp" line="490" />
        <source>Nothing was imported from %1:</source>
        <translation>Iz %1 ni bilo uvoženo nič:</translation>
    </message>
</context>
</TS>