#!/usr/bin/python3
"""Writes the flat-ODS (.fods) sources of the .xlsx test workbooks into the folder given:
    python3 make_fods.py OUTDIR"""
import os, sys
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N37">
   <number:day number:style="long"/><number:text>.</number:text>
   <number:month number:style="long"/><number:text>.</number:text>
   <number:year number:style="long"/>
  </number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
'''
TAIL = '''  </office:spreadsheet>
 </office:body>
</office:document>
'''

HEADER = ["service_number", "given_name", "family_name", "gender", "birth_date",
          "rank", "unit", "email", "languages", "skills"]


def s(text):
    """A text cell."""
    return ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % escape(text))


def n(value):
    """A number cell (General format)."""
    return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
            '</table:table-cell>' % (value, value))


def d(iso):
    """A date cell, shown DD.MM.YYYY."""
    y, m, dd = iso.split("-")
    return ('<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="%s">'
            '<text:p>%s.%s.%s</text:p></table:table-cell>' % (iso, dd, m, y))


def f(formula, value):
    """A formula cell with its cached value."""
    kind = 'office:value-type="float" office:value="%s"' % value if isinstance(value, (int, float)) \
        else 'office:value-type="string" office:string-value="%s"' % escape(value)
    return ('<table:table-cell table:formula="%s" %s><text:p>%s</text:p></table:table-cell>'
            % (escape(formula, {'"': '&quot;'}), kind, escape(str(value))))


E = '<table:table-cell/>'


def table(name, rows):
    out = ['   <table:table table:name="%s">' % escape(name)]
    for row in rows:
        out.append('    <table:table-row>' + ''.join(row) + '</table:table-row>')
    out.append('   </table:table>')
    return '\n'.join(out) + '\n'


def doc(*tables):
    return HEAD + ''.join(tables) + TAIL


ROSTER = [
    [s(h) for h in HEADER],
    [s("00123"), s("Špela"), s("Žagar"), s("F"), d("1985-03-12"), s("policistka"),
     s("PP Ljubljana Center"), s("spela.zagar@policija.si"), s("en:C1;hr:B2"),
     s("border policing;forensics")],
    [n(456), s("Čedomir"), s("Ćirić"), s("M"), d("1979-11-30"), s("inšpektor"),
     s("PU Koper"), s("cedomir.ciric@policija.si"), s("sr:C2"), s("=SUM(A1)")],
    [s("00789"), s("Đurđa"), s("Đurđević"), s("F"), d("1992-02-29"), s("policistka"),
     s("PP Maribor I"), E, E, E],
    [s("01001"), s("Žiga"), s("Šuštaršič"), s("M"), E, s("višji policist"),
     s("PU Novo mesto"), s("ziga.sustarsic@policija.si"), s("de:B1"), s("čolnarjenje")],
    [s("01002"), s("Čarli"), s("Čšž ČŠŽ"), s("X"), d("2000-01-01"), E, s("Enota 7"), E, E, E],
]

FORMULA = [
    [s(h) for h in HEADER[:5]],
    [s("00123"), s("Ana"), s("Novak"), s("F"), d("1985-03-12")],
    [s("00124"), f('of:=CONCATENATE("Bo";"ris")', "Boris"), s("Kos"), s("M"),
     f("of:=DATE(1980;1;2)", 29222)],
]

MERGED = [
    ['<table:table-cell office:value-type="string" table:number-columns-spanned="2" '
     'table:number-rows-spanned="1"><text:p>service_number</text:p></table:table-cell>',
     '<table:covered-table-cell/>', s("family_name")],
    [s("00123"), s("Ana"), s("Novak")],
]

TWO_NOTES = [[s("Notes")], [s("The officers are on the second sheet.")]]
TWO_OFFICERS = [[s(h) for h in HEADER[:3]], [s("00123"), s("Ana"), s("Novak")],
                [s("00124"), s("Boris"), s("Kos")]]

outdir = sys.argv[1]
files = {
    "roster-libreoffice": doc(table("Roster", ROSTER)),
    "formula": doc(table("Roster", FORMULA)),
    "merged-header": doc(table("Roster", MERGED)),
    "empty-sheet": doc(table("Empty", [])),
    "two-sheets": doc(table("Notes", TWO_NOTES), table("Officers", TWO_OFFICERS)),
    "password": doc(table("Roster", TWO_OFFICERS)),
}
os.makedirs(outdir, exist_ok=True)
for name, text in files.items():
    with open(os.path.join(outdir, name + ".fods"), "w", encoding="utf-8") as out:
        out.write(text)
