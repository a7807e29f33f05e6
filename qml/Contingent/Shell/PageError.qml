// What a page (or card) that failed to load shows in its place.
//
//   host   the PageHost: pageTitle, pageKey, compact, errorText
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: box

    required property Item host

    objectName: "pageError"
    spacing: Theme.spacing

    Label {
        text: qsTr("“%1” could not be loaded").arg(box.host.pageTitle)
        font.pixelSize: box.host.compact ? Theme.font : Theme.fontHeading
        font.bold: true
        color: Theme.danger
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        visible: !box.host.compact
        text: qsTr("The plugin %1 provides this page. The rest of Contingent works as usual; the plugins page tells more.")
              .arg(box.host.pageKey.split("/")[0])
        color: Theme.textMuted
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextArea {
        objectName: "pageErrorText"
        text: box.host.errorText
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.Wrap
        font.family: "monospace"
        font.pixelSize: Theme.fontSmall
        Layout.fillWidth: true
        background: Rectangle {
            color: Theme.dangerSoft
            radius: Theme.radius
        }
    }
    Item { Layout.fillHeight: true }
}
