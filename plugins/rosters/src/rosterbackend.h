#pragma once
// What the Rosters page and its dashboard card bind to: the officers as a lazy
// table model, and the counts the card shows. Refreshes when officers change.

#include <contingent/sdk/context.h>
#include <contingent/sdk/sqltablemodel.h>

#include <QObject>

#include <memory>

namespace contingent::rosters {

class RosterBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject* officers READ officers CONSTANT)
    Q_PROPERTY(int officerCount READ officerCount NOTIFY countsChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
    Q_PROPERTY(int languageCount READ languageCount NOTIFY countsChanged)
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
public:
    explicit RosterBackend(sdk::Context& context, QObject* parent = nullptr);

    /// Built on first use (the page's first visit), not at start-up.
    QObject* officers();
    int officerCount() const { return m_officerCount; }
    int activeCount() const { return m_activeCount; }
    /// Distinct languages the roster speaks at B2 or better.
    int languageCount() const { return m_languageCount; }
    bool canEdit() const;

    /// Re-reads the counts and the table (after another plugin wrote officers).
    Q_INVOKABLE void refresh();

signals:
    void countsChanged();

private:
    sdk::Context& m_context;
    std::unique_ptr<sdk::SqlTableModel> m_officers;
    int m_officerCount = 0;
    int m_activeCount = 0;
    int m_languageCount = 0;
};

} // namespace contingent::rosters
