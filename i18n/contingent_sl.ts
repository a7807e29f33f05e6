<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl_SI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="15" />
        <source>About Contingent</source>
        <translation>O programu Contingent</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="63" />
        <source>Plans police deployments to international civilian missions.</source>
        <translation>Načrtovanje napotitev policistov na mednarodne civilne misije.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="68" />
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="69" />
        <source>Plugin SDK</source>
        <translation>Razvojni komplet za vtičnike</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="70" />
        <source>Store</source>
        <translation>Podatkovna zbirka</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="72" />
        <source>Signed in as</source>
        <translation>Prijavljeni kot</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="78" />
        <source>Keyboard</source>
        <translation>Tipkovnica</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="88" />
        <source>go to the page at that place in the rail</source>
        <translation>pojdi na stran na tem mestu v stranski vrstici</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="90" />
        <source>search or filter on the page</source>
        <translation>iskanje ali filter na strani</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="92" />
        <source>this window</source>
        <translation>to okno</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="94" />
        <source>quit</source>
        <translation>izhod</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="97" />
        <source>Icons after Feather (MIT licence). Every officer in the demo store is fictional.</source>
        <translation>Ikone po zbirki Feather (licenca MIT). Vsi policisti v predstavitveni zbirki so izmišljeni.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="112" />
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="36" />
        <source>Entry %1</source>
        <translation>Vnos %1</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="48" />
        <source>Audit log</source>
        <translation>Revizijska sled</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="56" />
        <source>Who changed what, newest first: each officer and tour an import added or changed, with the old and new values, each change made in a form, and each export and statement. Double-click an entry to see all of it.</source>
        <translation>Kdo je kaj spremenil, najnovejše najprej: vsak policist in vsaka napotitev, ki ju je uvoz dodal ali spremenil, s starimi in novimi vrednostmi, vsaka sprememba v obrazcu ter vsak izvoz in potrdilo. Dvokliknite vnos, da ga vidite v celoti.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="64" />
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="72" />
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="69" />
        <source>e.g. officer 12</source>
        <translation>npr. officer 12</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="74" />
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="81" />
        <source>Person</source>
        <translation>Oseba</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="79" />
        <source>Everyone</source>
        <translation>Vsi</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="83" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="90" />
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="98" />
        <source>Clear</source>
        <translation>Počisti</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="104" />
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="123" />
        <source>Filter (who, plugin, action, record, values…)</source>
        <translation>Filter (kdo, vtičnik, dejanje, zapis, vrednosti …)</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="127" />
        <source>No entry matches the filters.</source>
        <translation>Filtrom ne ustreza noben vnos.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="136" />
        <source>Export the audit log</source>
        <translation>Izvoz revizijske sledi</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="140" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="140" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="141" />
        <source>CSV, UTF-8 for tools (*.csv)</source>
        <translation>CSV, UTF-8 za orodja (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="141" />
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="147" />
        <source>Exported one entry to %1.</source>
        <translation>Izvožen je en vnos v %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Contingent/Shell/AuditPage.qml" line="148" />
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Izvožen je %n vnos v %1.</numerusform><numerusform>Izvožena sta %n vnosa v %1.</numerusform><numerusform>Izvoženi so %n vnosi v %1.</numerusform><numerusform>Izvoženih je %n vnosov v %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="75" />
        <source>Previous month</source>
        <translation>Prejšnji mesec</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="84" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="92" />
        <source>Next month</source>
        <translation>Naslednji mesec</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../qml/Contingent/Ui/DataTable.qml" line="30" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DataTable.qml" line="38" />
        <source>Nothing matches the filter</source>
        <translation>Filtru ne ustreza nič</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="69" />
        <source>A date is required.</source>
        <translation>Datum je obvezen.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="71" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Vnesite datum v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="74" />
        <source>%1 is not a calendar date.</source>
        <translation>%1 ni veljaven koledarski datum.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="76" />
        <source>The date must be on or after %1.</source>
        <translation>Datum ne sme biti pred %1.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="78" />
        <source>The date must be on or before %1.</source>
        <translation>Datum ne sme biti po %1.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="121" />
        <source>YYYY-MM-DD</source>
        <translation>LLLL-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="139" />
        <location filename="../qml/Contingent/Ui/DateField.qml" line="141" />
        <source>Choose date</source>
        <translation>Izberi datum</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="30" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="74" />
        <source>and %n more</source>
        <translation>
            <numerusform>in še %n</numerusform><numerusform>in še %n</numerusform><numerusform>in še %n</numerusform><numerusform>in še %n</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="103" />
        <source>Hide details</source>
        <translation>Skrij podrobnosti</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="103" />
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="111" />
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="113" />
        <source>Dismiss</source>
        <translation>Zapri</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooser.qml" line="30" />
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooser.qml" line="30" />
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooser.qml" line="86" />
        <source>The file dialog could not be loaded.</source>
        <translation>Okna za izbiro datoteke ni bilo mogoče naložiti.</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="32" />
        <source>There is no folder “%1”.</source>
        <translation>Mape »%1« ni.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="46" />
        <source>Type a name for the file.</source>
        <translation>Vpišite ime datoteke.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="47" />
        <source>Choose a file, or type its name.</source>
        <translation>Izberite datoteko ali vpišite njeno ime.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="62" />
        <source>You cannot save in “%1”: choose another folder.</source>
        <translation>V »%1« ne morete shranjevati: izberite drugo mapo.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="68" />
        <source>“%1” already exists. Press Replace (or Return) to overwrite it.</source>
        <translation>»%1« že obstaja. Pritisnite Zamenjaj (ali Enter), da jo prepišete.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="74" />
        <source>There is no file “%1”.</source>
        <translation>Datoteke »%1« ni.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="156" />
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="182" />
        <source>No matching files in this folder.</source>
        <translation>V tej mapi ni ustreznih datotek.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="204" />
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="212" />
        <source>File name</source>
        <translation>Ime datoteke</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="221" />
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="228" />
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="243" />
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserDialog.qml" line="248" />
        <source>Replace</source>
        <translation>Zamenjaj</translation>
    </message>
</context>
<context>
    <name>FileChooserEntry</name>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserEntry.qml" line="41" />
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserEntry.qml" line="42" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>FileChooserFolderBar</name>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserFolderBar.qml" line="20" />
        <location filename="../qml/Contingent/Ui/FileChooserFolderBar.qml" line="29" />
        <source>Folder</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserFolderBar.qml" line="34" />
        <source>Up</source>
        <translation>Navzgor</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FileChooserFolderBar.qml" line="35" />
        <location filename="../qml/Contingent/Ui/FileChooserFolderBar.qml" line="37" />
        <source>The folder above (Alt+Up)</source>
        <translation>Mapa višje (Alt+puščica gor)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../qml/Contingent/Ui/FormDialog.qml" line="27" />
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FormDialog.qml" line="28" />
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../qml/Contingent/Ui/FormField.qml" line="53" />
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="35" />
        <source>Welcome, %1</source>
        <translation>Pozdravljeni, %1</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="41" />
        <source>Today is %1. Store: %2</source>
        <translation>Danes je %1. Podatkovna zbirka: %2</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="49" />
        <source>This is the demo store: every officer and tour in it is fictional.</source>
        <translation>To je predstavitvena zbirka: vsi policisti in napotitve v njej so izmišljeni.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="65" />
        <source>Nothing on the dashboard yet</source>
        <translation>Na nadzorni plošči še ni ničesar</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="66" />
        <source>Plugins add cards here. The plugins page lists what is loaded.</source>
        <translation>Kartice sem dodajajo vtičniki. Stran z vtičniki pove, kaj je naloženo.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="67" />
        <source>Open the plugins page</source>
        <translation>Odpri stran z vtičniki</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="123" />
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="34" />
        <source>Contingent — demo store</source>
        <translation>Contingent — predstavitvena zbirka</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="34" />
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="39" />
        <source>The page “%1” is not available to you.</source>
        <translation>Stran »%1« za vas ni na voljo.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="155" />
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="161" />
        <source>Demo store</source>
        <translation>Predstavitvena zbirka</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="161" />
        <source>Deployment planning</source>
        <translation>Načrtovanje napotitev</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="170" />
        <source>Home</source>
        <translation>Domov</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="194" />
        <source>Audit log</source>
        <translation>Revizijska sled</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="202" />
        <source>Plugins</source>
        <translation>Vtičniki</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="211" />
        <source>About and help</source>
        <translation>O programu in pomoč</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="218" />
        <source>About and keyboard shortcuts (F1)</source>
        <translation>O programu in bližnjice (F1)</translation>
    </message>
</context>
<context>
    <name>NotRegisteredPage</name>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="28" />
        <source>You are not registered</source>
        <translation>Niste registrirani</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="35" />
        <source>The login “%1” has no account in the store %2, so Contingent shows nothing of it. Ask an administrator to register you; they run:</source>
        <translation>Uporabniško ime »%1« nima računa v podatkovni zbirki %2, zato Contingent iz nje ne prikaže ničesar. Prosite skrbnika, naj vas registrira z ukazom:</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="52" />
        <source>Quit</source>
        <translation>Izhod</translation>
    </message>
</context>
<context>
    <name>PageError</name>
    <message>
        <location filename="../qml/Contingent/Shell/PageError.qml" line="18" />
        <source>“%1” could not be loaded</source>
        <translation>Strani »%1« ni bilo mogoče naložiti</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageError.qml" line="27" />
        <source>The plugin %1 provides this page. The rest of Contingent works as usual; the plugins page tells more.</source>
        <translation>To stran zagotavlja vtičnik %1. Preostali Contingent deluje kot običajno; več pove stran z vtičniki.</translation>
    </message>
</context>
<context>
    <name>PageHost</name>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="43" />
        <source>no QML at “%1”</source>
        <translation>na »%1« ni QML</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="47" />
        <source>the page did not finish loading</source>
        <translation>stran se ni naložila do konca</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="55" />
        <source>the page could not be created (see the log)</source>
        <translation>strani ni bilo mogoče ustvariti (glejte dnevnik)</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="23" />
        <source>Plugins</source>
        <translation>Vtičniki</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="29" />
        <source>%1 found, %2 refused.</source>
        <translation>Najdenih: %1, zavrnjenih: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="39" />
        <source>No plugins found</source>
        <translation>Ni najdenih vtičnikov</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="40" />
        <source>Contingent looks in --plugin-dir folders, $CONTINGENT_PLUGIN_PATH and its own lib/contingent/plugins folder.</source>
        <translation>Contingent išče v mapah --plugin-dir, v $CONTINGENT_PLUGIN_PATH in v svoji mapi lib/contingent/plugins.</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="88" />
        <source>version %1</source>
        <translation>različica %1</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="92" />
        <source>loaded</source>
        <translation>naložen</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="92" />
        <source>refused</source>
        <translation>zavrnjen</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="97" />
        <source>shipped</source>
        <translation>priložen</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../qml/Contingent/Ui/TimelineBar.qml" line="52" />
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/TimelineBar.qml" line="53" />
        <source>%1
%2 – ongoing</source>
        <translation>%1
%2 – poteka</translation>
    </message>
</context>
<context>
    <name>contingent::shell::AuditBackend</name>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="39" />
        <source>No.</source>
        <translation>Št.</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="40" />
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="41" />
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="42" />
        <source>Plugin</source>
        <translation>Vtičnik</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="43" />
        <source>Action</source>
        <translation>Dejanje</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="44" />
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="45" />
        <source>What changed</source>
        <translation>Kaj se je spremenilo</translation>
    </message>
    <message>
        <location filename="../shell/window/auditbackend.cpp" line="96" />
        <location filename="../shell/window/auditbackend.cpp" line="109" />
        <source>Cannot write %1: %2</source>
        <translation>%1 ni mogoče zapisati: %2</translation>
    </message>
</context>
<context>
    <name>contingent::shell::QmlRuntime</name>
    <message>
        <location filename="../shell/window/qmlruntime.cpp" line="12" />
        <location filename="../shell/window/qmlruntime.cpp" line="14" />
        <location filename="../shell/window/qmlruntime.cpp" line="16" />
        <location filename="../shell/window/qmlruntime.cpp" line="18" />
        <location filename="../shell/window/qmlruntime.cpp" line="20" />
        <location filename="../shell/window/qmlruntime.cpp" line="22" />
        <location filename="../shell/window/qmlruntime.cpp" line="24" />
        <source>the window</source>
        <translation>okno in strani</translation>
    </message>
    <message>
        <location filename="../shell/window/qmlruntime.cpp" line="26" />
        <source>tables</source>
        <translation>tabele</translation>
    </message>
    <message>
        <location filename="../shell/window/qmlruntime.cpp" line="28" />
        <location filename="../shell/window/qmlruntime.cpp" line="32" />
        <source>file dialogs (import, export, statements)</source>
        <translation>okna za izbiro datotek (uvoz, izvoz, potrdila)</translation>
    </message>
    <message>
        <location filename="../shell/window/qmlruntime.cpp" line="64" />
        <source>The QML module %1 is not installed, so %2 cannot work: install the Debian package %3.</source>
        <translation>Modul QML %1 ni nameščen, zato %2 ne delujejo: namestite paket Debian %3.</translation>
    </message>
</context>
<context>
    <name>contingent::shell::ShellBackend</name>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="31" />
        <source>%1 is open for reading only (--read-only): you can read everything in it, but change nothing.</source>
        <translation>%1 je odprta samo za branje (--read-only): v njej lahko berete vse, ne morete pa ničesar spremeniti.</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="33" />
        <source>%1 is read-only (the file or its folder cannot be written): you can read everything in it, but change nothing.</source>
        <translation>%1 je samo za branje (datoteke ali njene mape ni mogoče pisati): v njej lahko berete vse, ne morete pa ničesar spremeniti.</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="49" />
        <source>The plugins could not be loaded: %1</source>
        <translation>Vtičnikov ni bilo mogoče naložiti: %1</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="68" />
        <source>Plugin %1 was refused: %2</source>
        <translation>Vtičnik %1 je bil zavrnjen: %2</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="93" />
        <source>not registered</source>
        <translation>ni registriran</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="96" />
        <source>Administrator</source>
        <translation>Skrbnik</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="98" />
        <source>Planner</source>
        <translation>Načrtovalec</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="100" />
        <source>Officer</source>
        <translation>Policist</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="102" />
        <source>Viewer (read-only)</source>
        <translation>Pregledovalec (samo branje)</translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="163" />
        <source>Page %1 of plugin %2 failed to load: %3</source>
        <translation>Strani %1 vtičnika %2 ni bilo mogoče naložiti: %3</translation>
    </message>
</context>
</TS>