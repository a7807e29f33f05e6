// Insurance (Police Act, Art. 89-91). "Policies" lists the policies with
// whom they cover and their document; planners add, change and remove them
// and keep the policy's PDF. "Cover" draws the cover of a mission's or an
// officer's tours on a timeline, uncovered high-risk days in red. "Exposure"
// lists the high-risk tours without full cover and what Art. 90 would make
// the police owe. "Calculators" works out Art. 91's lump sum and Art. 90's
// compensation.
//
//   backend   InsuranceBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property string status: ""
    property bool failed: false
    readonly property var policyList: page.backend.revision >= 0 ? page.backend.policies(filter.text) : []

    function focusFilter() { tabs.currentIndex = 0; filter.forceActiveFocus() }
    function report(result, okText) {
        page.failed = !result.ok
        page.status = result.ok ? okText : (result.message || "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Insurance of high-risk tours"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text; Layout.fillWidth: true }
            FileChooserButton { text: qsTr("Import…"); visible: page.backend.canEdit; chooser: importPicker }
            FileChooserButton { text: qsTr("Export…"); chooser: exportPicker }
        }
        Label { objectName: "status"; text: page.status; visible: page.status !== ""; color: page.failed ? Theme.danger : Theme.success; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            // A tab's view is made the first time it is shown: the page's
            // first frame reads only the policies, never every tour.
            onCurrentIndexChanged: {
                const tab = stack.children[currentIndex]
                if (tab && tab.opened !== undefined)
                    tab.opened = true
            }
            TabButton { text: qsTr("Policies"); objectName: "policiesTab" }
            TabButton { text: qsTr("Cover"); objectName: "coverTab" }
            TabButton { text: qsTr("Exposure"); objectName: "exposureTab" }
            TabButton { text: qsTr("Calculators"); objectName: "calculatorsTab" }
        }
        StackLayout {
            id: stack
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                RowLayout {
                    Layout.fillWidth: true
                    TextField { id: filter; objectName: "policyFilter"; placeholderText: qsTr("Filter by insurer, number, officer or mission (Ctrl+F)"); Layout.fillWidth: true }
                    Button { text: qsTr("New policy…"); objectName: "newPolicy"; visible: page.backend.canEdit; onClicked: policyForm.get().openFor({}) }
                }
                ListView {
                    id: policyView
                    objectName: "policyList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.policyList
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ListRow {
                        id: row
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        onClicked: policyView.currentIndex = index
                        onDoubleClicked: if (page.backend.canEdit) policyForm.get().openFor(modelData)
                        Keys.onReturnPressed: if (page.backend.canEdit) policyForm.get().openFor(modelData)
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Text { text: row.modelData.number + " · " + row.modelData.insurer + " · " + row.modelData.firstDay + " – " + row.modelData.lastDay; color: Theme.text; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                                Text {
                                    text: qsTr("Death %1 · permanent loss of ability %2 · covers %3").arg(row.modelData.death).arg(row.modelData.disability).arg(row.modelData.covered)
                                          + (row.modelData.document ? " · " + qsTr("document %1").arg(row.modelData.document) : "")
                                    color: Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true
                                }
                            }
                            // The row's actions, made for the chosen row and the one under the
                            // mouse: a page of policies is not four Fusion buttons a row.
                            Loader {
                                active: row.highlighted || row.hovered || row.visualFocus
                                visible: active
                                sourceComponent: RowLayout {
                                    spacing: Theme.spacing
                                    Button { text: qsTr("Change…"); visible: page.backend.canEdit; onClicked: policyForm.get().openFor(row.modelData) }
                                    Button { text: qsTr("Attach PDF…"); visible: page.backend.canEdit; onClicked: { attachPicker.policy = row.modelData; attachPicker.open() } }
                                    Button { text: qsTr("Save PDF…"); visible: row.modelData.document !== ""; onClicked: { savePicker.policy = row.modelData; savePicker.open() } }
                                    Button { text: qsTr("Remove…"); visible: page.backend.canEdit; onClicked: removeDialog.get().openFor(row.modelData) }
                                }
                            }
                        }
                    }
                    EmptyState { anchors.centerIn: parent; visible: policyView.count === 0; text: filter.text ? qsTr("No policy matches.") : qsTr("No policy yet: every high-risk day is uncovered.") }
                }
            }
            Loader {
                property bool opened: false
                objectName: "coverView"
                active: opened
                sourceComponent: CoverTimeline { backend: page.backend }
            }
            Loader {
                property bool opened: false
                objectName: "exposureView"
                active: opened
                sourceComponent: ExposureView { backend: page.backend }
            }
            Loader {
                property bool opened: false
                objectName: "calculatorsView"
                active: opened
                sourceComponent: Calculators { backend: page.backend }
            }
        }
    }

    // Forms and dialogs are made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: policyForm
        component: PolicyForm { backend: page.backend; onSaved: page.report({ ok: true }, qsTr("Policy saved.")) }
    }
    Lazy {
        id: removeDialog
        component: FormDialog {
            id: removePolicy
            property var policy: ({})
            function openFor(p) { removePolicy.policy = p; removePolicy.open() }
            objectName: "removeDialog"
            parent: Overlay.overlay
            width: Math.min(480, parent ? parent.width - 40 : 480)
            title: qsTr("Remove policy %1?").arg(removePolicy.policy.number || "")
            acceptText: qsTr("Remove")
            onSubmitted: {
                removePolicy.close()
                page.report(page.backend.removePolicy(removePolicy.policy.id), qsTr("Policy removed."))
            }
            Label { text: qsTr("The tours it covers lose that cover. The removal is recorded in the audit log."); wrapMode: Text.WordWrap; color: Theme.text; Layout.fillWidth: true }
        }
    }
    FileChooser {
        id: attachPicker
        property var policy: ({})
        objectName: "attachPicker"
        title: qsTr("The policy's document (PDF, at most 10 MB)")
        kind: "insurance-document"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.attachDocument(attachPicker.policy.id, attachPicker.selectedFile)
            page.report(r, qsTr("Kept %1 with policy %2.").arg(r.name).arg(attachPicker.policy.number))
        }
    }
    FileChooser {
        id: savePicker
        property var policy: ({})
        title: qsTr("Save the policy's document")
        saving: true
        kind: "insurance-document"
        suggestedName: savePicker.policy.document || "policy.pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.saveDocument(savePicker.policy.id, savePicker.selectedFile)
            page.report(r, qsTr("Saved %1.").arg(r.path))
        }
    }
    FileChooser {
        id: importPicker
        title: qsTr("Import insurance policies")
        kind: "insurance"
        nameFilters: [qsTr("Policy files (*.xlsx *.csv *.json)")]
        onAccepted: {
            const r = page.backend.importFile(importPicker.selectedFile)
            page.report(r, qsTr("Imported: %1 added, %2 updated.").arg(r.added).arg(r.updated))
            if (!r.ok && r.text)
                page.status = r.message + "\n" + r.text
        }
    }
    FileChooser {
        id: exportPicker
        title: qsTr("Export the insurance policies")
        saving: true
        kind: "insurance"
        suggestedName: "insurance-policies-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = page.backend.exportFile(exportPicker.selectedFile, exportPicker.selectedFormat)
            page.report(r, qsTr("Exported the policies to %1.").arg(r.path))
        }
    }
}
