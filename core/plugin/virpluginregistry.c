/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginregistry.c: finding, loading and checking plugins
 */
#include <config.h>

#include <dirent.h>
#include <dlfcn.h>
#include <ltdl.h>
#include <stdlib.h>
#include <unistd.h>

#include "virplugin.h"
#include "virpluginmanifestcache.h"
#include "virerror.h"
#include "virdriver.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* Size of the 1.0 descriptor: a shorter one cannot be read safely. */
#define VIR_PLUGIN_DESCRIPTOR_V1_0_SIZE \
    (offsetof(virPluginDescriptor, shutdown) + sizeof(((virPluginDescriptor *)0)->shutdown))

static const char *const virPluginStateNames[] = {
    "available", "loaded", "invalid-manifest", "not-found", "dlopen-failed", "no-entry",
    "bad-descriptor", "abi-mismatch", "core-too-old", "init-failed", "shadowed", "disabled",
};
G_STATIC_ASSERT(G_N_ELEMENTS(virPluginStateNames) == VIR_PLUGIN_STATE_LAST);

/* Guards the registry and every libltdl call (libltdl is not thread-safe).
 * Recursive: a plugin's init() may open a connection served by another. */
static GRecMutex virPluginLock;
static GPtrArray *virPlugins;              /* virPlugin *, in search order */
static char **virPluginSearchDirs;
static GHashTable *virPluginProviders[4];  /* per kind: "what" -> virPlugin * */
static GHashTable *virPluginsByName;        /* name -> the first plugin with a manifest */
static bool virPluginLtdlReady;
static virPluginPhaseFunc virPluginPhaseHook;

/**
 * virPluginSetPhaseHook:
 * @hook: called as each load enters a phase, or NULL
 *
 * For virt-plugin check, which loads a plugin in a child process and
 * reports the phase a crash happened in.
 */
void
virPluginSetPhaseHook(virPluginPhaseFunc hook)
{
    virPluginPhaseHook = hook;
}

static void
virPluginPhase(const char *phase)
{
    if (virPluginPhaseHook)
        virPluginPhaseHook(phase);
}

/* Static builds: libtool defines lt_preloaded_symbols (ltdl.h renames it)
 * in a program linked with -dlpreopen; elsewhere it stays NULL. */
#pragma weak lt__PROGRAM__LTX_preloaded_symbols

/**
 * virPluginStateToString:
 * @state: a virPluginState
 *
 * Returns its name as virt-plugin prints it ("dlopen-failed").
 */
const char *
virPluginStateToString(virPluginState state)
{
    if (state >= VIR_PLUGIN_STATE_LAST)
        return "unknown";
    return virPluginStateNames[state];
}

static int
virPluginKindIndex(virPluginKind kind)
{
    switch (kind) {
    case VIR_PLUGIN_KIND_HYPERVISOR:
        return 0;
    case VIR_PLUGIN_KIND_STORAGE:
        return 1;
    case VIR_PLUGIN_KIND_NETWORK:
        return 2;
    case VIR_PLUGIN_KIND_SECLABEL:
        return 3;
    }
    return -1;
}

static const char *
virPluginKindWhat(virPluginKind kind)
{
    switch (kind) {
    case VIR_PLUGIN_KIND_HYPERVISOR:
        return _("URI scheme");
    case VIR_PLUGIN_KIND_STORAGE:
        return _("storage pool type");
    case VIR_PLUGIN_KIND_NETWORK:
        return _("network forward mode");
    case VIR_PLUGIN_KIND_SECLABEL:
        return _("security model");
    }
    return "?";
}

static void
virPluginFree(virPlugin *plugin)
{
    size_t i;

    if (!plugin)
        return;
    virPluginContextClear(&plugin->ctx);
    for (i = 0; i < G_N_ELEMENTS(plugin->ctx.paths); i++)
        g_free(plugin->ctx.paths[i]);
    virPluginManifestFree(plugin->manifest);
    g_free(plugin->manifestPath);
    g_free(plugin->name);
    g_free(plugin->reason);
    g_free(plugin->libraryPath);
    g_free(plugin);
}

