/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pluginloadtest.c: loading plugins, and every way loading can fail
 *
 * Each case writes manifests into a temporary folder, points
 * LIBVIRT_PLUGIN_PATH at it (and LIBVIRT_PLUGIN_SYSTEM_PATH at an empty
 * folder, so that installed plugins never interfere), discovers again and
 * asks for what the manifests provide.  The modules are the fixture
 * plugins of tests/fixtures/, one per way a plugin can go wrong.
 *
 * Plugins are never unloaded and drivers never unregistered, so every case
 * runs in a subprocess of its own: no case sees what another one loaded.
 */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "internal.h"
#include "virplugin.h"
#include "virpluginmanifestcache.h"
#include "virerror.h"

#define TEST_TMPDIR_ENV "PLUGINLOADTEST_TMPDIR"

/* The size of the 1.0 descriptor, which a shorter one is compared to. */
#define TEST_DESCRIPTOR_V1_0_SIZE \
    (offsetof(virPluginDescriptor, shutdown) + sizeof(((virPluginDescriptor *)0)->shutdown))

/* The temporary folder of the running case (set in the subprocess). */
static char *testTmp;


/* ---- helpers ------------------------------------------------------------------ */

/* Fails the case, showing both strings, unless @haystack contains @needle. */
#define testAssertContains(haystack, needle) \
    testAssertContainsImpl(__FILE__, __LINE__, (haystack), (needle))

static void
testAssertContainsImpl(const char *file, int line, const char *haystack, const char *needle)
{
    if (haystack && strstr(haystack, needle))
        return;
    g_error("%s:%d: expected \"%s\" to contain \"%s\"", file, line,
            haystack ? haystack : "(null)", needle);
}

static void
testSilentErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

/* The library base (no extension) of a fixture plugin of the build tree. */
static char *
testFixtureBase(const char *fixture)
{
    g_autofree char *file = g_strdup_printf("libvirt_fixture_%s", fixture);

    return g_test_build_filename(G_TEST_BUILT, file, NULL);
}

/* The shared object of a fixture plugin, as the dynamic loader names it. */
static char *
testFixtureSO(const char *fixture)
{
    g_autofree char *file = g_strdup_printf("libvirt_fixture_%s.so", fixture);

    return g_test_build_filename(G_TEST_BUILT, ".libs", file, NULL);
}

/* Creates (if needed) and returns a folder of the case's temporary folder. */
static char *
testDir(const char *name)
{
    char *dir = g_build_filename(testTmp, name, NULL);

    g_assert_cmpint(g_mkdir_with_parents(dir, 0700), ==, 0);
    return dir;
}

static char *
testWriteFile(const char *dir, const char *name, const char *contents, gssize len)
{
    g_autoptr(GError) err = NULL;
    char *path = g_build_filename(dir, name, NULL);

    g_file_set_contents(path, contents, len, &err);
    g_assert_no_error(err);
    return path;
}

/**
 * testWriteManifest:
 * @dir: the folder to write it in
 * @name: Name=, also in the file name
 * @library: Library=
 * @kinds: Kinds=, e.g. "hypervisor"
 * @provides: the provides line(s), e.g. "UriSchemes=fixture\n"
 *
 * Returns the path of @dir/<first kind>-@name.plugin (caller frees).
 */
static char *
testWriteManifest(const char *dir, const char *name, const char *library,
                  const char *kinds, const char *provides)
{
    g_autofree char *kind = g_strndup(kinds, strcspn(kinds, ";,"));
    g_autofree char *file = g_strdup_printf("%s-%s.plugin", kind, name);
    g_autofree char *text = g_strdup_printf("# written by pluginloadtest\n"
                                            "[Plugin]\n"
                                            "Name=%s\n"
                                            "Library=%s\n"
                                            "AbiMajor=%d\n"
                                            "Kinds=%s\n"
                                            "%s",
                                            name, library, VIR_PLUGIN_ABI_MAJOR, kinds, provides);

    return testWriteFile(dir, file, text, -1);
}

/* The manifest of the fixture hypervisor plugin, "fixture", in @dir. */
static char *
testWriteHypervisorManifest(const char *dir)
{
    g_autofree char *lib = testFixtureBase("hypervisor");

    return testWriteManifest(dir, "fixture", lib, "hypervisor", "UriSchemes=fixture\n");
}

/* Discovers again, searching @path (a colon list) then an empty system folder. */
static void
testDiscover(const char *path)
{
    g_autofree char *system = testDir("system");

    g_setenv("LIBVIRT_PLUGIN_PATH", path, TRUE);
    g_setenv("LIBVIRT_PLUGIN_SYSTEM_PATH", system, TRUE);
    virPluginRegistryResetForTests();
    g_assert_cmpint(virPluginRegistryInitialize(), ==, 0);
}

static virPlugin *
testFind(const char *name)
{
    virPlugin *plugin = virPluginRegistryFind(name);

    if (!plugin)
        g_error("no plugin named '%s' was discovered", name);
    return plugin;
}

static void
testAssertState(const char *name, const char *state)
{
    virPlugin *plugin = testFind(name);

    g_test_message("%s: %s%s%s", name, virPluginStateToString(plugin->state),
                   plugin->reason ? ": " : "", plugin->reason ? plugin->reason : "");
    g_assert_cmpstr(virPluginStateToString(plugin->state), ==, state);
}

/* Replaces every @key in @str by @value. */
static char *
testReplace(const char *str, const char *key, const char *value)
{
    g_auto(GStrv) parts = g_strsplit(str, key, -1);

    return g_strjoinv(value, parts);
}

static void
testRemoveTree(const char *path)
{
    if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
        g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
        const char *entry;

        while (dir && (entry = g_dir_read_name(dir))) {
            g_autofree char *child = g_build_filename(path, entry, NULL);

            testRemoveTree(child);
        }
    }
    g_remove(path);
}


/* ---- running each case in a subprocess ---------------------------------------- */

typedef struct {
    GTestDataFunc body;
    gconstpointer data;
    const char *(*skip)(void);   /* run in the parent: why to skip, or NULL */
} testIsolated;

/* The parent makes the temporary folder, runs the case in a child and
 * cleans up after it, whatever happened there. */
static void
testRunIsolated(gconstpointer opaque)
{
    const testIsolated *test = opaque;
    g_autoptr(GError) err = NULL;
    g_autofree char *tmp = NULL;
    const char *skip;

    if (g_test_subprocess()) {
        testTmp = g_strdup(g_getenv(TEST_TMPDIR_ENV));
        g_assert_nonnull(testTmp);
        g_unsetenv("LIBVIRT_PLUGINS_DISABLE");
        g_unsetenv("LIBVIRT_DEFAULT_URI");
        g_unsetenv("LIBVIRT_PLUGIN_CACHE");
        g_setenv("XDG_CACHE_HOME", testTmp, TRUE);  /* each case's own cache */
        virSetErrorFunc(NULL, testSilentErrors);
        test->body(test->data);
        return;
    }

    if (test->skip && (skip = test->skip())) {
        g_test_skip(skip);
        return;
    }
    tmp = g_dir_make_tmp("pluginloadtest-XXXXXX", &err);
    g_assert_no_error(err);
    g_setenv(TEST_TMPDIR_ENV, tmp, TRUE);
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    testRemoveTree(tmp);
    g_unsetenv(TEST_TMPDIR_ENV);
    /* fail this case only (its own message is above), and go on */
    if (!g_test_trap_has_passed())
        g_test_fail();
}

