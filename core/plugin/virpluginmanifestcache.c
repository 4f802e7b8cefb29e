/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginmanifestcache.c: manifest texts kept between processes
 *
 * The file is $XDG_CACHE_HOME/libvirt/plugin-manifests-HASH.cache, HASH
 * naming the search path, so that each search path has its own:
 *
 *   vireo plugin manifest cache 1
 *   written SECONDS
 *   dir PATH                                     (one per search folder)
 *   entry DIR NAME DEV INO SIZE MTIME MTIME_NS CTIME CTIME_NS LENGTH
 *   TEXT                                         (LENGTH bytes, then "\n")
 *
 * fields separated by tabs, entries in discovery order (folder, then name
 * in strcmp() order).  A manifest is taken from the cache only when
 * stat() still gives all of DEV..CTIME_NS, and when its MTIME is at least
 * two seconds older than the cache: a file changed in the second the cache
 * was written could change again within one timestamp tick, unseen.  Such
 * a file is read every time until a later run writes the cache again.
 *
 * The cache is only ever a shortcut: a file that is unreadable, malformed,
 * written for other folders, not the process's own user's or writable by
 * others is ignored (and replaced).  Privileged processes (setuid or
 * setgid) and LIBVIRT_PLUGIN_CACHE=0 use none.  The new file is written
 * whole under a temporary name and renamed over the old one.
 */
#include <config.h>

#include <sys/stat.h>
#include <unistd.h>

#include "virpluginmanifestcache.h"
#include "virpluginmanifest.h"

#define VIR_PLUGIN_MANIFEST_CACHE_MAGIC "vireo plugin manifest cache 1\n"

/* a cached text is trusted when its file is this much older than the cache */
#define VIR_PLUGIN_MANIFEST_CACHE_SLACK 2

typedef struct {
    guint64 dev;
    guint64 ino;
    guint64 size;
    gint64 mtime;
    guint64 mtimeNsec;
    gint64 ctime;
    guint64 ctimeNsec;
} virPluginManifestStamp;

typedef struct {
    size_t dir;
    const char *name;           /* into the mapped file or @owned: not NUL-ended */
    size_t nameLen;
    virPluginManifestStamp stamp;
    const char *text;           /* likewise */
    size_t len;
} virPluginManifestCacheEntry;

struct _virPluginManifestCache {
    char *path;                 /* the cache file */
    char **dirs;                /* borrowed: the search path */
    GMappedFile *file;          /* the old file, read in place */
    gint64 written;
    GArray *old;                /* virPluginManifestCacheEntry, from the file */
    guint next;                 /* the first old entry not yet passed */
    GArray *now;                /* virPluginManifestCacheEntry, this discovery's */
    GPtrArray *owned;           /* texts read this time, kept for writing */
    bool changed;
};

static unsigned int virPluginManifestCacheHits;

/**
 * virPluginManifestCacheHitsForTests:
 *
 * Returns how many manifests discovery has taken from a cache so far.
 */
unsigned int
virPluginManifestCacheHitsForTests(void)
{
    return virPluginManifestCacheHits;
}

/**
 * virPluginManifestCachePath:
 * @dirs: the search path, NULL-terminated
 *
 * Returns the cache file for @dirs, or NULL when this process uses none.
 */
char *
virPluginManifestCachePath(char **dirs)
{
    const char *env = secure_getenv("LIBVIRT_PLUGIN_CACHE");
    g_autofree char *file = NULL;
    guint64 hash = 14695981039346656037ULL;     /* FNV-1a */
    size_t i;

    if (getuid() != geteuid() || getgid() != getegid())
        return NULL;
    if (env && g_str_equal(env, "0"))
        return NULL;
    /* the file repeats the folders: the hash only has to spread them */
    for (i = 0; dirs[i]; i++) {
        const char *c;

        if (strchr(dirs[i], '\n') || strchr(dirs[i], '\t'))
            return NULL;
        for (c = dirs[i]; ; c++) {
            hash = (hash ^ (unsigned char)*c) * 1099511628211ULL;
            if (!*c)
                break;
        }
    }
    file = g_strdup_printf("plugin-manifests-%016" G_GINT64_MODIFIER "x.cache", hash);
    return g_build_filename(g_get_user_cache_dir(), "libvirt", file, NULL);
}

