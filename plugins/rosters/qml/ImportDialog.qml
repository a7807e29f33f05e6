// The outcome of importing a roster file: how many officers were added and
// updated, or that nothing was written and every problem in the file, one a
// line, selectable and copyable. Escape or "Close" closes it.
//
//   show(result, fileName)  result from RosterBackend.importFile()
//   readAs(encoding)        the user asks to read the file again in `encoding` (a CSV file
//                           Excel saved in a Slovene Windows: "windows-1250")
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Dialog {
    id: dialog

    signal readAs(string encoding)

    property var outcome: ({})
    property string fileName
    readonly property bool succeeded: dialog.outcome.ok === true
    readonly property var problems: dialog.outcome.problems || []

    function show(r, name) {
        dialog.outcome = r
        dialog.fileName = name
        dialog.open()
    }
    function describe(p) {
        const json = dialog.outcome.format === "json"
        if (p.line <= 0)
            return p.reason
        if (p.column === "")
            return (json ? qsTr("record %1: %2") : qsTr("line %1: %2")).arg(p.line).arg(p.reason)
        return (json ? qsTr("record %1, %2: %3") : qsTr("line %1, %2: %3"))
               .arg(p.line).arg(p.column).arg(p.reason)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: dialog.problems.length > 0 ? Math.min(560, parent ? parent.height - 40 : 560) : implicitHeight
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: Theme.spacingLarge
    title: qsTr("Import of %1").arg(dialog.fileName)
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            StatusBadge {
                text: dialog.succeeded ? qsTr("imported") : qsTr("not imported")
                tone: dialog.succeeded ? "success" : "danger"
            }
            Label {
                objectName: "importSummary"
                Layout.fillWidth: true
                text: dialog.succeeded
                      ? qsTr("%1 added, %2 updated.").arg(dialog.outcome.added).arg(dialog.outcome.updated)
                      : (dialog.outcome.message || "")
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Label {
            visible: dialog.problems.length > 0
            Layout.fillWidth: true
            text: qsTr("Correct the file and import it again; no officer was changed.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "importProblems"
            visible: dialog.problems.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.problems
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            delegate: TextEdit {
                id: problemLine
                required property var modelData
                width: ListView.view.width - 12
                text: dialog.describe(problemLine.modelData)
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.danger
                font.pixelSize: Theme.font
                topPadding: 2
                bottomPadding: 2
            }
        }
        Button {
            objectName: "readAsWindows1250"
            visible: dialog.outcome.windows1250 === true
            text: qsTr("Read it as Windows-1250 (Excel's CSV in Slovene)")
            onClicked: {
                dialog.close()
                dialog.readAs("windows-1250")
            }
        }
        Button {
            visible: dialog.problems.length > 0
            text: qsTr("Copy all problems")
            onClicked: {
                clipboard.text = dialog.outcome.text || ""
                clipboard.selectAll()
                clipboard.copy()
            }
        }
    }

    TextEdit {
        id: clipboard
        visible: false
    }
}
