// Theme: the shared palette and metrics of Contingent.Ui (singleton).
//
// Colours:  window, surface, surfaceAlt, border, text, textMuted, accent,
//           accentSoft, accentText, info, success, warning, danger and their
//           light backgrounds infoSoft, successSoft, warningSoft, dangerSoft.
// Metrics:  spacingSmall (4), spacing (8), spacingLarge (16), radius,
//           fontSmall, font, fontTitle, fontHeading (pixel sizes), rowHeight.
// Functions: knownTone(tone) returns tone when it is one of "neutral" |
//           "info" | "success" | "warning" | "danger", else "neutral";
//           toneColor(tone), toneSoftColor(tone) map a tone to the foreground
//           and background colour (unknown tones are neutral);
//           formatDate(iso) shows a stored YYYY-MM-DD in the locale's short
//           format (the language chosen with --lang), other text unchanged;
//           count(n) groups a whole number's digits as the locale does.
pragma Singleton

import QtQuick

QtObject {
    readonly property color window: "#f3f5f8"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f6f8fb"
    readonly property color border: "#cfd6e0"
    readonly property color text: "#1c2533"
    readonly property color textMuted: "#5b6677"
    readonly property color accent: "#1f4e8c"
    readonly property color accentSoft: "#dde8f6"
    readonly property color accentText: "#ffffff"

    readonly property color info: "#1f65b5"
    readonly property color success: "#2e7d32"
    readonly property color warning: "#9a6100"
    readonly property color danger: "#b3261e"
    readonly property color neutral: "#4d5868"

    readonly property color infoSoft: "#e3eefb"
    readonly property color successSoft: "#e4f3e5"
    readonly property color warningSoft: "#fdf1da"
    readonly property color dangerSoft: "#fbe5e3"
    readonly property color neutralSoft: "#e9edf2"

    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingLarge: 16
    readonly property int radius: 4

    readonly property int fontSmall: 11
    readonly property int font: 13
    readonly property int fontTitle: 15
    readonly property int fontHeading: 19

    readonly property int rowHeight: 30

    function knownTone(tone: string): string {
        switch (tone) {
        case "info":
        case "success":
        case "warning":
        case "danger":
            return tone
        default:
            return "neutral"
        }
    }

    function toneColor(tone: string): color {
        switch (tone) {
        case "info": return info
        case "success": return success
        case "warning": return warning
        case "danger": return danger
        default: return neutral
        }
    }

    function toneSoftColor(tone: string): color {
        switch (tone) {
        case "info": return infoSoft
        case "success": return successSoft
        case "warning": return warningSoft
        case "danger": return dangerSoft
        default: return neutralSoft
        }
    }

    /// A count as the user's language groups its digits: "142,478" in English, "142.478" in
    /// Slovene (a big store's counts are hard to read run together).
    function count(n: int): string {
        return Number(n).toLocaleString(Qt.locale(), "f", 0)
    }

    function formatDate(iso: string): string {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
        if (!m)
            return iso
        const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
        return Qt.formatDate(date, dateFormat())
    }
    /// The locale's short date format with the year in four digits ("d. MM. yy" -> "d. MM. yyyy"):
    /// a tour of 1997 and one of 2097 must not read alike.
    function dateFormat(): string {
        const f = Qt.locale().dateFormat(Locale.ShortFormat)
        return /yyyy/.test(f) ? f : f.replace(/yy/, "yyyy")
    }
}
