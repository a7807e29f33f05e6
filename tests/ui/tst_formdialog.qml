import QtQuick
import QtQuick.Controls
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 640
    height: 480

    Component {
        id: dialogComponent

        FormDialog {
            id: dialog

            title: "Officer"
            property alias nameField: nameEditor

            FormField {
                objectName: "nameRow"
                label: "Name"
                name: "name"
                required: true
                error: dialog.errors.name || ""
                TextField { id: nameEditor; objectName: "nameEditor" }
            }

            FormField {
                objectName: "startRow"
                label: "Start"
                name: "start"
                error: dialog.errors.start || ""
                DateField { objectName: "startEditor" }
            }
        }
    }

    SignalSpy { id: submittedSpy; signalName: "submitted" }
    SignalSpy { id: cancelledSpy; signalName: "cancelled" }

    TestCase {
        name: "FormDialog"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function openDialog() {
            const dialog = createTemporaryObject(dialogComponent, container)
            submittedSpy.target = dialog
            submittedSpy.clear()
            cancelledSpy.target = dialog
            cancelledSpy.clear()
            dialog.open()
            tryVerify(() => dialog.opened)
            return dialog
        }

        function test_errorsPerField() {
            const dialog = openDialog()
            const nameRow = findChild(dialog.contentItem, "nameRow")
            const startRow = findChild(dialog.contentItem, "startRow")
            verify(nameRow)
            verify(!findChild(nameRow, "formFieldError").visible)
            compare(findChild(nameRow, "formFieldLabel").text, "Name *")
            compare(findChild(startRow, "formFieldLabel").text, "Start")

            dialog.errors = { name: "Name is required", "": "Could not save the officer" }
            const nameError = findChild(nameRow, "formFieldError")
            verify(nameError.visible)
            compare(nameError.text, "Name is required")
            compare(nameError.color, Theme.danger)
            compare(dialog.nameField.Accessible.description, "Name is required")
            verify(!findChild(startRow, "formFieldError").visible)
            const formError = findChild(dialog.contentItem, "formDialogError")
            verify(formError.visible)
            compare(formError.text, "Could not save the officer")

            dialog.errors = {}
            verify(!nameError.visible)
            verify(!formError.visible)
        }

        function test_ctrlReturnSubmitsWithoutClosing() {
            const dialog = openDialog()
            dialog.nameField.forceActiveFocus()
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            compare(submittedSpy.count, 1)
            verify(dialog.opened)
            dialog.close()
            tryVerify(() => !dialog.visible)
            compare(cancelledSpy.count, 0)
        }

        function test_acceptButtonSubmitsAndBusyDisables() {
            const dialog = openDialog()
            const accept = findChild(dialog.footer, "formDialogAccept")
            compare(accept.text, "Save")
            mouseClick(accept)
            compare(submittedSpy.count, 1)
            verify(dialog.visible)
            dialog.busy = true
            verify(!accept.enabled)
            verify(!findChild(dialog.footer, "formDialogCancel").enabled)
            dialog.nameField.forceActiveFocus()
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            compare(submittedSpy.count, 1)
        }

        function test_escapeCancels() {
            const dialog = openDialog()
            dialog.nameField.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            compare(cancelledSpy.count, 1)
            tryVerify(() => !dialog.visible)
        }

        function test_cancelButton() {
            const dialog = openDialog()
            mouseClick(findChild(dialog.footer, "formDialogCancel"))
            compare(cancelledSpy.count, 1)
            tryVerify(() => !dialog.visible)
            compare(submittedSpy.count, 0)
        }

        function test_escapeInCalendarClosesOnlyCalendar() {
            const dialog = openDialog()
            const start = findChild(dialog.contentItem, "startEditor")
            findChild(start, "dateFieldInput").forceActiveFocus()
            keyClick(Qt.Key_Down, Qt.AltModifier)
            const calendar = findChild(start, "dateFieldCalendar")
            tryVerify(() => calendar.opened)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !calendar.visible)
            verify(dialog.opened)
            compare(cancelledSpy.count, 0)
        }
    }
}