static void
testAddIsolatedFull(const char *path, GTestDataFunc body, gconstpointer data,
                    const char *(*skip)(void))
{
    testIsolated *test = g_new0(testIsolated, 1);

    test->body = body;
    test->data = data;
    test->skip = skip;
    g_test_add_data_func_full(path, test, testRunIsolated, g_free);
}

static void
testAddIsolated(const char *path, GTestDataFunc body, gconstpointer data)
{
    testAddIsolatedFull(path, body, data, NULL);
}


/* ---- the failure matrix ------------------------------------------------------- */

typedef struct {
    const char *name;           /* Name= and, for hypervisors, the URI scheme */
    const char *fixture;        /* Library= is libvirt_fixture_<fixture>, or NULL */
    const char *library;        /* otherwise this Library= ("@TMP@/...") */
    const char *junk;           /* if set, a text file is written at Library=<junk> */
    const char *laOf;           /* if set, this fixture's .la is copied to Library=.la */
    const char *kinds;          /* Kinds=; NULL: hypervisor */
    const char *provides;       /* the provides lines; NULL: UriSchemes=<name> */
    virPluginKind askKind;      /* what to ask for; 0: the URI scheme <name> */
    const char *ask;            /* the pool type, forward mode or model */
    const char *state;          /* the state the plugin must end in */
    /* phrases the reason must contain; @SO@: the fixture's shared object,
     * @LIB@: Library=, @CORE@: this core's ABI, @NEWCORE@: 5 minors later,
     * @SHORT@/@FULL@: short and full descriptor sizes */
    const char *reason[4];
} testFailCase;

static char *
testExpand(const testFailCase *tc, const char *lib, const char *phrase)
{
    g_autofree char *so = tc->fixture ? testFixtureSO(tc->fixture) : g_strdup("");
    g_autofree char *core = g_strdup_printf("%d.%d", VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
    g_autofree char *newcore = g_strdup_printf("%d.%d", VIR_PLUGIN_ABI_MAJOR,
                                               VIR_PLUGIN_ABI_MINOR + 5);
    g_autofree char *shortSize = g_strdup_printf("%zu", offsetof(virPluginDescriptor, init));
    g_autofree char *fullSize = g_strdup_printf("%zu", (size_t)TEST_DESCRIPTOR_V1_0_SIZE);
    const char *keys[] = { "@SO@", "@LIB@", "@CORE@", "@NEWCORE@", "@SHORT@", "@FULL@" };
    const char *values[] = { so, lib, core, newcore, shortSize, fullSize };
    char *result = g_strdup(phrase);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(keys); i++) {
        char *next = testReplace(result, keys[i], values[i]);

        g_free(result);
        result = next;
    }
    return result;
}

/* Asks for what the case's plugin provides, as its users would, and
 * checks the error they get (left as the thread's last error). */
static void
testAskFailing(const testFailCase *tc, const char *manifest)
{
    const char *state = tc->state;
    g_autofree char *bracketed = g_strdup_printf("[%s]", state);
    virPluginKind kind = tc->askKind ? tc->askKind : VIR_PLUGIN_KIND_HYPERVISOR;
    const void *backend = NULL;

    switch (kind) {
    case VIR_PLUGIN_KIND_HYPERVISOR: {
        g_autofree char *uri = g_strdup_printf("%s:///", tc->name);
        g_autofree char *head = g_strdup_printf("no connection driver available for %s: "
                                                "the hypervisor plugin '%s' (%s) could not be loaded",
                                                uri, tc->name, manifest);
        virConnectPtr conn = virConnectOpen(uri);

        g_assert_null(conn);
        g_test_message("virConnectOpen(%s): %s", uri, virGetLastErrorMessage());
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
        testAssertContains(virGetLastErrorMessage(), head);
        testAssertContains(virGetLastErrorMessage(), bracketed);
        return;
    }
    case VIR_PLUGIN_KIND_STORAGE:
        backend = virPluginGetStorageBackend(tc->ask);
        break;
    case VIR_PLUGIN_KIND_NETWORK:
        backend = virPluginGetNetworkBackend(tc->ask);
        break;
    case VIR_PLUGIN_KIND_SECLABEL:
        backend = virPluginGetSecurityModel(tc->ask);
        break;
    default:
        g_assert_not_reached();
    }
    g_assert_null(backend);
    g_test_message("%s: %s", tc->ask, virGetLastErrorMessage());
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    testAssertContains(virGetLastErrorMessage(), manifest);
    testAssertContains(virGetLastErrorMessage(), bracketed);
}

static void
testLoadFailure(gconstpointer opaque)
{
    const testFailCase *tc = opaque;
    g_autofree char *dir = testDir("plugins");
    g_autofree char *lib = NULL;
    g_autofree char *provides = NULL;
    g_autofree char *manifest = NULL;
    g_autofree char *usable = NULL;
    virPlugin *plugin;
    size_t i;

    if (tc->fixture)
        lib = testFixtureBase(tc->fixture);
    else
        lib = testReplace(tc->library, "@TMP@", testTmp);
    if (tc->junk) {
        g_autofree char *junkPath = g_strconcat(lib, tc->junk, NULL);
        g_autofree char *junkDir = g_path_get_dirname(junkPath);
        g_autofree char *junkName = g_path_get_basename(junkPath);

        g_assert_cmpint(g_mkdir_with_parents(junkDir, 0700), ==, 0);
        g_free(testWriteFile(junkDir, junkName,
                             "This is a text file that only has the name of a plugin module.\n"
                             "The dynamic loader must refuse it and say why.\n", -1));
    }
    if (tc->laOf) {
        g_autofree char *fixtureBase = testFixtureBase(tc->laOf);
        g_autofree char *la = g_strconcat(fixtureBase, ".la", NULL);
        g_autofree char *laDir = g_path_get_dirname(lib);
        g_autofree char *laName = g_strconcat(lib, ".la", NULL);
        g_autofree char *laBase = g_path_get_basename(laName);
        g_autofree char *data = NULL;
        g_autoptr(GError) err = NULL;

        /* the .la alone: its module is not beside it */
        g_file_get_contents(la, &data, NULL, &err);
        g_assert_no_error(err);
        g_assert_cmpint(g_mkdir_with_parents(laDir, 0700), ==, 0);
        g_free(testWriteFile(laDir, laBase, data, -1));
    }
    provides = tc->provides ? g_strdup(tc->provides)
                            : g_strdup_printf("UriSchemes=%s\n", tc->name);
    manifest = testWriteManifest(dir, tc->name, lib, tc->kinds ? tc->kinds : "hypervisor",
                                 provides);
    testDiscover(dir);

    /* discovery reads the manifest only */
    testAssertState(tc->name, "available");
    plugin = testFind(tc->name);
    g_assert_null(plugin->reason);

    testAskFailing(tc, manifest);
    testAssertState(tc->name, tc->state);
    for (i = 0; i < G_N_ELEMENTS(tc->reason) && tc->reason[i]; i++) {
        g_autofree char *phrase = testExpand(tc, lib, tc->reason[i]);

        testAssertContains(plugin->reason, phrase);
        /* the reason reaches the caller's error unchanged */
        testAssertContains(virGetLastErrorMessage(), phrase);
    }

    /* a failed plugin is not tried again; loading it says why, again */
    g_assert_cmpint(virPluginLoad(plugin), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    usable = g_strdup_printf("internal error: plugin '%s' (%s) is not usable [%s]: %s",
                             tc->name, manifest, tc->state, plugin->reason);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, usable);
    testAssertState(tc->name, tc->state);
}

