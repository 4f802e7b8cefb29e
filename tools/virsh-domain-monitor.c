/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-domain-monitor.c: the "Domain Monitoring" command group of virsh
 *
 * Commands that look at domains without changing them: the domain list,
 * a domain's information, state, block devices and interfaces.
 */
#include <config.h>

#include <string.h>
#include <limits.h>

#include <glib/gi18n.h>

#include "virsh.h"


/*
 * State names, as virsh prints them in "list", "dominfo" and "domstate".
 */

/* list --managed-save: an inactive domain with a managed save image */
#define VIRSH_DOMAIN_STATE_SAVED -2

static const char *
virshDomainStateToString(int state)
{
    switch ((virDomainState) state) {
    case VIR_DOMAIN_RUNNING:
        return _("running");
    case VIR_DOMAIN_BLOCKED:
        return _("idle");
    case VIR_DOMAIN_PAUSED:
        return _("paused");
    case VIR_DOMAIN_SHUTDOWN:
        return _("in shutdown");
    case VIR_DOMAIN_SHUTOFF:
        return _("shut off");
    case VIR_DOMAIN_CRASHED:
        return _("crashed");
    case VIR_DOMAIN_PMSUSPENDED:
        return _("pmsuspended");
    case VIR_DOMAIN_NOSTATE:
        break;
    }
    /* VIR_DOMAIN_NOSTATE, and what a newer driver may answer */
    if (state == VIRSH_DOMAIN_STATE_SAVED)
        return _("saved");
    return _("no state");
}

/* the reasons of each state, indexed by the state's reason enum */
static const char *const virshReasonsRunning[] = {
    N_("unknown"), N_("booted"), N_("migrated"), N_("restored"),
    N_("from snapshot"), N_("unpaused"), N_("migration canceled"),
    N_("save canceled"), N_("event wakeup"), N_("crashed"),
    N_("post-copy"), N_("post-copy failed"),
};
static const char *const virshReasonsPaused[] = {
    N_("unknown"), N_("user"), N_("migrating"), N_("saving"), N_("dumping"),
    N_("I/O error"), N_("watchdog"), N_("from snapshot"),
    N_("shutting down"), N_("creating snapshot"), N_("crashed"),
    N_("starting up"), N_("post-copy"), N_("post-copy failed"),
};
static const char *const virshReasonsShutdown[] = {
    N_("unknown"), N_("user"),
};
static const char *const virshReasonsShutoff[] = {
    N_("unknown"), N_("shutdown"), N_("destroyed"), N_("crashed"),
    N_("migrated"), N_("saved"), N_("failed"), N_("from snapshot"),
    N_("daemon"),
};
static const char *const virshReasonsCrashed[] = {
    N_("unknown"), N_("panicked"),
};
static const char *const virshReasonsUnknownOnly[] = {
    N_("unknown"),
};

G_STATIC_ASSERT(G_N_ELEMENTS(virshReasonsRunning) == VIR_DOMAIN_RUNNING_POSTCOPY_FAILED + 1);
G_STATIC_ASSERT(G_N_ELEMENTS(virshReasonsPaused) == VIR_DOMAIN_PAUSED_POSTCOPY_FAILED + 1);
G_STATIC_ASSERT(G_N_ELEMENTS(virshReasonsShutdown) == VIR_DOMAIN_SHUTDOWN_USER + 1);
G_STATIC_ASSERT(G_N_ELEMENTS(virshReasonsShutoff) == VIR_DOMAIN_SHUTOFF_DAEMON + 1);
G_STATIC_ASSERT(G_N_ELEMENTS(virshReasonsCrashed) == VIR_DOMAIN_CRASHED_PANICKED + 1);

static const char *
virshDomainStateReasonToString(int state, int reason)
{
    const char *const *names = virshReasonsUnknownOnly;
    size_t nnames = G_N_ELEMENTS(virshReasonsUnknownOnly);

    switch ((virDomainState) state) {
    case VIR_DOMAIN_RUNNING:
        names = virshReasonsRunning;
        nnames = G_N_ELEMENTS(virshReasonsRunning);
        break;
    case VIR_DOMAIN_PAUSED:
        names = virshReasonsPaused;
        nnames = G_N_ELEMENTS(virshReasonsPaused);
        break;
    case VIR_DOMAIN_SHUTDOWN:
        names = virshReasonsShutdown;
        nnames = G_N_ELEMENTS(virshReasonsShutdown);
        break;
    case VIR_DOMAIN_SHUTOFF:
        names = virshReasonsShutoff;
        nnames = G_N_ELEMENTS(virshReasonsShutoff);
        break;
    case VIR_DOMAIN_CRASHED:
        names = virshReasonsCrashed;
        nnames = G_N_ELEMENTS(virshReasonsCrashed);
        break;
    case VIR_DOMAIN_NOSTATE:
    case VIR_DOMAIN_BLOCKED:
    case VIR_DOMAIN_PMSUSPENDED:
        break;
    }

    if (reason < 0 || reason >= nnames)
        return _("unknown");
    return _(names[reason]);
}


/*
 * virshDomainGetState:
 * @ctl: the shell; its useGetInfo is set once the driver turns out to lack
 *       virDomainGetState()
 * @dom: the domain, borrowed
 * @reason: where the reason goes, or NULL
 *
 * Returns the domain's virDomainState, or -1 with libvirt's error left for
 * the shell to print.
 */
