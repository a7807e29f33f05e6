"""Fills a Qt Linguist .ts file from a dictionary (English source -> translation).

Used by the translate_*.py scripts beside each .ts file; exits non-zero naming
every source string that has no translation, so a new string cannot slip by.
"""
import sys
import xml.etree.ElementTree as ET


def fill(path, translations, plurals):
    """A key "Context|source" translates the source in that context only (the
    same English word may need two Slovene genders); it wins over "source"."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            _fill(message, name, translations, plurals, missing)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        sys.exit("untranslated: " + "; ".join(missing))


def _fill(message, context, translations, plurals, missing):
    source = message.find("source").text
    translation = message.find("translation")
    if translation.get("type") in ("vanished", "obsolete"):
        return  # no longer in the code: left for lupdate to drop, never revived
    if message.get("numerus") == "yes":
        forms = plurals.get(context + "|" + source, plurals.get(source))
        if forms is None:
            missing.append(source)
            return
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    elif context + "|" + source in translations:
        translation.text = translations[context + "|" + source]
    elif source in translations:
        translation.text = translations[source]
    else:
        missing.append(source)
        return
    translation.attrib.pop("type", None)
