/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-pool.c: the "Storage Pool" command group of virsh
 *
 * Listing, defining (from a file or from options), building, starting,
 * stopping, deleting and editing storage pools, and asking a driver which
 * pool sources it can find.  Messages, table layouts and exit codes are
 * those of libvirt 9.0's virsh.
 */
#include <config.h>

/* the _LAST members, for exhaustive switches */
#define VIR_ENUM_SENTINELS

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virsh.h"

#define VIRSH_POOL_UUID_LEN (VIR_UUID_STRING_BUFLEN - 1)


/*
 * virshPoolLookupOnly:
 * @ctl: the shell
 * @cmd: the command, whose "pool" option names the pool
 * @byUUID: true to take the word as a UUID only, false as a name only
 *
 * The lookups of pool-name and pool-uuid, which convert one into the other
 * and so accept only one kind of word.  A word that cannot be a UUID is not
 * looked up at all.
 *
 * Returns the pool, or NULL after printing libvirt's "failed to get pool"
 * message.
 */
static virStoragePoolPtr
virshPoolLookupOnly(vshControl *ctl, const vshCmd *cmd, bool byUUID)
{
    virStoragePoolPtr pool = NULL;
    const char *word = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "pool", &word) < 0)
        return NULL;

    if (!byUUID)
        pool = virStoragePoolLookupByName(ctl->conn, word);
    else if (strlen(word) == VIRSH_POOL_UUID_LEN)
        pool = virStoragePoolLookupByUUIDString(ctl->conn, word);

    if (!pool)
        vshError(ctl, _("failed to get pool '%s'"), word);
    return pool;
}


/* the state words of pool-info and pool-list --details */
static const char *
virshPoolStateToString(int state)
{
    switch ((virStoragePoolState) state) {
    case VIR_STORAGE_POOL_INACTIVE:
        return _("inactive");
    case VIR_STORAGE_POOL_BUILDING:
        return _("building");
    case VIR_STORAGE_POOL_RUNNING:
        return _("running");
    case VIR_STORAGE_POOL_DEGRADED:
        return _("degraded");
    case VIR_STORAGE_POOL_INACCESSIBLE:
        return _("inaccessible");
    case VIR_STORAGE_POOL_STATE_LAST:
    default:
        break;
    }
    return _("unknown");
}


/* "10.00 GiB" */
static char *
virshPoolPrettySize(unsigned long long bytes)
{
    const char *unit;
    double val = vshPrettyCapacity(bytes, &unit);

    return g_strdup_printf("%.2lf %s", val, unit);
}


/*
 * The options pool-define-as and pool-create-as share: a name, a type and
 * what goes into <source> and <target>.
 */
#define VIRSH_POOL_AS_OPTS \
    { .name = "name", \
      .type = VSH_OT_DATA, \
      .flags = VSH_OFLAG_REQ, \
      .help = N_("name of the pool"), \
    }, \
    { .name = "type", \
      .type = VSH_OT_DATA, \
      .flags = VSH_OFLAG_REQ, \
      .help = N_("type of the pool"), \
    }, \
    { .name = "print-xml", \
      .type = VSH_OT_BOOL, \
      .help = N_("print XML document, but don't define/create"), \
    }, \
    { .name = "source-host", \
      .type = VSH_OT_STRING, \
      .help = N_("source-host for underlying storage"), \
    }, \
    { .name = "source-path", \
      .type = VSH_OT_STRING, \
      .help = N_("source path for underlying storage"), \
    }, \
    { .name = "source-dev", \
      .type = VSH_OT_STRING, \
      .help = N_("source device for underlying storage"), \
    }, \
    { .name = "source-name", \
      .type = VSH_OT_STRING, \
      .help = N_("source name for underlying storage"), \
    }, \
    { .name = "target", \
      .type = VSH_OT_STRING, \
      .help = N_("target for underlying storage"), \
    }, \
    { .name = "source-format", \
      .type = VSH_OT_STRING, \
      .help = N_("format for underlying storage"), \
    }, \
    { .name = "auth-type", \
      .type = VSH_OT_STRING, \
      .help = N_("auth type to be used for underlying storage"), \
    }, \
    { .name = "auth-username", \
      .type = VSH_OT_STRING, \
      .help = N_("auth username to be used for underlying storage"), \
    }, \
    { .name = "secret-usage", \
      .type = VSH_OT_STRING, \
      .help = N_("auth secret usage to be used for underlying storage"), \
    }, \
    { .name = "secret-uuid", \
      .type = VSH_OT_STRING, \
      .help = N_("auth secret UUID to be used for underlying storage"), \
    }, \
    { .name = "adapter-name", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter name to be used for underlying storage"), \
    }, \
    { .name = "adapter-wwnn", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter wwnn to be used for underlying storage"), \
    }, \
    { .name = "adapter-wwpn", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter wwpn to be used for underlying storage"), \
    }, \
    { .name = "adapter-parent", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter parent scsi_hostN to be used for underlying vHBA storage"), \
    }, \
    { .name = "adapter-parent-wwnn", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter parent scsi_hostN wwnn to be used for underlying vHBA storage"), \
    }, \
    { .name = "adapter-parent-wwpn", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter parent scsi_hostN wwpn to be used for underlying vHBA storage"), \
    }, \
    { .name = "adapter-parent-fabric-wwn", \
      .type = VSH_OT_STRING, \
      .help = N_("adapter parent scsi_hostN fabric_wwn to be used for underlying vHBA storage"), \
    }, \
    { .name = "source-protocol-ver", \
      .type = VSH_OT_STRING, \
      .help = N_("nfsvers value for NFS pool mount option"), \
    }, \
    { .name = "source-initiator", \
      .type = VSH_OT_STRING, \
      .help = N_("initiator iqn for underlying storage"), \
    }

