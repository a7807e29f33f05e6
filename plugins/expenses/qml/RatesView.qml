// RatesView: the rate tables with their valid-from days and sources (the
// daily allowances abroad of the Government's regulation; the other amounts),
// a rate marked when it is not confirmed; the settings the forecast reads.
// Admins add and remove rates, import and export rate files, and change the
// settings; everyone else reads them.
//
//   backend   ExpensesBackend
//   reported(result, okText)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: root

    property QtObject backend
    readonly property var rateList: root.backend.revision >= 0 ? root.backend.rates(filter.text) : []
    readonly property var current: root.backend.revision >= 0 ? root.backend.settings() : ({})
    signal reported(var result, string okText)

    function saveSetting(key, value) {
        root.reported(root.backend.setSetting(key, value), qsTr("Setting saved."))
    }

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        TextField { id: filter; objectName: "rateFilter"; placeholderText: qsTr("Filter by kind or country"); Layout.fillWidth: true }
        Button { text: qsTr("New rate…"); objectName: "newRate"; visible: root.backend.isAdmin; onClicked: rateForm.get().openNew() }
        FileChooserButton { text: qsTr("Import rates…"); objectName: "importRates"; visible: root.backend.isAdmin; chooser: importPicker }
        FileChooserButton { text: qsTr("Export rates…"); objectName: "exportRates"; chooser: exportPicker }
    }

    GroupBox {
        title: qsTr("Settings")
        Layout.fillWidth: true
        GridLayout {
            columns: 4
            columnSpacing: Theme.spacingLarge
            Label { text: qsTr("A home-leave trip every (months, 0: none)"); color: Theme.text }
            SpinBox { id: homeLeave; objectName: "homeLeaveMonths"; from: 0; to: 24; value: root.current.homeLeaveMonths || 0; enabled: root.backend.isAdmin; editable: true; onValueModified: root.saveSetting("home_leave_months", value) }
            Label { text: qsTr("Danger bonus (Art. 93)"); color: Theme.text }
            ComboBox {
                objectName: "dangerBonus"
                enabled: root.backend.isAdmin
                textRole: "text"; valueRole: "value"
                model: [{ value: "percent", text: qsTr("a percentage of the base salary") }, { value: "fixed", text: qsTr("a fixed monthly amount") }]
                currentIndex: root.current.dangerBonus === "fixed" ? 1 : 0
                onActivated: root.saveSetting("danger_bonus", currentValue)
                Layout.preferredWidth: 260
            }
            Label { text: qsTr("Percentage of the base salary"); color: Theme.text }
            SpinBox { objectName: "dangerPercent"; from: 0; to: 100; value: root.current.dangerPercent || 0; enabled: root.backend.isAdmin; editable: true; onValueModified: root.saveSetting("danger_bonus_percent", value) }
            Label { text: qsTr("Euros per US dollar"); color: Theme.text }
            TextField {
                id: usd
                objectName: "usdRate"
                text: root.current.usdRate || ""
                enabled: root.backend.isAdmin
                onEditingFinished: if (text !== root.current.usdRate) root.saveSetting("usd_rate", text)
                Layout.preferredWidth: 120
            }
        }
    }

    ListView {
        id: view
        objectName: "rateList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.rateList
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        delegate: ListRow {
            id: row
            required property var modelData
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: view.currentIndex = index
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    RowLayout {
                        Label {
                            text: row.modelData.kindName + (row.modelData.country ? " · " + row.modelData.country : "") + " · "
                                  + qsTr("from %1").arg(row.modelData.validFrom) + (row.modelData.validUntil ? " " + qsTr("to %1").arg(row.modelData.validUntil) : "")
                                  + " · " + row.modelData.amount + " " + row.modelData.currency
                            color: Theme.text; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true
                        }
                        StatusBadge { visible: !row.modelData.confirmed; text: qsTr("not confirmed"); tone: "warning" }
                    }
                    Label { text: row.modelData.source; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true }
                }
                Button { text: qsTr("Remove…"); visible: root.backend.isAdmin; onClicked: removeDialog.get().openFor(row.modelData) }
            }
        }
        EmptyState { anchors.centerIn: parent; visible: view.count === 0; text: qsTr("No rates: every forecast line would count as nothing.") }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the view.
    Lazy {
        id: rateForm
        component: FormDialog {
            id: rateEditor
            function openNew() {
                rateEditor.errors = ({})
                kind.currentIndex = 0
                country.text = ""
                validFrom.text = root.backend.today
                validUntil.text = ""
                amount.text = ""
                currency.currentIndex = 0
                confirmed.checked = true
                source.text = ""
                rateEditor.open()
                kind.forceActiveFocus()
            }
            objectName: "rateForm"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(560, parent ? parent.width - 40 : 560)
            title: qsTr("New rate")
            onSubmitted: {
                            const perCountry = kind.currentValue === "daily_allowance" || kind.currentValue === "travel"
                const r = root.backend.addRate({ kind: kind.currentValue, country: perCountry ? country.text : "", validFrom: validFrom.text,
                                                 validUntil: validUntil.text, amount: amount.text, currency: currency.currentText,
                                                 confirmed: confirmed.checked, source: source.text })
                if (r.ok) {
                    rateEditor.close()
                    root.reported(r, qsTr("Rate added."))
                } else {
                    rateEditor.errors = Object.keys(r.errors).length && Object.keys(r.errors)[0] !== "" ? r.errors : { "": r.message }
                }
            }
            FormField {
                label: qsTr("Kind"); name: "kind"; required: true
                error: rateEditor.errors.kind || ""
                ComboBox {
                    id: kind
                    objectName: "rateKind"
                    textRole: "text"; valueRole: "value"
                    model: [{ value: "daily_allowance", text: qsTr("daily allowance abroad (per day, per country)") },
                            { value: "travel", text: qsTr("one journey (per country)") },
                            { value: "separated_living", text: qsTr("separated living (per day)") },
                            { value: "moving", text: qsTr("one move") },
                            { value: "base_salary", text: qsTr("base monthly salary") },
                            { value: "danger_fixed", text: qsTr("fixed monthly danger bonus") }]
                }
            }
            FormField {
                visible: kind.currentValue === "daily_allowance" || kind.currentValue === "travel"
                label: qsTr("Country (as missions name it; * for every other country)"); name: "country"; required: true
                error: rateEditor.errors.country || ""
                TextField { id: country; objectName: "rateCountry" }
            }
            FormField {
                label: qsTr("Valid from"); name: "validFrom"; required: true
                error: rateEditor.errors.validFrom || ""
                DateField { id: validFrom; objectName: "rateFrom"; required: true }
            }
            FormField {
                label: qsTr("Valid until (empty: until the next rate)"); name: "validUntil"
                error: rateEditor.errors.validUntil || ""
                DateField { id: validUntil; objectName: "rateUntil"; minimumDate: validFrom.text }
            }
            FormField {
                label: qsTr("Amount"); name: "amount"; required: true
                error: rateEditor.errors.amount || ""
                RowLayout {
                    TextField { id: amount; objectName: "rateAmount"; placeholderText: "40.00"; Layout.fillWidth: true }
                    ComboBox { id: currency; objectName: "rateCurrency"; model: ["EUR", "USD"]; Layout.preferredWidth: 90 }
                }
            }
            CheckBox { id: confirmed; objectName: "rateConfirmed"; text: qsTr("Confirmed against the published source"); checked: true }
            FormField {
                label: qsTr("Source (where the amount is published)"); name: "source"
                error: rateEditor.errors.source || ""
                TextField { id: source; objectName: "rateSource"; placeholderText: qsTr("e.g. Uradni list RS 76/2019") }
            }
        }
    }
    Lazy {
        id: removeDialog
        component: FormDialog {
            id: removeRate
            property var rate: ({})
            function openFor(r) { removeRate.rate = r; removeRate.open() }
            objectName: "removeRateDialog"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(480, parent ? parent.width - 40 : 480)
            title: qsTr("Remove this rate?")
            acceptText: qsTr("Remove")
            onSubmitted: {
                removeRate.close()
                root.reported(root.backend.removeRate(removeRate.rate.id), qsTr("Rate removed."))
            }
            Label {
                text: (removeRate.rate.kindName || "") + " · " + (removeRate.rate.country || "") + " · " + qsTr("from %1").arg(removeRate.rate.validFrom || "") + " · " + (removeRate.rate.amount || "") + " " + (removeRate.rate.currency || "")
                      + "\n" + qsTr("The days it covered take the rate before it, or none. The removal is recorded in the audit log.")
                wrapMode: Text.WordWrap; color: Theme.text; Layout.fillWidth: true
            }
        }
    }
    FileChooser {
        id: importPicker
        title: qsTr("Import rates (replaces the rates of the kinds in the file)")
        kind: "expenses-rates"
        nameFilters: [qsTr("Rate files (*.xlsx *.csv *.json)")]
        onAccepted: {
            const r = root.backend.importFile("rates", importPicker.selectedFile)
            root.reported(r, qsTr("Imported %1 rate(s).").arg(r.added))
        }
    }
    FileChooser {
        id: exportPicker
        title: qsTr("Export the rates")
        saving: true
        kind: "expenses-rates"
        suggestedName: "expense-rates-" + root.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = root.backend.exportFile("rates", exportPicker.selectedFile, exportPicker.selectedFormat)
            root.reported(r, qsTr("Exported the rates to %1.").arg(r.path))
        }
    }
}
