/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_index.c: the test hypervisor's domain objects and their index by
 * name, by UUID and by id
 *
 * Built for lookups whose cost does not grow with the number of domains.
 * A GHashTable lookup walks a hashes, a keys and a values array, the key
 * (a separate allocation) and then the object, and objects allocated
 * between parsing temporaries end up scattered over the heap: a state of
 * 100,000 domains no longer fits the caches and each of those steps can
 * be a miss.  Here:
 *
 *  - the objects live in chunks of TEST_DOMAIN_CHUNK, cache-line aligned,
 *    with the name inline when it is short, so a lookup and the handle it
 *    returns read the object's first cache line, and domains defined one
 *    after the other sit next to each other;
 *  - an object has a fixed 32-bit number (its place in the chunks), so a
 *    table slot is 8 bytes, the key's hash and the number side by side:
 *    a lookup reads one slot line, compares hashes and reads only the
 *    objects whose hash matches;
 *  - the tables use linear probing over a power-of-two capacity, at most
 *    4/5 full: with eight slots to a line a probe still rarely leaves its
 *    line, and the smaller table stays in the caches longer.  Deletion
 *    shifts the entries that follow back instead of leaving tombstones,
 *    so probes stop at the first free slot, and growing rehashes from the
 *    slots alone;
 *  - API calls come in runs on one domain (look a domain up, then act on
 *    the handle, which finds the object again by UUID): the object found
 *    last is checked before hashing and probing.
 *
 * The memory of a removed object is reused by the next new one and given
 * back with the index (at most the peak number of domains times 128 bytes).
 */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include "test_private.h"

#define TEST_DOMAIN_CHUNK_SHIFT 8
#define TEST_DOMAIN_CHUNK (1u << TEST_DOMAIN_CHUNK_SHIFT)  /* objects per chunk */
#define TEST_DOMAIN_TABLE_MIN 16                           /* slots; a power of two */
#define TEST_DOMAIN_LINE 64                                /* cache line, bytes */

/* A table slot: 0 in @number is a free slot, so numbers start at 1. */
struct _testDomainSlot {
    guint32 hash;
    guint32 number;
};


/* ---- hashes ---------------------------------------------------------------------- */

/* Spreads the bits of @h over the low ones that the capacity mask keeps
 * (FNV-1a's low bits are its weakest, and ids are small and sequential).
 * A bijection: distinct ids keep distinct hashes. */
static guint32
testDomainHashMix(guint32 h)
{
    h ^= h >> 15;
    h *= 0x9e3779b1u;                          /* 2^32 / golden ratio, odd */
    h ^= h >> 16;
    return h;
}

/* FNV-1a over @len bytes of @data, mixed. */
static guint32
testDomainHashBytes(const void *data, size_t len)
{
    const unsigned char *p = data;
    guint32 h = 2166136261u;
    size_t i;

    for (i = 0; i < len; i++)
        h = (h ^ p[i]) * 16777619u;
    return testDomainHashMix(h);
}

static guint32
testDomainHashName(const char *name)
{
    return testDomainHashBytes(name, strlen(name));
}

static guint32
testDomainHashUUID(const unsigned char *uuid)
{
    /* all sixteen bytes: chosen UUIDs often differ only at the end */
    return testDomainHashBytes(uuid, VIR_UUID_BUFLEN);
}

static guint32
testDomainHashID(int id)
{
    return testDomainHashMix((guint32)id);
}


/* ---- objects ----------------------------------------------------------------------- */

static testDomainObj *
testDomainIndexObj(const testDomainIndex *idx, guint32 number)
{
    guint32 n = number - 1;

    return &idx->chunks[n >> TEST_DOMAIN_CHUNK_SHIFT][n & (TEST_DOMAIN_CHUNK - 1)];
}

/* A zeroed object: a free one if any, else the next of the last chunk. */
static testDomainObj *
testDomainIndexNewObj(testDomainIndex *idx)
{
    testDomainObj *obj;
    guint32 number;

    if (idx->nfree > 0) {
        number = idx->freeNumbers[--idx->nfree];
    } else {
        if (idx->nobjs % TEST_DOMAIN_CHUNK == 0) {
            guint32 c = idx->nobjs >> TEST_DOMAIN_CHUNK_SHIFT;
            char *mem = g_malloc0(TEST_DOMAIN_CHUNK * sizeof(testDomainObj) +
                                  TEST_DOMAIN_LINE - 1);
            uintptr_t aligned = ((uintptr_t)mem + TEST_DOMAIN_LINE - 1) &
                                ~(uintptr_t)(TEST_DOMAIN_LINE - 1);

            idx->chunkMem = g_renew(void *, idx->chunkMem, c + 1);
            idx->chunks = g_renew(testDomainObj *, idx->chunks, c + 1);
            idx->chunkMem[c] = mem;
            idx->chunks[c] = (testDomainObj *)aligned;
            idx->freeNumbers = g_renew(guint32, idx->freeNumbers,
                                       (c + 1) * TEST_DOMAIN_CHUNK);
        }
        number = ++idx->nobjs;
    }
    obj = testDomainIndexObj(idx, number);
    obj->number = number;
    return obj;
}

