/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pluginpreloadtest.c: a plugin linked into the program with libtool's
 * -dlpreopen (a build without dlopen) loads through the same manifest and
 * entry point as a shared one
 */
#include <config.h>

#include <glib/gstdio.h>

#include "internal.h"
#include "virplugin.h"

static void
testPreloaded(void)
{
    g_autofree char *dir = g_dir_make_tmp("vireo-preload-XXXXXX", NULL);
    g_autofree char *empty = g_dir_make_tmp("vireo-empty-XXXXXX", NULL);
    g_autofree char *manifest = g_build_filename(dir, "hypervisor-preload.plugin", NULL);
    g_autofree char *library = g_build_filename(g_getenv("G_TEST_BUILDDIR"), "preload",
                                                "libvirt_preload_fixture", NULL);
    g_autofree char *text = g_strdup_printf("[Plugin]\nName=preload\nLibrary=%s\nAbiMajor=1\n"
                                            "Kinds=hypervisor\nUriSchemes=preload\n", library);
    g_autofree char *so = g_strconcat(library, ".so", NULL);
    virConnectPtr conn;
    virPlugin *plugin;
    char *hostname;

    /* there is no shared object to dlopen: only the preloaded copy */
    g_assert_false(g_file_test(so, G_FILE_TEST_EXISTS));
    g_assert_true(g_file_set_contents(manifest, text, -1, NULL));
    g_setenv("LIBVIRT_PLUGIN_PATH", dir, TRUE);
    g_setenv("LIBVIRT_PLUGIN_SYSTEM_PATH", empty, TRUE);
    g_assert_cmpint(virInitialize(), ==, 0);

    conn = virConnectOpen("preload:///");
    g_assert_nonnull(conn);
    hostname = virConnectGetHostname(conn);
    g_assert_cmpstr(hostname, ==, "preloaded");
    g_free(hostname);
    g_assert_cmpstr(virConnectGetType(conn), ==, "PRELOAD");
    virConnectClose(conn);

    plugin = virPluginRegistryFind("preload");
    g_assert_nonnull(plugin);
    g_assert_cmpstr(virPluginStateToString(plugin->state), ==, "loaded");

    g_unlink(manifest);
    g_rmdir(dir);
    g_rmdir(empty);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/plugin/preload", testPreloaded);
    return g_test_run();
}
