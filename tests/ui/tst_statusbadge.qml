import QtQuick
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 300
    height: 200

    Component {
        id: badgeComponent
        StatusBadge {}
    }

    TestCase {
        name: "StatusBadge"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function test_tones_data() {
            return [
                { tag: "info", tone: "info", expected: "info" },
                { tag: "success", tone: "success", expected: "success" },
                { tag: "warning", tone: "warning", expected: "warning" },
                { tag: "danger", tone: "danger", expected: "danger" },
                { tag: "neutral", tone: "neutral", expected: "neutral" },
                { tag: "unknown falls back", tone: "purple", expected: "neutral" },
                { tag: "empty falls back", tone: "", expected: "neutral" }
            ]
        }

        function test_tones(data) {
            const badge = createTemporaryObject(badgeComponent, container,
                                                { text: "Active", tone: data.tone })
            verify(badge)
            compare(badge.effectiveTone, data.expected)
            compare(badge.background.color, Theme.toneSoftColor(data.expected))
            compare(badge.contentItem.color, Theme.toneColor(data.expected))
        }

        function test_unknownToneLooksNeutral() {
            const odd = createTemporaryObject(badgeComponent, container, { text: "x", tone: "bogus" })
            const plain = createTemporaryObject(badgeComponent, container, { text: "x", tone: "neutral" })
            compare(odd.background.color, plain.background.color)
            compare(odd.contentItem.color, plain.contentItem.color)
        }

        function test_implicitSizeFollowsText() {
            const shortBadge = createTemporaryObject(badgeComponent, container, { text: "On" })
            const longBadge = createTemporaryObject(badgeComponent, container,
                                                    { text: "Awaiting approval" })
            verify(shortBadge.implicitWidth > 0)
            verify(longBadge.implicitWidth > shortBadge.implicitWidth)
            verify(shortBadge.implicitHeight > 0)
            compare(longBadge.contentItem.text, "Awaiting approval")
        }
    }
}
