// The Home card: proposals waiting for the Minister and for the Government,
// and tours starting within the deadline without a Government decision
// (Police Act, Art. 19).
//
//   backend   ApprovalsBackend
import QtQuick
import Contingent.Ui

// Plain items and plain text: the card is on Home and keeps its first frame quick.
Column {
    id: card

    property QtObject backend

    spacing: Theme.spacing

    Repeater {
        model: [{ name: "minister", count: card.backend.waitingMinister, text: qsTr("proposal(s) waiting for the Minister", "", card.backend.waitingMinister), tone: Theme.warning },
                { name: "government", count: card.backend.waitingGovernment, text: qsTr("proposal(s) waiting for the Government", "", card.backend.waitingGovernment), tone: Theme.warning },
                { name: "soon", count: card.backend.soonUndecided, text: qsTr("tour(s) starting in the next %1 days without a decision", "", card.backend.soonUndecided).arg(card.backend.deadlineDays), tone: Theme.danger }]
        delegate: Row {
            required property var modelData
            spacing: Theme.spacing
            width: card.width
            Text {
                id: figure
                objectName: modelData.name
                text: Theme.count(modelData.count)
                color: modelData.count > 0 ? modelData.tone : Theme.textMuted
                font.pixelSize: Theme.fontHeading + 3
                font.bold: true
            }
            Text {
                anchors.baseline: figure.baseline
                width: card.width - figure.width - Theme.spacing
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.font
                text: modelData.text
            }
        }
    }
}
