/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomaindevice.c: the <devices> of a domain definition (parse, format, free)
 */
#include <config.h>

#include <errno.h>

#include "virdomaindef.h"
#include "virdomaindevice.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* What libvirt's test driver gives a NIC without a <mac>: 52:54:00 + random. */
static const unsigned char virDomainMacPrefix[3] = { 0x52, 0x54, 0x00 };

VIR_ENUM_IMPL(virDomainDeviceAddress, VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST,
              "none", "pci", "drive", "virtio-serial", "ccid", "usb", "spapr-vio",
              "virtio-s390", "ccw", "virtio-mmio", "isa", "dimm", "unassigned");

VIR_ENUM_IMPL(virDomainDiskType, VIR_DOMAIN_DISK_TYPE_LAST,
              "file", "block", "dir", "network", "volume", "nvme", "vhostuser");

VIR_ENUM_IMPL(virDomainDiskDevice, VIR_DOMAIN_DISK_DEVICE_LAST,
              "disk", "cdrom", "floppy", "lun");

VIR_ENUM_IMPL(virDomainDiskBus, VIR_DOMAIN_DISK_BUS_LAST,
              "none", "ide", "fdc", "scsi", "virtio", "xen", "usb", "uml", "sata", "sd");

VIR_ENUM_IMPL(virDomainDiskCache, VIR_DOMAIN_DISK_CACHE_LAST,
              "default", "none", "writethrough", "writeback", "directsync", "unsafe");

VIR_ENUM_IMPL(virDomainDiskErrorPolicy, VIR_DOMAIN_DISK_ERROR_POLICY_LAST,
              "default", "stop", "report", "ignore", "enospace");

VIR_ENUM_IMPL(virDomainDiskIo, VIR_DOMAIN_DISK_IO_LAST,
              "default", "native", "threads", "io_uring");

VIR_ENUM_IMPL(virDomainDiskDiscard, VIR_DOMAIN_DISK_DISCARD_LAST,
              "default", "unmap", "ignore");

VIR_ENUM_IMPL(virDomainDiskDetectZeroes, VIR_DOMAIN_DISK_DETECT_ZEROES_LAST,
              "default", "off", "on", "unmap");

VIR_ENUM_IMPL(virDomainDiskTray, VIR_DOMAIN_DISK_TRAY_LAST,
              "closed", "open");

VIR_ENUM_IMPL(virDomainDiskModel, VIR_DOMAIN_DISK_MODEL_LAST,
              "default", "virtio", "virtio-transitional", "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainDiskSnapshot, VIR_DOMAIN_DISK_SNAPSHOT_LAST,
              "default", "no", "internal", "external", "manual");

VIR_ENUM_IMPL(virDomainStartupPolicy, VIR_DOMAIN_STARTUP_POLICY_LAST,
              "default", "mandatory", "requisite", "optional");

VIR_ENUM_IMPL(virDomainDiskProtocol, VIR_DOMAIN_DISK_PROTOCOL_LAST,
              "none", "nbd", "rbd", "sheepdog", "gluster", "iscsi", "http", "https", "ftp",
              "ftps", "tftp", "ssh", "vxhs", "nfs");

VIR_ENUM_IMPL(virDomainDiskHostTransport, VIR_DOMAIN_DISK_HOST_TRANSPORT_LAST,
              "tcp", "unix", "rdma");

VIR_ENUM_IMPL(virDomainDiskSourceMode, VIR_DOMAIN_DISK_SOURCE_MODE_LAST,
              "default", "host", "direct");

VIR_ENUM_IMPL(virDomainDiskIotune, VIR_DOMAIN_DISK_IOTUNE_LAST,
              "total_bytes_sec", "read_bytes_sec", "write_bytes_sec", "total_iops_sec",
              "read_iops_sec", "write_iops_sec", "total_bytes_sec_max", "read_bytes_sec_max",
              "write_bytes_sec_max", "total_iops_sec_max", "read_iops_sec_max",
              "write_iops_sec_max", "size_iops_sec", "total_bytes_sec_max_length",
              "read_bytes_sec_max_length", "write_bytes_sec_max_length",
              "total_iops_sec_max_length", "read_iops_sec_max_length",
              "write_iops_sec_max_length");

static const char *const virDomainNetDriverHostAttrs[] = {
    "csum", "gso", "tso4", "tso6", "ecn", "ufo", "mrg_rxbuf"
};
static const char *const virDomainNetDriverGuestAttrs[] = {
    "csum", "tso4", "tso6", "ecn", "ufo"
};
static const char *const virDomainNetVPortParams[] = {
    "managerid", "typeid", "typeidversion", "instanceid", "profileid", "interfaceid"
};
static const char *const virDomainNetBandwidthAttrs[] = {
    "average", "peak", "burst", "floor"
};

VIR_ENUM_IMPL(virDomainController, VIR_DOMAIN_CONTROLLER_TYPE_LAST,
              "ide", "fdc", "scsi", "sata", "virtio-serial", "ccid", "usb", "pci", "xenbus",
              "isa");

VIR_ENUM_IMPL(virDomainNet, VIR_DOMAIN_NET_TYPE_LAST,
              "user", "ethernet", "vhostuser", "server", "client", "mcast", "network",
              "bridge", "internal", "direct", "hostdev", "udp", "vdpa", "null", "vds");

VIR_ENUM_IMPL(virDomainNetMacvlanMode, VIR_DOMAIN_NET_MACVLAN_MODE_LAST,
              "vepa", "private", "bridge", "passthrough");

VIR_ENUM_IMPL(virDomainNetModel, VIR_DOMAIN_NET_MODEL_LAST,
              "unknown", "netfront", "rtl8139", "virtio", "e1000", "e1000e",
              "virtio-transitional", "virtio-non-transitional", "usb-net", "spapr-vlan",
              "lan9118", "smc91c111", "vlance", "vmxnet", "vmxnet2", "vmxnet3", "Am79C970A",
              "Am79C973", "82540EM", "82545EM", "82543GC");

VIR_ENUM_IMPL(virDomainNetLinkState, VIR_DOMAIN_NET_LINK_STATE_LAST,
              "default", "up", "down");

VIR_ENUM_IMPL(virDomainNetMacType, VIR_DOMAIN_NET_MAC_TYPE_LAST,
              "", "generated", "static");

VIR_ENUM_IMPL(virDomainNetDriverName, VIR_DOMAIN_NET_BACKEND_LAST,
              "default", "qemu", "vhost");

VIR_ENUM_IMPL(virDomainInput, VIR_DOMAIN_INPUT_TYPE_LAST,
              "mouse", "tablet", "keyboard", "passthrough", "evdev");

VIR_ENUM_IMPL(virDomainInputBus, VIR_DOMAIN_INPUT_BUS_LAST,
              "default", "ps2", "usb", "xen", "parallels", "virtio", "none");

VIR_ENUM_IMPL(virDomainInputModel, VIR_DOMAIN_INPUT_MODEL_LAST,
              "default", "virtio", "virtio-transitional", "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainGraphics, VIR_DOMAIN_GRAPHICS_TYPE_LAST,
              "sdl", "vnc", "rdp", "desktop", "spice", "egl-headless", "dbus");

VIR_ENUM_IMPL(virDomainGraphicsListen, VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_LAST,
              "none", "address", "network", "socket");

VIR_ENUM_IMPL(virDomainVideo, VIR_DOMAIN_VIDEO_TYPE_LAST,
              "default", "vga", "cirrus", "vmvga", "xen", "vbox", "qxl", "parallels",
              "virtio", "gop", "none", "bochs", "ramfb");

VIR_ENUM_IMPL(virDomainSoundModel, VIR_DOMAIN_SOUND_MODEL_LAST,
              "sb16", "es1370", "pcspk", "ac97", "ich6", "ich9", "usb", "ich7");

VIR_ENUM_IMPL(virDomainSoundCodec, VIR_DOMAIN_SOUND_CODEC_TYPE_LAST,
              "duplex", "micro", "output");

VIR_ENUM_IMPL(virDomainChrDevice, VIR_DOMAIN_CHR_DEVICE_TYPE_LAST,
              "parallel", "serial", "console", "channel");

VIR_ENUM_IMPL(virDomainChr, VIR_DOMAIN_CHR_TYPE_LAST,
              "null", "vc", "pty", "dev", "file", "pipe", "stdio", "udp", "tcp", "unix",
              "spicevmc", "spiceport", "nmdm", "qemu-vdagent", "dbus");

VIR_ENUM_IMPL(virDomainChrTcpProtocol, VIR_DOMAIN_CHR_TCP_PROTOCOL_LAST,
              "raw", "telnet", "telnets", "tls");

VIR_ENUM_IMPL(virDomainWatchdogModel, VIR_DOMAIN_WATCHDOG_MODEL_LAST,
              "i6300esb", "ib700", "diag288");

VIR_ENUM_IMPL(virDomainWatchdogAction, VIR_DOMAIN_WATCHDOG_ACTION_LAST,
              "reset", "shutdown", "poweroff", "pause", "dump", "none", "inject-nmi");

VIR_ENUM_IMPL(virDomainMemballoonModel, VIR_DOMAIN_MEMBALLOON_MODEL_LAST,
              "virtio", "xen", "none", "virtio-transitional", "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainRNGModel, VIR_DOMAIN_RNG_MODEL_LAST,
              "virtio", "virtio-transitional", "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainRNGBackend, VIR_DOMAIN_RNG_BACKEND_LAST,
              "random", "egd", "builtin");

VIR_ENUM_IMPL(virDomainHostdevMode, VIR_DOMAIN_HOSTDEV_MODE_LAST,
              "subsystem", "capabilities");

VIR_ENUM_IMPL(virDomainHostdevSubsys, VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST,
              "usb", "pci", "scsi", "scsi_host", "mdev");

/* Per-type controller models, as libvirt names them. */
static const char *const virDomainControllerModelSCSI[] = {
    "auto", "buslogic", "lsilogic", "lsisas1068", "vmpvscsi", "ibmvscsi", "virtio-scsi",
    "lsisas1078", "virtio-transitional", "virtio-non-transitional", "ncr53c90", "am53c974",
    "dc390", NULL
};
static const char *const virDomainControllerModelUSB[] = {
    "piix3-uhci", "piix4-uhci", "ehci", "ich9-ehci1", "ich9-uhci1", "ich9-uhci2",
    "ich9-uhci3", "vt82c686b-uhci", "pci-ohci", "nec-xhci", "qusb1", "qusb2", "qemu-xhci",
    "none", NULL
};
static const char *const virDomainControllerModelPCI[] = {
    "pci-root", "pcie-root", "pci-bridge", "dmi-to-pci-bridge", "pcie-root-port",
    "pcie-switch-upstream-port", "pcie-switch-downstream-port", "pci-expander-bus",
    "pcie-expander-bus", "pcie-to-pci-bridge", NULL
};
static const char *const virDomainControllerModelVirtioSerial[] = {
    "virtio", "virtio-transitional", "virtio-non-transitional", NULL
};
static const char *const virDomainControllerModelIDE[] = {
    "piix3", "piix4", "ich6", NULL
};
static const char *const virDomainControllerModelISA[] = { NULL };
static const char *const virDomainControllerModelNone[] = { NULL };

static const char *const *
virDomainControllerModelTable(virDomainControllerType type)
{
    switch (type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
        return virDomainControllerModelSCSI;
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        return virDomainControllerModelUSB;
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
        return virDomainControllerModelPCI;
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        return virDomainControllerModelVirtioSerial;
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
        return virDomainControllerModelIDE;
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
        return virDomainControllerModelISA;
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
    default:
        return virDomainControllerModelNone;
    }
}

/**
 * virDomainControllerModelToString:
 * @type: controller type
 * @model: model index in that type's table
 *
 * Returns the model's name, or NULL when @model is not one of @type's.
 */
const char *
virDomainControllerModelToString(virDomainControllerType type, int model)
{
    const char *const *table = virDomainControllerModelTable(type);
    int i;

    for (i = 0; table[i]; i++) {
        if (i == model)
            return table[i];
    }
    return NULL;
}

static int
virDomainControllerModelFromString(virDomainControllerType type, const char *str)
{
    const char *const *table = virDomainControllerModelTable(type);
    int i;

    for (i = 0; table[i]; i++) {
        if (g_str_equal(table[i], str))
            return i;
    }
    return -1;
}

/* Serial, console and channel <target type=''> names per device kind. */
static const char *const virDomainChrSerialTargetTypes[] = {
    "none", "isa-serial", "usb-serial", "pci-serial", "spapr-vio-serial",
    "system-serial", "sclp-serial", NULL
};
static const char *const virDomainChrSerialTargetModels[] = {
    "none", "isa-serial", "usb-serial", "pci-serial", "spapr-vty", "pl011", "sclpconsole",
    "sclplmconsole", "16550a", NULL
};
static const char *const virDomainChrConsoleTargetTypes[] = {
    "none", "serial", "xen", "uml", "virtio", "lxc", "openvz", "sclp", "sclplm", NULL
};
static const char *const virDomainChrChannelTargetTypes[] = {
    "none", "guestfwd", "virtio", "xen", NULL
};

#define VIR_DOMAIN_CHR_SERIAL_TARGET_NONE 0
#define VIR_DOMAIN_CHR_SERIAL_TARGET_ISA 1
#define VIR_DOMAIN_CHR_CONSOLE_TARGET_NONE 0
#define VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL 1
#define VIR_DOMAIN_CHR_CONSOLE_TARGET_VIRTIO 4
#define VIR_DOMAIN_CHR_CHANNEL_TARGET_GUESTFWD 1
#define VIR_DOMAIN_CHR_CHANNEL_TARGET_VIRTIO 2
#define VIR_DOMAIN_CHR_CHANNEL_TARGET_XEN 3

static int
virDomainStringTableLookup(const char *const *table, const char *str)
{
    int i;

    for (i = 0; table[i]; i++) {
        if (g_str_equal(table[i], str))
            return i;
    }
    return -1;
}

static const char *const *
virDomainChrTargetTypeTable(virDomainChrDeviceType type)
{
    switch (type) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
        return virDomainChrSerialTargetTypes;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
        return virDomainChrConsoleTargetTypes;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        return virDomainChrChannelTargetTypes;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
    default:
        return NULL;
    }
}


/* ---------------------------------------------------------------------
 * Small helpers
 */

static xmlNodePtr
virDomainChildElement(xmlNodePtr node, const char *name)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST name))
            return cur;
    }
    return NULL;
}

/* libvirt reads an element that may appear once with XPath ("./driver"),
 * which finds the first one of that name: whether @cur is that one.  Its
 * repetitions are ignored (so what the first one set is kept, and nothing
 * is parsed twice into one field). */
static bool
virDomainIsFirstChild(xmlNodePtr cur)
{
    xmlNodePtr prev;

    for (prev = cur->prev; prev; prev = prev->prev) {
        if (prev->type == XML_ELEMENT_NODE && xmlStrEqual(prev->name, cur->name))
            return false;
    }
    return true;
}

/* An XPath context on @node, for the few values libvirt reads with
 * "string(./elem/@attr)": the first <elem> that has the attribute, not
 * the first <elem>.  NULL (reported) only when out of memory. */
static xmlXPathContextPtr
virDomainXPathContextAt(xmlNodePtr node)
{
    xmlXPathContextPtr ctxt = virXMLXPathContextNew(node->doc);

    if (!ctxt) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    ctxt->node = node;
    return ctxt;
}

/* The first child element @name of @node that has the attribute @attr:
 * where libvirt's "string(./NAME/@ATTR)" finds its value. */
static xmlNodePtr
virDomainChildWithAttr(xmlNodePtr node, const char *name, const char *attr)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST name) &&
            xmlHasNsProp(cur, BAD_CAST attr, NULL))
            return cur;
    }
    return NULL;
}

/* libvirt's "string(./NAME/@ATTR)" at @node: @attr of the first child
 * element @name that has one, NULL if none has it or its value is empty. */
static char *
virDomainChildAttr(xmlNodePtr node, const char *name, const char *attr)
{
    xmlNodePtr child = virDomainChildWithAttr(node, name, attr);
    char *value;

    if (!child || !(value = virXMLPropString(child, attr)))
        return NULL;
    if (!*value)
        g_clear_pointer(&value, g_free);
    return value;
}

static char *
virDomainChildContent(xmlNodePtr node, const char *name)
{
    xmlNodePtr child = virDomainChildElement(node, name);
    char *content;

    if (!child)
        return NULL;
    content = virXMLNodeContentString(child);
    if (!*content)
        g_clear_pointer(&content, g_free);
    return content;
}

/**
 * virDomainMacFormat:
 * @mac: 6 bytes
 * @str: at least 18 bytes
 */
void
virDomainMacFormat(const unsigned char *mac, char *str)
{
    g_snprintf(str, 18, "%02x:%02x:%02x:%02x:%02x:%02x",
               mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

static int
virDomainMacParse(const char *str, unsigned char *mac)
{
    const char *p = str;
    size_t i;

    for (i = 0; i < VIR_DOMAIN_MAC_BUFLEN; i++) {
        unsigned int v = 0;
        size_t digits = 0;

        while (g_ascii_isxdigit(*p) && digits < 2) {
            v = v * 16 + g_ascii_xdigit_value(*p);
            p++;
            digits++;
        }
        if (digits == 0)
            return -1;
        mac[i] = v;
        if (i < VIR_DOMAIN_MAC_BUFLEN - 1) {
            if (*p != ':')
                return -1;
            p++;
        }
    }
    return *p ? -1 : 0;
}

/**
 * virDomainDiskNameToIndex:
 * @name: a disk target such as "vda", "hdc" or "sdaa"
 *
 * Returns the disk's index in its bus ("vda" 0, "vdaa" 26), or -1 when
 * @name is not a disk name.
 */
int
virDomainDiskNameToIndex(const char *name)
{
    static const char *const prefixes[] = { "fd", "hd", "vd", "sd", "xvd", "ubd" };
    const char *p = NULL;
    long long idx = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(prefixes); i++) {
        if (g_str_has_prefix(name, prefixes[i])) {
            p = name + strlen(prefixes[i]);
            break;
        }
    }
    if (!p)
        return -1;
    /* at most six letters ("zzzzzz" is 321272405): a seventh is refused
     * before it could overflow */
    for (i = 0; *p && g_ascii_islower(*p) && i < 6; i++, p++) {
        idx = (idx + (i < 1 ? 0 : 1)) * 26;
        idx += *p - 'a';
    }
    if (i == 0 || *p || idx > INT_MAX)
        return -1;
    return idx;
}


/* ---------------------------------------------------------------------
 * Free
 */

/**
 * virDomainDeviceInfoClear:
 * @info: device info whose contents are freed (the struct itself is not)
 */
void
virDomainDeviceInfoClear(virDomainDeviceInfo *info)
{
    g_clear_pointer(&info->alias, g_free);
    g_clear_pointer(&info->loadparm, g_free);
    g_clear_pointer(&info->romFile, g_free);
    if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB)
        g_clear_pointer(&info->addr.usb.port, g_free);
    memset(&info->addr, 0, sizeof(info->addr));
    info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE;
}

void
virDomainDiskDefFree(virDomainDiskDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->sgio);
    g_free(def->path);
    g_free(def->name);
    g_free(def->query);
    for (i = 0; i < def->nhosts; i++) {
        g_free(def->hosts[i].name);
        g_free(def->hosts[i].socket);
    }
    g_free(def->hosts);
    g_free(def->pool);
    g_free(def->volume);
    for (i = 0; i < def->nseclabels; i++) {
        g_free(def->seclabels[i].model);
        g_free(def->seclabels[i].label);
    }
    g_free(def->seclabels);
    g_free(def->authUsername);
    g_free(def->authSecretType);
    g_free(def->authSecretUsage);
    g_free(def->authSecretUUID);
    g_free(def->initiatorIQN);
    for (i = 0; i < def->ncookies; i++) {
        g_free(def->cookieNames[i]);
        g_free(def->cookieValues[i]);
    }
    g_free(def->cookieNames);
    g_free(def->cookieValues);
    while (def->backingStore) {
        virDomainDiskBackingStore *next = def->backingStore->next;

        g_free(def->backingStore->format);
        g_free(def->backingStore->path);
        g_free(def->backingStore);
        def->backingStore = next;
    }
    g_free(def->iotuneGroup);
    g_free(def->driverName);
    g_free(def->format);
    g_free(def->dst);
    g_free(def->trans);
    g_free(def->serial);
    g_free(def->wwn);
    g_free(def->vendor);
    g_free(def->product);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainControllerDefFree(virDomainControllerDef *def)
{
    if (!def)
        return;
    g_free(def->modelName);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainNetDefFree(virDomainNetDef *def)
{
    size_t i;

    if (!def)
        return;
    for (i = 0; i < def->nfilterParams; i++) {
        g_free(def->filterParamNames[i]);
        g_free(def->filterParamValues[i]);
    }
    g_free(def->filterParamNames);
    g_free(def->filterParamValues);
    for (i = 0; i < def->nvlanTags; i++)
        g_free(def->vlanNativeModes[i]);
    g_free(def->vlanTags);
    g_free(def->vlanNativeModes);
    g_free(def->vportType);
    for (i = 0; i < G_N_ELEMENTS(def->vportParams); i++)
        g_free(def->vportParams[i]);
    g_free(def->network);
    g_free(def->portgroup);
    g_free(def->bridge);
    g_free(def->dev);
    g_free(def->sockAddress);
    g_free(def->localAddress);
    g_free(def->vhostType);
    g_free(def->vhostPath);
    g_free(def->vhostMode);
    g_free(def->internalName);
    g_free(def->vdpaDev);
    g_free(def->script);
    g_free(def->downscript);
    g_free(def->ifname);
    g_free(def->modelName);
    g_free(def->backendTap);
    g_free(def->backendVhost);
    g_free(def->filter);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainInputDefFree(virDomainInputDef *def)
{
    if (!def)
        return;
    g_free(def->evdev);
    g_free(def->sourceDev);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainGraphicsDefFree(virDomainGraphicsDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->keymap);
    g_free(def->passwd);
    g_free(def->passwdValidTo);
    g_free(def->connected);
    g_free(def->sharePolicy);
    g_free(def->display);
    g_free(def->xauth);
    g_free(def->defaultMode);
    for (i = 0; i < def->nlistens; i++) {
        g_free(def->listens[i].address);
        g_free(def->listens[i].network);
        g_free(def->listens[i].socket);
    }
    g_free(def->listens);
    for (i = 0; i < def->nchannels; i++) {
        g_free(def->channels[i].name);
        g_free(def->channels[i].mode);
    }
    g_free(def->channels);
    for (i = 0; i < G_N_ELEMENTS(def->spiceAttrs); i++)
        g_free(def->spiceAttrs[i]);
    g_free(def->glEnable);
    g_free(def->glRendernode);
    g_free(def);
}

void
virDomainVideoDefFree(virDomainVideoDef *def)
{
    if (!def)
        return;
    g_free(def->driverName);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainSoundDefFree(virDomainSoundDef *def)
{
    if (!def)
        return;
    g_free(def->codecs);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

/**
 * virDomainChrSourceDefClear:
 * @def: a character device source whose contents are freed
 */
void
virDomainChrSourceDefClear(virDomainChrSourceDef *def)
{
    g_clear_pointer(&def->path, g_free);
    g_clear_pointer(&def->host, g_free);
    g_clear_pointer(&def->service, g_free);
    g_clear_pointer(&def->bindHost, g_free);
    g_clear_pointer(&def->bindService, g_free);
    g_clear_pointer(&def->channel, g_free);
    g_clear_pointer(&def->master, g_free);
    g_clear_pointer(&def->slave, g_free);
    g_clear_pointer(&def->logFile, g_free);
}

void
virDomainChrDefFree(virDomainChrDef *def)
{
    if (!def)
        return;
    g_free(def->targetName);
    g_free(def->targetAddr);
    g_free(def->targetPort);
    g_free(def->targetState);
    virDomainChrSourceDefClear(&def->source);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainWatchdogDefFree(virDomainWatchdogDef *def)
{
    if (!def)
        return;
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainMemballoonDefFree(virDomainMemballoonDef *def)
{
    if (!def)
        return;
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainRNGDefFree(virDomainRNGDef *def)
{
    if (!def)
        return;
    g_free(def->file);
    if (def->chr) {
        virDomainChrSourceDefClear(def->chr);
        g_free(def->chr);
    }
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainHostdevDefFree(virDomainHostdevDef *def)
{
    if (!def)
        return;
    g_free(def->driverName);
    g_free(def->sgio);
    g_free(def->scsiAdapter);
    g_free(def->mdevUUID);
    g_free(def->mdevModel);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}


/* ---------------------------------------------------------------------
 * Guest addresses and device info
 */

static int
virDomainPCIAddressParse(xmlNodePtr node, virDomainDevicePCIAddress *addr)
{
    if (virXMLPropUInt(node, "domain", 0, VIR_XML_PROP_NONE, &addr->domain) < 0 ||
        virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_NONE, &addr->bus) < 0 ||
        virXMLPropUInt(node, "slot", 0, VIR_XML_PROP_NONE, &addr->slot) < 0 ||
        virXMLPropUInt(node, "function", 0, VIR_XML_PROP_NONE, &addr->function) < 0 ||
        virXMLPropTristateSwitch(node, "multifunction", VIR_XML_PROP_NONE, &addr->multi) < 0)
        return -1;
    if (addr->domain > 0xFFFF) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address domain='0x%1$x', must be <= 0x%2$X"),
                       addr->domain, 0xFFFF);
        return -1;
    }
    if (addr->bus > 0xFF) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address bus='0x%1$x', must be <= 0x%2$X"),
                       addr->bus, 0xFF);
        return -1;
    }
    if (addr->slot > 0x1F) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address slot='0x%1$x', must be <= 0x%2$X"),
                       addr->slot, 0x1F);
        return -1;
    }
    if (addr->function > 7) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address function=0x%1$x, must be <= 7"),
                       addr->function);
        return -1;
    }
    return 0;
}

static void
virDomainPCIAddressFormat(virBuffer *buf, const virDomainDevicePCIAddress *addr)
{
    virBufferAsprintf(buf, " domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%d'",
                      addr->domain, addr->bus, addr->slot, addr->function);
    if (addr->multi)
        virBufferAsprintf(buf, " multifunction='%s'", virTristateSwitchTypeToString(addr->multi));
}

/* controller='' of a drive, virtio-serial or ccid address: a controller
 * index, so an int like <controller index=''>.  libvirt reads larger values
 * but wraps them to negative indexes, prints those and cannot read its own
 * output again. */
static int
virDomainAddressControllerParse(xmlNodePtr address, unsigned int *controller)
{
    if (virXMLPropUInt(address, "controller", 10, VIR_XML_PROP_NONE, controller) < 0)
        return -1;
    if (*controller > INT_MAX) {
        g_autofree char *value = virXMLPropString(address, "controller");

        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected integer value"),
                       "controller", "address", value);
        return -1;
    }
    return 0;
}

static int
virDomainDeviceAddressParse(xmlNodePtr address, virDomainDeviceInfo *info)
{
    g_autofree char *type = virXMLPropString(address, "type");
    int val;

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("No type specified for device address"));
        return -1;
    }
    if ((val = virDomainDeviceAddressTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown address type '%1$s'"), type);
        return -1;
    }
    info->type = val;

    switch ((virDomainDeviceAddressType) info->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        return virDomainPCIAddressParse(address, &info->addr.pci);

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        if (virDomainAddressControllerParse(address, &info->addr.drive.controller) < 0 ||
            virXMLPropUInt(address, "bus", 10, VIR_XML_PROP_NONE, &info->addr.drive.bus) < 0 ||
            virXMLPropUInt(address, "target", 10, VIR_XML_PROP_NONE,
                           &info->addr.drive.target) < 0 ||
            virXMLPropUInt(address, "unit", 10, VIR_XML_PROP_NONE, &info->addr.drive.unit) < 0)
            return -1;
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        if (virDomainAddressControllerParse(address, &info->addr.vioserial.controller) < 0 ||
            virXMLPropUInt(address, "bus", 10, VIR_XML_PROP_NONE,
                           &info->addr.vioserial.bus) < 0 ||
            virXMLPropUInt(address, "port", 10, VIR_XML_PROP_NONE,
                           &info->addr.vioserial.port) < 0)
            return -1;
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        if (virDomainAddressControllerParse(address, &info->addr.ccid.controller) < 0 ||
            virXMLPropUInt(address, "slot", 10, VIR_XML_PROP_NONE, &info->addr.ccid.slot) < 0)
            return -1;
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
        if (virXMLPropUInt(address, "bus", 10, VIR_XML_PROP_NONE, &info->addr.usb.bus) < 0)
            return -1;
        info->addr.usb.port = virXMLPropString(address, "port");
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO: {
        int rc = virXMLPropULongLong(address, "reg", 16, VIR_XML_PROP_NONE,
                                     &info->addr.spaprvio.reg);

        if (rc < 0)
            return -1;
        info->addr.spaprvio.has_reg = rc == 1;
        break;
    }

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW: {
        int a, b, c;

        if ((a = virXMLPropUInt(address, "cssid", 0, VIR_XML_PROP_NONE,
                                &info->addr.ccw.cssid)) < 0 ||
            (b = virXMLPropUInt(address, "ssid", 0, VIR_XML_PROP_NONE,
                                &info->addr.ccw.ssid)) < 0 ||
            (c = virXMLPropUInt(address, "devno", 0, VIR_XML_PROP_NONE,
                                &info->addr.ccw.devno)) < 0)
            return -1;
        info->addr.ccw.assigned = a == 1 && b == 1 && c == 1;
        break;
    }

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        if (virXMLPropUInt(address, "iobase", 16, VIR_XML_PROP_NONE,
                           &info->addr.isa.iobase) < 0 ||
            virXMLPropUInt(address, "irq", 16, VIR_XML_PROP_NONE, &info->addr.isa.irq) < 0)
            return -1;
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        if (virXMLPropUInt(address, "slot", 10, VIR_XML_PROP_NONE, &info->addr.dimm.slot) < 0 ||
            virXMLPropULongLong(address, "base", 16, VIR_XML_PROP_NONE,
                                &info->addr.dimm.base) < 0)
            return -1;
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainDeviceAddressType, info->type);
        return -1;
    }
    return 0;
}

