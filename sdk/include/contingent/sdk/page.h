#pragma once
/// @file page.h
/// A page a plugin adds to the window.

#include "contingent/sdk/domain.h"

#include <QObject>
#include <QUrl>

#include <string>
#include <vector>

namespace contingent::sdk {

/// A page: its QML lives in the plugin's own resources (a `qrc:/` URL) and
/// binds to `backend`, which the plugin owns and keeps alive until stop().
struct Page {
    std::string id;    ///< unique within the plugin
    std::string title; ///< shown in the navigation rail
    std::string icon;  ///< a name from the shell's icon set, or a qrc:/ URL
    QUrl qml;          ///< e.g. qrc:/contingent/rosters/RostersPage.qml
    QObject* backend = nullptr;
    std::vector<Role> roles; ///< who may see it; empty means every registered role
    int order = 100;         ///< position in the rail, smaller first
};

} // namespace contingent::sdk
