#pragma once
/// @file page.h
/// What a plugin adds to the window: pages in the navigation rail and cards on
/// the Home dashboard. Both are QML in the plugin's own resources, created by
/// the shell on first need with one initial property, `backend`.

#include "contingent/sdk/domain.h"
#include "contingent/sdk/export.h"

#include <memory>
#include <QObject>
#include <QUrl>

#include <string>
#include <vector>

namespace contingent::sdk {

/// Who may see a page, a card or a command. Empty means the staff roles
/// (admin, planner, viewer); an officer sees only what lists Role::Officer.
using Audience = std::vector<Role>;

/// Whether `role` is in `audience` (see Audience for what empty means).
CONTINGENT_SDK_EXPORT bool isVisibleTo(const Audience& audience, Role role);

/// Whether `role` may change data (admin and planner; viewers and officers read).
CONTINGENT_SDK_EXPORT bool canEdit(Role role);

/// A page. Its QML root declares `property QtObject backend` (or `var`), which
/// the shell sets; the plugin owns the backend and keeps it alive until stop().
struct Page {
    std::string id;    ///< unique within the plugin
    std::string title; ///< shown in the navigation rail
    std::string icon;  ///< a name from the shell's icon set (see README), or a qrc:/ URL
    QUrl qml;          ///< e.g. qrc:/contingent/rosters/RostersPage.qml
    QObject* backend = nullptr;
    Audience roles;  ///< who may see it
    int order = 100; ///< position in the rail, smaller first
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A card on the Home dashboard: a small summary with a link to a page.
struct Card {
    std::string id;    ///< unique within the plugin
    std::string title; ///< the card's heading
    QUrl qml;          ///< the card's content
    QObject* backend = nullptr;
    Audience roles;     ///< who may see it
    int order = 100;    ///< position on the dashboard, smaller first
    std::string pageId; ///< a page of the same plugin the card opens, or empty
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

} // namespace contingent::sdk
