// One "label: value" line of the officer detail view; empty values show a dash.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

RowLayout {
    id: row

    property string label
    property string value
    property string tone: ""

    Layout.fillWidth: true
    spacing: Theme.spacing

    Label {
        text: row.label
        color: Theme.textMuted
        Layout.preferredWidth: 170
        Layout.alignment: Qt.AlignTop
    }
    Label {
        text: row.value !== "" ? row.value : "—"
        color: row.tone !== "" ? Theme.toneColor(row.tone) : Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
