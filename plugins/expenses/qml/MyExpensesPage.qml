// My expenses: an officer's own tours, what each will cost by the rules, and
// their claims; they submit new claims with the receipt and withdraw one
// while it waits. Nobody else's tours or claims are shown.
//
//   backend   ExpensesBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property string status: ""
    property bool failed: false

    function focusFilter() { tours.focusFilter() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing
        Label { text: qsTr("My expenses"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text }
        Label { text: qsTr("What your tours will cost by the rules (Police Act, Art. 79 and 93), and your claims. Choose a tour, then \"New claim…\"."); color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label { objectName: "status"; text: page.status; visible: page.status !== ""; color: page.failed ? Theme.danger : Theme.success; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TourExpenses {
            id: tours
            backend: page.backend
            Layout.fillWidth: true
            Layout.fillHeight: true
            onReported: (result, okText) => { page.failed = !result.ok; page.status = result.ok ? okText : (result.message || "") }
        }
    }
}