/* <boot>, <alias>, <rom>, <acpi> and <address> of a device element. */
static int
virDomainDeviceInfoParse(xmlNodePtr node, virDomainDeviceInfo *info, unsigned int flags,
                         bool allowBoot, bool allowRom)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "alias")) {
            /* libvirt's "string(./alias/@name)": the first name given */
            g_autofree char *alias = virDomainChildAttr(node, "alias", "name");

            if (alias && (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) ||
                          g_str_has_prefix(alias, "ua-")))
                info->alias = g_steal_pointer(&alias);
        } else if (xmlStrEqual(cur->name, BAD_CAST "address")) {
            if (virDomainDeviceAddressParse(cur, info) < 0)
                return -1;
        } else if (allowBoot && xmlStrEqual(cur->name, BAD_CAST "boot")) {
            if (virXMLPropUInt(cur, "order", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                               &info->bootIndex) < 0)
                return -1;
            info->loadparm = virXMLPropString(cur, "loadparm");
        } else if (allowRom && xmlStrEqual(cur->name, BAD_CAST "rom")) {
            if (virXMLPropTristateSwitch(cur, "bar", VIR_XML_PROP_NONE, &info->romBar) < 0 ||
                virXMLPropTristateBool(cur, "enabled", VIR_XML_PROP_NONE,
                                       &info->romEnabled) < 0)
                return -1;
            info->romFile = virXMLPropString(cur, "file");
        } else if (xmlStrEqual(cur->name, BAD_CAST "acpi")) {
            if (virXMLPropUInt(cur, "index", 10, VIR_XML_PROP_NONE, &info->acpiIndex) < 0)
                return -1;
        }
    }
    return 0;
}

/**
 * virDomainDeviceInfoFormat:
 * @buf: output buffer, at the device's child indentation
 * @info: device info (borrowed)
 * @formatFlags: VIR_DOMAIN_XML_* flags
 * @withBoot: whether the device kind prints <boot order=''/>
 *
 * Writes <boot>, <alias>, <rom>, <acpi> and <address> as libvirt does.
 */
void
virDomainDeviceInfoFormat(virBuffer *buf, const virDomainDeviceInfo *info,
                          unsigned int formatFlags, bool withBoot)
{
    if (withBoot && info->bootIndex) {
        virBufferAsprintf(buf, "<boot order='%u'", info->bootIndex);
        virBufferEscapeString(buf, " loadparm='%s'", info->loadparm);
        virBufferAddLit(buf, "/>\n");
    }
    if (info->alias && (!(formatFlags & VIR_DOMAIN_XML_INACTIVE) ||
                        g_str_has_prefix(info->alias, "ua-")))
        virBufferEscapeString(buf, "<alias name='%s'/>\n", info->alias);
    if (info->romBar || info->romEnabled || info->romFile) {
        virBufferAddLit(buf, "<rom");
        if (info->romEnabled)
            virBufferAsprintf(buf, " enabled='%s'", virTristateBoolTypeToString(info->romEnabled));
        if (info->romBar)
            virBufferAsprintf(buf, " bar='%s'", virTristateSwitchTypeToString(info->romBar));
        virBufferEscapeString(buf, " file='%s'", info->romFile);
        virBufferAddLit(buf, "/>\n");
    }
    if (info->acpiIndex)
        virBufferAsprintf(buf, "<acpi index='%u'/>\n", info->acpiIndex);

    if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)
        return;
    virBufferAsprintf(buf, "<address type='%s'", virDomainDeviceAddressTypeToString(info->type));
    switch ((virDomainDeviceAddressType) info->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        virDomainPCIAddressFormat(buf, &info->addr.pci);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        virBufferAsprintf(buf, " controller='%u' bus='%u' target='%u' unit='%u'",
                          info->addr.drive.controller, info->addr.drive.bus,
                          info->addr.drive.target, info->addr.drive.unit);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        virBufferAsprintf(buf, " controller='%u' bus='%u' port='%u'",
                          info->addr.vioserial.controller, info->addr.vioserial.bus,
                          info->addr.vioserial.port);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        virBufferAsprintf(buf, " controller='%u' slot='%u'",
                          info->addr.ccid.controller, info->addr.ccid.slot);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
        virBufferAsprintf(buf, " bus='%u'", info->addr.usb.bus);
        virBufferEscapeString(buf, " port='%s'", info->addr.usb.port);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO:
        if (info->addr.spaprvio.has_reg)
            virBufferAsprintf(buf, " reg='0x%08llx'", info->addr.spaprvio.reg);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW:
        if (info->addr.ccw.assigned)
            virBufferAsprintf(buf, " cssid='0x%x' ssid='0x%x' devno='0x%04x'",
                              info->addr.ccw.cssid, info->addr.ccw.ssid, info->addr.ccw.devno);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        if (info->addr.isa.iobase > 0)
            virBufferAsprintf(buf, " iobase='0x%x'", info->addr.isa.iobase);
        if (info->addr.isa.irq > 0)
            virBufferAsprintf(buf, " irq='0x%x'", info->addr.isa.irq);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        virBufferAsprintf(buf, " slot='%u'", info->addr.dimm.slot);
        if (info->addr.dimm.base)
            virBufferAsprintf(buf, " base='0x%llx'", info->addr.dimm.base);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
    default:
        break;
    }
    virBufferAddLit(buf, "/>\n");
}


/* ---------------------------------------------------------------------
 * Disks
 */

static int
virDomainDiskSourceHostsParse(xmlNodePtr source, virDomainDiskDef *disk)
{
    xmlNodePtr cur;

    for (cur = source->children; cur; cur = cur->next) {
        virDomainDiskHost *host;
        unsigned int transport = VIR_DOMAIN_DISK_HOST_TRANSPORT_TCP;

        if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "host"))
            continue;
        disk->hosts = g_renew(virDomainDiskHost, disk->hosts, disk->nhosts + 1);
        host = &disk->hosts[disk->nhosts++];
        memset(host, 0, sizeof(*host));
        if (virXMLPropEnum(cur, "transport", virDomainDiskHostTransportTypeFromString,
                           VIR_XML_PROP_NONE, &transport) < 0)
            return -1;
        host->transport = transport;
        host->socket = virXMLPropString(cur, "socket");
        if (host->transport == VIR_DOMAIN_DISK_HOST_TRANSPORT_UNIX && !host->socket) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("missing socket for unix transport"));
            return -1;
        }
        if (host->transport != VIR_DOMAIN_DISK_HOST_TRANSPORT_UNIX && host->socket) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("transport '%1$s' does not support socket attribute"),
                           virDomainDiskHostTransportTypeToString(host->transport));
            return -1;
        }
        if (host->transport != VIR_DOMAIN_DISK_HOST_TRANSPORT_UNIX) {
            if (!(host->name = virXMLPropString(cur, "name"))) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("missing name for host"));
                return -1;
            }
            {
                g_autofree char *port = virXMLPropString(cur, "port");
                unsigned long long v;

                if (port && *port) {
                    if (virUnitsStrToULongLong(port, &v) < 0 || v > 65535) {
                        virReportError(VIR_ERR_INVALID_ARG,
                                       _("failed to parse port number '%1$s'"), port);
                        return -1;
                    }
                    host->port = v;
                }
            }
        }
    }
    return 0;
}

static int
virDomainDiskAuthParse(xmlNodePtr auth, virDomainDiskDef *disk)
{
    xmlNodePtr secret = virDomainChildElement(auth, "secret");

    if (!(disk->authUsername = virXMLPropString(auth, "username"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing username for auth"));
        return -1;
    }
    if (!secret) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <secret> element in auth"));
        return -1;
    }
    disk->authSecretType = virXMLPropString(secret, "type");
    disk->authSecretUsage = virXMLPropString(secret, "usage");
    disk->authSecretUUID = virXMLPropString(secret, "uuid");
    if (!disk->authSecretUsage && !disk->authSecretUUID) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing secret uuid or usage attribute"));
        return -1;
    }
    if (disk->authSecretUsage && disk->authSecretUUID) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("either secret uuid or usage expected"));
        return -1;
    }
    if (disk->authSecretUUID) {
        unsigned char uuid[VIR_UUID_BUFLEN];

        if (virUUIDParse(disk->authSecretUUID, uuid) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("invalid secret uuid '%1$s'"),
                           disk->authSecretUUID);
            return -1;
        }
    }
    return 0;
}

/* The <cookies> of an HTTP(S) or FTP(S) source; names must be unique. */
static int
virDomainDiskCookiesParse(xmlNodePtr cookies, virDomainDiskDef *disk)
{
    xmlNodePtr cookie;

    for (cookie = cookies->children; cookie; cookie = cookie->next) {
        size_t i;

        if (cookie->type != XML_ELEMENT_NODE || !xmlStrEqual(cookie->name, BAD_CAST "cookie"))
            continue;
        disk->cookieNames = g_renew(char *, disk->cookieNames, disk->ncookies + 1);
        disk->cookieValues = g_renew(char *, disk->cookieValues, disk->ncookies + 1);
        disk->cookieNames[disk->ncookies] = virXMLPropString(cookie, "name");
        disk->cookieValues[disk->ncookies] = virXMLNodeContentString(cookie);
        disk->ncookies++;
        if (!disk->cookieNames[disk->ncookies - 1]) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing cookie name"));
            return -1;
        }
        for (i = 0; i < disk->ncookies - 1; i++) {
            if (g_str_equal(disk->cookieNames[i], disk->cookieNames[disk->ncookies - 1])) {
                virReportError(VIR_ERR_XML_ERROR, _("duplicate cookie '%1$s'"),
                               disk->cookieNames[i]);
                return -1;
            }
        }
    }
    return 0;
}

/* <seclabel> of a disk source: a list, at most one per security model. */
static int
virDomainDiskSeclabelParse(xmlNodePtr node, virDomainDiskDef *disk)
{
    g_autofree char *model = virXMLPropString(node, "model");
    virDomainDeviceSeclabel *seclabel;
    size_t i;

    for (i = 0; model && i < disk->nseclabels; i++) {
        if (g_strcmp0(disk->seclabels[i].model, model) == 0) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("seclabel for model %1$s is already provided"), model);
            return -1;
        }
    }
    disk->seclabels = g_renew(virDomainDeviceSeclabel, disk->seclabels, disk->nseclabels + 1);
    seclabel = &disk->seclabels[disk->nseclabels++];
    memset(seclabel, 0, sizeof(*seclabel));
    seclabel->model = g_steal_pointer(&model);
    if (virXMLPropTristateBool(node, "relabel", VIR_XML_PROP_NONE, &seclabel->relabel) < 0)
        return -1;
    seclabel->label = virDomainChildContent(node, "label");
    return 0;
}

/* The children of a disk <source>.  Those that may appear once count the
 * first time, as in libvirt; the initiator IQN and the readahead size and
 * timeout are libvirt's "string(./initiator/iqn/@name)" and the like: the
 * first one given. */
static int
virDomainDiskSourceChildrenParse(xmlNodePtr source, virDomainDiskDef *disk)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    xmlNodePtr cur;

    for (cur = source->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "seclabel")) {
            if (virDomainDiskSeclabelParse(cur, disk) < 0)
                return -1;
            continue;
        }
        if (!virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "auth")) {
            if (disk->authUsername) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("an <auth> definition already found for disk source"));
                return -1;
            }
            disk->authInSource = true;
            if (virDomainDiskAuthParse(cur, disk) < 0)
                return -1;
        } else if (xmlStrEqual(cur->name, BAD_CAST "ssl") &&
                   (disk->protocol == VIR_DOMAIN_DISK_PROTOCOL_HTTPS ||
                    disk->protocol == VIR_DOMAIN_DISK_PROTOCOL_FTPS)) {
            if (virXMLPropTristateBool(cur, "verify", VIR_XML_PROP_NONE, &disk->sslVerify) < 0)
                return -1;
        } else if (xmlStrEqual(cur->name, BAD_CAST "cookies")) {
            if (virDomainDiskCookiesParse(cur, disk) < 0)
                return -1;
        }
    }

    if (!(ctxt = virDomainXPathContextAt(source)))
        return -1;
    disk->initiatorIQN = virXPathString("string(./initiator/iqn/@name)", ctxt);
    if (virXPathULongLong("string(./readahead/@size)", ctxt, &disk->readahead) == -2 ||
        virXPathULongLong("string(./timeout/@seconds)", ctxt, &disk->timeout) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid readahead size or timeout"));
        return -1;
    }
    return 0;
}

static int
virDomainDiskBackingStoreParse(xmlNodePtr node, virDomainDiskBackingStore **result)
{
    g_autofree virDomainDiskBackingStore *store = g_new0(virDomainDiskBackingStore, 1);
    g_autofree char *type = virXMLPropString(node, "type");
    xmlNodePtr cur;
    int val;

    if (!type) {
        store->terminator = true;
        *result = g_steal_pointer(&store);
        return 0;
    }
    if ((val = virDomainDiskTypeTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown disk backing store type '%1$s'"), type);
        return -1;
    }
    store->type = val;
    /* libvirt's "string(./format/@type)": the first type given */
    store->format = virDomainChildAttr(node, "format", "type");
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            const char *attr = store->type == VIR_DOMAIN_DISK_TYPE_BLOCK ? "dev" :
                               store->type == VIR_DOMAIN_DISK_TYPE_DIR ? "dir" : "file";

            store->path = virXMLPropString(cur, attr);
        } else if (xmlStrEqual(cur->name, BAD_CAST "backingStore")) {
            if (virDomainDiskBackingStoreParse(cur, &store->next) < 0) {
                while (store->next) {
                    virDomainDiskBackingStore *next = store->next->next;

                    g_free(store->next->format);
                    g_free(store->next->path);
                    g_free(store->next);
                    store->next = next;
                }
                g_free(store->format);
                g_free(store->path);
                return -1;
            }
        }
    }
    *result = g_steal_pointer(&store);
    return 0;
}

/* <iotune> of the disk @node.  libvirt reads each field as
 * "string(./iotune/FIELD)": the first such element in any <iotune>, an
 * empty one meaning no value. */
static int
virDomainDiskIotuneParse(xmlNodePtr node, virDomainDiskDef *disk)
{
    bool seen[VIR_DOMAIN_DISK_IOTUNE_LAST] = { false };
    bool seenGroup = false;
    xmlNodePtr iotune;
    xmlNodePtr cur;
    size_t i;

    for (iotune = node->children; iotune; iotune = iotune->next) {
        if (iotune->type != XML_ELEMENT_NODE || !xmlStrEqual(iotune->name, BAD_CAST "iotune"))
            continue;
        disk->hasIotune = true;
        for (cur = iotune->children; cur; cur = cur->next) {
            g_autofree char *text = NULL;
            int which;
            char *end = NULL;
            unsigned long long v;

            if (cur->type != XML_ELEMENT_NODE)
                continue;
            if (xmlStrEqual(cur->name, BAD_CAST "group_name")) {
                if (seenGroup)
                    continue;
                seenGroup = true;
                disk->iotuneGroup = virXMLNodeContentString(cur);
                if (!*disk->iotuneGroup)
                    g_clear_pointer(&disk->iotuneGroup, g_free);
                continue;
            }
            if ((which = virDomainDiskIotuneTypeFromString((const char *)cur->name)) < 0 ||
                seen[which])
                continue;
            seen[which] = true;
            text = virXMLNodeContentString(cur);
            /* an empty value is no value */
            if (!*text)
                continue;
            errno = 0;
            v = g_ascii_strtoull(text, &end, 10);
            if (errno || end == text || *end || text[0] == '-') {
                virReportError(VIR_ERR_XML_ERROR,
                               _("disk iotune field '%1$s' must be an integer"),
                               (const char *)cur->name);
                return -1;
            }
            disk->iotune[which] = v;
        }
    }
    /* bytes_sec, iops_sec, bytes_sec_max, iops_sec_max: total, read, write */
    for (i = VIR_DOMAIN_DISK_IOTUNE_TOTAL_BYTES_SEC;
         i <= VIR_DOMAIN_DISK_IOTUNE_TOTAL_IOPS_SEC_MAX; i += 3) {
        if (disk->iotune[i] && (disk->iotune[i + 1] || disk->iotune[i + 2])) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("total and read/write %1$s cannot be set at the same time"),
                           virDomainDiskIotuneTypeToString(i) + strlen("total_"));
            return -1;
        }
    }
    return 0;
}

static int
virDomainDiskSourceParse(xmlNodePtr source, virDomainDiskDef *disk)
{
    unsigned int val;

    disk->hasSource = true;
    switch (disk->type) {
    case VIR_DOMAIN_DISK_TYPE_FILE:
        disk->path = virXMLPropString(source, "file");
        break;
    case VIR_DOMAIN_DISK_TYPE_BLOCK:
        disk->path = virXMLPropString(source, "dev");
        break;
    case VIR_DOMAIN_DISK_TYPE_DIR:
        disk->path = virXMLPropString(source, "dir");
        break;
    case VIR_DOMAIN_DISK_TYPE_NETWORK:
        if (virXMLPropEnum(source, "protocol", virDomainDiskProtocolTypeFromString,
                           VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &val) < 0)
            return -1;
        disk->protocol = val;
        disk->name = virXMLPropString(source, "name");
        disk->query = virXMLPropString(source, "query");
        if (virXMLPropTristateBool(source, "tls", VIR_XML_PROP_NONE, &disk->tls) < 0)
            return -1;
        if (!disk->name && disk->protocol != VIR_DOMAIN_DISK_PROTOCOL_NBD) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing name for disk source"));
            return -1;
        }
        if (virDomainDiskSourceHostsParse(source, disk) < 0)
            return -1;
        break;
    case VIR_DOMAIN_DISK_TYPE_VOLUME:
        disk->pool = virXMLPropString(source, "pool");
        disk->volume = virXMLPropString(source, "volume");
        val = VIR_DOMAIN_DISK_SOURCE_MODE_DEFAULT;
        if (virXMLPropEnum(source, "mode", virDomainDiskSourceModeTypeFromString,
                           VIR_XML_PROP_NONZERO, &val) < 0)
            return -1;
        disk->srcMode = val;
        if (!disk->pool || !disk->volume) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'pool' and 'volume' must be specified together for 'pool' type source"));
            return -1;
        }
        break;
    case VIR_DOMAIN_DISK_TYPE_NVME:
    case VIR_DOMAIN_DISK_TYPE_VHOST_USER:
        break;
    case VIR_DOMAIN_DISK_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainDiskType, disk->type);
        return -1;
    }

    val = VIR_DOMAIN_STARTUP_POLICY_DEFAULT;
    if (virXMLPropEnum(source, "startupPolicy", virDomainStartupPolicyTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    disk->startupPolicy = val;
    return virDomainDiskSourceChildrenParse(source, disk);
}

static int
virDomainDiskDriverParse(xmlNodePtr driver, virDomainDiskDef *disk)
{
    unsigned int val;

    static const char *const formats[] = {
        "none", "raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi", "fat", "vhd",
        "ploop", "cow", "qcow", "qcow2", "qed", "vmdk", "luks", NULL
    };

    disk->driverName = virXMLPropString(driver, "name");
    disk->format = virXMLPropString(driver, "type");
    if (disk->format && g_str_equal(disk->format, "aio")) {
        /* an old spelling of raw */
        g_free(disk->format);
        disk->format = g_strdup("raw");
    }
    if (disk->format && virDomainStringTableLookup(formats, disk->format) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown driver format value '%1$s'"),
                       disk->format);
        return -1;
    }

#define VIR_DOMAIN_DISK_DRIVER_ENUM(attr, func, field) \
    val = 0; \
    if (virXMLPropEnum(driver, attr, func, VIR_XML_PROP_NONZERO, &val) < 0) \
        return -1; \
    disk->field = val

    VIR_DOMAIN_DISK_DRIVER_ENUM("cache", virDomainDiskCacheTypeFromString, cache);
    VIR_DOMAIN_DISK_DRIVER_ENUM("error_policy", virDomainDiskErrorPolicyTypeFromString,
                                errorPolicy);
    VIR_DOMAIN_DISK_DRIVER_ENUM("rerror_policy", virDomainDiskErrorPolicyTypeFromString,
                                rerrorPolicy);
    VIR_DOMAIN_DISK_DRIVER_ENUM("io", virDomainDiskIoTypeFromString, io);
    VIR_DOMAIN_DISK_DRIVER_ENUM("discard", virDomainDiskDiscardTypeFromString, discard);
    VIR_DOMAIN_DISK_DRIVER_ENUM("detect_zeroes", virDomainDiskDetectZeroesTypeFromString,
                                detectZeroes);
#undef VIR_DOMAIN_DISK_DRIVER_ENUM

    if (disk->rerrorPolicy == VIR_DOMAIN_DISK_ERROR_POLICY_ENOSPACE) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Invalid value for attribute 'rerror_policy' in element 'driver': 'enospace'"));
        return -1;
    }
    if (virXMLPropTristateSwitch(driver, "ioeventfd", VIR_XML_PROP_NONE, &disk->ioeventfd) < 0 ||
        virXMLPropTristateSwitch(driver, "event_idx", VIR_XML_PROP_NONE, &disk->eventIdx) < 0 ||
        virXMLPropTristateSwitch(driver, "copy_on_read", VIR_XML_PROP_NONE,
                                 &disk->copyOnRead) < 0 ||
        virXMLPropUInt(driver, "iothread", 10, VIR_XML_PROP_NONZERO, &disk->iothread) < 0 ||
        virXMLPropUInt(driver, "queues", 10, VIR_XML_PROP_NONE, &disk->queues) < 0 ||
        virXMLPropUInt(driver, "queue_size", 10, VIR_XML_PROP_NONE, &disk->queueSize) < 0)
        return -1;
    return 0;
}

static int
virDomainDiskTargetParse(xmlNodePtr target, virDomainDiskDef *disk)
{
    unsigned int val;

    disk->dst = virXMLPropString(target, "dev");
    val = VIR_DOMAIN_DISK_BUS_NONE;
    if (virXMLPropEnum(target, "bus", virDomainDiskBusTypeFromString, VIR_XML_PROP_NONZERO,
                       &val) < 0)
        return -1;
    disk->bus = val;
    val = VIR_DOMAIN_DISK_TRAY_CLOSED;
    if (virXMLPropEnum(target, "tray", virDomainDiskTrayTypeFromString, VIR_XML_PROP_NONE,
                       &val) < 0)
        return -1;
    disk->tray = val;
    if (virXMLPropTristateSwitch(target, "removable", VIR_XML_PROP_NONE, &disk->removable) < 0 ||
        virXMLPropUInt(target, "rotation_rate", 10, VIR_XML_PROP_NONE, &disk->rotationRate) < 0)
        return -1;
    return 0;
}

static const char *virDomainDiskSourceName(const virDomainDiskDef *disk);

static virDomainDiskDef *
virDomainDiskDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainDiskDef) disk = g_new0(virDomainDiskDef, 1);
    xmlNodePtr cur;
    unsigned int val;

    val = VIR_DOMAIN_DISK_TYPE_FILE;
    if (virXMLPropEnum(node, "type", virDomainDiskTypeTypeFromString, VIR_XML_PROP_NONE,
                       &val) < 0)
        return NULL;
    disk->type = val;
    val = VIR_DOMAIN_DISK_DEVICE_DISK;
    if (virXMLPropEnum(node, "device", virDomainDiskDeviceTypeFromString, VIR_XML_PROP_NONE,
                       &val) < 0)
        return NULL;
    disk->device = val;
    val = 0;
    if (virXMLPropEnum(node, "model", virDomainDiskModelTypeFromString, VIR_XML_PROP_NONZERO,
                       &val) < 0)
        return NULL;
    disk->model = val;
    val = 0;
    if (virXMLPropEnum(node, "snapshot", virDomainDiskSnapshotTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return NULL;
    disk->snapshot = val;
    if (virXMLPropTristateBool(node, "rawio", VIR_XML_PROP_NONE, &disk->rawio) < 0)
        return NULL;
    disk->sgio = virXMLPropString(node, "sgio");
    if (disk->sgio) {
        if (g_str_equal(disk->sgio, "unfiltered")) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("unfiltered sgio is no longer supported"));
            return NULL;
        }
        if (!g_str_equal(disk->sgio, "filtered")) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                           "sgio", "disk", disk->sgio);
            return NULL;
        }
    }

    /* each child counts once, the first time, as in libvirt */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            if (virDomainDiskSourceParse(cur, disk) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "driver")) {
            if (virDomainDiskDriverParse(cur, disk) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "target")) {
            if (virDomainDiskTargetParse(cur, disk) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "geometry")) {
            if (virXMLPropUInt(cur, "cyls", 10, VIR_XML_PROP_NONE, &disk->cyls) < 0 ||
                virXMLPropUInt(cur, "heads", 10, VIR_XML_PROP_NONE, &disk->heads) < 0 ||
                virXMLPropUInt(cur, "secs", 10, VIR_XML_PROP_NONE, &disk->secs) < 0)
                return NULL;
            disk->trans = virXMLPropString(cur, "trans");
        } else if (xmlStrEqual(cur->name, BAD_CAST "blockio")) {
            if (virXMLPropUInt(cur, "logical_block_size", 10, VIR_XML_PROP_NONE,
                               &disk->logicalBlockSize) < 0 ||
                virXMLPropUInt(cur, "physical_block_size", 10, VIR_XML_PROP_NONE,
                               &disk->physicalBlockSize) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "readonly")) {
            disk->readonly = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "shareable")) {
            disk->shareable = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "transient")) {
            disk->transient = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "auth")) {
            if (disk->authUsername) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("an <auth> definition already found for disk source"));
                return NULL;
            }
            if (virDomainDiskAuthParse(cur, disk) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "backingStore")) {
            if (virDomainDiskBackingStoreParse(cur, &disk->backingStore) < 0)
                return NULL;
        }
    }
    if (virDomainDiskIotuneParse(node, disk) < 0)
        return NULL;
    disk->serial = virDomainChildContent(node, "serial");
    disk->wwn = virDomainChildContent(node, "wwn");
    disk->vendor = virDomainChildContent(node, "vendor");
    disk->product = virDomainChildContent(node, "product");

    if (virDomainDeviceInfoParse(node, &disk->info, flags, true, false) < 0)
        return NULL;

    if (!disk->dst) {
        const char *source = virDomainDiskSourceName(disk);

        if (g_str_equal(source, "(null)"))
            virReportError(VIR_ERR_NO_TARGET, NULL);
        else
            virReportError(VIR_ERR_NO_TARGET, "%s", source);
        return NULL;
    }
    /* only removable media may be empty */
    if (disk->device != VIR_DOMAIN_DISK_DEVICE_CDROM &&
        disk->device != VIR_DOMAIN_DISK_DEVICE_FLOPPY &&
        (!disk->hasSource ||
         (!disk->path && (disk->type == VIR_DOMAIN_DISK_TYPE_FILE ||
                          disk->type == VIR_DOMAIN_DISK_TYPE_BLOCK ||
                          disk->type == VIR_DOMAIN_DISK_TYPE_DIR)))) {
        virReportError(VIR_ERR_NO_SOURCE, "%s", disk->dst);
        return NULL;
    }
    if (disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY && !g_str_has_prefix(disk->dst, "fd")) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid floppy device name: %1$s"), disk->dst);
        return NULL;
    }
    if (disk->device == VIR_DOMAIN_DISK_DEVICE_CDROM)
        disk->readonly = true;
    if (disk->removable && disk->bus != VIR_DOMAIN_DISK_BUS_USB &&
        disk->bus != VIR_DOMAIN_DISK_BUS_NONE) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("removable is only valid for usb disks"));
        return NULL;
    }
    return g_steal_pointer(&disk);
}

static void
virDomainDiskAuthFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    virBufferEscapeString(buf, "<auth username='%s'>\n", disk->authUsername);
    virBufferAdjustIndent(buf, 2);
    virBufferAddLit(buf, "<secret");
    virBufferEscapeString(buf, " type='%s'", disk->authSecretType);
    virBufferEscapeString(buf, " usage='%s'", disk->authSecretUsage);
    virBufferEscapeString(buf, " uuid='%s'", disk->authSecretUUID);
    virBufferAddLit(buf, "/>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</auth>\n");
}