static int
virshDomainGetState(vshControl *ctl, virDomainPtr dom, int *reason)
{
    virDomainInfo info;
    int state;

    if (reason)
        *reason = -1;

    if (!ctl->useGetInfo) {
        virErrorPtr err;

        if (virDomainGetState(dom, &state, reason, 0) == 0)
            return state;
        err = virGetLastError();
        if (!err || err->code != VIR_ERR_NO_SUPPORT)
            return -1;
        /* an older driver: ask virDomainGetInfo() from now on */
        vshResetLibvirtError();
        ctl->useGetInfo = true;
    }

    if (virDomainGetInfo(dom, &info) < 0)
        return -1;
    return info.state;
}


/*
 * A small read-only tree of an XML document, enough for the commands that
 * read a domain's devices from its XML.  GLib's GMarkup parses it: the
 * documents come from libvirt, which writes plain, well-formed XML.
 */
typedef struct _virshXMLNode virshXMLNode;
struct _virshXMLNode {
    char *name;
    char **attrNames;           /* NULL-terminated */
    char **attrValues;          /* as many as attrNames */
    GPtrArray *children;        /* virshXMLNode, owned */
    GString *text;              /* the character data directly inside */
    virshXMLNode *parent;       /* borrowed; only while parsing */
};

static void
virshXMLNodeFree(virshXMLNode *node)
{
    if (!node)
        return;
    g_free(node->name);
    g_strfreev(node->attrNames);
    g_strfreev(node->attrValues);
    if (node->children)
        g_ptr_array_unref(node->children);
    if (node->text)
        g_string_free(node->text, TRUE);
    g_free(node);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virshXMLNode, virshXMLNodeFree);

typedef struct {
    virshXMLNode *root;         /* owned */
    virshXMLNode *current;      /* the open element, borrowed */
} virshXMLParser;

static void
virshXMLStartElement(GMarkupParseContext *context G_GNUC_UNUSED,
                     const char *name,
                     const char **attrNames,
                     const char **attrValues,
                     gpointer opaque,
                     GError **error G_GNUC_UNUSED)
{
    virshXMLParser *parser = opaque;
    virshXMLNode *node = g_new0(virshXMLNode, 1);

    node->name = g_strdup(name);
    node->attrNames = g_strdupv((char **) attrNames);
    node->attrValues = g_strdupv((char **) attrValues);
    node->children = g_ptr_array_new_with_free_func((GDestroyNotify) virshXMLNodeFree);
    node->text = g_string_new(NULL);
    node->parent = parser->current;

    if (parser->current)
        g_ptr_array_add(parser->current->children, node);
    else
        parser->root = node;
    parser->current = node;
}

static void
virshXMLEndElement(GMarkupParseContext *context G_GNUC_UNUSED,
                   const char *name G_GNUC_UNUSED,
                   gpointer opaque,
                   GError **error G_GNUC_UNUSED)
{
    virshXMLParser *parser = opaque;

    parser->current = parser->current->parent;
}

static void
virshXMLText(GMarkupParseContext *context G_GNUC_UNUSED,
             const char *text,
             gsize len,
             gpointer opaque,
             GError **error G_GNUC_UNUSED)
{
    virshXMLParser *parser = opaque;

    if (parser->current)
        g_string_append_len(parser->current->text, text, len);
}

/*
 * virshXMLParse:
 * @ctl: the shell, for the error message
 * @xml: the document
 *
 * Returns the tree of @xml (the caller frees it), or NULL after printing
 * why it is not XML.
 */
static virshXMLNode *
virshXMLParse(vshControl *ctl, const char *xml)
{
    static const GMarkupParser callbacks = {
        .start_element = virshXMLStartElement,
        .end_element = virshXMLEndElement,
        .text = virshXMLText,
    };
    virshXMLParser parser = { 0 };
    g_autoptr(GMarkupParseContext) context = NULL;
    g_autoptr(GError) error = NULL;

    context = g_markup_parse_context_new(&callbacks, 0, &parser, NULL);
    if (!g_markup_parse_context_parse(context, xml, -1, &error) ||
        !g_markup_parse_context_end_parse(context, &error) ||
        !parser.root) {
        vshError(ctl, _("Failed to parse domain description xml"));
        virshXMLNodeFree(parser.root);
        return NULL;
    }
    return parser.root;
}

/* the value of the attribute @name of @node, or NULL */
static const char *
virshXMLNodeAttr(const virshXMLNode *node, const char *name)
{
    size_t i;

    if (!node)
        return NULL;
    for (i = 0; node->attrNames[i]; i++) {
        if (g_str_equal(node->attrNames[i], name))
            return node->attrValues[i];
    }
    return NULL;
}

/* the first child of @node named @name, or NULL */
static const virshXMLNode *
virshXMLNodeChild(const virshXMLNode *node, const char *name)
{
    size_t i;

    if (!node)
        return NULL;
    for (i = 0; i < node->children->len; i++) {
        const virshXMLNode *child = g_ptr_array_index(node->children, i);

        if (g_str_equal(child->name, name))
            return child;
    }
    return NULL;
}

/* the first of the attributes @names (NULL-terminated) that @node has */
static const char *
virshXMLNodeAnyAttr(const virshXMLNode *node, const char *const *names)
{
    size_t i;

    for (i = 0; names[i]; i++) {
        const char *value = virshXMLNodeAttr(node, names[i]);

        if (value)
            return value;
    }
    return NULL;
}

/*
 * virshDomainGetDevices:
 * @ctl: the shell
 * @dom: the domain, borrowed
 * @inactive: read the persistent definition instead of the live one
 * @root: where the document's tree goes (the caller frees it)
 *
 * Returns the <devices> element of the domain's XML (borrowed from *@root;
 * NULL if the domain has none, which is no error), or NULL with *@root NULL
 * after an error.
 */
