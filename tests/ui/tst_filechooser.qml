import QtQuick
import QtQuick.Controls
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 900
    height: 640

    FileChooser {
        id: saver
        title: "Save the statement"
        saving: true
        kind: "test-save"
        suggestedName: "statement-DEMO-00001-2026-11-30.pdf"
        nameFilters: ["PDF files (*.pdf)"]
    }
    FileChooser {
        id: exporter
        title: "Export"
        saving: true
        kind: "test-export"
        suggestedName: "roster-2026-11-30.csv"
        nameFilters: ["CSV files (*.csv)", "JSON files (*.json)"]
    }
    FileChooser {
        id: workbookExporter
        title: "Export"
        saving: true
        kind: "test-export-xlsx"
        suggestedName: "roster-2026-11-30.xlsx"
        nameFilters: ["Excel workbooks (*.xlsx)", "CSV for Excel (*.csv)", "CSV (*.csv)", "JSON files (*.json)"]
        formats: ["xlsx", "csv-excel", "csv", "json"]
    }
    FileChooser {
        id: opener
        title: "Import"
        kind: "test-open"
        nameFilters: ["Roster files (*.csv *.json)"]
    }
    SignalSpy { id: accepted; signalName: "accepted" }
    SignalSpy { id: rejected; signalName: "rejected" }

    TestCase {
        name: "FileChooser"
        when: windowShown

        function init() {
            for (const kind of ["test-save", "test-export", "test-open"])
                LocalFiles.rememberFolder(kind, testFolder)
        }
        function cleanup() {
            for (const c of [saver, exporter, opener])
                c.close()
            tryVerify(() => !saver.opened && !exporter.opened && !opener.opened)
            accepted.clear()
            rejected.clear()
        }
        function part(chooser, name) {
            return findChild(chooser.dialog.contentItem, name)
        }
        function start(chooser) {
            accepted.target = chooser
            rejected.target = chooser
            verify(chooser.available)
            verify(chooser.open())
            tryVerify(() => chooser.opened)
            const name = part(chooser, "fileChooserName")
            tryVerify(() => name.activeFocus, 5000, "the file name has the focus")
            return name
        }

        function test_saveByKeyboard() {
            const name = start(saver)
            compare(name.text, "statement-DEMO-00001-2026-11-30.pdf")
            compare(name.selectedText, "statement-DEMO-00001-2026-11-30", "the name without its extension is selected")
            compare(findChild(saver.dialog.footer, "fileChooserAccept").text, "Save")
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(saver.selectedFile.toString(), testFolder + "/statement-DEMO-00001-2026-11-30.pdf")
            compare(saver.selectedSuffix, "pdf")
            tryVerify(() => !saver.opened)
        }
        function test_typedNameGetsTheTypesExtension() {
            start(saver)
            keySequence("ctrl+a")
            for (const c of "report")
                keyClick(c)
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(saver.selectedFile.toString(), testFolder + "/report.pdf")
        }
        function test_chosenTypeDecides() {
            start(exporter)
            const filter = part(exporter, "fileChooserFilter")
            filter.currentIndex = 1
            filter.activated(1)
            compare(part(exporter, "fileChooserName").text, "roster-2026-11-30.json")
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(exporter.selectedSuffix, "json")
        }
        function test_twoFiltersOfOneExtension() {
            start(workbookExporter)
            keyClick(Qt.Key_Return)
            compare(workbookExporter.selectedFormat, "xlsx", "the workbook is the first choice")
            const filter = part(workbookExporter, "fileChooserFilter")
            start(workbookExporter)
            filter.currentIndex = 1
            filter.activated(1)
            compare(part(workbookExporter, "fileChooserName").text, "roster-2026-11-30.csv")
            keyClick(Qt.Key_Return)
            compare(workbookExporter.selectedFormat, "csv-excel")
            start(workbookExporter)
            filter.currentIndex = 2
            filter.activated(2)
            keyClick(Qt.Key_Return)
            compare(workbookExporter.selectedFormat, "csv", "plain CSV, for tools")
        }
        function test_replaceAsksFirst() {
            const name = start(exporter)
            name.text = "existing"
            keyClick(Qt.Key_Return)
            compare(accepted.count, 0, "an existing file is not overwritten at the first Return")
            verify(part(exporter, "fileChooserMessage").visible)
            compare(findChild(exporter.dialog.footer, "fileChooserAccept").text, "Replace")
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(exporter.selectedFile.toString(), testFolder + "/existing.csv")
        }
        function test_escapeCancels() {
            start(saver)
            keyClick(Qt.Key_Escape)
            compare(rejected.count, 1)
            compare(accepted.count, 0)
            tryVerify(() => !saver.opened)
        }
        function test_typedFolderIsEntered() {
            const name = start(saver)
            name.text = "sub"
            keyClick(Qt.Key_Return)
            compare(accepted.count, 0)
            compare(saver.dialog.folder.toString(), testFolder + "/sub")
            compare(name.text, saver.suggestedName, "the proposed name comes back in the new folder")
            keyClick(Qt.Key_Return)
            compare(saver.selectedFile.toString(), testFolder + "/sub/" + saver.suggestedName)
            compare(LocalFiles.folderFor("test-save").toString(), testFolder + "/sub", "the folder is remembered per kind")
            compare(LocalFiles.folderFor("test-open").toString(), testFolder)
        }
        function test_openNeedsAnExistingFile() {
            const name = start(opener)
            compare(findChild(opener.dialog.footer, "fileChooserAccept").text, "Open")
            name.text = "missing.csv"
            keyClick(Qt.Key_Return)
            compare(accepted.count, 0)
            verify(part(opener, "fileChooserMessage").text.indexOf("missing.csv") >= 0)
        }
        function test_openFromTheListByKeyboard() {
            start(opener)
            const list = part(opener, "fileChooserList")
            tryCompare(list, "count", 2) // sub/ and existing.csv
            keyClick(Qt.Key_Down)
            verify(list.activeFocus)
            // Folders come first: the file is the second row.
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(opener.selectedFile.toString(), testFolder + "/existing.csv")
            compare(opener.selectedSuffix, "csv")
        }
    }
}
