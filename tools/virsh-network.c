/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-network.c: the "Networking" command group of virsh
 *
 * Listing, defining, starting, stopping, editing and updating virtual
 * networks, and the DHCP leases they hand out.  Messages, table layouts
 * and exit codes are those of libvirt 9.0's virsh.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virsh.h"

#define VIRSH_NETWORK_UUID_LEN (VIR_UUID_STRING_BUFLEN - 1)


/*
 * virshNetworkLookupOnly:
 * @ctl: the shell
 * @cmd: the command, whose "network" option names the network
 * @byUUID: true to take the word as a UUID only, false as a name only
 *
 * The lookups of net-name and net-uuid, which convert one into the other
 * and so accept only one kind of word.  A word that cannot be a UUID is not
 * looked up at all.
 *
 * Returns the network, or NULL after printing libvirt's
 * "failed to get network" message.
 */
static virNetworkPtr
virshNetworkLookupOnly(vshControl *ctl, const vshCmd *cmd, bool byUUID)
{
    virNetworkPtr net = NULL;
    const char *word = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "network", &word) < 0)
        return NULL;

    if (!byUUID)
        net = virNetworkLookupByName(ctl->conn, word);
    else if (strlen(word) == VIRSH_NETWORK_UUID_LEN)
        net = virNetworkLookupByUUIDString(ctl->conn, word);

    if (!net)
        vshError(ctl, _("failed to get network '%s'"), word);
    return net;
}


/*
 * virshNetworkGetEditableXML:
 * @net: the network
 * @flags: set to the flags that worked, for fetching the XML again
 *
 * net-edit works on the persistent definition; a driver that does not
 * know VIR_NETWORK_XML_INACTIVE is asked for the XML it has.
 *
 * Returns the XML (the caller frees it), or NULL with a libvirt error.
 */
static char *
virshNetworkGetEditableXML(virNetworkPtr net, unsigned int *flags)
{
    char *xml;

    *flags = VIR_NETWORK_XML_INACTIVE;
    if ((xml = virNetworkGetXMLDesc(net, *flags)))
        return xml;
    if (virGetLastErrorCode() != VIR_ERR_INVALID_ARG)
        return NULL;
    vshResetLibvirtError();
    *flags = 0;
    return virNetworkGetXMLDesc(net, *flags);
}


/*
 * "net-autostart"
 */
static const vshCmdOptDef opts_network_autostart[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = "disable",
      .type = VSH_OT_BOOL,
      .help = N_("disable autostarting"),
    },
    { .name = NULL }
};

static bool
cmdNetworkAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    const char *name = NULL;
    bool autostart = !vshCommandOptBool(cmd, "disable");

    if (!(net = virshCommandOptNetwork(ctl, cmd, &name)))
        return false;

    if (virNetworkSetAutostart(net, autostart) < 0) {
        if (autostart)
            vshError(ctl, _("failed to mark network %s as autostarted"), name);
        else
            vshError(ctl, _("failed to unmark network %s as autostarted"), name);
        return false;
    }

    if (autostart)
        vshPrintExtra(ctl, _("Network %s marked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Network %s unmarked as autostarted\n"), name);
    return true;
}


/*
 * "net-create" and "net-define"
 */
static const vshCmdOptDef opts_network_create[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML network description"),
    },
    { .name = "validate",
      .type = VSH_OT_BOOL,
      .help = N_("validate the XML against the schema"),
    },
    { .name = NULL }
};

static bool
virshNetworkCreateOrDefine(vshControl *ctl, const vshCmd *cmd, bool define)
{
    g_autoptr(virNetwork) net = NULL;
    g_autofree char *xml = NULL;
    const char *file = NULL;
    bool validate = vshCommandOptBool(cmd, "validate");

    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    if (define) {
        if (validate)
            net = virNetworkDefineXMLFlags(ctl->conn, xml,
                                           VIR_NETWORK_DEFINE_VALIDATE);
        else
            net = virNetworkDefineXML(ctl->conn, xml);
    } else {
        if (validate)
            net = virNetworkCreateXMLFlags(ctl->conn, xml,
                                           VIR_NETWORK_CREATE_VALIDATE);
        else
            net = virNetworkCreateXML(ctl->conn, xml);
    }

    if (!net) {
        if (define)
            vshError(ctl, _("Failed to define network from %s"), file);
        else
            vshError(ctl, _("Failed to create network from %s"), file);
        return false;
    }

    if (define)
        vshPrintExtra(ctl, _("Network %s defined from %s\n"),
                      virNetworkGetName(net), file);
    else
        vshPrintExtra(ctl, _("Network %s created from %s\n"),
                      virNetworkGetName(net), file);
    return true;
}