static void
virPluginSetState(virPlugin *plugin, virPluginState state, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static void
virPluginSetState(virPlugin *plugin, virPluginState state, const char *fmt, ...)
{
    plugin->state = state;
    g_clear_pointer(&plugin->reason, g_free);
    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        plugin->reason = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }
    /* formatting a dropped message costs more than the rest of this
     * function: discovery sets a state for every manifest installed */
    if (!g_log_writer_default_would_drop(G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
        g_debug("plugin %s: %s%s%s", plugin->name, virPluginStateToString(state),
                plugin->reason ? ": " : "", plugin->reason ? plugin->reason : "");
}


/* ---- discovery ------------------------------------------------------------ */

static void
virPluginAddDirs(GPtrArray *dirs, const char *list)
{
    g_auto(GStrv) parts = g_strsplit(list, ":", -1);
    size_t i;

    for (i = 0; parts[i]; i++) {
        if (*parts[i] && !g_ptr_array_find_with_equal_func(dirs, parts[i], g_str_equal, NULL))
            g_ptr_array_add(dirs, g_strdup(parts[i]));
    }
}

/* LIBVIRT_PLUGIN_PATH first, then LIBVIRT_PLUGIN_SYSTEM_PATH or the
 * installed directory.  secure_getenv(): ignored in setuid programs. */
static char **
virPluginComputeSearchPath(void)
{
    GPtrArray *dirs = g_ptr_array_new();
    const char *env;

    if ((env = secure_getenv("LIBVIRT_PLUGIN_PATH")))
        virPluginAddDirs(dirs, env);
    if ((env = secure_getenv("LIBVIRT_PLUGIN_SYSTEM_PATH")))
        virPluginAddDirs(dirs, env);
    else
        virPluginAddDirs(dirs, PLUGINDIR);
    g_ptr_array_add(dirs, NULL);
    return (char **)g_ptr_array_free(dirs, FALSE);
}

static bool
virPluginIsDisabled(const char *name, char **why)
{
    const char *env = secure_getenv("LIBVIRT_PLUGINS_DISABLE");
    g_auto(GStrv) globs = NULL;
    size_t i;

    if (!env || !*env)
        return false;
    globs = g_strsplit_set(env, ",: ", -1);
    for (i = 0; globs[i]; i++) {
        if (*globs[i] && g_pattern_match_simple(globs[i], name)) {
            *why = g_strdup_printf(_("disabled by LIBVIRT_PLUGINS_DISABLE=%1$s"), env);
            return true;
        }
    }
    return false;
}

/* The detail of the last error, without its code's template prefix
 * ("plugin manifest ... lists no PoolTypes=", not "configuration file
 * syntax error: plugin manifest ..."). */
static const char *
virPluginLastErrorDetail(void)
{
    virErrorPtr err = virGetLastError();

    if (!err)
        return _("unknown error");
    if (err->str1 && strstr(err->str1, "%s") && err->str2)
        return err->str2;
    return err->message ? err->message : _("unknown error");
}

static virPlugin *
virPluginFindByNameLocked(const char *name)
{
    return virPluginsByName ? g_hash_table_lookup(virPluginsByName, name) : NULL;
}

/* Adds the plugin of one manifest, with what it provides, to the registry.
 * @manifest: the manifest read from @path (owned), or NULL with an error
 * reported.  @explicitFile: named by the user (virt-plugin check FILE): not
 * compared with the search path's plugins and claims nothing. */
static void
virPluginDiscoverManifest(const char *path, virPluginManifest *manifest, bool explicitFile)
{
    virPlugin *plugin = g_new0(virPlugin, 1);
    g_autofree char *disabledWhy = NULL;
    virPlugin *twin;
    size_t k;

    plugin->manifestPath = g_strdup(path);
    plugin->ctx.plugin = plugin;
    g_ptr_array_add(virPlugins, plugin);

    if (!(plugin->manifest = manifest)) {
        plugin->name = g_path_get_basename(path);
        virPluginSetState(plugin, VIR_PLUGIN_STATE_INVALID_MANIFEST, "%s",
                          virPluginLastErrorDetail());
        virResetLastError();
        return;
    }
    plugin->name = g_strdup(plugin->manifest->name);
    if (virPluginsByName && !g_hash_table_contains(virPluginsByName, plugin->name))
        g_hash_table_insert(virPluginsByName, plugin->name, plugin);

    if (plugin->manifest->abiMajor != VIR_PLUGIN_ABI_MAJOR) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_ABI_MISMATCH,
                          _("its manifest says AbiMajor=%1$u; this core provides plugin ABI %2$u.%3$u"),
                          plugin->manifest->abiMajor, VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
        return;
    }
    if (explicitFile) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_AVAILABLE, NULL);
        return;
    }
    if ((twin = virPluginFindByNameLocked(plugin->name)) && twin != plugin) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_SHADOWED,
                          _("a plugin named '%1$s' is also installed as %2$s, which comes first in the search path"),
                          plugin->name, twin->manifestPath);
        return;
    }
    if (virPluginIsDisabled(plugin->name, &disabledWhy)) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_DISABLED, "%s", disabledWhy);
        return;
    }

    /* what it provides must not be claimed already; the first plugin wins */
    for (k = 0; k < G_N_ELEMENTS(virPluginProviders); k++) {
        virPluginKind kind = 1 << k;
        char **provides = virPluginManifestProvides(plugin->manifest, kind);
        size_t i;

        if (!(plugin->manifest->kinds & kind))
            continue;
        for (i = 0; provides[i]; i++) {
            virPlugin *owner = g_hash_table_lookup(virPluginProviders[k], provides[i]);

            if (owner) {
                virPluginSetState(plugin, VIR_PLUGIN_STATE_SHADOWED,
                                  _("%1$s '%2$s' is already provided by plugin '%3$s' (%4$s), which comes first in the search path"),
                                  virPluginKindWhat(kind), provides[i], owner->name,
                                  owner->manifestPath);
                return;
            }
        }
    }
    for (k = 0; k < G_N_ELEMENTS(virPluginProviders); k++) {
        virPluginKind kind = 1 << k;
        char **provides = virPluginManifestProvides(plugin->manifest, kind);
        size_t i;

        if (!(plugin->manifest->kinds & kind))
            continue;
        for (i = 0; provides[i]; i++)
            g_hash_table_insert(virPluginProviders[k], provides[i], plugin);
    }
    virPluginSetState(plugin, VIR_PLUGIN_STATE_AVAILABLE, NULL);
}

