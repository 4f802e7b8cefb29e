/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * typedparams.c: the public virTypedParams* helpers of libvirt-common.h
 *
 * A typed parameter list is a plain array of virTypedParameter owned by
 * the application: Add* functions append to it (growing the array as
 * libvirt's VIR_RESIZE_N does), Get* functions look a field up by name and
 * check its type, Clear/Free release the strings and the array.  Arrays
 * and strings come from g_malloc, which is malloc, so applications may
 * also release them with free().
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "internal.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* Indexed by virTypedParameterType; 0 is not a type but has a name. */
static const char *const virTypedParamsTypeNames[] = {
    "unknown", "int", "uint", "llong", "ullong", "double", "boolean", "string",
};
G_STATIC_ASSERT(G_N_ELEMENTS(virTypedParamsTypeNames) == VIR_TYPED_PARAM_STRING + 1);

/* Name of @type for messages; libvirt prints "(null)" outside the table. */
static const char *
virTypedParamsTypeToString(int type)
{
    if (type < 0 || type >= (int)G_N_ELEMENTS(virTypedParamsTypeNames))
        return "(null)";
    return virTypedParamsTypeNames[type];
}

/*
 * Makes room for one more parameter after the first @nparams of *@params,
 * whose allocated length is *@maxparams.  The array grows by at least half
 * its size and the new entries are zeroed (libvirt's VIR_RESIZE_N), so
 * adding to an empty list gives maxparams 1, 2, 3, 4, 6, 9, 13, ...
 */
static void
virTypedParamsReserve(virTypedParameterPtr *params, int *maxparams, int nparams)
{
    size_t alloc = (size_t)*maxparams;
    size_t delta;

    /* libvirt aborts on a count that overflows; a negative one does. */
    if (nparams < 0)
        abort();
    if ((size_t)nparams + 1 <= alloc)
        return;

    delta = (size_t)nparams + 1 - alloc;
    if (delta < alloc / 2)
        delta = alloc / 2;
    *params = g_renew(virTypedParameter, *params, alloc + delta);
    memset(*params + alloc, 0, delta * sizeof(**params));
    *maxparams = (int)(alloc + delta);
}

/*
 * Grows the list for one more parameter and names the next free entry
 * @name, which must fit VIR_TYPED_PARAM_FIELD_LENGTH with its NUL.  The
 * array may grow even when the name is refused, as in libvirt.  A NULL
 * @name leaves the field empty.  Returns the entry, which is not counted
 * in *@nparams yet, or NULL with an error reported.
 */
static virTypedParameterPtr
virTypedParamsAppendEntry(virTypedParameterPtr *params, int *nparams,
                          int *maxparams, const char *name)
{
    virTypedParameterPtr param;

    virTypedParamsReserve(params, maxparams, *nparams);
    param = *params + *nparams;

    if (name && strlen(name) >= VIR_TYPED_PARAM_FIELD_LENGTH) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Field name '%1$s' too long"), name);
        return NULL;
    }
    g_strlcpy(param->field, name ? name : "", sizeof(param->field));
    return param;
}

/*
 * Looks @name up for one of the typed getters, with the entry-point error
 * handling of libvirt: resets the last error, and on a type mismatch
 * reports and dispatches it.  Returns 1 with *@param set when found with
 * @type, 0 when absent (or @params or @name is NULL), -1 on a mismatch.
 */
static int
virTypedParamsLookup(virTypedParameterPtr params, int nparams,
                     const char *name, int type, virTypedParameterPtr *param)
{
    virResetLastError();

    if (!(*param = virTypedParamsGet(params, nparams, name)))
        return 0;

    if ((*param)->type != type) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("Invalid type '%1$s' requested for parameter '%2$s', actual type is '%3$s'"),
                       virTypedParamsTypeToString(type), name,
                       virTypedParamsTypeToString((*param)->type));
        virDispatchError(NULL);
        return -1;
    }
    return 1;
}


/* ---- lookups ------------------------------------------------------------ */

/**
 * virTypedParamsGet:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 *
 * Finds the first parameter called @name.  Unlike the typed getters this
 * neither resets nor reports an error.
 *
 * Returns a pointer into @params (borrowed), or NULL if @params or @name
 * is NULL or no parameter is called @name.
 */
