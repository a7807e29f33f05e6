import QtQuick
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 400
    height: 400

    Component {
        id: fieldComponent
        DateField { x: 10; y: 10; width: 220 }
    }

    TestCase {
        name: "DateField"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function test_validation_data() {
            return [
                { tag: "empty optional", text: "", required: false, valid: true },
                { tag: "empty required", text: "", required: true, valid: false },
                { tag: "leap day 2024", text: "2024-02-29", required: false, valid: true },
                { tag: "no leap day 2023", text: "2023-02-29", required: false, valid: false },
                { tag: "30 February", text: "2023-02-30", required: false, valid: false },
                { tag: "month 13", text: "2023-13-01", required: false, valid: false },
                { tag: "month 0", text: "2023-00-10", required: false, valid: false },
                { tag: "unpadded", text: "2023-2-3", required: false, valid: false },
                { tag: "31 April", text: "2023-04-31", required: false, valid: false },
                { tag: "new year's eve", text: "1999-12-31", required: true, valid: true },
                { tag: "trailing garbage", text: "2023-01-01x", required: false, valid: false },
                { tag: "german format", text: "01.02.2023", required: false, valid: false }
            ]
        }

        function test_validation(data) {
            const field = createTemporaryObject(fieldComponent, container,
                                                { text: data.text, required: data.required })
            compare(field.valid, data.valid)
            compare(field.errorText.length === 0, data.valid)
            if (data.valid && data.text.length > 0) {
                compare(field.date.getFullYear(), Number(data.text.substr(0, 4)))
                compare(field.date.getMonth() + 1, Number(data.text.substr(5, 2)))
                compare(field.date.getDate(), Number(data.text.substr(8, 2)))
            } else {
                compare(field.date, undefined)
            }
        }

        function test_bounds() {
            const field = createTemporaryObject(fieldComponent, container, {
                minimumDate: "2020-01-01", maximumDate: "2020-12-31", text: "2019-12-31" })
            verify(!field.valid)
            verify(field.errorText.indexOf("2020-01-01") >= 0)
            field.text = "2021-01-01"
            verify(!field.valid)
            verify(field.errorText.indexOf("2020-12-31") >= 0)
            field.text = "2020-06-15"
            verify(field.valid)
            field.minimumDate = "garbage"
            field.text = "1990-01-01"
            verify(field.valid)
        }

        function test_errorShownOnlyAfterEditing() {
            const field = createTemporaryObject(fieldComponent, container, { required: true })
            const error = findChild(field, "dateFieldError")
            verify(!field.valid)
            verify(!error.visible)
            const input = findChild(field, "dateFieldInput")
            input.forceActiveFocus()
            keyClick(Qt.Key_2)
            verify(field.touched)
            verify(error.visible)
            compare(error.text, field.errorText)
            compare(error.color, Theme.danger)
        }

        function test_isoFromDateUsesLocalParts() {
            const field = createTemporaryObject(fieldComponent, container)
            compare(field.isoFromDate(new Date(2024, 0, 1, 0, 30)), "2024-01-01")
            compare(field.isoFromDate(new Date(2024, 11, 31, 23, 59)), "2024-12-31")
        }

        function test_calendarClickSetsIsoText() {
            const field = createTemporaryObject(fieldComponent, container, { text: "2024-02-10" })
            compare(findChild(field, "dateFieldCalendar"), null) // made on first open
            compare(field.calendar, null)
            mouseClick(findChild(field, "dateFieldButton"))
            const calendar = findChild(field, "dateFieldCalendar")
            verify(calendar)
            compare(field.calendar, calendar)
            tryVerify(() => calendar.opened)
            compare(calendar.month, 1)
            compare(calendar.year, 2024)
            const day = findChild(calendar.contentItem, "day-2024-02-29")
            verify(day)
            mouseClick(day)
            compare(field.text, "2024-02-29")
            verify(field.valid)
            tryVerify(() => !calendar.visible)
        }

        function test_calendarMonthNavigation() {
            const field = createTemporaryObject(fieldComponent, container, { text: "2023-12-31" })
            field.openCalendar()
            const calendar = findChild(field, "dateFieldCalendar")
            tryVerify(() => calendar.opened)
            mouseClick(findChild(calendar.contentItem, "calendarNext"))
            compare(calendar.month, 0)
            compare(calendar.year, 2024)
            compare(calendar.cursor.getDate(), 31)
            mouseClick(findChild(calendar.contentItem, "calendarNext"))
            compare(calendar.month, 1)
            compare(calendar.cursor.getDate(), 29)
            mouseClick(findChild(calendar.contentItem, "calendarPrevious"))
            mouseClick(findChild(calendar.contentItem, "calendarPrevious"))
            compare(calendar.month, 11)
            compare(calendar.year, 2023)
            const title = findChild(calendar.contentItem, "calendarTitle")
            verify(title.text.indexOf("2023") >= 0)
            mouseClick(findChild(calendar.contentItem, "day-2023-12-05"))
            compare(field.text, "2023-12-05")
        }

        function test_altDownOpensEscapeCloses() {
            const field = createTemporaryObject(fieldComponent, container, { text: "2022-05-20" })
            findChild(field, "dateFieldInput").forceActiveFocus()
            keyClick(Qt.Key_Down, Qt.AltModifier)
            const calendar = findChild(field, "dateFieldCalendar")
            tryVerify(() => calendar.opened)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !calendar.visible)
            compare(field.text, "2022-05-20")
            // Opened again: the same calendar, kept, not a second one.
            keyClick(Qt.Key_Down, Qt.AltModifier)
            tryVerify(() => calendar.opened)
            compare(field.calendar, calendar)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !calendar.visible)
        }

        function test_calendarKeyboard() {
            const field = createTemporaryObject(fieldComponent, container, { text: "2022-05-20" })
            findChild(field, "dateFieldInput").forceActiveFocus()
            keyClick(Qt.Key_Down, Qt.AltModifier)
            const calendar = findChild(field, "dateFieldCalendar")
            tryVerify(() => calendar.opened)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(field.text, "2022-05-28")
            tryVerify(() => !calendar.visible)
        }
    }
}