static gint
virPluginCompareNames(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The manifests of search folder @index, in strcmp() order of their names. */
static void
virPluginDiscoverDir(virPluginManifestCache *cache, size_t index)
{
    const char *dir = virPluginSearchDirs[index];
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    struct dirent *entry;
    DIR *d;
    guint i;

    if (!(d = opendir(dir)))
        return;
    while ((entry = readdir(d))) {
        if (g_str_has_suffix(entry->d_name, ".plugin"))
            g_ptr_array_add(names, g_strdup(entry->d_name));
    }
    g_ptr_array_sort(names, virPluginCompareNames);
    for (i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        g_autofree char *path = virPluginPathJoin(dir, name);
        char *text = virPluginManifestCacheText(cache, index, dirfd(d), name, path);

        virPluginDiscoverManifest(path, text ? virPluginManifestLoadText(path, text) : NULL,
                                  false);
    }
    closedir(d);
}

static int
virPluginDriverLoader(const char *scheme, char **why)
{
    virPlugin *plugin = virPluginRegistryProvider(VIR_PLUGIN_KIND_HYPERVISOR, scheme);

    if (plugin && virPluginLoad(plugin) == 0)
        return 1;
    virResetLastError();
    *why = virPluginDescribeProvider(VIR_PLUGIN_KIND_HYPERVISOR, scheme);
    return 0;
}

/**
 * virPluginRegistryInitialize:
 *
 * Reads the manifests on the search path (once; virInitialize() calls it)
 * and lets connection opening ask for the plugin serving a URI scheme.
 * Returns 0, or -1 with an error reported if libltdl cannot start.
 */
int
virPluginRegistryInitialize(void)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    virPluginManifestCache *cache;
    size_t i;

    if (virPlugins)
        return 0;
    if (!virPluginLtdlReady) {
        if (lt_preloaded_symbols)
            lt_dlpreload_default(lt_preloaded_symbols);
        if (lt_dlinit() != 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot initialize libltdl: %1$s"),
                           lt_dlerror());
            return -1;
        }
        virPluginLtdlReady = true;
    }

    virPlugins = g_ptr_array_new_with_free_func((GDestroyNotify)virPluginFree);
    virPluginsByName = g_hash_table_new(g_str_hash, g_str_equal);
    for (i = 0; i < G_N_ELEMENTS(virPluginProviders); i++)
        virPluginProviders[i] = g_hash_table_new(g_str_hash, g_str_equal);
    virPluginSearchDirs = virPluginComputeSearchPath();
    cache = virPluginManifestCacheOpen(virPluginSearchDirs);
    for (i = 0; virPluginSearchDirs[i]; i++)
        virPluginDiscoverDir(cache, i);
    virPluginManifestCacheClose(cache);
    virDriverSetLoader(virPluginDriverLoader);
    return 0;
}

