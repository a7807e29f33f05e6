#pragma once
/// @file changes.h
/// Change notifications: every write through the core repositories announces
/// the entity ("officer", "mission", "deployment", ...) and its id, so that a
/// page of one plugin can refresh when another plugin writes. Plugins announce
/// their own entities (named "<plugin>.<entity>") the same way.

#include "contingent/sdk/export.h"

#include <QObject>
#include <QString>

namespace contingent::sdk {

class Database;

/// What happened to an entity.
enum class ChangeKind { Created, Updated, Removed };

/// The one change bus of a running application (the host owns it).
class CONTINGENT_SDK_EXPORT ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Emits changed(); call it after the write committed (the repositories
    /// do, through Database::afterCommit).
    void announce(const QString& entity, qint64 id, ChangeKind kind);
    /// announce() once the writes made so far on `store` are committed: at once outside a
    /// transaction, when the outermost one commits inside it, never if they are rolled back
    /// (Database::afterCommit). What a plugin's own writes call. (Added in 1.0.x.)
    void announceAfterCommit(Database& store, const QString& entity, qint64 id, ChangeKind kind);

Q_SIGNALS:
    void changed(const QString& entity, qint64 id, contingent::sdk::ChangeKind kind);
};

} // namespace contingent::sdk