static void
testDomainIndexFreeObj(testDomainIndex *idx, testDomainObj *obj)
{
    guint32 number = obj->number;

    if (obj->name != obj->nameInline)
        g_free(obj->name);
    memset(obj, 0, sizeof(*obj));
    idx->freeNumbers[idx->nfree++] = number;
}


/* ---- one table ----------------------------------------------------------------------- */

static void
testDomainTableResize(testDomainTable *table, guint32 capacity)
{
    testDomainSlot *old = table->slots;
    guint32 oldCapacity = old ? table->mask + 1 : 0;
    guint32 i;

    table->slots = g_new0(testDomainSlot, capacity);
    table->mask = capacity - 1;
    for (i = 0; i < oldCapacity; i++) {
        guint32 j;

        if (!old[i].number)
            continue;
        for (j = old[i].hash & table->mask; table->slots[j].number; j = (j + 1) & table->mask)
            ;
        table->slots[j] = old[i];
    }
    g_free(old);
}

static void
testDomainTableInsert(testDomainTable *table, guint32 hash, guint32 number)
{
    guint32 i;

    if (!table->slots)
        testDomainTableResize(table, TEST_DOMAIN_TABLE_MIN);
    else if ((guint64)(table->count + 1) * 5 > (guint64)(table->mask + 1) * 4)
        testDomainTableResize(table, (table->mask + 1) * 2);
    for (i = hash & table->mask; table->slots[i].number; i = (i + 1) & table->mask)
        ;
    table->slots[i].hash = hash;
    table->slots[i].number = number;
    table->count++;
}

/* Removes @number, indexed under @hash (a no-op when it is not there). */
static void
testDomainTableDelete(testDomainTable *table, guint32 hash, guint32 number)
{
    guint32 mask = table->mask;
    guint32 i;
    guint32 j;

    if (!table->slots)
        return;
    for (i = hash & mask; table->slots[i].number != number; i = (i + 1) & mask) {
        if (!table->slots[i].number)
            return;
    }
    /* Close the gap at i: an entry further on in the run moves into it
     * unless its home slot lies cyclically after i (a probe for it would
     * then start past i). */
    for (j = (i + 1) & mask; table->slots[j].number; j = (j + 1) & mask) {
        guint32 home = table->slots[j].hash & mask;

        if (((j - home) & mask) >= ((j - i) & mask)) {
            table->slots[i] = table->slots[j];
            i = j;
        }
    }
    table->slots[i].number = 0;
    table->count--;
    /* give memory back after mass removals, with a margin against
     * flapping between two sizes */
    if (mask + 1 > TEST_DOMAIN_TABLE_MIN && table->count * 8 < mask + 1)
        testDomainTableResize(table, (mask + 1) / 2);
}

/* The first slot whose hash is @hash from where a probe for @hash starts,
 * then the next ones (@i: the last slot returned); G_MAXUINT32 at the end
 * of the run. */
static guint32
testDomainTableNext(const testDomainTable *table, guint32 hash, guint32 i)
{
    i = i == G_MAXUINT32 ? hash & table->mask : (i + 1) & table->mask;
    for (; table->slots[i].number; i = (i + 1) & table->mask) {
        if (table->slots[i].hash == hash)
            return i;
    }
    return G_MAXUINT32;
}

static void
testDomainTableClear(testDomainTable *table)
{
    g_clear_pointer(&table->slots, g_free);
    table->mask = 0;
    table->count = 0;
}


/* ---- the index ------------------------------------------------------------------- */

/**
 * testDomainIndexClear:
 * @idx: the index of a state
 *
 * Frees the tables and the memory of every object (whose definitions the
 * caller freed), and leaves @idx empty and usable.
 */
void
testDomainIndexClear(testDomainIndex *idx)
{
    guint32 nchunks = (idx->nobjs + TEST_DOMAIN_CHUNK - 1) >> TEST_DOMAIN_CHUNK_SHIFT;
    guint32 c;
    guint32 n;

    for (n = 1; n <= idx->nobjs; n++) {
        testDomainObj *obj = testDomainIndexObj(idx, n);

        if (obj->name != obj->nameInline)
            g_free(obj->name);
    }
    for (c = 0; c < nchunks; c++)
        g_free(idx->chunkMem[c]);
    g_clear_pointer(&idx->chunkMem, g_free);
    g_clear_pointer(&idx->chunks, g_free);
    g_clear_pointer(&idx->freeNumbers, g_free);
    idx->nobjs = 0;
    idx->nfree = 0;
    idx->recent = 0;
    testDomainTableClear(&idx->byName);
    testDomainTableClear(&idx->byUUID);
    testDomainTableClear(&idx->byID);
}

/**
 * testDomainIndexAdd:
 * @idx: the index of a state
 * @name: the new object's name (copied); no indexed object has it
 * @uuid: its UUID (copied); no indexed object has it
 *
 * Returns a new object (owned by @idx until testDomainIndexRemove()),
 * indexed by @name and @uuid, inactive (id -1), every other member zero.
 */