static const virshXMLNode *
virshDomainGetDevices(vshControl *ctl, virDomainPtr dom, bool inactive,
                      virshXMLNode **root)
{
    g_autofree char *xml = NULL;

    *root = NULL;
    if (!(xml = virDomainGetXMLDesc(dom, inactive ? VIR_DOMAIN_XML_INACTIVE : 0)))
        return NULL;
    if (!(*root = virshXMLParse(ctl, xml)))
        return NULL;
    return virshXMLNodeChild(*root, "devices");
}

/*
 * virshPrintTable:
 * @ctl: the shell
 * @table: the table to print
 *
 * Prints @table as libvirt's virsh does: without its header in quiet mode
 * (-q), so that scripts read bare rows.
 */
static void
virshPrintTable(vshControl *ctl, vshTable *table)
{
    g_autofree char *out = vshTablePrintToString(table, !ctl->quiet);

    if (out)
        vshPrint(ctl, "%s", out);
}

/* an empty value prints as "-" in the device tables */
static const char *
virshOrDash(const char *value)
{
    return value && *value ? value : "-";
}


/*
 * "domblklist"
 */
static const vshCmdOptDef opts_domblklist[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("get inactive rather than running configuration"),
    },
    { .name = "details",
      .type = VSH_OT_BOOL,
      .help = N_("additionally display the type and device value"),
    },
    { .name = NULL }
};

static bool
cmdDomblklist(vshControl *ctl, const vshCmd *cmd)
{
    /* where each kind of disk names its source */
    static const char *const sourceAttrs[] = {
        "file", "dev", "dir", "name", "volume", NULL
    };
    bool details = vshCommandOptBool(cmd, "details");
    g_autoptr(virDomain) dom = NULL;
    g_autoptr(virshXMLNode) root = NULL;
    g_autoptr(vshTable) table = NULL;
    const virshXMLNode *devices;
    size_t i;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    devices = virshDomainGetDevices(ctl, dom, vshCommandOptBool(cmd, "inactive"),
                                    &root);
    if (!root)
        return false;

    if (details)
        table = vshTableNew(_("Type"), _("Device"), _("Target"), _("Source"), NULL);
    else
        table = vshTableNew(_("Target"), _("Source"), NULL);

    for (i = 0; devices && i < devices->children->len; i++) {
        const virshXMLNode *disk = g_ptr_array_index(devices->children, i);
        const char *target;
        const char *source;
        int rc;

        if (!g_str_equal(disk->name, "disk"))
            continue;

        target = virshXMLNodeAttr(virshXMLNodeChild(disk, "target"), "dev");
        if (!target) {
            vshError(ctl, "%s", _("unable to query block list"));
            return false;
        }
        source = virshXMLNodeAnyAttr(virshXMLNodeChild(disk, "source"), sourceAttrs);

        if (details) {
            const char *type = virshXMLNodeAttr(disk, "type");
            const char *device = virshXMLNodeAttr(disk, "device");

            rc = vshTableRowAppend(table, virshOrDash(type), virshOrDash(device), target,
                                   virshOrDash(source), NULL);
        } else {
            rc = vshTableRowAppend(table, target, virshOrDash(source), NULL);
        }
        if (rc < 0)
            return false;
    }

    virshPrintTable(ctl, table);
    return true;
}


/*
 * "domif-getlink"
 */
static const vshCmdOptDef opts_domif_getlink[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = "interface",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("interface device (MAC Address)"),
    },
    { .name = "persistent",
      .type = VSH_OT_ALIAS,
      .help = "config",
    },
    { .name = "config",
      .type = VSH_OT_BOOL,
      .help = N_("Get persistent interface state"),
    },
    { .name = NULL }
};

/*
 * virshParseMAC:
 * @str: text that may be a MAC address
 * @mac: the six bytes, filled on success
 *
 * Returns true if @str is six hexadecimal bytes separated by colons.
 */
static bool
virshParseMAC(const char *str, unsigned char mac[6])
{
    size_t i;

    for (i = 0; i < 6; i++) {
        int digits = 0;
        unsigned int value = 0;

        while (g_ascii_isxdigit(*str) && digits < 2) {
            value = value * 16 + g_ascii_xdigit_value(*str);
            str++;
            digits++;
        }
        if (digits == 0)
            return false;
        mac[i] = value;
        if (i < 5 && *str++ != ':')
            return false;
    }
    return *str == '\0';
}

static bool
cmdDomIfGetLink(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autoptr(virshXMLNode) root = NULL;
    const virshXMLNode *devices;
    const virshXMLNode *found = NULL;
    const char *iface = NULL;
    const char *state;
    unsigned char mac[6];
    bool byMAC;
    size_t i;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "interface", &iface) < 0)
        return false;

    devices = virshDomainGetDevices(ctl, dom, vshCommandOptBool(cmd, "config"),
                                    &root);
    if (!root)
        return false;

    /* a MAC address names the interface by its <mac>, anything else by
     * its host-side device */
    byMAC = virshParseMAC(iface, mac);
    for (i = 0; devices && i < devices->children->len; i++) {
        const virshXMLNode *node = g_ptr_array_index(devices->children, i);
        const char *value;
        unsigned char other[6];

        if (!g_str_equal(node->name, "interface"))
            continue;
        if (byMAC) {
            value = virshXMLNodeAttr(virshXMLNodeChild(node, "mac"), "address");
            if (!value || !virshParseMAC(value, other) ||
                memcmp(mac, other, sizeof(mac)) != 0)
                continue;
        } else {
            value = virshXMLNodeAttr(virshXMLNodeChild(node, "target"), "dev");
            if (!value || !g_str_equal(value, iface))
                continue;
        }
        if (found) {
            vshError(ctl, "%s", _("multiple matching interfaces found"));
            return false;
        }
        found = node;
    }

    if (!found) {
        if (byMAC)
            vshError(ctl, _("Interface (mac: %s) not found."), iface);
        else
            vshError(ctl, _("Interface (dev: %s) not found."), iface);
        return false;
    }

    state = virshXMLNodeAttr(virshXMLNodeChild(found, "link"), "state");
    /* no newline: libvirt's virsh leaves it to the shell's blank line */
    vshPrint(ctl, "%s %s", iface, state ? state : "up");
    return true;
}


