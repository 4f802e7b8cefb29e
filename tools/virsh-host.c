/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-host.c: the "Host and Hypervisor" command group of virsh
 *
 * Commands that ask the connection about the host and the hypervisor
 * rather than about one object: names and versions, node information,
 * capabilities, NUMA and memory statistics, suspending the host.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <limits.h>

#include <glib/gi18n.h>

#include "virsh.h"

/* libvirt's versions are major * 1000000 + minor * 1000 + micro */
#define VIRSH_VERSION_MAJOR(v) ((int) ((v) / 1000000))
#define VIRSH_VERSION_MINOR(v) ((int) (((v) / 1000) % 1000))
#define VIRSH_VERSION_MICRO(v) ((int) ((v) % 1000))


/*
 * virshHostTypedParamToString:
 * @param: one typed parameter, borrowed
 *
 * Returns the value of @param as text, for the commands that print the
 * parameters a driver returns; the caller frees it.
 */
static char *
virshHostTypedParamToString(const virTypedParameter *param)
{
    switch ((virTypedParameterType) param->type) {
    case VIR_TYPED_PARAM_INT:
        return g_strdup_printf("%d", param->value.i);
    case VIR_TYPED_PARAM_UINT:
        return g_strdup_printf("%u", param->value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return g_strdup_printf("%lld", param->value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return g_strdup_printf("%llu", param->value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        return g_strdup_printf("%f", param->value.d);
    case VIR_TYPED_PARAM_BOOLEAN:
        return g_strdup(param->value.b ? _("yes") : _("no"));
    case VIR_TYPED_PARAM_STRING:
        return g_strdup(param->value.s);
    }
    /* a type newer than this virsh */
    return g_strdup_printf(_("unimplemented parameter type %d"), param->type);
}


/*
 * "allocpages"
 */
static const vshCmdOptDef opts_allocpages[] = {
    { .name = "pagesize",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("page size (in kibibytes)"),
    },
    { .name = "pagecount",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("page count"),
    },
    { .name = "cellno",
      .type = VSH_OT_INT,
      .help = N_("NUMA cell number"),
    },
    { .name = "add",
      .type = VSH_OT_BOOL,
      .help = N_("instead of setting new pool size add pages to it"),
    },
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("set on all NUMA cells"),
    },
    { .name = NULL }
};

/*
 * virshHostCapsCells:
 * @caps: the host capabilities XML
 *
 * Returns the ids of the NUMA cells in @caps (<cell id='N'> elements of the
 * host topology), as a GArray of unsigned int the caller frees.
 */
static GArray *
virshHostCapsCells(const char *caps)
{
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(unsigned int));
    const char *p = caps;

    while ((p = strstr(p, "<cell "))) {
        const char *end = strchr(p, '>');
        const char *id = strstr(p, " id=");
        unsigned int value;

        p += strlen("<cell ");
        if (!end || !id || id > end)
            continue;
        id += strlen(" id=");
        if ((*id == '\'' || *id == '"') && sscanf(id + 1, "%u", &value) == 1)
            g_array_append_val(cells, value);
    }
    return cells;
}

static bool
cmdAllocpages(vshControl *ctl, const vshCmd *cmd)
{
    unsigned int flags = 0;
    int startCell = -1;
    unsigned long long bytes = 0;
    unsigned int pageSize;
    unsigned long long pageCount = 0;

    if (!vshCommandOptExclusive(ctl, cmd, "all", "cellno"))
        return false;
    if (vshCommandOptInt(ctl, cmd, "cellno", &startCell) < 0)
        return false;
    /* the size is in KiB unless a unit says otherwise */
    if (vshCommandOptScaledInt(ctl, cmd, "pagesize", &bytes, 1024,
                               (unsigned long long) UINT_MAX * 1024) < 0)
        return false;
    pageSize = bytes / 1024;
    if (vshCommandOptULongLong(ctl, cmd, "pagecount", &pageCount) < 0)
        return false;

    if (vshCommandOptBool(cmd, "add"))
        flags |= VIR_NODE_ALLOC_PAGES_ADD;

    if (vshCommandOptBool(cmd, "all")) {
        g_autofree char *caps = NULL;
        g_autoptr(GArray) cells = NULL;
        size_t i;

        if (!(caps = virConnectGetCapabilities(ctl->conn))) {
            vshError(ctl, "%s", _("failed to get capabilities"));
            return false;
        }
        cells = virshHostCapsCells(caps);
        for (i = 0; i < cells->len; i++) {
            if (virNodeAllocPages(ctl->conn, 1, &pageSize, &pageCount,
                                  g_array_index(cells, unsigned int, i),
                                  1, flags) < 0)
                return false;
        }
        return true;
    }

    return virNodeAllocPages(ctl->conn, 1, &pageSize, &pageCount,
                             startCell, 1, flags) >= 0;
}


/*
 * "capabilities"
 */
static const vshCmdOptDef opts_capabilities[] = {
    { .name = NULL }
};

static bool
cmdCapabilities(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *caps = NULL;

    if (!(caps = virConnectGetCapabilities(ctl->conn))) {
        vshError(ctl, "%s", _("failed to get capabilities"));
        return false;
    }
    vshPrint(ctl, "%s\n", caps);
    return true;
}


/*
 * "domcapabilities"
 */
static const vshCmdOptDef opts_domcapabilities[] = {
    { .name = "virttype",
      .type = VSH_OT_STRING,
      .help = N_("virtualization type (/domain/@type)"),
    },
    { .name = "emulatorbin",
      .type = VSH_OT_STRING,
      .help = N_("path to emulator binary (/domain/devices/emulator)"),
    },
    { .name = "arch",
      .type = VSH_OT_STRING,
      .help = N_("domain architecture (/domain/os/type/@arch)"),
    },
    { .name = "machine",
      .type = VSH_OT_STRING,
      .help = N_("machine type (/domain/os/type/@machine)"),
    },
    { .name = NULL }
};

static bool
cmdDomCapabilities(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *caps = NULL;
    const char *virttype = NULL;
    const char *emulatorbin = NULL;
    const char *arch = NULL;
    const char *machine = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "virttype", &virttype) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "emulatorbin", &emulatorbin) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "arch", &arch) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "machine", &machine) < 0)
        return false;

    if (!(caps = virConnectGetDomainCapabilities(ctl->conn, emulatorbin, arch,
                                                 machine, virttype, 0))) {
        vshError(ctl, "%s", _("failed to get emulator capabilities"));
        return false;
    }
    vshPrint(ctl, "%s\n", caps);
    return true;
}


