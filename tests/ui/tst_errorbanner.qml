import QtQuick
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 500
    height: 300

    Component {
        id: bannerComponent
        ErrorBanner { width: container.width }
    }

    SignalSpy {
        id: dismissSpy
        signalName: "dismissed"
    }

    TestCase {
        name: "ErrorBanner"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function test_hiddenWhenEmpty() {
            const banner = createTemporaryObject(bannerComponent, container)
            verify(!banner.visible)
            compare(banner.implicitHeight, 0)
            banner.messages = ["Plugin rosters refused: schema too new"]
            verify(banner.visible)
            verify(banner.implicitHeight > 0)
            banner.messages = []
            verify(!banner.visible)
        }

        function test_singleMessageHasNoDetails() {
            const banner = createTemporaryObject(bannerComponent, container,
                                                 { messages: ["Disk full"] })
            compare(findChild(banner, "errorBannerFirst").text, "Disk full")
            verify(!findChild(banner, "errorBannerMore").visible)
            verify(!findChild(banner, "errorBannerDetails").visible)
        }

        function test_andNMoreAndDetails() {
            const banner = createTemporaryObject(bannerComponent, container, {
                messages: [ { text: "rosters", detail: "needs SDK 3" }, "second", "third" ] })
            compare(findChild(banner, "errorBannerFirst").text, "rosters: needs SDK 3")
            const more = findChild(banner, "errorBannerMore")
            verify(more.visible)
            compare(more.text, "and 2 more")
            const details = findChild(banner, "errorBannerDetails")
            verify(details.visible)
            const collapsedHeight = banner.implicitHeight
            mouseClick(details)
            verify(banner.expanded)
            verify(!more.visible)
            tryVerify(() => banner.implicitHeight > collapsedHeight)
            mouseClick(details)
            verify(!banner.expanded)
        }

        function test_closeEmitsDismissed() {
            const banner = createTemporaryObject(bannerComponent, container, { messages: ["x"] })
            dismissSpy.target = banner
            dismissSpy.clear()
            mouseClick(findChild(banner, "errorBannerClose"))
            compare(dismissSpy.count, 1)
        }

        function test_tone() {
            const banner = createTemporaryObject(bannerComponent, container, { messages: ["x"] })
            compare(banner.color, Theme.dangerSoft)
            banner.tone = "warning"
            compare(banner.color, Theme.warningSoft)
        }
    }
}