static bool
cmdNetworkCreate(vshControl *ctl, const vshCmd *cmd)
{
    return virshNetworkCreateOrDefine(ctl, cmd, false);
}

static bool
cmdNetworkDefine(vshControl *ctl, const vshCmd *cmd)
{
    return virshNetworkCreateOrDefine(ctl, cmd, true);
}


/*
 * "net-destroy", "net-start", "net-undefine", "net-info", "net-edit"
 * (the commands taking only a network)
 */
static const vshCmdOptDef opts_network_only[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_network_active[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_ACTIVE,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_network_inactive[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_INACTIVE,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_network_persistent[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_PERSISTENT,
    },
    { .name = NULL }
};

static bool
cmdNetworkDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = virshCommandOptNetwork(ctl, cmd, &name)))
        return false;

    if (virNetworkDestroy(net) < 0) {
        vshError(ctl, _("Failed to destroy network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s destroyed\n"), name);
    return true;
}

static bool
cmdNetworkStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = virshCommandOptNetwork(ctl, cmd, &name)))
        return false;

    if (virNetworkCreate(net) < 0) {
        vshError(ctl, _("Failed to start network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s started\n"), name);
    return true;
}

static bool
cmdNetworkUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = virshCommandOptNetwork(ctl, cmd, &name)))
        return false;

    if (virNetworkUndefine(net) < 0) {
        vshError(ctl, _("Failed to undefine network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s has been undefined\n"), name);
    return true;
}

static bool
cmdNetworkInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autofree char *bridge = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    int active;
    int persistent;
    int autostart;

    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;

    vshPrint(ctl, "%-15s %s\n", _("Name:"), virNetworkGetName(net));
    if (virNetworkGetUUIDString(net, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);

    if ((active = virNetworkIsActive(net)) >= 0)
        vshPrint(ctl, "%-15s %s\n", _("Active:"), active ? _("yes") : _("no"));

    persistent = virNetworkIsPersistent(net);
    if (persistent < 0)
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"),
                 persistent ? _("yes") : _("no"));

    if (virNetworkGetAutostart(net, &autostart) < 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), _("no autostart"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"),
                 autostart ? _("yes") : _("no"));

    /* networks forwarding to host devices have no bridge: not an error */
    if ((bridge = virNetworkGetBridgeName(net)))
        vshPrint(ctl, "%-15s %s\n", _("Bridge:"), bridge);
    else
        vshResetLibvirtError();
    return true;
}


/*
 * "net-dhcp-leases"
 */
static const vshCmdOptDef opts_network_dhcp_leases[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_ACTIVE,
    },
    { .name = "mac",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_NONE,
      .help = N_("MAC address"),
    },
    { .name = NULL }
};

/* leases sorted by MAC address, those without one first */
static int
virshNetworkLeaseCompare(const void *a, const void *b)
{
    virNetworkDHCPLeasePtr la = *(virNetworkDHCPLeasePtr const *) a;
    virNetworkDHCPLeasePtr lb = *(virNetworkDHCPLeasePtr const *) b;

    if (!la->mac || !lb->mac)
        return !!la->mac - !!lb->mac;
    return g_strcmp0(la->mac, lb->mac);
}

static const char *
virshNetworkOrDash(const char *str)
{
    return str ? str : "-";
}