testDomainObj *
testDomainIndexAdd(testDomainIndex *idx, const char *name, const unsigned char *uuid)
{
    testDomainObj *obj = testDomainIndexNewObj(idx);
    size_t size = strlen(name) + 1;

    if (size <= sizeof(obj->nameInline)) {
        memcpy(obj->nameInline, name, size);
        obj->name = obj->nameInline;
    } else {
        obj->name = g_strdup(name);
    }
    memcpy(obj->uuid, uuid, VIR_UUID_BUFLEN);
    obj->id = -1;
    testDomainTableInsert(&idx->byName, testDomainHashName(name), obj->number);
    testDomainTableInsert(&idx->byUUID, testDomainHashUUID(uuid), obj->number);
    idx->recent = obj->number;
    return obj;
}

/**
 * testDomainIndexRemove:
 * @idx: the index of a state
 * @obj: an object of @idx, whose definitions the caller freed
 *
 * Forgets @obj under all its keys and frees it.
 */
void
testDomainIndexRemove(testDomainIndex *idx, testDomainObj *obj)
{
    testDomainTableDelete(&idx->byName, testDomainHashName(obj->name), obj->number);
    testDomainTableDelete(&idx->byUUID, testDomainHashUUID(obj->uuid), obj->number);
    if (obj->id >= 0)
        testDomainIndexRemoveID(idx, obj);
    if (idx->recent == obj->number)
        idx->recent = 0;
    testDomainIndexFreeObj(idx, obj);
}

/**
 * testDomainIndexAddID:
 * @idx: the index of a state
 * @obj: an object of @idx that has just got its id (>= 0, unique)
 */
void
testDomainIndexAddID(testDomainIndex *idx, testDomainObj *obj)
{
    testDomainTableInsert(&idx->byID, testDomainHashID(obj->id), obj->number);
}

/**
 * testDomainIndexRemoveID:
 * @idx: the index of a state
 * @obj: an object of @idx about to lose its id (still in obj->id)
 */
void
testDomainIndexRemoveID(testDomainIndex *idx, testDomainObj *obj)
{
    testDomainTableDelete(&idx->byID, testDomainHashID(obj->id), obj->number);
}

/**
 * testDomainIndexFindName:
 * @idx: the index of a state
 * @name: a domain name
 *
 * Returns the object named @name (borrowed), or NULL.  A found object is
 * the one testDomainIndexFindUUID() checks first.
 */
testDomainObj *
testDomainIndexFindName(testDomainIndex *idx, const char *name)
{
    const testDomainTable *table = &idx->byName;
    guint32 hash;
    guint32 i = G_MAXUINT32;

    if (!table->slots)
        return NULL;
    hash = testDomainHashName(name);
    while ((i = testDomainTableNext(table, hash, i)) != G_MAXUINT32) {
        testDomainObj *obj = testDomainIndexObj(idx, table->slots[i].number);

        if (strcmp(obj->name, name) == 0) {
            idx->recent = obj->number;
            return obj;
        }
    }
    return NULL;
}

/**
 * testDomainIndexFindUUID:
 * @idx: the index of a state
 * @uuid: VIR_UUID_BUFLEN raw bytes
 *
 * Returns the object with @uuid (borrowed), or NULL.  The object found
 * last by any lookup (or added last) is checked before the table.
 */
testDomainObj *
testDomainIndexFindUUID(testDomainIndex *idx, const unsigned char *uuid)
{
    const testDomainTable *table = &idx->byUUID;
    guint32 hash;
    guint32 i = G_MAXUINT32;

    if (idx->recent) {
        testDomainObj *obj = testDomainIndexObj(idx, idx->recent);

        if (memcmp(obj->uuid, uuid, VIR_UUID_BUFLEN) == 0)
            return obj;
    }
    if (!table->slots)
        return NULL;
    hash = testDomainHashUUID(uuid);
    while ((i = testDomainTableNext(table, hash, i)) != G_MAXUINT32) {
        testDomainObj *obj = testDomainIndexObj(idx, table->slots[i].number);

        if (memcmp(obj->uuid, uuid, VIR_UUID_BUFLEN) == 0) {
            idx->recent = obj->number;
            return obj;
        }
    }
    return NULL;
}

/**
 * testDomainIndexFindID:
 * @idx: the index of a state
 * @id: a domain id
 *
 * Returns the active object with @id (borrowed), or NULL.  A found object
 * is the one testDomainIndexFindUUID() checks first.
 */
testDomainObj *
testDomainIndexFindID(testDomainIndex *idx, int id)
{
    const testDomainTable *table = &idx->byID;
    guint32 i;

    if (!table->slots || id < 0)
        return NULL;
    /* the hash of an id is a bijection: no need to compare the objects' */
    if ((i = testDomainTableNext(table, testDomainHashID(id), G_MAXUINT32)) == G_MAXUINT32)
        return NULL;
    idx->recent = table->slots[i].number;
    return testDomainIndexObj(idx, idx->recent);
}
