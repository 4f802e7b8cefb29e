/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virobjecttest.c: reference counting, class checks and the recycling of
 * freed objects (virobject.c)
 */
#include <config.h>

#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "virobject.h"

typedef struct {
    virObject parent;
    int *disposed;                  /* counts dispose calls */
    char payload[40];
} testObj;

typedef struct {
    virObject parent;
    char payload[400];              /* too big to be recycled */
} testBigObj;

static void
testObjDispose(void *obj)
{
    testObj *o = obj;

    if (o->disposed)
        (*o->disposed)++;
}

static const virClass testObjClass = { "testObj", 0x7e570001, sizeof(testObj), testObjDispose };
static const virClass testOtherClass = { "testOther", 0x7e570002, sizeof(testObj), NULL };
static const virClass testBigClass = { "testBig", 0x7e570003, sizeof(testBigObj), NULL };

static bool
testCacheEnabled(void)
{
    size_t objects, bytes;

    return virObjectCacheStatsForTests(&objects, &bytes);
}

static void
testObjRefs(void)
{
    int disposed = 0;
    testObj *o = virObjectNew(&testObjClass);

    o->disposed = &disposed;
    g_assert_cmpint(virObjectRefCount(o), ==, 1);
    g_assert_true(virObjectRef(o) == o);
    g_assert_cmpint(virObjectUnref(o), ==, 1);
    g_assert_true(virObjectIsClass(o, &testObjClass));
    g_assert_false(virObjectIsClass(o, &testOtherClass));
    g_assert_false(virObjectIsClass(NULL, &testObjClass));
    g_assert_cmpint(disposed, ==, 0);
    g_assert_cmpint(virObjectUnref(o), ==, 0);
    g_assert_cmpint(disposed, ==, 1);
    g_assert_cmpint(virObjectUnref(NULL), ==, 0);
    g_assert_null(virObjectRef(NULL));
}

/* The extra bytes follow the object, zeroed, and go with it. */
static void
testObjExtra(void)
{
    void *extra = NULL;
    testObj *o = virObjectNewExtra(&testObjClass, 100, &extra);

    g_assert_true((char *)extra == (char *)o + sizeof(testObj));
    g_assert_true(((char *)extra)[0] == 0 && ((char *)extra)[99] == 0);
    memset(extra, 'x', 100);
    g_assert_true(virObjectIsClass(o, &testObjClass));
    virObjectUnref(o);

    o = virObjectNewExtra(&testObjClass, 0, &extra);
    g_assert_null(extra);
    virObjectUnref(o);
}

/* A freed object's memory serves the next object of its size, zeroed,
 * and a pointer to it no longer passes the class check. */
static void
testObjRecycle(void)
{
    size_t objects, bytes, objects2, bytes2;
    testObj *o, *again;
    void *extra;

    if (!testCacheEnabled()) {
        g_test_skip("objects are not recycled in this build (AddressSanitizer)");
        return;
    }
    o = virObjectNewExtra(&testObjClass, 20, &extra);
    memset(o->payload, 'p', sizeof(o->payload));
    memset(extra, 'e', 20);
    virObjectCacheStatsForTests(&objects, &bytes);
    virObjectUnref(o);
    virObjectCacheStatsForTests(&objects2, &bytes2);
    g_assert_cmpuint(objects2, ==, objects + 1);
    g_assert_cmpuint(bytes2, ==, bytes + ((sizeof(testObj) + 20 + 15) & ~(size_t)15));
    g_assert_false(virObjectIsClass(o, &testObjClass));
    g_assert_false(virObjectHasClass(o, &testObjClass));

    /* same allocation step, other class: the same memory, all zero */
    again = virObjectNewExtra(&testOtherClass, 24, &extra);
    g_assert_true(again == o);
    g_assert_true(virObjectIsClass(again, &testOtherClass));
    g_assert_false(virObjectIsClass(again, &testObjClass));
    g_assert_null(again->disposed);
    g_assert_cmpint(again->payload[0], ==, 0);
    g_assert_cmpint(again->payload[sizeof(again->payload) - 1], ==, 0);
    g_assert_cmpint(((char *)extra)[0], ==, 0);
    g_assert_cmpint(((char *)extra)[23], ==, 0);
    virObjectCacheStatsForTests(&objects2, &bytes2);
    g_assert_cmpuint(objects2, ==, objects);
    g_assert_cmpuint(bytes2, ==, bytes);
    virObjectUnref(again);
}