static bool
cmdNetworkDHCPLeases(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autoptr(vshTable) table = NULL;
    virNetworkDHCPLeasePtr *leases = NULL;
    const char *name = NULL;
    const char *mac = NULL;
    bool ret = false;
    int nleases;
    int i;

    if (vshCommandOptStringReq(ctl, cmd, "mac", &mac) < 0)
        return false;
    if (!(net = virshCommandOptNetwork(ctl, cmd, &name)))
        return false;

    if ((nleases = virNetworkGetDHCPLeases(net, mac, &leases, 0)) < 0) {
        vshError(ctl, _("Failed to get leases info for %s"), name);
        return false;
    }
    if (nleases > 1)
        qsort(leases, nleases, sizeof(*leases), virshNetworkLeaseCompare);

    table = vshTableNew(_("Expiry Time"), _("MAC address"), _("Protocol"),
                        _("IP address"), _("Hostname"), _("Client ID or DUID"),
                        NULL);
    if (!table)
        goto cleanup;

    for (i = 0; i < nleases; i++) {
        virNetworkDHCPLeasePtr lease = leases[i];
        g_autoptr(GDateTime) expiry = g_date_time_new_from_unix_local(lease->expirytime);
        g_autofree char *when = expiry ? g_date_time_format(expiry, "%Y-%m-%d %H:%M:%S") : NULL;
        g_autofree char *cidr = g_strdup_printf("%s/%d", lease->ipaddr, lease->prefix);
        const char *proto = NULL;

        if (lease->type == VIR_IP_ADDR_TYPE_IPV4)
            proto = "ipv4";
        else if (lease->type == VIR_IP_ADDR_TYPE_IPV6)
            proto = "ipv6";

        if (vshTableRowAppend(table, virshNetworkOrDash(when),
                              virshNetworkOrDash(lease->mac),
                              virshNetworkOrDash(proto), cidr,
                              virshNetworkOrDash(lease->hostname),
                              virshNetworkOrDash(lease->clientid), NULL) < 0)
            goto cleanup;
    }
    vshTablePrintToStdout(table, ctl);
    ret = true;

 cleanup:
    for (i = 0; i < nleases; i++)
        virNetworkDHCPLeaseFree(leases[i]);
    free(leases);
    return ret;
}


/*
 * "net-dumpxml"
 */
static const vshCmdOptDef opts_network_dumpxml[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
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
cmdNetworkDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_NETWORK_XML_INACTIVE;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;

    if (!(xml = virNetworkGetXMLDesc(net, flags)))
        return false;
    return virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}


/*
 * "net-edit"
 */
/* what net-edit hands to the edit loop */
typedef struct {
    virNetworkPtr net;
    virNetworkPtr edited;      /* the last definition applied, or NULL */
    unsigned int flags;
    bool haveFlags;
} virshNetworkEditData;

static char *
virshNetworkEditGetDoc(vshControl *ctl G_GNUC_UNUSED, void *opaque)
{
    virshNetworkEditData *data = opaque;

    if (!data->haveFlags) {
        data->haveFlags = true;
        return virshNetworkGetEditableXML(data->net, &data->flags);
    }
    return virNetworkGetXMLDesc(data->net, data->flags);
}

static bool
virshNetworkEditDefine(vshControl *ctl, const char *doc, bool relax G_GNUC_UNUSED,
                       void *opaque)
{
    virshNetworkEditData *data = opaque;

    g_clear_pointer(&data->edited, virNetworkFree);
    return (data->edited = virNetworkDefineXML(ctl->conn, doc)) != NULL;
}

static void
virshNetworkEditNotChanged(vshControl *ctl, void *opaque)
{
    virshNetworkEditData *data = opaque;

    vshPrintExtra(ctl, _("Network %s XML configuration not changed.\n"),
                  virNetworkGetName(data->net));
}

static bool
cmdNetworkEdit(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    virshNetworkEditData data = { 0 };
    const virshEditOps ops = {
        .getDoc = virshNetworkEditGetDoc,
        .define = virshNetworkEditDefine,
        .notChanged = virshNetworkEditNotChanged,
    };
    virshEditResult rc;

    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    data.net = net;
    rc = virshEditRun(ctl, &ops, &data);
    if (rc == VIRSH_EDIT_DONE) {
        /* libvirt's virsh says "(null)" when the definition failed unasked */
        vshPrintExtra(ctl, _("Network %s XML configuration edited.\n"),
                      data.edited ? virNetworkGetName(data.edited) : "(null)");
    }
    g_clear_pointer(&data.edited, virNetworkFree);
    return rc != VIRSH_EDIT_FAILED;
}


/*
 * "net-event"
 */