static void
virPluginManifestStampFrom(virPluginManifestStamp *stamp, const struct stat *st)
{
    stamp->dev = st->st_dev;
    stamp->ino = st->st_ino;
    stamp->size = st->st_size;
    stamp->mtime = st->st_mtim.tv_sec;
    stamp->mtimeNsec = st->st_mtim.tv_nsec;
    stamp->ctime = st->st_ctim.tv_sec;
    stamp->ctimeNsec = st->st_ctim.tv_nsec;
}

static bool
virPluginManifestStampEqual(const virPluginManifestStamp *a, const virPluginManifestStamp *b)
{
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtime == b->mtime && a->mtimeNsec == b->mtimeNsec &&
           a->ctime == b->ctime && a->ctimeNsec == b->ctimeNsec;
}

/* The next field at *@p, ended by @end before @stop: its start and length. */
static bool
virPluginManifestCacheField(const char **p, const char *stop, char end,
                            const char **field, size_t *len)
{
    const char *start = *p;
    const char *q = start;

    while (q < stop && *q != end && *q != '\t' && *q != '\n')
        q++;
    if (q == stop || *q != end)
        return false;
    *field = start;
    *len = q - start;
    *p = q + 1;
    return true;
}

/* A decimal field ended by @end before @stop (g_ascii_strtoull() took a
 * third of the time of reading a cache of 200 manifests). */
static bool
virPluginManifestCacheNumber(const char **p, const char *stop, char end, guint64 *value)
{
    const char *q = *p;
    guint64 v = 0;

    if (q == stop || !g_ascii_isdigit(*q))
        return false;
    for (; q < stop && g_ascii_isdigit(*q); q++) {
        if (v > (G_MAXUINT64 - 9) / 10)
            return false;
        v = v * 10 + (*q - '0');
    }
    if (q == stop || *q != end)
        return false;
    *value = v;
    *p = q + 1;
    return true;
}

/* @p starts with @word, before @stop: passes it. */
static bool
virPluginManifestCacheWord(const char **p, const char *stop, const char *word)
{
    size_t len = strlen(word);

    if ((size_t)(stop - *p) < len || memcmp(*p, word, len) != 0)
        return false;
    *p += len;
    return true;
}

/* Reads the entries of the mapped file; false when it is not a cache of
 * this search path in this format. */
static bool
virPluginManifestCacheParse(virPluginManifestCache *cache)
{
    const char *p = g_mapped_file_get_contents(cache->file);
    const char *stop = p + g_mapped_file_get_length(cache->file);
    size_t ndirs = g_strv_length(cache->dirs);
    guint64 written;
    size_t i;

    if (!p || !virPluginManifestCacheWord(&p, stop, VIR_PLUGIN_MANIFEST_CACHE_MAGIC) ||
        !virPluginManifestCacheWord(&p, stop, "written\t") ||
        !virPluginManifestCacheNumber(&p, stop, '\n', &written))
        return false;
    cache->written = written;
    for (i = 0; i < ndirs; i++) {
        const char *dir;
        size_t len;

        if (!virPluginManifestCacheWord(&p, stop, "dir\t") ||
            !virPluginManifestCacheField(&p, stop, '\n', &dir, &len) ||
            len != strlen(cache->dirs[i]) || memcmp(dir, cache->dirs[i], len) != 0)
            return false;
    }
    while (p < stop) {
        virPluginManifestCacheEntry e = { 0 };
        guint64 dir;
        guint64 v[7];
        guint64 length;
        size_t k;

        if (!virPluginManifestCacheWord(&p, stop, "entry\t") ||
            !virPluginManifestCacheNumber(&p, stop, '\t', &dir) || dir >= ndirs ||
            !virPluginManifestCacheField(&p, stop, '\t', &e.name, &e.nameLen))
            return false;
        for (k = 0; k < G_N_ELEMENTS(v); k++) {
            if (!virPluginManifestCacheNumber(&p, stop, '\t', &v[k]))
                return false;
        }
        if (!virPluginManifestCacheNumber(&p, stop, '\n', &length) ||
            length >= (guint64)(stop - p) || p[length] != '\n' || memchr(p, '\0', length))
            return false;
        e.dir = dir;
        e.stamp = (virPluginManifestStamp) {
            v[0], v[1], v[2], (gint64)v[3], v[4], (gint64)v[5], v[6]
        };
        e.text = p;
        e.len = length;
        p += length + 1;
        g_array_append_val(cache->old, e);
    }
    return true;
}

