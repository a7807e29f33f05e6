"""Fills i18n/contingent_sl.ts with the Slovene translations below (run after lupdate).

Kept in the repository so a new English string gets its translation here, in
one reviewed place; `lupdate` keeps what is already translated.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SL = {
    "About Contingent": "O programu Contingent",
    "The plugins could not be loaded: %1": "Vtičnikov ni bilo mogoče naložiti: %1",
    "Plans police deployments to international civilian missions.":
        "Načrtovanje napotitev policistov na mednarodne civilne misije.",
    "Version": "Različica",
    "Plugin SDK": "Razvojni komplet za vtičnike",
    "Store": "Podatkovna zbirka",
    "Signed in as": "Prijavljeni kot",
    "Keyboard": "Tipkovnica",
    "go to the page at that place in the rail": "pojdi na stran na tem mestu v stranski vrstici",
    "search or filter on the page": "iskanje ali filter na strani",
    "this window": "to okno",
    "quit": "izhod",
    "Icons after Feather (MIT licence). Every officer in the demo store is fictional.":
        "Ikone po zbirki Feather (licenca MIT). Vsi policisti v predstavitveni zbirki so izmišljeni.",
    "Previous month": "Prejšnji mesec",
    "%1 %2": "%1 %2",
    "Next month": "Naslednji mesec",
    "Filter": "Filter",
    "Nothing matches the filter": "Filtru ne ustreza nič",
    "A date is required.": "Datum je obvezen.",
    "Enter the date as YYYY-MM-DD.": "Vnesite datum v obliki LLLL-MM-DD.",
    "%1 is not a calendar date.": "%1 ni veljaven koledarski datum.",
    "The date must be on or after %1.": "Datum ne sme biti pred %1.",
    "The date must be on or before %1.": "Datum ne sme biti po %1.",
    "YYYY-MM-DD": "LLLL-MM-DD",
    "Choose date": "Izberi datum",
    "%1: %2": "%1: %2",
    "Hide details": "Skrij podrobnosti",
    "Details": "Podrobnosti",
    "Dismiss": "Zapri",
    "Save": "Shrani",
    "Cancel": "Prekliči",
    "%1 *": "%1 *",
    "Welcome, %1": "Pozdravljeni, %1",
    "Today is %1. Store: %2": "Danes je %1. Podatkovna zbirka: %2",
    "This is the demo store: every officer and tour in it is fictional.":
        "To je predstavitvena zbirka: vsi policisti in napotitve v njej so izmišljeni.",
    "Nothing on the dashboard yet": "Na nadzorni plošči še ni ničesar",
    "Plugins add cards here. The plugins page lists what is loaded.":
        "Kartice sem dodajajo vtičniki. Stran z vtičniki pove, kaj je naloženo.",
    "Open the plugins page": "Odpri stran z vtičniki",
    "Open": "Odpri",
    "Contingent — demo store": "Contingent — predstavitvena zbirka",
    "Contingent": "Contingent",
    "The page “%1” is not available to you.": "Stran »%1« za vas ni na voljo.",
    "Demo store": "Predstavitvena zbirka",
    "Deployment planning": "Načrtovanje napotitev",
    "Home": "Domov",
    "Plugins": "Vtičniki",
    "About and help": "O programu in pomoč",
    "About and keyboard shortcuts (F1)": "O programu in bližnjice (F1)",
    "You are not registered": "Niste registrirani",
    "The login “%1” has no account in the store %2, so Contingent shows nothing of it. Ask an administrator to register you; they run:":
        "Uporabniško ime »%1« nima računa v podatkovni zbirki %2, zato Contingent iz nje ne prikaže ničesar. Prosite skrbnika, naj vas registrira z ukazom:",
    "Quit": "Izhod",
    "no QML at “%1”": "na »%1« ni QML",
    "the page did not finish loading": "stran se ni naložila do konca",
    "the page could not be created (see the log)": "strani ni bilo mogoče ustvariti (glejte dnevnik)",
    "“%1” could not be loaded": "Strani »%1« ni bilo mogoče naložiti",
    "The plugin %1 provides this page. The rest of Contingent works as usual; the plugins page tells more.":
        "To stran zagotavlja vtičnik %1. Preostali Contingent deluje kot običajno; več pove stran z vtičniki.",
    "%1 found, %2 refused.": "Najdenih: %1, zavrnjenih: %2.",
    "No plugins found": "Ni najdenih vtičnikov",
    "Contingent looks in --plugin-dir folders, $CONTINGENT_PLUGIN_PATH and its own lib/contingent/plugins folder.":
        "Contingent išče v mapah --plugin-dir, v $CONTINGENT_PLUGIN_PATH in v svoji mapi lib/contingent/plugins.",
    "version %1": "različica %1",
    "loaded": "naložen",
    "refused": "zavrnjen",
    "shipped": "priložen",
    "%1\n%2 – %3": "%1\n%2 – %3",
    "%1\n%2 – ongoing": "%1\n%2 – poteka",
    "Plugin %1 was refused: %2": "Vtičnik %1 je bil zavrnjen: %2",
    "Page %1 of plugin %2 failed to load: %3": "Strani %1 vtičnika %2 ni bilo mogoče naložiti: %3",
    "not registered": "ni registriran",
    "Administrator": "Skrbnik",
    "Planner": "Načrtovalec",
    "Officer": "Policist",
    "Viewer (read-only)": "Pregledovalec (samo branje)",
    "Open": "Odpri",
    "The file dialog could not be loaded.": "Okna za izbiro datoteke ni bilo mogoče naložiti.",
    "There is no folder “%1”.": "Mape »%1« ni.",
    "Type a name for the file.": "Vpišite ime datoteke.",
    "Choose a file, or type its name.": "Izberite datoteko ali vpišite njeno ime.",
    "You cannot save in “%1”: choose another folder.": "V »%1« ne morete shranjevati: izberite drugo mapo.",
    "“%1” already exists. Press Replace (or Return) to overwrite it.":
        "»%1« že obstaja. Pritisnite Zamenjaj (ali Enter), da jo prepišete.",
    "There is no file “%1”.": "Datoteke »%1« ni.",
    "Folder": "Mapa",
    "Up": "Navzgor",
    "The folder above (Alt+Up)": "Mapa višje (Alt+puščica gor)",
    "Files": "Datoteke",
    "%1 kB": "%1 kB",
    "%1 B": "%1 B",
    "No matching files in this folder.": "V tej mapi ni ustreznih datotek.",
    "File name": "Ime datoteke",
    "Type": "Vrsta",
    "Replace": "Zamenjaj",
    "Close": "Zapri",
    "The QML module %1 is not installed, so %2 cannot work: install the Debian package %3.":
        "Modul QML %1 ni nameščen, zato %2 ne delujejo: namestite paket Debian %3.",
    "the window": "okno in strani",
    "tables": "tabele",
    "file dialogs (import, export, statements)": "okna za izbiro datotek (uvoz, izvoz, potrdila)",
    "Entry %1": "Vnos %1",
    "%1 is open for reading only (--read-only): you can read everything in it, but change nothing.":
        "%1 je odprta samo za branje (--read-only): v njej lahko berete vse, ne morete pa ničesar spremeniti.",
    "%1 is read-only (the file or its folder cannot be written): you can read everything in it, but change nothing.":
        "%1 je samo za branje (datoteke ali njene mape ni mogoče pisati): v njej lahko berete vse, ne morete pa ničesar spremeniti.",
    "Exported one entry to %1.": "Izvožen je en vnos v %1.",
    "Audit log": "Revizijska sled",
    "Who changed what, newest first: each officer and tour an import added or changed, with the old and new values, each change made in a form, and each export and statement. Double-click an entry to see all of it.":
        "Kdo je kaj spremenil, najnovejše najprej: vsak policist in vsaka napotitev, ki ju je uvoz dodal ali spremenil, s starimi in novimi vrednostmi, vsaka sprememba v obrazcu ter vsak izvoz in potrdilo. Dvokliknite vnos, da ga vidite v celoti.",
    "Record": "Zapis",
    "e.g. officer 12": "npr. officer 12",
    "Person": "Oseba",
    "Everyone": "Vsi",
    "From": "Od",
    "To": "Do",
    "Clear": "Počisti",
    "Export…": "Izvozi …",
    "Filter (who, plugin, action, record, values…)": "Filter (kdo, vtičnik, dejanje, zapis, vrednosti …)",
    "No entry matches the filters.": "Filtrom ne ustreza noben vnos.",
    "Export the audit log": "Izvoz revizijske sledi",
    "Excel workbooks (*.xlsx)": "Delovni zvezki Excel (*.xlsx)",
    "CSV for Excel (*.csv)": "CSV za Excel (*.csv)",
    "CSV, UTF-8 for tools (*.csv)": "CSV, UTF-8 za orodja (*.csv)",
    "JSON files (*.json)": "Datoteke JSON (*.json)",
    "No.": "Št.",
    "When": "Kdaj",
    "Who": "Kdo",
    "Plugin": "Vtičnik",
    "Action": "Dejanje",
    "What changed": "Kaj se je spremenilo",
    "Cannot write %1: %2": "%1 ni mogoče zapisati: %2",
}
# Slovene has four plural forms (1, 2, 3-4, other): lrelease needs each.
SL_PLURAL = {
    "and %n more": ["in še %n", "in še %n", "in še %n", "in še %n"],
    "Exported %n entries to %1.": ["Izvožen je %n vnos v %1.", "Izvožena sta %n vnosa v %1.",
                                   "Izvoženi so %n vnosi v %1.", "Izvoženih je %n vnosov v %1."],
}

if __name__ == "__main__":
    from tsfill import fill
    fill(sys.argv[1] if len(sys.argv) > 1 else "i18n/contingent_sl.ts", SL, SL_PLURAL)