/* the build options of pool-start, pool-create and pool-create-as */
#define VIRSH_POOL_BUILD_OPTS \
    { .name = "build", \
      .type = VSH_OT_BOOL, \
      .help = N_("build the pool as normal"), \
    }, \
    { .name = "no-overwrite", \
      .type = VSH_OT_BOOL, \
      .help = N_("do not overwrite any existing data"), \
    }, \
    { .name = "overwrite", \
      .type = VSH_OT_BOOL, \
      .help = N_("overwrite any existing data"), \
    }

/* the VIR_STORAGE_POOL_CREATE_* flags of the build options */
static unsigned int
virshPoolCreateFlags(const vshCmd *cmd)
{
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "build"))
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD;
    if (vshCommandOptBool(cmd, "overwrite"))
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE;
    if (vshCommandOptBool(cmd, "no-overwrite"))
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE;
    return flags;
}


/*
 * virshPoolBuildXML:
 * @ctl: the shell
 * @cmd: pool-define-as or pool-create-as
 * @name: set to the pool's name, borrowed from @cmd
 * @xml: set to the pool's XML, which the caller frees
 *
 * Writes the <pool> document of the *-as commands, exactly as libvirt's
 * virsh writes it: values go in verbatim, <source> appears only when one
 * of its main parts was given, and <auth> only with a type, a user name and
 * a secret.
 *
 * Returns false after printing an error.
 */
static bool
virshPoolBuildXML(vshControl *ctl, const vshCmd *cmd, const char **name, char **xml)
{
    const char *type = NULL;
    const char *srcHost = NULL;
    const char *srcPath = NULL;
    const char *srcDev = NULL;
    const char *srcName = NULL;
    const char *srcFormat = NULL;
    const char *target = NULL;
    const char *authType = NULL;
    const char *authUsername = NULL;
    const char *secretUsage = NULL;
    const char *secretUUID = NULL;
    const char *adapterName = NULL;
    const char *adapterWwnn = NULL;
    const char *adapterWwpn = NULL;
    const char *adapterParent = NULL;
    const char *adapterParentWwnn = NULL;
    const char *adapterParentWwpn = NULL;
    const char *adapterParentFabricWwn = NULL;
    const char *protoVer = NULL;
    const char *srcInitiator = NULL;
    bool fcHost;
    GString *buf;

    if (!vshCommandOptExclusive(ctl, cmd, "secret-usage", "secret-uuid"))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "name", name) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "type", &type) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-host", &srcHost) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-path", &srcPath) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-dev", &srcDev) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-name", &srcName) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-format", &srcFormat) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "target", &target) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "auth-type", &authType) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "auth-username", &authUsername) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "secret-usage", &secretUsage) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "secret-uuid", &secretUUID) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-name", &adapterName) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-wwnn", &adapterWwnn) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-wwpn", &adapterWwpn) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-parent", &adapterParent) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-parent-wwnn", &adapterParentWwnn) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-parent-wwpn", &adapterParentWwpn) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "adapter-parent-fabric-wwn",
                               &adapterParentFabricWwn) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-protocol-ver", &protoVer) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "source-initiator", &srcInitiator) < 0)
        return false;

    fcHost = adapterWwnn && adapterWwpn;
    buf = g_string_new(NULL);
    g_string_append_printf(buf, "<pool type='%s'>\n", type);
    g_string_append_printf(buf, "  <name>%s</name>\n", *name);

    if (srcHost || srcPath || srcDev || srcInitiator || srcFormat ||
        srcName || fcHost || adapterName) {
        g_string_append(buf, "  <source>\n");
        if (srcHost)
            g_string_append_printf(buf, "    <host name='%s'/>\n", srcHost);
        if (srcPath)
            g_string_append_printf(buf, "    <dir path='%s'/>\n", srcPath);
        if (srcDev)
            g_string_append_printf(buf, "    <device path='%s'/>\n", srcDev);
        if (srcInitiator) {
            g_string_append(buf, "    <initiator>\n");
            g_string_append_printf(buf, "      <iqn name='%s'/>\n", srcInitiator);
            g_string_append(buf, "    </initiator>\n");
        }
        if (fcHost) {
            g_string_append(buf, "    <adapter type='fc_host'");
            /* one way of naming the parent HBA: the first given wins */
            if (adapterParent)
                g_string_append_printf(buf, " parent='%s'", adapterParent);
            else if (adapterParentWwnn && adapterParentWwpn)
                g_string_append_printf(buf, " parent_wwnn='%s' parent_wwpn='%s'",
                                       adapterParentWwnn, adapterParentWwpn);
            else if (adapterParentFabricWwn)
                g_string_append_printf(buf, " parent_fabric_wwn='%s'",
                                       adapterParentFabricWwn);
            g_string_append_printf(buf, " wwnn='%s' wwpn='%s'/>\n",
                                   adapterWwnn, adapterWwpn);
        } else if (adapterName) {
            g_string_append_printf(buf, "    <adapter type='scsi_host' name='%s'/>\n",
                                   adapterName);
        }
        if (authType && authUsername && (secretUsage || secretUUID)) {
            g_string_append_printf(buf, "    <auth type='%s' username='%s'>\n",
                                   authType, authUsername);
            if (secretUsage)
                g_string_append_printf(buf, "      <secret usage='%s'/>\n", secretUsage);
            else
                g_string_append_printf(buf, "      <secret uuid='%s'/>\n", secretUUID);
            g_string_append(buf, "    </auth>\n");
        }
        if (srcFormat)
            g_string_append_printf(buf, "    <format type='%s'/>\n", srcFormat);
        if (srcName)
            g_string_append_printf(buf, "    <name>%s</name>\n", srcName);
        if (protoVer)
            g_string_append_printf(buf, "    <protocol ver='%s'/>\n", protoVer);
        g_string_append(buf, "  </source>\n");
    }

    if (target) {
        g_string_append(buf, "  <target>\n");
        g_string_append_printf(buf, "    <path>%s</path>\n", target);
        g_string_append(buf, "  </target>\n");
    }
    g_string_append(buf, "</pool>\n");

    *xml = g_string_free(buf, FALSE);
    return true;
}