/* What goes inside <source> after the hosts. */
static void
virDomainDiskSourceChildrenFormat(virBuffer *buf, const virDomainDiskDef *disk,
                                  unsigned int flags)
{
    size_t i;

    /* libvirt's order: what belongs to the network protocol, the
     * seclabels of a local source (a network one keeps them unprinted),
     * then <auth> */
    if (disk->initiatorIQN) {
        virBufferAddLit(buf, "<initiator>\n");
        virBufferEscapeString(buf, "  <iqn name='%s'/>\n", disk->initiatorIQN);
        virBufferAddLit(buf, "</initiator>\n");
    }
    if (disk->sslVerify)
        virBufferAsprintf(buf, "<ssl verify='%s'/>\n", virTristateBoolTypeToString(disk->sslVerify));
    /* cookies may hold credentials */
    if (disk->ncookies && (flags & VIR_DOMAIN_XML_SECURE)) {
        virBufferAddLit(buf, "<cookies>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < disk->ncookies; i++) {
            virBufferEscapeString(buf, "<cookie name='%s'>", disk->cookieNames[i]);
            virBufferEscapeString(buf, "%s</cookie>\n", disk->cookieValues[i]);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</cookies>\n");
    }
    if (disk->readahead)
        virBufferAsprintf(buf, "<readahead size='%llu'/>\n", disk->readahead);
    if (disk->timeout)
        virBufferAsprintf(buf, "<timeout seconds='%llu'/>\n", disk->timeout);
    for (i = 0; i < disk->nseclabels && disk->type != VIR_DOMAIN_DISK_TYPE_NETWORK; i++) {
        const virDomainDeviceSeclabel *seclabel = &disk->seclabels[i];

        virBufferAddLit(buf, "<seclabel");
        virBufferEscapeString(buf, " model='%s'", seclabel->model);
        if (seclabel->relabel)
            virBufferAsprintf(buf, " relabel='%s'", virTristateBoolTypeToString(seclabel->relabel));
        if (seclabel->label) {
            virBufferAddLit(buf, ">\n");
            virBufferEscapeString(buf, "  <label>%s</label>\n", seclabel->label);
            virBufferAddLit(buf, "</seclabel>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
    if (disk->authUsername && disk->authInSource)
        virDomainDiskAuthFormat(buf, disk);
}

static void
virDomainDiskBackingStoreFormat(virBuffer *buf, const virDomainDiskBackingStore *store)
{
    if (!store)
        return;
    if (store->terminator) {
        virBufferAddLit(buf, "<backingStore/>\n");
        return;
    }
    virBufferAsprintf(buf, "<backingStore type='%s'>\n", virDomainDiskTypeTypeToString(store->type));
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<format type='%s'/>\n", store->format);
    if (store->path) {
        const char *attr = store->type == VIR_DOMAIN_DISK_TYPE_BLOCK ? "dev" :
                           store->type == VIR_DOMAIN_DISK_TYPE_DIR ? "dir" : "file";

        virBufferAsprintf(buf, "<source %s=", attr);
        virBufferEscapeString(buf, "'%s'/>\n", store->path);
    }
    virDomainDiskBackingStoreFormat(buf, store->next);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</backingStore>\n");
}

static void
virDomainDiskIotuneFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i;

    if (!disk->hasIotune)
        return;
    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    for (i = 0; i < VIR_DOMAIN_DISK_IOTUNE_LAST; i++) {
        if (i == VIR_DOMAIN_DISK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH)
            virBufferEscapeString(&child, "<group_name>%s</group_name>\n", disk->iotuneGroup);
        if (disk->iotune[i])
            virBufferAsprintf(&child, "<%s>%llu</%s>\n", virDomainDiskIotuneTypeToString(i),
                              disk->iotune[i], virDomainDiskIotuneTypeToString(i));
    }
    if (virBufferUse(&child) == 0)
        return;
    virBufferAddLit(buf, "<iotune>\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</iotune>\n");
}

static void
virDomainDiskSourceFormat(virBuffer *buf, const virDomainDiskDef *disk, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    const char *attr = NULL;
    size_t i;

    if (!disk->hasSource)
        return;
    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);

    switch (disk->type) {
    case VIR_DOMAIN_DISK_TYPE_FILE:
        attr = "file";
        break;
    case VIR_DOMAIN_DISK_TYPE_BLOCK:
        attr = "dev";
        break;
    case VIR_DOMAIN_DISK_TYPE_DIR:
        attr = "dir";
        break;
    case VIR_DOMAIN_DISK_TYPE_NETWORK:
        virBufferAsprintf(buf, "<source protocol='%s'",
                          virDomainDiskProtocolTypeToString(disk->protocol));
        virBufferEscapeString(buf, " name='%s'", disk->name);
        virBufferEscapeString(buf, " query='%s'", disk->query);
        if (disk->tls)
            virBufferAsprintf(buf, " tls='%s'", virTristateBoolTypeToString(disk->tls));
        if (disk->startupPolicy)
            virBufferAsprintf(buf, " startupPolicy='%s'",
                              virDomainStartupPolicyTypeToString(disk->startupPolicy));
        for (i = 0; i < disk->nhosts; i++) {
            const virDomainDiskHost *host = &disk->hosts[i];

            virBufferAddLit(&child, "<host");
            if (host->transport != VIR_DOMAIN_DISK_HOST_TRANSPORT_TCP)
                virBufferAsprintf(&child, " transport='%s'",
                                  virDomainDiskHostTransportTypeToString(host->transport));
            virBufferEscapeString(&child, " name='%s'", host->name);
            if (host->port)
                virBufferAsprintf(&child, " port='%u'", host->port);
            virBufferEscapeString(&child, " socket='%s'", host->socket);
            virBufferAddLit(&child, "/>\n");
        }
        virDomainDiskSourceChildrenFormat(&child, disk, flags);
        if (virBufferUse(&child) == 0) {
            virBufferAddLit(buf, "/>\n");
            return;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAddBuffer(buf, &child);
        virBufferAddLit(buf, "</source>\n");
        return;
    case VIR_DOMAIN_DISK_TYPE_VOLUME:
        virBufferAddLit(buf, "<source");
        virBufferEscapeString(buf, " pool='%s'", disk->pool);
        virBufferEscapeString(buf, " volume='%s'", disk->volume);
        if (disk->srcMode)
            virBufferAsprintf(buf, " mode='%s'", virDomainDiskSourceModeTypeToString(disk->srcMode));
        if (disk->startupPolicy)
            virBufferAsprintf(buf, " startupPolicy='%s'",
                              virDomainStartupPolicyTypeToString(disk->startupPolicy));
        virDomainDiskSourceChildrenFormat(&child, disk, flags);
        if (virBufferUse(&child) == 0) {
            virBufferAddLit(buf, "/>\n");
            return;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAddBuffer(buf, &child);
        virBufferAddLit(buf, "</source>\n");
        return;
    case VIR_DOMAIN_DISK_TYPE_NVME:
    case VIR_DOMAIN_DISK_TYPE_VHOST_USER:
    case VIR_DOMAIN_DISK_TYPE_LAST:
    default:
        return;
    }

    virDomainDiskSourceChildrenFormat(&child, disk, flags);
    /* file, block, dir: an empty source is left out */
    if (!disk->path && !disk->startupPolicy && virBufferUse(&child) == 0)
        return;
    virBufferAddLit(buf, "<source");
    if (disk->path) {
        virBufferAsprintf(buf, " %s=", attr);
        virBufferEscapeString(buf, "'%s'", disk->path);
    }
    if (disk->startupPolicy)
        virBufferAsprintf(buf, " startupPolicy='%s'",
                          virDomainStartupPolicyTypeToString(disk->startupPolicy));
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</source>\n");
}

static void
virDomainDiskDriverFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    g_auto(virBuffer) attrs = VIR_BUFFER_INITIALIZER;

    virBufferEscapeString(&attrs, " name='%s'", disk->driverName);
    virBufferEscapeString(&attrs, " type='%s'", disk->format);
    if (disk->cache)
        virBufferAsprintf(&attrs, " cache='%s'", virDomainDiskCacheTypeToString(disk->cache));
    if (disk->errorPolicy)
        virBufferAsprintf(&attrs, " error_policy='%s'",
                          virDomainDiskErrorPolicyTypeToString(disk->errorPolicy));
    if (disk->rerrorPolicy)
        virBufferAsprintf(&attrs, " rerror_policy='%s'",
                          virDomainDiskErrorPolicyTypeToString(disk->rerrorPolicy));
    if (disk->io)
        virBufferAsprintf(&attrs, " io='%s'", virDomainDiskIoTypeToString(disk->io));
    if (disk->ioeventfd)
        virBufferAsprintf(&attrs, " ioeventfd='%s'", virTristateSwitchTypeToString(disk->ioeventfd));
    if (disk->eventIdx)
        virBufferAsprintf(&attrs, " event_idx='%s'", virTristateSwitchTypeToString(disk->eventIdx));
    if (disk->copyOnRead)
        virBufferAsprintf(&attrs, " copy_on_read='%s'",
                          virTristateSwitchTypeToString(disk->copyOnRead));
    if (disk->discard)
        virBufferAsprintf(&attrs, " discard='%s'", virDomainDiskDiscardTypeToString(disk->discard));
    if (disk->iothread)
        virBufferAsprintf(&attrs, " iothread='%u'", disk->iothread);
    if (disk->detectZeroes)
        virBufferAsprintf(&attrs, " detect_zeroes='%s'",
                          virDomainDiskDetectZeroesTypeToString(disk->detectZeroes));
    if (disk->queues)
        virBufferAsprintf(&attrs, " queues='%u'", disk->queues);
    if (disk->queueSize)
        virBufferAsprintf(&attrs, " queue_size='%u'", disk->queueSize);
    if (virBufferUse(&attrs) == 0)
        return;
    virBufferAddLit(buf, "<driver");
    virBufferAddBuffer(buf, &attrs);
    virBufferAddLit(buf, "/>\n");
}

static void
virDomainDiskDefFormat(virBuffer *buf, const virDomainDiskDef *disk, unsigned int flags)
{
    virBufferAsprintf(buf, "<disk type='%s' device='%s'",
                      virDomainDiskTypeTypeToString(disk->type),
                      virDomainDiskDeviceTypeToString(disk->device));
    if (disk->model)
        virBufferAsprintf(buf, " model='%s'", virDomainDiskModelTypeToString(disk->model));
    if (disk->rawio)
        virBufferAsprintf(buf, " rawio='%s'", virTristateBoolTypeToString(disk->rawio));
    virBufferEscapeString(buf, " sgio='%s'", disk->sgio);
    if (disk->snapshot)
        virBufferAsprintf(buf, " snapshot='%s'", virDomainDiskSnapshotTypeToString(disk->snapshot));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virDomainDiskDriverFormat(buf, disk);
    if (disk->authUsername && !disk->authInSource)
        virDomainDiskAuthFormat(buf, disk);
    virDomainDiskSourceFormat(buf, disk, flags);
    virDomainDiskBackingStoreFormat(buf, disk->backingStore);
    if (disk->cyls || disk->heads || disk->secs || disk->trans) {
        virBufferAsprintf(buf, "<geometry cyls='%u' heads='%u' secs='%u'",
                          disk->cyls, disk->heads, disk->secs);
        virBufferEscapeString(buf, " trans='%s'", disk->trans);
        virBufferAddLit(buf, "/>\n");
    }
    if (disk->logicalBlockSize || disk->physicalBlockSize) {
        virBufferAddLit(buf, "<blockio");
        if (disk->logicalBlockSize)
            virBufferAsprintf(buf, " logical_block_size='%u'", disk->logicalBlockSize);
        if (disk->physicalBlockSize)
            virBufferAsprintf(buf, " physical_block_size='%u'", disk->physicalBlockSize);
        virBufferAddLit(buf, "/>\n");
    }

    virBufferEscapeString(buf, "<target dev='%s'", disk->dst);
    virBufferAsprintf(buf, " bus='%s'", virDomainDiskBusTypeToString(disk->bus));
    if ((disk->device == VIR_DOMAIN_DISK_DEVICE_CDROM ||
         disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY) &&
        disk->tray == VIR_DOMAIN_DISK_TRAY_OPEN)
        virBufferAsprintf(buf, " tray='%s'", virDomainDiskTrayTypeToString(disk->tray));
    if (disk->bus == VIR_DOMAIN_DISK_BUS_USB && disk->removable)
        virBufferAsprintf(buf, " removable='%s'", virTristateSwitchTypeToString(disk->removable));
    if (disk->rotationRate)
        virBufferAsprintf(buf, " rotation_rate='%u'", disk->rotationRate);
    virBufferAddLit(buf, "/>\n");
    virDomainDiskIotuneFormat(buf, disk);

    if (disk->readonly)
        virBufferAddLit(buf, "<readonly/>\n");
    if (disk->shareable)
        virBufferAddLit(buf, "<shareable/>\n");
    if (disk->transient)
        virBufferAddLit(buf, "<transient/>\n");
    virBufferEscapeString(buf, "<serial>%s</serial>\n", disk->serial);
    virBufferEscapeString(buf, "<wwn>%s</wwn>\n", disk->wwn);
    virBufferEscapeString(buf, "<vendor>%s</vendor>\n", disk->vendor);
    virBufferEscapeString(buf, "<product>%s</product>\n", disk->product);
    virDomainDeviceInfoFormat(buf, &disk->info, flags, true);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</disk>\n");
}

/* libvirt keeps disks grouped by bus, ordered by target, as they are parsed
 * (the bus is still "none" there when the target did not give one). */
static void
virDomainDiskInsert(virDomainDef *def, virDomainDiskDef *disk)
{
    int idx;
    int insertAt = -1;
    int newIdx = virDomainDiskNameToIndex(disk->dst);

    for (idx = (int)def->ndisks - 1; idx >= 0; idx--) {
        virDomainDiskDef *cur = def->disks[idx];

        if (cur->bus != disk->bus)
            continue;
        if (virDomainDiskNameToIndex(cur->dst) > newIdx)
            insertAt = idx;
        else if (insertAt == -1)
            insertAt = idx + 1;
    }
    if (insertAt == -1)
        insertAt = def->ndisks;
    memmove(&def->disks[insertAt + 1], &def->disks[insertAt],
            (def->ndisks - insertAt) * sizeof(def->disks[0]));
    def->disks[insertAt] = disk;
    def->ndisks++;
}

/* The port libvirt assumes for a network disk host without one. */
static unsigned int
virDomainDiskProtocolDefaultPort(virDomainDiskProtocol protocol)
{
    switch (protocol) {
    case VIR_DOMAIN_DISK_PROTOCOL_NBD:
        return 10809;
    case VIR_DOMAIN_DISK_PROTOCOL_SHEEPDOG:
        return 7000;
    case VIR_DOMAIN_DISK_PROTOCOL_GLUSTER:
        return 24007;
    case VIR_DOMAIN_DISK_PROTOCOL_ISCSI:
        return 3260;
    case VIR_DOMAIN_DISK_PROTOCOL_HTTP:
        return 80;
    case VIR_DOMAIN_DISK_PROTOCOL_HTTPS:
        return 443;
    case VIR_DOMAIN_DISK_PROTOCOL_FTP:
        return 21;
    case VIR_DOMAIN_DISK_PROTOCOL_FTPS:
        return 990;
    case VIR_DOMAIN_DISK_PROTOCOL_TFTP:
        return 69;
    case VIR_DOMAIN_DISK_PROTOCOL_SSH:
        return 22;
    case VIR_DOMAIN_DISK_PROTOCOL_VXHS:
        return 9999;
    case VIR_DOMAIN_DISK_PROTOCOL_NONE:
    case VIR_DOMAIN_DISK_PROTOCOL_RBD:
    case VIR_DOMAIN_DISK_PROTOCOL_NFS:
    case VIR_DOMAIN_DISK_PROTOCOL_LAST:
    default:
        return 0;
    }
}

static int
virDomainDiskPostParse(virDomainDiskDef *disk)
{
    size_t i;

    /* an empty network CD-ROM is an empty file one */
    if (disk->type == VIR_DOMAIN_DISK_TYPE_NETWORK && !disk->hasSource)
        disk->type = VIR_DOMAIN_DISK_TYPE_FILE;
    for (i = 0; i < disk->nhosts; i++) {
        if (disk->hosts[i].transport == VIR_DOMAIN_DISK_HOST_TRANSPORT_TCP &&
            disk->hosts[i].port == 0)
            disk->hosts[i].port = virDomainDiskProtocolDefaultPort(disk->protocol);
    }

    if (disk->bus == VIR_DOMAIN_DISK_BUS_NONE) {
        if (disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY)
            disk->bus = VIR_DOMAIN_DISK_BUS_FDC;
        else if (g_str_has_prefix(disk->dst, "hd"))
            disk->bus = VIR_DOMAIN_DISK_BUS_IDE;
        else if (g_str_has_prefix(disk->dst, "sd"))
            disk->bus = VIR_DOMAIN_DISK_BUS_SCSI;
        else if (g_str_has_prefix(disk->dst, "vd"))
            disk->bus = VIR_DOMAIN_DISK_BUS_VIRTIO;
        else if (g_str_has_prefix(disk->dst, "xvd"))
            disk->bus = VIR_DOMAIN_DISK_BUS_XEN;
        else if (g_str_has_prefix(disk->dst, "ubd"))
            disk->bus = VIR_DOMAIN_DISK_BUS_UML;
        else
            disk->bus = VIR_DOMAIN_DISK_BUS_IDE;
    }
    if (disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY && disk->bus != VIR_DOMAIN_DISK_BUS_FDC) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid bus type '%1$s' for floppy disk"),
                       virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }
    if (disk->device != VIR_DOMAIN_DISK_DEVICE_FLOPPY && disk->bus == VIR_DOMAIN_DISK_BUS_FDC) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid bus type '%1$s' for disk"),
                       virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }

    if (disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE) {
        int idx = virDomainDiskNameToIndex(disk->dst);
        virDomainDeviceDriveAddress *drive = &disk->info.addr.drive;

        if (idx < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("Unknown disk name '%1$s' and no address specified"),
                           disk->dst);
            return -1;
        }
        switch (disk->bus) {
        case VIR_DOMAIN_DISK_BUS_SCSI:
            disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
            drive->controller = idx / 7;
            drive->bus = 0;
            drive->unit = idx % 7;
            break;
        case VIR_DOMAIN_DISK_BUS_IDE:
            disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
            drive->controller = idx / 4;
            drive->bus = (idx % 4) / 2;
            drive->unit = idx % 2;
            break;
        case VIR_DOMAIN_DISK_BUS_SATA:
            disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
            drive->controller = idx / 6;
            drive->bus = 0;
            drive->unit = idx % 6;
            break;
        case VIR_DOMAIN_DISK_BUS_FDC:
            disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
            drive->controller = idx / 2;
            drive->bus = 0;
            drive->unit = idx % 2;
            break;
        case VIR_DOMAIN_DISK_BUS_NONE:
        case VIR_DOMAIN_DISK_BUS_VIRTIO:
        case VIR_DOMAIN_DISK_BUS_XEN:
        case VIR_DOMAIN_DISK_BUS_USB:
        case VIR_DOMAIN_DISK_BUS_UML:
        case VIR_DOMAIN_DISK_BUS_SD:
            break;
        case VIR_DOMAIN_DISK_BUS_LAST:
        default:
            virReportEnumRangeError(virDomainDiskBus, disk->bus);
            return -1;
        }
        drive->target = 0;
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * Controllers
 */

static virDomainControllerDef *
virDomainControllerDefNew(virDomainControllerType type, int idx)
{
    virDomainControllerDef *def = g_new0(virDomainControllerDef, 1);

    def->type = type;
    def->idx = idx;
    def->model = -1;
    def->chassisNr = -1;
    def->chassis = -1;
    def->port = -1;
    def->busNr = -1;
    def->targetIndex = -1;
    return def;
}

/* ports='' and vectors='': libvirt reads them as non-negative ints.
 * Returns 1 when set, 0 when absent, -1 with an error. */
static int
virDomainControllerCountParse(xmlNodePtr node, const char *name, unsigned int *result)
{
    int value;
    int rc;

    if ((rc = virXMLPropInt(node, name, 10, VIR_XML_PROP_NONE, &value, 0)) <= 0)
        return rc;
    if (value < 0) {
        g_autofree char *str = virXMLPropString(node, name);

        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected non-negative value"),
                       name, (const char *)node->name, str);
        return -1;
    }
    *result = value;
    return 1;
}

static virDomainControllerDef *
virDomainControllerDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainControllerDef) def = NULL;
    g_autofree char *model = NULL;
    xmlNodePtr cur;
    unsigned int type = VIR_DOMAIN_CONTROLLER_TYPE_IDE;
    int idx;
    int rc;

    if (virXMLPropEnum(node, "type", virDomainControllerTypeFromString, VIR_XML_PROP_NONE,
                       &type) < 0)
        return NULL;
    if (virXMLPropInt(node, "index", 10, VIR_XML_PROP_NONE, &idx, -1) < 0)
        return NULL;
    if (idx < -1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$d'. Expected non-negative integer value"),
                       "index", "controller", idx);
        return NULL;
    }
    def = virDomainControllerDefNew(type, idx);

    if ((model = virXMLPropString(node, "model"))) {
        if ((def->model = virDomainControllerModelFromString(def->type, model)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown model type '%1$s'"), model);
            return NULL;
        }
    }

    switch (def->type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        if ((rc = virDomainControllerCountParse(node, "ports", &def->ports)) < 0)
            return NULL;
        def->hasPorts = rc == 1;
        if ((rc = virDomainControllerCountParse(node, "vectors", &def->vectors)) < 0)
            return NULL;
        def->hasVectors = rc == 1;
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        if ((rc = virDomainControllerCountParse(node, "ports", &def->ports)) < 0)
            return NULL;
        def->hasPorts = rc == 1;
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
        if (virXMLPropUInt(node, "maxGrantFrames", 10, VIR_XML_PROP_NONE,
                           &def->maxGrantFrames) < 0 ||
            virXMLPropUInt(node, "maxEventChannels", 10, VIR_XML_PROP_NONE,
                           &def->maxEventChannels) < 0)
            return NULL;
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainControllerType, def->type);
        return NULL;
    }

    /* libvirt refuses repeated <model> and <target>, and reads the first of
     * the other children */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "model") || xmlStrEqual(cur->name, BAD_CAST "target")) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Multiple <%1$s> elements in controller definition not allowed"),
                           (const char *)cur->name);
            return NULL;
        }
    }
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "driver")) {
            if (virXMLPropUInt(cur, "queues", 10, VIR_XML_PROP_NONE, &def->queues) < 0 ||
                virXMLPropUInt(cur, "cmd_per_lun", 10, VIR_XML_PROP_NONE, &def->cmdPerLun) < 0 ||
                virXMLPropUInt(cur, "max_sectors", 10, VIR_XML_PROP_NONE, &def->maxSectors) < 0 ||
                virXMLPropTristateSwitch(cur, "ioeventfd", VIR_XML_PROP_NONE,
                                         &def->ioeventfd) < 0 ||
                virXMLPropUInt(cur, "iothread", 10, VIR_XML_PROP_NONE, &def->iothread) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "master") &&
                   def->type == VIR_DOMAIN_CONTROLLER_TYPE_USB) {
            if (virXMLPropUInt(cur, "startport", 10, VIR_XML_PROP_NONE,
                               &def->masterStartport) < 0)
                return NULL;
            def->hasMaster = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "model") &&
                   def->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI) {
            def->modelName = virXMLPropString(cur, "name");
        } else if (xmlStrEqual(cur->name, BAD_CAST "target") &&
                   def->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI) {
            if (virXMLPropInt(cur, "chassisNr", 10, VIR_XML_PROP_NONE, &def->chassisNr, -1) < 0 ||
                virXMLPropInt(cur, "chassis", 10, VIR_XML_PROP_NONE, &def->chassis, -1) < 0 ||
                virXMLPropInt(cur, "port", 0, VIR_XML_PROP_NONE, &def->port, -1) < 0 ||
                virXMLPropInt(cur, "busNr", 10, VIR_XML_PROP_NONE, &def->busNr, -1) < 0 ||
                virXMLPropInt(cur, "index", 10, VIR_XML_PROP_NONE, &def->targetIndex, -1) < 0)
                return NULL;
        }
    }
    if (def->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI) {
        g_autoptr(xmlXPathContext) ctxt = virDomainXPathContextAt(node);
        unsigned long long bytes;

        /* as libvirt: the first <pcihole64>, in KiB unless the first unit=''
         * says otherwise; empty is none */
        if (!ctxt)
            return NULL;
        if ((rc = virUnitsParseScaledValue("./pcihole64", NULL, ctxt, &bytes, 1024,
                                           ULLONG_MAX, false)) < 0)
            return NULL;
        if (rc == 1) {
            def->pcihole64 = bytes / 1024 + (bytes % 1024 ? 1 : 0);
            def->hasPCIHole64 = true;
        }
    }

    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainControllerDefFormat(virBuffer *buf, const virDomainControllerDef *def,
                             unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    const char *model = def->model >= 0 ?
        virDomainControllerModelToString(def->type, def->model) : NULL;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virBufferAsprintf(buf, "<controller type='%s' index='%d'",
                      virDomainControllerTypeToString(def->type), def->idx);
    if (model)
        virBufferAsprintf(buf, " model='%s'", model);
    switch (def->type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        if (def->hasPorts)
            virBufferAsprintf(buf, " ports='%u'", def->ports);
        if (def->hasVectors)
            virBufferAsprintf(buf, " vectors='%u'", def->vectors);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        if (def->hasPorts)
            virBufferAsprintf(buf, " ports='%u'", def->ports);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
        if (def->maxGrantFrames)
            virBufferAsprintf(buf, " maxGrantFrames='%u'", def->maxGrantFrames);
        if (def->maxEventChannels)
            virBufferAsprintf(buf, " maxEventChannels='%u'", def->maxEventChannels);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
    default:
        break;
    }

    if (def->queues || def->cmdPerLun || def->maxSectors || def->ioeventfd || def->iothread) {
        virBufferAddLit(&child, "<driver");
        if (def->queues)
            virBufferAsprintf(&child, " queues='%u'", def->queues);
        if (def->cmdPerLun)
            virBufferAsprintf(&child, " cmd_per_lun='%u'", def->cmdPerLun);
        if (def->maxSectors)
            virBufferAsprintf(&child, " max_sectors='%u'", def->maxSectors);
        if (def->ioeventfd)
            virBufferAsprintf(&child, " ioeventfd='%s'",
                              virTristateSwitchTypeToString(def->ioeventfd));
        if (def->iothread)
            virBufferAsprintf(&child, " iothread='%u'", def->iothread);
        virBufferAddLit(&child, "/>\n");
    }
    if (def->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI) {
        virBufferEscapeString(&child, "<model name='%s'/>\n", def->modelName);
        if (def->chassisNr != -1 || def->chassis != -1 || def->port != -1 ||
            def->busNr != -1 || def->targetIndex != -1) {
            virBufferAddLit(&child, "<target");
            if (def->chassisNr != -1)
                virBufferAsprintf(&child, " chassisNr='%d'", def->chassisNr);
            if (def->chassis != -1)
                virBufferAsprintf(&child, " chassis='%d'", def->chassis);
            if (def->port != -1)
                virBufferAsprintf(&child, " port='0x%x'", def->port);
            if (def->busNr != -1)
                virBufferAsprintf(&child, " busNr='%d'", def->busNr);
            if (def->targetIndex != -1)
                virBufferAsprintf(&child, " index='%d'", def->targetIndex);
            virBufferAddLit(&child, "/>\n");
        }
        if (def->hasPCIHole64)
            virBufferAsprintf(&child, "<pcihole64 unit='KiB'>%llu</pcihole64>\n",
                              def->pcihole64);
    }
    if (def->info.alias && (!(flags & VIR_DOMAIN_XML_INACTIVE) ||
                            g_str_has_prefix(def->info.alias, "ua-")))
        virBufferEscapeString(&child, "<alias name='%s'/>\n", def->info.alias);
    if (def->hasMaster)
        virBufferAsprintf(&child, "<master startport='%u'/>\n", def->masterStartport);
    {
        virDomainDeviceInfo info = def->info;

        info.alias = NULL;
        virDomainDeviceInfoFormat(&child, &info, flags, false);
    }

    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</controller>\n");
}

static virDomainControllerDef *
virDomainDefFindController(const virDomainDef *def, virDomainControllerType type, int idx)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == type && def->controllers[i]->idx == idx)
            return def->controllers[i];
    }
    return NULL;
}

static void
virDomainDefMaybeAddController(virDomainDef *def, virDomainControllerType type, int idx)
{
    if (virDomainDefFindController(def, type, idx))
        return;
    def->controllers = g_renew(virDomainControllerDef *, def->controllers,
                               def->ncontrollers + 1);
    def->controllers[def->ncontrollers++] = virDomainControllerDefNew(type, idx);
}

static int
virDomainControllerIndexCompare(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;

    return x < y ? -1 : x > y;
}

/* The controllers of @type that drive addresses of disks on @bus (and, for
 * SCSI, of hostdevs) need: every index from 0 to the highest one used,
 * missing ones appended in index order, as libvirt does.  libvirt adds
 * them whatever their number; here at most VIR_DOMAIN_IMPLICIT_MAX are
 * added, so that a target such as 'sdzzzzzz' is refused instead of
 * building tens of millions of controllers. */
