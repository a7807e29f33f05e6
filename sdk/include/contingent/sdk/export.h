#pragma once
/// @file export.h
/// Symbol visibility. The SDK and the plugins build with hidden visibility;
/// only what carries CONTINGENT_SDK_EXPORT is part of libcontingent-sdk's ABI.

#define CONTINGENT_SDK_EXPORT __attribute__((visibility("default")))
