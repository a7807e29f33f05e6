// Adds or edits an officer: the core record, languages, skills, documents and
// the deployable flag. The backend validates every field; its messages show
// under each field and nothing is saved until all are good.
//
//   backend        RosterBackend
//   openFor(record)  a form map from backend.profile() or backend.newProfile()
//   saved(id)      after a successful save
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var record: ({})

    signal saved(int id)

    function openFor(r) {
        dialog.record = r
        dialog.errors = ({})
        serviceNumber.text = r.service_number || ""
        givenName.text = r.given_name || ""
        familyName.text = r.family_name || ""
        gender.currentIndex = Math.max(0, ["", "F", "M", "X"].indexOf(r.gender || ""))
        birthDate.text = r.birth_date || ""
        rank.editText = r.rankTitle || r.rank || ""
        unit.editText = r.unit || ""
        email.text = r.email || ""
        active.checked = r.active !== false
        languages.text = r.languages || ""
        skills.text = r.skills || ""
        competency.text = r.competency_test || ""
        passportNumber.text = r.passport_number || ""
        passportExpiry.text = r.passport_expiry || ""
        licence.text = r.driving_licence || ""
        deployable.checked = r.deployable !== false
        reason.text = r.not_deployable_reason || ""
        dialog.open()
        serviceNumber.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 40 : 760)
    title: dialog.record.id ? qsTr("Edit %1").arg(dialog.record.service_number) : qsTr("Add an officer")

    function values() {
        return {
            id: dialog.record.id || 0,
            service_number: serviceNumber.text, given_name: givenName.text,
            family_name: familyName.text, gender: gender.currentText,
            birth_date: birthDate.text, rank: rank.editText, unit: unit.editText,
            email: email.text, active: active.checked, languages: languages.text,
            skills: skills.text, competency_test: competency.text,
            passport_number: passportNumber.text, passport_expiry: passportExpiry.text,
            driving_licence: licence.text, deployable: deployable.checked,
            not_deployable_reason: reason.text }
    }

    recheck: () => dialog.backend.checkProfile(dialog.values())
    onSubmitted: {
        dialog.busy = true
        const result = dialog.backend.saveProfile(dialog.values())
        dialog.busy = false
        if (result.ok) {
            dialog.close()
            dialog.saved(result.id)
        } else {
            dialog.errors = result.errors
        }
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        FormField {
            label: qsTr("Service number"); name: "service_number"; required: true
            error: dialog.errors.service_number || ""
            TextField { id: serviceNumber; objectName: "serviceNumber" }
        }
        FormField {
            label: qsTr("Gender"); name: "gender"; required: true
            error: dialog.errors.gender || ""
            ComboBox { id: gender; objectName: "gender"; model: ["", "F", "M", "X"] }
        }
        FormField {
            label: qsTr("Given name"); name: "given_name"; required: true
            error: dialog.errors.given_name || ""
            TextField { id: givenName; objectName: "givenName" }
        }
        FormField {
            label: qsTr("Family name"); name: "family_name"; required: true
            error: dialog.errors.family_name || ""
            TextField { id: familyName; objectName: "familyName" }
        }
        FormField {
            label: qsTr("Born"); name: "birth_date"
            error: dialog.errors.birth_date || ""
            DateField { id: birthDate; objectName: "birthDate"; maximumDate: dialog.backend ? dialog.backend.today : "" }
        }
        FormField {
            label: qsTr("E-mail"); name: "email"
            error: dialog.errors.email || ""
            TextField { id: email; objectName: "email" }
        }
        FormField {
            label: qsTr("Rank"); name: "rank"
            // By their titles in the window's language; the backend stores the rank a title
            // stands for (rankKey()), and a rank typed by hand as typed.
            ComboBox { id: rank; objectName: "rank"; editable: true; model: dialog.backend ? dialog.backend.rankTitles : [] }
        }
        FormField {
            label: qsTr("Unit"); name: "unit"
            ComboBox { id: unit; editable: true; model: dialog.backend ? dialog.backend.units : [] }
        }
        FormField {
            label: qsTr("Languages (en:C1;fr:B2)"); name: "languages"
            error: dialog.errors.languages || ""
            TextField { id: languages; objectName: "languages"; placeholderText: "en:C1;fr:B2" }
        }
        FormField {
            label: qsTr("Skills (separated by ;)"); name: "skills"
            error: dialog.errors.skills || ""
            TextField { id: skills; placeholderText: qsTr("border policing;forensics") }
        }
        FormField {
            label: qsTr("Competency test taken (Art. 71)"); name: "competency_test"
            error: dialog.errors.competency_test || ""
            DateField { id: competency; maximumDate: dialog.backend ? dialog.backend.today : "" }
        }
        FormField {
            label: qsTr("Driving licence"); name: "driving_licence"
            TextField { id: licence; placeholderText: "B, C" }
        }
        FormField {
            label: qsTr("Passport number"); name: "passport_number"
            error: dialog.errors.passport_number || ""
            TextField { id: passportNumber }
        }
        FormField {
            label: qsTr("Passport expires"); name: "passport_expiry"
            error: dialog.errors.passport_expiry || ""
            DateField { id: passportExpiry }
        }
        RowLayout {
            CheckBox { id: active; text: qsTr("Active on the roster") }
            CheckBox { id: deployable; objectName: "deployable"; text: qsTr("Deployable") }
        }
        FormField {
            label: qsTr("Why not deployable"); name: "not_deployable_reason"
            required: !deployable.checked
            enabled: !deployable.checked
            error: dialog.errors.not_deployable_reason || ""
            TextField { id: reason; objectName: "notDeployableReason" }
        }
    }
}