static int
virDomainDefAddDiskControllers(virDomainDef *def, virDomainControllerType type,
                               virDomainDiskBus bus)
{
    const char *disk = NULL;     /* the target needing the highest index */
    int maxController = -1;
    g_autofree int *existing = NULL;
    size_t nexisting = 0;
    size_t missing;
    size_t i, j;
    int idx;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *cur = def->disks[i];

        if (cur->bus != bus || cur->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        /* addresses are at most INT_MAX (virDomainAddressControllerParse) */
        if ((int)cur->info.addr.drive.controller > maxController) {
            maxController = cur->info.addr.drive.controller;
            disk = cur->dst;
        }
    }
    if (type == VIR_DOMAIN_CONTROLLER_TYPE_SCSI) {
        for (i = 0; i < def->nhostdevs; i++) {
            const virDomainHostdevDef *hostdev = def->hostdevs[i];

            if (hostdev->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI &&
                hostdev->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
                (int)hostdev->info.addr.drive.controller > maxController) {
                maxController = hostdev->info.addr.drive.controller;
                disk = NULL;
            }
        }
    }
    if (maxController < 0)
        return 0;

    /* the indexes 0..maxController that exist already, sorted, once each */
    existing = g_new0(int, def->ncontrollers + 1);
    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *cur = def->controllers[i];

        if (cur->type == type && cur->idx >= 0 && cur->idx <= maxController)
            existing[nexisting++] = cur->idx;
    }
    qsort(existing, nexisting, sizeof(existing[0]), virDomainControllerIndexCompare);
    for (i = 0, j = 0; i < nexisting; i++) {
        if (j == 0 || existing[j - 1] != existing[i])
            existing[j++] = existing[i];
    }
    nexisting = j;

    missing = (size_t)maxController + 1 - nexisting;
    if (missing > VIR_DOMAIN_IMPLICIT_MAX) {
        if (disk)
            virReportError(VIR_ERR_XML_ERROR,
                           _("disk '%1$s' needs %2$zu implicit '%3$s' controllers (up to index %4$d), more than the limit of %5$d"),
                           disk, missing, virDomainControllerTypeToString(type), maxController,
                           VIR_DOMAIN_IMPLICIT_MAX);
        else
            virReportError(VIR_ERR_XML_ERROR,
                           _("SCSI hostdev needs %1$zu implicit 'scsi' controllers (up to index %2$d), more than the limit of %3$d"),
                           missing, maxController, VIR_DOMAIN_IMPLICIT_MAX);
        return -1;
    }
    if (missing == 0)
        return 0;

    def->controllers = g_renew(virDomainControllerDef *, def->controllers,
                               def->ncontrollers + missing);
    for (idx = 0, j = 0; idx <= maxController; idx++) {
        if (j < nexisting && existing[j] == idx) {
            j++;
            continue;
        }
        def->controllers[def->ncontrollers++] = virDomainControllerDefNew(type, idx);
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * Network interfaces
 */

static bool
virDomainNetTypeNeedsSource(virDomainNetType type)
{
    switch (type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
    case VIR_DOMAIN_NET_TYPE_DIRECT:
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
    case VIR_DOMAIN_NET_TYPE_VDPA:
        return true;
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_VDS:
    case VIR_DOMAIN_NET_TYPE_LAST:
    default:
        return false;
    }
}

static char *
virDomainNetSourceRequire(xmlNodePtr source, const char *attr)
{
    char *value = virXMLPropString(source, attr);

    if (!value)
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"),
                       attr, "source");
    return value;
}

static int
virDomainNetSourceParse(xmlNodePtr source, virDomainNetDef *net)
{
    unsigned int val;
    xmlNodePtr local;

    switch (net->type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
        if (!(net->network = virDomainNetSourceRequire(source, "network")))
            return -1;
        net->portgroup = virXMLPropString(source, "portgroup");
        break;
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
        if (!(net->bridge = virDomainNetSourceRequire(source, "bridge")))
            return -1;
        break;
    case VIR_DOMAIN_NET_TYPE_DIRECT:
        if (!(net->dev = virDomainNetSourceRequire(source, "dev")))
            return -1;
        val = VIR_DOMAIN_NET_MACVLAN_MODE_VEPA;
        if (virXMLPropEnum(source, "mode", virDomainNetMacvlanModeTypeFromString,
                           VIR_XML_PROP_NONE, &val) < 0)
            return -1;
        net->mode = val;
        break;
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
        if (net->type == VIR_DOMAIN_NET_TYPE_SERVER)
            net->sockAddress = virXMLPropString(source, "address");
        else if (!(net->sockAddress = virDomainNetSourceRequire(source, "address")))
            return -1;
        if (virXMLPropUInt(source, "port", 10, VIR_XML_PROP_REQUIRED, &net->sockPort) < 0)
            return -1;
        if (net->type == VIR_DOMAIN_NET_TYPE_UDP &&
            (local = virDomainChildElement(source, "local"))) {
            net->localAddress = virXMLPropString(local, "address");
            if (virXMLPropUInt(local, "port", 10, VIR_XML_PROP_NONE, &net->localPort) < 0)
                return -1;
        }
        break;
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
        if (!(net->vhostType = virDomainNetSourceRequire(source, "type")))
            return -1;
        net->vhostPath = virXMLPropString(source, "path");
        net->vhostMode = virXMLPropString(source, "mode");
        break;
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
        if (!(net->internalName = virDomainNetSourceRequire(source, "name")))
            return -1;
        break;
    case VIR_DOMAIN_NET_TYPE_VDPA:
        if (!(net->vdpaDev = virDomainNetSourceRequire(source, "dev")))
            return -1;
        break;
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_VDS:
        break;
    case VIR_DOMAIN_NET_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainNetType, net->type);
        return -1;
    }
    return 0;
}

/* The first <driver> of the interface @node; its offload settings are
 * libvirt's "./driver/host" and "./driver/guest": the first <host> and
 * <guest> of any <driver>. */
static int
virDomainNetDriverParse(xmlNodePtr node, xmlNodePtr driver, virDomainNetDef *net)
{
    unsigned int val = VIR_DOMAIN_NET_BACKEND_DEFAULT;

    if (virXMLPropEnum(driver, "name", virDomainNetDriverNameTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    net->driverName = val;
    if (virXMLPropUInt(driver, "queues", 10, VIR_XML_PROP_NONE, &net->queues) < 0 ||
        virXMLPropUInt(driver, "rx_queue_size", 10, VIR_XML_PROP_NONE, &net->rxQueueSize) < 0 ||
        virXMLPropUInt(driver, "tx_queue_size", 10, VIR_XML_PROP_NONE, &net->txQueueSize) < 0 ||
        virXMLPropTristateSwitch(driver, "ioeventfd", VIR_XML_PROP_NONE, &net->ioeventfd) < 0 ||
        virXMLPropTristateSwitch(driver, "event_idx", VIR_XML_PROP_NONE, &net->eventIdx) < 0)
        return -1;
    /* one queue is the same as none */
    if (net->queues == 1)
        net->queues = 0;
    {
        xmlNodePtr host = NULL;
        xmlNodePtr guest = NULL;
        xmlNodePtr cur;
        size_t i;

        for (cur = node->children; cur && (!host || !guest); cur = cur->next) {
            if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "driver"))
                continue;
            if (!host)
                host = virDomainChildElement(cur, "host");
            if (!guest)
                guest = virDomainChildElement(cur, "guest");
        }

        for (i = 0; host && i < G_N_ELEMENTS(virDomainNetDriverHostAttrs); i++) {
            if (virXMLPropTristateSwitch(host, virDomainNetDriverHostAttrs[i], VIR_XML_PROP_NONE,
                                         &net->driverHost[i]) < 0)
                return -1;
        }
        for (i = 0; guest && i < G_N_ELEMENTS(virDomainNetDriverGuestAttrs); i++) {
            if (virXMLPropTristateSwitch(guest, virDomainNetDriverGuestAttrs[i],
                                         VIR_XML_PROP_NONE, &net->driverGuest[i]) < 0)
                return -1;
        }
    }
    return 0;
}

static int
virDomainNetVlanParse(xmlNodePtr vlan, virDomainNetDef *net)
{
    xmlNodePtr tag;

    net->hasVlan = true;
    if (virXMLPropTristateBool(vlan, "trunk", VIR_XML_PROP_NONE, &net->vlanTrunk) < 0)
        return -1;
    for (tag = vlan->children; tag; tag = tag->next) {
        if (tag->type != XML_ELEMENT_NODE || !xmlStrEqual(tag->name, BAD_CAST "tag"))
            continue;
        net->vlanTags = g_renew(unsigned int, net->vlanTags, net->nvlanTags + 1);
        net->vlanNativeModes = g_renew(char *, net->vlanNativeModes, net->nvlanTags + 1);
        net->vlanNativeModes[net->nvlanTags] = NULL;
        if (virXMLPropUInt(tag, "id", 10, VIR_XML_PROP_REQUIRED,
                           &net->vlanTags[net->nvlanTags]) < 0)
            return -1;
        net->vlanNativeModes[net->nvlanTags] = virXMLPropString(tag, "nativeMode");
        net->nvlanTags++;
    }
    if (net->nvlanTags == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing tag id - each <vlan> must have at least one <tag id='n'/> subelement"));
        return -1;
    }
    return 0;
}

static int
virDomainNetBandwidthParse(xmlNodePtr bandwidth, virDomainNetDef *net)
{
    xmlNodePtr cur;

    for (cur = bandwidth->children; cur; cur = cur->next) {
        int dir;
        size_t i;

        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "inbound"))
            dir = 0;
        else if (xmlStrEqual(cur->name, BAD_CAST "outbound"))
            dir = 1;
        else
            continue;
        if (net->hasBandwidth[dir]) {
            virRaiseErrorRaw(VIR_FROM_NONE, VIR_ERR_XML_DETAIL, VIR_ERR_ERROR, NULL, NULL, NULL,
                             -1, -1, dir == 0 ? _("Only one child <inbound> element allowed")
                                              : _("Only one child <outbound> element allowed"));
            return -1;
        }
        net->hasBandwidth[dir] = true;
        for (i = 0; i < G_N_ELEMENTS(virDomainNetBandwidthAttrs); i++) {
            if (virXMLPropULongLong(cur, virDomainNetBandwidthAttrs[i], 10, VIR_XML_PROP_NONE,
                                    &net->bandwidth[dir][i]) < 0)
                return -1;
        }
    }
    return 0;
}

static virDomainNetDef *
virDomainNetDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainNetDef) net = g_new0(virDomainNetDef, 1);
    g_autofree char *macaddr = NULL;
    xmlNodePtr cur;
    bool haveSource = false;
    unsigned int val;

    val = VIR_DOMAIN_NET_TYPE_USER;
    if (virXMLPropEnum(node, "type", virDomainNetTypeFromString, VIR_XML_PROP_NONE, &val) < 0)
        return NULL;
    net->type = val;
    if (virXMLPropTristateBool(node, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                               &net->trustGuestRxFilters) < 0)
        return NULL;
    if (net->type == VIR_DOMAIN_NET_TYPE_HOSTDEV &&
        virXMLPropTristateBool(node, "managed", VIR_XML_PROP_NONE, &net->managed) < 0)
        return NULL;

    /* each child counts once, the first time, as in libvirt; <model type=''>
     * and <script path=''> are its "string(./model/@type)" and the like:
     * the first one given */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "mac")) {
            val = VIR_DOMAIN_NET_MAC_TYPE_DEFAULT;
            /* <mac/> without an address gets a generated one */
            macaddr = virXMLPropString(cur, "address");
            if (virXMLPropEnum(cur, "type", virDomainNetMacTypeTypeFromString,
                               VIR_XML_PROP_NONZERO, &val) < 0 ||
                virXMLPropTristateBool(cur, "check", VIR_XML_PROP_NONE, &net->macCheck) < 0)
                return NULL;
            net->macType = val;
        } else if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            haveSource = true;
            if (virDomainNetSourceParse(cur, net) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "target")) {
            net->ifname = virXMLPropString(cur, "dev");
            if (net->ifname && (flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) &&
                (g_str_has_prefix(net->ifname, "vnet") ||
                 g_str_has_prefix(net->ifname, "macvtap") ||
                 g_str_has_prefix(net->ifname, "macvlan")))
                g_clear_pointer(&net->ifname, g_free);
            if (net->type == VIR_DOMAIN_NET_TYPE_ETHERNET &&
                virXMLPropTristateBool(cur, "managed", VIR_XML_PROP_NONE,
                                       &net->ifnameManaged) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "model")) {
            g_autofree char *model = virDomainChildAttr(node, "model", "type");
            int m;

            if (model) {
                if ((m = virDomainNetModelTypeFromString(model)) > 0) {
                    net->model = m;
                } else {
                    size_t i;

                    for (i = 0; model[i]; i++) {
                        if (!g_ascii_isalnum(model[i]) && model[i] != '_' && model[i] != '-') {
                            virReportError(VIR_ERR_INVALID_ARG, "%s",
                                           _("Model name contains invalid characters"));
                            return NULL;
                        }
                    }
                    net->modelName = g_steal_pointer(&model);
                }
            }
        } else if (xmlStrEqual(cur->name, BAD_CAST "driver")) {
            if (virDomainNetDriverParse(node, cur, net) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "backend")) {
            net->backendTap = virXMLPropString(cur, "tap");
            net->backendVhost = virXMLPropString(cur, "vhost");
        } else if (xmlStrEqual(cur->name, BAD_CAST "script")) {
            net->script = virDomainChildAttr(node, "script", "path");
        } else if (xmlStrEqual(cur->name, BAD_CAST "downscript")) {
            net->downscript = virDomainChildAttr(node, "downscript", "path");
        } else if (xmlStrEqual(cur->name, BAD_CAST "filterref") &&
                   (net->type == VIR_DOMAIN_NET_TYPE_ETHERNET ||
                    net->type == VIR_DOMAIN_NET_TYPE_NETWORK ||
                    net->type == VIR_DOMAIN_NET_TYPE_BRIDGE)) {
            /* libvirt keeps a filter only for these types */
            xmlNodePtr param;

            net->filter = virXMLPropString(cur, "filter");
            for (param = cur->children; param; param = param->next) {
                g_autofree char *pname = NULL;
                g_autofree char *pvalue = NULL;

                if (param->type != XML_ELEMENT_NODE ||
                    !xmlStrEqual(param->name, BAD_CAST "parameter"))
                    continue;
                /* as libvirt: a parameter without a name or a value is dropped */
                pname = virXMLPropString(param, "name");
                pvalue = virXMLPropString(param, "value");
                if (!pname || !pvalue)
                    continue;
                net->filterParamNames = g_renew(char *, net->filterParamNames,
                                                net->nfilterParams + 1);
                net->filterParamValues = g_renew(char *, net->filterParamValues,
                                                 net->nfilterParams + 1);
                net->filterParamNames[net->nfilterParams] = g_steal_pointer(&pname);
                net->filterParamValues[net->nfilterParams] = g_steal_pointer(&pvalue);
                net->nfilterParams++;
            }
        } else if (xmlStrEqual(cur->name, BAD_CAST "vlan")) {
            if (virDomainNetVlanParse(cur, net) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "virtualport")) {
            xmlNodePtr params = virDomainChildElement(cur, "parameters");
            size_t i;

            net->vportType = virXMLPropString(cur, "type");
            if (!net->vportType) {
                net->vportType = g_strdup("");
            } else if (!g_str_equal(net->vportType, "802.1Qbg") &&
                       !g_str_equal(net->vportType, "802.1Qbh") &&
                       !g_str_equal(net->vportType, "openvswitch") &&
                       !g_str_equal(net->vportType, "midonet")) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown virtualport type %1$s"),
                               net->vportType);
                return NULL;
            }
            for (i = 0; params && i < G_N_ELEMENTS(virDomainNetVPortParams); i++) {
                unsigned char uuid[VIR_UUID_BUFLEN];

                net->vportParams[i] = virXMLPropString(params, virDomainNetVPortParams[i]);
                if (net->vportParams[i] &&
                    (g_str_equal(virDomainNetVPortParams[i], "instanceid") ||
                     g_str_equal(virDomainNetVPortParams[i], "interfaceid")) &&
                    virUUIDParse(net->vportParams[i], uuid) < 0) {
                    virReportError(VIR_ERR_XML_ERROR,
                                   _("cannot parse %1$s parameter as a uuid"),
                                   virDomainNetVPortParams[i]);
                    return NULL;
                }
            }
        } else if (xmlStrEqual(cur->name, BAD_CAST "bandwidth")) {
            if (virDomainNetBandwidthParse(cur, net) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "link")) {
            /* libvirt's "string(./link/@state)" and "./mtu/@size": the
             * first one given */
            xmlNodePtr link = virDomainChildWithAttr(node, "link", "state");

            val = 0;
            if (link && virXMLPropEnum(link, "state", virDomainNetLinkStateTypeFromString,
                                       VIR_XML_PROP_NONZERO, &val) < 0)
                return NULL;
            net->linkstate = val;
        } else if (xmlStrEqual(cur->name, BAD_CAST "mtu")) {
            xmlNodePtr mtu = virDomainChildWithAttr(node, "mtu", "size");

            if (mtu && virXMLPropUInt(mtu, "size", 10, VIR_XML_PROP_NONZERO, &net->mtu) < 0)
                return NULL;
        }
    }

    if (macaddr) {
        if (virDomainMacParse(macaddr, net->mac) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unable to parse mac address '%1$s'"),
                           macaddr);
            return NULL;
        }
        if (net->mac[0] & 1) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("expected unicast mac address, found multicast '%1$s'"), macaddr);
            return NULL;
        }
    } else {
        memcpy(net->mac, virDomainMacPrefix, sizeof(virDomainMacPrefix));
        net->mac[3] = g_random_int_range(0, 256);
        net->mac[4] = g_random_int_range(0, 256);
        net->mac[5] = g_random_int_range(0, 256);
        net->macGenerated = true;
    }

    /* libvirt keeps the vhost device of <backend> for virtio models only */
    if (net->model != VIR_DOMAIN_NET_MODEL_VIRTIO &&
        net->model != VIR_DOMAIN_NET_MODEL_VIRTIO_TRANSITIONAL &&
        net->model != VIR_DOMAIN_NET_MODEL_VIRTIO_NON_TRANSITIONAL)
        g_clear_pointer(&net->backendVhost, g_free);

    if (!haveSource && virDomainNetTypeNeedsSource(net->type)) {
        virReportError(VIR_ERR_XML_ERROR, _("interface type='%1$s' requires a 'source' element"),
                       virDomainNetTypeToString(net->type));
        return NULL;
    }
    if (virDomainDeviceInfoParse(node, &net->info, flags, true, true) < 0)
        return NULL;
    return g_steal_pointer(&net);
}

static void
virDomainNetSourceFormat(virBuffer *buf, const virDomainNetDef *net)
{
    switch (net->type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
        virBufferEscapeString(buf, "<source network='%s'", net->network);
        virBufferEscapeString(buf, " portgroup='%s'", net->portgroup);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
        virBufferEscapeString(buf, "<source bridge='%s'/>\n", net->bridge);
        break;
    case VIR_DOMAIN_NET_TYPE_DIRECT:
        virBufferEscapeString(buf, "<source dev='%s'", net->dev);
        virBufferAsprintf(buf, " mode='%s'/>\n", virDomainNetMacvlanModeTypeToString(net->mode));
        break;
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
        virBufferAddLit(buf, "<source");
        virBufferEscapeString(buf, " address='%s'", net->sockAddress);
        virBufferAsprintf(buf, " port='%u'", net->sockPort);
        if (net->type == VIR_DOMAIN_NET_TYPE_UDP && (net->localAddress || net->localPort)) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virBufferAddLit(buf, "<local");
            virBufferEscapeString(buf, " address='%s'", net->localAddress);
            virBufferAsprintf(buf, " port='%u'/>\n", net->localPort);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</source>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
        break;
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
        virBufferAddLit(buf, "<source");
        virBufferEscapeString(buf, " type='%s'", net->vhostType);
        virBufferEscapeString(buf, " path='%s'", net->vhostPath);
        virBufferEscapeString(buf, " mode='%s'", net->vhostMode);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
        virBufferEscapeString(buf, "<source name='%s'/>\n", net->internalName);
        break;
    case VIR_DOMAIN_NET_TYPE_VDPA:
        virBufferEscapeString(buf, "<source dev='%s'/>\n", net->vdpaDev);
        break;
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_VDS:
    case VIR_DOMAIN_NET_TYPE_LAST:
    default:
        break;
    }
}

static bool
virDomainNetHasOffloads(const virDomainNetDef *net)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(net->driverHost); i++) {
        if (net->driverHost[i])
            return true;
    }
    for (i = 0; i < G_N_ELEMENTS(net->driverGuest); i++) {
        if (net->driverGuest[i])
            return true;
    }
    return false;
}