/**
 * virPluginRegistryResetForTests:
 *
 * Forgets the discovered manifests so that a test can discover again with
 * another environment.  Loaded plugins stay loaded (and their drivers
 * registered), as they would in any process.
 */
void
virPluginRegistryResetForTests(void)
{
    static GPtrArray *retired;      /* loaded plugins: their drivers still point at them */
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virPluginProviders); i++)
        g_clear_pointer(&virPluginProviders[i], g_hash_table_unref);
    g_clear_pointer(&virPluginsByName, g_hash_table_unref);
    if (virPlugins) {
        guint j;

        if (!retired)
            retired = g_ptr_array_new();
        for (j = 0; j < virPlugins->len; j++) {
            virPlugin *p = g_ptr_array_index(virPlugins, j);

            if (p->state == VIR_PLUGIN_STATE_LOADED)
                g_ptr_array_add(retired, p);
            else
                virPluginFree(p);
        }
        g_ptr_array_set_free_func(virPlugins, NULL);
        g_clear_pointer(&virPlugins, g_ptr_array_unref);
    }
    g_clear_pointer(&virPluginSearchDirs, g_strfreev);
}

/**
 * virPluginRegistryList:
 *
 * Returns a new array of the discovered plugins (owned by the registry),
 * in search order.
 */
GPtrArray *
virPluginRegistryList(void)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    GPtrArray *list = g_ptr_array_new();
    guint i;

    for (i = 0; virPlugins && i < virPlugins->len; i++)
        g_ptr_array_add(list, g_ptr_array_index(virPlugins, i));
    return list;
}

/**
 * virPluginRegistrySearchPath:
 *
 * Returns the folders searched for manifests, in order (owned by the
 * registry).
 */
char **
virPluginRegistrySearchPath(void)
{
    return virPluginSearchDirs;
}

/**
 * virPluginRegistrySearchPathString:
 *
 * Returns the search path as "dir1, dir2" (caller frees).
 */
char *
virPluginRegistrySearchPathString(void)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);

    if (!virPluginSearchDirs || !virPluginSearchDirs[0])
        return g_strdup(_("(no folder)"));
    return g_strjoinv(", ", virPluginSearchDirs);
}

/**
 * virPluginRegistryFind:
 * @nameOrPath: a plugin name, or the path of its manifest
 *
 * Returns the discovered plugin, or NULL.
 */
