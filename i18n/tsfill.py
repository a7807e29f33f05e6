"""Fills a Qt Linguist .ts file from a dictionary (English source -> translation).

Used by the translate_*.py scripts beside each .ts file; exits non-zero naming
every source string that has no translation, so a new string cannot slip by.
"""
import sys
import xml.etree.ElementTree as ET


def fill(path, translations, plurals):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the code: left for lupdate to drop, never revived
        if message.get("numerus") == "yes":
            forms = plurals.get(source)
            if forms is None:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif source in translations:
            translation.text = translations[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        sys.exit("untranslated: " + "; ".join(missing))