static const vshCmdOptDef opts_network_event[] = {
    { .name = "network",
      .type = VSH_OT_STRING,
      .help = N_("filter by network name or uuid"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = "event",
      .type = VSH_OT_STRING,
      .help = N_("which event type to wait for"),
    },
    VIRSH_EVENT_WAIT_OPTS,
    { .name = NULL }
};

/* the event types net-event knows, indexed by virNetworkEventID */
static const char *const virshNetworkEventIDs[] = {
    "lifecycle",
};

/* what a lifecycle event says, indexed by virNetworkEventLifecycleType */
static const char *const virshNetworkLifecycleEvents[] = {
    N_("Defined"), N_("Undefined"), N_("Started"), N_("Stopped"),
};


static void
virshNetworkEventLifecycle(virConnectPtr conn G_GNUC_UNUSED, virNetworkPtr net,
                           int event, int detail G_GNUC_UNUSED, void *opaque)
{
    virshEventWait *data = opaque;
    const char *what = _("unknown");

    if (!data->loop && data->done)
        return;

    if (event >= 0 && event < G_N_ELEMENTS(virshNetworkLifecycleEvents))
        what = _(virshNetworkLifecycleEvents[event]);

    virshEventWaitPrint(data, _("event 'lifecycle' for network %s: %s\n"),
                        virNetworkGetName(net), what);
}

static bool
cmdNetworkEvent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    virshEventWait data;
    virConnectNetworkEventGenericCallback cb;
    int event;
    int timeout;
    int callback;
    bool ret;

    if ((event = virshEventWaitName(ctl, cmd, virshNetworkEventIDs,
                                    G_N_ELEMENTS(virshNetworkEventIDs))) < 0)
        return event == -2;
    if (!virshEventWaitOptions(ctl, cmd, &data, &timeout))
        return false;

    /* as libvirt's virsh does, a network that is not found leaves the
     * filter off: the error shows, and the wait goes on for any network */
    if (vshCommandOptBool(cmd, "network"))
        net = virshCommandOptNetwork(ctl, cmd, NULL);

    /* the callbacks run from the event loop, which this command turns */
    if (virEventRegisterDefaultImpl() < 0)
        return false;
    /* through void (*)(void), the one cast between function types that
     * -Wcast-function-type lets pass */
    cb = VIR_NETWORK_EVENT_CALLBACK((void (*)(void)) virshNetworkEventLifecycle);
    if ((callback = virConnectNetworkEventRegisterAny(ctl->conn, net,
                                                      VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                                      cb, &data, NULL)) < 0)
        return false;
    ret = virshEventWaitRun(&data, timeout);
    virConnectNetworkEventDeregisterAny(ctl->conn, callback);
    return ret;
}


/*
 * "net-list"
 */
static const vshCmdOptDef opts_network_list[] = {
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive networks"),
    },
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive & active networks"),
    },
    { .name = "persistent",
      .type = VSH_OT_BOOL,
      .help = N_("list persistent networks"),
    },
    { .name = "transient",
      .type = VSH_OT_BOOL,
      .help = N_("list transient networks"),
    },
    { .name = "autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list networks with autostart enabled"),
    },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list networks with autostart disabled"),
    },
    { .name = "uuid",
      .type = VSH_OT_BOOL,
      .help = N_("list uuid's only"),
    },
    { .name = "name",
      .type = VSH_OT_BOOL,
      .help = N_("list network names only"),
    },
    { .name = "table",
      .type = VSH_OT_BOOL,
      .help = N_("list table (default)"),
    },
    { .name = NULL }
};

static int
virshNetworkCompareNames(const void *a, const void *b)
{
    virNetworkPtr na = *(virNetworkPtr const *) a;
    virNetworkPtr nb = *(virNetworkPtr const *) b;

    return g_ascii_strcasecmp(virNetworkGetName(na), virNetworkGetName(nb));
}

