// ListRow: a row of a list whose content is drawn in the theme's colours (dark text on the
// page). The chosen row is tinted with the accent and marked by a bar on its left, as the
// rail marks its page; Fusion's own highlight is a saturated blue under which that text could
// not be read. Use it as an ItemDelegate: highlighted, hovered, clicked and the rest are
// ItemDelegate's.
import QtQuick
import QtQuick.Controls

ItemDelegate {
    id: row

    background: Rectangle {
        color: row.highlighted ? Theme.accentSoft : row.hovered ? Theme.surface : "transparent"
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.accent
        Rectangle {
            visible: row.highlighted
            width: 3
            height: parent.height
            color: Theme.accent
        }
    }
}