static const testFailCase testFailCases[] = {
    { .name = "missing", .library = "@TMP@/nowhere/libvirt_fixture_missing",
      .state = "not-found",
      .reason = { "its library is missing", "looked for @LIB@.la and @LIB@.so" } },
    { .name = "notshared", .library = "@TMP@/lib/libvirt_fixture_notshared", .junk = ".so",
      .state = "dlopen-failed",
      .reason = { "the dynamic loader refused it: @LIB@.so: invalid ELF header",
                  "check its dependencies with 'ldd @LIB@.so'" } },
    { .name = "notla", .library = "@TMP@/lib/libvirt_fixture_notla", .junk = ".la",
      .state = "dlopen-failed",
      .reason = { "@LIB@.la names no shared object to load (no dlname=)" } },
    { .name = "nomodule", .library = "@TMP@/lib/libvirt_fixture_storage", .laOf = "storage",
      .state = "not-found",
      .reason = { "its library is missing: @LIB@.la names @LIB@.so, which does not exist" } },
    { .name = "unresolved", .fixture = "unresolved",
      .state = "dlopen-failed",
      .reason = { "the dynamic loader refused it: @SO@: undefined symbol: fixtureMissingFunction",
                  "check its dependencies with 'ldd @SO@'" } },
    { .name = "noentry", .fixture = "noentry",
      .state = "no-entry",
      .reason = { "@SO@ does not export virPluginQuery_v1",
                  "was not linked with VIR_PLUGIN_DEFINE" } },
    { .name = "abimajor", .fixture = "abimajor",
      .state = "abi-mismatch",
      .reason = { "@SO@ was built for plugin ABI 2.0", "this core provides @CORE@" } },
    { .name = "newcore", .fixture = "newcore",
      .state = "core-too-old",
      .reason = { "@SO@ needs plugin ABI @NEWCORE@ or later", "this core provides @CORE@" } },
    { .name = "shortdesc", .fixture = "shortdesc",
      .state = "bad-descriptor",
      .reason = { "@SO@ has a descriptor of @SHORT@ bytes",
                  "shorter than the @FULL@ of plugin ABI 1.0" } },
    { .name = "refuse", .fixture = "refuse",
      .state = "bad-descriptor",
      .reason = { "@SO@ refused to run on plugin ABI @CORE@" } },
    { .name = "incomplete", .fixture = "incomplete",
      .state = "bad-descriptor",
      .reason = { "@SO@ has a descriptor without a name, version, license or init function" } },
    { .name = "misnamed", .fixture = "hypervisor",
      .state = "bad-descriptor",
      .reason = { "@SO@ calls itself 'fixture' but its manifest names it 'misnamed'" } },
    { .name = "fixture-seclabel", .fixture = "seclabel",
      .kinds = "seclabel;network", .provides = "SecurityModels=fixturemodel\nForwardModes=fixturemode\n",
      .askKind = VIR_PLUGIN_KIND_SECLABEL, .ask = "fixturemodel",
      .state = "bad-descriptor",
      .reason = { "@SO@ provides kinds 'seclabel' but its manifest says 'network,seclabel'" } },
    { .name = "initfail", .fixture = "initfail",
      .state = "init-failed",
      .reason = { "its init function failed: unsupported configuration: "
                  "the initfail fixture needs a flux capacitor, which this host lacks" } },
    { .name = "initsilent", .fixture = "initsilent",
      .state = "init-failed",
      .reason = { "its init function failed without reporting an error" } },
    { .name = "fixture-storage", .fixture = "storage",
      .kinds = "storage", .provides = "PoolTypes=fixturepool;otherpool\n",
      .askKind = VIR_PLUGIN_KIND_STORAGE, .ask = "otherpool",
      .state = "init-failed",
      .reason = { "its manifest promises storage 'otherpool', but its storage table does not serve it" } },
};


/* ---- manifests that cannot be used --------------------------------------------- */

typedef struct {
    const char *name;           /* the test, and the file <name>.plugin */
    const char *text;           /* the manifest; @LIB@: a fixture's library */
    const char *reason;         /* a phrase of the reason */
} testManifestCase;

static void
testInvalidManifest(gconstpointer opaque)
{
    const testManifestCase *tc = opaque;
    g_autofree char *dir = testDir("plugins");
    g_autofree char *lib = testFixtureBase("hypervisor");
    g_autofree char *text = testReplace(tc->text, "@LIB@", lib);
    g_autofree char *file = g_strdup_printf("%s.plugin", tc->name);
    g_autofree char *path = testWriteFile(dir, file, text, -1);
    g_autofree char *uri = g_strdup_printf("%s:///", tc->name);
    virPlugin *plugin;

    testDiscover(dir);
    /* an unusable manifest is listed under its file name, with the reason */
    plugin = testFind(file);
    testAssertState(file, "invalid-manifest");
    g_assert_null(plugin->manifest);
    testAssertContains(plugin->reason, path);
    testAssertContains(plugin->reason, tc->reason);

    /* and it provides nothing: its library is never opened */
    g_assert_null(virConnectOpen(uri));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    g_assert_null(plugin->libraryPath);
    g_assert_null(plugin->handle);

    /* loading it explicitly says why it cannot be */
    g_assert_cmpint(virPluginLoad(plugin), ==, -1);
    testAssertContains(virGetLastErrorMessage(), "[invalid-manifest]");
    testAssertContains(virGetLastErrorMessage(), tc->reason);
}

#define TEST_MANIFEST_REST "AbiMajor=1\nKinds=hypervisor\n"

