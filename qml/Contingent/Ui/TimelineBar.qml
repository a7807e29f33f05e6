// TimelineBar: one period of a Timeline row, a rounded bar coloured by tone.
//
// Properties: label (string, elided inside the bar), labelShown (bool, default
//             true: false when the Timeline shows it beside the bar), start, end
//             (ISO strings; end may be empty = ongoing), tone (StatusBadge tones).
// Signals:    clicked().
// A tooltip shows the label with its dates.
import QtQuick
import QtQuick.Controls

Rectangle {
    id: bar

    property string label
    property bool labelShown: true
    property string start
    property string end
    property string tone: "info"

    signal clicked()

    radius: Theme.radius
    color: Theme.toneSoftColor(bar.tone)
    border.color: Theme.toneColor(bar.tone)
    border.width: mouse.containsMouse ? 2 : 1

    Accessible.role: Accessible.Button
    Accessible.name: mouse.ToolTip.text
    Accessible.onPressAction: bar.clicked()

    Label {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        visible: bar.labelShown && bar.width > 3 * Theme.spacing
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: Theme.toneColor(bar.tone)
        text: bar.label
    }

    MouseArea {
        id: mouse

        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: bar.clicked()
        ToolTip.visible: mouse.containsMouse
        ToolTip.delay: 400
        ToolTip.text: bar.end.length > 0 ? qsTr("%1\n%2 – %3").arg(bar.label).arg(Theme.formatDate(bar.start)).arg(Theme.formatDate(bar.end))
                                         : qsTr("%1\n%2 – ongoing").arg(bar.label).arg(Theme.formatDate(bar.start))
    }
}
