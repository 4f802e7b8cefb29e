/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virunits.c: numbers with a unit suffix normalised to plain integers
 */
#include <config.h>

#include <errno.h>

#include "virunits.h"
#include "virerror.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/**
 * virUnitsStrToULongLong:
 * @str: decimal digits, optionally after leading white space
 * @result: set to the value on success
 *
 * Parses a whole string as a non-negative decimal integer.  Trailing text,
 * a minus sign anywhere before the digits and overflow are refused.
 * Nothing is reported: the caller knows what the number was for.
 *
 * Returns 0 on success, -1 if @str is not such a number.
 */
int
virUnitsStrToULongLong(const char *str, unsigned long long *result)
{
    const char *p = str;
    char *end = NULL;
    unsigned long long val;

    if (!str)
        return -1;
    while (g_ascii_isspace(*p))
        p++;
    /* strtoull would silently negate "-1" */
    if (*p == '-')
        return -1;
    errno = 0;
    val = g_ascii_strtoull(p, &end, 10);
    if (errno != 0 || end == p || *end != '\0')
        return -1;
    *result = val;
    return 0;
}

/**
 * virUnitsScaleInteger:
 * @value: the number; multiplied by the unit's scale on success
 * @suffix: the unit, or NULL or "" for @scale
 * @scale: multiplier used when @suffix is empty; must not be 0 then
 * @limit: largest acceptable result
 *
 * Reports VIR_ERR_INVALID_ARG "unknown suffix '...'" for a unit it does not
 * know and VIR_ERR_OVERFLOW "value too large: <value><suffix>" when the
 * result would exceed @limit.
 *
 * Returns 0 on success, -1 with an error reported.
 */
int
virUnitsScaleInteger(unsigned long long *value, const char *suffix,
                     unsigned long long scale, unsigned long long limit)
{
    if (!suffix || !*suffix) {
        if (scale == 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("invalid scale %1$llu"), scale);
            return -1;
        }
        suffix = "";
    } else if (g_ascii_strcasecmp(suffix, "b") == 0 ||
               g_ascii_strcasecmp(suffix, "byte") == 0 ||
               g_ascii_strcasecmp(suffix, "bytes") == 0) {
        scale = 1;
    } else {
        unsigned long long base;
        int power;

        /* "k" and "KiB" are binary, "KB" is decimal */
        if (!suffix[1] || g_ascii_strcasecmp(suffix + 1, "iB") == 0) {
            base = 1024;
        } else if (g_ascii_tolower(suffix[1]) == 'b' && !suffix[2]) {
            base = 1000;
        } else {
            virReportError(VIR_ERR_INVALID_ARG, _("unknown suffix '%1$s'"), suffix);
            return -1;
        }
        switch (g_ascii_tolower(suffix[0])) {
        case 'k': power = 1; break;
        case 'm': power = 2; break;
        case 'g': power = 3; break;
        case 't': power = 4; break;
        case 'p': power = 5; break;
        case 'e': power = 6; break;
        default:
            virReportError(VIR_ERR_INVALID_ARG, _("unknown suffix '%1$s'"), suffix);
            return -1;
        }
        for (scale = 1; power > 0; power--)
            scale *= base;
    }

    if (*value && *value > limit / scale) {
        virReportError(VIR_ERR_OVERFLOW, _("value too large: %1$llu%2$s"), *value, suffix);
        return -1;
    }
    *value *= scale;
    return 0;
}

/**
 * virUnitsParseScaledValue:
 * @xpath: expression for the number, e.g. "./memory[1]"
 * @unitsXPath: expression for its unit, or NULL for "@xpath/@unit"
 * @ctxt: XPath context
 * @value: set to the scaled value when present; untouched when absent
 * @scale: multiplier when no unit is given (1 for bytes, 1024 for KiB)
 * @limit: largest acceptable result in bytes
 * @required: whether an absent element is an error
 *
 * Reports VIR_ERR_XML_ERROR "Invalid value '...' for element or attribute
 * '...'" for a malformed number and "missing element or attribute '...'"
 * for an absent required one, and virUnitsScaleInteger()'s errors.
 *
 * Returns 1 when set, 0 when absent and not required, -1 with an error.
 */
int
virUnitsParseScaledValue(const char *xpath, const char *unitsXPath,
                         xmlXPathContextPtr ctxt, unsigned long long *value,
                         unsigned long long scale, unsigned long long limit,
                         bool required)
{
    /* the node itself rather than string(XPATH): no expression to build
     * (this runs several times for every domain parsed) */
    xmlNodePtr node = virXPathNode(xpath, ctxt);
    g_autofree char *number = node ? virXMLNodeContentString(node) : NULL;
    g_autofree char *unit = NULL;
    unsigned long long bytes;

    if (number && !*number)
        g_clear_pointer(&number, g_free);
    if (!number) {
        if (!required)
            return 0;
        virReportError(VIR_ERR_XML_ERROR, _("missing element or attribute '%1$s'"), xpath);
        return -1;
    }
    if (virUnitsStrToULongLong(number, &bytes) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value '%1$s' for element or attribute '%2$s'"),
                       number, xpath);
        return -1;
    }
    if (unitsXPath) {
        g_autofree char *unitExpr = g_strdup_printf("string(%s)", unitsXPath);

        unit = virXPathString(unitExpr, ctxt);
    } else if (node->type == XML_ELEMENT_NODE) {
        unit = virXMLPropString(node, "unit");
        if (unit && !*unit)
            g_clear_pointer(&unit, g_free);
    }
    if (virUnitsScaleInteger(&bytes, unit, scale, limit) < 0)
        return -1;
    *value = bytes;
    return 1;
}
