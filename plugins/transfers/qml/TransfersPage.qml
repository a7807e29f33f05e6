// Transfers: the transfer orders of each tour (Police Act, Art. 77). "Tours"
// lists the tours still ahead or running with how many days no order covers;
// the chosen tour's orders show their hand-over deadline, and planners add an
// order, record a hand-over, or apply the split proposal. "Due" lists the
// orders to hand over within the notice period and those overdue. "Rules"
// shows the limits in force from each day; admins add a new set.
//
//   backend   TransfersBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property var tour: ({})
    property string status: ""
    property bool failed: false
    /// The tours are asked for once the window has shown its first frame, then after each
    /// change and each edit of the filter (a big store's are read on a worker); the orders due
    /// when their tab is first shown. The page comes up at once, with a busy indicator,
    /// however big the store (issue #16).
    readonly property alias framed: firstFrame.shown
    readonly property var tourList: page.framed ? page.backend.tourList : []
    function reload() {
        if (page.framed)
            page.backend.listTours(filter.text)
    }
    onFramedChanged: page.reload()
    Connections {
        target: page.backend
        function onChanged() { page.reload() }
    }
    /// True once the Due tab has been shown: its list is read from then on.
    property bool dueShown: false

    FirstFrame { id: firstFrame }
    readonly property var orderList: page.backend.revision >= 0 && page.tour.id ? page.backend.orders(page.tour.id) : []
    readonly property var proposal: page.backend.revision >= 0 && page.tour.id ? page.backend.proposal(page.tour.id) : []

    function focusFilter() { filter.forceActiveFocus() }
    function report(result, okText) {
        page.failed = !result.ok
        page.status = result.ok ? okText : (result.message || "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Transfer orders"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text; Layout.fillWidth: true }
            FileChooserButton { text: qsTr("Import…"); visible: page.backend.canEdit; chooser: importPicker }
            FileChooserButton { text: qsTr("Export…"); chooser: exportPicker }
        }
        Label { text: page.status; visible: page.status !== ""; color: page.failed ? Theme.danger : Theme.success; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Tours"); objectName: "toursTab" }
            TabButton { text: page.backend.countsLoading ? qsTr("Due (…)") : qsTr("Due (%1)").arg(page.backend.dueCount + page.backend.overdueCount); objectName: "dueTab" }
            TabButton { text: qsTr("Rules"); objectName: "rulesTab" }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                spacing: Theme.spacingLarge
                ColumnLayout {
                    Layout.preferredWidth: 420
                    Layout.fillHeight: true
                    TextField { id: filter; objectName: "tourFilter"; placeholderText: qsTr("Filter by officer, service number, mission or tour id (Ctrl+F)"); Layout.fillWidth: true; onTextChanged: page.reload() }
                    ListView {
                        id: tourView
                        objectName: "tourList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.tourList
                        BusyIndicator {
                            anchors.centerIn: parent
                            running: !page.framed || page.backend.toursLoading
                            visible: running
                        }
                        keyNavigationEnabled: true
                        focus: true
                        onCurrentIndexChanged: page.tour = currentIndex >= 0 && currentIndex < count ? page.tourList[currentIndex] : ({})
                        delegate: ListRow {
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            highlighted: ListView.isCurrentItem
                            onClicked: { tourView.currentIndex = index; tourView.forceActiveFocus() }
                            contentItem: ColumnLayout {
                                spacing: 0
                                Label { text: modelData.officer + " (" + modelData.serviceNumber + ") · " + modelData.mission; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                                Label {
                                    text: qsTr("Tour %1: %2 – %3").arg(modelData.id).arg(modelData.firstDay).arg(modelData.lastDay)
                                          + (modelData.uncovered > 0 ? " · " + qsTr("%n day(s) without an order", "", modelData.uncovered) : "")
                                    color: modelData.uncovered > 0 ? Theme.danger : Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                        EmptyState { anchors.centerIn: parent; visible: tourView.count === 0; text: qsTr("No tour ahead or running matches.") }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: page.tour.id !== undefined
                    Label { text: (page.tour.officer || "") + " · " + (page.tour.mission || "") + " · " + (page.tour.firstDay || "") + " – " + (page.tour.lastDay || ""); font.bold: true; color: Theme.text }
                    RowLayout {
                        visible: page.backend.canEdit
                        Button { text: qsTr("Add order…"); objectName: "addOrder"; onClicked: orderForm.get().openFor(page.tour) }
                        Button {
                            text: qsTr("Apply split (%n order(s))", "", page.proposal.length)
                            objectName: "applySplit"
                            enabled: page.proposal.length > 0
                            onClicked: page.report(page.backend.applySplit(page.tour.id), qsTr("Orders added."))
                        }
                    }
                    Repeater {
                        model: page.proposal
                        Label {
                            required property var modelData
                            text: qsTr("Proposed: %1 – %2, to hand over by %3").arg(modelData.firstDay).arg(modelData.lastDay).arg(modelData.deadline)
                            color: Theme.info
                        }
                    }
                    OrderList { backend: page.backend; orders: page.orderList; canChange: true; Layout.fillWidth: true; Layout.fillHeight: true
                                onHandOver: order => handOverForm.get().openFor(order); onChange: order => orderForm.get().openFor(page.tour, order)
                                onSavePdf: order => { pdfPicker.order = order; pdfPicker.open() } }
                }
            }
            OrderList {
                objectName: "dueList"
                backend: page.backend
                orders: page.dueShown && page.backend.revision >= 0 ? page.backend.due() : []
                onVisibleChanged: if (visible) page.dueShown = true
                showTour: true
                emptyText: qsTr("No order is due for hand-over.")
                onHandOver: order => handOverForm.get().openFor(order)
                onSavePdf: order => { pdfPicker.order = order; pdfPicker.open() }
            }
            ColumnLayout {
                Button { text: qsTr("New limits…"); objectName: "newRuleSet"; visible: page.backend.isAdmin; onClicked: ruleSetForm.get().openFor() }
                Repeater {
                    model: page.backend.revision >= 0 ? page.backend.ruleSets() : []
                    Label {
                        required property var modelData
                        text: qsTr("From %1: an order lasts at most %2 months (Art. 77(1)-(2)) and is handed over at least %3 days before duty (Art. 77(3)).")
                              .arg(modelData.validFrom).arg(modelData.maxMonths).arg(modelData.noticeDays)
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    // Forms are made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: orderForm
        component: OrderForm { backend: page.backend; onSaved: page.report({ ok: true }, qsTr("Order saved.")) }
    }
    Lazy {
        id: handOverForm
        component: HandOverForm { backend: page.backend; onSaved: page.report({ ok: true }, qsTr("Hand-over recorded.")) }
    }
    Lazy {
        id: ruleSetForm
        component: RuleSetForm { backend: page.backend; onSaved: page.report({ ok: true }, qsTr("Limits saved.")) }
    }
    FileChooser {
        id: pdfPicker
        property var order: ({})
        objectName: "orderPdfPicker"
        title: qsTr("Save the transfer order")
        saving: true
        kind: "transfer-order"
        suggestedName: "transfer-order-" + (pdfPicker.order.id || "") + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.savePdf(pdfPicker.order.id, pdfPicker.selectedFile)
            page.report(r, qsTr("Saved %1.").arg(r.path))
        }
    }
    FileChooser {
        id: importPicker
        title: qsTr("Import transfer orders")
        kind: "transfers"
        nameFilters: [qsTr("Order files (*.xlsx *.csv *.json)")]
        onAccepted: {
            const r = page.backend.importFile(importPicker.selectedFile)
            page.report(r, qsTr("Imported: %1 added, %2 updated.").arg(r.added).arg(r.updated))
            if (!r.ok && r.text)
                page.status = r.message + "\n" + r.text
        }
    }
    FileChooser {
        id: exportPicker
        title: qsTr("Export the transfer orders")
        saving: true
        kind: "transfers"
        suggestedName: "transfer-orders-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = page.backend.exportFile(exportPicker.selectedFile, exportPicker.selectedFormat)
            page.report(r, qsTr("Exported the orders to %1.").arg(r.path))
        }
    }
}
