/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virobject.h: reference-counted objects with a class tag
 *
 * Every public handle (connection, domain, network, ...) is a virObject.
 * The class tag lets entry points reject stale or foreign pointers with the
 * right VIR_ERR_INVALID_* code instead of crashing on them.
 */
#pragma once

#include "internal.h"

typedef struct _virClass virClass;
typedef struct _virObject virObject;

struct _virClass {
    const char *name;
    unsigned int magic;             /* unique per class; cleared on dispose */
    size_t size;
    void (*dispose)(void *obj);     /* frees the members, not the object */
};

struct _virObject {
    unsigned int magic;
    gint refs;
    const virClass *klass;
    size_t size;                    /* allocated bytes, extra included */
};

/* The largest total of free objects kept for reuse (see virobject.c). */
#define VIR_OBJECT_CACHE_MAX_BYTES (32 * 1024 * 1024)

void *virObjectNew(const virClass *klass);
void *virObjectNewExtra(const virClass *klass, size_t extra, void **extrap);
void *virObjectRef(void *obj);
int virObjectUnref(void *obj);
bool virObjectIsClass(const void *obj, const virClass *klass);
bool virObjectHasClass(const void *obj, const virClass *klass);
int virObjectRefCount(const void *obj);
bool virObjectCacheStatsForTests(size_t *objects, size_t *bytes);