/*
 * virshPoolGetEditableXML:
 * @pool: the pool
 * @flags: set to the flags that worked, for fetching the XML again
 *
 * pool-edit works on the persistent definition; a driver that does not
 * know VIR_STORAGE_XML_INACTIVE is asked for the XML it has.
 *
 * Returns the XML (the caller frees it), or NULL with a libvirt error.
 */
static char *
virshPoolGetEditableXML(virStoragePoolPtr pool, unsigned int *flags)
{
    char *xml;

    *flags = VIR_STORAGE_XML_INACTIVE;
    if ((xml = virStoragePoolGetXMLDesc(pool, *flags)))
        return xml;
    if (virGetLastErrorCode() != VIR_ERR_INVALID_ARG)
        return NULL;
    vshResetLibvirtError();
    *flags = 0;
    return virStoragePoolGetXMLDesc(pool, *flags);
}


/*
 * "find-storage-pool-sources-as"
 */
static const vshCmdOptDef opts_find_storage_pool_sources_as[] = {
    { .name = "type",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of storage pool sources to find"),
    },
    { .name = "host",
      .type = VSH_OT_STRING,
      .help = N_("optional host to query"),
    },
    { .name = "port",
      .type = VSH_OT_STRING,
      .help = N_("optional port to query"),
    },
    { .name = "initiator",
      .type = VSH_OT_STRING,
      .help = N_("optional initiator IQN to use for query"),
    },
    { .name = NULL }
};

static bool
virshPoolFindSources(vshControl *ctl, const char *type, const char *spec)
{
    g_autofree char *sources = NULL;

    if (!(sources = virConnectFindStoragePoolSources(ctl->conn, type, spec, 0))) {
        vshError(ctl, _("Failed to find any %s pool sources"), type);
        return false;
    }
    vshPrint(ctl, "%s", sources);
    return true;
}

static bool
cmdPoolDiscoverSourcesAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *spec = NULL;
    const char *type = NULL;
    const char *host = NULL;
    const char *port = NULL;
    const char *initiator = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "host", &host) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "port", &port) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "initiator", &initiator) < 0)
        return false;

    /* without a host there is nothing to narrow the search with */
    if (host) {
        GString *buf = g_string_new("<source>\n");

        g_string_append_printf(buf, "  <host name='%s'", host);
        if (port)
            g_string_append_printf(buf, " port='%s'", port);
        g_string_append(buf, "/>\n");
        if (initiator) {
            g_string_append(buf, "  <initiator>\n");
            g_string_append_printf(buf, "    <iqn name='%s'/>\n", initiator);
            g_string_append(buf, "  </initiator>\n");
        }
        g_string_append(buf, "</source>\n");
        spec = g_string_free(buf, FALSE);
    }

    return virshPoolFindSources(ctl, type, spec);
}


/*
 * "find-storage-pool-sources"
 */
static const vshCmdOptDef opts_find_storage_pool_sources[] = {
    { .name = "type",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of storage pool sources to discover"),
    },
    { .name = "srcSpec",
      .type = VSH_OT_STRING,
      .help = N_("optional file of source xml to query for pools"),
    },
    { .name = NULL }
};

static bool
cmdPoolDiscoverSources(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *spec = NULL;
    const char *type = NULL;
    const char *file = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "srcSpec", &file) < 0)
        return false;
    if (file && !(spec = vshReadFile(ctl, file)))
        return false;

    return virshPoolFindSources(ctl, type, spec);
}


/*
 * "pool-autostart"
 */
static const vshCmdOptDef opts_pool_autostart[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT,
    },
    { .name = "disable",
      .type = VSH_OT_BOOL,
      .help = N_("disable autostarting"),
    },
    { .name = NULL }
};

static bool
cmdPoolAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;
    bool autostart = !vshCommandOptBool(cmd, "disable");

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    if (virStoragePoolSetAutostart(pool, autostart) < 0) {
        if (autostart)
            vshError(ctl, _("failed to mark pool %s as autostarted"), name);
        else
            vshError(ctl, _("failed to unmark pool %s as autostarted"), name);
        return false;
    }

    if (autostart)
        vshPrintExtra(ctl, _("Pool %s marked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Pool %s unmarked as autostarted\n"), name);
    return true;
}


/*
 * "pool-build"
 */
static const vshCmdOptDef opts_pool_build[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = "no-overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("do not overwrite any existing data"),
    },
    { .name = "overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("overwrite any existing data"),
    },
    { .name = NULL }
};