/*
 * "hostname"
 */
static const vshCmdOptDef opts_hostname[] = {
    { .name = NULL }
};

static bool
cmdHostname(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *hostname = NULL;

    if (!(hostname = virConnectGetHostname(ctl->conn))) {
        vshError(ctl, "%s", _("failed to get hostname"));
        return false;
    }
    vshPrint(ctl, "%s\n", hostname);
    return true;
}


/*
 * "maxvcpus"
 */
static const vshCmdOptDef opts_maxvcpus[] = {
    { .name = "type",
      .type = VSH_OT_STRING,
      .help = N_("domain type"),
    },
    { .name = NULL }
};

/*
 * virshHostDomCapsMaxVcpus:
 * @caps: domain capabilities XML
 *
 * Returns the max attribute of the top-level <vcpu> element of @caps, or
 * -1 if there is none.  A plain scan is enough: libvirt writes that element
 * once, as <vcpu max='N'/>, and no other element of the document is named
 * "vcpu" at that depth.
 */
static int
virshHostDomCapsMaxVcpus(const char *caps)
{
    const char *p = caps;
    unsigned int value;

    while ((p = strstr(p, "<vcpu"))) {
        const char *end = strchr(p, '>');
        const char *max = strstr(p, "max=");

        p += strlen("<vcpu");
        if (!end || !max || max > end || (*p != ' ' && *p != '/'))
            continue;
        max += strlen("max=");
        if ((*max == '\'' || *max == '"') &&
            sscanf(max + 1, "%u", &value) == 1 && value <= INT_MAX)
            return value;
    }
    return -1;
}

static bool
cmdMaxvcpus(vshControl *ctl, const vshCmd *cmd)
{
    const char *type = NULL;
    g_autofree char *caps = NULL;
    int vcpus = -1;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0)
        return false;

    /* domain capabilities know the limit per type and machine; drivers
     * without them still answer the older call */
    if ((caps = virConnectGetDomainCapabilities(ctl->conn, NULL, NULL, NULL,
                                                type, 0)))
        vcpus = virshHostDomCapsMaxVcpus(caps);
    else
        vshResetLibvirtError();

    if (vcpus < 0 && (vcpus = virConnectGetMaxVcpus(ctl->conn, type)) < 0)
        return false;

    vshPrint(ctl, "%d\n", vcpus);
    return true;
}


/*
 * "node-memory-tune"
 */
