// ClaimForm: a new claim for one tour: its category, day, amount in euros, a
// description and, where there is one, the receipt (a PDF, JPEG or PNG of at
// most 10 MB). A per-day item (separated living, daily allowance, danger
// bonus) falls within the tour; no claim is for a day after today.
//
//   backend   ExpensesBackend
//   openFor(tourId, title, firstDay, lastDay)
//   saved(id)  after the claim is stored
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: form

    property QtObject backend
    signal saved(int id)

    function openFor(id, title, first, last) { dialog.openFor(id, title, first, last) }

FormDialog {
    id: dialog

    property QtObject backend: form.backend
    property int tourId: 0
    property string tourTitle: ""
    property string firstDay: ""
    property string lastDay: ""
    property url receipt: ""
    readonly property var categoryList: dialog.backend.categories()

    function openFor(id, title, first, last) {
        dialog.tourId = id
        dialog.tourTitle = title || ""
        dialog.firstDay = first || ""
        dialog.lastDay = last || ""
        dialog.errors = ({})
        dialog.receipt = ""
        category.currentIndex = 0
        day.text = dialog.backend.today < dialog.lastDay ? dialog.backend.today : dialog.lastDay
        amount.text = ""
        description.text = ""
        dialog.open()
        category.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    title: qsTr("New claim")
    acceptText: qsTr("Submit")

    onSubmitted: {
        const result = dialog.backend.submitClaim({ deployment: dialog.tourId, category: category.currentValue,
                                                    date: day.text, amount: amount.text,
                                                    description: description.text, receipt: dialog.receipt })
        if (result.ok) {
            dialog.close()
            form.saved(result.id)
        } else {
            dialog.errors = Object.keys(result.errors).length ? result.errors : { "": result.message }
        }
    }

    Label { text: dialog.tourTitle; color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideRight }
    FormField {
        label: qsTr("Category"); name: "category"; required: true
        error: dialog.errors.category || ""
        ComboBox { id: category; objectName: "claimCategory"; model: dialog.categoryList; textRole: "name"; valueRole: "key" }
    }
    FormField {
        label: (category.currentIndex >= 0 && dialog.categoryList[category.currentIndex].perDay) ? qsTr("Date (within the tour, %1 – %2)").arg(dialog.firstDay).arg(dialog.lastDay) : qsTr("Date"); name: "date"; required: true
        error: dialog.errors.date || ""
        DateField { id: day; objectName: "claimDate"; required: true; maximumDate: dialog.backend.today }
    }
    FormField {
        label: qsTr("Amount (EUR)"); name: "amount"; required: true
        error: dialog.errors.amount || ""
        TextField { id: amount; objectName: "claimAmount"; placeholderText: "120.50"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
    }
    FormField {
        label: qsTr("Description"); name: "description"
        error: dialog.errors.description || ""
        TextField { id: description; objectName: "claimDescription"; placeholderText: qsTr("e.g. flight Ljubljana – Pristina") }
    }
    FormField {
        label: qsTr("Receipt (PDF, JPEG or PNG, at most 10 MB)"); name: "receipt"
        error: dialog.errors.receipt || ""
        RowLayout {
            Label { objectName: "receiptName"; text: dialog.receipt.toString() ? dialog.receipt.toString().replace(/^.*\//, "") : qsTr("none"); color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
            FileChooserButton { text: qsTr("Choose…"); chooser: receiptPicker }
            Button { text: qsTr("Clear"); visible: dialog.receipt.toString() !== ""; onClicked: dialog.receipt = "" }
        }
    }
}

    FileChooser {
        id: receiptPicker
        title: qsTr("The receipt")
        kind: "expenses-receipt"
        nameFilters: [qsTr("Receipts (*.pdf *.jpg *.jpeg *.png)")]
        onAccepted: dialog.receipt = receiptPicker.selectedFile
    }
}