static bool
cmdPoolBuild(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    /* libvirt's virsh passes both when both are given: the driver decides */
    if (vshCommandOptBool(cmd, "no-overwrite"))
        flags |= VIR_STORAGE_POOL_BUILD_NO_OVERWRITE;
    if (vshCommandOptBool(cmd, "overwrite"))
        flags |= VIR_STORAGE_POOL_BUILD_OVERWRITE;

    if (virStoragePoolBuild(pool, flags) < 0) {
        vshError(ctl, _("Failed to build pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s built\n"), name);
    return true;
}


/*
 * "pool-capabilities"
 */
static const vshCmdOptDef opts_pool_capabilities[] = {
    { .name = NULL }
};

static bool
cmdPoolCapabilities(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *caps = NULL;

    if (!(caps = virConnectGetStoragePoolCapabilities(ctl->conn, 0))) {
        vshError(ctl, "%s", _("failed to get storage pool capabilities"));
        return false;
    }
    vshPrint(ctl, "%s\n", caps);
    return true;
}


/*
 * "pool-create" and "pool-define"
 */
static const vshCmdOptDef opts_pool_create[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML pool description"),
    },
    VIRSH_POOL_BUILD_OPTS,
    { .name = NULL }
};

static bool
cmdPoolCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *file = NULL;

    if (!vshCommandOptExclusive(ctl, cmd, "overwrite", "no-overwrite"))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    if (!(pool = virStoragePoolCreateXML(ctl->conn, xml, virshPoolCreateFlags(cmd)))) {
        vshError(ctl, _("Failed to create pool from %s"), file);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s created from %s\n"),
                  virStoragePoolGetName(pool), file);
    return true;
}

static const vshCmdOptDef opts_pool_define[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML pool description"),
    },
    { .name = "validate",
      .type = VSH_OT_BOOL,
      .help = N_("validate the XML against the schema"),
    },
    { .name = NULL }
};

static bool
cmdPoolDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *file = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_POOL_DEFINE_VALIDATE;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    if (!(pool = virStoragePoolDefineXML(ctl->conn, xml, flags))) {
        vshError(ctl, _("Failed to define pool from %s"), file);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s defined from %s\n"),
                  virStoragePoolGetName(pool), file);
    return true;
}


/*
 * "pool-create-as" and "pool-define-as"
 */
static const vshCmdOptDef opts_pool_create_as[] = {
    VIRSH_POOL_AS_OPTS,
    VIRSH_POOL_BUILD_OPTS,
    { .name = NULL }
};

static bool
cmdPoolCreateAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;

    if (!vshCommandOptExclusive(ctl, cmd, "overwrite", "no-overwrite"))
        return false;
    if (!virshPoolBuildXML(ctl, cmd, &name, &xml))
        return false;

    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }

    if (!(pool = virStoragePoolCreateXML(ctl->conn, xml, virshPoolCreateFlags(cmd)))) {
        vshError(ctl, _("Failed to create pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s created\n"), virStoragePoolGetName(pool));
    return true;
}

static const vshCmdOptDef opts_pool_define_as[] = {
    VIRSH_POOL_AS_OPTS,
    { .name = NULL }
};

static bool
cmdPoolDefineAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;

    if (!virshPoolBuildXML(ctl, cmd, &name, &xml))
        return false;

    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }

    if (!(pool = virStoragePoolDefineXML(ctl->conn, xml, 0))) {
        vshError(ctl, _("Failed to define pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s defined\n"), virStoragePoolGetName(pool));
    return true;
}


/*
 * "pool-delete", "pool-destroy", "pool-refresh", "pool-undefine",
 * "pool-edit", "pool-info" (the commands taking a pool and no flags)
 */
static const vshCmdOptDef opts_pool_only[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_pool_active[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_pool_persistent[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT,
    },
    { .name = NULL }
};

static bool
cmdPoolDelete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    if (virStoragePoolDelete(pool, 0) < 0) {
        vshError(ctl, _("Failed to delete pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s deleted\n"), name);
    return true;
}

static bool
cmdPoolDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    if (virStoragePoolDestroy(pool) < 0) {
        vshError(ctl, _("Failed to destroy pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s destroyed\n"), name);
    return true;
}

static bool
cmdPoolRefresh(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    if (virStoragePoolRefresh(pool, 0) < 0) {
        vshError(ctl, _("Failed to refresh pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s refreshed\n"), name);
    return true;
}

static bool
cmdPoolUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;

    if (virStoragePoolUndefine(pool) < 0) {
        vshError(ctl, _("Failed to undefine pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s has been undefined\n"), name);
    return true;
}


/*
 * "pool-dumpxml"
 */
static const vshCmdOptDef opts_pool_dumpxml[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("show inactive defined XML"),
    },
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document"),
    },
    { .name = "wrap",
      .type = VSH_OT_BOOL,
      .help = N_("wrap xpath results in an common root element"),
    },
    { .name = NULL }
};

static bool
cmdPoolDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_STORAGE_XML_INACTIVE;
    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;

    if (!(xml = virStoragePoolGetXMLDesc(pool, flags)))
        return false;
    return virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}


/*
 * "pool-edit"
 */
/* what pool-edit hands to the edit loop */
typedef struct {
    virStoragePoolPtr pool;
    virStoragePoolPtr edited;  /* the last definition applied, or NULL */
    unsigned int flags;
    bool haveFlags;
} virshPoolEditData;