static const vshCmdOptDef opts_node_memory_tune[] = {
    { .name = "shm-pages-to-scan",
      .type = VSH_OT_INT,
      .help = N_("number of pages to scan before the shared memory service "
                 "goes to sleep"),
    },
    { .name = "shm-sleep-millisecs",
      .type = VSH_OT_INT,
      .help = N_("number of millisecs the shared memory service should "
                 "sleep before next scan"),
    },
    { .name = "shm-merge-across-nodes",
      .type = VSH_OT_INT,
      .help = N_("Specifies if pages from different numa nodes can be merged"),
    },
    { .name = NULL }
};

static bool
cmdNodeMemoryTune(vshControl *ctl, const vshCmd *cmd)
{
    static const char *const fields[] = {
        VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN,
        VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS,
        VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES,
    };
    static const char *const options[] = {
        "shm-pages-to-scan",
        "shm-sleep-millisecs",
        "shm-merge-across-nodes",
    };
    virTypedParameter set[G_N_ELEMENTS(fields)];
    g_autofree virTypedParameter *params = NULL;
    int nparams = 0;
    size_t nset = 0;
    size_t i;

    memset(set, 0, sizeof(set));
    for (i = 0; i < G_N_ELEMENTS(options); i++) {
        unsigned int value;
        int rc = vshCommandOptUInt(ctl, cmd, options[i], &value);

        if (rc < 0)
            return false;
        if (rc == 0)
            continue;
        g_strlcpy(set[nset].field, fields[i], sizeof(set[nset].field));
        set[nset].type = VIR_TYPED_PARAM_UINT;
        set[nset].value.ui = value;
        nset++;
    }

    if (nset > 0) {
        if (virNodeSetMemoryParameters(ctl->conn, set, nset, 0) < 0) {
            vshError(ctl, "%s", _("Unable to change memory parameters"));
            return false;
        }
        return true;
    }

    /* the first call asks how many parameters there are */
    if (virNodeGetMemoryParameters(ctl->conn, NULL, &nparams, 0) < 0) {
        vshError(ctl, "%s", _("Unable to get number of memory parameters"));
        return false;
    }
    if (nparams == 0)
        return true;

    params = g_new0(virTypedParameter, nparams);
    if (virNodeGetMemoryParameters(ctl->conn, params, &nparams, 0) < 0) {
        vshError(ctl, "%s", _("Unable to get memory parameters"));
        virTypedParamsClear(params, nparams);
        return false;
    }

    vshPrint(ctl, _("Shared memory:\n"));
    for (i = 0; i < nparams; i++) {
        g_autofree char *value = virshHostTypedParamToString(&params[i]);

        vshPrint(ctl, "\t%-15s %s\n", params[i].field, value);
    }
    virTypedParamsClear(params, nparams);
    return true;
}


/*
 * "nodeinfo"
 */
static const vshCmdOptDef opts_nodeinfo[] = {
    { .name = NULL }
};

static bool
cmdNodeinfo(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    virNodeInfo info;

    if (virNodeGetInfo(ctl->conn, &info) < 0) {
        vshError(ctl, "%s", _("failed to get node information"));
        return false;
    }
    vshPrint(ctl, "%-20s %s\n", _("CPU model:"), info.model);
    vshPrint(ctl, "%-20s %d\n", _("CPU(s):"), info.cpus);
    if (info.mhz)
        vshPrint(ctl, "%-20s %d MHz\n", _("CPU frequency:"), info.mhz);
    vshPrint(ctl, "%-20s %d\n", _("CPU socket(s):"), info.sockets);
    vshPrint(ctl, "%-20s %d\n", _("Core(s) per socket:"), info.cores);
    vshPrint(ctl, "%-20s %d\n", _("Thread(s) per core:"), info.threads);
    vshPrint(ctl, "%-20s %d\n", _("NUMA cell(s):"), info.nodes);
    vshPrint(ctl, "%-20s %lu KiB\n", _("Memory size:"), info.memory);
    return true;
}


/*
 * "nodememstats"
 */
static const vshCmdOptDef opts_nodememstats[] = {
    { .name = "cell",
      .type = VSH_OT_INT,
      .help = N_("prints specified cell statistics only."),
    },
    { .name = NULL }
};

static bool
cmdNodeMemStats(vshControl *ctl, const vshCmd *cmd)
{
    int cell = VIR_NODE_MEMORY_STATS_ALL_CELLS;
    int nparams = 0;
    g_autofree virNodeMemoryStatsPtr params = NULL;
    size_t i;

    if (vshCommandOptInt(ctl, cmd, "cell", &cell) < 0)
        return false;

    /* the first call asks how many statistics there are */
    if (virNodeGetMemoryStats(ctl->conn, cell, NULL, &nparams, 0) < 0) {
        vshError(ctl, "%s", _("Unable to get number of memory stats"));
        return false;
    }
    if (nparams == 0)
        return true;

    params = g_new0(virNodeMemoryStats, nparams);
    if (virNodeGetMemoryStats(ctl->conn, cell, params, &nparams, 0) < 0) {
        vshError(ctl, "%s", _("Unable to get memory stats"));
        return false;
    }
    for (i = 0; i < nparams; i++)
        vshPrint(ctl, "%-7s %20llu KiB\n", params[i].field, params[i].value);
    return true;
}


