// Adds or edits a mission: its catalogue facts, local time zone and risk level.
//
//   backend  MissionsBackend;  openFor(mission) ({} for a new one);  saved(id)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property int missionId: 0
    signal saved(int id)

    function openFor(m) {
        dialog.missionId = m.id || 0
        dialog.errors = ({})
        code.text = m.code || ""
        name.text = m.name || ""
        organisation.currentIndex = Math.max(0, dialog.backend.organisations.indexOf(m.organisation || "EU"))
        country.text = m.country || ""
        start.text = m.startDate || ""
        end.text = m.endDate || ""
        zone.text = m.timeZone || "Europe/Ljubljana"
        risk.currentIndex = Math.max(0, dialog.backend.riskLevels.indexOf(m.riskLevel || "medium"))
        source.text = m.source || ""
        dialog.open()
        code.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    title: dialog.missionId > 0 ? qsTr("Edit mission") : qsTr("New mission")

    onSubmitted: {
        const result = dialog.backend.saveMission({
            id: dialog.missionId, code: code.text, name: name.text,
            organisation: organisation.currentText, country: country.text,
            startDate: start.text, endDate: end.text, timeZone: zone.text,
            riskLevel: risk.currentText, source: source.text })
        if (result.ok) {
            dialog.close()
            dialog.saved(result.id)
        } else {
            dialog.errors = result.errors
        }
    }

    FormField {
        label: qsTr("Code"); name: "code"; required: true
        error: dialog.errors.code || ""
        TextField { id: code; placeholderText: qsTr("e.g. EULEX") }
    }
    FormField {
        label: qsTr("Name"); name: "name"; required: true
        error: dialog.errors.name || ""
        TextField { id: name }
    }
    FormField {
        label: qsTr("Organisation"); name: "organisation"
        error: dialog.errors.organisation || ""
        ComboBox { id: organisation; model: dialog.backend.organisations }
    }
    FormField {
        label: qsTr("Host country or territory"); name: "country"
        TextField { id: country }
    }
    FormField {
        label: qsTr("First day"); name: "startDate"; required: true
        error: dialog.errors.startDate || ""
        DateField { id: start; required: true }
    }
    FormField {
        label: qsTr("Last day (empty while it runs)"); name: "endDate"
        error: dialog.errors.endDate || ""
        DateField { id: end }
    }
    FormField {
        label: qsTr("Local time zone (IANA)"); name: "timeZone"; required: true
        error: dialog.errors.timeZone || ""
        TextField { id: zone; placeholderText: qsTr("e.g. Europe/Belgrade") }
    }
    FormField {
        label: qsTr("Risk level (high: insurance, Art. 89; danger bonus, Art. 93)"); name: "riskLevel"
        error: dialog.errors.riskLevel || ""
        ComboBox {
            id: risk
            model: dialog.backend.riskLevels
            displayText: dialog.backend.word(risk.currentText)
            delegate: ItemDelegate {
                required property string modelData
                width: risk.width
                text: dialog.backend.word(modelData)
            }
        }
    }
    FormField {
        label: qsTr("Source, and what is uncertain"); name: "source"
        TextField { id: source }
    }
}