virTypedParameterPtr
virTypedParamsGet(virTypedParameterPtr params,
                  int nparams,
                  const char *name)
{
    size_t i;

    if (!params || !name)
        return NULL;

    /* The count is compared as size_t, as libvirt does. */
    for (i = 0; i < (size_t)nparams; i++) {
        if (strcmp(params[i].field, name) == 0)
            return params + i;
    }
    return NULL;
}

/**
 * virTypedParamsGetInt:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value; may be NULL to only test presence
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_INT.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetInt(virTypedParameterPtr params,
                     int nparams,
                     const char *name,
                     int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_INT, &param);

    if (rc == 1 && value)
        *value = param->value.i;
    return rc;
}

/**
 * virTypedParamsGetUInt:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value; may be NULL to only test presence
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_UINT.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetUInt(virTypedParameterPtr params,
                      int nparams,
                      const char *name,
                      unsigned int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_UINT, &param);

    if (rc == 1 && value)
        *value = param->value.ui;
    return rc;
}

/**
 * virTypedParamsGetLLong:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value; may be NULL to only test presence
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_LLONG.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetLLong(virTypedParameterPtr params,
                       int nparams,
                       const char *name,
                       long long *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_LLONG, &param);

    if (rc == 1 && value)
        *value = param->value.l;
    return rc;
}

/**
 * virTypedParamsGetULLong:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value; may be NULL to only test presence
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_ULLONG.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetULLong(virTypedParameterPtr params,
                        int nparams,
                        const char *name,
                        unsigned long long *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_ULLONG, &param);

    if (rc == 1 && value)
        *value = param->value.ul;
    return rc;
}

/**
 * virTypedParamsGetDouble:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value; may be NULL to only test presence
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_DOUBLE.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetDouble(virTypedParameterPtr params,
                        int nparams,
                        const char *name,
                        double *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_DOUBLE, &param);

    if (rc == 1 && value)
        *value = param->value.d;
    return rc;
}

/**
 * virTypedParamsGetBoolean:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the value (0 or 1); may be NULL
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_BOOLEAN; any non-zero stored byte reads as 1.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetBoolean(virTypedParameterPtr params,
                         int nparams,
                         const char *name,
                         int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_BOOLEAN, &param);

    if (rc == 1 && value)
        *value = !!param->value.b;
    return rc;
}

/**
 * virTypedParamsGetString:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 * @name: name of the parameter to find
 * @value: where to store the string, borrowed from @params (not a copy);
 *         may be NULL
 *
 * Finds the first parameter called @name, which must be of type
 * VIR_TYPED_PARAM_STRING.
 *
 * Returns 1 if found (value stored), 0 if absent, -1 with an error
 * reported if the parameter has another type.
 */
int
virTypedParamsGetString(virTypedParameterPtr params,
                        int nparams,
                        const char *name,
                        const char **value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsLookup(params, nparams, name, VIR_TYPED_PARAM_STRING, &param);

    if (rc == 1 && value)
        *value = param->value.s;
    return rc;
}


/* ---- appending ---------------------------------------------------------- */

/**
 * virTypedParamsAddInt:
 * @params: pointer to the array, which is grown (g_renew) as needed;
 *          *@params may be NULL for an empty list
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value
 *
 * Appends an int parameter.  Names are not checked for duplicates.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long
 * (the array may have grown anyway; *@nparams is unchanged).
 */