static char *
virshPoolEditGetDoc(vshControl *ctl G_GNUC_UNUSED, void *opaque)
{
    virshPoolEditData *data = opaque;

    if (!data->haveFlags) {
        data->haveFlags = true;
        return virshPoolGetEditableXML(data->pool, &data->flags);
    }
    return virStoragePoolGetXMLDesc(data->pool, data->flags);
}

static bool
virshPoolEditDefine(vshControl *ctl, const char *doc, bool relax G_GNUC_UNUSED,
                    void *opaque)
{
    virshPoolEditData *data = opaque;

    g_clear_pointer(&data->edited, virStoragePoolFree);
    return (data->edited = virStoragePoolDefineXML(ctl->conn, doc, 0)) != NULL;
}

static void
virshPoolEditNotChanged(vshControl *ctl, void *opaque)
{
    virshPoolEditData *data = opaque;

    vshPrintExtra(ctl, _("Pool %s XML configuration not changed.\n"),
                  virStoragePoolGetName(data->pool));
}

static bool
cmdPoolEdit(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    virshPoolEditData data = { 0 };
    const virshEditOps ops = {
        .getDoc = virshPoolEditGetDoc,
        .define = virshPoolEditDefine,
        .notChanged = virshPoolEditNotChanged,
    };
    virshEditResult rc;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;
    data.pool = pool;
    rc = virshEditRun(ctl, &ops, &data);
    if (rc == VIRSH_EDIT_DONE) {
        /* libvirt's virsh says "(null)" when the definition failed unasked */
        vshPrintExtra(ctl, _("Pool %s XML configuration edited.\n"),
                      data.edited ? virStoragePoolGetName(data.edited) : "(null)");
    }
    g_clear_pointer(&data.edited, virStoragePoolFree);
    return rc != VIRSH_EDIT_FAILED;
}


/*
 * "pool-event"
 */
static const vshCmdOptDef opts_pool_event[] = {
    { .name = "pool",
      .type = VSH_OT_STRING,
      .help = N_("filter by storage pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = "event",
      .type = VSH_OT_STRING,
      .help = N_("which event type to wait for"),
    },
    VIRSH_EVENT_WAIT_OPTS,
    { .name = NULL }
};

/* the event types pool-event knows, indexed by virStoragePoolEventID */
static const char *const virshPoolEventIDs[] = {
    "lifecycle", "refresh",
};

/* what a lifecycle event says, indexed by virStoragePoolEventLifecycleType */
static const char *const virshPoolLifecycleEvents[] = {
    N_("Defined"), N_("Undefined"), N_("Started"), N_("Stopped"),
    N_("Created"), N_("Deleted"),
};


/* prints one event: "event 'NAME' for storage pool POOL" and @what */
static void
virshPoolEventPrint(virshEventWait *data, const char *event,
                    virStoragePoolPtr pool, const char *what)
{
    g_autofree char *line = NULL;

    if (!data->loop && data->done)
        return;

    if (what)
        line = g_strdup_printf(_("event '%s' for storage pool %s: %s"),
                               event, virStoragePoolGetName(pool), what);
    else
        line = g_strdup_printf(_("event '%s' for storage pool %s"),
                               event, virStoragePoolGetName(pool));

    virshEventWaitPrint(data, "%s\n", line);
}

static void
virshPoolEventLifecycle(virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool,
                        int event, int detail G_GNUC_UNUSED, void *opaque)
{
    const char *what = _("unknown");

    if (event >= 0 && event < G_N_ELEMENTS(virshPoolLifecycleEvents))
        what = _(virshPoolLifecycleEvents[event]);
    virshPoolEventPrint(opaque, "lifecycle", pool, what);
}

static void
virshPoolEventRefresh(virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool,
                      void *opaque)
{
    virshPoolEventPrint(opaque, "refresh", pool, NULL);
}

static bool
cmdPoolEvent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    virshEventWait data;
    virConnectStoragePoolEventGenericCallback cb;
    int event;
    int timeout;
    int callback;
    bool ret;

    if ((event = virshEventWaitName(ctl, cmd, virshPoolEventIDs,
                                    G_N_ELEMENTS(virshPoolEventIDs))) < 0)
        return event == -2;
    if (!virshEventWaitOptions(ctl, cmd, &data, &timeout))
        return false;

    /* as libvirt's virsh does, a pool that is not found leaves the filter
     * off: the error shows, and the wait goes on for any pool */
    if (vshCommandOptBool(cmd, "pool"))
        pool = virshCommandOptPool(ctl, cmd, "pool", NULL);

    /* the callbacks run from the event loop, which this command turns;
     * they are cast through void (*)(void), the one cast between function
     * types that -Wcast-function-type lets pass */
    if (virEventRegisterDefaultImpl() < 0)
        return false;
    if (event == VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE)
        cb = VIR_STORAGE_POOL_EVENT_CALLBACK((void (*)(void)) virshPoolEventLifecycle);
    else
        cb = virshPoolEventRefresh;
    if ((callback = virConnectStoragePoolEventRegisterAny(ctl->conn, pool, event, cb,
                                                          &data, NULL)) < 0)
        return false;
    ret = virshEventWaitRun(&data, timeout);
    virConnectStoragePoolEventDeregisterAny(ctl->conn, callback);
    return ret;
}


/*
 * "pool-info"
 */
static const vshCmdOptDef opts_pool_info[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = "bytes",
      .type = VSH_OT_BOOL,
      .help = N_("Return pool info in bytes"),
    },
    { .name = NULL }
};

