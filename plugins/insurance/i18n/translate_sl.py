"""Fills plugins/insurance/i18n/insurance_sl.ts with the Slovene below (run after lupdate).

    /usr/lib/qt6/bin/lupdate -no-obsolete plugins/insurance/src plugins/insurance/qml -ts plugins/insurance/i18n/insurance_sl.ts
    python3 plugins/insurance/i18n/translate_sl.py
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "i18n"))
from tsfill import fill  # noqa: E402

SL = {
    "Lump sum on death on duty (Art. 91)": "Enkratna denarna pomoč ob smrti v službi (91. člen)",
    "The last ten monthly wages, oldest first, in euros:": "Zadnjih deset mesečnih plač, od najstarejše, v evrih:",
    "Month %1": "%1. mesec",
    "Work out": "Izračunaj",
    "At least %1 (the last six months), at most %2 (all ten); the director general sets it. The funeral is paid by the police.":
        "Najmanj %1 (zadnjih šest mesecev), največ %2 (vseh deset); višino določi generalni direktor policije. Stroške pogreba krije policija.",
    "Special compensation without insurance (Art. 90)": "Posebna odškodnina brez zavarovanja (90. člen)",
    "Sum insured (EUR)": "Zavarovalna vsota (EUR)",
    "Death": "Smrt",
    "Permanent loss of the ability to work": "Trajna izguba delovne zmožnosti",
    "Degree (%)": "Stopnja (%)",
    "Special compensation: %1": "Posebna odškodnina: %1",
    "Mission": "Misija",
    "Officer": "Policist",
    "Service number": "Službena številka",
    "Green: covered · red: high-risk days without cover · grey: no cover needed":
        "Zeleno: zavarovano · rdeče: dnevi visokega tveganja brez zavarovanja · sivo: zavarovanje ni potrebno",
    "No tour in the last year or ahead.": "V zadnjem letu ali vnaprej ni napotitve.",
    "Owed on death (Art. 90): %1 in all, %2 each. On a permanent loss of the ability to work: the degree of the loss times %2.":
        "Dolgovano ob smrti (90. člen): skupaj %1, po %2. Ob trajni izgubi delovne zmožnosti: stopnja izgube krat %2.",
    "Reference sum insured (EUR)": "Referenčna zavarovalna vsota (EUR)",
    "Set": "Nastavi",
    "Reference sum saved.": "Referenčna vsota je shranjena.",
    "owed on death %1": "dolgovano ob smrti %1",
    "Every high-risk day is covered.": "Vsak dan visokega tveganja je zavarovan.",
    "Insurance of high-risk tours": "Zavarovanje napotitev z visokim tveganjem",
    "Import…": "Uvozi …",
    "Export…": "Izvozi …",
    "Policies": "Police",
    "Cover": "Kritje",
    "Exposure": "Izpostavljenost",
    "Calculators": "Izračuni",
    "Filter by insurer, number, officer or mission (Ctrl+F)": "Filtriraj po zavarovalnici, številki, policistu ali misiji (Ctrl+F)",
    "New policy…": "Nova polica …",
    "Death %1 · permanent loss of ability %2 · covers %3": "Smrt %1 · trajna izguba zmožnosti %2 · krije %3",
    "Change…": "Spremeni …",
    "Attach PDF…": "Priloži PDF …",
    "Save PDF…": "Shrani PDF …",
    "Remove…": "Odstrani …",
    "No policy matches.": "Nobena polica se ne ujema.",
    "No policy yet: every high-risk day is uncovered.": "Še nobene police: noben dan visokega tveganja ni zavarovan.",
    "Policy saved.": "Polica je shranjena.",
    "Remove policy %1?": "Odstranim polico %1?",
    "The tours it covers lose that cover. The removal is recorded in the audit log.":
        "Napotitve, ki jih krije, izgubijo to kritje. Odstranitev se zabeleži v revizijski sled.",
    "Policy removed.": "Polica je odstranjena.",
    "Remove": "Odstrani",
    "document %1": "dokument %1",
    "The policy's document (PDF, at most 10 MB)": "Dokument police (PDF, največ 10 MB)",
    "PDF files (*.pdf)": "Datoteke PDF (*.pdf)",
    "Kept %1 with policy %2.": "%1 je shranjen pri polici %2.",
    "Save the policy's document": "Shranjevanje dokumenta police",
    "Saved %1.": "Shranjeno: %1.",
    "Import insurance policies": "Uvoz zavarovalnih polic",
    "Policy files (*.xlsx *.csv *.json)": "Datoteke polic (*.xlsx *.csv *.json)",
    "Imported: %1 added, %2 updated.": "Uvoženo: %1 dodanih, %2 posodobljenih.",
    "Export the insurance policies": "Izvoz zavarovalnih polic",
    "Excel workbooks (*.xlsx)": "Delovni zvezki Excel (*.xlsx)",
    "CSV for Excel (*.csv)": "CSV za Excel (*.csv)",
    "CSV, UTF-8 for tools (*.csv)": "CSV, UTF-8 za orodja (*.csv)",
    "JSON files (*.json)": "Datoteke JSON (*.json)",
    "Exported the policies to %1.": "Police so izvožene v %1.",
    "My insurance cover": "Moje zavarovalno kritje",
    "Not a high-risk tour: no insurance is required.": "Napotitev ni visoko tvegana: zavarovanje ni potrebno.",
    "High-risk: not insured from %1. Ask the international cooperation staff.":
        "Visoko tveganje: od %1 niste zavarovani. Obrnite se na službo za mednarodno sodelovanje.",
    "High-risk: insured on every day.": "Visoko tveganje: zavarovani ste vsak dan.",
    "You have no tour.": "Nimate napotitve.",
    "Change policy %1": "Sprememba police %1",
    "New insurance policy": "Nova zavarovalna polica",
    "Insurer": "Zavarovalnica",
    "Policy number": "Številka police",
    "First day": "Prvi dan",
    "Last day": "Zadnji dan",
    "Sum insured on death (EUR)": "Zavarovalna vsota za smrt (EUR)",
    "Sum insured on permanent loss of the ability to work (EUR)": "Zavarovalna vsota za trajno izgubo delovne zmožnosti (EUR)",
    "Named officers": "Imenovani policisti",
    "Everyone serving in missions (group policy)": "Vsi, ki služijo v misijah (skupinska polica)",
    "Service numbers, separated by commas": "Službene številke, ločene z vejicami",
    "e.g. 10234, 10577": "npr. 10234, 10577",
    "Mission codes, separated by commas": "Oznake misij, ločene z vejicami",
    "e.g. EUAM, EUPOL COPPS": "npr. EUAM, EUPOL COPPS",
    "Insurance": "Zavarovanje",
    "High-risk tours without cover": "Tvegane napotitve brez kritja",
    "Insurance cover": "Zavarovalno kritje",
    "everyone in %1": "vsi v %1",
    "Enter the insurer.": "Vnesite zavarovalnico.",
    "Enter the policy number.": "Vnesite številko police.",
    "Enter the first day as YYYY-MM-DD.": "Vnesite prvi dan v obliki LLLL-MM-DD.",
    "Enter the last day as YYYY-MM-DD.": "Vnesite zadnji dan v obliki LLLL-MM-DD.",
    "The last day comes before the first day.": "Zadnji dan je pred prvim dnem.",
    "The sum insured cannot be negative.": "Zavarovalna vsota ne more biti negativna.",
    "Enter the sum in euros, e.g. 100000.00.": "Vnesite vsoto v evrih, npr. 100000,00.",
    "No officer has service number %1.": "Noben policist nima službene številke %1.",
    "There is no mission %1.": "Misije %1 ni.",
    "Name the officers covered, or the missions.": "Navedite zavarovane policiste ali misije.",
    "A policy covers named officers or missions, not both.": "Polica krije imenovane policiste ali misije, ne obojega.",
    "There is no such policy.": "Te police ni.",
    "The policy has no document.": "Polica nima dokumenta.",
    "no cover needed": "kritje ni potrebno",
    "covered": "zavarovano",
    "uncovered": "nezavarovano",
    "Month %1: enter the wage in euros, e.g. 2100.50.": "%1. mesec: vnesite plačo v evrih, npr. 2100,50.",
    "Enter the sum insured in euros, e.g. 100000.00.": "Vnesite zavarovalno vsoto v evrih, npr. 100000,00.",
    "Enter the degree of lost ability from 0 to 100.": "Vnesite stopnjo izgube zmožnosti od 0 do 100.",
    "%1 – %2: policy %3 (%4)": "%1 – %2: polica %3 (%4)",
    "The policies are for the staff.": "Police so namenjene službi.",
    "not required: not a high-risk tour (Police Act, Art. 89)": "ni potrebno: napotitev ni visoko tvegana (Zakon o policiji, 89. člen)",
    "covered by policy %1 to %2": "krije polica %1 do %2",
    "Uncovered": "Nezavarovano",
    "Owed on death (Art. 90)": "Dolgovano ob smrti (90. člen)",
}
# Slovene has four plural forms (1, 2, 3-4, other): lrelease needs each.
SL_PLURAL = {
    "high-risk tour(s) starting in the next %1 days without full cover": [
        "napotitev z visokim tveganjem v naslednjih %1 dneh brez polnega kritja",
        "napotitvi z visokim tveganjem v naslednjih %1 dneh brez polnega kritja",
        "napotitve z visokim tveganjem v naslednjih %1 dneh brez polnega kritja",
        "napotitev z visokim tveganjem v naslednjih %1 dneh brez polnega kritja"],
    "%n high-risk tour(s) without full cover": [
        "%n napotitev z visokim tveganjem brez polnega kritja", "%n napotitvi z visokim tveganjem brez polnega kritja",
        "%n napotitve z visokim tveganjem brez polnega kritja", "%n napotitev z visokim tveganjem brez polnega kritja"],
    "%n uncovered day(s)": ["%n nezavarovan dan", "%n nezavarovana dneva", "%n nezavarovani dnevi", "%n nezavarovanih dni"],
    "Tour %1: uncovered from %2, %n day(s)": [
        "Napotitev %1: nezavarovana od %2, %n dan", "Napotitev %1: nezavarovana od %2, %n dneva",
        "Napotitev %1: nezavarovana od %2, %n dnevi", "Napotitev %1: nezavarovana od %2, %n dni"],
    "from %1 (%n day(s) without cover, Art. 89)": [
        "od %1 (%n dan brez kritja, 89. člen)", "od %1 (%n dneva brez kritja, 89. člen)",
        "od %1 (%n dnevi brez kritja, 89. člen)", "od %1 (%n dni brez kritja, 89. člen)"],
    "Nothing was written: the file has %n problem(s).": [
        "Nič ni bilo zapisano: datoteka ima %n težavo.", "Nič ni bilo zapisano: datoteka ima %n težavi.",
        "Nič ni bilo zapisano: datoteka ima %n težave.", "Nič ni bilo zapisano: datoteka ima %n težav."],
}

if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "insurance_sl.ts"), SL, SL_PLURAL)
