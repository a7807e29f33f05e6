#pragma once
// The store's logging category, shared by store.cpp and transaction.cpp.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
