// The roster's filters beyond the text field: rank, unit, gender, a language
// at or above a level, a skill, and "available for the whole of a period".
//
//   backend   RosterBackend (the choices: ranks, units, languageCodes, skillNames)
//   filters   readonly: the current filters as a map for backend.setFilters()
//   clear()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Flow {
    id: bar

    property QtObject backend
    readonly property var filters: ({
        rank: rank.currentIndex > 0 && bar.backend ? bar.backend.ranks[rank.currentIndex - 1] : "",
        unit: unit.currentIndex > 0 ? unit.currentText : "",
        gender: gender.currentIndex > 0 ? gender.currentText : "",
        language: language.currentIndex > 0 ? language.currentText : "",
        level: level.currentIndex > 0 ? level.currentText : "",
        skill: skill.currentIndex > 0 ? skill.currentText : "",
        available_from: from.valid && to.valid && to.text !== "" ? from.text : "",
        available_to: from.valid && to.valid && from.text !== "" ? to.text : ""
    })

    function clear() {
        for (const box of [rank, unit, gender, language, level, skill])
            box.currentIndex = 0
        from.text = ""
        to.text = ""
    }

    spacing: Theme.spacing

    component Choice: ComboBox {
        property string none
        implicitWidth: 150
        displayText: currentIndex > 0 ? currentText : none
    }

    Choice {
        id: rank
        objectName: "rankChoice"
        none: qsTr("Any rank")
        implicitWidth: 190
        model: [""].concat(bar.backend ? bar.backend.rankTitles : [])
    }
    Choice {
        id: unit
        none: qsTr("Any unit")
        implicitWidth: 190
        model: [""].concat(bar.backend ? bar.backend.units : [])
    }
    Choice {
        id: gender
        none: qsTr("Any gender")
        implicitWidth: 110
        model: ["", "F", "M", "X"]
    }
    Choice {
        id: language
        none: qsTr("Any language")
        implicitWidth: 120
        model: [""].concat(bar.backend ? bar.backend.languageCodes : [])
    }
    Choice {
        id: level
        none: qsTr("any level")
        enabled: language.currentIndex > 0
        implicitWidth: 100
        model: ["", "A1", "A2", "B1", "B2", "C1", "C2"]
    }
    Choice {
        id: skill
        none: qsTr("Any skill")
        implicitWidth: 190
        model: [""].concat(bar.backend ? bar.backend.skillNames : [])
    }
    Label {
        text: qsTr("Available")
        color: Theme.textMuted
        height: from.height
        verticalAlignment: Text.AlignVCenter
    }
    DateField { id: from; width: 140; placeholderText: qsTr("from") }
    DateField { id: to; width: 140; placeholderText: qsTr("to"); minimumDate: from.text }
    Button {
        text: qsTr("Clear")
        flat: true
        onClicked: bar.clear()
    }
}
