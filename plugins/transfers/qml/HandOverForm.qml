// HandOverForm: records the day a transfer order was handed to the officer
// (Police Act, Art. 77(3): at least seven days before duty). A late day is
// recorded too, and reported by the checks.
//
//   backend   TransfersBackend
//   openFor(order)  order: {id, number, firstDay, deadline}
//   saved()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var order: ({})
    signal saved()

    function openFor(o) {
        dialog.order = o
        dialog.errors = ({})
        day.text = dialog.backend.today
        dialog.open()
        day.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 40 : 460)
    title: qsTr("Hand over order %1").arg(dialog.order.number || ("#" + dialog.order.id))
    acceptText: qsTr("Record")

    onSubmitted: {
        const result = dialog.backend.handOver(dialog.order.id, day.text)
        if (result.ok) {
            dialog.close()
            dialog.saved()
        } else {
            dialog.errors = result.errors
        }
    }

    Label {
        text: qsTr("Duty starts on %1; the order is due by %2.").arg(dialog.order.firstDay || "").arg(dialog.order.deadline || "")
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    FormField {
        label: qsTr("Handed over on"); name: "date"; required: true
        error: dialog.errors.date || ""
        DateField { id: day; objectName: "handOverDay"; required: true; maximumDate: dialog.backend ? dialog.backend.today : "" }
    }
}
