// The Home card: high-risk tours starting in the next 60 days that are not
// insured on every day (Police Act, Art. 89).
//
//   backend   InsuranceBackend
import QtQuick
import Contingent.Ui

Item {
    id: card

    property QtObject backend

    implicitHeight: column.implicitHeight

    // One line: a count and what it counts. The card is on Home, so it stays
    // light (no layouts) to keep the first frame quick.
    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing
        Text {
            objectName: "uncoveredCount"
            width: parent.width
            wrapMode: Text.WordWrap
            textFormat: Text.StyledText
            color: Theme.text
            font.pixelSize: Theme.font
            text: "<b><font size=\"6\" color=\"" + (card.backend.soonUncoveredCount > 0 ? Theme.danger : Theme.textMuted)
                  + "\">" + (card.backend.countsLoading ? "…" : Theme.count(card.backend.soonUncoveredCount)) + "</font></b>&nbsp;&nbsp;"
                  + qsTr("high-risk tour(s) starting in the next %1 days without full cover", "", card.backend.soonUncoveredCount).arg(card.backend.soonDays)
        }
    }
}