static bool
cmdNetworkList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(vshTable) table = NULL;
    virNetworkPtr *nets = NULL;
    bool optTable = vshCommandOptBool(cmd, "table");
    bool optName = vshCommandOptBool(cmd, "name");
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    unsigned int flags = VIR_CONNECT_LIST_NETWORKS_ACTIVE;
    bool ret = false;
    int nnets = 0;
    int i;

    if (vshCommandOptBool(cmd, "inactive"))
        flags = VIR_CONNECT_LIST_NETWORKS_INACTIVE;
    if (vshCommandOptBool(cmd, "all"))
        flags = VIR_CONNECT_LIST_NETWORKS_ACTIVE | VIR_CONNECT_LIST_NETWORKS_INACTIVE;
    if (vshCommandOptBool(cmd, "persistent"))
        flags |= VIR_CONNECT_LIST_NETWORKS_PERSISTENT;
    if (vshCommandOptBool(cmd, "transient"))
        flags |= VIR_CONNECT_LIST_NETWORKS_TRANSIENT;
    if (vshCommandOptBool(cmd, "autostart"))
        flags |= VIR_CONNECT_LIST_NETWORKS_AUTOSTART;
    if (vshCommandOptBool(cmd, "no-autostart"))
        flags |= VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART;

    if (optTable + optName + optUUID > 1) {
        vshError(ctl, "%s",
                 _("Only one argument from --table, --name and --uuid may be specified."));
        return false;
    }
    if (!optName && !optUUID)
        optTable = true;

    if ((nnets = virConnectListAllNetworks(ctl->conn, &nets, flags)) < 0) {
        vshError(ctl, "%s", _("Failed to list networks"));
        return false;
    }
    if (nnets > 1)
        qsort(nets, nnets, sizeof(*nets), virshNetworkCompareNames);

    if (optTable &&
        !(table = vshTableNew(_("Name"), _("State"), _("Autostart"),
                              _("Persistent"), NULL)))
        goto cleanup;

    for (i = 0; i < nnets; i++) {
        virNetworkPtr net = nets[i];

        if (optTable) {
            const char *autostartStr;
            int autostart = 0;

            if (virNetworkGetAutostart(net, &autostart) < 0)
                autostartStr = _("no autostart");
            else
                autostartStr = autostart ? _("yes") : _("no");

            if (vshTableRowAppend(table, virNetworkGetName(net),
                                  virNetworkIsActive(net) ? _("active") : _("inactive"),
                                  autostartStr,
                                  virNetworkIsPersistent(net) ? _("yes") : _("no"),
                                  NULL) < 0)
                goto cleanup;
        } else if (optUUID) {
            char uuid[VIR_UUID_STRING_BUFLEN];

            if (virNetworkGetUUIDString(net, uuid) < 0) {
                vshError(ctl, "%s", _("Failed to get network's UUID"));
                goto cleanup;
            }
            vshPrint(ctl, "%s\n", uuid);
        } else {
            vshPrint(ctl, "%s\n", virNetworkGetName(net));
        }
    }

    if (optTable)
        vshTablePrintToStdout(table, ctl);
    ret = true;

 cleanup:
    for (i = 0; i < nnets; i++)
        virNetworkFree(nets[i]);
    free(nets);
    return ret;
}


/*
 * "net-name" and "net-uuid"
 */
static const vshCmdOptDef opts_network_name[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network uuid"),
    },
    { .name = NULL }
};

static bool
cmdNetworkName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;

    if (!(net = virshNetworkLookupOnly(ctl, cmd, true)))
        return false;
    vshPrint(ctl, "%s\n", virNetworkGetName(net));
    return true;
}

static const vshCmdOptDef opts_network_uuid[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = NULL }
};

static bool
cmdNetworkUUID(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(net = virshNetworkLookupOnly(ctl, cmd, false)))
        return false;

    if (virNetworkGetUUIDString(net, uuid) < 0) {
        vshError(ctl, "%s", _("failed to get network UUID"));
        return false;
    }
    vshPrint(ctl, "%s\n", uuid);
    return true;
}


/*
 * "net-port-list", "net-port-create", "net-port-dumpxml", "net-port-delete"
 */
static const vshCmdOptDef opts_network_port_list[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_ACTIVE,
    },
    { .name = "uuid",
      .type = VSH_OT_BOOL,
      .help = N_("list uuid's only"),
    },
    { .name = "table",
      .type = VSH_OT_BOOL,
      .help = N_("list table (default)"),
    },
    { .name = NULL }
};

static int
virshNetworkPortCompare(const void *a, const void *b)
{
    virNetworkPortPtr pa = *(virNetworkPortPtr const *) a;
    virNetworkPortPtr pb = *(virNetworkPortPtr const *) b;
    char ua[VIR_UUID_STRING_BUFLEN] = "";
    char ub[VIR_UUID_STRING_BUFLEN] = "";

    virNetworkPortGetUUIDString(pa, ua);
    virNetworkPortGetUUIDString(pb, ub);
    return strcmp(ua, ub);
}

