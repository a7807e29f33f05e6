"""Fills plugins/missions/i18n/missions_sl.ts with the Slovene below (run after lupdate).

    /usr/lib/qt6/bin/lupdate plugins/missions/src plugins/missions/qml -ts plugins/missions/i18n/missions_sl.ts
    python3 plugins/missions/i18n/translate_sl.py
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "i18n"))
from tsfill import fill  # noqa: E402

SL = {
    "Find": "Poišči",
    "Find an officer first": "Najprej poiščite policista",
    "No officer matches": "Noben policist ne ustreza",
    # The statistics' columns (chart legends, table headers).
    "multinational": "večnacionalne",
    "bilateral": "dvostranske",
    "other": "drugo",
    "women": "ženske",
    "men": "moški",
    "officers": "policisti",
    "tours": "napotitve",
    "days": "dnevi",
    "mission": "misija",
    "Police of the Republic of Slovenia, international cooperation":
        "Policija Republike Slovenije, mednarodno sodelovanje",
    "Statement of service abroad": "Potrdilo o službi v tujini",
    "Reference: <b>%1</b>": "Številka: <b>%1</b>",
    "Service number": "Službena številka",
    "Rank, unit": "Naziv, enota",
    "No service abroad is recorded for this officer.":
        "Za tega policista ni zapisane službe v tujini.",
    "Mission, position": "Misija, delovno mesto",
    "(running)": "(še traja)",
    "Days abroad": "Dnevi v tujini",
    "Total": "Skupaj",
    "Made on %1. Days are calendar days, first and last day included; a tour still running is counted to this date.":
        "Izdano %1. Dnevi so koledarski, prvi in zadnji dan vključno; napotitev, ki še traja, je "
        "šteta do tega dne.",
    "Place and date:": "Kraj in datum:",
    "Signature:": "Podpis:",
    "(stamp)": "(žig)",
    "No tour planned.": "Ni načrtovane misije.",
    "%1 – %2, %3": "%1 – %2, %3",
    "My next tour": "Moja naslednja misija",
    # The "Tour" section of deployment facts (what other plugins show of a tour).
    "Tour": "Napotitev",
    "Mission": "Misija",
    "Host country": "Država gostiteljica",
    "Days": "Dnevi",
    "Answers to abroad (Art. 80)": "Nadrejeni v tujini (80. člen)",
    "Approved, active and completed tours count from their first day; days are counted up to today, %1.":
        "Štejejo odobrene, tekoče in končane napotitve od prvega dne; dnevi se štejejo do danes, %1.",
    "Nothing was imported: fix these rows and import again":
        "Uvoženo ni bilo nič: popravite te vrstice in uvozite znova",
    "%1 (%2) in %3, %4 – %5.": "%1 (%2) v misiji %3, %4 – %5.",
    "The statistics are for staff.": "Statistika je namenjena osebju.",
    "%1 of %2 tours shown; scroll down for more. Ctrl+wheel or +/− zooms, 0 fits.":
        "Prikazanih napotitev: %1 od %2; za več se pomaknite navzdol. Ctrl+kolesce ali +/− poveča ali pomanjša, 0 prilagodi.",
    "%1 · %2 · %3 – %4": "%1 · %2 · %3 – %4",
    "Statement (PDF)…": "Potrdilo (PDF) …",
    "Save the officer's statement of service abroad": "Shranjevanje potrdila policista o službi v tujini",
    "low": "nizko",
    "medium": "srednje",
    "high": "visoko",
    "planned": "načrtovana",
    "proposed": "predlagana",
    "approved": "odobrena",
    "active": "v teku",
    "completed": "končana",
    "cancelled": "preklicana",
    "Officers deployed per year, by organisation": "Napoteni policisti po letih in organizacijah",
    "Officers, tours and days abroad per mission": "Policisti, napotitve in dnevi v tujini po misijah",
    "Women and men deployed per year": "Napotene policistke in policisti po letih",
    "Days abroad per year": "Dnevi v tujini po letih",
    # Mission form
    "Edit mission": "Uredi misijo",
    "New mission": "Nova misija",
    "Code": "Oznaka",
    "e.g. EULEX": "npr. EULEX",
    "Name": "Ime",
    "Organisation": "Organizacija",
    "Host country or territory": "Država gostiteljica ali ozemlje",
    "First day": "Prvi dan",
    "Last day (empty while it runs)": "Zadnji dan (prazno, dokler misija poteka)",
    "Local time zone (IANA)": "Lokalni časovni pas (IANA)",
    "e.g. Europe/Belgrade": "npr. Europe/Belgrade",
    # "high" is the data value shown in the combo box, so it stays in English.
    "Risk level (high: insurance, Art. 89; danger bonus, Art. 93)":
        "Stopnja tveganja (high: zavarovanje, 89. člen; dodatek za nevarnost, 93. člen)",
    "Source, and what is uncertain": "Vir in morebitne negotovosti",
    # Mission timeline
    "Zoom in": "Povečaj",
    "Zoom out": "Pomanjšaj",
    "Fit": "Prilagodi",
    # Missions page
    "Missions": "Misije",
    "New mission…": "Nova misija …",
    "Import tours…": "Uvozi napotitve …",
    "Export tours…": "Izvozi napotitve …",
    "All": "Vse",
    "Country": "Država",
    "Active in": "Aktivne v letu",
    "year": "leto",
    "Filter missions (code, name, country…)": "Filtriraj misije (oznaka, ime, država …)",
    "No mission matches the filters.": "Filtrom ne ustreza nobena misija.",
    "No mission chosen": "Nobena misija ni izbrana",
    "Choose a mission in the catalogue to see its tours.":
        "Za prikaz napotitev izberite misijo v katalogu.",
    "risk: %1": "tveganje: %1",
    "Edit…": "Uredi …",
    "ongoing": "poteka",
    "Source: %1": "Vir: %1",
    "Tours": "Napotitve",
    "Timeline": "Časovnica",
    "Add tour…": "Dodaj napotitev …",
    "Edit tour…": "Uredi napotitev …",
    "Remove tour": "Odstrani napotitev",
    "Filter tours (officer, position…)": "Filtriraj napotitve (policist, delovno mesto …)",
    "No tours in this mission yet.": "V tej misiji še ni napotitev.",
    "Remove this tour?": "Želite odstraniti to napotitev?",
    "The tour and its Art. 80 details are removed; the audit log keeps a record.":
        "Napotitev in njeni podatki po 80. členu bodo odstranjeni; v revizijskem dnevniku ostane zapis.",
    "The tour was removed.": "Napotitev je bila odstranjena.",
    "Import tours from a CSV or JSON file": "Uvoz napotitev iz datoteke CSV ali JSON",
    "Tour files (*.csv *.json)": "Datoteke napotitev (*.csv *.json)",
    "Imported: %1 added, %2 updated.": "Uvoženo – dodanih: %1, posodobljenih: %2.",
    "Export the tours": "Izvoz napotitev",
    "CSV files (*.csv)": "Datoteke CSV (*.csv)",
    "Excel workbooks (*.xlsx)": "Delovni zvezki Excel (*.xlsx)",
    "CSV for Excel (*.csv)": "CSV za Excel (*.csv)",
    "CSV, UTF-8 for tools (*.csv)": "CSV, UTF-8 za orodja (*.csv)",
    "Import tours from an Excel, CSV or JSON file": "Uvoz napotitev iz datoteke Excel, CSV ali JSON",
    "Tour files (*.xlsx *.csv *.json)": "Datoteke napotitev (*.xlsx *.csv *.json)",
    "Export…": "Izvozi …",
    "Export the statistic": "Izvoz statistike",
    "JSON files (*.json)": "Datoteke JSON (*.json)",
    "Exported the tours to %1.": "Napotitve so bile izvožene v %1.",
    # My missions
    "My missions": "Moje misije",
    "Save statement of service (PDF)…": "Shrani potrdilo o službi v tujini (PDF) …",
    "No record to show": "Ni zapisa za prikaz",
    "%1: %2 days": "%1, dni: %2",
    "%1, %2 · %3 to %4 · %5 · %6 days": "%1, %2 · %3 – %4 · %5 · dni: %6",
    "Answers to: %1 · Returns to: %2 (Art. 80)":
        "Nadrejeni: %1 · Delovno mesto po vrnitvi: %2 (80. člen)",
    "Save the statement of service abroad": "Shranjevanje potrdila o službi v tujini",
    "PDF files (*.pdf)": "Datoteke PDF (*.pdf)",
    "Saved %1.": "Shranjeno: %1.",
    # Officer timeline
    "Officer timeline": "Časovnica policista",
    "Service number or name": "Službena številka ali ime",
    "No officer chosen": "Noben policist ni izbran",
    "No tours": "Ni napotitev",
    "Type a service number or name to find the officer.":
        "Za iskanje policista vnesite službeno številko ali ime.",
    "This officer has no tours on record.": "Ta policist nima evidentiranih napotitev.",
    # Table columns and plugin pages
    "Start": "Začetek",
    "End": "Konec",
    "Risk": "Tveganje",
    "Officer": "Policist",
    "Service no.": "Služb. št.",
    "Position": "Delovno mesto",
    "Last day": "Zadnji dan",
    "Status": "Stanje",
    "Host supervisor": "Nadrejeni v misiji",
    "Returns to": "Delovno mesto po vrnitvi",
    "Statistics": "Statistika",
    "Abroad today": "Danes v tujini",
    # Statistics page
    "Chart": "Grafikon",
    "Table": "Tabela",
    "Export CSV…": "Izvozi CSV …",
    "Export the statistic as CSV": "Izvoz statistike v CSV",
    # Tour form
    "Edit tour in %1": "Uredi napotitev v misiji %1",
    "New tour in %1": "Nova napotitev v misiji %1",
    "Find the officer (service number or name)": "Poiščite policista (službena številka ali ime)",
    "(type above to find the officer)": "(policista poiščite z vnosom zgoraj)",
    "e.g. police adviser": "npr. policijski svetovalec",
    "Host supervisor (Art. 80)": "Nadrejeni v misiji (80. člen)",
    "whom the officer answers to abroad": "komu je policist v tujini podrejen",
    "Returns to (Art. 80)": "Delovno mesto po vrnitvi (80. člen)",
    "the position after the tour": "delovno mesto po napotitvi",
    # Backend messages
    "Your role (%1) cannot change missions or tours.":
        "Vaša vloga (%1) ne more spreminjati misij ali napotitev.",
    "Enter a year such as 2008.": "Vnesite letnico, npr. 2008.",
    "Enter the first day as YYYY-MM-DD.": "Vnesite prvi dan v obliki LLLL-MM-DD.",
    "Enter the last day as YYYY-MM-DD, or leave it empty.":
        "Vnesite zadnji dan v obliki LLLL-MM-DD ali pustite prazno.",
    "Choose the officer.": "Izberite policista.",
    "Enter the last day as YYYY-MM-DD.": "Vnesite zadnji dan v obliki LLLL-MM-DD.",
    "The last day comes before the first day.": "Zadnji dan je pred prvim.",
    "Choose a status.": "Izberite stanje.",
    "Cannot write %1: %2": "Datoteke %1 ni mogoče zapisati: %2",
    "Cannot read %1: %2": "Datoteke %1 ni mogoče prebrati: %2",
    "Your login is not linked to an officer record.": "Vaše uporabniško ime ni povezano z zapisom policista.",
    "An officer can see only their own record.": "Policist lahko vidi samo svoj zapis.",
    "Your login is not registered.": "Vaše uporabniško ime ni registrirano.",
}
# Slovene has four plural forms (1, 2, 3-4, other): lrelease needs each.
SL_PLURAL = {
    "On the tour: %n day(s) to go": [
        "Na misiji: še %n dan", "Na misiji: še %n dneva", "Na misiji: še %n dnevi",
        "Na misiji: še %n dni"],
    "Starts in %n day(s)": [
        "Začne se čez %n dan", "Začne se čez %n dneva", "Začne se čez %n dni",
        "Začne se čez %n dni"],
    "officers abroad today, in %n mission(s)": [
        "policistov danes v tujini, v %n misiji", "policistov danes v tujini, v %n misijah",
        "policistov danes v tujini, v %n misijah", "policistov danes v tujini, v %n misijah"],
    "and %n more mission(s)": [
        "in še %n misija", "in še %n misiji", "in še %n misije", "in še %n misij"],
    "Local time zone %1 (today there: %2) · %n tour(s)": [
        "Lokalni časovni pas %1 (tam je danes %2) · %n napotitev",
        "Lokalni časovni pas %1 (tam je danes %2) · %n napotitvi",
        "Lokalni časovni pas %1 (tam je danes %2) · %n napotitve",
        "Lokalni časovni pas %1 (tam je danes %2) · %n napotitev"],
    "%1 (%2): %n tour(s) served, %3 days abroad in total.": [
        "%1 (%2): %n opravljena napotitev, dni v tujini skupaj: %3.",
        "%1 (%2): %n opravljeni napotitvi, dni v tujini skupaj: %3.",
        "%1 (%2): %n opravljene napotitve, dni v tujini skupaj: %3.",
        "%1 (%2): %n opravljenih napotitev, dni v tujini skupaj: %3."],
    "Nothing was written: the file has %n problem(s).": [
        "Nič ni bilo zapisano: datoteka ima %n težavo.", "Nič ni bilo zapisano: datoteka ima %n težavi.",
        "Nič ni bilo zapisano: datoteka ima %n težave.", "Nič ni bilo zapisano: datoteka ima %n težav."],
}

if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "missions_sl.ts"), SL, SL_PLURAL)