virPlugin *
virPluginRegistryFind(const char *nameOrPath)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    guint i;

    for (i = 0; virPlugins && i < virPlugins->len; i++) {
        virPlugin *p = g_ptr_array_index(virPlugins, i);

        if (g_str_equal(p->name, nameOrPath) || g_str_equal(p->manifestPath, nameOrPath))
            return p;
    }
    return NULL;
}

/**
 * virPluginRegistryProvider:
 * @kind: one virPluginKind bit
 * @what: a URI scheme, pool type, forward mode or security model
 *
 * Returns the plugin whose manifest provides @what (loaded or not), or NULL.
 */
virPlugin *
virPluginRegistryProvider(virPluginKind kind, const char *what)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    int idx = virPluginKindIndex(kind);

    if (idx < 0 || !virPluginProviders[idx])
        return NULL;
    return g_hash_table_lookup(virPluginProviders[idx], what);
}

/**
 * virPluginRegistryGetLock:
 *
 * Returns the registry's lock, recursive, which every load holds: a caller
 * that reads the records (state, reason) while other threads may load
 * plugins holds it meanwhile.
 */
GRecMutex *
virPluginRegistryGetLock(void)
{
    return &virPluginLock;
}

/**
 * virPluginDescribeProvider:
 * @kind: one virPluginKind bit
 * @what: what was asked for
 *
 * Returns a sentence saying why nothing serves @what: no plugin provides it
 * (with the folders searched), or the plugin that does could not be loaded
 * (with the reason).  Caller frees.
 */
/* A plugin whose manifest lists @what but which was set aside at discovery
 * (disabled, ABI mismatch, same name as an earlier one). */
static virPlugin *
virPluginFindSetAside(virPluginKind kind, const char *what)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    guint i;

    for (i = 0; virPlugins && i < virPlugins->len; i++) {
        virPlugin *p = g_ptr_array_index(virPlugins, i);
        char **provides;
        size_t j;

        if (!p->manifest || !(p->manifest->kinds & kind))
            continue;
        provides = virPluginManifestProvides(p->manifest, kind);
        for (j = 0; provides[j]; j++) {
            if (g_str_equal(provides[j], what))
                return p;
        }
    }
    return NULL;
}

char *
virPluginDescribeProvider(virPluginKind kind, const char *what)
{
    virPlugin *plugin = virPluginRegistryProvider(kind, what);
    g_autofree char *dirs = virPluginRegistrySearchPathString();

    if (!plugin)
        plugin = virPluginFindSetAside(kind, what);
    if (!plugin)
        return g_strdup_printf(_("no installed %1$s plugin provides the %2$s '%3$s' (searched %4$s)"),
                               virPluginKindToString(kind), virPluginKindWhat(kind), what, dirs);
    if (plugin->state == VIR_PLUGIN_STATE_LOADED)
        return g_strdup_printf(_("plugin '%1$s' is loaded but registered nothing for %2$s '%3$s'"),
                               plugin->name, virPluginKindWhat(kind), what);
    return g_strdup_printf(_("the %1$s plugin '%2$s' (%3$s) could not be loaded [%4$s]: %5$s"),
                           virPluginKindToString(kind), plugin->name, plugin->manifestPath,
                           virPluginStateToString(plugin->state),
                           plugin->reason ? plugin->reason : "");
}


/* ---- loading ---------------------------------------------------------------- */

static bool
virPluginFileExists(const char *path)
{
    return g_file_test(path, G_FILE_TEST_IS_REGULAR);
}

