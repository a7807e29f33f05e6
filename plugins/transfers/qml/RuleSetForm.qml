// RuleSetForm: the limits of Police Act Art. 77 from a day on (admins). An
// order is judged by the set in force on its first day.
//
//   backend   TransfersBackend
//   openFor()
//   saved()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    signal saved()

    function openFor() {
        dialog.errors = ({})
        from.text = dialog.backend.today
        months.text = "6"
        notice.text = "7"
        dialog.open()
        from.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 40 : 460)
    title: qsTr("Limits from a day on")

    onSubmitted: {
        const result = dialog.backend.saveRuleSet({ validFrom: from.text, maxMonths: months.text,
                                                    noticeDays: notice.text })
        if (result.ok) {
            dialog.close()
            dialog.saved()
        } else {
            dialog.errors = result.errors
        }
    }

    FormField {
        label: qsTr("In force from"); name: "validFrom"; required: true
        error: dialog.errors.validFrom || ""
        DateField { id: from; objectName: "ruleFrom"; required: true }
    }
    FormField {
        label: qsTr("An order lasts at most (months, Art. 77(1)-(2))"); name: "maxMonths"; required: true
        error: dialog.errors.maxMonths || ""
        TextField { id: months; objectName: "ruleMonths"; inputMethodHints: Qt.ImhDigitsOnly }
    }
    FormField {
        label: qsTr("Handed over at least (days before duty, Art. 77(3))"); name: "noticeDays"; required: true
        error: dialog.errors.noticeDays || ""
        TextField { id: notice; objectName: "ruleNotice"; inputMethodHints: Qt.ImhDigitsOnly }
    }
}