int
virTypedParamsAddInt(virTypedParameterPtr *params,
                     int *nparams,
                     int *maxparams,
                     const char *name,
                     int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_INT;
    param->value.i = value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddUInt:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value
 *
 * Appends an unsigned int parameter.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddUInt(virTypedParameterPtr *params,
                      int *nparams,
                      int *maxparams,
                      const char *name,
                      unsigned int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_UINT;
    param->value.ui = value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddLLong:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value
 *
 * Appends a long long parameter.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddLLong(virTypedParameterPtr *params,
                       int *nparams,
                       int *maxparams,
                       const char *name,
                       long long value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_LLONG;
    param->value.l = value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddULLong:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value
 *
 * Appends an unsigned long long parameter.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddULLong(virTypedParameterPtr *params,
                        int *nparams,
                        int *maxparams,
                        const char *name,
                        unsigned long long value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_ULLONG;
    param->value.ul = value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddDouble:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value
 *
 * Appends a double parameter.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddDouble(virTypedParameterPtr *params,
                        int *nparams,
                        int *maxparams,
                        const char *name,
                        double value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_DOUBLE;
    param->value.d = value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddBoolean:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the value; any non-zero value is stored as 1
 *
 * Appends a boolean parameter.
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddBoolean(virTypedParameterPtr *params,
                         int *nparams,
                         int *maxparams,
                         const char *name,
                         int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_BOOLEAN;
    param->value.b = !!value;
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddString:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @value: the string, copied; NULL is stored as an empty string
 *
 * Appends a string parameter.  The copy belongs to the list and is
 * released by virTypedParamsClear() or virTypedParamsFree().
 *
 * Returns 0 on success, -1 with an error reported if @name is too long.
 */
int
virTypedParamsAddString(virTypedParameterPtr *params,
                        int *nparams,
                        int *maxparams,
                        const char *name,
                        const char *value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name))) {
        virDispatchError(NULL);
        return -1;
    }
    param->type = VIR_TYPED_PARAM_STRING;
    param->value.s = g_strdup(value ? value : "");
    (*nparams)++;
    return 0;
}

/**
 * virTypedParamsAddStringList:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented per string added
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name given to every new parameter
 * @values: NULL-terminated list of strings, each copied; may be NULL
 *
 * Appends one string parameter called @name per string of @values, as
 * virTypedParamsAddString() does, stopping at the first failure (the
 * strings added before it stay).  Like libvirt, it does not reset the
 * last error itself, and an empty list is reported as -1 without an
 * error being set.
 *
 * Returns 0 on success or if @values is NULL, -1 if @values is empty or
 * on failure (then with an error reported).
 */
int
virTypedParamsAddStringList(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            const char **values)
{
    size_t i;
    int rc = -1;

    if (!values)
        return 0;

    for (i = 0; values[i]; i++) {
        if ((rc = virTypedParamsAddString(params, nparams, maxparams, name, values[i])) < 0)
            break;
    }
    return rc;
}


/* ---- parsing values for virTypedParamsAddFromString --------------------- */

/* Base 10, leading blanks allowed, nothing may follow, no overflow. */
static int
virTypedParamsStrToLLong(const char *str, long long *result)
{
    char *end = NULL;
    long long val;

    errno = 0;
    val = strtoll(str, &end, 10);
    if (errno != 0 || end == str || *end != '\0')
        return -1;
    *result = val;
    return 0;
}

static int
virTypedParamsStrToULLong(const char *str, unsigned long long *result)
{
    char *end = NULL;
    unsigned long long val;

    /* strtoull accepts "-N" as 2^64 - N, and so does libvirt. */
    errno = 0;
    val = strtoull(str, &end, 10);
    if (errno != 0 || end == str || *end != '\0')
        return -1;
    *result = val;
    return 0;
}

static int
virTypedParamsStrToDouble(const char *str, double *result)
{
    char *end = NULL;
    double val;

    /* strtod's ERANGE also refuses underflow ("1e-310"), as libvirt does. */
    errno = 0;
    val = strtod(str, &end);
    if (errno != 0 || end == str || *end != '\0')
        return -1;
    *result = val;
    return 0;
}

/* Stores the value of @str, parsed as @type, in @param. */
static int
virTypedParamsParseValue(virTypedParameterPtr param, const char *name,
                         int type, const char *str)
{
    long long l;
    unsigned long long ul;
    double d;

    switch ((virTypedParameterType) type) {
    case VIR_TYPED_PARAM_INT:
        if (virTypedParamsStrToLLong(str, &l) < 0 || l < INT_MIN || l > INT_MAX) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid value for field '%1$s': expected int"), name);
            return -1;
        }
        param->value.i = (int)l;
        break;
    case VIR_TYPED_PARAM_UINT:
        /* "-N" wraps to 2^32 - N for N up to UINT_MAX, as in libvirt. */
        if (virTypedParamsStrToLLong(str, &l) < 0 ||
            l < -(long long)UINT_MAX || l > (long long)UINT_MAX) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid value for field '%1$s': expected unsigned int"), name);
            return -1;
        }
        param->value.ui = (unsigned int)l;
        break;
    case VIR_TYPED_PARAM_LLONG:
        if (virTypedParamsStrToLLong(str, &l) < 0) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid value for field '%1$s': expected long long"), name);
            return -1;
        }
        param->value.l = l;
        break;
    case VIR_TYPED_PARAM_ULLONG:
        if (virTypedParamsStrToULLong(str, &ul) < 0) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid value for field '%1$s': expected unsigned long long"), name);
            return -1;
        }
        param->value.ul = ul;
        break;
    case VIR_TYPED_PARAM_DOUBLE:
        if (virTypedParamsStrToDouble(str, &d) < 0) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid value for field '%1$s': expected double"), name);
            return -1;
        }
        param->value.d = d;
        break;
    case VIR_TYPED_PARAM_BOOLEAN:
        if (g_ascii_strcasecmp(str, "true") == 0 || strcmp(str, "1") == 0) {
            param->value.b = 1;
        } else if (g_ascii_strcasecmp(str, "false") == 0 || strcmp(str, "0") == 0) {
            param->value.b = 0;
        } else {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("Invalid boolean value for field '%1$s'"), name);
            return -1;
        }
        break;
    case VIR_TYPED_PARAM_STRING:
        param->value.s = g_strdup(str);
        break;
    default:
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("unexpected type %1$d for field %2$s"), type, name);
        return -1;
    }
    param->type = type;
    return 0;
}