/* The shared object a libtool .la names, for plain dlopen() diagnostics. */
static char *
virPluginSharedObjectOfLa(const char *la)
{
    g_autofree char *text = NULL;
    g_autofree char *dir = g_path_get_dirname(la);
    g_autofree char *so = NULL;
    g_autofree char *inLibs = NULL;
    g_auto(GStrv) lines = NULL;
    size_t i;

    if (!g_file_get_contents(la, &text, NULL, NULL))
        return NULL;
    lines = g_strsplit(text, "\n", -1);
    for (i = 0; lines[i] && !so; i++) {
        if (g_str_has_prefix(lines[i], "dlname='"))
            so = g_strndup(lines[i] + 8, strcspn(lines[i] + 8, "'"));
    }
    if (!so || !*so)
        return NULL;                /* not a libtool library, or a static-only one */
    inLibs = g_build_filename(dir, ".libs", so, NULL);
    if (virPluginFileExists(inLibs))
        return g_steal_pointer(&inLibs);
    return g_build_filename(dir, so, NULL);
}

/* Opens the library; on failure sets the state with the real reason. */
static lt_dlhandle
virPluginOpenLibrary(virPlugin *plugin, const char *base, bool global)
{
    g_autofree char *la = g_strconcat(base, ".la", NULL);
    g_autofree char *so = g_strconcat(base, ".so", NULL);
    g_autofree char *real = NULL;
    lt_dladvise advise;
    lt_dlhandle handle = NULL;
    const char *lterr = NULL;
    bool exact = virPluginFileExists(base) && !g_str_has_suffix(base, ".plugin");

    if (!virPluginFileExists(la) && !virPluginFileExists(so) && !exact) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_NOT_FOUND,
                          _("its library is missing: looked for %1$s and %2$s"), la, so);
        return NULL;
    }

    if (lt_dladvise_init(&advise) == 0) {
        lt_dladvise_ext(&advise);
        lt_dladvise_resident(&advise);
        if (global)
            lt_dladvise_global(&advise);
        else
            lt_dladvise_local(&advise);
        handle = lt_dlopenadvise(exact ? base : base, advise);
        if (!handle)
            lterr = lt_dlerror();
        lt_dladvise_destroy(&advise);
    }
    if (handle) {
        const lt_dlinfo *info = lt_dlgetinfo(handle);

        plugin->libraryPath = g_strdup(info && info->filename ? info->filename : base);
        return handle;
    }

    /* libltdl says "file not found" for a library with unresolved symbols:
     * ask the system loader itself for the real reason */
    if (exact) {
        real = g_strdup(base);
    } else if (virPluginFileExists(la)) {
        if (!(real = virPluginSharedObjectOfLa(la))) {
            virPluginSetState(plugin, VIR_PLUGIN_STATE_DLOPEN_FAILED,
                              _("%1$s names no shared object to load (no dlname=)"), la);
            return NULL;
        }
        if (!virPluginFileExists(real)) {
            virPluginSetState(plugin, VIR_PLUGIN_STATE_NOT_FOUND,
                              _("its library is missing: %1$s names %2$s, which does not exist"),
                              la, real);
            return NULL;
        }
    }
    if (!real && virPluginFileExists(so))
        real = g_strdup(so);
    if (real) {
        void *h = dlopen(real, RTLD_NOW | RTLD_LOCAL);

        if (!h) {
            virPluginSetState(plugin, VIR_PLUGIN_STATE_DLOPEN_FAILED,
                              _("the dynamic loader refused it: %1$s (check its dependencies with 'ldd %2$s')"),
                              dlerror(), real);
            return NULL;
        }
        dlclose(h);
    }
    virPluginSetState(plugin, VIR_PLUGIN_STATE_DLOPEN_FAILED,
                      _("the dynamic loader refused %1$s: %2$s"), real ? real : base,
                      lterr ? lterr : _("libltdl gave no reason"));
    return NULL;
}

