/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virenum.c: string tables of enums
 */
#include <config.h>

#include "virenum.h"

VIR_ENUM_IMPL(virTristateBool, VIR_TRISTATE_BOOL_LAST, "default", "yes", "no");
VIR_ENUM_IMPL(virTristateSwitch, VIR_TRISTATE_SWITCH_LAST, "default", "on", "off");

/**
 * virEnumToString:
 * @table: the names, indexed by value
 * @count: number of names
 * @value: the enum value
 *
 * Returns the name of @value, or NULL when it is out of range.
 */
const char *
virEnumToString(const char *const *table, size_t count, int value)
{
    if (value < 0 || (size_t)value >= count)
        return NULL;
    return table[value];
}

/**
 * virEnumFromString:
 * @table: the names, indexed by value
 * @count: number of names
 * @str: a name, or NULL
 *
 * Returns the value named @str, or -1 when none is.
 */
int
virEnumFromString(const char *const *table, size_t count, const char *str)
{
    size_t i;

    if (!str)
        return -1;
    for (i = 0; i < count; i++) {
        if (table[i] && g_str_equal(table[i], str))
            return i;
    }
    return -1;
}