/* Ends the <driver> element, with its <host/> and <guest/> offloads. */
static void
virDomainNetDriverOffloadFormat(virBuffer *buf, const virDomainNetDef *net)
{
    g_auto(virBuffer) host = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) guest = VIR_BUFFER_INITIALIZER;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virDomainNetDriverHostAttrs); i++) {
        if (net->driverHost[i])
            virBufferAsprintf(&host, " %s='%s'", virDomainNetDriverHostAttrs[i],
                              virTristateSwitchTypeToString(net->driverHost[i]));
    }
    for (i = 0; i < G_N_ELEMENTS(virDomainNetDriverGuestAttrs); i++) {
        if (net->driverGuest[i])
            virBufferAsprintf(&guest, " %s='%s'", virDomainNetDriverGuestAttrs[i],
                              virTristateSwitchTypeToString(net->driverGuest[i]));
    }
    if (virBufferUse(&host) == 0 && virBufferUse(&guest) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    if (virBufferUse(&host)) {
        virBufferAddLit(buf, "<host");
        virBufferAddBuffer(buf, &host);
        virBufferAddLit(buf, "/>\n");
    }
    if (virBufferUse(&guest)) {
        virBufferAddLit(buf, "<guest");
        virBufferAddBuffer(buf, &guest);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</driver>\n");
}

static void
virDomainNetDefFormat(virBuffer *buf, const virDomainNetDef *net, unsigned int flags)
{
    char macstr[18];

    virBufferAsprintf(buf, "<interface type='%s'", virDomainNetTypeToString(net->type));
    if (net->type == VIR_DOMAIN_NET_TYPE_HOSTDEV && net->managed == VIR_TRISTATE_BOOL_YES)
        virBufferAddLit(buf, " managed='yes'");
    if (net->trustGuestRxFilters)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(net->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virDomainMacFormat(net->mac, macstr);
    virBufferAsprintf(buf, "<mac address='%s'", macstr);
    if (net->macType)
        virBufferAsprintf(buf, " type='%s'", virDomainNetMacTypeTypeToString(net->macType));
    if (net->macCheck)
        virBufferAsprintf(buf, " check='%s'", virTristateBoolTypeToString(net->macCheck));
    virBufferAddLit(buf, "/>\n");

    virDomainNetSourceFormat(buf, net);
    if (net->hasVlan) {
        size_t i;

        virBufferAddLit(buf, "<vlan");
        if (net->vlanTrunk)
            virBufferAsprintf(buf, " trunk='%s'", virTristateBoolTypeToString(net->vlanTrunk));
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < net->nvlanTags; i++) {
            virBufferAsprintf(buf, "<tag id='%u'", net->vlanTags[i]);
            virBufferEscapeString(buf, " nativeMode='%s'", net->vlanNativeModes[i]);
            virBufferAddLit(buf, "/>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</vlan>\n");
    }
    if (net->vportType) {
        bool any = false;
        size_t i;

        virBufferAddLit(buf, "<virtualport");
        if (*net->vportType)
            virBufferEscapeString(buf, " type='%s'", net->vportType);
        for (i = 0; i < G_N_ELEMENTS(net->vportParams); i++)
            any |= net->vportParams[i] != NULL;
        if (any) {
            virBufferAddLit(buf, ">\n");
            virBufferAddLit(buf, "  <parameters");
            for (i = 0; i < G_N_ELEMENTS(net->vportParams); i++) {
                if (!net->vportParams[i])
                    continue;
                virBufferAsprintf(buf, " %s=", virDomainNetVPortParams[i]);
                virBufferEscapeString(buf, "'%s'", net->vportParams[i]);
            }
            virBufferAddLit(buf, "/>\n");
            virBufferAddLit(buf, "</virtualport>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
    if (net->hasBandwidth[0] || net->hasBandwidth[1]) {
        static const char *const dirs[] = { "inbound", "outbound" };
        size_t d, i;

        virBufferAddLit(buf, "<bandwidth>\n");
        virBufferAdjustIndent(buf, 2);
        for (d = 0; d < 2; d++) {
            if (!net->hasBandwidth[d])
                continue;
            virBufferAsprintf(buf, "<%s", dirs[d]);
            for (i = 0; i < G_N_ELEMENTS(virDomainNetBandwidthAttrs); i++) {
                if (net->bandwidth[d][i])
                    virBufferAsprintf(buf, " %s='%llu'", virDomainNetBandwidthAttrs[i],
                                      net->bandwidth[d][i]);
            }
            virBufferAddLit(buf, "/>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</bandwidth>\n");
    }
    virBufferEscapeString(buf, "<script path='%s'/>\n", net->script);
    virBufferEscapeString(buf, "<downscript path='%s'/>\n", net->downscript);
    if (net->ifname) {
        virBufferEscapeString(buf, "<target dev='%s'", net->ifname);
        if (net->ifnameManaged == VIR_TRISTATE_BOOL_NO)
            virBufferAddLit(buf, " managed='no'");
        virBufferAddLit(buf, "/>\n");
    }
    if (net->model)
        virBufferAsprintf(buf, "<model type='%s'/>\n", virDomainNetModelTypeToString(net->model));
    else
        virBufferEscapeString(buf, "<model type='%s'/>\n", net->modelName);

    if (net->driverName || net->queues || net->rxQueueSize || net->txQueueSize ||
        net->ioeventfd || net->eventIdx || virDomainNetHasOffloads(net)) {
        virBufferAddLit(buf, "<driver");
        if (net->driverName)
            virBufferAsprintf(buf, " name='%s'", virDomainNetDriverNameTypeToString(net->driverName));
        if (net->ioeventfd)
            virBufferAsprintf(buf, " ioeventfd='%s'", virTristateSwitchTypeToString(net->ioeventfd));
        if (net->eventIdx)
            virBufferAsprintf(buf, " event_idx='%s'", virTristateSwitchTypeToString(net->eventIdx));
        if (net->queues)
            virBufferAsprintf(buf, " queues='%u'", net->queues);
        if (net->rxQueueSize)
            virBufferAsprintf(buf, " rx_queue_size='%u'", net->rxQueueSize);
        if (net->txQueueSize)
            virBufferAsprintf(buf, " tx_queue_size='%u'", net->txQueueSize);
        virDomainNetDriverOffloadFormat(buf, net);
    }
    if (net->backendTap || net->backendVhost) {
        virBufferAddLit(buf, "<backend");
        virBufferEscapeString(buf, " tap='%s'", net->backendTap);
        virBufferEscapeString(buf, " vhost='%s'", net->backendVhost);
        virBufferAddLit(buf, "/>\n");
    }
    if (net->filter) {
        size_t i;

        virBufferEscapeString(buf, "<filterref filter='%s'", net->filter);
        if (net->nfilterParams == 0) {
            virBufferAddLit(buf, "/>\n");
        } else {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            for (i = 0; i < net->nfilterParams; i++) {
                virBufferEscapeString(buf, "<parameter name='%s'", net->filterParamNames[i]);
                virBufferEscapeString(buf, " value='%s'/>\n", net->filterParamValues[i]);
            }
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</filterref>\n");
        }
    }
    if (net->linkstate)
        virBufferAsprintf(buf, "<link state='%s'/>\n",
                          virDomainNetLinkStateTypeToString(net->linkstate));
    if (net->mtu)
        virBufferAsprintf(buf, "<mtu size='%u'/>\n", net->mtu);
    virDomainDeviceInfoFormat(buf, &net->info, flags, true);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</interface>\n");
}

/**
 * virDomainNetGenerateIfnames:
 * @def: the definition
 * @prefix: name prefix, "testnet" for libvirt's test driver
 *
 * Gives every interface without a <target dev=''/> the lowest unused name
 * PREFIXn, as libvirt's test driver does when it defines a domain.
 *
 * Returns 0, or -1 with an error reported when no name is free.
 */
int
virDomainNetGenerateIfnames(virDomainDef *def, const char *prefix)
{
    size_t i;

    for (i = 0; i < def->nnets; i++) {
        int ctr;

        if (def->nets[i]->ifname)
            continue;
        for (ctr = 0; ctr < 1000; ctr++) {
            g_autofree char *name = g_strdup_printf("%s%d", prefix, ctr);
            bool used = false;
            size_t j;

            for (j = 0; j < def->nnets; j++) {
                if (g_strcmp0(def->nets[j]->ifname, name) == 0)
                    used = true;
            }
            if (!used) {
                def->nets[i]->ifname = g_steal_pointer(&name);
                break;
            }
        }
        if (!def->nets[i]->ifname) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("Exceeded max iface limit 1000"));
            return -1;
        }
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * Input devices
 */

static virDomainInputDef *
virDomainInputDefParse(xmlNodePtr node, const virDomainDef *dom, unsigned int flags)
{
    g_autoptr(virDomainInputDef) input = g_new0(virDomainInputDef, 1);
    g_autofree char *type = virXMLPropString(node, "type");
    xmlNodePtr source;
    int t;

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing input device type"));
        return NULL;
    }
    if ((t = virDomainInputTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input device type '%1$s'"), type);
        return NULL;
    }
    input->type = t;
    {
        g_autofree char *bus = virXMLPropString(node, "bus");
        g_autofree char *model = virXMLPropString(node, "model");

        if (bus && (t = virDomainInputBusTypeFromString(bus)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input bus type '%1$s'"), bus);
            return NULL;
        }
        input->bus = bus ? t : VIR_DOMAIN_INPUT_BUS_DEFAULT;
        if (model && (t = virDomainInputModelTypeFromString(model)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input model '%1$s'"), model);
            return NULL;
        }
        input->model = model ? t : VIR_DOMAIN_INPUT_MODEL_DEFAULT;
    }

    if ((source = virDomainChildElement(node, "source"))) {
        input->evdev = virXMLPropString(source, "evdev");
        input->sourceDev = virXMLPropString(source, "dev");
    }
    /* as libvirt: a <source> must name the device, none at all is fine */
    if (source &&
        ((input->type == VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH && !input->evdev) ||
         (input->type == VIR_DOMAIN_INPUT_TYPE_EVDEV && !input->sourceDev))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing evdev path for input device"));
        return NULL;
    }

    if (input->bus == VIR_DOMAIN_INPUT_BUS_DEFAULT) {
        if (dom->osType == VIR_DOMAIN_OSTYPE_HVM) {
            if (input->type == VIR_DOMAIN_INPUT_TYPE_MOUSE ||
                input->type == VIR_DOMAIN_INPUT_TYPE_KBD)
                input->bus = VIR_DOMAIN_INPUT_BUS_PS2;
            else if (input->type == VIR_DOMAIN_INPUT_TYPE_TABLET)
                input->bus = VIR_DOMAIN_INPUT_BUS_USB;
            else if (input->type == VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH)
                input->bus = VIR_DOMAIN_INPUT_BUS_VIRTIO;
        } else if (dom->osType == VIR_DOMAIN_OSTYPE_XEN ||
                   dom->osType == VIR_DOMAIN_OSTYPE_XENPVH ||
                   dom->osType == VIR_DOMAIN_OSTYPE_LINUX) {
            input->bus = VIR_DOMAIN_INPUT_BUS_XEN;
        }
    }

    if (virDomainDeviceInfoParse(node, &input->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&input);
}

static void
virDomainInputDefFormat(virBuffer *buf, const virDomainInputDef *input, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virBufferAsprintf(buf, "<input type='%s'", virDomainInputTypeToString(input->type));
    if (input->bus)
        virBufferAsprintf(buf, " bus='%s'", virDomainInputBusTypeToString(input->bus));
    if (input->model)
        virBufferAsprintf(buf, " model='%s'", virDomainInputModelTypeToString(input->model));

    if (input->evdev || input->sourceDev) {
        virBufferAddLit(&child, "<source");
        virBufferEscapeString(&child, " evdev='%s'", input->evdev);
        virBufferEscapeString(&child, " dev='%s'", input->sourceDev);
        virBufferAddLit(&child, "/>\n");
    }
    virDomainDeviceInfoFormat(&child, &input->info, flags, false);
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</input>\n");
}


/* ---------------------------------------------------------------------
 * Graphics
 */

/* SPICE children that are one attribute each, in libvirt's order, with the
 * values each accepts. */
static const char *const virDomainGraphicsSpiceValues[][8] = {
    { "auto_glz", "auto_lz", "quic", "glz", "lz", "off", NULL },
    { "auto", "never", "always", NULL },
    { "auto", "never", "always", NULL },
    { "on", "off", NULL },
    { "filter", "all", "off", NULL },
    { "server", "client", NULL },
    { "yes", "no", NULL },
    { "yes", "no", NULL },
};
static const char *const virDomainGraphicsSpiceChildren[][2] = {
    { "image", "compression" },
    { "jpeg", "compression" },
    { "zlib", "compression" },
    { "playback", "compression" },
    { "streaming", "mode" },
    { "mouse", "mode" },
    { "clipboard", "copypaste" },
    { "filetransfer", "enable" },
};
#define VIR_DOMAIN_GRAPHICS_SPICE_CHILDREN G_N_ELEMENTS(virDomainGraphicsSpiceChildren)

G_STATIC_ASSERT(VIR_DOMAIN_GRAPHICS_SPICE_CHILDREN ==
                G_N_ELEMENTS(((virDomainGraphicsDef *)NULL)->spiceAttrs));

static int
virDomainGraphicsListenParse(xmlNodePtr node, virDomainGraphicsListenDef *listen)
{
    unsigned int val;

    if (virXMLPropEnum(node, "type", virDomainGraphicsListenTypeFromString,
                       VIR_XML_PROP_REQUIRED, &val) < 0)
        return -1;
    listen->type = val;
    switch (listen->type) {
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS:
        listen->address = virXMLPropString(node, "address");
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK:
        listen->network = virXMLPropString(node, "network");
        if (!listen->network) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'network' attribute is required for listen type 'network'"));
            return -1;
        }
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET:
        listen->socket = virXMLPropString(node, "socket");
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE:
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainGraphicsListenType, listen->type);
        return -1;
    }
    return 0;
}

static void
virDomainGraphicsAddListen(virDomainGraphicsDef *def, virDomainGraphicsListenType type,
                           char *value)
{
    virDomainGraphicsListenDef *listen;

    def->listens = g_renew(virDomainGraphicsListenDef, def->listens, def->nlistens + 1);
    listen = &def->listens[def->nlistens++];
    memset(listen, 0, sizeof(*listen));
    listen->type = type;
    if (type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS)
        listen->address = value;
    else if (type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET)
        listen->socket = value;
    else
        g_free(value);
}

static int
virDomainGraphicsParsePort(xmlNodePtr node, const char *attr, int *port, bool *has)
{
    int rc = virXMLPropInt(node, attr, 10, VIR_XML_PROP_NONE, port, 0);

    if (rc == 1)
        *has = true;
    return rc;
}

static virDomainGraphicsDef *
virDomainGraphicsDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainGraphicsDef) def = g_new0(virDomainGraphicsDef, 1);
    g_autofree char *listenAttr = NULL;
    g_autofree char *socketAttr = NULL;
    g_autofree char *autoport = NULL;
    xmlNodePtr cur;
    unsigned int val;

    if (virXMLPropEnum(node, "type", virDomainGraphicsTypeFromString, VIR_XML_PROP_REQUIRED,
                       &val) < 0)
        return NULL;
    def->type = val;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "listen") &&
            (def->type == VIR_DOMAIN_GRAPHICS_TYPE_VNC ||
             def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE ||
             def->type == VIR_DOMAIN_GRAPHICS_TYPE_RDP)) {
            def->listens = g_renew(virDomainGraphicsListenDef, def->listens, def->nlistens + 1);
            memset(&def->listens[def->nlistens], 0, sizeof(def->listens[0]));
            def->nlistens++;
            if (virDomainGraphicsListenParse(cur, &def->listens[def->nlistens - 1]) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "gl") && virDomainIsFirstChild(cur)) {
            /* as libvirt: egl-headless has only a render node, sdl only
             * enable='', which spice, dbus and sdl require */
            if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE ||
                def->type == VIR_DOMAIN_GRAPHICS_TYPE_DBUS ||
                def->type == VIR_DOMAIN_GRAPHICS_TYPE_SDL) {
                if (!(def->glEnable = virXMLPropString(cur, "enable"))) {
                    virReportError(VIR_ERR_XML_ERROR,
                                   _("Missing required attribute '%1$s' in element '%2$s'"),
                                   "enable", "gl");
                    return NULL;
                }
            }
            if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE ||
                def->type == VIR_DOMAIN_GRAPHICS_TYPE_DBUS ||
                def->type == VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS)
                def->glRendernode = virXMLPropString(cur, "rendernode");
        }
    }

    autoport = virXMLPropString(node, "autoport");
    if (autoport && !g_str_equal(autoport, "yes") && !g_str_equal(autoport, "no")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "autoport", "graphics", autoport);
        return NULL;
    }

    switch (def->type) {
    case VIR_DOMAIN_GRAPHICS_TYPE_VNC:
        if (virDomainGraphicsParsePort(node, "port", &def->port, &def->hasPort) < 0 ||
            virDomainGraphicsParsePort(node, "websocket", &def->websocket,
                                       &def->hasWebsocket) < 0)
            return NULL;
        if (!def->hasPort || def->port == -1) {
            def->port = 0;
            def->autoport = VIR_TRISTATE_BOOL_YES;
        }
        if (autoport) {
            def->autoport = g_str_equal(autoport, "yes") ? VIR_TRISTATE_BOOL_YES
                                                         : VIR_TRISTATE_BOOL_NO;
            if (def->autoport == VIR_TRISTATE_BOOL_YES)
                def->port = 0;
        }
        def->keymap = virXMLPropString(node, "keymap");
        def->sharePolicy = virXMLPropString(node, "sharePolicy");
        socketAttr = virXMLPropString(node, "socket");
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SPICE:
        if (virDomainGraphicsParsePort(node, "port", &def->port, &def->hasPort) < 0 ||
            virDomainGraphicsParsePort(node, "tlsPort", &def->tlsPort, &def->hasTlsPort) < 0)
            return NULL;
        if (autoport) {
            def->autoport = g_str_equal(autoport, "yes") ? VIR_TRISTATE_BOOL_YES
                                                         : VIR_TRISTATE_BOOL_NO;
            if (def->autoport == VIR_TRISTATE_BOOL_YES) {
                def->port = 0;
                def->tlsPort = 0;
            }
        }
        def->keymap = virXMLPropString(node, "keymap");
        def->defaultMode = virXMLPropString(node, "defaultMode");
        for (cur = node->children; cur; cur = cur->next) {
            static const char *const names[] = { "main", "display", "inputs", "cursor",
                                                 "playback", "record", "smartcard", "usbredir",
                                                 NULL };
            static const char *const modes[] = { "any", "secure", "insecure", NULL };
            g_autofree char *name = NULL;
            g_autofree char *mode = NULL;
            size_t i;

            if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "channel"))
                continue;
            name = virXMLPropString(cur, "name");
            mode = virXMLPropString(cur, "mode");
            if (!name || !mode) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Missing required attribute '%1$s' in element '%2$s'"),
                               name ? "mode" : "name", "channel");
                return NULL;
            }
            if (virDomainStringTableLookup(names, name) < 0 ||
                virDomainStringTableLookup(modes, mode) < 0) {
                bool badName = virDomainStringTableLookup(names, name) < 0;

                virReportError(VIR_ERR_XML_ERROR,
                               _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                               badName ? "name" : "mode", "channel", badName ? name : mode);
                return NULL;
            }
            /* libvirt keeps one mode per channel, the last given, and lists
             * them in the order of the names above, leaving out 'any' */
            for (i = 0; i < def->nchannels; i++) {
                if (virDomainStringTableLookup(names, def->channels[i].name) >=
                    virDomainStringTableLookup(names, name))
                    break;
            }
            if (i < def->nchannels && g_str_equal(def->channels[i].name, name)) {
                g_free(def->channels[i].name);
                g_free(def->channels[i].mode);
                memmove(&def->channels[i], &def->channels[i + 1],
                        (def->nchannels - i - 1) * sizeof(def->channels[0]));
                def->nchannels--;
            }
            if (g_str_equal(mode, "any"))
                continue;
            def->channels = g_renew(virDomainGraphicsChannel, def->channels, def->nchannels + 1);
            memmove(&def->channels[i + 1], &def->channels[i],
                    (def->nchannels - i) * sizeof(def->channels[0]));
            def->channels[i].name = g_steal_pointer(&name);
            def->channels[i].mode = g_steal_pointer(&mode);
            def->nchannels++;
        }
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_RDP:
        if (virDomainGraphicsParsePort(node, "port", &def->port, &def->hasPort) < 0)
            return NULL;
        if (!def->hasPort || def->port == -1) {
            def->port = 0;
            def->autoport = VIR_TRISTATE_BOOL_YES;
        }
        if (autoport && g_str_equal(autoport, "yes")) {
            def->autoport = VIR_TRISTATE_BOOL_YES;
            def->port = 0;
        }
        if (virXMLPropTristateBool(node, "multiUser", VIR_XML_PROP_NONE, &def->multiUser) < 0 ||
            virXMLPropTristateBool(node, "replaceUser", VIR_XML_PROP_NONE,
                                   &def->replaceUser) < 0)
            return NULL;
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SDL:
    case VIR_DOMAIN_GRAPHICS_TYPE_DESKTOP:
        def->display = virXMLPropString(node, "display");
        if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_SDL)
            def->xauth = virXMLPropString(node, "xauth");
        if (virXMLPropTristateBool(node, "fullscreen", VIR_XML_PROP_NONE, &def->fullscreen) < 0)
            return NULL;
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS:
    case VIR_DOMAIN_GRAPHICS_TYPE_DBUS:
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainGraphicsType, def->type);
        return NULL;
    }

    if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_VNC || def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE) {
        def->passwd = virXMLPropString(node, "passwd");
        def->passwdValidTo = virXMLPropString(node, "passwdValidTo");
        if (def->passwdValidTo) {
            unsigned int y, mo, d, h, mi, sec;
            char extra;

            if (sscanf(def->passwdValidTo, "%4u-%2u-%2uT%2u:%2u:%2u%c",
                       &y, &mo, &d, &h, &mi, &sec, &extra) != 6) {
                virReportError(VIR_ERR_INTERNAL_ERROR,
                               _("cannot parse password validity time '%1$s', expect YYYY-MM-DDTHH:MM:SS"),
                               def->passwdValidTo);
                return NULL;
            }
        }
        def->connected = virXMLPropString(node, "connected");
    }

    /* the legacy listen='' and socket='' attributes become <listen> elements */
    listenAttr = virXMLPropString(node, "listen");
    if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_VNC ||
        def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE ||
        def->type == VIR_DOMAIN_GRAPHICS_TYPE_RDP) {
        if (def->nlistens == 0) {
            if (socketAttr)
                virDomainGraphicsAddListen(def, VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET,
                                           g_steal_pointer(&socketAttr));
            else if (listenAttr)
                virDomainGraphicsAddListen(def, VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS,
                                           g_steal_pointer(&listenAttr));
            else if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE &&
                     !def->port && !def->tlsPort && def->autoport != VIR_TRISTATE_BOOL_YES)
                virDomainGraphicsAddListen(def, VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE, NULL);
            else
                virDomainGraphicsAddListen(def, VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS, NULL);
        } else if (listenAttr && def->listens[0].type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS) {
            if (!def->listens[0].address) {
                def->listens[0].address = g_steal_pointer(&listenAttr);
            } else if (!g_str_equal(def->listens[0].address, listenAttr)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("graphics 'listen' attribute '%1$s' must match 'address' attribute of first listen element (found '%2$s')"),
                               listenAttr, def->listens[0].address);
                return NULL;
            }
        }
    }

    if (def->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE) {
        size_t i;

        for (i = 0; i < VIR_DOMAIN_GRAPHICS_SPICE_CHILDREN; i++) {
            xmlNodePtr child = virDomainChildElement(node, virDomainGraphicsSpiceChildren[i][0]);

            if (!child)
                continue;
            def->spiceAttrs[i] = virXMLPropString(child, virDomainGraphicsSpiceChildren[i][1]);
            if (!def->spiceAttrs[i]) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Missing required attribute '%1$s' in element '%2$s'"),
                               virDomainGraphicsSpiceChildren[i][1],
                               virDomainGraphicsSpiceChildren[i][0]);
                return NULL;
            }
            if (virDomainStringTableLookup(virDomainGraphicsSpiceValues[i],
                                           def->spiceAttrs[i]) < 0) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                               virDomainGraphicsSpiceChildren[i][1],
                               virDomainGraphicsSpiceChildren[i][0], def->spiceAttrs[i]);
                return NULL;
            }
        }
    }
    (void)flags;
    return g_steal_pointer(&def);
}

static void
virDomainGraphicsListenFormat(virBuffer *buf, const virDomainGraphicsListenDef *listen)
{
    virBufferAsprintf(buf, "<listen type='%s'", virDomainGraphicsListenTypeToString(listen->type));
    switch (listen->type) {
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS:
        virBufferEscapeString(buf, " address='%s'", listen->address);
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK:
        virBufferEscapeString(buf, " network='%s'", listen->network);
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET:
        virBufferEscapeString(buf, " socket='%s'", listen->socket);
        break;
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE:
    case VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_LAST:
    default:
        break;
    }
    virBufferAddLit(buf, "/>\n");
}

static void
virDomainGraphicsAuthFormat(virBuffer *buf, const virDomainGraphicsDef *def, unsigned int flags)
{
    if (def->passwd && (flags & VIR_DOMAIN_XML_SECURE))
        virBufferEscapeString(buf, " passwd='%s'", def->passwd);
    virBufferEscapeString(buf, " passwdValidTo='%s'", def->passwdValidTo);
    virBufferEscapeString(buf, " connected='%s'", def->connected);
}

static void
virDomainGraphicsDefFormat(virBuffer *buf, const virDomainGraphicsDef *def, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    const virDomainGraphicsListenDef *glisten = def->nlistens ? &def->listens[0] : NULL;
    size_t i;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virBufferAsprintf(buf, "<graphics type='%s'", virDomainGraphicsTypeToString(def->type));

    switch (def->type) {
    case VIR_DOMAIN_GRAPHICS_TYPE_VNC:
        if (glisten && glisten->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET) {
            virBufferEscapeString(buf, " socket='%s'", glisten->socket);
        } else if (!glisten || glisten->type != VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE) {
            if (def->port && def->autoport != VIR_TRISTATE_BOOL_YES)
                virBufferAsprintf(buf, " port='%d'", def->port);
            else if (def->autoport == VIR_TRISTATE_BOOL_YES)
                virBufferAddLit(buf, " port='-1'");
            virBufferAsprintf(buf, " autoport='%s'",
                              def->autoport == VIR_TRISTATE_BOOL_YES ? "yes" : "no");
            if (def->hasWebsocket)
                virBufferAsprintf(buf, " websocket='%d'", def->websocket);
            if (glisten && glisten->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS)
                virBufferEscapeString(buf, " listen='%s'", glisten->address);
        }
        virBufferEscapeString(buf, " keymap='%s'", def->keymap);
        virBufferEscapeString(buf, " sharePolicy='%s'", def->sharePolicy);
        virDomainGraphicsAuthFormat(buf, def, flags);
        break;

    case VIR_DOMAIN_GRAPHICS_TYPE_SPICE:
        if (def->port)
            virBufferAsprintf(buf, " port='%d'", def->port);
        if (def->tlsPort)
            virBufferAsprintf(buf, " tlsPort='%d'", def->tlsPort);
        if (def->port || def->tlsPort || def->autoport == VIR_TRISTATE_BOOL_YES)
            virBufferAsprintf(buf, " autoport='%s'",
                              def->autoport == VIR_TRISTATE_BOOL_YES ? "yes" : "no");
        if (glisten && glisten->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS)
            virBufferEscapeString(buf, " listen='%s'", glisten->address);
        virBufferEscapeString(buf, " keymap='%s'", def->keymap);
        virBufferEscapeString(buf, " defaultMode='%s'", def->defaultMode);
        virDomainGraphicsAuthFormat(buf, def, flags);
        break;

    case VIR_DOMAIN_GRAPHICS_TYPE_RDP:
        virBufferAsprintf(buf, " port='%d'", def->port);
        if (def->autoport == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " autoport='yes'");
        if (def->replaceUser == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " replaceUser='yes'");
        if (def->multiUser == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " multiUser='yes'");
        if (glisten && glisten->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS)
            virBufferEscapeString(buf, " listen='%s'", glisten->address);
        break;

    case VIR_DOMAIN_GRAPHICS_TYPE_SDL:
    case VIR_DOMAIN_GRAPHICS_TYPE_DESKTOP:
        virBufferEscapeString(buf, " display='%s'", def->display);
        virBufferEscapeString(buf, " xauth='%s'", def->xauth);
        if (def->fullscreen == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " fullscreen='yes'");
        break;

    case VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS:
    case VIR_DOMAIN_GRAPHICS_TYPE_DBUS:
    case VIR_DOMAIN_GRAPHICS_TYPE_LAST:
    default:
        break;
    }

    for (i = 0; i < def->nlistens; i++)
        virDomainGraphicsListenFormat(&child, &def->listens[i]);
    for (i = 0; i < def->nchannels; i++) {
        virBufferAddLit(&child, "<channel");
        virBufferEscapeString(&child, " name='%s'", def->channels[i].name);
        virBufferEscapeString(&child, " mode='%s'", def->channels[i].mode);
        virBufferAddLit(&child, "/>\n");
    }
    for (i = 0; i < VIR_DOMAIN_GRAPHICS_SPICE_CHILDREN; i++) {
        if (!def->spiceAttrs[i])
            continue;
        virBufferAsprintf(&child, "<%s %s=", virDomainGraphicsSpiceChildren[i][0],
                          virDomainGraphicsSpiceChildren[i][1]);
        virBufferEscapeString(&child, "'%s'/>\n", def->spiceAttrs[i]);
    }
    if (def->glEnable || def->glRendernode) {
        virBufferAddLit(&child, "<gl");
        virBufferEscapeString(&child, " enable='%s'", def->glEnable);
        virBufferEscapeString(&child, " rendernode='%s'", def->glRendernode);
        virBufferAddLit(&child, "/>\n");
    }

    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</graphics>\n");
}


/* ---------------------------------------------------------------------
 * Video
 */

static virDomainVideoDef *
virDomainVideoDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainVideoDef) video = g_new0(virDomainVideoDef, 1);
    xmlNodePtr model;
    xmlNodePtr driver;
    bool hasHeads = false;

    if ((model = virDomainChildElement(node, "model"))) {
        xmlNodePtr accel;
        unsigned int val = VIR_DOMAIN_VIDEO_TYPE_DEFAULT;
        int rc;

        g_autofree char *type = virXMLPropString(model, "type");

        if (type) {
            int t = virDomainVideoTypeFromString(type);

            if (t <= 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown video model '%1$s'"), type);
                return NULL;
            }
            val = t;
        }
        video->type = val;
        if (virXMLPropUInt(model, "ram", 10, VIR_XML_PROP_NONE, &video->ram) < 0 ||
            virXMLPropUInt(model, "vram", 10, VIR_XML_PROP_NONE, &video->vram) < 0 ||
            virXMLPropUInt(model, "vram64", 10, VIR_XML_PROP_NONE, &video->vram64) < 0 ||
            virXMLPropUInt(model, "vgamem", 10, VIR_XML_PROP_NONE, &video->vgamem) < 0)
            return NULL;
        if ((rc = virXMLPropUInt(model, "heads", 10, VIR_XML_PROP_NONE, &video->heads)) < 0)
            return NULL;
        hasHeads = rc == 1;
        {
            virTristateBool primary = VIR_TRISTATE_BOOL_ABSENT;

            if (virXMLPropTristateBool(model, "primary", VIR_XML_PROP_NONE, &primary) < 0)
                return NULL;
            video->primary = primary == VIR_TRISTATE_BOOL_YES;
        }
        if ((accel = virDomainChildElement(model, "acceleration"))) {
            video->hasAccel = true;
            if (virXMLPropTristateBool(accel, "accel3d", VIR_XML_PROP_NONE, &video->accel3d) < 0 ||
                virXMLPropTristateBool(accel, "accel2d", VIR_XML_PROP_NONE, &video->accel2d) < 0)
                return NULL;
            if (!video->accel3d && !video->accel2d && !xmlHasNsProp(accel, BAD_CAST "rendernode", NULL)) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("missing values for acceleration"));
                return NULL;
            }
        }
    }
    if ((driver = virDomainChildElement(node, "driver")))
        video->driverName = virXMLPropString(driver, "name");
    if (!hasHeads)
        video->heads = 1;

    if (virDomainDeviceInfoParse(node, &video->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&video);
}

static void
virDomainVideoDefPostParse(virDomainVideoDef *video, const virDomainDef *def)
{
    if (video->type == VIR_DOMAIN_VIDEO_TYPE_DEFAULT) {
        if (def->osType == VIR_DOMAIN_OSTYPE_XEN || def->osType == VIR_DOMAIN_OSTYPE_LINUX ||
            def->osType == VIR_DOMAIN_OSTYPE_XENPVH)
            video->type = VIR_DOMAIN_VIDEO_TYPE_XEN;
        else
            video->type = VIR_DOMAIN_VIDEO_TYPE_CIRRUS;
    }
    if (video->type == VIR_DOMAIN_VIDEO_TYPE_NONE) {
        video->heads = 0;
        return;
    }
    if (video->vram == 0) {
        switch (video->type) {
        case VIR_DOMAIN_VIDEO_TYPE_VGA:
        case VIR_DOMAIN_VIDEO_TYPE_CIRRUS:
        case VIR_DOMAIN_VIDEO_TYPE_VMVGA:
            if (def->virtType == VIR_DOMAIN_VIRT_VBOX)
                video->vram = 8 * 1024;
            else if (def->virtType == VIR_DOMAIN_VIRT_VMWARE)
                video->vram = 4 * 1024;
            else
                video->vram = 16 * 1024;
            break;
        case VIR_DOMAIN_VIDEO_TYPE_BOCHS:
            video->vram = 16 * 1024;
            break;
        case VIR_DOMAIN_VIDEO_TYPE_XEN:
            video->vram = 4 * 1024;
            break;
        case VIR_DOMAIN_VIDEO_TYPE_QXL:
            video->vram = 64 * 1024;
            break;
        case VIR_DOMAIN_VIDEO_TYPE_DEFAULT:
        case VIR_DOMAIN_VIDEO_TYPE_VBOX:
        case VIR_DOMAIN_VIDEO_TYPE_PARALLELS:
        case VIR_DOMAIN_VIDEO_TYPE_VIRTIO:
        case VIR_DOMAIN_VIDEO_TYPE_GOP:
        case VIR_DOMAIN_VIDEO_TYPE_NONE:
        case VIR_DOMAIN_VIDEO_TYPE_RAMFB:
        case VIR_DOMAIN_VIDEO_TYPE_LAST:
        default:
            break;
        }
    }
    if (video->type == VIR_DOMAIN_VIDEO_TYPE_QXL && video->ram == 0)
        video->ram = 64 * 1024;
}

static void
virDomainVideoDefFormat(virBuffer *buf, const virDomainVideoDef *video, unsigned int flags)
{
    virBufferAddLit(buf, "<video>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<driver name='%s'/>\n", video->driverName);
    virBufferAsprintf(buf, "<model type='%s'", virDomainVideoTypeToString(video->type));
    if (video->ram)
        virBufferAsprintf(buf, " ram='%u'", video->ram);
    if (video->vram)
        virBufferAsprintf(buf, " vram='%u'", video->vram);
    if (video->vram64)
        virBufferAsprintf(buf, " vram64='%u'", video->vram64);
    if (video->vgamem)
        virBufferAsprintf(buf, " vgamem='%u'", video->vgamem);
    if (video->heads)
        virBufferAsprintf(buf, " heads='%u'", video->heads);
    if (video->primary)
        virBufferAddLit(buf, " primary='yes'");
    if (video->hasAccel && (video->accel3d || video->accel2d)) {
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAddLit(buf, "<acceleration");
        if (video->accel3d)
            virBufferAsprintf(buf, " accel3d='%s'", virTristateBoolTypeToString(video->accel3d));
        if (video->accel2d)
            virBufferAsprintf(buf, " accel2d='%s'", virTristateBoolTypeToString(video->accel2d));
        virBufferAddLit(buf, "/>\n");
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</model>\n");
    } else {
        virBufferAddLit(buf, "/>\n");
    }
    virDomainDeviceInfoFormat(buf, &video->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</video>\n");
}


/* ---------------------------------------------------------------------
 * Sound
 */

static virDomainSoundDef *
virDomainSoundDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainSoundDef) sound = g_new0(virDomainSoundDef, 1);
    xmlNodePtr cur;
    unsigned int val;

    if (virXMLPropEnum(node, "model", virDomainSoundModelTypeFromString, VIR_XML_PROP_REQUIRED,
                       &val) < 0)
        return NULL;
    sound->model = val;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "codec") &&
            (sound->model == VIR_DOMAIN_SOUND_MODEL_ICH6 ||
             sound->model == VIR_DOMAIN_SOUND_MODEL_ICH9)) {
            g_autofree char *codec = virXMLPropString(cur, "type");
            int type;

            if (!codec || (type = virDomainSoundCodecTypeFromString(codec)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown codec type '%1$s'"),
                               codec ? codec : "(null)");
                return NULL;
            }
            sound->codecs = g_renew(virDomainSoundCodecType, sound->codecs, sound->ncodecs + 1);
            sound->codecs[sound->ncodecs++] = type;
        } else if (xmlStrEqual(cur->name, BAD_CAST "audio") && virDomainIsFirstChild(cur)) {
            if (virXMLPropUInt(cur, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                               &sound->audioId) < 0)
                return NULL;
        }
    }
    if (virDomainDeviceInfoParse(node, &sound->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&sound);
}

static void
virDomainSoundDefFormat(virBuffer *buf, const virDomainSoundDef *sound, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    for (i = 0; i < sound->ncodecs; i++)
        virBufferAsprintf(&child, "<codec type='%s'/>\n",
                          virDomainSoundCodecTypeToString(sound->codecs[i]));
    if (sound->audioId)
        virBufferAsprintf(&child, "<audio id='%u'/>\n", sound->audioId);
    virDomainDeviceInfoFormat(&child, &sound->info, flags, false);

    virBufferAsprintf(buf, "<sound model='%s'", virDomainSoundModelTypeToString(sound->model));
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</sound>\n");
}


