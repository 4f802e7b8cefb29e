/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-vireo.h: vireo's own additions to the libvirt API
 *
 * Not part of libvirt.  <libvirt/libvirt.h> does not include this file, so a
 * program written for libvirt sees nothing of it; a program that wants the
 * additions includes it (it includes <libvirt/libvirt.h> itself) and links
 * the same libvirt.so.0.  Every name here starts with "vireo" or "VIREO_",
 * which libvirt never uses, and every function is exported in a symbol
 * version node of its own (VIREO_0.1.0, ...), apart from libvirt's
 * LIBVIRT_x.y.z nodes.  As in libvirt, a function never leaves its node and
 * a later release only adds functions, in a newer node.
 */

#ifndef LIBVIRT_VIREO_H
#define LIBVIRT_VIREO_H

#include <libvirt/libvirt.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * vireoPluginReportFlags:
 *
 * What vireoPluginReport() shows.  Without VIREO_PLUGIN_REPORT_INSPECT it
 * shows a table, one line per plugin.
 */
typedef enum {
    /* one plugin's report (descriptor, plugin ABI, manifest, state and the
     * reason it did not load) instead of the table (since VIREO_0.1.0) */
    VIREO_PLUGIN_REPORT_INSPECT = (1 << 0),
    /* the table: every plugin on the search path, each loaded to say
     * whether it can be, shadowed and disabled ones included, instead of
     * only the plugins this process loaded or tried to load (since
     * VIREO_0.1.0) */
    VIREO_PLUGIN_REPORT_ALL = (1 << 1),
} vireoPluginReportFlags;

/**
 * vireoPluginReport:
 * @conn: a connection; its process's plugins are reported
 * @name: with VIREO_PLUGIN_REPORT_INSPECT, the plugin to report on, by its
 *        name (or its manifest's path, as the table shows it); NULL for the
 *        plugin serving @conn.  Must be NULL without the flag.
 * @flags: bitwise-OR of vireoPluginReportFlags
 *
 * The plugins behind a connection, as text for people: the table or the
 * report that "virt-plugin list --all" and "virt-plugin inspect NAME" print,
 * and that virsh's plugin-list and plugin-info show.  The layout is meant
 * for reading, not parsing.  Reporting on a plugin that is not loaded yet
 * loads it in this process, as using it would; VIREO_PLUGIN_REPORT_ALL
 * loads every plugin.  A plugin that cannot be loaded is not an error: the
 * text says its state and why.
 *
 * Returns the text (lines ending in '\n'), to be freed with free(), or NULL
 * with an error set: an invalid connection, unknown flags, @name without
 * VIREO_PLUGIN_REPORT_INSPECT (VIR_ERR_INVALID_ARG), no plugin of that
 * name (VIR_ERR_INVALID_ARG, naming the folders searched), or a connection
 * whose driver no plugin registered (VIR_ERR_OPERATION_INVALID).
 *
 * Since: VIREO_0.1.0
 */
char *vireoPluginReport(virConnectPtr conn, const char *name, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_VIREO_H */
