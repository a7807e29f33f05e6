// DateField: a text field for ISO dates (YYYY-MM-DD) with a month calendar.
//
// Properties: text (string, alias of the field), required (bool),
//             minimumDate, maximumDate (optional ISO strings; malformed bounds
//             are ignored), placeholderText (string).
// Read-only:  date (JS Date at local midnight, or undefined when empty/invalid),
//             valid (bool: empty and not required, or a real calendar date
//             within the bounds), errorText (string naming the problem, empty
//             when valid), check ({date, error}: the validation result).
// Writable:   touched (bool: set once the user types or picks a date; the
//             error text is shown only then; reset it to hide the error),
//             showOwnError (bool, default true: FormField turns it off while
//             the form shows its own error for the field).
// Functions:  openCalendar(), closeCalendar(), parseIso(text) -> Date|undefined,
//             isoFromDate(date) -> "YYYY-MM-DD" from local date parts.
// Keys:       Alt+Down opens the calendar; in it the arrow keys and PageUp/Down
//             move, Return picks, Escape closes.
// The calendar (objectName "dateFieldCalendar", a child of the field) is made the first
// time it opens: a page or form with date fields pays nothing for calendars nobody opens.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

FocusScope {
    id: root

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property bool required: false
    property string minimumDate
    property string maximumDate
    /// The calendar once made (openCalendar()), else null.
    property CalendarPopup calendar: null

    readonly property var date: root.check.date
    readonly property bool valid: root.check.error.length === 0
    readonly property string errorText: root.check.error
    property bool touched: false
    property bool showOwnError: true
    readonly property var check: root.validate(field.text, root.required,
                                               root.minimumDate, root.maximumDate)

    function pad(value: int, width: int): string {
        let s = String(value)
        while (s.length < width)
            s = "0" + s
        return s
    }

    function isoFromDate(value: var): string {
        return root.pad(value.getFullYear(), 4) + "-" + root.pad(value.getMonth() + 1, 2)
                + "-" + root.pad(value.getDate(), 2)
    }

    function parseIso(value: string): var {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
        if (!match)
            return undefined
        const y = Number(match[1]), m = Number(match[2]), d = Number(match[3])
        const result = new Date(2000, 0, 1)
        result.setFullYear(y, m - 1, d)
        if (result.getFullYear() !== y || result.getMonth() !== m - 1 || result.getDate() !== d)
            return undefined
        return result
    }

    function validate(value: string, isRequired: bool, minimum: string, maximum: string): var {
        if (value.length === 0)
            return { date: undefined, error: isRequired ? qsTr("A date is required.") : "" }
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
            return { date: undefined, error: qsTr("Enter the date as YYYY-MM-DD.") }
        const parsed = root.parseIso(value)
        if (parsed === undefined)
            return { date: undefined, error: qsTr("%1 is not a calendar date.").arg(value) }
        if (root.parseIso(minimum) !== undefined && value < minimum)
            return { date: undefined, error: qsTr("The date must be on or after %1.").arg(minimum) }
        if (root.parseIso(maximum) !== undefined && value > maximum)
            return { date: undefined, error: qsTr("The date must be on or before %1.").arg(maximum) }
        return { date: parsed, error: "" }
    }

    function openCalendar() {
        if (root.calendar === null)
            root.calendar = calendarComponent.createObject(root)
        const shown = root.date !== undefined ? root.date : new Date()
        root.calendar.cursor = new Date(shown.getFullYear(), shown.getMonth(), shown.getDate())
        root.calendar.open()
    }

    function closeCalendar() {
        if (root.calendar !== null)
            root.calendar.close()
    }

    function pick(value: var) {
        field.text = root.isoFromDate(value)
        root.touched = true
        root.closeCalendar()
    }

    implicitWidth: layout.implicitWidth
    implicitHeight: layout.implicitHeight

    ColumnLayout {
        id: layout

        anchors.fill: parent
        spacing: 2

        RowLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            TextField {
                id: field

                objectName: "dateFieldInput"
                focus: true
                Layout.fillWidth: true
                implicitWidth: 130
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.description: root.errorText
                onTextEdited: root.touched = true
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier)) {
                        root.openCalendar()
                        event.accepted = true
                    }
                }
            }

            Button {
                objectName: "dateFieldButton"
                text: "\u2026"
                implicitWidth: implicitHeight
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Choose date")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Choose date")
                onClicked: root.calendar !== null && root.calendar.opened ? root.closeCalendar()
                                                                          : root.openCalendar()
            }
        }

        Label {
            objectName: "dateFieldError"
            Layout.fillWidth: true
            visible: root.showOwnError && root.touched && !root.valid
            text: root.errorText
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    Component {
        id: calendarComponent

        CalendarPopup {
            objectName: "dateFieldCalendar"
            y: field.height + 2
            selectedIso: root.valid ? field.text : ""
            onPicked: (value) => root.pick(value)
            onClosed: field.forceActiveFocus()
        }
    }
}