/* ---------------------------------------------------------------------
 * Character devices
 */

static int
virDomainChrSourceParse(xmlNodePtr node, virDomainChrSourceDef *src)
{
    xmlNodePtr cur;
    bool haveSource = false;
    bool haveConnect = false;
    bool haveBind = false;
    size_t nsources = 0;

    for (cur = node->children; cur; cur = cur->next) {
        g_autofree char *mode = NULL;

        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            mode = virXMLPropString(cur, "mode");
            switch (src->type) {
            case VIR_DOMAIN_CHR_TYPE_PTY:
            case VIR_DOMAIN_CHR_TYPE_DEV:
            case VIR_DOMAIN_CHR_TYPE_FILE:
            case VIR_DOMAIN_CHR_TYPE_PIPE:
            case VIR_DOMAIN_CHR_TYPE_UNIX:
                if (haveSource) {
                    virReportError(VIR_ERR_XML_ERROR, "%s",
                                   _("only one source element is allowed for character device"));
                    return -1;
                }
                haveSource = true;
                src->path = virXMLPropString(cur, "path");
                if (src->type == VIR_DOMAIN_CHR_TYPE_FILE &&
                    virXMLPropTristateSwitch(cur, "append", VIR_XML_PROP_NONE, &src->append) < 0)
                    return -1;
                if (src->type == VIR_DOMAIN_CHR_TYPE_UNIX) {
                    xmlNodePtr reconnect;

                    src->hasMode = true;
                    src->listen = g_strcmp0(mode, "bind") == 0;
                    if ((reconnect = virDomainChildElement(cur, "reconnect"))) {
                        src->hasReconnect = true;
                        if (virXMLPropTristateBool(reconnect, "enabled", VIR_XML_PROP_REQUIRED,
                                                   &src->reconnect) < 0 ||
                            virXMLPropUInt(reconnect, "timeout", 10, VIR_XML_PROP_NONE,
                                           &src->reconnectTimeout) < 0)
                            return -1;
                    }
                }
                break;
            case VIR_DOMAIN_CHR_TYPE_UDP:
                if (++nsources > 2) {
                    virReportError(VIR_ERR_XML_ERROR, "%s",
                                   _("only two source elements are allowed for character device"));
                    return -1;
                }
                /* the first connect and the first bind source count */
                if (!mode || g_str_equal(mode, "connect")) {
                    if (!haveConnect) {
                        haveConnect = true;
                        src->host = virXMLPropString(cur, "host");
                        src->service = virXMLPropString(cur, "service");
                    }
                } else if (g_str_equal(mode, "bind")) {
                    if (!haveBind) {
                        haveBind = true;
                        src->bindHost = virXMLPropString(cur, "host");
                        src->bindService = virXMLPropString(cur, "service");
                    }
                }
                break;
            case VIR_DOMAIN_CHR_TYPE_TCP:
                if (haveSource) {
                    virReportError(VIR_ERR_XML_ERROR, "%s",
                                   _("only one source element is allowed for character device"));
                    return -1;
                }
                haveSource = true;
                src->hasMode = true;
                src->listen = g_strcmp0(mode, "bind") == 0;
                src->host = virXMLPropString(cur, "host");
                src->service = virXMLPropString(cur, "service");
                if (virXMLPropTristateBool(cur, "tls", VIR_XML_PROP_NONE, &src->tls) < 0)
                    return -1;
                break;
            case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
            case VIR_DOMAIN_CHR_TYPE_NMDM:
                if (haveSource) {
                    virReportError(VIR_ERR_XML_ERROR, "%s",
                                   _("only one source element is allowed for character device"));
                    return -1;
                }
                haveSource = true;
                if (src->type == VIR_DOMAIN_CHR_TYPE_SPICEPORT) {
                    src->channel = virXMLPropString(cur, "channel");
                } else {
                    src->master = virXMLPropString(cur, "master");
                    src->slave = virXMLPropString(cur, "slave");
                }
                break;
            case VIR_DOMAIN_CHR_TYPE_NULL:
            case VIR_DOMAIN_CHR_TYPE_VC:
            case VIR_DOMAIN_CHR_TYPE_STDIO:
            case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
            case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
            case VIR_DOMAIN_CHR_TYPE_DBUS:
            case VIR_DOMAIN_CHR_TYPE_LAST:
            default:
                break;
            }
        } else if (xmlStrEqual(cur->name, BAD_CAST "protocol") &&
                   src->type == VIR_DOMAIN_CHR_TYPE_TCP) {
            unsigned int val;

            if (src->hasProtocol) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only one protocol element is allowed for character device"));
                return -1;
            }
            g_autofree char *protocol = virXMLPropString(cur, "type");
            int p;

            if (protocol && (p = virDomainChrTcpProtocolTypeFromString(protocol)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown protocol '%1$s'"), protocol);
                return -1;
            }
            val = protocol ? (unsigned int)p : VIR_DOMAIN_CHR_TCP_PROTOCOL_RAW;
            src->protocol = val;
            src->hasProtocol = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "log")) {
            if (!virDomainIsFirstChild(cur)) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only one log element is allowed for character device"));
                return -1;
            }
            src->logFile = virXMLPropString(cur, "file");
            if (virXMLPropTristateSwitch(cur, "append", VIR_XML_PROP_NONE, &src->logAppend) < 0)
                return -1;
        }
    }
    if (src->type == VIR_DOMAIN_CHR_TYPE_TCP && !src->host) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Missing source host attribute for char device"));
        return -1;
    }
    if (src->type == VIR_DOMAIN_CHR_TYPE_TCP && !src->service) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Missing source service attribute for char device"));
        return -1;
    }
    if (src->type == VIR_DOMAIN_CHR_TYPE_UDP && !src->service) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Missing source service attribute for char device"));
        return -1;
    }
    return 0;
}

static void
virDomainChrSourceFormat(virBuffer *buf, const virDomainChrSourceDef *src, unsigned int flags)
{
    switch (src->type) {
    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
    case VIR_DOMAIN_CHR_TYPE_DBUS:
        break;

    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_FILE:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
        /* a pty's path is chosen at start: live data */
        if (src->path && (src->type != VIR_DOMAIN_CHR_TYPE_PTY ||
                          !(flags & VIR_DOMAIN_XML_INACTIVE))) {
            virBufferEscapeString(buf, "<source path='%s'", src->path);
            if (src->append)
                virBufferAsprintf(buf, " append='%s'", virTristateSwitchTypeToString(src->append));
            virBufferAddLit(buf, "/>\n");
        }
        break;

    case VIR_DOMAIN_CHR_TYPE_NMDM:
        virBufferEscapeString(buf, "<source master='%s'", src->master);
        virBufferEscapeString(buf, " slave='%s'", src->slave);
        virBufferAddLit(buf, "/>\n");
        break;

    case VIR_DOMAIN_CHR_TYPE_UDP:
        if (src->bindService || src->bindHost) {
            virBufferAddLit(buf, "<source mode='bind'");
            virBufferEscapeString(buf, " host='%s'", src->bindHost);
            virBufferEscapeString(buf, " service='%s'", src->bindService);
            virBufferAddLit(buf, "/>\n");
        }
        if (src->service || src->host) {
            virBufferAddLit(buf, "<source mode='connect'");
            virBufferEscapeString(buf, " host='%s'", src->host);
            virBufferEscapeString(buf, " service='%s'", src->service);
            virBufferAddLit(buf, "/>\n");
        }
        break;

    case VIR_DOMAIN_CHR_TYPE_TCP:
        virBufferAsprintf(buf, "<source mode='%s'", src->listen ? "bind" : "connect");
        virBufferEscapeString(buf, " host='%s'", src->host);
        virBufferEscapeString(buf, " service='%s'", src->service);
        if (src->tls)
            virBufferAsprintf(buf, " tls='%s'", virTristateBoolTypeToString(src->tls));
        virBufferAddLit(buf, "/>\n");
        virBufferAsprintf(buf, "<protocol type='%s'/>\n",
                          virDomainChrTcpProtocolTypeToString(src->protocol));
        break;

    case VIR_DOMAIN_CHR_TYPE_UNIX:
        if (src->path) {
            virBufferAsprintf(buf, "<source mode='%s'", src->listen ? "bind" : "connect");
            virBufferEscapeString(buf, " path='%s'", src->path);
            if (src->hasReconnect) {
                virBufferAddLit(buf, ">\n");
                virBufferAdjustIndent(buf, 2);
                virBufferAsprintf(buf, "<reconnect enabled='%s'",
                                  virTristateBoolTypeToString(src->reconnect));
                if (src->reconnectTimeout)
                    virBufferAsprintf(buf, " timeout='%u'", src->reconnectTimeout);
                virBufferAddLit(buf, "/>\n");
                virBufferAdjustIndent(buf, -2);
                virBufferAddLit(buf, "</source>\n");
            } else {
                virBufferAddLit(buf, "/>\n");
            }
        }
        break;

    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        virBufferEscapeString(buf, "<source channel='%s'/>\n", src->channel);
        break;

    case VIR_DOMAIN_CHR_TYPE_LAST:
    default:
        break;
    }

    if (src->logFile) {
        virBufferEscapeString(buf, "<log file='%s'", src->logFile);
        if (src->logAppend)
            virBufferAsprintf(buf, " append='%s'", virTristateSwitchTypeToString(src->logAppend));
        virBufferAddLit(buf, "/>\n");
    }
}

static bool
virDomainChrSourceDefIsEqual(const virDomainChrSourceDef *a, const virDomainChrSourceDef *b)
{
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case VIR_DOMAIN_CHR_TYPE_FILE:
        return a->append == b->append && g_strcmp0(a->path, b->path) == 0;
    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
        return g_strcmp0(a->path, b->path) == 0;
    case VIR_DOMAIN_CHR_TYPE_NMDM:
        return g_strcmp0(a->master, b->master) == 0 && g_strcmp0(a->slave, b->slave) == 0;
    case VIR_DOMAIN_CHR_TYPE_UDP:
        return g_strcmp0(a->bindHost, b->bindHost) == 0 &&
               g_strcmp0(a->bindService, b->bindService) == 0 &&
               g_strcmp0(a->host, b->host) == 0 && g_strcmp0(a->service, b->service) == 0;
    case VIR_DOMAIN_CHR_TYPE_TCP:
        return a->listen == b->listen && a->protocol == b->protocol &&
               g_strcmp0(a->host, b->host) == 0 && g_strcmp0(a->service, b->service) == 0;
    case VIR_DOMAIN_CHR_TYPE_UNIX:
        return a->listen == b->listen && g_strcmp0(a->path, b->path) == 0;
    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        return g_strcmp0(a->channel, b->channel) == 0;
    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
    case VIR_DOMAIN_CHR_TYPE_DBUS:
    case VIR_DOMAIN_CHR_TYPE_LAST:
    default:
        return true;
    }
}

static void
virDomainChrSourceCopy(virDomainChrSourceDef *dst, const virDomainChrSourceDef *src)
{
    *dst = *src;
    dst->path = g_strdup(src->path);
    dst->host = g_strdup(src->host);
    dst->service = g_strdup(src->service);
    dst->bindHost = g_strdup(src->bindHost);
    dst->bindService = g_strdup(src->bindService);
    dst->channel = g_strdup(src->channel);
    dst->master = g_strdup(src->master);
    dst->slave = g_strdup(src->slave);
    dst->logFile = g_strdup(src->logFile);
}

static virDomainChrDef *
virDomainChrDefNew(virDomainChrDeviceType deviceType)
{
    virDomainChrDef *chr = g_new0(virDomainChrDef, 1);

    chr->deviceType = deviceType;
    chr->targetType = 0;
    chr->targetModel = -1;
    chr->port = -1;
    return chr;
}

/* libvirt reads port='' as an unsigned int ("-N" standing for 2^32 - N,
 * blanks before it allowed) and keeps it in an int: so 4294967295 and -1
 * mean no port, and 2147483648 is printed back as -2147483648. */
static int
virDomainChrPortParse(const char *str, int *port)
{
    const char *p = str;
    bool negative = false;
    char *end = NULL;
    guint64 v;

    while (g_ascii_isspace(*p))
        p++;
    if (*p == '-' || *p == '+')
        negative = *p++ == '-';
    if (!g_ascii_isdigit(*p))
        return -1;
    errno = 0;
    v = g_ascii_strtoull(p, &end, 10);
    if (errno || *end || v > UINT_MAX)
        return -1;
    if (negative)
        v = ((guint64)UINT_MAX + 1 - v) & UINT_MAX;
    *port = (int)(unsigned int)v;
    return 0;
}

static int
virDomainChrTargetParse(xmlNodePtr node, virDomainChrDef *chr)
{
    xmlNodePtr target = virDomainChildElement(node, "target");
    const char *const *table = virDomainChrTargetTypeTable(chr->deviceType);
    g_autofree char *type = NULL;

    if (!target) {
        if (chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("unknown target type '(null)' specified for character device"));
            return -1;
        }
        return 0;
    }
    if (table && (type = virXMLPropString(target, "type"))) {
        int val = virDomainStringTableLookup(table, type);

        if (val <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown target type '%1$s' specified for character device"), type);
            return -1;
        }
        chr->targetType = val;
        chr->hasTargetType = true;
    } else if (chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("unknown target type '(null)' specified for character device"));
        return -1;
    }

    switch (chr->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL: {
        xmlNodePtr model = virDomainChildElement(target, "model");

        if (model) {
            g_autofree char *name = virXMLPropString(model, "name");
            int val;

            if (name) {
                if ((val = virDomainStringTableLookup(virDomainChrSerialTargetModels, name)) <= 0) {
                    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                                   _("Unknown 'name' value '%1$s'"), name);
                    return -1;
                }
                chr->targetModel = val;
            }
        }
    }
        G_GNUC_FALLTHROUGH;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE: {
        g_autofree char *port = virXMLPropString(target, "port");

        if (port && virDomainChrPortParse(port, &chr->port) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid port number: %1$s"), port);
            return -1;
        }
        break;
    }

    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        switch (chr->targetType) {
        case VIR_DOMAIN_CHR_CHANNEL_TARGET_GUESTFWD:
            chr->targetAddr = virXMLPropString(target, "address");
            chr->targetPort = virXMLPropString(target, "port");
            if (!chr->targetAddr) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("guestfwd channel does not define a target address"));
                return -1;
            }
            if (!chr->targetPort) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("guestfwd channel does not define a target port"));
                return -1;
            }
            break;
        case VIR_DOMAIN_CHR_CHANNEL_TARGET_VIRTIO:
        case VIR_DOMAIN_CHR_CHANNEL_TARGET_XEN:
            chr->targetName = virXMLPropString(target, "name");
            break;
        default:
            break;
        }
        break;

    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainChrDeviceType, chr->deviceType);
        return -1;
    }
    return 0;
}

static virDomainChrDef *
virDomainChrDefParse(xmlNodePtr node, virDomainChrDeviceType deviceType, unsigned int flags)
{
    g_autoptr(virDomainChrDef) chr = virDomainChrDefNew(deviceType);
    g_autofree char *type = virXMLPropString(node, "type");

    if (!type) {
        chr->source.type = VIR_DOMAIN_CHR_TYPE_PTY;
    } else {
        int val = virDomainChrTypeFromString(type);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown type presented to host for character device: %1$s"),
                           type);
            return NULL;
        }
        chr->source.type = val;
    }
    if (virDomainChrTargetParse(node, chr) < 0 ||
        virDomainChrSourceParse(node, &chr->source) < 0 ||
        virDomainDeviceInfoParse(node, &chr->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&chr);
}

static void
virDomainChrDefFormat(virBuffer *buf, const virDomainChrDef *chr, unsigned int flags)
{
    const char *elem = virDomainChrDeviceTypeToString(chr->deviceType);
    const char *const *table = virDomainChrTargetTypeTable(chr->deviceType);

    virBufferAsprintf(buf, "<%s type='%s'>\n", elem, virDomainChrTypeToString(chr->source.type));
    virBufferAdjustIndent(buf, 2);
    virDomainChrSourceFormat(buf, &chr->source, flags);

    switch (chr->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        virBufferAsprintf(buf, "<target type='%s'", table[chr->targetType]);
        if (chr->targetType == VIR_DOMAIN_CHR_CHANNEL_TARGET_GUESTFWD) {
            virBufferEscapeString(buf, " address='%s'", chr->targetAddr);
            virBufferEscapeString(buf, " port='%s'", chr->targetPort);
        } else {
            virBufferEscapeString(buf, " name='%s'", chr->targetName);
        }
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
        virBufferAsprintf(buf, "<target type='%s' port='%d'/>\n",
                          table[chr->targetType ? chr->targetType
                                                : VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL],
                          chr->port);
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
        virBufferAddLit(buf, "<target");
        if (chr->targetType)
            virBufferAsprintf(buf, " type='%s'", table[chr->targetType]);
        virBufferAsprintf(buf, " port='%d'", chr->port);
        if (chr->targetModel > 0) {
            virBufferAddLit(buf, ">\n");
            virBufferAsprintf(buf, "  <model name='%s'/>\n",
                              virDomainChrSerialTargetModels[chr->targetModel]);
            virBufferAddLit(buf, "</target>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
        virBufferAsprintf(buf, "<target port='%d'/>\n", chr->port);
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
    default:
        break;
    }
    virDomainDeviceInfoFormat(buf, &chr->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAsprintf(buf, "</%s>\n", elem);
}

/* Ports left out are the next after the highest one of the whole list,
 * given in document order. */
static void
virDomainChrAssignPorts(virDomainChrDef **list, size_t count)
{
    size_t i, j;

    for (i = 0; i < count; i++) {
        int maxport = -1;

        if (list[i]->port != -1)
            continue;
        for (j = 0; j < count; j++) {
            if (list[j]->port > maxport)
                maxport = list[j]->port;
        }
        /* libvirt wraps after INT_MAX, without undefined behaviour here */
        list[i]->port = (int)((unsigned int)maxport + 1);
    }
}


/* ---------------------------------------------------------------------
 * Watchdog, memory balloon, RNG
 */

static virDomainWatchdogDef *
virDomainWatchdogDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainWatchdogDef) def = g_new0(virDomainWatchdogDef, 1);
    g_autofree char *model = virXMLPropString(node, "model");
    g_autofree char *action = virXMLPropString(node, "action");
    int val;

    if (!model) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("watchdog must contain model name"));
        return NULL;
    }
    if ((val = virDomainWatchdogModelTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown watchdog model '%1$s'"), model);
        return NULL;
    }
    def->model = val;
    if (action) {
        if ((val = virDomainWatchdogActionTypeFromString(action)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown watchdog action '%1$s'"), action);
            return NULL;
        }
        def->action = val;
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainWatchdogDefFormat(virBuffer *buf, const virDomainWatchdogDef *def, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virDomainDeviceInfoFormat(&child, &def->info, flags, false);
    virBufferAsprintf(buf, "<watchdog model='%s' action='%s'",
                      virDomainWatchdogModelTypeToString(def->model),
                      virDomainWatchdogActionTypeToString(def->action));
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</watchdog>\n");
}

static virDomainMemballoonDef *
virDomainMemballoonDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainMemballoonDef) def = g_new0(virDomainMemballoonDef, 1);
    xmlNodePtr stats;
    unsigned int val;

    if (virXMLPropEnum(node, "model", virDomainMemballoonModelTypeFromString,
                       VIR_XML_PROP_REQUIRED, &val) < 0)
        return NULL;
    def->model = val;
    if (virXMLPropTristateSwitch(node, "autodeflate", VIR_XML_PROP_NONE, &def->autodeflate) < 0 ||
        virXMLPropTristateSwitch(node, "freePageReporting", VIR_XML_PROP_NONE,
                                 &def->freePageReporting) < 0)
        return NULL;
    if ((stats = virDomainChildElement(node, "stats")) &&
        virXMLPropInt(stats, "period", 10, VIR_XML_PROP_NONE, &def->period, 0) < 0)
        return NULL;
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainMemballoonDefFormat(virBuffer *buf, const virDomainMemballoonDef *def,
                             unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virBufferAsprintf(buf, "<memballoon model='%s'",
                      virDomainMemballoonModelTypeToString(def->model));
    if (def->autodeflate)
        virBufferAsprintf(buf, " autodeflate='%s'", virTristateSwitchTypeToString(def->autodeflate));
    if (def->freePageReporting)
        virBufferAsprintf(buf, " freePageReporting='%s'",
                          virTristateSwitchTypeToString(def->freePageReporting));
    if (def->period)
        virBufferAsprintf(&child, "<stats period='%d'/>\n", def->period);
    virDomainDeviceInfoFormat(&child, &def->info, flags, false);
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</memballoon>\n");
}

static virDomainRNGDef *
virDomainRNGDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainRNGDef) def = g_new0(virDomainRNGDef, 1);
    g_autofree char *model = virXMLPropString(node, "model");
    g_autofree char *backendModel = NULL;
    xmlNodePtr backend = NULL;
    xmlNodePtr rate;
    xmlNodePtr cur;
    size_t nbackends = 0;
    int val;

    if (!model) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing RNG device model"));
        return NULL;
    }
    if ((val = virDomainRNGModelTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown RNG model '%1$s'"), model);
        return NULL;
    }
    def->model = val;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST "backend")) {
            backend = cur;
            nbackends++;
        }
    }
    if (nbackends != 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one RNG backend is supported"));
        return NULL;
    }

    if ((rate = virDomainChildElement(node, "rate"))) {
        if (virXMLPropUInt(rate, "bytes", 10, VIR_XML_PROP_REQUIRED, &def->rate) < 0 ||
            virXMLPropUInt(rate, "period", 10, VIR_XML_PROP_NONE, &def->period) < 0)
            return NULL;
    }

    if (!(backendModel = virXMLPropString(backend, "model"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing RNG device backend model"));
        return NULL;
    }
    if ((val = virDomainRNGBackendTypeFromString(backendModel)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown RNG backend model '%1$s'"),
                       backendModel);
        return NULL;
    }
    def->backend = val;

    switch (def->backend) {
    case VIR_DOMAIN_RNG_BACKEND_RANDOM: {
        g_autofree char *path = virXMLNodeContentString(backend);

        def->file = *path ? g_steal_pointer(&path) : g_strdup("/dev/random");
        break;
    }
    case VIR_DOMAIN_RNG_BACKEND_EGD: {
        g_autofree char *type = virXMLPropString(backend, "type");

        if (!type) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing EGD backend type"));
            return NULL;
        }
        def->chr = g_new0(virDomainChrSourceDef, 1);
        if ((val = virDomainChrTypeFromString(type)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown backend type '%1$s' for egd"),
                           type);
            return NULL;
        }
        def->chr->type = val;
        if (virDomainChrSourceParse(backend, def->chr) < 0)
            return NULL;
        break;
    }
    case VIR_DOMAIN_RNG_BACKEND_BUILTIN:
        break;
    case VIR_DOMAIN_RNG_BACKEND_LAST:
    default:
        virReportEnumRangeError(virDomainRNGBackend, def->backend);
        return NULL;
    }

    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainRNGDefFormat(virBuffer *buf, const virDomainRNGDef *def, unsigned int flags)
{
    virBufferAsprintf(buf, "<rng model='%s'>\n", virDomainRNGModelTypeToString(def->model));
    virBufferAdjustIndent(buf, 2);
    if (def->rate) {
        virBufferAsprintf(buf, "<rate bytes='%u'", def->rate);
        if (def->period)
            virBufferAsprintf(buf, " period='%u'", def->period);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAsprintf(buf, "<backend model='%s'", virDomainRNGBackendTypeToString(def->backend));
    switch (def->backend) {
    case VIR_DOMAIN_RNG_BACKEND_RANDOM:
        virBufferEscapeString(buf, ">%s</backend>\n", def->file);
        break;
    case VIR_DOMAIN_RNG_BACKEND_EGD:
        virBufferAsprintf(buf, " type='%s'>\n", virDomainChrTypeToString(def->chr->type));
        virBufferAdjustIndent(buf, 2);
        virDomainChrSourceFormat(buf, def->chr, flags);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</backend>\n");
        break;
    case VIR_DOMAIN_RNG_BACKEND_BUILTIN:
    case VIR_DOMAIN_RNG_BACKEND_LAST:
    default:
        virBufferAddLit(buf, "/>\n");
        break;
    }
    virDomainDeviceInfoFormat(buf, &def->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</rng>\n");
}


/* ---------------------------------------------------------------------
 * Host devices
 */

static int
virDomainHostdevSourceParse(xmlNodePtr source, virDomainHostdevDef *def)
{
    xmlNodePtr cur;

    switch (def->type) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB: {
        unsigned int policy = VIR_DOMAIN_STARTUP_POLICY_DEFAULT;

        if (virXMLPropEnum(source, "startupPolicy", virDomainStartupPolicyTypeFromString,
                           VIR_XML_PROP_NONZERO, &policy) < 0)
            return -1;
        def->startupPolicy = policy;
        for (cur = source->children; cur; cur = cur->next) {
            if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
                continue;
            if (xmlStrEqual(cur->name, BAD_CAST "vendor")) {
                if (virXMLPropUInt(cur, "id", 0, VIR_XML_PROP_REQUIRED, &def->vendor) < 0)
                    return -1;
                def->hasVendor = true;
            } else if (xmlStrEqual(cur->name, BAD_CAST "product")) {
                if (virXMLPropUInt(cur, "id", 0, VIR_XML_PROP_REQUIRED, &def->product) < 0)
                    return -1;
                def->hasProduct = true;
            } else if (xmlStrEqual(cur->name, BAD_CAST "address")) {
                if (virXMLPropUInt(cur, "bus", 0, VIR_XML_PROP_REQUIRED, &def->usbBus) < 0 ||
                    virXMLPropUInt(cur, "device", 0, VIR_XML_PROP_REQUIRED,
                                   &def->usbDevice) < 0)
                    return -1;
                def->hasUSBAddress = true;
            }
        }
        if (def->hasVendor && !def->hasProduct) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing product"));
            return -1;
        }
        if (!def->hasVendor && def->hasProduct) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing vendor"));
            return -1;
        }
        if (!def->hasVendor && !def->hasUSBAddress) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("usb hostdev requires either vendor/product or bus/device"));
            return -1;
        }
        break;
    }
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        /* no address is 0000:00:00.0 */
        if ((cur = virDomainChildElement(source, "address")) &&
            virDomainPCIAddressParse(cur, &def->pciAddr) < 0)
            return -1;
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        if ((cur = virDomainChildElement(source, "adapter")))
            def->scsiAdapter = virXMLPropString(cur, "name");
        if (!def->scsiAdapter) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'adapter' name must be specified for scsi hostdev source"));
            return -1;
        }
        if (!virDomainChildElement(source, "address")) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'address' must be specified for scsi hostdev source"));
            return -1;
        }
        if ((cur = virDomainChildElement(source, "address"))) {
            if (virXMLPropUInt(cur, "bus", 0, VIR_XML_PROP_REQUIRED, &def->scsiAddr.bus) < 0 ||
                virXMLPropUInt(cur, "target", 0, VIR_XML_PROP_REQUIRED,
                               &def->scsiAddr.target) < 0 ||
                virXMLPropUInt(cur, "unit", 0, VIR_XML_PROP_REQUIRED, &def->scsiAddr.unit) < 0)
                return -1;
        }
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        if ((cur = virDomainChildElement(source, "address")))
            def->mdevUUID = virXMLPropString(cur, "uuid");
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
    default:
        virReportEnumRangeError(virDomainHostdevSubsysType, def->type);
        return -1;
    }
    return 0;
}