static void
virshPoolPrintSize(vshControl *ctl, const char *label, unsigned long long bytes,
                   bool raw)
{
    g_autofree char *pretty = NULL;

    if (raw) {
        vshPrint(ctl, "%-15s %llu\n", label, bytes);
    } else {
        pretty = virshPoolPrettySize(bytes);
        vshPrint(ctl, "%-15s %s\n", label, pretty);
    }
}

static bool
cmdPoolInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    virStoragePoolInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN];
    bool bytes = vshCommandOptBool(cmd, "bytes");
    int persistent;
    int autostart;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;

    vshPrint(ctl, "%-15s %s\n", _("Name:"), virStoragePoolGetName(pool));
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);

    if (virStoragePoolGetInfo(pool, &info) < 0)
        return false;

    vshPrint(ctl, "%-15s %s\n", _("State:"), virshPoolStateToString(info.state));

    persistent = virStoragePoolIsPersistent(pool);
    if (persistent < 0)
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), persistent ? _("yes") : _("no"));

    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), _("no autostart"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), autostart ? _("yes") : _("no"));

    /* sizes mean something only while the pool's storage is reachable */
    if (info.state == VIR_STORAGE_POOL_RUNNING ||
        info.state == VIR_STORAGE_POOL_DEGRADED) {
        virshPoolPrintSize(ctl, _("Capacity:"), info.capacity, bytes);
        virshPoolPrintSize(ctl, _("Allocation:"), info.allocation, bytes);
        virshPoolPrintSize(ctl, _("Available:"), info.available, bytes);
    }
    return true;
}


/*
 * "pool-list"
 */
static const vshCmdOptDef opts_pool_list[] = {
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive pools"),
    },
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive & active pools"),
    },
    { .name = "transient",
      .type = VSH_OT_BOOL,
      .help = N_("list transient pools"),
    },
    { .name = "persistent",
      .type = VSH_OT_BOOL,
      .help = N_("list persistent pools"),
    },
    { .name = "autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list pools with autostart enabled"),
    },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list pools with autostart disabled"),
    },
    { .name = "type",
      .type = VSH_OT_STRING,
      .help = N_("only list pool of specified type(s) (if supported)"),
    },
    { .name = "details",
      .type = VSH_OT_BOOL,
      .help = N_("display extended details for pools"),
    },
    { .name = "uuid",
      .type = VSH_OT_BOOL,
      .help = N_("list UUID of active pools only"),
    },
    { .name = "name",
      .type = VSH_OT_BOOL,
      .help = N_("list name of active pools only"),
    },
    { .name = NULL }
};

/* pool types as --type names them, and the list filter of each */
static const struct {
    const char *name;
    unsigned int flag;
} virshPoolTypeFlags[] = {
    { "dir", VIR_CONNECT_LIST_STORAGE_POOLS_DIR },
    { "fs", VIR_CONNECT_LIST_STORAGE_POOLS_FS },
    { "netfs", VIR_CONNECT_LIST_STORAGE_POOLS_NETFS },
    { "logical", VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL },
    { "disk", VIR_CONNECT_LIST_STORAGE_POOLS_DISK },
    { "iscsi", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI },
    { "iscsi-direct", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT },
    { "scsi", VIR_CONNECT_LIST_STORAGE_POOLS_SCSI },
    { "mpath", VIR_CONNECT_LIST_STORAGE_POOLS_MPATH },
    { "rbd", VIR_CONNECT_LIST_STORAGE_POOLS_RBD },
    { "sheepdog", VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG },
    { "gluster", VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER },
    { "zfs", VIR_CONNECT_LIST_STORAGE_POOLS_ZFS },
    { "vstorage", VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE },
};

/*
 * virshPoolTypesToFlags:
 * @ctl: the shell
 * @types: --type's value: names separated by ',', where ",," is a comma
 * @flags: the filters of the names are added to it
 *
 * Returns false after printing "Invalid pool type" for a name no pool
 * type has.
 */
static bool
virshPoolTypesToFlags(vshControl *ctl, const char *types, unsigned int *flags)
{
    g_autoptr(GString) word = g_string_new(NULL);
    const char *p = types;

    for (;;) {
        size_t i;

        if (*p == ',' && p[1] == ',') {
            g_string_append_c(word, ',');
            p += 2;
            continue;
        }
        if (*p && *p != ',') {
            g_string_append_c(word, *p++);
            continue;
        }

        for (i = 0; i < G_N_ELEMENTS(virshPoolTypeFlags); i++) {
            if (g_str_equal(virshPoolTypeFlags[i].name, word->str))
                break;
        }
        if (i == G_N_ELEMENTS(virshPoolTypeFlags)) {
            vshError(ctl, _("Invalid pool type '%s'"), word->str);
            return false;
        }
        *flags |= virshPoolTypeFlags[i].flag;

        if (!*p)
            return true;
        g_string_truncate(word, 0);
        p++;
    }
}

static int
virshPoolCompareNames(const void *a, const void *b)
{
    virStoragePoolPtr pa = *(virStoragePoolPtr const *) a;
    virStoragePoolPtr pb = *(virStoragePoolPtr const *) b;

    return g_ascii_strcasecmp(virStoragePoolGetName(pa), virStoragePoolGetName(pb));
}

/* one line of pool-list: the texts of its cells */
typedef struct {
    char *state;
    char *autostart;
    char *persistent;
    char *capacity;
    char *allocation;
    char *available;
} virshPoolListRow;