static bool
cmdNetworkPortList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autoptr(vshTable) table = NULL;
    virNetworkPortPtr *ports = NULL;
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    bool optTable = vshCommandOptBool(cmd, "table");
    bool ret = false;
    int nports = 0;
    int i;

    if (optUUID && optTable) {
        vshError(ctl, "%s", _("Only one argument from --table and --uuid may be specified."));
        return false;
    }
    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;

    if ((nports = virNetworkListAllPorts(net, &ports, 0)) < 0)
        return false;
    if (nports > 1)
        qsort(ports, nports, sizeof(*ports), virshNetworkPortCompare);

    if (!optUUID && !(table = vshTableNew(_("UUID"), NULL)))
        goto cleanup;

    for (i = 0; i < nports; i++) {
        char uuid[VIR_UUID_STRING_BUFLEN];

        if (virNetworkPortGetUUIDString(ports[i], uuid) < 0) {
            vshError(ctl, "%s", _("Failed to get network's UUID"));
            goto cleanup;
        }
        if (optUUID)
            vshPrint(ctl, "%s\n", uuid);
        else if (vshTableRowAppend(table, uuid, NULL) < 0)
            goto cleanup;
    }
    if (table)
        vshTablePrintToStdout(table, ctl);
    ret = true;

 cleanup:
    for (i = 0; i < nports; i++)
        virNetworkPortFree(ports[i]);
    free(ports);
    return ret;
}

static const vshCmdOptDef opts_network_port_create[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_ACTIVE,
    },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML network port description"),
    },
    { .name = "validate",
      .type = VSH_OT_BOOL,
      .help = N_("validate the XML against the schema"),
    },
    { .name = NULL }
};

static bool
cmdNetworkPortCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autofree char *xml = NULL;
    virNetworkPortPtr port;
    char uuid[VIR_UUID_STRING_BUFLEN] = "";
    const char *file = NULL;
    unsigned int flags = 0;

    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_NETWORK_PORT_CREATE_VALIDATE;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    /* libvirt's virsh says "network" here, not "network port" */
    if (!(port = virNetworkPortCreateXML(net, xml, flags))) {
        vshError(ctl, _("Failed to create network from %s"), file);
        return false;
    }
    virNetworkPortGetUUIDString(port, uuid);
    vshPrintExtra(ctl, _("Network port %s created from %s\n"), uuid, file);
    virNetworkPortFree(port);
    return true;
}

static const vshCmdOptDef opts_network_port_dumpxml[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = "port",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("port UUID"),
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

/*
 * virshNetworkPortLookup:
 * @ctl: the shell
 * @cmd: a command with "network" and "port" options
 * @portStr: set to the port's UUID as given
 * @port: set to the port, which the caller frees
 *
 * libvirt's virsh counts a network or a port it does not find as success
 * of net-port-dumpxml and net-port-delete: it prints only its own line
 * and forgets libvirt's reason.
 *
 * Returns 1 with @port set, 0 after such a lookup failure, -1 on error.
 */
static int
virshNetworkPortLookup(vshControl *ctl, const vshCmd *cmd, const char **portStr,
                       virNetworkPortPtr *port)
{
    g_autoptr(virNetwork) net = NULL;

    *port = NULL;
    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL))) {
        vshResetLibvirtError();
        return 0;
    }
    if (vshCommandOptStringReq(ctl, cmd, "port", portStr) < 0)
        return -1;
    if (!(*port = virNetworkPortLookupByUUIDString(net, *portStr))) {
        vshError(ctl, _("failed to get network port '%s'"), *portStr);
        vshResetLibvirtError();
        return 0;
    }
    return 1;
}

static bool
cmdNetworkPortDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    virNetworkPortPtr port = NULL;
    g_autofree char *xml = NULL;
    const char *portStr = NULL;
    const char *xpath = NULL;
    bool ret;
    int rc;

    if ((rc = virshNetworkPortLookup(ctl, cmd, &portStr, &port)) <= 0)
        return rc == 0;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0) {
        virNetworkPortFree(port);
        return false;
    }

    if ((xml = virNetworkPortGetXMLDesc(port, 0)))
        ret = virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
    else
        ret = false;
    virNetworkPortFree(port);
    return ret;
}

static const vshCmdOptDef opts_network_port_delete[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_NETWORKS_ACTIVE,
    },
    { .name = "port",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("port UUID"),
    },
    { .name = NULL }
};

static bool
cmdNetworkPortDelete(vshControl *ctl, const vshCmd *cmd)
{
    virNetworkPortPtr port = NULL;
    const char *portStr = NULL;
    bool ret = true;
    int rc;

    if ((rc = virshNetworkPortLookup(ctl, cmd, &portStr, &port)) <= 0)
        return rc == 0;

    if (virNetworkPortDelete(port, 0) < 0) {
        vshError(ctl, _("Failed to delete network port %s"), portStr);
        ret = false;
    } else {
        vshPrintExtra(ctl, _("Network port %s deleted\n"), portStr);
    }
    virNetworkPortFree(port);
    return ret;
}


