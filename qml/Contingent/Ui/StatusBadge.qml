// StatusBadge: a small rounded pill showing a short status word.
//
// Properties: text (string), tone (string: "neutral" | "info" | "success" |
//             "warning" | "danger"; anything else is shown as neutral).
// Read-only:  effectiveTone (the tone actually used after the fallback).
// The implicit size follows the text.
import QtQuick
import QtQuick.Controls

Control {
    id: root

    property string text
    property string tone: "neutral"
    readonly property string effectiveTone: Theme.knownTone(root.tone)

    horizontalPadding: Theme.spacing
    verticalPadding: 2
    font.pixelSize: Theme.fontSmall
    font.bold: true

    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    background: Rectangle {
        radius: height / 2
        color: Theme.toneSoftColor(root.effectiveTone)
        border.color: Theme.toneColor(root.effectiveTone)
        border.width: 1
    }

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.toneColor(root.effectiveTone)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
