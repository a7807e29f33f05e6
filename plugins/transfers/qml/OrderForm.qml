// OrderForm: a new or changed transfer order for one tour (Police Act,
// Art. 77): its number, first and last day (within the tour), and the day it
// was handed over when it already was.
//
//   backend   TransfersBackend
//   openFor(tour, order)  tour: {id, officer, mission, firstDay, lastDay};
//                         order: an order to change, or nothing for a new one
//   saved()               after the order is stored
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var tour: ({})
    property var order: ({})
    signal saved()

    function openFor(t, o) {
        dialog.tour = t
        dialog.order = o || ({})
        dialog.errors = ({})
        number.text = dialog.order.number || ""
        first.text = dialog.order.firstDay || t.firstDay || ""
        last.text = dialog.order.lastDay || t.lastDay || ""
        handed.text = dialog.order.handedOn || ""
        dialog.open()
        number.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    title: (dialog.order.id ? qsTr("Change transfer order: %1, %2") : qsTr("New transfer order: %1, %2"))
           .arg(dialog.tour.officer || "").arg(dialog.tour.mission || "")

    onSubmitted: {
        const result = dialog.backend.addOrder({ id: dialog.order.id || 0, tour: dialog.tour.id, number: number.text,
                                                 firstDay: first.text, lastDay: last.text,
                                                 handedOn: handed.text })
        if (result.ok) {
            dialog.close()
            dialog.saved()
        } else {
            dialog.errors = result.errors
        }
    }

    FormField {
        label: qsTr("Order number"); name: "number"
        error: dialog.errors.number || ""
        TextField { id: number; objectName: "orderNumber"; placeholderText: qsTr("e.g. 094-12/2025") }
    }
    FormField {
        label: qsTr("First day of duty"); name: "firstDay"; required: true
        error: dialog.errors.firstDay || ""
        DateField { id: first; objectName: "orderFirst"; required: true
                    minimumDate: dialog.tour.firstDay || ""; maximumDate: dialog.tour.lastDay || "" }
    }
    FormField {
        label: qsTr("Last day (at most six months, Art. 77)"); name: "lastDay"; required: true
        error: dialog.errors.lastDay || ""
        DateField { id: last; objectName: "orderLast"; required: true
                    minimumDate: dialog.tour.firstDay || ""; maximumDate: dialog.tour.lastDay || "" }
    }
    FormField {
        label: qsTr("Handed to the officer on (empty: not yet)"); name: "handedOn"
        error: dialog.errors.handedOn || ""
        DateField { id: handed; objectName: "orderHanded"; maximumDate: dialog.backend ? dialog.backend.today : "" }
    }
}