/**
 * virPluginManifestCacheOpen:
 * @dirs: the search path, NULL-terminated (borrowed until Close)
 *
 * Returns the cache of @dirs, empty when there is none yet or it cannot
 * be trusted, or NULL when this process uses no cache.  Never fails.
 */
virPluginManifestCache *
virPluginManifestCacheOpen(char **dirs)
{
    virPluginManifestCache *cache;
    g_autofree char *path = virPluginManifestCachePath(dirs);
    struct stat st;

    if (!path)
        return NULL;
    cache = g_new0(virPluginManifestCache, 1);
    cache->path = g_steal_pointer(&path);
    cache->dirs = dirs;
    cache->old = g_array_new(FALSE, FALSE, sizeof(virPluginManifestCacheEntry));
    cache->now = g_array_new(FALSE, FALSE, sizeof(virPluginManifestCacheEntry));
    cache->owned = g_ptr_array_new_with_free_func(g_free);

    /* mapped, not read: on a virtual machine the page faults of copying it
     * into fresh heap cost as much as the system calls the cache saves */
    if (stat(cache->path, &st) < 0 || st.st_uid != geteuid() ||
        (st.st_mode & (S_IWGRP | S_IWOTH)) ||
        !(cache->file = g_mapped_file_new(cache->path, FALSE, NULL)) ||
        !virPluginManifestCacheParse(cache)) {
        g_array_set_size(cache->old, 0);
        cache->changed = true;
    }
    return cache;
}

/* strcmp() of an entry's name and @name */
static int
virPluginManifestCacheNameCmp(const virPluginManifestCacheEntry *e, const char *name)
{
    size_t len = strlen(name);
    int cmp = memcmp(e->name, name, MIN(e->nameLen, len));

    if (cmp != 0)
        return cmp;
    return e->nameLen < len ? -1 : e->nameLen > len;
}

/* Passes the old entries before (@dir, @name); returns the one for it. */
static virPluginManifestCacheEntry *
virPluginManifestCacheFind(virPluginManifestCache *cache, size_t dir, const char *name)
{
    while (cache->next < cache->old->len) {
        virPluginManifestCacheEntry *e =
            &g_array_index(cache->old, virPluginManifestCacheEntry, cache->next);
        int cmp = e->dir != dir ? (e->dir < dir ? -1 : 1)
                                : virPluginManifestCacheNameCmp(e, name);

        if (cmp > 0)
            return NULL;
        cache->next++;
        if (cmp == 0)
            return e;
        cache->changed = true;      /* a manifest gone since */
    }
    return NULL;
}

/**
 * virPluginManifestCacheText:
 * @cache: the cache, or NULL
 * @dir: the index of the search folder
 * @dirfd: that folder, open
 * @name: the manifest's file name in it (calls come in discovery order)
 * @path: its path
 *
 * Returns the manifest's text, from the cache when its file has not
 * changed, else read from the file; or NULL with VIR_ERR_OPEN_FAILED
 * reported.
 */
