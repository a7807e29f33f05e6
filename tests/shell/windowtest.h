#pragma once
// What the window's tests share, the shell's and the plugins' own pages tests
// alike: items by name in the visual tree, a demo store made by the real
// `contingent`, typing into a window, the error texts a form shows.

#include "shellwindow.h"

#include <contingent/sdk/store.h>

#include <QCoreApplication>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <memory>

namespace windowtest {

/// Items by objectName in the visual tree (Repeater delegates have no QObject parent).
inline QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    return contingent::shell::ShellWindow::findItem(root, name);
}

/// The page host of `key` ("rosters/roster").
inline QQuickItem* host(contingent::shell::ShellWindow& w, const QString& key)
{
    return findItem(w.window()->contentItem(), QStringLiteral("pageHost:") + key);
}

/// The page created for `key`, after showPage().
inline QQuickItem* page(contingent::shell::ShellWindow& w, const QString& key)
{
    QQuickItem* h = host(w, key);
    return h ? h->property("item").value<QQuickItem*>() : nullptr;
}

/// Shows the window, waits until it is on screen, opens `key` and returns its page; null when
/// any of that failed.
inline QQuickItem* shownPage(contingent::shell::ShellWindow& w, const QString& key)
{
    w.window()->show();
    if (!QTest::qWaitForWindowExposed(w.window()) || !w.showPage(key))
        return nullptr;
    return page(w, key);
}

/// A demo store (`contingent demo`) at `path`, with "ada" its admin and "ana"
/// the officer with id 1; false when a command failed.
inline bool makeDemoStore(const QString& executable, const QString& path, int officers, int tours)
{
    const auto contingent = [&](const QStringList& args) {
        QProcess p;
        p.start(executable, QStringList{"--database", path, "--user", "ada"} + args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    return contingent(
               {"demo", "--officers", QString::number(officers), "--tours", QString::number(tours)})
           && contingent({"users", "add", "ana", "--role", "officer", "--officer", "1"});
}

/// What a session on the demo store `store` as `login` opens with (the shipped plugins).
inline contingent::shell::SessionOptions sessionOn(const QString& store, const QString& login)
{
    contingent::shell::SessionOptions options;
    options.databasePath = store;
    options.login = login;
    return options;
}

inline void typeText(QWindow* window, const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

/// The visible error texts under `item` (FormField's, DateField's own, the form's).
inline QStringList shownErrors(QQuickItem* item)
{
    QStringList errors;
    if (!item || !item->isVisible())
        return errors;
    if (item->objectName() == "formFieldError" || item->objectName() == "dateFieldError"
        || item->objectName() == "formDialogError")
        errors << item->property("text").toString();
    for (QQuickItem* child : item->childItems())
        errors << shownErrors(child);
    return errors;
}

/// How many exports of a file called `fileName` the store at `store` records (issue #15, item
/// 10: every export is in the audit log, whichever way it was made).
inline std::int64_t exportsRecorded(const QString& store, const QString& fileName)
{
    return contingent::sdk::Database(store.toStdString())
        .queryValue<std::int64_t>("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                  "AND instr(details, ?) > 0",
                                  fileName.toStdString())
        .value_or(0);
}

/// Fusion, as the shell has it; QSettings() under ~/.qttest; once per program.
inline void prepareApplication()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Contingent-test"));
}

/// What a plugin's pages test keeps: a folder per test function and demo stores in it.
class PagesTestBase {
protected:
    void freshFolder() { m_tmp = std::make_unique<QTemporaryDir>(); }
    QString demoStore(const QString& executable, const QString& name, int officers, int tours)
    {
        const QString path = m_tmp->filePath(name);
        return makeDemoStore(executable, path, officers, tours) ? path : QString();
    }
    QQuickItem* host(contingent::shell::ShellWindow& w, const QString& key)
    {
        return windowtest::host(w, key);
    }
    std::unique_ptr<QTemporaryDir> m_tmp;
};

} // namespace windowtest