/*
 * "net-update"
 */
static const vshCmdOptDef opts_network_update[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid"),
      .completer = virshNetworkNameCompleter,
    },
    { .name = "command",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of update (add-first, add-last (add), delete, or modify)"),
    },
    { .name = "section",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("which section of network configuration to update"),
    },
    { .name = "xml",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("name of file containing xml (or, if it starts with '<', the complete "
                 "xml element itself) to add/modify, or to be matched for search"),
    },
    { .name = "parent-index",
      .type = VSH_OT_INT,
      .help = N_("which parent object to search through"),
    },
    { .name = "config",
      .type = VSH_OT_BOOL,
      .help = N_("affect next network startup"),
    },
    { .name = "live",
      .type = VSH_OT_BOOL,
      .help = N_("affect running network"),
    },
    { .name = "current",
      .type = VSH_OT_BOOL,
      .help = N_("affect current state of network"),
    },
    { .name = NULL }
};

/* the words of net-update, indexed by virNetworkUpdateCommand; "none"
 * (0) is not one a user may give */
static const char *const virshNetworkUpdateCommands[] = {
    NULL, "modify", "delete", "add-last", "add-first",
};

/* the words of net-update, indexed by virNetworkUpdateSection */
static const char *const virshNetworkUpdateSections[] = {
    NULL, "bridge", "domain", "ip", "ip-dhcp-host", "ip-dhcp-range",
    "forward", "forward-interface", "forward-pf", "portgroup",
    "dns-host", "dns-txt", "dns-srv",
};

static int
virshNetworkWordIndex(const char *const *words, size_t nwords, const char *word)
{
    size_t i;

    for (i = 0; i < nwords; i++) {
        if (words[i] && g_str_equal(words[i], word))
            return i;
    }
    return -1;
}

static bool
cmdNetworkUpdate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virNetwork) net = NULL;
    g_autofree char *fromfile = NULL;
    const char *commandStr = NULL;
    const char *sectionStr = NULL;
    const char *xml = NULL;
    int command;
    int section;
    int parentIndex = -1;
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    unsigned int flags = VIR_NETWORK_UPDATE_AFFECT_CURRENT;

    if (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
        !vshCommandOptExclusive(ctl, cmd, "current", "config"))
        return false;

    if (!(net = virshCommandOptNetwork(ctl, cmd, NULL)))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "command", &commandStr) < 0)
        return false;
    if (g_str_equal(commandStr, "add")) {
        command = VIR_NETWORK_UPDATE_COMMAND_ADD_LAST;
    } else if ((command = virshNetworkWordIndex(virshNetworkUpdateCommands,
                                                G_N_ELEMENTS(virshNetworkUpdateCommands),
                                                commandStr)) < 0) {
        vshError(ctl, _("unrecognized command name '%s'"), commandStr);
        return false;
    }

    if (vshCommandOptStringReq(ctl, cmd, "section", &sectionStr) < 0)
        return false;
    if ((section = virshNetworkWordIndex(virshNetworkUpdateSections,
                                         G_N_ELEMENTS(virshNetworkUpdateSections),
                                         sectionStr)) < 0) {
        vshError(ctl, _("unrecognized section name '%s'"), sectionStr);
        return false;
    }

    if (vshCommandOptInt(ctl, cmd, "parent-index", &parentIndex) < 0)
        return false;

    /* the element itself, or the name of a file holding it */
    if (vshCommandOptStringReq(ctl, cmd, "xml", &xml) < 0)
        return false;
    if (*xml != '<') {
        if (!(fromfile = vshReadFile(ctl, xml)))
            return false;
        xml = fromfile;
    }

    if (config)
        flags |= VIR_NETWORK_UPDATE_AFFECT_CONFIG;
    if (live)
        flags |= VIR_NETWORK_UPDATE_AFFECT_LIVE;

    if (virNetworkUpdate(net, command, section, parentIndex, xml, flags) < 0) {
        vshError(ctl, _("Failed to update network %s"), virNetworkGetName(net));
        return false;
    }

    /* no newline: the shell ends every command with one */
    if (config) {
        if (live)
            vshPrintExtra(ctl, _("Updated network %s persistent config and live state"),
                          virNetworkGetName(net));
        else
            vshPrintExtra(ctl, _("Updated network %s persistent config"),
                          virNetworkGetName(net));
    } else if (live || virNetworkIsActive(net) > 0) {
        vshPrintExtra(ctl, _("Updated network %s live state"),
                      virNetworkGetName(net));
    } else {
        vshPrintExtra(ctl, _("Updated network %s persistent config"),
                      virNetworkGetName(net));
    }
    return true;
}


