// CalendarPopup: a month calendar in a Popup, used by DateField.
//
// Properties: cursor (JS Date, local midnight: the highlighted day; its month
//             is the one shown), selectedIso (string "YYYY-MM-DD" marked as
//             the current value, may be empty).
// Read-only:  month (0-11), year: the month shown.
// Signals:    picked(var date) with a local-midnight JS Date.
// Functions:  showMonth(offset) moves the shown month by offset months;
//             moveCursor(days) moves the highlighted day.
// Keys:       arrows move by a day or a week, PageUp/PageDown by a month,
//             Return/Enter/Space pick, Escape closes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Popup {
    id: root

    property var cursor: new Date()
    property string selectedIso
    readonly property int month: root.cursor.getMonth()
    readonly property int year: root.cursor.getFullYear()

    signal picked(var date)

    function isoOf(y: int, m: int, d: int): string {
        return String(y).padStart(4, "0") + "-" + String(m + 1).padStart(2, "0")
                + "-" + String(d).padStart(2, "0")
    }

    function showMonth(offset: int) {
        const target = new Date(root.year, root.month + offset, 1)
        const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate()
        root.cursor = new Date(target.getFullYear(), target.getMonth(),
                               Math.min(root.cursor.getDate(), last))
    }

    function moveCursor(days: int) {
        root.cursor = new Date(root.cursor.getFullYear(), root.cursor.getMonth(),
                               root.cursor.getDate() + days)
    }

    modal: false
    focus: true
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent

    ColumnLayout {
        spacing: Theme.spacingSmall
        focus: true

        Keys.onPressed: (event) => {
            switch (event.key) {
            case Qt.Key_Left: root.moveCursor(-1); break
            case Qt.Key_Right: root.moveCursor(1); break
            case Qt.Key_Up: root.moveCursor(-7); break
            case Qt.Key_Down: root.moveCursor(7); break
            case Qt.Key_PageUp: root.showMonth(-1); break
            case Qt.Key_PageDown: root.showMonth(1); break
            case Qt.Key_Return:
            case Qt.Key_Enter:
            case Qt.Key_Space: root.picked(root.cursor); break
            default: return
            }
            event.accepted = true
        }

        RowLayout {
            Layout.fillWidth: true

            ToolButton {
                objectName: "calendarPrevious"
                text: "\u2039"
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Previous month")
                onClicked: root.showMonth(-1)
            }

            Label {
                objectName: "calendarTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: qsTr("%1 %2").arg(Qt.locale().standaloneMonthName(root.month))
                                   .arg(root.year)
            }

            ToolButton {
                objectName: "calendarNext"
                text: "\u203a"
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Next month")
                onClicked: root.showMonth(1)
            }
        }

        DayOfWeekRow {
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
        }

        MonthGrid {
            id: grid

            objectName: "calendarGrid"
            Layout.fillWidth: true
            month: root.month
            year: root.year
            spacing: 2

            delegate: AbstractButton {
                id: day

                required property var model
                readonly property string iso: root.isoOf(day.model.year, day.model.month,
                                                         day.model.day)
                readonly property bool inMonth: day.model.month === root.month
                readonly property bool isCursor:
                    day.iso === root.isoOf(root.year, root.month, root.cursor.getDate())

                objectName: "day-" + day.iso
                implicitWidth: 30
                implicitHeight: 26
                focusPolicy: Qt.NoFocus
                Accessible.name: day.iso
                onClicked: root.picked(new Date(day.model.year, day.model.month, day.model.day))

                background: Rectangle {
                    radius: Theme.radius
                    color: day.iso === root.selectedIso ? Theme.accent
                         : day.isCursor ? Theme.accentSoft
                         : day.hovered ? Theme.surfaceAlt : "transparent"
                    border.color: day.model.today ? Theme.accent : "transparent"
                }

                contentItem: Text {
                    text: day.model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.font
                    color: day.iso === root.selectedIso ? Theme.accentText
                         : day.inMonth ? Theme.text : Theme.textMuted
                    opacity: day.inMonth ? 1 : 0.5
                }
            }
        }
    }
}