static const testManifestCase testManifestCases[] = {
    { "no-name", "[Plugin]\nLibrary=@LIB@\n" TEST_MANIFEST_REST "UriSchemes=no-name\n",
      "needs Name= made of letters, digits, '-', '_' and '.'" },
    { "bad-name", "[Plugin]\nName=two words\nLibrary=@LIB@\n" TEST_MANIFEST_REST
      "UriSchemes=bad-name\n",
      "needs Name= made of letters, digits, '-', '_' and '.'" },
    { "no-library", "[Plugin]\nName=fixture\n" TEST_MANIFEST_REST "UriSchemes=no-library\n",
      "has no Library=" },
    { "no-abi", "[Plugin]\nName=fixture\nLibrary=@LIB@\nKinds=hypervisor\nUriSchemes=no-abi\n",
      "needs AbiMajor= as a number" },
    { "bad-abi", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=one\nKinds=hypervisor\n"
      "UriSchemes=bad-abi\n",
      "needs AbiMajor= as a number" },
    { "no-kinds", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=1\nUriSchemes=no-kinds\n",
      "needs Kinds= (hypervisor, storage, network, seclabel)" },
    { "unknown-kind", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=1\n"
      "Kinds=hypervisor;toaster\nUriSchemes=unknown-kind\n",
      "names an unknown kind 'toaster'" },
    { "no-schemes", "[Plugin]\nName=fixture\nLibrary=@LIB@\n" TEST_MANIFEST_REST,
      "is of kind hypervisor but lists no UriSchemes=" },
    { "no-pooltypes", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=1\n"
      "Kinds=hypervisor;storage\nUriSchemes=no-pooltypes\n",
      "is of kind storage but lists no PoolTypes=" },
    { "no-forwardmodes", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=1\n"
      "Kinds=network\nPoolTypes=fixturepool\n",
      "is of kind network but lists no ForwardModes=" },
    { "no-models", "[Plugin]\nName=fixture\nLibrary=@LIB@\nAbiMajor=1\nKinds=seclabel\n",
      "is of kind seclabel but lists no SecurityModels=" },
    { "no-group", "[Driver]\nName=fixture\nLibrary=@LIB@\n" TEST_MANIFEST_REST
      "UriSchemes=no-group\n",
      "has no [Plugin] group" },
    { "not-keyfile", "this is not a key file\n",
      "plugin manifest '" },
    { "isolation", "[Plugin]\nName=fixture\nLibrary=@LIB@\n" TEST_MANIFEST_REST
      "UriSchemes=isolation\nIsolation=process\n",
      "asks for Isolation=process; this core runs plugins in-process only" },
};


/* ---- plugins that work ----------------------------------------------------------- */