/* Checks the descriptor before any plugin code other than the query runs. */
static int
virPluginCheckDescriptor(virPlugin *plugin, const virPluginDescriptor *desc)
{
    const char *file = plugin->libraryPath;

    if (!desc) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_BAD_DESCRIPTOR,
                          _("%1$s refused to run on plugin ABI %2$u.%3$u"),
                          file, VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
        return -1;
    }
    if (desc->hdr.abiMajor != VIR_PLUGIN_ABI_MAJOR) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_ABI_MISMATCH,
                          _("%1$s was built for plugin ABI %2$u.%3$u; this core provides %4$u.%5$u"),
                          file, desc->hdr.abiMajor, desc->hdr.abiMinor,
                          VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
        return -1;
    }
    if (desc->hdr.structSize < VIR_PLUGIN_DESCRIPTOR_V1_0_SIZE) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_BAD_DESCRIPTOR,
                          _("%1$s has a descriptor of %2$u bytes, shorter than the %3$zu of plugin ABI 1.0"),
                          file, desc->hdr.structSize, (size_t)VIR_PLUGIN_DESCRIPTOR_V1_0_SIZE);
        return -1;
    }
    if (desc->minCoreMinor > VIR_PLUGIN_ABI_MINOR) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_CORE_TOO_OLD,
                          _("%1$s needs plugin ABI %2$u.%3$u or later; this core provides %4$u.%5$u"),
                          file, desc->hdr.abiMajor, desc->minCoreMinor,
                          VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
        return -1;
    }
    if (!desc->name || !*desc->name || !desc->version || !*desc->version ||
        !desc->license || !*desc->license || !desc->init) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_BAD_DESCRIPTOR,
                          _("%1$s has a descriptor without a name, version, license or init function"),
                          file);
        return -1;
    }
    if (plugin->manifest) {
        if (!g_str_equal(desc->name, plugin->manifest->name)) {
            virPluginSetState(plugin, VIR_PLUGIN_STATE_BAD_DESCRIPTOR,
                              _("%1$s calls itself '%2$s' but its manifest names it '%3$s'"),
                              file, desc->name, plugin->manifest->name);
            return -1;
        }
        if ((desc->kinds & plugin->manifest->kinds) != plugin->manifest->kinds) {
            g_autofree char *want = virPluginKindsFormat(plugin->manifest->kinds);
            g_autofree char *have = virPluginKindsFormat(desc->kinds);

            virPluginSetState(plugin, VIR_PLUGIN_STATE_BAD_DESCRIPTOR,
                              _("%1$s provides kinds '%2$s' but its manifest says '%3$s'"),
                              file, have, want);
            return -1;
        }
    }
    return 0;
}

/* Loads, checks and initializes; on failure the state says why. */
static int
virPluginLoadLocked(virPlugin *plugin)
{
    const char *base = plugin->manifest ? plugin->manifest->libraryBase : plugin->manifestPath;
    virPluginQueryFunc query;
    const virPluginDescriptor *desc;
    lt_dlhandle handle;
    int rc;

    virPluginPhase("open");
    if (!(handle = virPluginOpenLibrary(plugin, base,
                                        plugin->manifest && plugin->manifest->needsGlobalSymbols)))
        return -1;
    plugin->handle = handle;

    if (!(query = (virPluginQueryFunc)lt_dlsym(handle, VIR_PLUGIN_QUERY_SYMBOL))) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_NO_ENTRY,
                          _("%1$s does not export %2$s: it is not a plugin, or was not linked with VIR_PLUGIN_DEFINE"),
                          plugin->libraryPath, VIR_PLUGIN_QUERY_SYMBOL);
        return -1;
    }
    virPluginPhase("query");
    desc = query(VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
    if (desc) {
        plugin->descHdr = desc->hdr;
        plugin->descSize = desc->hdr.structSize;
        if (desc->hdr.abiMajor == VIR_PLUGIN_ABI_MAJOR &&
            desc->hdr.structSize >= VIR_PLUGIN_DESCRIPTOR_V1_0_SIZE)
            plugin->desc = desc;
    }
    if (virPluginCheckDescriptor(plugin, desc) < 0)
        return -1;

    virPluginPhase("init");
    plugin->ctx.initializing = true;
    virResetLastError();
    rc = desc->init(&plugin->ctx, &virPluginHostTable);
    plugin->ctx.initializing = false;
    if (rc < 0) {
        if (virErrorIsSet())
            virPluginSetState(plugin, VIR_PLUGIN_STATE_INIT_FAILED,
                              _("its init function failed: %1$s"), virGetLastErrorMessage());
        else
            virPluginSetState(plugin, VIR_PLUGIN_STATE_INIT_FAILED, "%s",
                              _("its init function failed without reporting an error"));
        virPluginContextClear(&plugin->ctx);
        plugin->desc = NULL;
        return -1;
    }
    virPluginPhase("register");
    if (virPluginCommitRegistrations(plugin) < 0) {
        virPluginSetState(plugin, VIR_PLUGIN_STATE_INIT_FAILED, "%s", virPluginLastErrorDetail());
        if (desc->shutdown)
            desc->shutdown(&plugin->ctx);
        virPluginContextClear(&plugin->ctx);
        return -1;
    }
    virPluginSetState(plugin, VIR_PLUGIN_STATE_LOADED, NULL);
    return 0;
}