static void
virshPoolListRowClear(virshPoolListRow *row)
{
    g_free(row->state);
    g_free(row->autostart);
    g_free(row->persistent);
    g_free(row->capacity);
    g_free(row->allocation);
    g_free(row->available);
}

static void
virshPoolListRowFill(vshControl *ctl, virStoragePoolPtr pool, bool details,
                     virshPoolListRow *row)
{
    virStoragePoolInfo info;
    int autostart = 0;

    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        row->autostart = g_strdup(_("no autostart"));
    else
        row->autostart = g_strdup(autostart ? _("yes") : _("no"));

    if (details) {
        int persistent = virStoragePoolIsPersistent(pool);

        if (persistent < 0)
            row->persistent = g_strdup(_("unknown"));
        else
            row->persistent = g_strdup(persistent ? _("yes") : _("no"));
    }

    if (virStoragePoolGetInfo(pool, &info) < 0) {
        vshError(ctl, "%s", _("Could not retrieve pool information"));
        row->state = g_strdup(_("unknown"));
        if (details) {
            row->capacity = g_strdup(_("unknown"));
            row->allocation = g_strdup(_("unknown"));
            row->available = g_strdup(_("unknown"));
        }
        return;
    }

    if (!details) {
        row->state = g_strdup(virStoragePoolIsActive(pool) ? _("active") : _("inactive"));
        return;
    }

    row->state = g_strdup(virshPoolStateToString(info.state));
    if (info.state == VIR_STORAGE_POOL_RUNNING ||
        info.state == VIR_STORAGE_POOL_DEGRADED) {
        row->capacity = virshPoolPrettySize(info.capacity);
        row->allocation = virshPoolPrettySize(info.allocation);
        row->available = virshPoolPrettySize(info.available);
    } else {
        row->capacity = g_strdup("-");
        row->allocation = g_strdup("-");
        row->available = g_strdup("-");
    }
}

static bool
cmdPoolList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(vshTable) table = NULL;
    virStoragePoolPtr *pools = NULL;
    const char *types = NULL;
    bool details = vshCommandOptBool(cmd, "details");
    bool optName = vshCommandOptBool(cmd, "name");
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    unsigned int flags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE;
    bool ret = false;
    int npools = 0;
    int i;

    if (vshCommandOptBool(cmd, "inactive"))
        flags = VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE;
    if (vshCommandOptBool(cmd, "all"))
        flags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE |
                VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE;
    if (vshCommandOptBool(cmd, "autostart"))
        flags |= VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART;
    if (vshCommandOptBool(cmd, "no-autostart"))
        flags |= VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART;
    if (vshCommandOptBool(cmd, "persistent"))
        flags |= VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT;
    if (vshCommandOptBool(cmd, "transient"))
        flags |= VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT;

    if (!vshCommandOptExclusive(ctl, cmd, "details", "uuid") ||
        !vshCommandOptExclusive(ctl, cmd, "details", "name"))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "type", &types) < 0)
        return false;
    if (types && !virshPoolTypesToFlags(ctl, types, &flags))
        return false;

    if ((npools = virConnectListAllStoragePools(ctl->conn, &pools, flags)) < 0) {
        vshError(ctl, "%s", _("Failed to list pools"));
        return false;
    }
    if (npools > 1)
        qsort(pools, npools, sizeof(*pools), virshPoolCompareNames);

    if (optName || optUUID) {
        for (i = 0; i < npools; i++) {
            char uuid[VIR_UUID_STRING_BUFLEN] = "";

            if (optUUID)
                virStoragePoolGetUUIDString(pools[i], uuid);
            if (optUUID && optName)
                vshPrint(ctl, "%-36s %-20s\n", uuid, virStoragePoolGetName(pools[i]));
            else if (optUUID)
                vshPrint(ctl, "%-36s\n", uuid);
            else
                vshPrint(ctl, "%-20s\n", virStoragePoolGetName(pools[i]));
        }
        ret = true;
        goto cleanup;
    }

    if (details)
        table = vshTableNew(_("Name"), _("State"), _("Autostart"), _("Persistent"),
                            _("Capacity"), _("Allocation"), _("Available"), NULL);
    else
        table = vshTableNew(_("Name"), _("State"), _("Autostart"), NULL);
    if (!table)
        goto cleanup;

    for (i = 0; i < npools; i++) {
        virshPoolListRow row = { 0 };
        int rc;

        virshPoolListRowFill(ctl, pools[i], details, &row);
        if (details)
            rc = vshTableRowAppend(table, virStoragePoolGetName(pools[i]),
                                   row.state, row.autostart, row.persistent,
                                   row.capacity, row.allocation, row.available,
                                   NULL);
        else
            rc = vshTableRowAppend(table, virStoragePoolGetName(pools[i]),
                                   row.state, row.autostart, NULL);
        virshPoolListRowClear(&row);
        if (rc < 0)
            goto cleanup;
    }
    vshTablePrintToStdout(table, ctl);
    ret = true;

 cleanup:
    for (i = 0; i < npools; i++)
        virStoragePoolFree(pools[i]);
    free(pools);
    return ret;
}


/*
 * "pool-name" and "pool-uuid"
 */
static bool
cmdPoolName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;

    if (!(pool = virshPoolLookupOnly(ctl, cmd, true)))
        return false;
    vshPrint(ctl, "%s\n", virStoragePoolGetName(pool));
    return true;
}

static bool
cmdPoolUUID(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(pool = virshPoolLookupOnly(ctl, cmd, false)))
        return false;

    if (virStoragePoolGetUUIDString(pool, uuid) < 0) {
        vshError(ctl, "%s", _("failed to get pool UUID"));
        return false;
    }
    vshPrint(ctl, "%s\n", uuid);
    return true;
}


