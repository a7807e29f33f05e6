"""Fills plugins/transfers/i18n/transfers_sl.ts with the Slovene below (run after lupdate).

    /usr/lib/qt6/bin/lupdate -no-obsolete plugins/transfers/src plugins/transfers/qml -ts plugins/transfers/i18n/transfers_sl.ts
    python3 plugins/transfers/i18n/translate_sl.py
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "i18n"))
from tsfill import fill  # noqa: E402

SL = {
    "Transfer orders": "Odločbe o napotitvi",
    "My transfer orders": "Moje odločbe o napotitvi",
    "Transfer orders to hand over": "Odločbe za vročitev",
    "Transfer order": "Odločba o napotitvi",
    "handed over": "vročena",
    "to hand over by": "vročiti do",
    "none yet": "še nobene",
    "Hand over order %1": "Vročitev odločbe %1",
    "Record": "Zabeleži",
    "Duty starts on %1; the order is due by %2.": "Delo se začne %1; odločbo je treba vročiti do %2.",
    "Handed over on": "Vročena dne",
    "You have no transfer order.": "Nimate odločbe o napotitvi.",
    "Save the transfer order": "Shranjevanje odločbe o napotitvi",
    "PDF files (*.pdf)": "Datoteke PDF (*.pdf)",
    "Saved %1.": "Shranjeno: %1.",
    "New transfer order: %1, %2": "Nova odločba o napotitvi: %1, %2",
    "Order number": "Številka odločbe",
    "e.g. 094-12/2025": "npr. 094-12/2025",
    "First day of duty": "Prvi dan dela",
    "Last day (at most six months, Art. 77)": "Zadnji dan (največ šest mesecev, 77. člen)",
    "Handed to the officer on (empty: not yet)": "Vročena policistu dne (prazno: še ne)",
    "No transfer order for this tour yet.": "Za to napotitev še ni odločbe.",
    "Handed over %1 (due by %2)": "Vročena %1 (rok %2)",
    "To hand over by %1": "Vročiti do %1",
    "longer than allowed": "daljša od dovoljenega",
    "handed over late": "vročena prepozno",
    "overdue": "rok je potekel",
    "due": "za vročitev",
    "Hand over…": "Vroči …",
    "PDF…": "PDF …",
    "Limits from a day on": "Omejitve od dneva naprej",
    "In force from": "Velja od",
    "An order lasts at most (months, Art. 77(1)-(2))": "Odločba traja največ (mesecev, 77. člen, 1. in 2. odstavek)",
    "Handed over at least (days before duty, Art. 77(3))": "Vročitev vsaj (dni pred začetkom dela, 77. člen, 3. odstavek)",
    "Import…": "Uvozi …",
    "Export…": "Izvozi …",
    "Tours": "Napotitve",
    "Due (%1)": "Za vročitev (%1)",
    "Due (…)": "Za vročitev (…)",
    "Rules": "Pravila",
    "Filter by officer, service number, mission or tour id (Ctrl+F)":
        "Filtriraj po policistu, službeni številki, misiji ali številki napotitve (Ctrl+F)",
    "Tour %1: %2 – %3": "Napotitev %1: %2 – %3",
    "No tour ahead or running matches.": "Nobena prihodnja ali tekoča napotitev ne ustreza.",
    "Add order…": "Dodaj odločbo …",
    "Orders added.": "Odločbe so dodane.",
    "Proposed: %1 – %2, to hand over by %3": "Predlog: %1 – %2, vročiti do %3",
    "No order is due for hand-over.": "Nobena odločba ne čaka na vročitev.",
    "New limits…": "Nove omejitve …",
    "From %1: an order lasts at most %2 months (Art. 77(1)-(2)) and is handed over at least %3 days before duty (Art. 77(3)).":
        "Od %1: odločba traja največ %2 mesecev (77. člen, 1. in 2. odstavek) in je vročena vsaj %3 dni pred začetkom dela (77. člen, 3. odstavek).",
    "Order saved.": "Odločba je shranjena.",
    "Change transfer order: %1, %2": "Sprememba odločbe o napotitvi: %1, %2",
    "Change…": "Spremeni …",
    "Hand-over recorded.": "Vročitev je zabeležena.",
    "Limits saved.": "Omejitve so shranjene.",
    "Import transfer orders": "Uvoz odločb o napotitvi",
    "Order files (*.xlsx *.csv *.json)": "Datoteke odločb (*.xlsx *.csv *.json)",
    "Imported: %1 added, %2 updated.": "Uvoženo: dodanih %1, posodobljenih %2.",
    "Export the transfer orders": "Izvoz odločb o napotitvi",
    "Excel workbooks (*.xlsx)": "Delovni zvezki Excel (*.xlsx)",
    "CSV for Excel (*.csv)": "CSV za Excel (*.csv)",
    "CSV, UTF-8 for tools (*.csv)": "CSV, UTF-8 za orodja (*.csv)",
    "JSON files (*.json)": "Datoteke JSON (*.json)",
    "Exported the orders to %1.": "Odločbe so izvožene v %1.",
    "Enter the first day as YYYY-MM-DD.": "Vnesite prvi dan v obliki LLLL-MM-DD.",
    "Enter the last day as YYYY-MM-DD.": "Vnesite zadnji dan v obliki LLLL-MM-DD.",
    "The last day comes before the first day.": "Zadnji dan je pred prvim.",
    "Enter the hand-over day as YYYY-MM-DD, or leave it empty.":
        "Vnesite dan vročitve v obliki LLLL-MM-DD ali pustite prazno.",
    "Enter the day as YYYY-MM-DD.": "Vnesite dan v obliki LLLL-MM-DD.",
    "There is no such order.": "Te odločbe ni.",
    "Enter the first day the limits apply as YYYY-MM-DD.":
        "Vnesite prvi dan veljavnosti omejitev v obliki LLLL-MM-DD.",
    "Enter the months as a whole number.": "Vnesite mesece kot celo število.",
    "Enter the days as a whole number.": "Vnesite dneve kot celo število.",
    "Cannot read %1: %2": "Datoteke %1 ni mogoče prebrati: %2",
    "Cannot write %1: %2": "Datoteke %1 ni mogoče zapisati: %2",
}
# Slovene has four plural forms (1, 2, 3-4, other): lrelease needs each.
SL_PLURAL = {
    "order(s) to hand over this week": [
        "odločba za vročitev ta teden",
        "odločbi za vročitev ta teden",
        "odločbe za vročitev ta teden",
        "odločb za vročitev ta teden"],
    "order(s) past their hand-over deadline": [
        "odločba po roku za vročitev",
        "odločbi po roku za vročitev",
        "odločbe po roku za vročitev",
        "odločb po roku za vročitev"],
    "%n day(s) without an order": [
        "%n dan brez odločbe", "%n dneva brez odločbe", "%n dnevi brez odločbe", "%n dni brez odločbe"],
    "Apply split (%n order(s))": [
        "Uveljavi razdelitev (%n odločba)", "Uveljavi razdelitev (%n odločbi)",
        "Uveljavi razdelitev (%n odločbe)", "Uveljavi razdelitev (%n odločb)"],
    "Nothing was written: the file has %n problem(s).": [
        "Nič ni bilo zapisano: datoteka ima %n težavo.", "Nič ni bilo zapisano: datoteka ima %n težavi.",
        "Nič ni bilo zapisano: datoteka ima %n težave.", "Nič ni bilo zapisano: datoteka ima %n težav."],
}

if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "transfers_sl.ts"), SL, SL_PLURAL)
