/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virunits.h: numbers with a unit suffix ("1 GiB", "512 KB", "4096 bytes")
 * normalised to plain integers, with libvirt's error messages
 *
 * Units are case-insensitive: "b", "byte", "bytes" (1); "k", "KiB" (1024);
 * "KB" (1000); likewise m, g, t, p and e.  An empty unit keeps the
 * caller's default scale.
 */
#pragma once

#include <libxml/xpath.h>

#include "internal.h"

int virUnitsStrToULongLong(const char *str, unsigned long long *result);

int virUnitsScaleInteger(unsigned long long *value, const char *suffix,
                         unsigned long long scale, unsigned long long limit);

int virUnitsParseScaledValue(const char *xpath, const char *unitsXPath,
                             xmlXPathContextPtr ctxt, unsigned long long *value,
                             unsigned long long scale, unsigned long long limit,
                             bool required);
