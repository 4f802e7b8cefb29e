/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virobject.c: reference-counted objects with a class tag
 */
#include <config.h>

#include "virobject.h"

#define VIR_OBJECT_DEAD_MAGIC 0xdeadbeefU

/**
 * virObjectNew:
 * @klass: the class; its @size includes the virObject header
 *
 * Returns a zeroed object of @klass holding one reference.  Never fails.
 */
void *
virObjectNew(const virClass *klass)
{
    virObject *obj = g_malloc0(klass->size);

    obj->magic = klass->magic;
    obj->klass = klass;
    g_atomic_int_set(&obj->refs, 1);
    return obj;
}

/**
 * virObjectRef:
 * @obj: an object, or NULL
 *
 * Adds a reference.  Returns @obj.
 */
void *
virObjectRef(void *obj)
{
    virObject *o = obj;

    if (o)
        g_atomic_int_inc(&o->refs);
    return obj;
}

/**
 * virObjectUnref:
 * @obj: an object, or NULL
 *
 * Drops a reference; the last one disposes and frees the object.
 * Returns the number of references left (0 when it was freed).
 */
int
virObjectUnref(void *obj)
{
    virObject *o = obj;
    int left;

    if (!o)
        return 0;
    left = g_atomic_int_add(&o->refs, -1) - 1;
    if (left == 0) {
        if (o->klass->dispose)
            o->klass->dispose(o);
        o->magic = VIR_OBJECT_DEAD_MAGIC;
        g_free(o);
    }
    return left;
}

/**
 * virObjectIsClass:
 * @obj: a pointer that should be an object of @klass, or NULL
 * @klass: the expected class
 *
 * Returns true if @obj is a live object of @klass.
 */
bool
virObjectIsClass(const void *obj, const virClass *klass)
{
    const virObject *o = obj;

    return o && o->magic == klass->magic && o->klass == klass &&
           g_atomic_int_get(&o->refs) > 0;
}

/**
 * virObjectHasClass:
 * @obj: a pointer that should be an object of @klass, or NULL
 * @klass: the expected class
 *
 * Like virObjectIsClass(), but also true while the object is being
 * disposed (no reference left): for code that its dispose function calls.
 */
bool
virObjectHasClass(const void *obj, const virClass *klass)
{
    const virObject *o = obj;

    return o && o->magic == klass->magic && o->klass == klass;
}

/**
 * virObjectRefCount:
 * @obj: an object
 *
 * Returns the current number of references (for tests and debugging).
 */
int
virObjectRefCount(const void *obj)
{
    const virObject *o = obj;

    return o ? g_atomic_int_get(&o->refs) : 0;
}
