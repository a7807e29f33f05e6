<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="14"/>
        <source>About Contingent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="42"/>
        <source>Plans police deployments to international civilian missions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="47"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="48"/>
        <source>Plugin SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="49"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="51"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="57"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="67"/>
        <source>go to the page at that place in the rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="69"/>
        <source>search or filter on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="71"/>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="73"/>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/AboutDialog.qml" line="76"/>
        <source>Icons after Feather (MIT licence). Every officer in the demo store is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="75"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="84"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/CalendarPopup.qml" line="92"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../qml/Contingent/Ui/DataTable.qml" line="28"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DataTable.qml" line="34"/>
        <source>Nothing matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="62"/>
        <source>A date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="64"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="67"/>
        <source>%1 is not a calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="69"/>
        <source>The date must be on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="71"/>
        <source>The date must be on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="111"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="129"/>
        <location filename="../qml/Contingent/Ui/DateField.qml" line="131"/>
        <source>Choose date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="29"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="73"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="100"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="100"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="108"/>
        <location filename="../qml/Contingent/Ui/ErrorBanner.qml" line="110"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../qml/Contingent/Ui/FormDialog.qml" line="21"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/FormDialog.qml" line="22"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../qml/Contingent/Ui/FormField.qml" line="38"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="30"/>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="36"/>
        <source>Today is %1. Store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="44"/>
        <source>This is the demo store: every officer and tour in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="55"/>
        <source>Nothing on the dashboard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="56"/>
        <source>Plugins add cards here. The plugins page lists what is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="57"/>
        <source>Open the plugins page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/HomePage.qml" line="105"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="29"/>
        <source>Contingent — demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="29"/>
        <source>Contingent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/Main.qml" line="34"/>
        <source>The page “%1” is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="131"/>
        <source>Contingent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="137"/>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="137"/>
        <source>Deployment planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="146"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="169"/>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="177"/>
        <source>About and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NavigationRail.qml" line="184"/>
        <source>About and keyboard shortcuts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotRegisteredPage</name>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="28"/>
        <source>You are not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="35"/>
        <source>The login “%1” has no account in the store %2, so Contingent shows nothing of it. Ask an administrator to register you; they run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/NotRegisteredPage.qml" line="51"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHost</name>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="40"/>
        <source>the page did not finish loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="45"/>
        <source>the page could not be created (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="72"/>
        <source>“%1” could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PageHost.qml" line="81"/>
        <source>The plugin %1 provides this page. The rest of Contingent works as usual; the plugins page tells more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="23"/>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="29"/>
        <source>%1 found, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="39"/>
        <source>No plugins found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="40"/>
        <source>Contingent looks in --plugin-dir folders, $CONTINGENT_PLUGIN_PATH and its own lib/contingent/plugins folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="88"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="92"/>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="92"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Shell/PluginsPage.qml" line="97"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../qml/Contingent/Ui/TimelineBar.qml" line="50"/>
        <source>%1
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Contingent/Ui/TimelineBar.qml" line="51"/>
        <source>%1
%2 – ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contingent::shell::ShellBackend</name>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="33"/>
        <source>Plugin %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/window/shellbackend.cpp" line="93"/>
        <source>Page %1 of plugin %2 failed to load: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