/*
 * "nodesevinfo"
 */
static const vshCmdOptDef opts_nodesevinfo[] = {
    { .name = NULL }
};

static bool
cmdNodeSEVInfo(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    size_t i;

    if (virNodeGetSEVInfo(ctl->conn, &params, &nparams, 0) != 0) {
        vshError(ctl, "%s", _("Unable to get host SEV information"));
        return false;
    }
    for (i = 0; i < nparams; i++) {
        g_autofree char *value = virshHostTypedParamToString(&params[i]);

        vshPrint(ctl, "%-18s: %s\n", params[i].field, value);
    }
    virTypedParamsFree(params, nparams);
    return true;
}


/*
 * "nodesuspend"
 */
static const vshCmdOptDef opts_node_suspend[] = {
    { .name = "target",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("mem(Suspend-to-RAM), disk(Suspend-to-Disk), "
                 "hybrid(Hybrid-Suspend)"),
    },
    { .name = "duration",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("Suspend duration in seconds, at least 60"),
    },
    { .name = NULL }
};

static bool
cmdNodeSuspend(vshControl *ctl, const vshCmd *cmd)
{
    static const struct {
        const char *name;
        unsigned int target;
    } targets[] = {
        { "mem", VIR_NODE_SUSPEND_TARGET_MEM },
        { "disk", VIR_NODE_SUSPEND_TARGET_DISK },
        { "hybrid", VIR_NODE_SUSPEND_TARGET_HYBRID },
    };
    const char *target = NULL;
    long long duration;
    int suspendTarget = -1;
    size_t i;

    if (vshCommandOptStringReq(ctl, cmd, "target", &target) < 0)
        return false;
    if (vshCommandOptLongLong(ctl, cmd, "duration", &duration) < 0)
        return false;

    for (i = 0; i < G_N_ELEMENTS(targets); i++) {
        if (g_str_equal(target, targets[i].name))
            suspendTarget = targets[i].target;
    }
    if (suspendTarget < 0) {
        vshError(ctl, "%s", _("Invalid target"));
        return false;
    }
    if (duration < 0) {
        vshError(ctl, "%s", _("Invalid duration"));
        return false;
    }

    if (virNodeSuspendForDuration(ctl->conn, suspendTarget, duration, 0) < 0) {
        vshError(ctl, "%s", _("The host was not suspended"));
        return false;
    }
    return true;
}


/*
 * "uri"
 */
static const vshCmdOptDef opts_uri[] = {
    { .name = NULL }
};

static bool
cmdURI(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *uri = NULL;

    if (!(uri = virConnectGetURI(ctl->conn))) {
        vshError(ctl, "%s", _("failed to get URI"));
        return false;
    }
    vshPrint(ctl, "%s\n", uri);
    return true;
}


/*
 * "version"
 */
static const vshCmdOptDef opts_version[] = {
    { .name = "daemon",
      .type = VSH_OT_BOOL,
      .help = N_("report daemon version too"),
    },
    { .name = NULL }
};