/*
 * "domiflist"
 */
static const vshCmdOptDef opts_domiflist[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("get inactive rather than running configuration"),
    },
    { .name = NULL }
};

static bool
cmdDomiflist(vshControl *ctl, const vshCmd *cmd)
{
    /* where each kind of interface names what it is connected to */
    static const char *const sourceAttrs[] = {
        "bridge", "dev", "network", "name", "path", NULL
    };
    g_autoptr(virDomain) dom = NULL;
    g_autoptr(virshXMLNode) root = NULL;
    g_autoptr(vshTable) table = NULL;
    const virshXMLNode *devices;
    size_t i;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    devices = virshDomainGetDevices(ctl, dom, vshCommandOptBool(cmd, "inactive"),
                                    &root);
    if (!root)
        return false;

    table = vshTableNew(_("Interface"), _("Type"), _("Source"), _("Model"),
                        _("MAC"), NULL);

    for (i = 0; devices && i < devices->children->len; i++) {
        const virshXMLNode *iface = g_ptr_array_index(devices->children, i);
        const char *type;
        const char *source;
        const char *target;
        const char *model;
        const char *mac;

        if (!g_str_equal(iface->name, "interface"))
            continue;

        type = virshXMLNodeAttr(iface, "type");
        source = virshXMLNodeAnyAttr(virshXMLNodeChild(iface, "source"), sourceAttrs);
        target = virshXMLNodeAttr(virshXMLNodeChild(iface, "target"), "dev");
        model = virshXMLNodeAttr(virshXMLNodeChild(iface, "model"), "type");
        mac = virshXMLNodeAttr(virshXMLNodeChild(iface, "mac"), "address");

        if (vshTableRowAppend(table, virshOrDash(target), virshOrDash(type),
                              virshOrDash(source), virshOrDash(model),
                              virshOrDash(mac), NULL) < 0)
            return false;
    }

    virshPrintTable(ctl, table);
    return true;
}


/*
 * "dominfo"
 */
static const vshCmdOptDef opts_dominfo[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = NULL }
};

static bool
cmdDominfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *ostype = NULL;
    g_autofree virSecurityLabelPtr seclabel = NULL;
    char **messages = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    virSecurityModel secmodel;
    virDomainInfo info;
    unsigned int id;
    int persistent;
    int autostart;
    int managed;
    int nmessages;
    bool ret = true;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    id = virDomainGetID(dom);
    if (id == (unsigned int) -1)
        vshPrint(ctl, "%-15s %s\n", _("Id:"), "-");
    else
        vshPrint(ctl, "%-15s %u\n", _("Id:"), id);
    vshPrint(ctl, "%-15s %s\n", _("Name:"), virDomainGetName(dom));

    if (virDomainGetUUIDString(dom, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);

    /* a line the driver cannot fill is left out */
    if ((ostype = virDomainGetOSType(dom)))
        vshPrint(ctl, "%-15s %s\n", _("OS Type:"), ostype);
    else
        vshResetLibvirtError();

    if (virDomainGetInfo(dom, &info) == 0) {
        vshPrint(ctl, "%-15s %s\n", _("State:"),
                 virshDomainStateToString(info.state));
        vshPrint(ctl, "%-15s %d\n", _("CPU(s):"), info.nrVirtCpu);

        if (info.cpuTime != 0)
            vshPrint(ctl, "%-15s %.1lfs\n", _("CPU time:"),
                     (double) info.cpuTime / 1000000000.0);

        if (info.maxMem != UINT_MAX)
            vshPrint(ctl, "%-15s %lu KiB\n", _("Max memory:"), info.maxMem);
        else
            vshPrint(ctl, "%-15s %s\n", _("Max memory:"), _("no limit"));

        vshPrint(ctl, "%-15s %lu KiB\n", _("Used memory:"), info.memory);
    } else {
        ret = false;
    }

    persistent = virDomainIsPersistent(dom);
    if (persistent < 0) {
        vshResetLibvirtError();
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    } else {
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), persistent ? _("yes") : _("no"));
    }

    if (virDomainGetAutostart(dom, &autostart) == 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"),
                 autostart ? _("enable") : _("disable"));
    else
        vshResetLibvirtError();

    managed = virDomainHasManagedSaveImage(dom, 0);
    if (managed < 0) {
        vshResetLibvirtError();
        vshPrint(ctl, "%-15s %s\n", _("Managed save:"), _("unknown"));
    } else {
        vshPrint(ctl, "%-15s %s\n", _("Managed save:"), managed ? _("yes") : _("no"));
    }

    /* the security driver, if the hypervisor has one */
    memset(&secmodel, 0, sizeof(secmodel));
    if (virNodeGetSecurityModel(virDomainGetConnect(dom), &secmodel) < 0) {
        virErrorPtr err = virGetLastError();

        if (!err || err->code != VIR_ERR_NO_SUPPORT)
            return false;
        vshResetLibvirtError();
    } else if (secmodel.model[0] != '\0') {
        vshPrint(ctl, "%-15s %s\n", _("Security model:"), secmodel.model);
        vshPrint(ctl, "%-15s %s\n", _("Security DOI:"), secmodel.doi);

        /* only a running domain has a label */
        seclabel = g_new0(virSecurityLabel, 1);
        if (virDomainGetSecurityLabel(dom, seclabel) < 0)
            return false;
        if (seclabel->label[0] != '\0')
            vshPrint(ctl, "%-15s %s (%s)\n", _("Security label:"), seclabel->label,
                     seclabel->enforcing ? "enforcing" : "permissive");
    }

    /* what the hypervisor wants the user to know (taints, deprecations) */
    nmessages = virDomainGetMessages(dom, &messages, 0);
    if (nmessages < 0) {
        vshResetLibvirtError();
    } else {
        int i;

        for (i = 0; i < nmessages; i++)
            vshPrint(ctl, "%-15s %s\n", i == 0 ? _("Messages:") : "", messages[i]);
        for (i = 0; i < nmessages; i++)
            g_free(messages[i]);
        g_free(messages);
    }

    return ret;
}


