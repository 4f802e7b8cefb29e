/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * preloadplugin.c: a hypervisor plugin linked statically into a test
 * program with libtool's -dlpreopen, serving preload:/// URIs
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libvirt/libvirt-plugin.h>

#define VIR_FROM_THIS VIR_FROM_TEST

static int
preloadOpen(virConnectPtr conn, virConnectAuthPtr auth, unsigned int flags)
{
    return VIR_DRV_OPEN_SUCCESS;
}

static char *
preloadGetHostname(virConnectPtr conn)
{
    char *name = strdup("preloaded");

    if (!name)
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
    return name;
}

static const virPluginHypervisorDriver preloadHypervisor = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginHypervisorDriver),
    .name = "PRELOAD",
    .connectOpen = preloadOpen,
    .connectGetHostname = preloadGetHostname,
};

static const char *const preloadSchemes[] = { "preload", NULL };

static const virPluginConnectDriver preloadDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginConnectDriver),
    .name = "PRELOAD",
    .uriSchemes = preloadSchemes,
    .hypervisor = &preloadHypervisor,
};

static int
preloadInit(virPluginContext *ctx, const virPluginHost *host)
{
    return host->registerDriver(ctx, VIR_PLUGIN_KIND_HYPERVISOR, &preloadDriver.hdr);
}

VIR_PLUGIN_DEFINE(preloadInit,
                  .name = "preload",
                  .version = "1.0",
                  .license = "LGPL-2.1-or-later",
                  .kinds = VIR_PLUGIN_KIND_HYPERVISOR);