static bool
cmdVersion(vshControl *ctl, const vshCmd *cmd)
{
    unsigned long libVersion;
    unsigned long apiVersion;
    unsigned long hvVersion;
    const char *hvType;

    vshPrint(ctl, _("Compiled against library: libvirt %d.%d.%d\n"),
             VIRSH_VERSION_MAJOR(LIBVIR_VERSION_NUMBER),
             VIRSH_VERSION_MINOR(LIBVIR_VERSION_NUMBER),
             VIRSH_VERSION_MICRO(LIBVIR_VERSION_NUMBER));

    if (virGetVersion(&libVersion, NULL, NULL) < 0) {
        vshError(ctl, "%s", _("failed to get the library version"));
        return false;
    }
    vshPrint(ctl, _("Using library: libvirt %d.%d.%d\n"),
             VIRSH_VERSION_MAJOR(libVersion), VIRSH_VERSION_MINOR(libVersion),
             VIRSH_VERSION_MICRO(libVersion));

    if (!(hvType = virConnectGetType(ctl->conn))) {
        vshError(ctl, "%s", _("failed to get hypervisor type"));
        return false;
    }

    /* the API level the library offers for this hypervisor type */
    if (virGetVersion(&libVersion, hvType, &apiVersion) < 0) {
        vshError(ctl, "%s", _("failed to get the library version"));
        return false;
    }
    vshPrint(ctl, _("Using API: %s %d.%d.%d\n"), hvType,
             VIRSH_VERSION_MAJOR(apiVersion), VIRSH_VERSION_MINOR(apiVersion),
             VIRSH_VERSION_MICRO(apiVersion));

    if (virConnectGetVersion(ctl->conn, &hvVersion) < 0) {
        vshError(ctl, "%s", _("failed to get the hypervisor version"));
        return false;
    }
    if (hvVersion == 0) {
        vshPrint(ctl, _("Cannot extract running %s hypervisor version\n"), hvType);
    } else {
        vshPrint(ctl, _("Running hypervisor: %s %d.%d.%d\n"), hvType,
                 VIRSH_VERSION_MAJOR(hvVersion), VIRSH_VERSION_MINOR(hvVersion),
                 VIRSH_VERSION_MICRO(hvVersion));
    }

    if (vshCommandOptBool(cmd, "daemon")) {
        unsigned long daemonVersion;

        if (virConnectGetLibVersion(ctl->conn, &daemonVersion) < 0) {
            vshError(ctl, "%s", _("failed to get the daemon version"));
            return false;
        }
        vshPrint(ctl, _("Running against daemon: %d.%d.%d\n"),
                 VIRSH_VERSION_MAJOR(daemonVersion),
                 VIRSH_VERSION_MINOR(daemonVersion),
                 VIRSH_VERSION_MICRO(daemonVersion));
    }
    return true;
}


const vshCmdDef hostCmds[] = {
    { .name = "allocpages",
      .handler = cmdAllocpages,
      .opts = opts_allocpages,
      .help = N_("Manipulate pages pool size"),
      .desc = N_("Allocate or free some pages in the pool for NUMA cell."),
    },
    { .name = "capabilities",
      .handler = cmdCapabilities,
      .opts = opts_capabilities,
      .help = N_("capabilities"),
      .desc = N_("Returns capabilities of hypervisor/driver."),
    },
    { .name = "domcapabilities",
      .handler = cmdDomCapabilities,
      .opts = opts_domcapabilities,
      .help = N_("domain capabilities"),
      .desc = N_("Returns capabilities of emulator with respect to host and "
                 "libvirt."),
    },
    { .name = "hostname",
      .handler = cmdHostname,
      .opts = opts_hostname,
      .help = N_("print the hypervisor hostname"),
      .desc = "",
    },
    { .name = "maxvcpus",
      .handler = cmdMaxvcpus,
      .opts = opts_maxvcpus,
      .help = N_("connection vcpu maximum"),
      .desc = N_("Show maximum number of virtual CPUs for guests on this "
                 "connection."),
    },
    { .name = "node-memory-tune",
      .handler = cmdNodeMemoryTune,
      .opts = opts_node_memory_tune,
      .help = N_("Get or set node memory parameters"),
      .desc = N_("Get or set node memory parameters\n"
                 "    To get the memory parameters, use following command: \n\n"
                 "    virsh # node-memory-tune"),
    },
    { .name = "nodeinfo",
      .handler = cmdNodeinfo,
      .opts = opts_nodeinfo,
      .help = N_("node information"),
      .desc = N_("Returns basic information about the node."),
    },
    { .name = "nodememstats",
      .handler = cmdNodeMemStats,
      .opts = opts_nodememstats,
      .help = N_("Prints memory stats of the node."),
      .desc = N_("Returns memory stats of the node, in kilobytes."),
    },
    { .name = "nodesevinfo",
      .handler = cmdNodeSEVInfo,
      .opts = opts_nodesevinfo,
      .help = N_("node SEV information"),
      .desc = N_("Returns basic SEV information about the node."),
    },
    { .name = "nodesuspend",
      .handler = cmdNodeSuspend,
      .opts = opts_node_suspend,
      .help = N_("suspend the host node for a given time duration"),
      .desc = N_("Suspend the host node for a given time duration and attempt "
                 "to resume thereafter."),
    },
    { .name = "uri",
      .handler = cmdURI,
      .opts = opts_uri,
      .help = N_("print the hypervisor canonical URI"),
      .desc = "",
    },
    { .name = "version",
      .handler = cmdVersion,
      .opts = opts_version,
      .help = N_("show version"),
      .desc = N_("Display the system version information."),
    },
    { .name = NULL }
};
