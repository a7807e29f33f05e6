#!/usr/bin/python3
"""Saves a spreadsheet as a password-protected .xlsx (ECMA-376 standard encryption, an OLE
compound file holding EncryptionInfo and EncryptedPackage):

    soffice --headless --invisible --accept="pipe,name=xlsxfix;urp;" &
    /usr/bin/python3 protect.py SOURCE TARGET PASSWORD

LibreOffice 7.4 ignores a plain "Password" for .xlsx (it writes an unencrypted file) and fails
with "CryptoType" "Agile"; "OOXPassword" with "CryptoType" "Standard" in EncryptionData works.
The office is asked to quit at the end."""
import os
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def named(name, value):
    v = NamedValue()
    v.Name, v.Value = name, value
    return v


source, target, password = sys.argv[1:4]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(60):
    try:
        ctx = resolver.resolve("uno:pipe,name=xlsxfix;urp;StarOffice.ComponentContext")
        break
    except Exception:
        if attempt == 59:
            raise
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                   (prop("Hidden", True),))
encryption = uno.Any("[]com.sun.star.beans.NamedValue",
                     (named("OOXPassword", password), named("CryptoType", "Standard")))
doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
               (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", encryption)))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass  # the office quits before it answers
