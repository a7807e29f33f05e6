// The Home card: what this year's approved and paid claims add up to against
// the year's forecast, and how many claims wait for a decision. The forecast
// reads every tour of the year, so it is worked out off the window's thread:
// the card shows at once and fills in.
//
//   backend   ExpensesBackend
import QtQuick
import Contingent.Ui

// Plain items and plain text (no layouts, no rich text): the card is on Home
// and keeps its first frame quick. The big figures look like the other cards'.
Column {
    id: card

    property QtObject backend

    spacing: Theme.spacing

    Row {
        spacing: Theme.spacing
        width: card.width
        Text {
            id: spent
            objectName: "spent"
            text: card.backend.spentThisYear
            color: Theme.accent
            font.pixelSize: Theme.fontHeading + 7
            font.bold: true
        }
        Text {
            anchors.baseline: spent.baseline
            width: card.width - spent.width - Theme.spacing
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.font
            text: qsTr("spent in %1").arg(card.backend.year)
        }
    }
    Rectangle {
        width: card.width
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
        objectName: "forecast"
        width: card.width
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: card.backend.forecastThisYear === ""
              ? qsTr("The year's forecast is being worked out…")
              : qsTr("of %1 forecast for the year (Police Act, Art. 79, 93)").arg(card.backend.forecastThisYear)
    }
    Row {
        spacing: Theme.spacing
        width: card.width
        Text {
            id: waiting
            objectName: "waiting"
            text: card.backend.countsLoading ? "…" : Theme.count(card.backend.waitingCount)
            color: card.backend.waitingCount > 0 ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontHeading + 3
            font.bold: true
        }
        Text {
            anchors.baseline: waiting.baseline
            width: card.width - waiting.width - Theme.spacing
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.font
            text: qsTr("claim(s) waiting for a decision", "", card.backend.waitingCount)
        }
    }
}
