// The Home card: what this year's approved and paid claims add up to against
// the year's forecast, and how many claims wait for a decision. The forecast
// reads every tour of the year, so it is worked out off the window's thread:
// the card shows at once and fills in.
//
//   backend   ExpensesBackend
import QtQuick
import Contingent.Ui

Item {
    id: card

    property QtObject backend

    implicitHeight: column.implicitHeight

    // Plain items, no layouts: the card is on Home and keeps its first frame quick.
    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing
        Text {
            objectName: "spent"
            width: parent.width
            wrapMode: Text.WordWrap
            textFormat: Text.StyledText
            color: Theme.text
            font.pixelSize: Theme.font
            text: "<b><font size=\"5\">" + card.backend.spentThisYear + "</font></b>&nbsp;&nbsp;"
                  + (card.backend.forecastThisYear === ""
                     ? qsTr("spent in %1; the forecast is being worked out…").arg(card.backend.year)
                     : qsTr("spent in %1 of %2 forecast").arg(card.backend.year).arg(card.backend.forecastThisYear))
        }
        Rectangle {
            width: parent.width
            height: 8
            radius: 4
            color: Theme.neutralSoft
            Rectangle {
                objectName: "spentBar"
                height: parent.height
                radius: 4
                width: parent.width * Math.min(1, card.backend.spentShare)
                color: card.backend.spentShare > 1 ? Theme.danger : Theme.accent
            }
        }
        Text {
            objectName: "waiting"
            width: parent.width
            wrapMode: Text.WordWrap
            textFormat: Text.StyledText
            color: Theme.text
            font.pixelSize: Theme.font
            text: "<b><font color=\"" + (card.backend.waitingCount > 0 ? Theme.warning : Theme.textMuted) + "\">"
                  + card.backend.waitingCount + "</font></b>&nbsp;&nbsp;" + qsTr("claim(s) waiting for a decision")
        }
    }
}
