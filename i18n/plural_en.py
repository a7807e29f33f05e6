"""English plural forms: fills every numerus message of the given *_en.ts files.

The English source texts write a count's noun as "proposal(s)"; with these
translations, installed when the window is in English (and for --lang en), Qt
picks "1 proposal" and "2 proposals" as it picks Slovene's four forms. Only
numerus messages are in these files: regenerate one with

    lupdate -pluralonly -source-language en -target-language en SOURCES -ts FILE_en.ts

then run this script on it. A text that "(s)" alone does not make right (a verb
that agrees, an irregular plural) is written out in EXCEPTIONS.
"""
import re
import sys
import xml.etree.ElementTree as ET

# source text -> (one, other)
EXCEPTIONS = {
    "%n blocking finding(s): the proposal cannot be submitted until they are resolved.": (
        "%n blocking finding: the proposal cannot be submitted until it is resolved.",
        "%n blocking findings: the proposal cannot be submitted until they are resolved."),
    "%n forecast line(s) have no rate": (
        "%n forecast line has no rate", "%n forecast lines have no rate"),
    "%n line(s) have no rate and count as nothing.": (
        "%n line has no rate and counts as nothing.",
        "%n lines have no rate and count as nothing."),
    "Exported %n entries to %1.": ("Exported %n entry to %1.", "Exported %n entries to %1."),
    "order(s) past their hand-over deadline": (
        "order past its hand-over deadline", "orders past their hand-over deadline"),
}


def forms(source):
    if source in EXCEPTIONS:
        return EXCEPTIONS[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        fill(path)