/*
 * "domstate"
 */
static const vshCmdOptDef opts_domstate[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = "reason",
      .type = VSH_OT_BOOL,
      .help = N_("also print reason for the state"),
    },
    { .name = NULL }
};

static bool
cmdDomstate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    int state;
    int reason;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    if ((state = virshDomainGetState(ctl, dom, &reason)) < 0) {
        vshError(ctl, "%s", _("Unable to get domain status"));
        return false;
    }

    if (vshCommandOptBool(cmd, "reason"))
        vshPrint(ctl, "%s (%s)\n", virshDomainStateToString(state),
                 virshDomainStateReasonToString(state, reason));
    else
        vshPrint(ctl, "%s\n", virshDomainStateToString(state));
    return true;
}


/*
 * "list"
 */

/* the filter flags of each kind: none of a kind set means "any" */
#define VIRSH_LIST_FILTERS_ACTIVE \
    (VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE)
#define VIRSH_LIST_FILTERS_PERSISTENT \
    (VIR_CONNECT_LIST_DOMAINS_PERSISTENT | VIR_CONNECT_LIST_DOMAINS_TRANSIENT)
#define VIRSH_LIST_FILTERS_STATE \
    (VIR_CONNECT_LIST_DOMAINS_RUNNING | VIR_CONNECT_LIST_DOMAINS_PAUSED | \
     VIR_CONNECT_LIST_DOMAINS_SHUTOFF | VIR_CONNECT_LIST_DOMAINS_OTHER)
#define VIRSH_LIST_FILTERS_MANAGEDSAVE \
    (VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE | VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE)
#define VIRSH_LIST_FILTERS_AUTOSTART \
    (VIR_CONNECT_LIST_DOMAINS_AUTOSTART | VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART)
#define VIRSH_LIST_FILTERS_SNAPSHOT \
    (VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT | VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT)
#define VIRSH_LIST_FILTERS_CHECKPOINT \
    (VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT | VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT)

/* true if the kind @mask is not filtered, or @have selects what was asked */
static bool
virshListMatch(unsigned int flags, unsigned int mask,
               unsigned int yesFlag, bool have)
{
    if (!(flags & mask) || (flags & mask) == mask)
        return true;
    return (flags & yesFlag) ? have : !have;
}

/*
 * virshDomainListFilter:
 * @ctl: the shell
 * @dom: a domain the older listing calls found
 * @flags: the VIR_CONNECT_LIST_DOMAINS_* filters asked for
 * @keep: set to whether @dom passes them
 *
 * Applies the filters a driver without virConnectListAllDomains() cannot.
 * Returns 0, or -1 after printing which property could not be read.
 */
