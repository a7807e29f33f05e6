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
                DateField { objectName: "startEditor"; maximumDate: "2026-11-30" }
            }
        }
    }
    Component {
        id: recheckedComponent

        // A form whose check says: the name must be at least three letters.
        FormDialog {
            id: checked

            property alias nameField: checkedName
            property int checks: 0
            recheck: () => {
                checked.checks += 1
                return checkedName.text.length >= 3 ? {} : { name: "At least three letters (" + checkedName.text.length + ")" }
            }

            FormField {
                objectName: "checkedRow"
                label: "Name"
                name: "name"
                error: checked.errors.name || ""
                TextField { id: checkedName }
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

        function openDialog(component) {
            const dialog = createTemporaryObject(component || dialogComponent, container)
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

        function test_editingAFieldClearsItsError() {
            const dialog = openDialog()
            const nameError = findChild(findChild(dialog.contentItem, "nameRow"), "formFieldError")
            const startError = findChild(findChild(dialog.contentItem, "startRow"), "formFieldError")
            dialog.errors = { name: "Name is required", start: "Start is wrong", "": "Not saved" }
            verify(nameError.visible && startError.visible)
            dialog.nameField.forceActiveFocus()
            keyClick(Qt.Key_B)
            verify(!nameError.visible, "the edited field's error goes")
            verify(startError.visible, "the other field's error stays")
            verify(!findChild(dialog.contentItem, "formDialogError").visible)
        }

        function test_recheckClearsOnlyWhenRight() {
            const dialog = openDialog(recheckedComponent)
            const error = findChild(findChild(dialog.contentItem, "checkedRow"), "formFieldError")
            dialog.nameField.forceActiveFocus()
            keyClick(Qt.Key_A)
            compare(dialog.checks, 0, "no check while no error shows")
            dialog.errors = dialog.recheck()
            compare(error.text, "At least three letters (1)")
            keyClick(Qt.Key_B)
            verify(error.visible, "still wrong: the error stays, brought up to date")
            compare(error.text, "At least three letters (2)")
            keyClick(Qt.Key_C)
            verify(!error.visible, "right now: the error goes")
            keyClick(Qt.Key_Backspace)
            verify(!error.visible, "errors are not added while typing")
        }

        function test_oneMessagePerProblem() {
            const dialog = openDialog()
            const start = findChild(dialog.contentItem, "startEditor")
            const input = findChild(start, "dateFieldInput")
            input.forceActiveFocus()
            for (const c of "2030-01-01")
                keyClick(c)
            verify(findChild(start, "dateFieldError").visible, "the field's own check speaks first")
            dialog.errors = { start: "The start is in the future" }
            const rowError = findChild(findChild(dialog.contentItem, "startRow"), "formFieldError")
            verify(rowError.visible)
            verify(!findChild(start, "dateFieldError").visible, "not a second message beside the form's")
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