/**
 * virPluginLoad:
 * @plugin: a discovered plugin
 *
 * Loads @plugin if it is not loaded yet.  A plugin that failed to load is
 * not tried again in this process.  Returns 0, or -1 with
 * VIR_ERR_INTERNAL_ERROR reported, naming the plugin and the reason.
 */
int
virPluginLoad(virPlugin *plugin)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);

    if (plugin->state == VIR_PLUGIN_STATE_AVAILABLE) {
        plugin->tried = true;
        virPluginLoadLocked(plugin);
    }
    if (plugin->state == VIR_PLUGIN_STATE_LOADED)
        return 0;
    virReportError(VIR_ERR_INTERNAL_ERROR, _("plugin '%1$s' (%2$s) is not usable [%3$s]: %4$s"),
                   plugin->name, plugin->manifestPath, virPluginStateToString(plugin->state),
                   plugin->reason ? plugin->reason : "");
    return -1;
}

/* The discovered plugin of a manifest or library file, or NULL. */
static virPlugin *
virPluginFindByFileLocked(const char *path)
{
    g_autofree char *want = g_canonicalize_filename(path, NULL);
    g_autofree char *wantReal = realpath(want, NULL);
    guint i;

    for (i = 0; virPlugins && i < virPlugins->len; i++) {
        virPlugin *p = g_ptr_array_index(virPlugins, i);
        g_autofree char *real = realpath(p->manifestPath, NULL);

        if (g_str_equal(p->manifestPath, want) ||
            (real && wantReal && g_str_equal(real, wantReal)))
            return p;
    }
    return NULL;
}

/**
 * virPluginLoadFile:
 * @path: a manifest (.plugin) or a plugin library (.so, .la)
 * @result: set to the plugin record (owned by the registry), loaded or not
 *
 * Loads one plugin outside the search path, for virt-plugin inspect/check.
 * Returns 0 when it loaded, -1 with the error reported otherwise; @result
 * is set either way unless the file does not exist.
 */
int
virPluginLoadFile(const char *path, virPlugin **result)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&virPluginLock);
    virPlugin *plugin;

    *result = NULL;
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        virReportError(VIR_ERR_OPEN_FAILED, _("%1$s: no such file"), path);
        return -1;
    }
    if (virPluginRegistryInitialize() < 0)
        return -1;
    if ((plugin = virPluginFindByFileLocked(path))) {
        *result = plugin;
        return virPluginLoad(plugin);
    }
    if (g_str_has_suffix(path, ".plugin")) {
        virPluginDiscoverManifest(path, virPluginManifestLoad(path), true);
        plugin = g_ptr_array_index(virPlugins, virPlugins->len - 1);
    } else {
        plugin = g_new0(virPlugin, 1);
        plugin->ctx.plugin = plugin;
        plugin->manifestPath = g_canonicalize_filename(path, NULL);
        plugin->name = g_path_get_basename(path);
        g_ptr_array_add(virPlugins, plugin);
    }
    *result = plugin;
    return virPluginLoad(plugin);
}
