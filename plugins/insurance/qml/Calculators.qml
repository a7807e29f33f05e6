// Calculators: the lump sum to the family of an officer who died on duty
// (Police Act, Art. 91(2): at least the last six months' wages, at most the
// last ten; the funeral is paid by the police, 91(1)), and the special
// compensation of an officer who was not insured (Art. 90(2)).
//
//   backend   InsuranceBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ScrollView {
    id: view

    property QtObject backend
    property var lump: ({})
    property var owed: ({})
    contentWidth: availableWidth

    ColumnLayout {
        width: view.availableWidth
        spacing: Theme.spacing

        Label { text: qsTr("Lump sum on death on duty (Art. 91)"); font.bold: true; color: Theme.text }
        Label { text: qsTr("The last ten monthly wages, oldest first, in euros:"); color: Theme.textMuted }
        GridLayout {
            columns: 5
            Repeater {
                id: wages
                model: 10
                TextField {
                    required property int index
                    objectName: "wage" + index
                    placeholderText: qsTr("Month %1").arg(index + 1)
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Layout.preferredWidth: 130
                    onAccepted: lumpButton.clicked()
                }
            }
        }
        RowLayout {
            Button {
                id: lumpButton
                objectName: "lumpSum"
                text: qsTr("Work out")
                onClicked: {
                    const values = []
                    for (let i = 0; i < 10; ++i)
                        values.push(wages.itemAt(i).text)
                    view.lump = view.backend.lumpSum(values)
                }
            }
            Label {
                objectName: "lumpResult"
                text: view.lump.ok === undefined ? ""
                      : view.lump.ok ? qsTr("At least %1 (the last six months), at most %2 (all ten); the director general sets it. The funeral is paid by the police.").arg(view.lump.minimum).arg(view.lump.maximum)
                                     : view.lump.message
                color: view.lump.ok === false ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        Label { text: qsTr("Special compensation without insurance (Art. 90)"); font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacingLarge }
        RowLayout {
            Label { text: qsTr("Sum insured (EUR)"); color: Theme.text }
            TextField { id: sum; objectName: "compensationSum"; placeholderText: "100000.00"; Layout.preferredWidth: 150; onAccepted: owedButton.clicked() }
            ComboBox {
                id: outcome
                objectName: "compensationOutcome"
                textRole: "text"
                valueRole: "value"
                model: [{ value: "death", text: qsTr("Death") }, { value: "disability", text: qsTr("Permanent loss of the ability to work") }]
                Layout.preferredWidth: 300
            }
            Label { text: qsTr("Degree (%)"); visible: outcome.currentValue === "disability"; color: Theme.text }
            TextField { id: degree; objectName: "compensationDegree"; visible: outcome.currentValue === "disability"; Layout.preferredWidth: 80; onAccepted: owedButton.clicked() }
            Button {
                id: owedButton
                objectName: "compensation"
                text: qsTr("Work out")
                onClicked: view.owed = view.backend.compensation(sum.text, outcome.currentValue, degree.text)
            }
        }
        Label {
            objectName: "compensationResult"
            text: view.owed.ok === undefined ? "" : view.owed.ok ? qsTr("Special compensation: %1").arg(view.owed.amount) : view.owed.message
            color: view.owed.ok === false ? Theme.danger : Theme.text
        }
    }
}
