#pragma once
/// @file plugin.h
/// The class a plugin implements, and the one macro that exports it.
///
/// Lifecycle, driven by the host: the object is created, its migrations() are
/// applied, then start() is called, in which the plugin registers what it
/// contributes through the Context (addPage, addCard, addCheck, addCommand,
/// addDemoGenerator, addFactSection). At exit: stop() (in reverse start
/// order), then the object is destroyed. The library is never unloaded while the process
/// runs. Throw contingent::sdk::Error (or any std::exception) to fail: the
/// host catches at every call and refuses the plugin with the message.

#include "contingent/sdk/checks.h"
#include "contingent/sdk/command.h"
#include "contingent/sdk/context.h"
#include "contingent/sdk/demo.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/migrations.h"
#include "contingent/sdk/page.h"
#include "contingent/sdk/version.h"

#include <boost/dll/alias.hpp>

#include <vector>

namespace contingent::sdk {

/// Base class of every plugin: three virtual functions, frozen (a new
/// contribution is a new Context function, which breaks no built plugin).
/// Every function has a harmless default.
class CONTINGENT_SDK_EXPORT Plugin {
public:
    virtual ~Plugin();
    /// The plugin's own schema changes, tables prefixed with its id.
    virtual std::vector<Migration> migrations() const;
    /// Called once, after migrations: keep `context` for later use and
    /// register pages, cards, checks, commands, demo data and fact sections.
    virtual void start(Context& context);
    /// Called once at exit, before destruction.
    virtual void stop();
};

/// The factory the host looks up (exported as `contingent_plugin_create`).
using PluginFactory = Plugin*();

} // namespace contingent::sdk

/// Exports `ClassName` (a default-constructible Plugin) and the SDK ABI version
/// it was built with. Use once, in one source file of the plugin.
#define CONTINGENT_PLUGIN(ClassName)                                                               \
    namespace contingent_plugin_entry {                                                            \
    static ::contingent::sdk::Plugin* create()                                                     \
    {                                                                                              \
        return new ClassName;                                                                      \
    }                                                                                              \
    static const int abiVersion = ::contingent::sdk::kAbiVersion;                                  \
    }                                                                                              \
    BOOST_DLL_ALIAS(contingent_plugin_entry::create, contingent_plugin_create)                     \
    BOOST_DLL_ALIAS(contingent_plugin_entry::abiVersion, contingent_sdk_abi)
