// ExposureView: the high-risk tours still to serve without cover on every
// day, and the special compensation Police Act Art. 90 would make the police
// owe: 100% of the reference sum insured on death, the degree of the loss of
// it on a permanent loss of the ability to work. Admins set the reference sum.
//
//   backend   InsuranceBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: view

    property QtObject backend
    readonly property var exposure: view.backend.revision >= 0 ? view.backend.exposure() : ({})
    property string message: ""

    spacing: Theme.spacing

    Label {
        objectName: "exposureTotals"
        text: qsTr("%n high-risk tour(s) without full cover", "", view.exposure.count || 0) + " · "
              + qsTr("%n uncovered day(s)", "", view.exposure.uncoveredDays || 0)
        font.bold: true
        color: (view.exposure.count || 0) > 0 ? Theme.danger : Theme.success
    }
    Label {
        text: qsTr("Owed on death (Art. 90): %1 in all, %2 each. On a permanent loss of the ability to work: the degree of the loss times %2.")
              .arg(view.exposure.totalOnDeath || "").arg(view.exposure.reference || "")
        wrapMode: Text.WordWrap
        color: Theme.text
        Layout.fillWidth: true
    }
    RowLayout {
        visible: view.backend.isAdmin
        Label { text: qsTr("Reference sum insured (EUR)"); color: Theme.text }
        TextField { id: reference; objectName: "referenceSum"; text: view.exposure.referenceAmount || ""; Layout.preferredWidth: 160; onAccepted: save.clicked() }
        Button {
            id: save
            text: qsTr("Set")
            onClicked: {
                const r = view.backend.setReference(reference.text)
                view.message = r.ok ? qsTr("Reference sum saved.") : r.message
            }
        }
        Label { text: view.message; color: Theme.textMuted }
    }
    ListView {
        id: list
        objectName: "exposureList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: view.exposure.tours || []
        ScrollBar.vertical: ScrollBar {}
        delegate: ListRow {
            required property var modelData
            width: ListView.view.width
            contentItem: ColumnLayout {
                spacing: 0
                Label { text: modelData.officer + " (" + modelData.serviceNumber + ") · " + modelData.mission + " · " + modelData.firstDay + " – " + modelData.lastDay; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    text: qsTr("Tour %1: uncovered from %2, %n day(s)", "", modelData.uncoveredDays).arg(modelData.id).arg(modelData.firstUncovered)
                          + " · " + qsTr("owed on death %1").arg(modelData.onDeath)
                    color: Theme.danger; font.pixelSize: Theme.fontSmall
                }
            }
        }
        EmptyState { anchors.centerIn: parent; visible: list.count === 0; text: qsTr("Every high-risk day is covered.") }
    }
}