static int
virshDomainListFilter(vshControl *ctl, virDomainPtr dom, unsigned int flags,
                      bool *keep)
{
    *keep = false;

    if (flags & VIRSH_LIST_FILTERS_PERSISTENT) {
        int persistent = virDomainIsPersistent(dom);

        if (persistent < 0) {
            vshError(ctl, "%s", _("Failed to get domain persistence info"));
            return -1;
        }
        if (!virshListMatch(flags, VIRSH_LIST_FILTERS_PERSISTENT,
                            VIR_CONNECT_LIST_DOMAINS_PERSISTENT, persistent))
            return 0;
    }

    if (flags & VIRSH_LIST_FILTERS_STATE) {
        int state = virshDomainGetState(ctl, dom, NULL);
        bool match;

        if (state < 0) {
            vshError(ctl, "%s", _("Failed to get domain state"));
            return -1;
        }
        switch ((virDomainState) state) {
        case VIR_DOMAIN_RUNNING:
            match = flags & VIR_CONNECT_LIST_DOMAINS_RUNNING;
            break;
        case VIR_DOMAIN_PAUSED:
            match = flags & VIR_CONNECT_LIST_DOMAINS_PAUSED;
            break;
        case VIR_DOMAIN_SHUTOFF:
            match = flags & VIR_CONNECT_LIST_DOMAINS_SHUTOFF;
            break;
        case VIR_DOMAIN_NOSTATE:
        case VIR_DOMAIN_BLOCKED:
        case VIR_DOMAIN_SHUTDOWN:
        case VIR_DOMAIN_CRASHED:
        case VIR_DOMAIN_PMSUSPENDED:
        default:
            match = flags & VIR_CONNECT_LIST_DOMAINS_OTHER;
            break;
        }
        if (!match)
            return 0;
    }

    if (flags & VIRSH_LIST_FILTERS_AUTOSTART) {
        int autostart;

        if (virDomainGetAutostart(dom, &autostart) < 0) {
            vshError(ctl, "%s", _("Failed to get domain autostart state"));
            return -1;
        }
        if (!virshListMatch(flags, VIRSH_LIST_FILTERS_AUTOSTART,
                            VIR_CONNECT_LIST_DOMAINS_AUTOSTART, autostart))
            return 0;
    }

    if (flags & VIRSH_LIST_FILTERS_MANAGEDSAVE) {
        int managed = virDomainHasManagedSaveImage(dom, 0);

        if (managed < 0) {
            vshError(ctl, "%s", _("Failed to check for managed save image"));
            return -1;
        }
        if (!virshListMatch(flags, VIRSH_LIST_FILTERS_MANAGEDSAVE,
                            VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, managed))
            return 0;
    }

    if (flags & VIRSH_LIST_FILTERS_SNAPSHOT) {
        int nsnaps = virDomainSnapshotNum(dom, 0);

        if (nsnaps < 0) {
            vshError(ctl, "%s", _("Failed to get snapshot count"));
            return -1;
        }
        if (!virshListMatch(flags, VIRSH_LIST_FILTERS_SNAPSHOT,
                            VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT, nsnaps > 0))
            return 0;
    }

    if (flags & VIRSH_LIST_FILTERS_CHECKPOINT) {
        int nchecks = virDomainListAllCheckpoints(dom, NULL, 0);

        if (nchecks < 0) {
            vshError(ctl, "%s", _("Failed to get checkpoint count"));
            return -1;
        }
        if (!virshListMatch(flags, VIRSH_LIST_FILTERS_CHECKPOINT,
                            VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT, nchecks > 0))
            return 0;
    }

    *keep = true;
    return 0;
}

static void
virshDomainPtrFree(gpointer dom)
{
    virDomainFree(dom);
}

/*
 * virshDomainListOlder:
 * @ctl: the shell
 * @flags: the VIR_CONNECT_LIST_DOMAINS_* filters
 * @list: the array the domains are added to
 *
 * Lists the domains with the calls that came before
 * virConnectListAllDomains(): active ones by id, inactive ones by name.
 * The other filters are applied by the caller.  Returns 0, or -1 after
 * printing what failed.
 */
