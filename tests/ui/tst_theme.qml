import QtQuick
import QtTest
import Contingent.Ui

TestCase {
    name: "Theme"

    function init() { failOnWarning(/./) }

    function test_formatDateUsesTheLocale() {
        // The day is the 29th of February in the local calendar, whatever the
        // time zone (no UTC shift to the 28th), in the locale's own order.
        const shown = Theme.formatDate("2024-02-29")
        verify(shown.indexOf("29") >= 0, shown)
        verify(shown !== "2024-02-29", shown)
        compare(shown, Qt.formatDate(new Date(2024, 1, 29), Theme.dateFormat()))
        verify(shown.indexOf("2024") >= 0, shown) // the year in four digits, whatever the locale
    }

    function test_fourDigitYearsInEveryLocale() {
        verify(/yyyy/.test(Theme.dateFormat()), Theme.dateFormat())
        verify(!/yyyyy/.test(Theme.dateFormat()), Theme.dateFormat())
    }

    function test_formatDateLeavesOtherTextAlone_data() {
        return [{ tag: "empty", text: "" }, { tag: "ongoing", text: "ongoing" },
                { tag: "short year", text: "24-02-29" }, { tag: "no padding", text: "2024-2-9" }]
    }
    function test_formatDateLeavesOtherTextAlone(data) {
        compare(Theme.formatDate(data.text), data.text)
    }

    function test_countKeepsEveryDigitAndNoDecimals() {
        // Grouped as the locale groups (none in the C locale the tests run in), never decimals.
        const shown = Theme.count(142478)
        compare(shown.replace(/[^0-9]/g, ""), "142478")
        compare(shown, Number(142478).toLocaleString(Qt.locale(), "f", 0))
        compare(Theme.count(0), "0")
    }

    function test_unknownToneIsNeutral() {
        compare(Theme.knownTone("purple"), "neutral")
        compare(Theme.toneColor("purple"), Theme.neutral)
        compare(Theme.toneColor("danger"), Theme.danger)
    }
}