/*
 * "pool-start"
 */
static const vshCmdOptDef opts_pool_start[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE,
    },
    VIRSH_POOL_BUILD_OPTS,
    { .name = NULL }
};

static bool
cmdPoolStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", &name)))
        return false;
    if (!vshCommandOptExclusive(ctl, cmd, "overwrite", "no-overwrite"))
        return false;

    if (virStoragePoolCreate(pool, virshPoolCreateFlags(cmd)) < 0) {
        vshError(ctl, _("Failed to start pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s started\n"), name);
    return true;
}


const vshCmdDef storagePoolCmds[] = {
    { .name = "find-storage-pool-sources-as",
      .handler = cmdPoolDiscoverSourcesAs,
      .opts = opts_find_storage_pool_sources_as,
      .help = N_("find potential storage pool sources"),
      .desc = N_("Returns XML <sources> document."),
    },
    { .name = "find-storage-pool-sources",
      .handler = cmdPoolDiscoverSources,
      .opts = opts_find_storage_pool_sources,
      .help = N_("discover potential storage pool sources"),
      .desc = N_("Returns XML <sources> document."),
    },
    { .name = "pool-autostart",
      .handler = cmdPoolAutostart,
      .opts = opts_pool_autostart,
      .help = N_("autostart a pool"),
      .desc = N_("Configure a pool to be automatically started at boot."),
    },
    { .name = "pool-build",
      .handler = cmdPoolBuild,
      .opts = opts_pool_build,
      .help = N_("build a pool"),
      .desc = N_("Build a given pool."),
    },
    { .name = "pool-create-as",
      .handler = cmdPoolCreateAs,
      .opts = opts_pool_create_as,
      .help = N_("create a pool from a set of args"),
      .desc = N_("Create a pool."),
    },
    { .name = "pool-create",
      .handler = cmdPoolCreate,
      .opts = opts_pool_create,
      .help = N_("create a pool from an XML file"),
      .desc = N_("Create a pool."),
    },
    { .name = "pool-define-as",
      .handler = cmdPoolDefineAs,
      .opts = opts_pool_define_as,
      .help = N_("define a pool from a set of args"),
      .desc = N_("Define a pool."),
    },
    { .name = "pool-define",
      .handler = cmdPoolDefine,
      .opts = opts_pool_define,
      .help = N_("define an inactive persistent storage pool or modify "
                 "an existing persistent one from an XML file"),
      .desc = N_("Define or modify a persistent storage pool."),
    },
    { .name = "pool-delete",
      .handler = cmdPoolDelete,
      .opts = opts_pool_only,
      .help = N_("delete a pool"),
      .desc = N_("Delete a given pool."),
    },
    { .name = "pool-destroy",
      .handler = cmdPoolDestroy,
      .opts = opts_pool_active,
      .help = N_("destroy (stop) a pool"),
      .desc = N_("Forcefully stop a given pool. Raw data in the pool is untouched"),
    },
    { .name = "pool-dumpxml",
      .handler = cmdPoolDumpXML,
      .opts = opts_pool_dumpxml,
      .help = N_("pool information in XML"),
      .desc = N_("Output the pool information as an XML dump to stdout."),
    },
    { .name = "pool-edit",
      .handler = cmdPoolEdit,
      .opts = opts_pool_only,
      .help = N_("edit XML configuration for a storage pool"),
      .desc = N_("Edit the XML configuration for a storage pool."),
    },
    { .name = "pool-info",
      .handler = cmdPoolInfo,
      .opts = opts_pool_info,
      .help = N_("storage pool information"),
      .desc = N_("Returns basic information about the storage pool."),
    },
    { .name = "pool-list",
      .handler = cmdPoolList,
      .opts = opts_pool_list,
      .help = N_("list pools"),
      .desc = N_("Returns list of pools."),
    },
    { .name = "pool-name",
      .handler = cmdPoolName,
      .opts = opts_pool_only,
      .help = N_("convert a pool UUID to pool name"),
      .desc = "",
    },
    { .name = "pool-refresh",
      .handler = cmdPoolRefresh,
      .opts = opts_pool_active,
      .help = N_("refresh a pool"),
      .desc = N_("Refresh a given pool."),
    },
    { .name = "pool-start",
      .handler = cmdPoolStart,
      .opts = opts_pool_start,
      .help = N_("start a (previously defined) inactive pool"),
      .desc = N_("Start a pool."),
    },
    { .name = "pool-undefine",
      .handler = cmdPoolUndefine,
      .opts = opts_pool_persistent,
      .help = N_("undefine an inactive pool"),
      .desc = N_("Undefine the configuration for an inactive pool."),
    },
    { .name = "pool-uuid",
      .handler = cmdPoolUUID,
      .opts = opts_pool_only,
      .help = N_("convert a pool name to pool UUID"),
      .desc = "",
    },
    { .name = "pool-event",
      .handler = cmdPoolEvent,
      .opts = opts_pool_event,
      .help = N_("Storage Pool Events"),
      .desc = N_("List event types, or wait for storage pool events to occur"),
    },
    { .name = "pool-capabilities",
      .handler = cmdPoolCapabilities,
      .opts = opts_pool_capabilities,
      .help = N_("storage pool capabilities"),
      .desc = N_("Returns capabilities of storage pool support."),
    },
    { .name = NULL }
};