/* Objects over the largest step go back to malloc. */
static void
testObjBigNotKept(void)
{
    size_t objects, bytes, objects2, bytes2;

    virObjectCacheStatsForTests(&objects, &bytes);
    virObjectUnref(virObjectNew(&testBigClass));
    virObjectUnref(virObjectNewExtra(&testObjClass, 300, NULL));
    virObjectCacheStatsForTests(&objects2, &bytes2);
    g_assert_cmpuint(objects2, ==, objects);
    g_assert_cmpuint(bytes2, ==, bytes);
}

/* Past VIR_OBJECT_CACHE_MAX_BYTES, freed objects go back to malloc. */
static void
testObjCacheBound(void)
{
    size_t n = VIR_OBJECT_CACHE_MAX_BYTES / 128 + 1000;
    g_autofree testObj **objs = g_new(testObj *, n);
    size_t objects, bytes;
    size_t i;
    size_t pass;

    if (!testCacheEnabled()) {
        g_test_skip("objects are not recycled in this build (AddressSanitizer)");
        return;
    }
    /* the second pass uses what the first kept: the bound still holds */
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < n; i++)
            objs[i] = virObjectNewExtra(&testObjClass, 128 - sizeof(testObj), NULL);
        for (i = 0; i < n; i++)
            virObjectUnref(objs[i]);
        virObjectCacheStatsForTests(&objects, &bytes);
        g_assert_cmpuint(bytes, <=, VIR_OBJECT_CACHE_MAX_BYTES);
        g_assert_cmpuint(bytes, >, VIR_OBJECT_CACHE_MAX_BYTES - 128);
    }
}

static gpointer
testObjThread(gpointer data)
{
    size_t seed = GPOINTER_TO_SIZE(data);
    testObj *held[64] = { NULL };
    size_t i;

    for (i = 0; i < 200000; i++) {
        size_t slot = (i * 7 + seed) % G_N_ELEMENTS(held);

        if (held[slot]) {
            g_assert_true(virObjectIsClass(held[slot], &testObjClass));
            g_assert_cmpint(held[slot]->payload[0], ==, (char)slot);
            virObjectUnref(held[slot]);
        }
        held[slot] = virObjectNewExtra(&testObjClass, (i + seed) % 200, NULL);
        held[slot]->payload[0] = (char)slot;
    }
    for (i = 0; i < G_N_ELEMENTS(held); i++)
        virObjectUnref(held[i]);
    return NULL;
}

/* Threads creating and freeing objects never get one another's objects. */
static void
testObjThreads(void)
{
    GThread *threads[4];
    size_t objects, bytes;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        threads[i] = g_thread_new("objects", testObjThread, GSIZE_TO_POINTER(i * 13));
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_thread_join(threads[i]);
    virObjectCacheStatsForTests(&objects, &bytes);
    g_assert_cmpuint(bytes, <=, VIR_OBJECT_CACHE_MAX_BYTES);
    g_assert_cmpuint(bytes, >=, objects * 32);
}

static gpointer
testObjForkHolder(gpointer data)
{
    gint *stop = data;

    while (!g_atomic_int_get(stop))
        virObjectUnref(virObjectNew(&testObjClass));
    return NULL;
}

/* A child forked while another thread creates objects can create its own:
 * the free lists' lock is never inherited held. */
static void
testObjFork(void)
{
    gint stop = 0;
    GThread *thread;
    size_t i;

    /* (AddressSanitizer's own allocator is not safe across fork() while
     * another thread allocates: nothing of ours to test there) */
    if (!testCacheEnabled()) {
        g_test_skip("objects are not recycled in this build (AddressSanitizer)");
        return;
    }
    thread = g_thread_new("holder", testObjForkHolder, &stop);

    for (i = 0; i < 20; i++) {
        int status = 0;
        pid_t pid = fork();

        g_assert_cmpint(pid, >=, 0);
        if (pid == 0) {
            size_t j;

            alarm(10);
            for (j = 0; j < 1000; j++)
                virObjectUnref(virObjectNew(&testObjClass));
            _exit(0);
        }
        g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
        g_assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    g_atomic_int_set(&stop, 1);
    g_thread_join(thread);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/object/refs", testObjRefs);
    g_test_add_func("/object/extra", testObjExtra);
    g_test_add_func("/object/recycle", testObjRecycle);
    g_test_add_func("/object/big-not-kept", testObjBigNotKept);
    g_test_add_func("/object/cache-bound", testObjCacheBound);
    g_test_add_func("/object/threads", testObjThreads);
    g_test_add_func("/object/fork", testObjFork);
    return g_test_run();
}
