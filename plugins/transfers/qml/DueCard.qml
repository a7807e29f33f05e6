// The Home card: transfer orders to hand over in the next days, and those
// whose deadline has passed (Police Act, Art. 77(3)); "…" while a big store's are counted.
//
//   backend   TransfersBackend
import QtQuick
import Contingent.Ui

Item {
    id: card

    property QtObject backend

    implicitHeight: column.implicitHeight

    // Two lines of text, each a count and what it counts: the card is on
    // Home, so it stays light (no layouts) to keep the first frame quick.
    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing
        Text {
            objectName: "dueCount"
            width: parent.width
            textFormat: Text.StyledText
            color: Theme.text
            font.pixelSize: Theme.font
            text: "<b><font size=\"6\" color=\"" + Theme.warning + "\">" + (card.backend.countsLoading ? "…" : Theme.count(card.backend.dueCount))
                  + "</font></b>&nbsp;&nbsp;" + qsTr("order(s) to hand over this week", "", card.backend.dueCount)
        }
        Text {
            objectName: "overdueCount"
            width: parent.width
            textFormat: Text.StyledText
            color: Theme.text
            font.pixelSize: Theme.font
            text: "<b><font size=\"6\" color=\"" + (card.backend.overdueCount > 0 ? Theme.danger : Theme.textMuted)
                  + "\">" + (card.backend.countsLoading ? "…" : Theme.count(card.backend.overdueCount)) + "</font></b>&nbsp;&nbsp;"
                  + qsTr("order(s) past their hand-over deadline", "", card.backend.overdueCount)
        }
    }
}
