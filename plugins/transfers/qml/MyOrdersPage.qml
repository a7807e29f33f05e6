// My transfer orders (officer role): the officer's own orders, read-only,
// with the day each is due to be handed over, and each order's PDF.
//
//   backend   TransfersBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property string status: ""

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing
        Label { text: qsTr("My transfer orders"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text }
        Label { text: page.status; visible: page.status !== ""; color: Theme.textMuted }
        OrderList {
            objectName: "myOrders"
            backend: page.backend
            orders: page.backend.revision >= 0 ? page.backend.myOrders() : []
            showTour: false
            emptyText: qsTr("You have no transfer order.")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSavePdf: order => { picker.order = order; picker.open() }
        }
    }
    FileChooser {
        id: picker
        property var order: ({})
        title: qsTr("Save the transfer order")
        saving: true
        kind: "transfer-order"
        suggestedName: "transfer-order-" + (picker.order.id || "") + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.savePdf(picker.order.id, picker.selectedFile)
            page.status = r.ok ? qsTr("Saved %1.").arg(r.path) : r.message
        }
    }
}