static virDomainHostdevDef *
virDomainHostdevDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainHostdevDef) def = g_new0(virDomainHostdevDef, 1);
    g_autofree char *mode = virXMLPropString(node, "mode");
    g_autofree char *type = virXMLPropString(node, "type");
    g_autofree char *managed = NULL;
    xmlNodePtr cur;
    int val;

    if (mode) {
        if ((val = virDomainHostdevModeTypeFromString(mode)) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown hostdev mode '%1$s'"), mode);
            return NULL;
        }
        def->mode = val;
    }
    if (def->mode != VIR_DOMAIN_HOSTDEV_MODE_SUBSYS) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("only subsystem host devices are supported"));
        return NULL;
    }
    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing source address type"));
        return NULL;
    }
    if ((val = virDomainHostdevSubsysTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown host device source address type '%1$s'"),
                       type);
        return NULL;
    }
    def->type = val;
    if ((managed = virXMLPropString(node, "managed")))
        def->managed = g_str_equal(managed, "yes");
    if (def->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI) {
        if (virXMLPropTristateBool(node, "rawio", VIR_XML_PROP_NONE, &def->rawio) < 0)
            return NULL;
        if ((def->sgio = virXMLPropString(node, "sgio"))) {
            if (g_str_equal(def->sgio, "unfiltered")) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("unfiltered sgio is no longer supported"));
                return NULL;
            }
            if (!g_str_equal(def->sgio, "filtered")) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                               "sgio", "hostdev", def->sgio);
                return NULL;
            }
        }
    }
    if (def->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV)
        def->mdevModel = virXMLPropString(node, "model");

    if (!virDomainChildElement(node, "source")) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <source> element in hostdev device"));
        return NULL;
    }
    /* each child counts once, the first time, as in libvirt */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            if (virDomainHostdevSourceParse(cur, def) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "driver") &&
                   def->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI) {
            def->driverName = virXMLPropString(cur, "name");
        } else if (xmlStrEqual(cur->name, BAD_CAST "readonly")) {
            def->readonly = true;
        } else if (xmlStrEqual(cur->name, BAD_CAST "shareable")) {
            def->shareable = true;
        }
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, true,
                                 def->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainHostdevDefFormat(virBuffer *buf, const virDomainHostdevDef *def, unsigned int flags)
{
    virBufferAsprintf(buf, "<hostdev mode='%s' type='%s'",
                      virDomainHostdevModeTypeToString(def->mode),
                      virDomainHostdevSubsysTypeToString(def->type));
    if (def->type != VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV)
        virBufferAsprintf(buf, " managed='%s'", def->managed ? "yes" : "no");
    virBufferEscapeString(buf, " model='%s'", def->mdevModel);
    if (def->rawio)
        virBufferAsprintf(buf, " rawio='%s'", virTristateBoolTypeToString(def->rawio));
    virBufferEscapeString(buf, " sgio='%s'", def->sgio);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<driver name='%s'/>\n", def->driverName);
    virBufferAddLit(buf, "<source");
    if (def->startupPolicy)
        virBufferAsprintf(buf, " startupPolicy='%s'",
                          virDomainStartupPolicyTypeToString(def->startupPolicy));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    switch (def->type) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
        if (def->hasVendor) {
            virBufferAsprintf(buf, "<vendor id='0x%.4x'/>\n", def->vendor);
            virBufferAsprintf(buf, "<product id='0x%.4x'/>\n", def->product);
        }
        if (def->hasUSBAddress)
            virBufferAsprintf(buf, "<address bus='%u' device='%u'/>\n", def->usbBus, def->usbDevice);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        virBufferAddLit(buf, "<address");
        virDomainPCIAddressFormat(buf, &def->pciAddr);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        virBufferEscapeString(buf, "<adapter name='%s'/>\n", def->scsiAdapter);
        virBufferAsprintf(buf, "<address bus='%u' target='%u' unit='%u'/>\n",
                          def->scsiAddr.bus, def->scsiAddr.target, def->scsiAddr.unit);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        virBufferEscapeString(buf, "<address uuid='%s'/>\n", def->mdevUUID);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
    default:
        break;
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</source>\n");
    if (def->readonly)
        virBufferAddLit(buf, "<readonly/>\n");
    if (def->shareable)
        virBufferAddLit(buf, "<shareable/>\n");
    virDomainDeviceInfoFormat(buf, &def->info, flags, true);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</hostdev>\n");
}


/* ---------------------------------------------------------------------
 * <devices>: parse
 */

static int virDomainDefOtherDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def,
                                            unsigned int flags);
static void virDomainFSDefFormat(virBuffer *buf, const virDomainFSDef *def, unsigned int flags);
static void virDomainTPMDefFormat(virBuffer *buf, const virDomainTPMDef *def, unsigned int flags);
static void virDomainRedirdevDefFormat(virBuffer *buf, const virDomainRedirdevDef *def,
                                       unsigned int flags);
static void virDomainSmartcardDefFormat(virBuffer *buf, const virDomainSmartcardDef *def,
                                        unsigned int flags);
static void virDomainSimpleDeviceFormat(virBuffer *buf, const char *elem, const char *attr,
                                        const char *value, const virDomainDeviceInfo *info,
                                        unsigned int flags);
static void virDomainIOMMUDefFormat(virBuffer *buf, const virDomainIOMMUDef *def,
                                    unsigned int flags);
static void virDomainVsockDefFormat(virBuffer *buf, const virDomainVsockDef *def,
                                    unsigned int flags);
static void virDomainShmemDefFormat(virBuffer *buf, const virDomainShmemDef *def,
                                    unsigned int flags);
static void virDomainMemoryDefFormat(virBuffer *buf, const virDomainMemoryDef *def,
                                     unsigned int flags);

#define VIR_DOMAIN_APPEND(array, count, item) \
    do { \
        (array) = g_renew(typeof(*(array)), (array), (count) + 1); \
        (array)[(count)++] = (item); \
    } while (0)

static int
virDomainDefParseChrs(xmlXPathContextPtr ctxt, const char *xpath,
                      virDomainChrDeviceType deviceType, virDomainChrDef ***list,
                      size_t *count, unsigned int flags)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet(xpath, ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainChrDef *chr = virDomainChrDefParse(nodes[i], deviceType, flags);

        if (!chr)
            return -1;
        VIR_DOMAIN_APPEND(*list, *count, chr);
    }
    return 0;
}

/* Where @controller goes among @group, the controllers of its type: before
 * the first one with a higher index, else at the end.  Those with an index
 * are sorted (every one came in this way); the ones without (-1) stay where
 * they were put, at the end of the group as it was then.  So the place is
 * just after the last indexed one not higher, skipping those without. */
static guint
virDomainControllerGroupPosition(GPtrArray *group, const virDomainControllerDef *controller)
{
    guint pos = group->len;

    if (controller->idx == -1)
        return pos;
    while (pos > 0) {
        const virDomainControllerDef *prev = g_ptr_array_index(group, pos - 1);

        if (prev->idx != -1 && prev->idx <= controller->idx)
            break;
        pos--;
    }
    while (pos < group->len &&
           ((virDomainControllerDef *)g_ptr_array_index(group, pos))->idx == -1)
        pos++;
    return pos;
}

/* The <controller> elements.  As libvirt, the controllers of one type are
 * kept together, types in the order they first appear, and each new one
 * goes before the first of its type with a higher index (USB companions
 * share the index of their master; other duplicates are refused).  Kept in
 * one array per type while parsing, so that a definition formatted with
 * thousands of implicit controllers reads back in about linear time. */
static int
virDomainDefControllersParseXML(virDomainDef *def, xmlNodePtr *nodes, int n,
                                unsigned int parseFlags)
{
    g_autoptr(GHashTable) seen = g_hash_table_new_full(g_int64_hash, g_int64_equal,
                                                       g_free, NULL);
    /* one array of controllers per type, in the order the types appear */
    g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *byType[VIR_DOMAIN_CONTROLLER_TYPE_LAST] = { NULL };
    size_t i, j;

    for (i = 0; i < (size_t)n; i++) {
        g_autoptr(virDomainControllerDef) controller = NULL;
        GPtrArray *group;
        guint pos;

        if (!(controller = virDomainControllerDefParse(nodes[i], parseFlags)))
            return -1;
        if (controller->idx != -1 && controller->type != VIR_DOMAIN_CONTROLLER_TYPE_USB) {
            gint64 *key = g_new(gint64, 1);

            *key = ((gint64)controller->type << 32) | (guint32)controller->idx;
            if (!g_hash_table_add(seen, key)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Multiple '%1$s' controllers with index '%2$d'"),
                               virDomainControllerTypeToString(controller->type),
                               controller->idx);
                return -1;
            }
        }
        if (!(group = byType[controller->type])) {
            group = g_ptr_array_new_with_free_func((GDestroyNotify)virDomainControllerDefFree);
            byType[controller->type] = group;
            g_ptr_array_add(groups, group);
        }
        pos = virDomainControllerGroupPosition(group, controller);
        g_ptr_array_insert(group, pos, g_steal_pointer(&controller));
    }

    for (i = 0; i < groups->len; i++) {
        GPtrArray *group = g_ptr_array_index(groups, i);

        def->controllers = g_renew(virDomainControllerDef *, def->controllers,
                                   def->ncontrollers + group->len);
        for (j = 0; j < group->len; j++)
            def->controllers[def->ncontrollers++] = g_ptr_array_index(group, j);
        /* the definition owns them now */
        g_ptr_array_set_free_func(group, NULL);
    }
    return 0;
}

/**
 * virDomainDefDevicesParseXML:
 * @ctxt: XPath context on the <domain> element
 * @def: the definition being filled (its <os> is already parsed)
 * @parseFlags: virDomainDefParseFlags
 *
 * Returns 0, or -1 with an error reported.
 */
int
virDomainDefDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int parseFlags)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    def->emulator = virXPathString("string(./devices/emulator[1])", ctxt);

    if ((n = virXPathNodeSet("./devices/disk", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->disks = g_new0(virDomainDiskDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainDiskDef *disk = virDomainDiskDefParse(nodes[i], parseFlags);

        if (!disk)
            return -1;
        virDomainDiskInsert(def, disk);
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/controller", ctxt, &nodes)) < 0)
        return -1;
    if (virDomainDefControllersParseXML(def, nodes, n, parseFlags) < 0)
        return -1;
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/interface", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainNetDef *net = virDomainNetDefParse(nodes[i], parseFlags);

        if (!net)
            return -1;
        VIR_DOMAIN_APPEND(def->nets, def->nnets, net);
    }
    g_clear_pointer(&nodes, g_free);

    if (virDomainDefParseChrs(ctxt, "./devices/parallel", VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL,
                              &def->parallels, &def->nparallels, parseFlags) < 0 ||
        virDomainDefParseChrs(ctxt, "./devices/serial", VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL,
                              &def->serials, &def->nserials, parseFlags) < 0 ||
        virDomainDefParseChrs(ctxt, "./devices/console", VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE,
                              &def->consoles, &def->nconsoles, parseFlags) < 0 ||
        virDomainDefParseChrs(ctxt, "./devices/channel", VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL,
                              &def->channels, &def->nchannels, parseFlags) < 0)
        return -1;

    if ((n = virXPathNodeSet("./devices/input", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainInputDef *input = virDomainInputDefParse(nodes[i], def, parseFlags);

        if (!input)
            return -1;
        VIR_DOMAIN_APPEND(def->inputs, def->ninputs, input);
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/graphics", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainGraphicsDef *graphics = virDomainGraphicsDefParse(nodes[i], parseFlags);

        if (!graphics)
            return -1;
        VIR_DOMAIN_APPEND(def->graphics, def->ngraphics, graphics);
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/sound", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainSoundDef *sound = virDomainSoundDefParse(nodes[i], parseFlags);

        if (!sound)
            return -1;
        VIR_DOMAIN_APPEND(def->sounds, def->nsounds, sound);
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/video", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainVideoDef *video = virDomainVideoDefParse(nodes[i], parseFlags);

        if (!video)
            return -1;
        if (video->primary) {
            if (def->nvideos && def->videos[0]->primary) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("Only one primary video device is supported"));
                virDomainVideoDefFree(video);
                return -1;
            }
            def->videos = g_renew(virDomainVideoDef *, def->videos, def->nvideos + 1);
            memmove(&def->videos[1], &def->videos[0], def->nvideos * sizeof(def->videos[0]));
            def->videos[0] = video;
            def->nvideos++;
        } else {
            VIR_DOMAIN_APPEND(def->videos, def->nvideos, video);
        }
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/hostdev", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainHostdevDef *hostdev = virDomainHostdevDefParse(nodes[i], parseFlags);

        if (!hostdev)
            return -1;
        VIR_DOMAIN_APPEND(def->hostdevs, def->nhostdevs, hostdev);
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/watchdog", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("only a single watchdog device is supported"));
        return -1;
    }
    if (n == 1 && !(def->watchdog = virDomainWatchdogDefParse(nodes[0], parseFlags)))
        return -1;
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/memballoon", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("only a single memory balloon device is supported"));
        return -1;
    }
    if (n == 1 && !(def->memballoon = virDomainMemballoonDefParse(nodes[0], parseFlags)))
        return -1;
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/rng", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        virDomainRNGDef *rng = virDomainRNGDefParse(nodes[i], parseFlags);

        if (!rng)
            return -1;
        VIR_DOMAIN_APPEND(def->rngs, def->nrngs, rng);
    }
    return virDomainDefOtherDevicesParseXML(ctxt, def, parseFlags);
}


/* ---------------------------------------------------------------------
 * <devices>: defaults filled in after parsing
 */

/* libvirt's compatibility rules between the first <console> of an HVM guest
 * and its first <serial>: they describe the same port. */
static int
virDomainDefAddConsoleCompat(virDomainDef *def)
{
    size_t i;

    for (i = 1; i < def->nconsoles; i++) {
        /* an untyped console is a serial one */
        if (def->consoles[i]->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL ||
            def->consoles[i]->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_NONE) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("Only the first console can be a serial port"));
            return -1;
        }
    }
    if (def->osType != VIR_DOMAIN_OSTYPE_HVM)
        return 0;

    if (def->nconsoles > 0 &&
        (def->consoles[0]->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL ||
         def->consoles[0]->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_NONE)) {
        if (def->nserials == 0) {
            virDomainChrDef *serial = def->consoles[0];

            serial->deviceType = VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL;
            serial->targetType = VIR_DOMAIN_CHR_SERIAL_TARGET_NONE;
            serial->hasTargetType = false;
            serial->port = 0;
            VIR_DOMAIN_APPEND(def->serials, def->nserials, serial);
            def->consoles[0] = NULL;
        } else if (!virDomainChrSourceDefIsEqual(&def->serials[0]->source,
                                                 &def->consoles[0]->source)) {
            g_clear_pointer(&def->consoles[0], virDomainChrDefFree);
        }
        if (!def->consoles[0]) {
            def->consoles[0] = virDomainChrDefNew(VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE);
            def->consoles[0]->targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL;
            virDomainChrSourceCopy(&def->consoles[0]->source, &def->serials[0]->source);
        }
    } else if (def->nserials > 0 &&
               (def->serials[0]->targetType == VIR_DOMAIN_CHR_SERIAL_TARGET_NONE ||
                def->serials[0]->targetType == VIR_DOMAIN_CHR_SERIAL_TARGET_ISA)) {
        virDomainChrDef *stub = virDomainChrDefNew(VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE);

        stub->targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL;
        virDomainChrSourceCopy(&stub->source, &def->serials[0]->source);
        def->consoles = g_renew(virDomainChrDef *, def->consoles, def->nconsoles + 1);
        memmove(&def->consoles[1], &def->consoles[0], def->nconsoles * sizeof(def->consoles[0]));
        def->consoles[0] = stub;
        def->nconsoles++;
    }
    return 0;
}

static bool
virDomainDefSCSIDriveUsed(const virDomainDef *def, unsigned int controller, unsigned int unit)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDeviceInfo *info = &def->disks[i]->info;

        if (def->disks[i]->bus == VIR_DOMAIN_DISK_BUS_SCSI &&
            info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
            info->addr.drive.controller == controller && info->addr.drive.unit == unit)
            return true;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        const virDomainDeviceInfo *info = &def->hostdevs[i]->info;

        if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
            info->addr.drive.controller == controller && info->addr.drive.unit == unit)
            return true;
    }
    return false;
}

/* A SCSI host device gets the first free unit of the narrow SCSI buses. */
static void
virDomainHostdevAssignAddress(const virDomainDef *def, virDomainHostdevDef *hostdev)
{
    unsigned int controller = 0;
    unsigned int unit = 0;

    while (virDomainDefSCSIDriveUsed(def, controller, unit)) {
        if (++unit == 7) {
            unit = 0;
            controller++;
        }
    }
    hostdev->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
    hostdev->info.addr.drive.controller = controller;
    hostdev->info.addr.drive.bus = 0;
    hostdev->info.addr.drive.target = 0;
    hostdev->info.addr.drive.unit = unit;
}

/* Controllers without index='' get, in document order, the lowest index
 * their type does not use yet.  That index is at most ncontrollers, so one
 * flag per type and index up to there says what is taken. */
static void
virDomainDefAssignControllerIndexes(virDomainDef *def)
{
    size_t next[VIR_DOMAIN_CONTROLLER_TYPE_LAST] = { 0 };
    size_t n = def->ncontrollers + 1;
    g_autofree bool *used = NULL;
    size_t i;

    for (i = 0; i < def->ncontrollers && def->controllers[i]->idx != -1; i++)
        ;
    if (i == def->ncontrollers)
        return;
    used = g_new0(bool, n * VIR_DOMAIN_CONTROLLER_TYPE_LAST);
    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *controller = def->controllers[i];

        if (controller->idx >= 0 && (size_t)controller->idx < n)
            used[controller->type * n + controller->idx] = true;
    }
    for (i = 0; i < def->ncontrollers; i++) {
        virDomainControllerDef *controller = def->controllers[i];
        bool *taken = used + controller->type * n;
        size_t *idx = &next[controller->type];

        if (controller->idx != -1)
            continue;
        while (taken[*idx])
            (*idx)++;
        taken[*idx] = true;
        controller->idx = *idx;
    }
}

static void
virDomainDefAddVirtioSerialControllers(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nchannels; i++) {
        const virDomainChrDef *chr = def->channels[i];
        int idx = 0;

        if (chr->targetType != VIR_DOMAIN_CHR_CHANNEL_TARGET_VIRTIO)
            continue;
        if (chr->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL)
            idx = chr->info.addr.vioserial.controller;
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL, idx);
    }
    for (i = 0; i < def->nconsoles; i++) {
        const virDomainChrDef *chr = def->consoles[i];
        int idx = 0;

        if (chr->targetType != VIR_DOMAIN_CHR_CONSOLE_TARGET_VIRTIO)
            continue;
        if (chr->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL)
            idx = chr->info.addr.vioserial.controller;
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL, idx);
    }
}

/**
 * virDomainDefDevicesPostParse:
 * @def: a parsed definition
 * @parseFlags: virDomainDefParseFlags
 *
 * Fills in what libvirt fills in: disk buses and drive addresses,
 * controller indexes, implicit controllers, the serial console, the video
 * device of a guest with graphics and video defaults.
 *
 * Returns 0, or -1 with an error reported.
 */
int
virDomainDefDevicesPostParse(virDomainDef *def, unsigned int parseFlags)
{
    size_t i;

    (void)parseFlags;
    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskPostParse(def->disks[i]) < 0)
            return -1;
    }
    virDomainDefAssignControllerIndexes(def);

    for (i = 0; i < def->nhostdevs; i++) {
        if (def->hostdevs[i]->type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI &&
            def->hostdevs[i]->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)
            virDomainHostdevAssignAddress(def, def->hostdevs[i]);
    }

    virDomainChrAssignPorts(def->serials, def->nserials);
    virDomainChrAssignPorts(def->parallels, def->nparallels);
    /* consoles are numbered by position, whatever their port says */
    for (i = 0; i < def->nconsoles; i++)
        def->consoles[i]->port = i;
    if (virDomainDefAddConsoleCompat(def) < 0)
        return -1;
    if (virDomainDefAddDiskControllers(def, VIR_DOMAIN_CONTROLLER_TYPE_SCSI,
                                       VIR_DOMAIN_DISK_BUS_SCSI) < 0 ||
        virDomainDefAddDiskControllers(def, VIR_DOMAIN_CONTROLLER_TYPE_FDC,
                                       VIR_DOMAIN_DISK_BUS_FDC) < 0 ||
        virDomainDefAddDiskControllers(def, VIR_DOMAIN_CONTROLLER_TYPE_IDE,
                                       VIR_DOMAIN_DISK_BUS_IDE) < 0 ||
        virDomainDefAddDiskControllers(def, VIR_DOMAIN_CONTROLLER_TYPE_SATA,
                                       VIR_DOMAIN_DISK_BUS_SATA) < 0)
        return -1;
    virDomainDefAddVirtioSerialControllers(def);
    for (i = 0; i < def->nsmartcards; i++) {
        virDomainDeviceInfo *info = &def->smartcards[i]->info;

        if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE) {
            size_t j;
            unsigned int slot = 0;

            for (j = 0; j < def->nsmartcards; j++) {
                const virDomainDeviceInfo *other = &def->smartcards[j]->info;

                if (j != i && other->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID &&
                    other->addr.ccid.controller == 0 && other->addr.ccid.slot >= slot)
                    slot = other->addr.ccid.slot + 1;
            }
            info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID;
            info->addr.ccid.controller = 0;
            info->addr.ccid.slot = slot;
        }
        if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID)
            virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_CCID,
                                           info->addr.ccid.controller);
    }
    if (def->nredirdevs > 0) {
        bool usb = false;

        for (i = 0; i < def->ncontrollers; i++) {
            if (def->controllers[i]->type == VIR_DOMAIN_CONTROLLER_TYPE_USB &&
                def->controllers[i]->model !=
                virDomainControllerModelFromString(VIR_DOMAIN_CONTROLLER_TYPE_USB, "none"))
                usb = true;
        }
        if (!usb) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("cannot add redirected USB device: USB is disabled for this domain"));
            return -1;
        }
    }

    if (def->ngraphics > 0 && def->nvideos == 0) {
        virDomainVideoDef *video = g_new0(virDomainVideoDef, 1);

        video->heads = 1;
        VIR_DOMAIN_APPEND(def->videos, def->nvideos, video);
    }
    for (i = 0; i < def->nvideos; i++)
        virDomainVideoDefPostParse(def->videos[i], def);
    if (def->nvideos > 0 && def->videos[0]->type != VIR_DOMAIN_VIDEO_TYPE_NONE)
        def->videos[0]->primary = true;
    return 0;
}

static bool
virDomainDiskAddressValid(const virDomainDiskDef *disk)
{
    switch (disk->bus) {
    case VIR_DOMAIN_DISK_BUS_IDE:
    case VIR_DOMAIN_DISK_BUS_FDC:
    case VIR_DOMAIN_DISK_BUS_SCSI:
    case VIR_DOMAIN_DISK_BUS_SATA:
        return disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
    case VIR_DOMAIN_DISK_BUS_USB:
        return disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE ||
               disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB;
    case VIR_DOMAIN_DISK_BUS_NONE:
    case VIR_DOMAIN_DISK_BUS_VIRTIO:
    case VIR_DOMAIN_DISK_BUS_XEN:
    case VIR_DOMAIN_DISK_BUS_UML:
    case VIR_DOMAIN_DISK_BUS_SD:
    case VIR_DOMAIN_DISK_BUS_LAST:
    default:
        return true;
    }
}

static int
virDomainDiskDefValidate(const virDomainDiskDef *disk)
{
    bool virtio = disk->bus == VIR_DOMAIN_DISK_BUS_VIRTIO;

    if (disk->wwn) {
        const char *p = disk->wwn;
        size_t n = 0;

        if (g_str_has_prefix(p, "0x"))
            p += 2;
        for (; *p && g_ascii_isxdigit(*p); p++)
            n++;
        if (*p || n != 16) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("Malformed wwn: %1$s"), disk->wwn);
            return -1;
        }
    }
    if (disk->device != VIR_DOMAIN_DISK_DEVICE_LUN) {
        if (disk->rawio) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("rawio can be used only with device='lun'"));
            return -1;
        }
        if (disk->sgio) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("sgio can be used only with device='lun'"));
            return -1;
        }
    }
    if (disk->tray == VIR_DOMAIN_DISK_TRAY_OPEN &&
        disk->device != VIR_DOMAIN_DISK_DEVICE_CDROM &&
        disk->device != VIR_DOMAIN_DISK_DEVICE_FLOPPY) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("tray is only valid for cdrom and floppy"));
        return -1;
    }
    if (disk->model && !virtio) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("disk model '%1$s' not supported for bus '%2$s'"),
                       virDomainDiskModelTypeToString(disk->model),
                       virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }
    if (!virtio) {
        if (disk->queues) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("queues attribute in disk driver element is only supported by virtio-blk"));
            return -1;
        }
        if (disk->ioeventfd) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("disk ioeventfd mode supported only for virtio bus"));
            return -1;
        }
        if (disk->eventIdx) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("disk event_idx mode supported only for virtio bus"));
            return -1;
        }
    }
    if (!virDomainDiskAddressValid(disk)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Invalid address type '%1$s' for the disk '%2$s' with the bus type '%3$s'"),
                       virDomainDeviceAddressTypeToString(disk->info.type), disk->dst,
                       virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }
    return 0;
}

/* The source as libvirt names it in messages (an RBD image without its
 * pool). */
static const char *
virDomainDiskSourceName(const virDomainDiskDef *disk)
{
    if (disk->path)
        return disk->path;
    if (disk->name && disk->protocol == VIR_DOMAIN_DISK_PROTOCOL_RBD && strchr(disk->name, '/'))
        return strchr(disk->name, '/') + 1;
    if (disk->name)
        return disk->name;
    if (disk->volume)
        return disk->volume;
    return "(null)";
}

/**
 * virDomainDefDevicesValidate:
 * @def: a definition after post-parse
 *
 * Checks what libvirt checks across devices: unique disk targets and drive
 * addresses, unique boot orders, a 'none' video on its own.
 *
 * Returns 0, or -1 with an error reported.
 */
int
virDomainDefDevicesValidate(const virDomainDef *def)
{
    g_autoptr(GHashTable) bootOrders = g_hash_table_new(g_direct_hash, g_direct_equal);
    size_t i, j;

    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskDefValidate(def->disks[i]) < 0)
            return -1;
    }

    for (i = 0; i < def->ndisks; i++) {
        for (j = i + 1; j < def->ndisks; j++) {
            if (g_str_equal(def->disks[i]->dst, def->disks[j]->dst)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("target '%1$s' duplicated for disk sources '%2$s' and '%3$s'"),
                               def->disks[i]->dst, virDomainDiskSourceName(def->disks[i]),
                               virDomainDiskSourceName(def->disks[j]));
                return -1;
            }
        }
    }
    for (i = 0; i < def->ndisks; i++) {
        const virDomainDeviceInfo *a = &def->disks[i]->info;

        if (a->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        for (j = i + 1; j < def->ndisks; j++) {
            const virDomainDeviceInfo *b = &def->disks[j]->info;

            if (b->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
                def->disks[i]->bus == def->disks[j]->bus &&
                a->addr.drive.controller == b->addr.drive.controller &&
                a->addr.drive.bus == b->addr.drive.bus &&
                a->addr.drive.target == b->addr.drive.target &&
                a->addr.drive.unit == b->addr.drive.unit) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("Found duplicate drive address for disk with target name '%1$s' controller='%2$u' bus='%3$u' target='%4$u' unit='%5$u'"),
                               def->disks[i]->dst, a->addr.drive.controller, a->addr.drive.bus,
                               a->addr.drive.target, a->addr.drive.unit);
                return -1;
            }
        }
    }

#define VIR_DOMAIN_CHECK_BOOT(info) \
    do { \
        unsigned int vir__order = (info).bootIndex; \
        if (vir__order) { \
            if (g_hash_table_contains(bootOrders, GUINT_TO_POINTER(vir__order))) { \
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, \
                               _("boot order '%1$u' used for more than one device"), \
                               vir__order); \
                return -1; \
            } \
            g_hash_table_add(bootOrders, GUINT_TO_POINTER(vir__order)); \
        } \
    } while (0)

    for (i = 0; i < def->ndisks; i++)
        VIR_DOMAIN_CHECK_BOOT(def->disks[i]->info);
    for (i = 0; i < def->nnets; i++)
        VIR_DOMAIN_CHECK_BOOT(def->nets[i]->info);
    for (i = 0; i < def->nhostdevs; i++)
        VIR_DOMAIN_CHECK_BOOT(def->hostdevs[i]->info);
#undef VIR_DOMAIN_CHECK_BOOT

    for (i = 0; i < def->nhostdevs; i++) {
        for (j = i + 1; j < def->nhostdevs; j++) {
            const virDomainHostdevDef *a = def->hostdevs[i];
            const virDomainHostdevDef *b = def->hostdevs[j];
            bool same = false;

            if (a->type != b->type)
                continue;
            switch (a->type) {
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
                same = a->pciAddr.domain == b->pciAddr.domain && a->pciAddr.bus == b->pciAddr.bus &&
                       a->pciAddr.slot == b->pciAddr.slot &&
                       a->pciAddr.function == b->pciAddr.function;
                break;
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
                same = a->hasVendor == b->hasVendor && a->vendor == b->vendor &&
                       a->product == b->product && a->hasUSBAddress == b->hasUSBAddress &&
                       a->usbBus == b->usbBus && a->usbDevice == b->usbDevice;
                break;
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
                same = g_strcmp0(a->scsiAdapter, b->scsiAdapter) == 0 &&
                       a->scsiAddr.bus == b->scsiAddr.bus &&
                       a->scsiAddr.target == b->scsiAddr.target &&
                       a->scsiAddr.unit == b->scsiAddr.unit;
                break;
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
                same = g_strcmp0(a->mdevUUID, b->mdevUUID) == 0;
                break;
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
            case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
            default:
                break;
            }
            if (same) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("Hostdev already exists in the domain configuration"));
                return -1;
            }
        }
    }
    for (i = 0; i < def->nmems; i++) {
        int node = def->mems[i]->targetNode;
        size_t ncells = def->cpu ? def->cpu->ncells : 0;

        if (node < 0)
            continue;
        if (ncells == 0) {
            virReportError(VIR_ERR_XML_DETAIL, "%s",
                           _("can't add memory backend as guest has no NUMA nodes configured"));
            return -1;
        }
        if ((size_t)node >= ncells) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("can't add memory backend for guest node '%1$d' as the guest has only '%2$zu' NUMA nodes configured"),
                           node, ncells);
            return -1;
        }
    }
    for (i = 0; i < def->nsounds; i++) {
        unsigned int id = def->sounds[i]->audioId;

        if (id) {
            for (j = 0; j < def->naudios && def->audios[j]->id != id; j++)
                ;
            if (j == def->naudios) {
                virReportError(VIR_ERR_XML_ERROR, _("no audio device with ID %1$u"), id);
                return -1;
            }
        }
    }
    for (i = 0; i < def->nvideos; i++) {
        if (def->videos[i]->type == VIR_DOMAIN_VIDEO_TYPE_NONE && def->nvideos > 1) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("a 'none' video type must be the only video device defined for the domain"));
            return -1;
        }
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * <devices>: format
 */

