// The officer's Home card: their own competency test (Police Act Art. 71) and passport,
// each with the day it lapses; lapsed or lapsing within 90 days in colour.
//
//   backend   RosterBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: card

    property QtObject backend
    readonly property var profile: card.backend.officerCount >= 0
                                   ? card.backend.profile(card.backend.ownOfficerId) : ({})
    readonly property string today: card.backend.today
    readonly property string horizon: {
        const d = new Date(Date.parse(card.today) + 90 * 86400000)
        return d.toISOString().slice(0, 10)
    }

    implicitHeight: column.implicitHeight

    /// The colour of a document that lapses on `day` ("" when none is on record).
    function tone(day) {
        return day === "" || day === undefined ? Theme.danger
             : day < card.today ? Theme.danger
             : day <= card.horizon ? Theme.warning : Theme.text
    }
    function line(day, valid, lapsed, none) {
        return day === "" || day === undefined ? none
             : (day < card.today ? lapsed : valid).arg(Theme.formatDate(day))
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            objectName: "myDocumentsTest"
            text: card.line(card.profile.competency_valid_until,
                            qsTr("Competency test valid until %1"),
                            qsTr("Competency test lapsed on %1"),
                            qsTr("No competency test on record"))
            color: card.tone(card.profile.competency_valid_until)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "myDocumentsPassport"
            text: card.line(card.profile.passport_expiry,
                            qsTr("Passport valid until %1"),
                            qsTr("Passport expired on %1"),
                            qsTr("No passport on record"))
            color: card.tone(card.profile.passport_expiry)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