char *
virPluginManifestCacheText(virPluginManifestCache *cache, size_t dir, int dirfd,
                           const char *name, const char *path)
{
    virPluginManifestCacheEntry now = { .dir = dir, .name = name };
    virPluginManifestCacheEntry *old;
    struct stat st;
    char *text;

    if (!cache)
        return virPluginManifestReadText(path);
    old = virPluginManifestCacheFind(cache, dir, name);
    if (fstatat(dirfd, name, &st, 0) < 0 || !S_ISREG(st.st_mode) ||
        strchr(name, '\n') || strchr(name, '\t')) {
        if (old)
            cache->changed = true;
        return virPluginManifestReadText(path);
    }
    virPluginManifestStampFrom(&now.stamp, &st);
    if (old && virPluginManifestStampEqual(&old->stamp, &now.stamp) &&
        now.stamp.mtime + VIR_PLUGIN_MANIFEST_CACHE_SLACK <= cache->written) {
        virPluginManifestCacheHits++;
        g_array_append_val(cache->now, *old);
        return g_strndup(old->text, old->len);
    }
    cache->changed = true;
    if (!(text = virPluginManifestReadText(path)))
        return NULL;
    /* kept only when the text is the whole file as stamped: not one with a
     * NUL byte, nor one that changed between the stat() and the read */
    now.len = strlen(text);
    if (now.len != now.stamp.size)
        return text;
    now.name = g_strdup(name);
    now.nameLen = strlen(name);
    g_ptr_array_add(cache->owned, (char *)now.name);
    now.text = g_strndup(text, now.len);
    g_ptr_array_add(cache->owned, (char *)now.text);
    g_array_append_val(cache->now, now);
    return text;
}

static void
virPluginManifestCacheWrite(virPluginManifestCache *cache)
{
    g_autoptr(GString) out = g_string_new(VIR_PLUGIN_MANIFEST_CACHE_MAGIC);
    g_autofree char *folder = g_path_get_dirname(cache->path);
    guint i;

    g_string_append_printf(out, "written\t%" G_GINT64_FORMAT "\n",
                           g_get_real_time() / G_USEC_PER_SEC);
    for (i = 0; cache->dirs[i]; i++)
        g_string_append_printf(out, "dir\t%s\n", cache->dirs[i]);
    for (i = 0; i < cache->now->len; i++) {
        const virPluginManifestCacheEntry *e =
            &g_array_index(cache->now, virPluginManifestCacheEntry, i);

        g_string_append_printf(out, "entry\t%zu\t%.*s\t%" G_GUINT64_FORMAT "\t%" G_GUINT64_FORMAT
                               "\t%" G_GUINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GUINT64_FORMAT
                               "\t%" G_GINT64_FORMAT "\t%" G_GUINT64_FORMAT "\t%zu\n",
                               e->dir, (int)e->nameLen, e->name, e->stamp.dev, e->stamp.ino, e->stamp.size,
                               e->stamp.mtime, e->stamp.mtimeNsec, e->stamp.ctime,
                               e->stamp.ctimeNsec, e->len);
        g_string_append_len(out, e->text, e->len);
        g_string_append_c(out, '\n');
    }
    /* best effort: a cache that cannot be written is no error */
    if (g_mkdir_with_parents(folder, 0700) < 0)
        return;
    g_file_set_contents_full(cache->path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                             0600, NULL);
}

/**
 * virPluginManifestCacheClose:
 * @cache: the cache, or NULL
 *
 * Writes the cache again when what discovery found differs from it, and
 * frees it.
 */
void
virPluginManifestCacheClose(virPluginManifestCache *cache)
{
    if (!cache)
        return;
    if (cache->next < cache->old->len)
        cache->changed = true;      /* manifests gone at the end */
    if (cache->changed)
        virPluginManifestCacheWrite(cache);
    g_array_unref(cache->old);
    g_array_unref(cache->now);
    g_ptr_array_unref(cache->owned);
    if (cache->file)
        g_mapped_file_unref(cache->file);
    g_free(cache->path);
    g_free(cache);
}