/**
 * virDomainDefDevicesFormat:
 * @buf: output buffer at the <devices> indentation
 * @def: the definition (borrowed)
 * @formatFlags: VIR_DOMAIN_XML_* flags
 */
void
virDomainDefDevicesFormat(virBuffer *buf, const virDomainDef *def, unsigned int formatFlags)
{
    size_t i;

    virBufferAddLit(buf, "<devices>\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<emulator>%s</emulator>\n", def->emulator);
    for (i = 0; i < def->ndisks; i++)
        virDomainDiskDefFormat(buf, def->disks[i], formatFlags);
    for (i = 0; i < def->ncontrollers; i++)
        virDomainControllerDefFormat(buf, def->controllers[i], formatFlags);
    for (i = 0; i < def->nfss; i++)
        virDomainFSDefFormat(buf, def->fss[i], formatFlags);
    for (i = 0; i < def->nnets; i++)
        virDomainNetDefFormat(buf, def->nets[i], formatFlags);
    for (i = 0; i < def->nsmartcards; i++)
        virDomainSmartcardDefFormat(buf, def->smartcards[i], formatFlags);
    for (i = 0; i < def->nserials; i++)
        virDomainChrDefFormat(buf, def->serials[i], formatFlags);
    for (i = 0; i < def->nparallels; i++)
        virDomainChrDefFormat(buf, def->parallels[i], formatFlags);
    for (i = 0; i < def->nconsoles; i++) {
        const virDomainChrDef *console = def->consoles[i];

        /* the serial console of an HVM guest is its first serial port */
        if (def->osType == VIR_DOMAIN_OSTYPE_HVM &&
            (console->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL ||
             console->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_NONE) &&
            i < def->nserials) {
            virDomainChrDef copy = *def->serials[i];

            copy.deviceType = VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE;
            copy.targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_SERIAL;
            copy.targetModel = -1;
            virDomainChrDefFormat(buf, &copy, formatFlags);
        } else {
            virDomainChrDefFormat(buf, console, formatFlags);
        }
    }
    for (i = 0; i < def->nchannels; i++)
        virDomainChrDefFormat(buf, def->channels[i], formatFlags);
    for (i = 0; i < def->ninputs; i++)
        virDomainInputDefFormat(buf, def->inputs[i], formatFlags);
    for (i = 0; i < def->ntpms; i++)
        virDomainTPMDefFormat(buf, def->tpms[i], formatFlags);
    for (i = 0; i < def->ngraphics; i++)
        virDomainGraphicsDefFormat(buf, def->graphics[i], formatFlags);
    for (i = 0; i < def->nsounds; i++)
        virDomainSoundDefFormat(buf, def->sounds[i], formatFlags);
    for (i = 0; i < def->naudios; i++) {
        virBufferAsprintf(buf, "<audio id='%u'", def->audios[i]->id);
        virBufferEscapeString(buf, " type='%s'/>\n", def->audios[i]->type);
    }
    for (i = 0; i < def->nvideos; i++)
        virDomainVideoDefFormat(buf, def->videos[i], formatFlags);
    for (i = 0; i < def->nhostdevs; i++)
        virDomainHostdevDefFormat(buf, def->hostdevs[i], formatFlags);
    for (i = 0; i < def->nredirdevs; i++)
        virDomainRedirdevDefFormat(buf, def->redirdevs[i], formatFlags);
    for (i = 0; i < def->nhubs; i++)
        virDomainSimpleDeviceFormat(buf, "hub", "type", def->hubs[i]->type,
                                    &def->hubs[i]->info, formatFlags);
    if (def->watchdog)
        virDomainWatchdogDefFormat(buf, def->watchdog, formatFlags);
    if (def->memballoon)
        virDomainMemballoonDefFormat(buf, def->memballoon, formatFlags);
    for (i = 0; i < def->nrngs; i++)
        virDomainRNGDefFormat(buf, def->rngs[i], formatFlags);
    for (i = 0; i < def->npanics; i++) {
        /* libvirt drops a panic device without a model */
        if (def->panics[i]->model)
            virDomainSimpleDeviceFormat(buf, "panic", "model", def->panics[i]->model,
                                        &def->panics[i]->info, formatFlags);
    }
    for (i = 0; i < def->nshmems; i++)
        virDomainShmemDefFormat(buf, def->shmems[i], formatFlags);
    for (i = 0; i < def->nmems; i++)
        virDomainMemoryDefFormat(buf, def->mems[i], formatFlags);
    if (def->iommu)
        virDomainIOMMUDefFormat(buf, def->iommu, formatFlags);
    if (def->vsock)
        virDomainVsockDefFormat(buf, def->vsock, formatFlags);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</devices>\n");
}


/* ---------------------------------------------------------------------
 * Less common devices
 */

void
virDomainFSDefFree(virDomainFSDef *def)
{
    if (!def)
        return;
    g_free(def->type);
    g_free(def->accessmode);
    g_free(def->multidevs);
    g_free(def->fmode);
    g_free(def->dmode);
    g_free(def->driverType);
    g_free(def->driverFormat);
    g_free(def->driverWrpolicy);
    g_free(def->srcAttr);
    g_free(def->src);
    g_free(def->srcUnits);
    g_free(def->dst);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainTPMDefFree(virDomainTPMDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    g_free(def->backendType);
    g_free(def->backendVersion);
    g_free(def->devicePath);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainAudioDefFree(virDomainAudioDef *def)
{
    if (!def)
        return;
    g_free(def->type);
    g_free(def);
}

void
virDomainRedirdevDefFree(virDomainRedirdevDef *def)
{
    if (!def)
        return;
    g_free(def->bus);
    virDomainChrSourceDefClear(&def->source);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainSmartcardDefFree(virDomainSmartcardDef *def)
{
    if (!def)
        return;
    g_free(def->mode);
    g_strfreev(def->certificates);
    g_free(def->database);
    virDomainChrSourceDefClear(&def->source);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainHubDefFree(virDomainHubDef *def)
{
    if (!def)
        return;
    g_free(def->type);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainPanicDefFree(virDomainPanicDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainIOMMUDefFree(virDomainIOMMUDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainVsockDefFree(virDomainVsockDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainShmemDefFree(virDomainShmemDef *def)
{
    if (!def)
        return;
    g_free(def->name);
    g_free(def->model);
    g_free(def->serverPath);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

void
virDomainMemoryDefFree(virDomainMemoryDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    g_free(def->access);
    g_free(def->discard);
    g_free(def->sourceNodemask);
    g_free(def->sourcePath);
    virDomainDeviceInfoClear(&def->info);
    g_free(def);
}

/* A size child element (<size unit='GiB'>1</size>) in KiB. */
static int
virDomainScaledChildParse(xmlNodePtr node, const char *name, unsigned long long *kib)
{
    xmlNodePtr child = virDomainChildElement(node, name);
    g_autofree char *value = NULL;
    g_autofree char *unit = NULL;
    unsigned long long bytes;

    if (!child)
        return 0;
    value = virXMLNodeContentString(child);
    unit = virXMLPropString(child, "unit");
    if (virUnitsStrToULongLong(value, &bytes) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value '%1$s' for element or attribute '%2$s'"),
                       value, name);
        return -1;
    }
    if (virUnitsScaleInteger(&bytes, unit, 1024, LLONG_MAX) < 0)
        return -1;
    *kib = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    return 1;
}

static virDomainFSDef *
virDomainFSDefParse(xmlNodePtr node, unsigned int flags)
{
    static const char *const srcAttrs[] = { "dir", "dev", "file", "name", "usage", "socket" };
    g_autoptr(virDomainFSDef) def = g_new0(virDomainFSDef, 1);
    xmlNodePtr cur;

    static const char *const fsTypes[] = { "mount", "block", "file", "template", "ram", "bind",
                                           "volume", NULL };
    static const char *const fsAccess[] = { "passthrough", "mapped", "squash", NULL };

    def->type = virXMLPropString(node, "type");
    if (!def->type)
        def->type = g_strdup("mount");
    if (virDomainStringTableLookup(fsTypes, def->type) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "type", "filesystem", def->type);
        return NULL;
    }
    def->accessmode = virXMLPropString(node, "accessmode");
    if (!def->accessmode)
        def->accessmode = g_strdup("passthrough");
    if (virDomainStringTableLookup(fsAccess, def->accessmode) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "accessmode", "filesystem", def->accessmode);
        return NULL;
    }
    def->multidevs = virXMLPropString(node, "multidevs");
    def->fmode = virXMLPropString(node, "fmode");
    def->dmode = virXMLPropString(node, "dmode");

    /* each child counts once, the first time, as in libvirt */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !virDomainIsFirstChild(cur))
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "driver")) {
            def->driverType = virXMLPropString(cur, "type");
            def->driverFormat = virXMLPropString(cur, "format");
            def->driverWrpolicy = virXMLPropString(cur, "wrpolicy");
            if (virXMLPropUInt(cur, "queue", 10, VIR_XML_PROP_NONE, &def->driverQueue) < 0)
                return NULL;
        } else if (xmlStrEqual(cur->name, BAD_CAST "source")) {
            size_t i;

            for (i = 0; i < G_N_ELEMENTS(srcAttrs); i++) {
                if ((def->src = virXMLPropString(cur, srcAttrs[i]))) {
                    def->srcAttr = g_strdup(srcAttrs[i]);
                    break;
                }
            }
            def->srcUnits = virXMLPropString(cur, "units");
        } else if (xmlStrEqual(cur->name, BAD_CAST "readonly")) {
            def->readonly = true;
        }
    }
    /* libvirt's "string(./target/@dir)": the first one given */
    def->dst = virDomainChildAttr(node, "target", "dir");
    if (!def->dst) {
        virReportError(VIR_ERR_NO_TARGET, "%s", def->src ? def->src : "");
        return NULL;
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, true, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainFSDefFormat(virBuffer *buf, const virDomainFSDef *def, unsigned int flags)
{
    virBufferEscapeString(buf, "<filesystem type='%s'", def->type);
    virBufferEscapeString(buf, " accessmode='%s'", def->accessmode);
    virBufferEscapeString(buf, " multidevs='%s'", def->multidevs);
    virBufferEscapeString(buf, " fmode='%s'", def->fmode);
    virBufferEscapeString(buf, " dmode='%s'", def->dmode);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    if (def->driverType || def->driverFormat || def->driverQueue || def->driverWrpolicy) {
        virBufferAddLit(buf, "<driver");
        virBufferEscapeString(buf, " type='%s'", def->driverType);
        virBufferEscapeString(buf, " format='%s'", def->driverFormat);
        if (def->driverQueue)
            virBufferAsprintf(buf, " queue='%u'", def->driverQueue);
        virBufferEscapeString(buf, " wrpolicy='%s'", def->driverWrpolicy);
        virBufferAddLit(buf, "/>\n");
    }
    if (def->src) {
        virBufferAsprintf(buf, "<source %s=", def->srcAttr);
        virBufferEscapeString(buf, "'%s'", def->src);
        virBufferEscapeString(buf, " units='%s'", def->srcUnits);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferEscapeString(buf, "<target dir='%s'/>\n", def->dst);
    if (def->readonly)
        virBufferAddLit(buf, "<readonly/>\n");
    virDomainDeviceInfoFormat(buf, &def->info, flags, true);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</filesystem>\n");
}

static virDomainTPMDef *
virDomainTPMDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainTPMDef) def = g_new0(virDomainTPMDef, 1);
    xmlNodePtr backend = virDomainChildElement(node, "backend");
    xmlNodePtr cur;

    def->model = virXMLPropString(node, "model");
    if (!backend) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing TPM device backend"));
        return NULL;
    }
    for (cur = backend->next; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST "backend")) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("only one TPM backend is supported"));
            return NULL;
        }
    }
    if (!(def->backendType = virXMLPropString(backend, "type"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing TPM device backend type"));
        return NULL;
    }
    def->backendVersion = virXMLPropString(backend, "version");
    if (def->backendVersion && !g_str_equal(def->backendVersion, "1.2") &&
        !g_str_equal(def->backendVersion, "2.0")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "version", "backend", def->backendVersion);
        return NULL;
    }
    if (g_str_equal(def->backendType, "passthrough")) {
        xmlNodePtr device = virDomainChildElement(backend, "device");

        def->devicePath = device ? virXMLPropString(device, "path") : NULL;
        if (!def->devicePath)
            def->devicePath = g_strdup("/dev/tpm0");
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainTPMDefFormat(virBuffer *buf, const virDomainTPMDef *def, unsigned int flags)
{
    virBufferAddLit(buf, "<tpm");
    virBufferEscapeString(buf, " model='%s'", def->model);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<backend type='%s'", def->backendType);
    virBufferEscapeString(buf, " version='%s'", def->backendVersion);
    if (def->devicePath) {
        virBufferAddLit(buf, ">\n");
        virBufferEscapeString(buf, "  <device path='%s'/>\n", def->devicePath);
        virBufferAddLit(buf, "</backend>\n");
    } else {
        virBufferAddLit(buf, "/>\n");
    }
    virDomainDeviceInfoFormat(buf, &def->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</tpm>\n");
}

static virDomainAudioDef *
virDomainAudioDefParse(xmlNodePtr node)
{
    g_autoptr(virDomainAudioDef) def = g_new0(virDomainAudioDef, 1);

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &def->id) < 0)
        return NULL;
    if (!(def->type = virXMLPropString(node, "type"))) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"), "type", "audio");
        return NULL;
    }
    return g_steal_pointer(&def);
}

static virDomainRedirdevDef *
virDomainRedirdevDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainRedirdevDef) def = g_new0(virDomainRedirdevDef, 1);
    g_autofree char *type = virXMLPropString(node, "type");
    int val;

    def->bus = virXMLPropString(node, "bus");
    if (!def->bus)
        def->bus = g_strdup("usb");
    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing type in redirdev"));
        return NULL;
    }
    if ((val = virDomainChrTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown redirdev character device type '%1$s'"),
                       type);
        return NULL;
    }
    def->source.type = val;
    if (virDomainChrSourceParse(node, &def->source) < 0 ||
        virDomainDeviceInfoParse(node, &def->info, flags, true, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainRedirdevDefFormat(virBuffer *buf, const virDomainRedirdevDef *def, unsigned int flags)
{
    virBufferEscapeString(buf, "<redirdev bus='%s'", def->bus);
    virBufferAsprintf(buf, " type='%s'>\n", virDomainChrTypeToString(def->source.type));
    virBufferAdjustIndent(buf, 2);
    virDomainChrSourceFormat(buf, &def->source, flags);
    virDomainDeviceInfoFormat(buf, &def->info, flags, true);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</redirdev>\n");
}

static virDomainSmartcardDef *
virDomainSmartcardDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainSmartcardDef) def = g_new0(virDomainSmartcardDef, 1);
    g_autofree char *type = NULL;
    xmlNodePtr cur;

    if (!(def->mode = virXMLPropString(node, "mode"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing smartcard device mode"));
        return NULL;
    }
    if (g_str_equal(def->mode, "host-certificates")) {
        g_autoptr(GPtrArray) certs = g_ptr_array_new();

        for (cur = node->children; cur; cur = cur->next) {
            if (cur->type != XML_ELEMENT_NODE)
                continue;
            if (xmlStrEqual(cur->name, BAD_CAST "certificate"))
                g_ptr_array_add(certs, virXMLNodeContentString(cur));
            else if (xmlStrEqual(cur->name, BAD_CAST "database") && !def->database) {
                /* the first one with a content, as libvirt reads it */
                def->database = virXMLNodeContentString(cur);
                if (!*def->database)
                    g_clear_pointer(&def->database, g_free);
            }
        }
        def->ncertificates = certs->len;
        g_ptr_array_add(certs, NULL);
        def->certificates = (char **)g_ptr_array_free(g_steal_pointer(&certs), FALSE);
    } else if (g_str_equal(def->mode, "passthrough")) {
        int val;

        if (!(type = virXMLPropString(node, "type"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("passthrough mode requires a character device type attribute"));
            return NULL;
        }
        if ((val = virDomainChrTypeFromString(type)) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unknown type presented to host for character device: %1$s"),
                           type);
            return NULL;
        }
        def->source.type = val;
        if (virDomainChrSourceParse(node, &def->source) < 0)
            return NULL;
    } else if (!g_str_equal(def->mode, "host")) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown smartcard device mode: %1$s"), def->mode);
        return NULL;
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainSmartcardDefFormat(virBuffer *buf, const virDomainSmartcardDef *def,
                            unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virBufferEscapeString(buf, "<smartcard mode='%s'", def->mode);
    if (g_str_equal(def->mode, "passthrough")) {
        virBufferAsprintf(buf, " type='%s'", virDomainChrTypeToString(def->source.type));
        virDomainChrSourceFormat(&child, &def->source, flags);
    }
    for (i = 0; i < def->ncertificates; i++)
        virBufferEscapeString(&child, "<certificate>%s</certificate>\n", def->certificates[i]);
    virBufferEscapeString(&child, "<database>%s</database>\n", def->database);
    virDomainDeviceInfoFormat(&child, &def->info, flags, false);
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</smartcard>\n");
}

/* <hub>, <panic>: a type or model and an address. */
static void
virDomainSimpleDeviceFormat(virBuffer *buf, const char *elem, const char *attr,
                            const char *value, const virDomainDeviceInfo *info,
                            unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    virDomainDeviceInfoFormat(&child, info, flags, false);
    virBufferAsprintf(buf, "<%s", elem);
    if (value) {
        virBufferAsprintf(buf, " %s=", attr);
        virBufferEscapeString(buf, "'%s'", value);
    }
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAsprintf(buf, "</%s>\n", elem);
}

static virDomainIOMMUDef *
virDomainIOMMUDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainIOMMUDef) def = g_new0(virDomainIOMMUDef, 1);
    xmlNodePtr driver;

    if (!(def->model = virXMLPropString(node, "model"))) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"), "model", "iommu");
        return NULL;
    }
    if (!g_str_equal(def->model, "intel") && !g_str_equal(def->model, "smmuv3") &&
        !g_str_equal(def->model, "virtio")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "model", "iommu", def->model);
        return NULL;
    }
    if ((driver = virDomainChildElement(node, "driver"))) {
        if (virXMLPropTristateSwitch(driver, "intremap", VIR_XML_PROP_NONE, &def->intremap) < 0 ||
            virXMLPropTristateSwitch(driver, "caching_mode", VIR_XML_PROP_NONE,
                                     &def->cachingMode) < 0 ||
            virXMLPropTristateSwitch(driver, "eim", VIR_XML_PROP_NONE, &def->eim) < 0 ||
            virXMLPropTristateSwitch(driver, "iotlb", VIR_XML_PROP_NONE, &def->iotlb) < 0 ||
            virXMLPropUInt(driver, "aw_bits", 10, VIR_XML_PROP_NONE, &def->awBits) < 0)
            return NULL;
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainIOMMUDefFormat(virBuffer *buf, const virDomainIOMMUDef *def, unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) attrs = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    if (def->intremap)
        virBufferAsprintf(&attrs, " intremap='%s'", virTristateSwitchTypeToString(def->intremap));
    if (def->cachingMode)
        virBufferAsprintf(&attrs, " caching_mode='%s'",
                          virTristateSwitchTypeToString(def->cachingMode));
    if (def->eim)
        virBufferAsprintf(&attrs, " eim='%s'", virTristateSwitchTypeToString(def->eim));
    if (def->iotlb)
        virBufferAsprintf(&attrs, " iotlb='%s'", virTristateSwitchTypeToString(def->iotlb));
    if (def->awBits)
        virBufferAsprintf(&attrs, " aw_bits='%u'", def->awBits);
    if (virBufferUse(&attrs)) {
        virBufferAddLit(&child, "<driver");
        virBufferAddBuffer(&child, &attrs);
        virBufferAddLit(&child, "/>\n");
    }
    virDomainDeviceInfoFormat(&child, &def->info, flags, false);
    virBufferEscapeString(buf, "<iommu model='%s'", def->model);
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</iommu>\n");
}

static virDomainVsockDef *
virDomainVsockDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainVsockDef) def = g_new0(virDomainVsockDef, 1);
    xmlNodePtr cid;

    def->model = virXMLPropString(node, "model");
    if ((cid = virDomainChildElement(node, "cid"))) {
        if (virXMLPropTristateBool(cid, "auto", VIR_XML_PROP_NONE, &def->cidAuto) < 0 ||
            virXMLPropUInt(cid, "address", 10, VIR_XML_PROP_NONE, &def->cid) < 0)
            return NULL;
    }
    if (def->cidAuto == VIR_TRISTATE_BOOL_ABSENT && def->cid == 0)
        def->cidAuto = VIR_TRISTATE_BOOL_YES;
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainVsockDefFormat(virBuffer *buf, const virDomainVsockDef *def, unsigned int flags)
{
    virBufferAddLit(buf, "<vsock");
    virBufferEscapeString(buf, " model='%s'", def->model);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAddLit(buf, "<cid");
    if (def->cidAuto)
        virBufferAsprintf(buf, " auto='%s'", virTristateBoolTypeToString(def->cidAuto));
    if (def->cid)
        virBufferAsprintf(buf, " address='%u'", def->cid);
    virBufferAddLit(buf, "/>\n");
    virDomainDeviceInfoFormat(buf, &def->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</vsock>\n");
}

static virDomainShmemDef *
virDomainShmemDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainShmemDef) def = g_new0(virDomainShmemDef, 1);
    xmlNodePtr cur;
    unsigned long long kib = 0;

    if (!(def->name = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("shmem element must contain 'name' attribute"));
        return NULL;
    }
    if ((cur = virDomainChildElement(node, "model")))
        def->model = virXMLPropString(cur, "type");
    if (!def->model)
        def->model = g_strdup("ivshmem");
    if (virDomainScaledChildParse(node, "size", &kib) < 0)
        return NULL;
    def->size = kib * 1024;
    if ((cur = virDomainChildElement(node, "server"))) {
        def->hasServer = true;
        def->serverPath = virXMLPropString(cur, "path");
    }
    if ((cur = virDomainChildElement(node, "msi"))) {
        def->hasMsi = true;
        if (virXMLPropUInt(cur, "vectors", 10, VIR_XML_PROP_NONE, &def->msiVectors) < 0 ||
            virXMLPropTristateSwitch(cur, "ioeventfd", VIR_XML_PROP_NONE,
                                     &def->msiIoeventfd) < 0)
            return NULL;
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainShmemDefFormat(virBuffer *buf, const virDomainShmemDef *def, unsigned int flags)
{
    virBufferEscapeString(buf, "<shmem name='%s'>\n", def->name);
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<model type='%s'/>\n", def->model);
    if (def->size)
        virBufferAsprintf(buf, "<size unit='M'>%llu</size>\n", def->size >> 20);
    if (def->hasServer) {
        virBufferAddLit(buf, "<server");
        virBufferEscapeString(buf, " path='%s'", def->serverPath);
        virBufferAddLit(buf, "/>\n");
    }
    if (def->hasMsi) {
        virBufferAddLit(buf, "<msi");
        if (def->msiVectors)
            virBufferAsprintf(buf, " vectors='%u'", def->msiVectors);
        if (def->msiIoeventfd)
            virBufferAsprintf(buf, " ioeventfd='%s'", virTristateSwitchTypeToString(def->msiIoeventfd));
        virBufferAddLit(buf, "/>\n");
    }
    virDomainDeviceInfoFormat(buf, &def->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</shmem>\n");
}

static virDomainMemoryDef *
virDomainMemoryDefParse(xmlNodePtr node, unsigned int flags)
{
    g_autoptr(virDomainMemoryDef) def = g_new0(virDomainMemoryDef, 1);
    xmlNodePtr source;
    xmlNodePtr target;

    def->targetNode = -1;
    if (!(def->model = virXMLPropString(node, "model"))) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"), "model", "memory");
        return NULL;
    }
    def->access = virXMLPropString(node, "access");
    def->discard = virXMLPropString(node, "discard");
    if ((source = virDomainChildElement(node, "source"))) {
        if (virDomainScaledChildParse(source, "pagesize", &def->pagesize) < 0)
            return NULL;
        def->sourceNodemask = virDomainChildContent(source, "nodemask");
        def->sourcePath = virDomainChildContent(source, "path");
    }
    if (!(target = virDomainChildElement(node, "target"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing <target> element for <memory> device"));
        return NULL;
    }
    if (virDomainScaledChildParse(target, "size", &def->size) < 0)
        return NULL;
    {
        g_autofree char *nodeStr = virDomainChildContent(target, "node");

        if (nodeStr) {
            char *end = NULL;
            long v = strtol(nodeStr, &end, 10);

            if (end == nodeStr || *end || v < 0) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("invalid value of memory device node"));
                return NULL;
            }
            def->targetNode = v;
        }
    }
    if (virDomainDeviceInfoParse(node, &def->info, flags, false, false) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
virDomainMemoryDefFormat(virBuffer *buf, const virDomainMemoryDef *def, unsigned int flags)
{
    virBufferEscapeString(buf, "<memory model='%s'", def->model);
    virBufferEscapeString(buf, " access='%s'", def->access);
    virBufferEscapeString(buf, " discard='%s'", def->discard);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    if (def->pagesize || def->sourceNodemask || def->sourcePath) {
        virBufferAddLit(buf, "<source>\n");
        virBufferAdjustIndent(buf, 2);
        if (def->pagesize)
            virBufferAsprintf(buf, "<pagesize unit='KiB'>%llu</pagesize>\n", def->pagesize);
        virBufferEscapeString(buf, "<nodemask>%s</nodemask>\n", def->sourceNodemask);
        virBufferEscapeString(buf, "<path>%s</path>\n", def->sourcePath);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</source>\n");
    }
    virBufferAddLit(buf, "<target>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<size unit='KiB'>%llu</size>\n", def->size);
    if (def->targetNode >= 0)
        virBufferAsprintf(buf, "<node>%d</node>\n", def->targetNode);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</target>\n");
    virDomainDeviceInfoFormat(buf, &def->info, flags, false);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</memory>\n");
}

/* Parses every ./devices/ELEM with @parse into a growing array. */
#define VIR_DOMAIN_PARSE_DEVICES(xpath, array, count, parse) \
    do { \
        g_autofree xmlNodePtr *vir__nodes = NULL; \
        int vir__n; \
        size_t vir__i; \
        if ((vir__n = virXPathNodeSet(xpath, ctxt, &vir__nodes)) < 0) \
            return -1; \
        for (vir__i = 0; vir__i < (size_t)vir__n; vir__i++) { \
            typeof(*(array)) vir__dev = parse; \
            if (!vir__dev) \
                return -1; \
            VIR_DOMAIN_APPEND(array, count, vir__dev); \
        } \
    } while (0)

/* Parses the less common devices (called by virDomainDefDevicesParseXML). */
static int
virDomainDefOtherDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    VIR_DOMAIN_PARSE_DEVICES("./devices/filesystem", def->fss, def->nfss,
                             virDomainFSDefParse(vir__nodes[vir__i], flags));
    VIR_DOMAIN_PARSE_DEVICES("./devices/tpm", def->tpms, def->ntpms,
                             virDomainTPMDefParse(vir__nodes[vir__i], flags));
    VIR_DOMAIN_PARSE_DEVICES("./devices/audio", def->audios, def->naudios,
                             virDomainAudioDefParse(vir__nodes[vir__i]));
    VIR_DOMAIN_PARSE_DEVICES("./devices/redirdev", def->redirdevs, def->nredirdevs,
                             virDomainRedirdevDefParse(vir__nodes[vir__i], flags));
    VIR_DOMAIN_PARSE_DEVICES("./devices/smartcard", def->smartcards, def->nsmartcards,
                             virDomainSmartcardDefParse(vir__nodes[vir__i], flags));
    VIR_DOMAIN_PARSE_DEVICES("./devices/shmem", def->shmems, def->nshmems,
                             virDomainShmemDefParse(vir__nodes[vir__i], flags));
    VIR_DOMAIN_PARSE_DEVICES("./devices/memory", def->mems, def->nmems,
                             virDomainMemoryDefParse(vir__nodes[vir__i], flags));

    if ((n = virXPathNodeSet("./devices/hub", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        g_autoptr(virDomainHubDef) hub = g_new0(virDomainHubDef, 1);

        if (!(hub->type = virXMLPropString(nodes[i], "type"))) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing hub device type"));
            return -1;
        }
        if (virDomainDeviceInfoParse(nodes[i], &hub->info, flags, false, false) < 0)
            return -1;
        VIR_DOMAIN_APPEND(def->hubs, def->nhubs, g_steal_pointer(&hub));
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/panic", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        g_autoptr(virDomainPanicDef) panic = g_new0(virDomainPanicDef, 1);

        panic->model = virXMLPropString(nodes[i], "model");
        if (virDomainDeviceInfoParse(nodes[i], &panic->info, flags, false, false) < 0)
            return -1;
        VIR_DOMAIN_APPEND(def->panics, def->npanics, g_steal_pointer(&panic));
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/iommu", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only a single IOMMU device is supported"));
        return -1;
    }
    if (n == 1 && !(def->iommu = virDomainIOMMUDefParse(nodes[0], flags)))
        return -1;
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./devices/vsock", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only a single vsock device is supported"));
        return -1;
    }
    if (n == 1 && !(def->vsock = virDomainVsockDefParse(nodes[0], flags)))
        return -1;
    return 0;
}
