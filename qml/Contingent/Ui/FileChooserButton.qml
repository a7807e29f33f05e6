// A button that opens a FileChooser. It is off while file dialogs are not
// available (a missing runtime module; the banner names it), with the reason
// as its accessible description and tooltip.
//
// Properties: chooser (FileChooser), ready (bool: the page's own condition
//             for the button, default true).
import QtQuick
import QtQuick.Controls
import Contingent.Ui

Button {
    id: button

    property Item chooser: null
    property bool ready: true
    readonly property bool available: button.chooser !== null && button.chooser.available

    enabled: button.ready && button.available
    Accessible.description: button.available || !button.chooser ? "" : button.chooser.unavailableReason
    ToolTip.visible: hovered && !button.available
    ToolTip.text: button.Accessible.description
    onClicked: button.chooser.open()
}
