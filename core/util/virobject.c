/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virobject.c: reference-counted objects with a class tag
 *
 * Small objects (the public handles: domains, networks, pools, ...) are
 * recycled rather than handed back to malloc.  A program that lists
 * 100,000 domains creates and frees 100,000 handles at once; given back
 * to malloc, that memory sits at the top of the heap, glibc returns it to
 * the kernel, and the next list faults every page in again (zeroed by the
 * kernel, which also evicts the caches).  Kept in per-size free lists,
 * the same memory serves the next list.  The lists are bounded
 * (VIR_OBJECT_CACHE_MAX_BYTES) and are off in AddressSanitizer builds, so
 * that a use after free still shows there.
 */
#include <config.h>

#include <pthread.h>

#include "virobject.h"

#define VIR_OBJECT_DEAD_MAGIC 0xdeadbeefU

/* Allocations are made in steps of VIR_OBJECT_CACHE_GRAIN bytes, so that
 * every object of one step fits every free slot of that step. */
#define VIR_OBJECT_CACHE_GRAIN 16
#define VIR_OBJECT_CACHE_SIZES 16       /* recycled: objects up to 256 bytes */

#if defined(__SANITIZE_ADDRESS__)
# define VIR_OBJECT_CACHE_ENABLED 0
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define VIR_OBJECT_CACHE_ENABLED 0
# endif
#endif
#ifndef VIR_OBJECT_CACHE_ENABLED
# define VIR_OBJECT_CACHE_ENABLED 1
#endif

/* A free slot: the header's magic stays dead, the rest links the list. */
typedef struct _virObjectSlot virObjectSlot;
struct _virObjectSlot {
    unsigned int magic;
    gint refs;
    virObjectSlot *next;
};
G_STATIC_ASSERT(sizeof(virObjectSlot) <= sizeof(virObject));
G_STATIC_ASSERT(offsetof(virObjectSlot, magic) == offsetof(virObject, magic));
G_STATIC_ASSERT(offsetof(virObjectSlot, refs) == offsetof(virObject, refs));

static GMutex virObjectCacheLock;
static virObjectSlot *virObjectCacheLists[VIR_OBJECT_CACHE_SIZES];
static size_t virObjectCacheCount;
static size_t virObjectCacheBytes;

/* A child of fork() must not inherit the lock held by another thread. */
static void
virObjectCacheForkPrepare(void)
{
    g_mutex_lock(&virObjectCacheLock);
}

static void
virObjectCacheForkDone(void)
{
    g_mutex_unlock(&virObjectCacheLock);
}

static void
virObjectCacheInit(void)
{
    static gsize done;

    if (g_once_init_enter(&done)) {
        pthread_atfork(virObjectCacheForkPrepare, virObjectCacheForkDone,
                       virObjectCacheForkDone);
        g_once_init_leave(&done, 1);
    }
}

/* The allocated size of an object of @size bytes: a whole number of steps. */
static size_t
virObjectAllocSize(size_t size)
{
    return (size + VIR_OBJECT_CACHE_GRAIN - 1) & ~(size_t)(VIR_OBJECT_CACHE_GRAIN - 1);
}

static void *
virObjectAlloc(size_t size)
{
    size_t step = size / VIR_OBJECT_CACHE_GRAIN - 1;
    virObjectSlot *slot = NULL;

    if (VIR_OBJECT_CACHE_ENABLED && step < VIR_OBJECT_CACHE_SIZES) {
        virObjectCacheInit();
        g_mutex_lock(&virObjectCacheLock);
        if ((slot = virObjectCacheLists[step])) {
            virObjectCacheLists[step] = slot->next;
            virObjectCacheCount--;
            virObjectCacheBytes -= size;
        }
        g_mutex_unlock(&virObjectCacheLock);
    }
    if (slot) {
        memset(slot, 0, size);
        return slot;
    }
    return g_malloc0(size);
}

static void
virObjectRelease(virObject *obj)
{
    size_t size = obj->size;
    size_t step = size / VIR_OBJECT_CACHE_GRAIN - 1;

    if (VIR_OBJECT_CACHE_ENABLED && step < VIR_OBJECT_CACHE_SIZES) {
        virObjectSlot *slot = (virObjectSlot *)obj;

        g_mutex_lock(&virObjectCacheLock);
        if (virObjectCacheBytes + size <= VIR_OBJECT_CACHE_MAX_BYTES) {
            slot->next = virObjectCacheLists[step];
            virObjectCacheLists[step] = slot;
            virObjectCacheCount++;
            virObjectCacheBytes += size;
            slot = NULL;
        }
        g_mutex_unlock(&virObjectCacheLock);
        if (!slot)
            return;
    }
    g_free(obj);
}

/**
 * virObjectNewExtra:
 * @klass: the class; its @size includes the virObject header
 * @extra: bytes to reserve after the object (strings the object owns)
 * @extrap: set to those bytes (zeroed), or NULL when @extra is 0
 *
 * Returns a zeroed object of @klass holding one reference, with @extra
 * bytes of storage after it that go with the object.  Never fails.
 */
void *
virObjectNewExtra(const virClass *klass, size_t extra, void **extrap)
{
    size_t size = virObjectAllocSize(klass->size + extra);
    virObject *obj = virObjectAlloc(size);

    obj->magic = klass->magic;
    obj->size = size;
    obj->klass = klass;
    g_atomic_int_set(&obj->refs, 1);
    if (extrap)
        *extrap = extra ? (char *)obj + klass->size : NULL;
    return obj;
}

/**
 * virObjectNew:
 * @klass: the class; its @size includes the virObject header
 *
 * Returns a zeroed object of @klass holding one reference.  Never fails.
 */
void *
virObjectNew(const virClass *klass)
{
    return virObjectNewExtra(klass, 0, NULL);
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
        virObjectRelease(o);
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

/**
 * virObjectCacheStatsForTests:
 * @objects: set to the number of free slots kept for reuse
 * @bytes: set to their size in bytes
 *
 * Returns whether this build recycles objects at all.
 */
bool
virObjectCacheStatsForTests(size_t *objects, size_t *bytes)
{
    g_mutex_lock(&virObjectCacheLock);
    *objects = virObjectCacheCount;
    *bytes = virObjectCacheBytes;
    g_mutex_unlock(&virObjectCacheLock);
    return VIR_OBJECT_CACHE_ENABLED;
}
