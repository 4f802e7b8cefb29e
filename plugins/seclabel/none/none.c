/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * none.c: the "none" security label model
 *
 * Domains of a host without a labelling system (or configured with
 * <seclabel type='none'/>) get no label: every operation succeeds and
 * changes nothing.
 */
#include <config.h>

#include <string.h>

#include <libvirt/libvirt-plugin.h>

#define VIR_FROM_THIS VIR_FROM_SECURITY

static int
noneProbe(virPluginContext *ctx, const char *virtDriver)
{
    return VIR_PLUGIN_SECLABEL_PROBE_ENABLE;
}

static int
noneGenLabel(virPluginContext *ctx, const char *domainXML,
             char **seclabelXML)
{
    *seclabelXML = strdup("<seclabel type='none'/>");
    if (!*seclabelXML) {
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
        return -1;
    }
    return 0;
}

static int
noneDomainNop(virPluginContext *ctx, const char *domainXML)
{
    return 0;
}

static int
noneReserveLabel(virPluginContext *ctx, const char *domainXML,
                 pid_t pid)
{
    return 0;
}

static int
nonePathNop(virPluginContext *ctx, const char *domainXML,
            const char *path)
{
    return 0;
}

static int
noneGetProcessLabel(virPluginContext *ctx,
                    const char *domainXML, pid_t pid,
                    virSecurityLabelPtr label)
{
    memset(label, 0, sizeof(*label));
    return 0;
}

static const virPluginSecurityModel noneModel = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginSecurityModel),
    .model = "none",                                    /* 1.0 */
    .doi = "0",                                         /* 1.0 */
    .probe = noneProbe,                                 /* 1.0 */
    .genLabel = noneGenLabel,                           /* 1.0 */
    .reserveLabel = noneReserveLabel,                   /* 1.0 */
    .releaseLabel = noneDomainNop,                      /* 1.0 */
    .setAllLabel = nonePathNop,                         /* 1.0 */
    .restoreAllLabel = noneDomainNop,                   /* 1.0 */
    .setImageLabel = nonePathNop,                       /* 1.0 */
    .restoreImageLabel = nonePathNop,                   /* 1.0 */
    .getProcessLabel = noneGetProcessLabel,             /* 1.0 */
};

static int
noneInit(virPluginContext *ctx, const virPluginHost *host)
{
    return host->registerDriver(ctx, VIR_PLUGIN_KIND_SECLABEL, &noneModel.hdr);
}

VIR_PLUGIN_DEFINE(noneInit,
                  .name = "none",
                  .version = PACKAGE_VERSION,
                  .license = "LGPL-2.1-or-later",
                  .vendor = PACKAGE_NAME,
                  .kinds = VIR_PLUGIN_KIND_SECLABEL,
                  .description = "No security labelling");