static int
virshDomainListOlder(vshControl *ctl, unsigned int flags, GPtrArray *list)
{
    bool active = !(flags & VIRSH_LIST_FILTERS_ACTIVE) ||
                  (flags & VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    bool inactive = !(flags & VIRSH_LIST_FILTERS_ACTIVE) ||
                    (flags & VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    int i;

    if (active) {
        g_autofree int *ids = NULL;
        int nids;

        if ((nids = virConnectNumOfDomains(ctl->conn)) < 0) {
            vshError(ctl, "%s", _("Failed to list active domains"));
            return -1;
        }
        if (nids > 0) {
            ids = g_new0(int, nids);
            if ((nids = virConnectListDomains(ctl->conn, ids, nids)) < 0) {
                vshError(ctl, "%s", _("Failed to list active domains"));
                return -1;
            }
        }
        for (i = 0; i < nids; i++) {
            virDomainPtr dom = virDomainLookupByID(ctl->conn, ids[i]);

            /* gone since it was listed: not an error */
            if (!dom) {
                vshResetLibvirtError();
                continue;
            }
            g_ptr_array_add(list, dom);
        }
    }

    if (inactive) {
        char **names = NULL;
        int nnames;

        if ((nnames = virConnectNumOfDefinedDomains(ctl->conn)) < 0) {
            vshError(ctl, "%s", _("Failed to list inactive domains"));
            return -1;
        }
        if (nnames > 0) {
            names = g_new0(char *, nnames + 1);
            if ((nnames = virConnectListDefinedDomains(ctl->conn, names, nnames)) < 0) {
                vshError(ctl, "%s", _("Failed to list inactive domains"));
                g_free(names);
                return -1;
            }
        }
        for (i = 0; i < nnames; i++) {
            virDomainPtr dom = virDomainLookupByName(ctl->conn, names[i]);

            if (dom)
                g_ptr_array_add(list, dom);
            else
                vshResetLibvirtError();
        }
        for (i = 0; i < nnames; i++)
            g_free(names[i]);
        g_free(names);
    }
    return 0;
}

/* running domains by id, then the others by name, case aside */
static gint
virshDomainListCompare(gconstpointer a, gconstpointer b)
{
    virDomainPtr da = *(virDomainPtr *) a;
    virDomainPtr db = *(virDomainPtr *) b;
    unsigned int ida = virDomainGetID(da);
    unsigned int idb = virDomainGetID(db);

    if (ida != idb)
        return ida < idb ? -1 : 1;
    return g_ascii_strcasecmp(virDomainGetName(da), virDomainGetName(db));
}

/*
 * virshDomainListCollect:
 * @ctl: the shell
 * @flags: VIR_CONNECT_LIST_DOMAINS_* filters
 *
 * Returns the domains that pass @flags, sorted as virsh lists them (the
 * caller unrefs the array, which frees them), or NULL after printing why.
 */
static GPtrArray *
virshDomainListCollect(vshControl *ctl, unsigned int flags)
{
    g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func(virshDomainPtrFree);
    virDomainPtr *doms = NULL;
    bool filterHere = false;
    virErrorPtr err;
    int ndoms;
    int i;

    ndoms = virConnectListAllDomains(ctl->conn, &doms, flags);
    if (ndoms < 0 && (err = virGetLastError()) &&
        err->code == VIR_ERR_INVALID_ARG) {
        /* a driver that knows the call but not every filter: ask it for
         * the filters it must know, apply the others here */
        vshResetLibvirtError();
        ndoms = virConnectListAllDomains(ctl->conn, &doms,
                                         flags & VIRSH_LIST_FILTERS_ACTIVE);
        filterHere = true;
    }

    if (ndoms >= 0) {
        for (i = 0; i < ndoms; i++)
            g_ptr_array_add(list, doms[i]);
        g_free(doms);
    } else if ((err = virGetLastError()) && err->code == VIR_ERR_NO_SUPPORT) {
        /* a driver older than virConnectListAllDomains() */
        vshResetLibvirtError();
        if (virshDomainListOlder(ctl, flags, list) < 0)
            return NULL;
        filterHere = true;
    } else {
        vshError(ctl, "%s", _("Failed to list domains"));
        return NULL;
    }

    if (filterHere && (flags & ~VIRSH_LIST_FILTERS_ACTIVE)) {
        for (i = list->len - 1; i >= 0; i--) {
            bool keep;

            if (virshDomainListFilter(ctl, g_ptr_array_index(list, i),
                                      flags, &keep) < 0)
                return NULL;
            if (!keep)
                g_ptr_array_remove_index(list, i);
        }
    }

    g_ptr_array_sort(list, virshDomainListCompare);
    return g_steal_pointer(&list);
}

/*
 * virshDomainGetTitle:
 * @ctl: the shell
 * @dom: the domain, borrowed
 *
 * Returns the domain's title ("" if it has none; the caller frees it), or
 * NULL with libvirt's error left for the shell.
 */
static char *
virshDomainGetTitle(vshControl *ctl, virDomainPtr dom)
{
    g_autoptr(virshXMLNode) root = NULL;
    g_autofree char *xml = NULL;
    virErrorPtr err;
    char *title;
    const virshXMLNode *node;

    if ((title = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, NULL, 0)))
        return title;

    err = virGetLastError();
    if (err && err->code == VIR_ERR_NO_DOMAIN_METADATA) {
        vshResetLibvirtError();
        return g_strdup("");
    }
    if (!err || err->code != VIR_ERR_NO_SUPPORT)
        return NULL;

    /* a driver without metadata calls: the title is in the XML */
    vshResetLibvirtError();
    if (!(xml = virDomainGetXMLDesc(dom, 0)) || !(root = virshXMLParse(ctl, xml)))
        return NULL;
    if (!(node = virshXMLNodeChild(root, "title")))
        return g_strdup("");

    return g_strdup(node->text->str);
}

static const vshCmdOptDef opts_list[] = {
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive domains"),
    },
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("list inactive & active domains"),
    },
    { .name = "transient",
      .type = VSH_OT_BOOL,
      .help = N_("list transient domains"),
    },
    { .name = "persistent",
      .type = VSH_OT_BOOL,
      .help = N_("list persistent domains"),
    },
    { .name = "with-snapshot",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with existing snapshot"),
    },
    { .name = "without-snapshot",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without a snapshot"),
    },
    { .name = "with-checkpoint",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with existing checkpoint"),
    },
    { .name = "without-checkpoint",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without a checkpoint"),
    },
    { .name = "state-running",
      .type = VSH_OT_BOOL,
      .help = N_("list domains in running state"),
    },
    { .name = "state-paused",
      .type = VSH_OT_BOOL,
      .help = N_("list domains in paused state"),
    },
    { .name = "state-shutoff",
      .type = VSH_OT_BOOL,
      .help = N_("list domains in shutoff state"),
    },
    { .name = "state-other",
      .type = VSH_OT_BOOL,
      .help = N_("list domains in other states"),
    },
    { .name = "autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with autostart enabled"),
    },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with autostart disabled"),
    },
    { .name = "with-managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with managed save state"),
    },
    { .name = "without-managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without managed save"),
    },
    { .name = "uuid",
      .type = VSH_OT_BOOL,
      .help = N_("list uuid's only"),
    },
    { .name = "name",
      .type = VSH_OT_BOOL,
      .help = N_("list domain names only"),
    },
    { .name = "id",
      .type = VSH_OT_BOOL,
      .help = N_("list domain IDs only"),
    },
    { .name = "table",
      .type = VSH_OT_BOOL,
      .help = N_("list table (default)"),
    },
    { .name = "managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("mark inactive domains with managed save state"),
    },
    { .name = "title",
      .type = VSH_OT_BOOL,
      .help = N_("show domain title"),
    },
    { .name = NULL }
};

