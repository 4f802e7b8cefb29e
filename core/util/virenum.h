/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virenum.h: string tables of enums, checked against the enum at compile time
 *
 *   typedef enum { VIR_NET_FORWARD_NONE, VIR_NET_FORWARD_NAT, VIR_NET_FORWARD_LAST } virNetForward;
 *   VIR_ENUM_DECL(virNetForward);                        (in the header)
 *   VIR_ENUM_IMPL(virNetForward, VIR_NET_FORWARD_LAST,   (in the .c)
 *                 "none", "nat");
 *
 * gives virNetForwardTypeToString(int) (NULL when out of range) and
 * virNetForwardTypeFromString(const char *) (-1 when unknown).
 */
#pragma once

#include "internal.h"

const char *virEnumToString(const char *const *table, size_t count, int value);
int virEnumFromString(const char *const *table, size_t count, const char *str);

#define VIR_ENUM_DECL(name) \
    const char *name ## TypeToString(int type); \
    int name ## TypeFromString(const char *type)

#define VIR_ENUM_IMPL(name, lastValue, ...) \
    static const char *const name ## TypeList[] = { __VA_ARGS__ }; \
    G_STATIC_ASSERT(G_N_ELEMENTS(name ## TypeList) == (lastValue)); \
    const char * \
    name ## TypeToString(int type) \
    { \
        return virEnumToString(name ## TypeList, G_N_ELEMENTS(name ## TypeList), type); \
    } \
    int \
    name ## TypeFromString(const char *type) \
    { \
        return virEnumFromString(name ## TypeList, G_N_ELEMENTS(name ## TypeList), type); \
    }

/* The tri-state booleans of libvirt's XML: absent, yes/on, no/off. */
typedef enum {
    VIR_TRISTATE_BOOL_ABSENT = 0,
    VIR_TRISTATE_BOOL_YES,
    VIR_TRISTATE_BOOL_NO,

    VIR_TRISTATE_BOOL_LAST
} virTristateBool;

typedef enum {
    VIR_TRISTATE_SWITCH_ABSENT = 0,
    VIR_TRISTATE_SWITCH_ON,
    VIR_TRISTATE_SWITCH_OFF,

    VIR_TRISTATE_SWITCH_LAST
} virTristateSwitch;

VIR_ENUM_DECL(virTristateBool);
VIR_ENUM_DECL(virTristateSwitch);

/* Reports VIR_ERR_INTERNAL_ERROR "Unexpected enum value %d for %s". */
#define virReportEnumRangeError(typename, value) \
    virReportError(VIR_ERR_INTERNAL_ERROR, _("Unexpected enum value %1$d for %2$s"), \
                   (int)(value), #typename)