/**
 * virTypedParamsAddFromString:
 * @params: pointer to the array, grown as needed; *@params may be NULL
 * @nparams: number of parameters in use, incremented on success
 * @maxparams: allocated length of *@params, updated when it grows
 * @name: name of the new parameter, shorter than VIR_TYPED_PARAM_FIELD_LENGTH
 * @type: a virTypedParameterType
 * @value: textual value: a base-10 number, a double as strtod() reads it,
 *         "true"/"false" (any case) or "1"/"0" for booleans, or any string
 *         (copied)
 *
 * Appends a parameter of type @type parsed from @value.
 *
 * Returns 0 on success, -1 with an error reported if @value is NULL,
 * @name is too long, @type is unknown or @value does not parse, checked
 * in that order (the array may have grown anyway; *@nparams is unchanged).
 */
int
virTypedParamsAddFromString(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            int type,
                            const char *value)
{
    virTypedParameterPtr param;

    virResetLastError();

    /* As in libvirt, the array grows first, and a NULL value is refused
     * before the name is checked. */
    virTypedParamsReserve(params, maxparams, *nparams);
    if (!value) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("NULL value for field '%1$s'"), name);
        virDispatchError(NULL);
        return -1;
    }

    if (!(param = virTypedParamsAppendEntry(params, nparams, maxparams, name)) ||
        virTypedParamsParseValue(param, name, type, value) < 0) {
        virDispatchError(NULL);
        return -1;
    }
    (*nparams)++;
    return 0;
}


/* ---- releasing ---------------------------------------------------------- */

/**
 * virTypedParamsClear:
 * @params: array of typed parameters, may be NULL
 * @nparams: number of parameters in @params
 *
 * Frees the strings of the string parameters and sets them to NULL; names,
 * types, other values and the array itself are left alone.  Does not touch
 * the last error.
 */
void
virTypedParamsClear(virTypedParameterPtr params,
                    int nparams)
{
    size_t i;

    if (!params)
        return;

    for (i = 0; i < (size_t)nparams; i++) {
        if (params[i].type == VIR_TYPED_PARAM_STRING)
            g_clear_pointer(&params[i].value.s, g_free);
    }
}

/**
 * virTypedParamsFree:
 * @params: array of typed parameters, consumed; may be NULL
 * @nparams: number of parameters in @params
 *
 * Clears @params (see virTypedParamsClear()) and frees the array.  Does
 * not touch the last error.
 */
void
virTypedParamsFree(virTypedParameterPtr params,
                   int nparams)
{
    virTypedParamsClear(params, nparams);
    g_free(params);
}