/* fixture:/// through the public API, loaded on first use and alone. */
static void
testHypervisorOpen(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *storageLib = testFixtureBase("storage");
    g_autofree char *manifest = testWriteHypervisorManifest(dir);
    g_autofree char *storageManifest = testWriteManifest(dir, "fixture-storage", storageLib,
                                                         "storage", "PoolTypes=fixturepool\n");
    g_autofree char *hostname = NULL;
    g_autofree char *hostname2 = NULL;
    g_autofree char *xml = NULL;
    g_autofree virDomainPtr *domains = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    virConnectPtr conn;
    virConnectPtr conn2;
    virDomainPtr dom;
    int ids[4] = { 0 };
    virPlugin *plugin;

    testDiscover(dir);
    testAssertState("fixture", "available");
    testAssertState("fixture-storage", "available");

    conn = virConnectOpen("fixture:///");
    if (!conn)
        g_error("fixture:/// did not open: %s", virGetLastErrorMessage());
    testAssertState("fixture", "loaded");
    /* only the plugin serving the scheme was loaded */
    testAssertState("fixture-storage", "available");
    plugin = testFind("fixture");
    g_assert_nonnull(plugin->desc);
    g_assert_cmpstr(plugin->desc->version, ==, "1.0");
    g_assert_cmpuint(plugin->registeredKinds, ==, VIR_PLUGIN_KIND_HYPERVISOR);
    testAssertContains(plugin->libraryPath, "libvirt_fixture_hypervisor");

    g_assert_cmpstr(virConnectGetType(conn), ==, "FIXTURE");
    hostname = virConnectGetHostname(conn);
    g_assert_cmpstr(hostname, ==, "fixture-host");

    /* private data is per connection */
    conn2 = virConnectOpen("fixture:///alpha");
    g_assert_nonnull(conn2);
    hostname2 = virConnectGetHostname(conn2);
    g_assert_cmpstr(hostname2, ==, "alpha.fixture");
    g_clear_pointer(&hostname, g_free);
    hostname = virConnectGetHostname(conn);
    g_assert_cmpstr(hostname, ==, "fixture-host");
    g_assert_cmpint(virConnectClose(conn2), ==, 0);

    g_assert_cmpint(virConnectNumOfDomains(conn), ==, 1);
    g_assert_cmpint(virConnectListDomains(conn, ids, G_N_ELEMENTS(ids)), ==, 1);
    g_assert_cmpint(ids[0], ==, 1);
    g_assert_cmpint(virConnectListAllDomains(conn, &domains, 0), ==, 1);
    g_assert_nonnull(domains);
    g_assert_nonnull(domains[0]);
    g_assert_null(domains[1]);
    g_assert_cmpstr(virDomainGetName(domains[0]), ==, "fixture-dom");
    g_assert_cmpint(virDomainGetID(domains[0]), ==, 1);
    g_assert_cmpint(virDomainGetUUIDString(domains[0], uuid), ==, 0);
    g_assert_cmpstr(uuid, ==, "f1700000-0000-4000-8000-000000000001");
    g_assert_true(virDomainGetConnect(domains[0]) == conn);
    virDomainFree(domains[0]);

    dom = virDomainLookupByName(conn, "fixture-dom");
    g_assert_nonnull(dom);
    g_assert_cmpstr(virDomainGetName(dom), ==, "fixture-dom");
    xml = virDomainGetXMLDesc(dom, 0);
    testAssertContains(xml, "<domain type='fixture' id='1'>");
    testAssertContains(xml, "<name>fixture-dom</name>");
    virDomainFree(dom);

    /* the plugin's own errors reach the caller, in its error domain */
    g_assert_null(virDomainLookupByName(conn, "nosuch"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_DOMAIN);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "Domain not found: no domain with matching name 'nosuch'");
    /* what it does not implement is not supported, naming the API */
    dom = virDomainLookupByName(conn, "fixture-dom");
    g_assert_cmpint(virDomainSuspend(dom), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "this function is not supported by the connection driver: virDomainSuspend");
    virDomainFree(dom);

    g_assert_null(virConnectOpen("fixture:///fail"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_FAILED);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);
    testAssertContains(virGetLastErrorMessage(), "the fixture driver refuses to open '/fail'");
    /* it declared itself local only */
    g_assert_null(virConnectOpen("fixture://elsewhere/"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);

    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testAssertState("fixture", "loaded");
}

/* A table cut short, as older headers would build it, is not read past its end. */
static void
testOldMinor(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *lib = testFixtureBase("oldminor");
    g_autofree char *manifest = testWriteManifest(dir, "oldminor", lib, "hypervisor",
                                                  "UriSchemes=oldminor\n");
    virDomainPtr *domains = NULL;
    virConnectPtr conn;

    testDiscover(dir);
    conn = virConnectOpen("oldminor:///");
    if (!conn)
        g_error("oldminor:/// did not open: %s", virGetLastErrorMessage());
    testAssertState("oldminor", "loaded");

    /* slots inside the table work */
    g_assert_cmpstr(virConnectGetType(conn), ==, "OLDMINOR");
    g_assert_cmpint(virConnectNumOfDomains(conn), ==, 0);

    /* slots past its size are filled, but never called (they abort) */
    g_assert_null(virConnectGetHostname(conn));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "this function is not supported by the connection driver: virConnectGetHostname");
    g_assert_cmpint(virConnectListAllDomains(conn, &domains, 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    g_assert_null(domains);

    /* the connection driver table ends before its network table */
    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    testAssertContains(virGetLastErrorMessage(), "virConnectNumOfNetworks");

    g_assert_cmpint(virConnectClose(conn), ==, 0);
}

/* The storage, network and security backends load the first time they are asked for. */
static void
testBackends(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *storageLib = testFixtureBase("storage");
    g_autofree char *networkLib = testFixtureBase("network");
    g_autofree char *seclabelLib = testFixtureBase("seclabel");
    g_autofree char *m1 = testWriteManifest(dir, "fixture-storage", storageLib, "storage",
                                            "PoolTypes=fixturepool\n");
    g_autofree char *m2 = testWriteManifest(dir, "fixture-network", networkLib, "network",
                                            "ForwardModes=fixturemode\n");
    g_autofree char *m3 = testWriteManifest(dir, "fixture-seclabel", seclabelLib, "seclabel",
                                            "SecurityModels=fixturemodel\n");
    g_autofree char *m4 = testWriteHypervisorManifest(dir);
    g_autofree char *status = NULL;
    g_autofree char *label = NULL;
    const virPluginStorageBackend *storage;
    const virPluginNetworkBackend *network;
    const virPluginSecurityModel *model;
    virPluginContext *ctx;
    int active = 0;

    testDiscover(dir);
    testAssertState("fixture-storage", "available");
    testAssertState("fixture-network", "available");
    testAssertState("fixture-seclabel", "available");
    g_assert_true(virPluginRegistryProvider(VIR_PLUGIN_KIND_STORAGE, "fixturepool") ==
                  testFind("fixture-storage"));

    storage = virPluginGetStorageBackend("fixturepool");
    g_assert_nonnull(storage);
    testAssertState("fixture-storage", "loaded");
    testAssertState("fixture-network", "available");
    testAssertState("fixture-seclabel", "available");
    testAssertState("fixture", "available");
    g_assert_cmpstr(storage->poolTypes[0], ==, "fixturepool");
    ctx = &testFind("fixture-storage")->ctx;
    g_assert_cmpint(storage->poolCheck(ctx, "<pool type='fixturepool'/>", &active), ==, 0);
    g_assert_cmpint(active, ==, 1);
    virResetLastError();
    g_assert_cmpint(storage->poolBuild(ctx, "<pool type='fixturepool'/>", 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_UNSUPPORTED);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_STORAGE);
    testAssertContains(virGetLastErrorMessage(), "fixture pools cannot be built");
    /* asked again: the same table, nothing loaded twice */
    g_assert_true(virPluginGetStorageBackend("fixturepool") == storage);

    network = virPluginGetNetworkBackend("fixturemode");
    g_assert_nonnull(network);
    testAssertState("fixture-network", "loaded");
    testAssertState("fixture-seclabel", "available");
    g_assert_cmpstr(network->forwardModes[0], ==, "fixturemode");
    ctx = &testFind("fixture-network")->ctx;
    g_assert_cmpint(network->networkStart(ctx, "<network/>", &status), ==, 0);
    g_assert_cmpstr(status, ==, "<networkstatus backend='fixture'/>");
    g_assert_null(network->networkUpdate);

    model = virPluginGetSecurityModel("fixturemodel");
    g_assert_nonnull(model);
    testAssertState("fixture-seclabel", "loaded");
    g_assert_cmpstr(model->model, ==, "fixturemodel");
    g_assert_cmpstr(model->doi, ==, "0");
    ctx = &testFind("fixture-seclabel")->ctx;
    g_assert_cmpint(model->probe(ctx, "FIXTURE"), ==, VIR_PLUGIN_SECLABEL_PROBE_ENABLE);
    g_assert_cmpint(model->genLabel(ctx, "<domain/>", &label), ==, 0);
    testAssertContains(label, "model='fixturemodel'");

    /* the hypervisor plugin was never needed */
    testAssertState("fixture", "available");

    /* what nobody provides: the error names the folders searched */
    g_assert_null(virPluginGetStorageBackend("nosuchpool"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    testAssertContains(virGetLastErrorMessage(),
                       "no installed storage plugin provides the storage pool type 'nosuchpool' (searched ");
    testAssertContains(virGetLastErrorMessage(), dir);
    g_assert_null(virPluginGetNetworkBackend("nosuchmode"));
    testAssertContains(virGetLastErrorMessage(),
                       "no installed network plugin provides the network forward mode 'nosuchmode'");
    g_assert_null(virPluginGetSecurityModel("nosuchmodel"));
    testAssertContains(virGetLastErrorMessage(),
                       "no installed seclabel plugin provides the security model 'nosuchmodel'");
}

/* Two plugins claim the "fixture" scheme: the first in the search path wins. */
static void
testDuplicate(gconstpointer opaque)
{
    bool dupFirst = GPOINTER_TO_INT(opaque);
    g_autofree char *dirA = testDir("a");
    g_autofree char *dirB = testDir("b");
    g_autofree char *dupLib = testFixtureBase("dup");
    g_autofree char *fixtureManifest = testWriteHypervisorManifest(dirA);
    g_autofree char *dupManifest = testWriteManifest(dirB, "dup", dupLib, "hypervisor",
                                                     "UriSchemes=fixture\n");
    g_autofree char *path = dupFirst ? g_strdup_printf("%s:%s", dirB, dirA)
                                     : g_strdup_printf("%s:%s", dirA, dirB);
    const char *winner = dupFirst ? "dup" : "fixture";
    const char *loser = dupFirst ? "fixture" : "dup";
    g_autofree char *phrase = g_strdup_printf("URI scheme 'fixture' is already provided by plugin '%s' (%s), which comes first in the search path",
                                              winner, dupFirst ? dupManifest : fixtureManifest);
    char **searched;
    virConnectPtr conn;

    testDiscover(path);
    searched = virPluginRegistrySearchPath();
    g_assert_cmpstr(searched[0], ==, dupFirst ? dirB : dirA);
    g_assert_cmpstr(searched[1], ==, dupFirst ? dirA : dirB);
    testAssertContains(searched[2], "system");
    g_assert_null(searched[3]);

    testAssertState(winner, "available");
    testAssertState(loser, "shadowed");
    g_assert_cmpstr(testFind(loser)->reason, ==, phrase);
    g_assert_true(virPluginRegistryProvider(VIR_PLUGIN_KIND_HYPERVISOR, "fixture") ==
                  testFind(winner));

    conn = virConnectOpen("fixture:///");
    g_assert_nonnull(conn);
    g_assert_cmpstr(virConnectGetType(conn), ==, dupFirst ? "DUP" : "FIXTURE");
    testAssertState(winner, "loaded");
    testAssertState(loser, "shadowed");
    g_assert_null(testFind(loser)->handle);
    g_assert_cmpint(virConnectClose(conn), ==, 0);

    /* loading the shadowed one explicitly refuses, with the reason */
    g_assert_cmpint(virPluginLoad(testFind(loser)), ==, -1);
    testAssertContains(virGetLastErrorMessage(), "[shadowed]");
    testAssertContains(virGetLastErrorMessage(), phrase);
}

/* The same plugin installed in two folders: the later copy is shadowed. */
static void
testSameName(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dirA = testDir("a");
    g_autofree char *dirB = testDir("b");
    g_autofree char *first = testWriteHypervisorManifest(dirA);
    g_autofree char *second = testWriteHypervisorManifest(dirB);
    g_autofree char *path = g_strdup_printf("%s:%s", dirA, dirB);
    g_autofree char *phrase = g_strdup_printf("a plugin named 'fixture' is also installed as %s, which comes first in the search path",
                                              first);
    GPtrArray *list;
    virPlugin *shadowed = NULL;
    guint i;

    testDiscover(path);
    list = virPluginRegistryList();
    g_assert_cmpuint(list->len, ==, 2);
    g_assert_cmpstr(((virPlugin *)g_ptr_array_index(list, 0))->manifestPath, ==, first);
    shadowed = g_ptr_array_index(list, 1);
    g_ptr_array_unref(list);
    g_assert_cmpstr(shadowed->manifestPath, ==, second);
    g_assert_cmpstr(virPluginStateToString(shadowed->state), ==, "shadowed");
    g_assert_cmpstr(shadowed->reason, ==, phrase);
    /* virPluginRegistryFind() by name gives the one in use */
    g_assert_cmpstr(testFind("fixture")->manifestPath, ==, first);
    for (i = 0; i < 2; i++) {
        virConnectPtr conn = virConnectOpen("fixture:///");

        g_assert_nonnull(conn);
        virConnectClose(conn);
    }
    testAssertState("fixture", "loaded");
    g_assert_cmpstr(virPluginStateToString(shadowed->state), ==, "shadowed");
}

/* LIBVIRT_PLUGINS_DISABLE takes a list of globs. */
static void
testDisabled(gconstpointer opaque)
{
    const char *value = opaque;
    g_autofree char *dir = testDir("plugins");
    g_autofree char *storageLib = testFixtureBase("storage");
    g_autofree char *m1 = testWriteHypervisorManifest(dir);
    g_autofree char *m2 = testWriteManifest(dir, "fixture-storage", storageLib, "storage",
                                            "PoolTypes=fixturepool\n");
    g_autofree char *phrase = g_strdup_printf("disabled by LIBVIRT_PLUGINS_DISABLE=%s", value);

    g_setenv("LIBVIRT_PLUGINS_DISABLE", value, TRUE);
    testDiscover(dir);
    testAssertState("fixture", "disabled");
    g_assert_cmpstr(testFind("fixture")->reason, ==, phrase);
    testAssertState("fixture-storage", "available");

    g_assert_null(virConnectOpen("fixture:///"));
    g_test_message("virConnectOpen(fixture:///): %s", virGetLastErrorMessage());
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    testAssertContains(virGetLastErrorMessage(), "'fixture'");
    g_assert_null(testFind("fixture")->handle);
    testAssertState("fixture", "disabled");

    g_assert_cmpint(virPluginLoad(testFind("fixture")), ==, -1);
    testAssertContains(virGetLastErrorMessage(), "[disabled]");
    testAssertContains(virGetLastErrorMessage(), phrase);

    /* the others still work */
    g_assert_nonnull(virPluginGetStorageBackend("fixturepool"));
    testAssertState("fixture-storage", "loaded");
}

/* The default hypervisor, with no plugin for it installed. */
static void
testNoQemu(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *system = testDir("system");
    g_autofree char *manifest = testWriteHypervisorManifest(dir);
    g_autofree char *searched = g_strdup_printf("(searched %s, %s)", dir, system);

    testDiscover(dir);
    g_assert_null(virConnectOpen("qemu:///system"));
    g_test_message("virConnectOpen(qemu:///system): %s", virGetLastErrorMessage());
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
    testAssertContains(virGetLastErrorMessage(), "no connection driver available for qemu:///system");
    testAssertContains(virGetLastErrorMessage(),
                       "no installed hypervisor plugin provides the URI scheme 'qemu'");
    testAssertContains(virGetLastErrorMessage(), searched);
    /* nothing was loaded to find that out */
    testAssertState("fixture", "available");

    /* the same with no folder at all on the search path */
    g_setenv("LIBVIRT_PLUGIN_SYSTEM_PATH", "", TRUE);
    g_unsetenv("LIBVIRT_PLUGIN_PATH");
    virPluginRegistryResetForTests();
    g_assert_cmpint(virPluginRegistryInitialize(), ==, 0);
    g_assert_null(virConnectOpen("qemu:///system"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    testAssertContains(virGetLastErrorMessage(), "(searched (no folder))");
}

/* Copies a fixture's shared object into @dir, as an installed plugin. */
static char *
testInstallFixture(const char *dir, const char *fixture)
{
    g_autofree char *so = testFixtureSO(fixture);
    g_autofree char *base = g_path_get_basename(so);
    g_autofree char *data = NULL;
    g_autoptr(GError) err = NULL;
    gsize len = 0;

    g_file_get_contents(so, &data, &len, &err);
    g_assert_no_error(err);
    return testWriteFile(dir, base, data, len);
}

/* Removing one plugin's files leaves the others working. */
/* ---- the manifest cache --------------------------------------------------------- */

/* Dates @path back by a minute (the cache trusts only files older than
 * itself); returns @path. */
static char *
testAge(char *path)
{
    struct stat st;
    struct timespec times[2];

    g_assert_cmpint(stat(path, &st), ==, 0);
    times[0] = st.st_atim;
    times[1] = st.st_mtim;
    times[1].tv_sec -= 60;
    g_assert_cmpint(utimensat(AT_FDCWD, path, times, 0), ==, 0);
    return path;
}

/* A storage manifest in @dir providing "fixturepool", dated back. */
static char *
testWriteAgedPoolManifest(const char *dir)
{
    return testAge(testWriteManifest(dir, "fixture-storage", "libvirt_fixture_storage",
                                     "storage", "PoolTypes=fixturepool\n"));
}

/* The cache file of the search path testDiscover(@dir) sets. */
static char *
testCachePath(void)
{
    return virPluginManifestCachePath(virPluginRegistrySearchPath());
}

/* Discovers @dir again; asserts how many manifests came from the cache. */
static void
testDiscoverHits(const char *dir, unsigned int hits)
{
    unsigned int before = virPluginManifestCacheHitsForTests();

    testDiscover(dir);
    g_assert_cmpuint(virPluginManifestCacheHitsForTests() - before, ==, hits);
}

/* Three manifests (one invalid): the second discovery takes all three from
 * the cache, with the same outcome, and the hypervisor still opens. */
static void
testCacheReuse(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *hyper = testAge(testWriteHypervisorManifest(dir));
    g_autofree char *pool = testWriteAgedPoolManifest(dir);
    g_autofree char *bad = testAge(testWriteFile(dir, "broken.plugin",
                                                 "[Plugin]\nName=broken\n", -1));
    g_autofree char *cache = NULL;
    g_autofree char *reason = NULL;
    virConnectPtr conn;

    testDiscoverHits(dir, 0);
    cache = testCachePath();
    g_assert_true(g_file_test(cache, G_FILE_TEST_IS_REGULAR));
    reason = g_strdup(testFind("broken.plugin")->reason);

    testDiscoverHits(dir, 3);
    testAssertState("fixture", "available");
    testAssertState("fixture-storage", "available");
    testAssertState("broken.plugin", "invalid-manifest");
    g_assert_cmpstr(testFind("broken.plugin")->reason, ==, reason);
    if (!(conn = virConnectOpen("fixture:///")))
        g_error("fixture:/// did not open: %s", virGetLastErrorMessage());
    virConnectClose(conn);
    testAssertState("fixture", "loaded");
}

/* A manifest changed since, even to the same size and mtime, is read
 * again; one removed is gone, one added appears. */
static void
testCacheChanged(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *hyper = testAge(testWriteHypervisorManifest(dir));
    g_autofree char *pool = testWriteAgedPoolManifest(dir);
    g_autofree char *other = NULL;
    g_autofree char *text = NULL;
    g_autofree char *changed = NULL;
    FILE *fp;
    struct stat before;
    struct stat after;
    struct timespec times[2];

    testDiscoverHits(dir, 0);
    testDiscoverHits(dir, 2);

    /* rewritten in place to the same length and mtime: only the ctime tells */
    g_assert_cmpint(stat(pool, &before), ==, 0);
    g_assert_true(g_file_get_contents(pool, &text, NULL, NULL));
    changed = testReplace(text, "fixturepool", "fixturepoom");
    g_assert_nonnull((fp = fopen(pool, "r+")));
    g_assert_cmpint(fputs(changed, fp), >=, 0);
    g_assert_cmpint(fclose(fp), ==, 0);
    times[0] = before.st_atim;
    times[1] = before.st_mtim;
    g_assert_cmpint(utimensat(AT_FDCWD, pool, times, 0), ==, 0);
    g_assert_cmpint(stat(pool, &after), ==, 0);
    g_assert_cmpint(after.st_size, ==, before.st_size);
    g_assert_cmpint(after.st_ino, ==, before.st_ino);
    testDiscoverHits(dir, 1);
    g_assert_null(virPluginRegistryProvider(VIR_PLUGIN_KIND_STORAGE, "fixturepool"));
    g_assert_nonnull(virPluginRegistryProvider(VIR_PLUGIN_KIND_STORAGE, "fixturepoom"));

    /* removed, and added */
    g_assert_cmpint(g_unlink(hyper), ==, 0);
    other = testWriteManifest(dir, "fixture-network", "libvirt_fixture_network", "network",
                              "ForwardModes=fixturemode\n");
    testAge(other);
    testAge(pool);
    testDiscoverHits(dir, 0);
    g_assert_null(virPluginRegistryFind("fixture"));
    testAssertState("fixture-network", "available");
    testDiscoverHits(dir, 2);
    g_assert_null(virPluginRegistryFind("fixture"));
    testAssertState("fixture-network", "available");
    testAssertState("fixture-storage", "available");
}

/* A manifest changed within two seconds of the cache's writing is read
 * every time: a second change in the same timestamp tick would not show. */
static void
testCacheRecent(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *hyper = testWriteHypervisorManifest(dir);

    testDiscoverHits(dir, 0);
    testDiscoverHits(dir, 0);
    testAssertState("fixture", "available");
}

/* A cache that is damaged, for other folders, writable by others or
 * switched off is not used; discovery is the same without it. */
static void
testCacheUntrusted(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *hyper = testAge(testWriteHypervisorManifest(dir));
    g_autofree char *cache = NULL;
    g_autofree char *good = NULL;
    const char *damage[] = {
        "",
        "vireo plugin manifest cache 1\n",
        "vireo plugin manifest cache 2\nwritten\t1\n",
        "vireo plugin manifest cache 1\nwritten\t99999999999\ndir\t/elsewhere\n",
    };
    gsize len;
    size_t i;

    testDiscoverHits(dir, 0);
    cache = testCachePath();
    g_assert_true(g_file_get_contents(cache, &good, &len, NULL));

    for (i = 0; i < G_N_ELEMENTS(damage); i++) {
        g_test_message("damaged cache %zu", i);
        g_assert_true(g_file_set_contents(cache, damage[i], -1, NULL));
        testDiscoverHits(dir, 0);
        testAssertState("fixture", "available");
        testDiscoverHits(dir, 1);          /* written again */
    }
    /* cut anywhere: never trusted, never a crash */
    for (i = 0; i < len; i += 7) {
        g_assert_true(g_file_set_contents(cache, good, i, NULL));
        testDiscover(dir);
        testAssertState("fixture", "available");
    }

    g_assert_true(g_file_set_contents(cache, good, len, NULL));
    g_assert_cmpint(g_chmod(cache, 0666), ==, 0);
    testDiscoverHits(dir, 0);
    testAssertState("fixture", "available");

    g_assert_cmpint(g_unlink(cache), ==, 0);
    g_setenv("LIBVIRT_PLUGIN_CACHE", "0", TRUE);
    testDiscoverHits(dir, 0);
    testAssertState("fixture", "available");
    g_assert_false(g_file_test(cache, G_FILE_TEST_EXISTS));
}

static void
testRemoved(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = testDir("plugins");
    g_autofree char *storageSO = testInstallFixture(dir, "storage");
    g_autofree char *networkSO = testInstallFixture(dir, "network");
    g_autofree char *storageManifest = testWriteManifest(dir, "fixture-storage",
                                                         "libvirt_fixture_storage", "storage",
                                                         "PoolTypes=fixturepool\n");
    g_autofree char *networkManifest = testWriteManifest(dir, "fixture-network",
                                                         "libvirt_fixture_network", "network",
                                                         "ForwardModes=fixturemode\n");
    g_autofree char *base = g_build_filename(dir, "libvirt_fixture_storage", NULL);
    g_autofree char *tried = g_strdup_printf("its library is missing: looked for %s.la and %s.so",
                                             base, base);

    testDiscover(dir);
    testAssertState("fixture-storage", "available");

    /* the module goes away after discovery */
    g_assert_cmpint(g_unlink(storageSO), ==, 0);
    g_assert_null(virPluginGetStorageBackend("fixturepool"));
    g_test_message("fixturepool: %s", virGetLastErrorMessage());
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    testAssertContains(virGetLastErrorMessage(), "[not-found]");
    testAssertContains(virGetLastErrorMessage(), tried);
    testAssertState("fixture-storage", "not-found");
    g_assert_cmpstr(testFind("fixture-storage")->reason, ==, tried);

    /* the installed copy of the other one, relative to its manifest, loads */
    g_assert_nonnull(virPluginGetNetworkBackend("fixturemode"));
    testAssertState("fixture-network", "loaded");
    g_assert_cmpstr(testFind("fixture-network")->libraryPath, ==, networkSO);

    /* the manifest goes too: then nothing provides the pool type */
    g_assert_cmpint(g_unlink(storageManifest), ==, 0);
    testDiscover(dir);
    g_assert_null(virPluginRegistryFind("fixture-storage"));
    g_assert_null(virPluginGetStorageBackend("fixturepool"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    testAssertContains(virGetLastErrorMessage(),
                       "no installed storage plugin provides the storage pool type 'fixturepool'");
    testAssertContains(virGetLastErrorMessage(), dir);
    g_assert_nonnull(virPluginGetNetworkBackend("fixturemode"));
    testAssertState("fixture-network", "loaded");
}

static const char *
testInTreeSkip(void)
{
    const char *top = g_getenv("abs_top_builddir");
    g_autofree char *dir = NULL;
    g_autoptr(GDir) d = NULL;
    const char *entry;

    if (!top)
        return "abs_top_builddir is not set: run through make check";
    dir = g_build_filename(top, "plugins", NULL);
    d = g_dir_open(dir, 0, NULL);
    while (d && (entry = g_dir_read_name(d))) {
        if (g_str_has_suffix(entry, ".plugin"))
            return NULL;
    }
    return "no plugin of the build tree has a manifest in plugins/";
}

/* Every plugin of the build tree loads. */
static void
testInTree(gconstpointer opaque G_GNUC_UNUSED)
{
    g_autofree char *dir = g_build_filename(g_getenv("abs_top_builddir"), "plugins", NULL);
    GPtrArray *list;
    guint i;

    testDiscover(dir);
    list = virPluginRegistryList();
    g_assert_cmpuint(list->len, >, 0);
    for (i = 0; i < list->len; i++) {
        virPlugin *plugin = g_ptr_array_index(list, i);

        if (virPluginLoad(plugin) < 0)
            g_error("in-tree plugin %s does not load: %s", plugin->manifestPath,
                    virGetLastErrorMessage());
        g_assert_cmpstr(virPluginStateToString(plugin->state), ==, "loaded");
        g_assert_cmpuint(plugin->registeredKinds, ==, plugin->manifest->kinds);
    }
    g_ptr_array_unref(list);
}

/* A manifest's AbiMajor= is checked before the library is opened.  Runs
 * in this process: it discovers only, and loads nothing. */
static void
testManifestAbiMajor(void)
{
    g_autoptr(GError) err = NULL;
    g_autofree char *tmp = g_dir_make_tmp("pluginloadtest-XXXXXX", &err);
    g_autofree char *dir = g_build_filename(tmp, "plugins", NULL);
    g_autofree char *system = g_build_filename(tmp, "system", NULL);
    g_autofree char *lib = NULL;
    g_autofree char *text = NULL;
    g_autofree char *manifest = NULL;
    virPlugin *plugin;

    g_assert_no_error(err);
    testTmp = tmp;
    lib = testFixtureBase("seclabel");
    text = g_strdup_printf("[Plugin]\nName=fixture-seclabel\nLibrary=%s\nAbiMajor=%d\n"
                           "Kinds=seclabel\nSecurityModels=fixturemodel\n",
                           lib, VIR_PLUGIN_ABI_MAJOR + 1);
    g_assert_cmpint(g_mkdir_with_parents(dir, 0700), ==, 0);
    g_assert_cmpint(g_mkdir_with_parents(system, 0700), ==, 0);
    manifest = testWriteFile(dir, "seclabel-fixture-seclabel.plugin", text, -1);

    testDiscover(dir);
    plugin = virPluginRegistryFind(manifest);
    g_assert_nonnull(plugin);
    if (plugin->state == VIR_PLUGIN_STATE_AVAILABLE) {
        /* would be opened (and its code run) on first use */
        g_test_incomplete("the loader does not compare a manifest's AbiMajor= with its own "
                          "before opening the library");
    } else {
        g_assert_null(plugin->handle);
        g_assert_null(plugin->libraryPath);
        testAssertContains(plugin->reason, "AbiMajor");
        g_assert_null(virPluginRegistryProvider(VIR_PLUGIN_KIND_SECLABEL, "fixturemodel"));
    }

    virPluginRegistryResetForTests();
    g_unsetenv("LIBVIRT_PLUGIN_PATH");
    g_unsetenv("LIBVIRT_PLUGIN_SYSTEM_PATH");
    testRemoveTree(tmp);
    testTmp = NULL;
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    virSetErrorFunc(NULL, testSilentErrors);

    for (i = 0; i < G_N_ELEMENTS(testFailCases); i++) {
        g_autofree char *path = g_strdup_printf("/plugin/load/fail/%s", testFailCases[i].name);

        testAddIsolated(path, testLoadFailure, &testFailCases[i]);
    }
    for (i = 0; i < G_N_ELEMENTS(testManifestCases); i++) {
        g_autofree char *path = g_strdup_printf("/plugin/load/manifest/%s",
                                                testManifestCases[i].name);

        testAddIsolated(path, testInvalidManifest, &testManifestCases[i]);
    }
    g_test_add_func("/plugin/load/manifest/abi-major", testManifestAbiMajor);

    testAddIsolated("/plugin/load/hypervisor", testHypervisorOpen, NULL);
    testAddIsolated("/plugin/load/oldminor", testOldMinor, NULL);
    testAddIsolated("/plugin/load/backends", testBackends, NULL);
    testAddIsolated("/plugin/load/duplicate/first-wins", testDuplicate, GINT_TO_POINTER(0));
    testAddIsolated("/plugin/load/duplicate/order", testDuplicate, GINT_TO_POINTER(1));
    testAddIsolated("/plugin/load/duplicate/same-name", testSameName, NULL);
    testAddIsolated("/plugin/load/disabled/name", testDisabled, "fixture");
    testAddIsolated("/plugin/load/disabled/globs", testDisabled, "nothing,fix*re");
    testAddIsolated("/plugin/load/no-qemu", testNoQemu, NULL);
    testAddIsolated("/plugin/load/removed", testRemoved, NULL);
    testAddIsolated("/plugin/load/cache/reuse", testCacheReuse, NULL);
    testAddIsolated("/plugin/load/cache/changed", testCacheChanged, NULL);
    testAddIsolated("/plugin/load/cache/recent", testCacheRecent, NULL);
    testAddIsolated("/plugin/load/cache/untrusted", testCacheUntrusted, NULL);
    testAddIsolatedFull("/plugin/load/in-tree", testInTree, NULL, testInTreeSkip);

    return g_test_run();
}