const vshCmdDef networkCmds[] = {
    { .name = "net-autostart",
      .handler = cmdNetworkAutostart,
      .opts = opts_network_autostart,
      .help = N_("autostart a network"),
      .desc = N_("Configure a network to be automatically started at boot."),
    },
    { .name = "net-create",
      .handler = cmdNetworkCreate,
      .opts = opts_network_create,
      .help = N_("create a network from an XML file"),
      .desc = N_("Create a network."),
    },
    { .name = "net-define",
      .handler = cmdNetworkDefine,
      .opts = opts_network_create,
      .help = N_("define an inactive persistent virtual network or modify "
                 "an existing persistent one from an XML file"),
      .desc = N_("Define or modify a persistent virtual network."),
    },
    { .name = "net-destroy",
      .handler = cmdNetworkDestroy,
      .opts = opts_network_active,
      .help = N_("destroy (stop) a network"),
      .desc = N_("Forcefully stop a given network."),
    },
    { .name = "net-dhcp-leases",
      .handler = cmdNetworkDHCPLeases,
      .opts = opts_network_dhcp_leases,
      .help = N_("print lease info for a given network"),
      .desc = N_("Print lease info for a given network"),
    },
    { .name = "net-dumpxml",
      .handler = cmdNetworkDumpXML,
      .opts = opts_network_dumpxml,
      .help = N_("network information in XML"),
      .desc = N_("Output the network information as an XML dump to stdout."),
    },
    { .name = "net-edit",
      .handler = cmdNetworkEdit,
      .opts = opts_network_only,
      .help = N_("edit XML configuration for a network"),
      .desc = N_("Edit the XML configuration for a network."),
    },
    { .name = "net-event",
      .handler = cmdNetworkEvent,
      .opts = opts_network_event,
      .help = N_("Network Events"),
      .desc = N_("List event types, or wait for network events to occur"),
    },
    { .name = "net-info",
      .handler = cmdNetworkInfo,
      .opts = opts_network_only,
      .help = N_("network information"),
      .desc = N_("Returns basic information about the network"),
    },
    { .name = "net-list",
      .handler = cmdNetworkList,
      .opts = opts_network_list,
      .help = N_("list networks"),
      .desc = N_("Returns list of networks."),
    },
    { .name = "net-name",
      .handler = cmdNetworkName,
      .opts = opts_network_name,
      .help = N_("convert a network UUID to network name"),
      .desc = "",
    },
    { .name = "net-start",
      .handler = cmdNetworkStart,
      .opts = opts_network_inactive,
      .help = N_("start a (previously defined) inactive network"),
      .desc = N_("Start a network."),
    },
    { .name = "net-undefine",
      .handler = cmdNetworkUndefine,
      .opts = opts_network_persistent,
      .help = N_("undefine a persistent network"),
      .desc = N_("Undefine the configuration for a persistent network."),
    },
    { .name = "net-update",
      .handler = cmdNetworkUpdate,
      .opts = opts_network_update,
      .help = N_("update parts of an existing network's configuration"),
      .desc = "",
    },
    { .name = "net-uuid",
      .handler = cmdNetworkUUID,
      .opts = opts_network_uuid,
      .help = N_("convert a network name to network UUID"),
      .desc = "",
    },
    { .name = "net-port-list",
      .handler = cmdNetworkPortList,
      .opts = opts_network_port_list,
      .help = N_("list network ports"),
      .desc = N_("Returns list of network ports."),
    },
    { .name = "net-port-create",
      .handler = cmdNetworkPortCreate,
      .opts = opts_network_port_create,
      .help = N_("create a network port from an XML file"),
      .desc = N_("Create a network port."),
    },
    { .name = "net-port-dumpxml",
      .handler = cmdNetworkPortDumpXML,
      .opts = opts_network_port_dumpxml,
      .help = N_("network port information in XML"),
      .desc = N_("Output the network port information as an XML dump to stdout."),
    },
    { .name = "net-port-delete",
      .handler = cmdNetworkPortDelete,
      .opts = opts_network_port_delete,
      .help = N_("delete the specified network port"),
      .desc = N_("Delete the specified network port."),
    },
    { .name = NULL }
};