static bool
cmdList(vshControl *ctl, const vshCmd *cmd)
{
    static const struct {
        const char *option;
        unsigned int flag;
    } filters[] = {
        { "persistent", VIR_CONNECT_LIST_DOMAINS_PERSISTENT },
        { "transient", VIR_CONNECT_LIST_DOMAINS_TRANSIENT },
        { "with-managed-save", VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE },
        { "without-managed-save", VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE },
        { "autostart", VIR_CONNECT_LIST_DOMAINS_AUTOSTART },
        { "no-autostart", VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART },
        { "with-snapshot", VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT },
        { "without-snapshot", VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT },
        { "with-checkpoint", VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT },
        { "without-checkpoint", VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT },
        { "state-running", VIR_CONNECT_LIST_DOMAINS_RUNNING },
        { "state-paused", VIR_CONNECT_LIST_DOMAINS_PAUSED },
        { "state-shutoff", VIR_CONNECT_LIST_DOMAINS_SHUTOFF },
        { "state-other", VIR_CONNECT_LIST_DOMAINS_OTHER },
    };
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    bool optName = vshCommandOptBool(cmd, "name");
    bool optID = vshCommandOptBool(cmd, "id");
    bool optTitle = vshCommandOptBool(cmd, "title");
    bool managed = vshCommandOptBool(cmd, "managed-save");
    bool optTable;
    unsigned int flags = VIR_CONNECT_LIST_DOMAINS_ACTIVE;
    g_autoptr(GPtrArray) list = NULL;
    g_autoptr(vshTable) table = NULL;
    size_t i;

    if (!vshCommandOptExclusive(ctl, cmd, "table", "name") ||
        !vshCommandOptExclusive(ctl, cmd, "table", "uuid") ||
        !vshCommandOptExclusive(ctl, cmd, "table", "id"))
        return false;
    optTable = !optUUID && !optName && !optID;

    /* shut off domains are inactive ones: asking for them lists those */
    if (vshCommandOptBool(cmd, "inactive") ||
        vshCommandOptBool(cmd, "state-shutoff"))
        flags = VIR_CONNECT_LIST_DOMAINS_INACTIVE;
    if (vshCommandOptBool(cmd, "all"))
        flags = VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE;
    for (i = 0; i < G_N_ELEMENTS(filters); i++) {
        if (vshCommandOptBool(cmd, filters[i].option))
            flags |= filters[i].flag;
    }

    if (!(list = virshDomainListCollect(ctl, flags)))
        return false;

    if (optTable) {
        if (optTitle)
            table = vshTableNew(_("Id"), _("Name"), _("State"), _("Title"), NULL);
        else
            table = vshTableNew(_("Id"), _("Name"), _("State"), NULL);
    }

    for (i = 0; i < list->len; i++) {
        virDomainPtr dom = g_ptr_array_index(list, i);
        const char *name = virDomainGetName(dom);
        unsigned int id = virDomainGetID(dom);
        g_autofree char *idStr = NULL;
        char uuid[VIR_UUID_STRING_BUFLEN];

        if (id == (unsigned int) -1)
            idStr = g_strdup("-");
        else
            idStr = g_strdup_printf("%u", id);

        if (optTable) {
            g_autofree char *title = NULL;
            int state = virshDomainGetState(ctl, dom, NULL);
            int rc;

            if (state < 0)
                vshResetLibvirtError();
            if (managed && state == VIR_DOMAIN_SHUTOFF) {
                int hasImage = virDomainHasManagedSaveImage(dom, 0);

                if (hasImage > 0)
                    state = VIRSH_DOMAIN_STATE_SAVED;
                else if (hasImage < 0)
                    vshResetLibvirtError();
            }

            if (optTitle) {
                if (!(title = virshDomainGetTitle(ctl, dom)))
                    return false;
                rc = vshTableRowAppend(table, idStr, name,
                                       virshDomainStateToString(state), title, NULL);
            } else {
                rc = vshTableRowAppend(table, idStr, name,
                                       virshDomainStateToString(state), NULL);
            }
            if (rc < 0)
                return false;
            continue;
        }

        /* --id alone lists running domains only: the others have none */
        if (optID && !optUUID && !optName && id == (unsigned int) -1)
            continue;

        if (optUUID && virDomainGetUUIDString(dom, uuid) < 0) {
            vshError(ctl, "%s", _("Failed to get domain's UUID"));
            return false;
        }

        vshPrint(ctl, "%s%s%s%s%s\n",
                 optUUID ? uuid : "",
                 optUUID && (optID || optName) ? " " : "",
                 optID ? idStr : "",
                 optID && optName ? " " : "",
                 optName ? name : "");
    }

    if (optTable)
        virshPrintTable(ctl, table);
    return true;
}


const vshCmdDef domMonitoringCmds[] = {
    { .name = "domblklist",
      .handler = cmdDomblklist,
      .opts = opts_domblklist,
      .help = N_("list all domain blocks"),
      .desc = N_("Get the summary of block devices for a domain."),
    },
    { .name = "domif-getlink",
      .handler = cmdDomIfGetLink,
      .opts = opts_domif_getlink,
      .help = N_("get link state of a virtual interface"),
      .desc = N_("Get link state of a domain's virtual interface."),
    },
    { .name = "domiflist",
      .handler = cmdDomiflist,
      .opts = opts_domiflist,
      .help = N_("list all domain virtual interfaces"),
      .desc = N_("Get the summary of virtual interfaces for a domain."),
    },
    { .name = "dominfo",
      .handler = cmdDominfo,
      .opts = opts_dominfo,
      .help = N_("domain information"),
      .desc = N_("Returns basic information about the domain."),
    },
    { .name = "domstate",
      .handler = cmdDomstate,
      .opts = opts_domstate,
      .help = N_("domain state"),
      .desc = N_("Returns state about a domain."),
    },
    { .name = "list",
      .handler = cmdList,
      .opts = opts_list,
      .help = N_("list domains"),
      .desc = N_("Returns list of domains."),
    },
    { .name = NULL }
};
