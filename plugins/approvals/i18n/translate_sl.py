"""Fills plugins/approvals/i18n/approvals_sl.ts with the Slovene below (run after lupdate).

    /usr/lib/qt6/bin/lupdate -no-obsolete plugins/approvals/src plugins/approvals/qml -ts plugins/approvals/i18n/approvals_sl.ts
    python3 plugins/approvals/i18n/translate_sl.py
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "i18n"))
from tsfill import fill  # noqa: E402

SL = {
    # The Home card
    # The page
    "Government approvals": "Soglasja vlade",
    "Approvals": "Soglasja",
    "Waiting for a decision": "Čaka na odločitev",
    "New proposal…": "Nov predlog …",
    "Import…": "Uvozi …",
    "Export…": "Izvozi …",
    "Title, mission, officer or number (Ctrl+F)": "Naslov, misija, policist ali številka (Ctrl+F)",
    "from %1": "od %1",
    "No proposal matches.": "Noben predlog se ne ujema.",
    "No proposals yet.": "Še ni predlogov.",
    "Proposal %1 drafted.": "Osnutek predloga %1 je pripravljen.",
    "Import proposals (JSON, with their steps)": "Uvozi predloge (JSON, s koraki)",
    "JSON files (*.json)": "Datoteke JSON (*.json)",
    "Imported %1 proposal(s).": "Uvoženih predlogov: %1.",
    "Export the proposals with their steps": "Izvozi predloge s koraki",
    "Exported the proposals to %1.": "Predlogi so izvoženi v %1.",
    "My Government decisions": "Moje odločitve vlade",
    "Police officers serve abroad on the Government's decision, on the Minister's recommendation (Police Act, Art. 19).":
        "Policisti delujejo v tujini na podlagi odločitve vlade, na predlog ministra (Zakon o policiji, 19. člen).",
    "You have no tours yet.": "Še nimate napotitev.",
    "Submit to the Minister…": "Pošlji ministru …",
    "Minister's recommendation…": "Predlog ministra …",
    "Government's decision…": "Odločitev vlade …",
    "Officers notified…": "Policisti obveščeni …",
    "Withdraw…": "Umakni …",
    "Choose a proposal, or draft a new one from the tours of a rotation.":
        "Izberite predlog ali pripravite novega iz napotitev ene rotacije.",
    "Proposal %1": "Predlog %1",
    "International request": "Mednarodna prošnja",
    "not recorded": "ni vpisana",
    "Submitted to the Minister": "Poslano ministru",
    "Minister's recommendation": "Predlog ministra",
    "Government's decision": "Odločitev vlade",
    "Officers notified": "Policisti obveščeni",
    "Amends": "Spreminja",
    "the decision of proposal %1": "odločitev predloga %1",
    "Proposal PDF…": "Predlog PDF …",
    "Decision PDF…": "Odločitev PDF …",
    "Tours": "Napotitve",
    "Tour ids, e.g. 12, 14": "Id napotitev, npr. 12, 14",
    "Add": "Dodaj",
    "Tours added.": "Napotitve so dodane.",
    "Tour %1": "Napotitev %1",
    "approved": "odobrena",
    "not approved": "ni odobrena",
    "Remove": "Odstrani",
    "Tour removed.": "Napotitev je odstranjena.",
    "History": "Zgodovina",
    "Save the proposal to the Minister": "Shrani predlog ministru",
    "PDF files (*.pdf)": "Datoteke PDF (*.pdf)",
    "Saved %1.": "Shranjeno: %1.",
    "Save the draft Government decision": "Shrani osnutek odločitve vlade",
    # The dialogs
    "New proposal": "Nov predlog",
    "Draft": "Pripravi osnutek",
    "Tours (ids, separated by commas)": "Napotitve (id, ločeni z vejicami)",
    "e.g. 120, 121, 122": "npr. 120, 121, 122",
    "Title": "Naslov",
    "e.g. EULEX rotation 2027": "npr. rotacija EULEX 2027",
    "International request: organisation": "Mednarodna prošnja: organizacija",
    "e.g. EU (EEAS, CPCC)": "npr. EU (ESZD, CPCC)",
    "Its reference": "Njena številka",
    "Its date": "Njen datum",
    "Submit proposal %1 to the Minister": "Pošlji predlog %1 ministru",
    "The Minister's recommendation of proposal %1": "Predlog ministra za predlog %1",
    "The Government's decision on proposal %1": "Odločitev vlade o predlogu %1",
    "Officers notified of proposal %1": "Policisti obveščeni o predlogu %1",
    "Withdraw proposal %1?": "Umaknem predlog %1?",
    "Withdraw": "Umakni",
    "Record": "Zapiši",
    "Proposal %1 is with the Minister.": "Predlog %1 je pri ministru.",
    "Proposal %1: the Minister's recommendation is recorded.": "Predlog %1: ministrov predlog je zapisan.",
    "Proposal %1: the Government's decision is recorded.": "Predlog %1: odločitev vlade je zapisana.",
    "Proposal %1: the officers were notified.": "Predlog %1: policisti so obveščeni.",
    "Proposal %1 is withdrawn.": "Predlog %1 je umaknjen.",
    "The proposal stops here; its proposed tours go back to planned. The withdrawal is recorded in the history.":
        "Predlog se tu konča; njegove predlagane napotitve se vrnejo med načrtovane. Umik se zapiše v zgodovino.",
    "Submitting makes its tours proposed. It is refused while any tour has a blocking finding (Police Act, Art. 19).":
        "S pošiljanjem postanejo napotitve predlagane. Ni mogoče, dokler ima katera napotitev blokirajočo ugotovitev (Zakon o policiji, 19. člen).",
    "Date": "Datum",
    "The Minister's reference": "Številka ministrovega predloga",
    "Decision number": "Številka odločitve",
    "e.g. 51100-12/2026/4": "npr. 51100-12/2026/4",
    "Outcome": "Izid",
    "approved: every tour": "odobreno: vse napotitve",
    "rejected: every tour back to planned": "zavrnjeno: vse napotitve nazaj med načrtovane",
    "partly approved: the tours named below": "delno odobreno: napotitve, navedene spodaj",
    "Approved tours (ids)": "Odobrene napotitve (id)",
    # Facts
    "Government decision": "Odločitev vlade",
    "proposal": "predlog",
    "Proposal": "Predlog",
    "draft, not submitted yet": "osnutek, še ni poslan",
    "with the Minister since": "pri ministru od",
    "recommended by the Minister on": "minister predlagal",
    "waiting for the Government": "čaka na vlado",
    "none: the tour is in no proposal": "nobena: napotitev ni v nobenem predlogu",
    # States
    "Drafts": "Osnutki",
    "With the Minister": "Pri ministru",
    "With the Government": "Pri vladi",
    "Decided": "Odločeno",
    "Withdrawn": "Umaknjeno",
    "There is no proposal %1.": "Predloga %1 ni.",
    "blocking": "blokira",
    "warning": "opozorilo",
    "info": "obvestilo",
    "planned": "načrtovana",
    "proposed": "predlagana",
    "active": "v teku",
    "completed": "končana",
    "cancelled": "preklicana",
    "drafted": "osnutek pripravljen",
    "tour added": "napotitev dodana",
    "tour removed": "napotitev odstranjena",
    "described": "opis spremenjen",
    "submitted to the Minister": "poslano ministru",
    "recommended by the Minister": "minister predlagal",
    "decided by the Government": "vlada odločila",
    "officers notified": "policisti obveščeni",
    "withdrawn": "umaknjeno",
    "imported": "uvoženo",
    "not available": "ni na voljo",
    "Enter the date as YYYY-MM-DD.": "Vpišite datum kot LLLL-MM-DD.",
    "Nothing was imported from %1:": "Iz %1 ni bilo uvoženo nič:",
}

# Slovene has four plural forms (1, 2, 3-4, other): lrelease needs each.
SL_PLURAL = {
    "proposal(s) waiting for the Minister": [
        "predlog čaka na ministra",
        "predloga čakata na ministra",
        "predlogi čakajo na ministra",
        "predlogov čaka na ministra"],
    "proposal(s) waiting for the Government": [
        "predlog čaka na vlado",
        "predloga čakata na vlado",
        "predlogi čakajo na vlado",
        "predlogov čaka na vlado"],
    "tour(s) starting in the next %1 days without a decision": [
        "napotitev se začne v naslednjih %1 dneh brez odločitve",
        "napotitvi se začneta v naslednjih %1 dneh brez odločitve",
        "napotitve se začnejo v naslednjih %1 dneh brez odločitve",
        "napotitev se začne v naslednjih %1 dneh brez odločitve"],
    "%n tour(s)": ["%n napotitev", "%n napotitvi", "%n napotitve", "%n napotitev"],
    "%n blocking finding(s): the proposal cannot be submitted until they are resolved.": [
        "%n blokirajoča ugotovitev: predloga ni mogoče poslati, dokler ni odpravljena.",
        "%n blokirajoči ugotovitvi: predloga ni mogoče poslati, dokler nista odpravljeni.",
        "%n blokirajoče ugotovitve: predloga ni mogoče poslati, dokler niso odpravljene.",
        "%n blokirajočih ugotovitev: predloga ni mogoče poslati, dokler niso odpravljene."],
}

if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "approvals_sl.ts"), SL, SL_PLURAL)
