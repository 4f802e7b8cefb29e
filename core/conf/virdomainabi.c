/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomainabi.c: the ABI stability check between two domain definitions
 *
 * Each helper compares one part of the guest-visible hardware of @src (the
 * definition the guest runs with) and @dst (the one it would run with) and
 * reports the first difference, naming the target's value first as
 * libvirt does.
 */
#include <config.h>

#include "virdomainabi.h"
#include "virerror.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

static const char *
virDomainABIStr(const char *str)
{
    return str ? str : "(null)";
}

/* libvirt names an unset tri-state "absent" in these messages */
static const char *
virDomainABISwitch(int state)
{
    return state == VIR_TRISTATE_SWITCH_ABSENT ? "absent" : virTristateSwitchTypeToString(state);
}

static const char *
virDomainABIBool(int state)
{
    return state == VIR_TRISTATE_BOOL_ABSENT ? "absent" : virTristateBoolTypeToString(state);
}

static bool
virDomainABIAddressCheck(const virDomainDeviceInfo *src, const virDomainDeviceInfo *dst)
{
    if (src->type != dst->type) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target device address type %1$s does not match source %2$s"),
                       virDomainDeviceAddressTypeToString(dst->type),
                       virDomainDeviceAddressTypeToString(src->type));
        return false;
    }

    switch ((virDomainDeviceAddressType) src->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        if (src->addr.pci.domain != dst->addr.pci.domain ||
            src->addr.pci.bus != dst->addr.pci.bus ||
            src->addr.pci.slot != dst->addr.pci.slot ||
            src->addr.pci.function != dst->addr.pci.function) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device PCI address %1$04x:%2$02x:%3$02x.%4$d does not match source %5$04x:%6$02x:%7$02x.%8$d"),
                           dst->addr.pci.domain, dst->addr.pci.bus, dst->addr.pci.slot,
                           dst->addr.pci.function, src->addr.pci.domain, src->addr.pci.bus,
                           src->addr.pci.slot, src->addr.pci.function);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        if (src->addr.drive.controller != dst->addr.drive.controller ||
            src->addr.drive.bus != dst->addr.drive.bus ||
            src->addr.drive.unit != dst->addr.drive.unit) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device drive address %1$d:%2$d:%3$d does not match source %4$d:%5$d:%6$d"),
                           dst->addr.drive.controller, dst->addr.drive.bus, dst->addr.drive.unit,
                           src->addr.drive.controller, src->addr.drive.bus, src->addr.drive.unit);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        if (src->addr.vioserial.controller != dst->addr.vioserial.controller ||
            src->addr.vioserial.bus != dst->addr.vioserial.bus ||
            src->addr.vioserial.port != dst->addr.vioserial.port) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device virtio serial address %1$d:%2$d:%3$d does not match source %4$d:%5$d:%6$d"),
                           dst->addr.vioserial.controller, dst->addr.vioserial.bus,
                           dst->addr.vioserial.port, src->addr.vioserial.controller,
                           src->addr.vioserial.bus, src->addr.vioserial.port);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        if (src->addr.ccid.controller != dst->addr.ccid.controller ||
            src->addr.ccid.slot != dst->addr.ccid.slot) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device ccid address %1$d:%2$d does not match source %3$d:%4$d"),
                           dst->addr.ccid.controller, dst->addr.ccid.slot,
                           src->addr.ccid.controller, src->addr.ccid.slot);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        if (src->addr.isa.iobase != dst->addr.isa.iobase ||
            src->addr.isa.irq != dst->addr.isa.irq) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device isa address %1$d:%2$d does not match source %3$d:%4$d"),
                           dst->addr.isa.iobase, dst->addr.isa.irq,
                           src->addr.isa.iobase, src->addr.isa.irq);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        if (src->addr.dimm.slot != dst->addr.dimm.slot) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device dimm slot %1$u does not match source %2$u"),
                           dst->addr.dimm.slot, src->addr.dimm.slot);
            return false;
        }
        if (src->addr.dimm.base != dst->addr.dimm.base) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target device dimm base address '%1$llx' does not match source '%2$llx'"),
                           dst->addr.dimm.base, src->addr.dimm.base);
            return false;
        }
        break;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
    default:
        break;
    }
    return true;
}


/* ---------------------------------------------------------------------
 * Devices
 */

static bool
virDomainABIDiskCheck(const virDomainDiskDef *src, const virDomainDiskDef *dst)
{
    if (src->device != dst->device) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk device %1$s does not match source %2$s"),
                       virDomainDiskDeviceTypeToString(dst->device),
                       virDomainDiskDeviceTypeToString(src->device));
        return false;
    }
    if (src->bus != dst->bus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk bus %1$s does not match source %2$s"),
                       virDomainDiskBusTypeToString(dst->bus),
                       virDomainDiskBusTypeToString(src->bus));
        return false;
    }
    if (g_strcmp0(src->dst, dst->dst) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk %1$s does not match source %2$s"),
                       virDomainABIStr(dst->dst), virDomainABIStr(src->dst));
        return false;
    }
    if (g_strcmp0(src->serial, dst->serial) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk serial %1$s does not match source %2$s"),
                       virDomainABIStr(dst->serial), virDomainABIStr(src->serial));
        return false;
    }
    if (g_strcmp0(src->wwn, dst->wwn) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk wwn '%1$s' does not match source '%2$s'"),
                       virDomainABIStr(dst->wwn), virDomainABIStr(src->wwn));
        return false;
    }
    if (g_strcmp0(src->vendor, dst->vendor) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk vendor is %1$s does not match source %2$s"),
                       virDomainABIStr(dst->vendor), virDomainABIStr(src->vendor));
        return false;
    }
    if (g_strcmp0(src->product, dst->product) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk product %1$s does not match source %2$s"),
                       virDomainABIStr(dst->product), virDomainABIStr(src->product));
        return false;
    }
    if (src->readonly != dst->readonly || src->shareable != dst->shareable) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target disk access mode does not match source"));
        return false;
    }
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk model %1$s does not match source %2$s"),
                       virDomainDiskModelTypeToString(dst->model),
                       virDomainDiskModelTypeToString(src->model));
        return false;
    }
    if (src->rotationRate != dst->rotationRate) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk rotation rate %1$u RPM does not match source %2$u RPM"),
                       dst->rotationRate, src->rotationRate);
        return false;
    }
    if (src->queues && src->queues != dst->queues) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk queue count %1$u does not match source %2$u"),
                       dst->queues, src->queues);
        return false;
    }
    if (src->queueSize && src->queueSize != dst->queueSize) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target disk queue size %1$u does not match source %2$u"),
                       dst->queueSize, src->queueSize);
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIControllerCheck(const virDomainControllerDef *src,
                            const virDomainControllerDef *dst)
{
    if (src->type != dst->type) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target controller type %1$s does not match source %2$s"),
                       virDomainControllerTypeToString(dst->type),
                       virDomainControllerTypeToString(src->type));
        return false;
    }
    if (src->idx != dst->idx) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target controller index %1$d does not match source %2$d"),
                       dst->idx, src->idx);
        return false;
    }
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target controller model %1$d does not match source %2$d"),
                       dst->model, src->model);
        return false;
    }
    if (src->type == VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL) {
        if (src->ports != dst->ports) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target controller ports %1$d does not match source %2$d"),
                           dst->ports, src->ports);
            return false;
        }
        if (src->vectors != dst->vectors) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target controller vectors %1$d does not match source %2$d"),
                           dst->vectors, src->vectors);
            return false;
        }
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static const char *
virDomainABINetModel(const virDomainNetDef *net)
{
    if (net->model)
        return virDomainNetModelTypeToString(net->model);
    return net->modelName;
}

static bool
virDomainABINetCheck(const virDomainNetDef *src, const virDomainNetDef *dst)
{
    if (memcmp(src->mac, dst->mac, VIR_DOMAIN_MAC_BUFLEN) != 0) {
        char srcmac[18];
        char dstmac[18];

        virDomainMacFormat(src->mac, srcmac);
        virDomainMacFormat(dst->mac, dstmac);
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target network card mac %1$s does not match source %2$s"),
                       dstmac, srcmac);
        return false;
    }
    if (g_strcmp0(virDomainABINetModel(src), virDomainABINetModel(dst)) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target network card model %1$s does not match source %2$s"),
                       virDomainABIStr(virDomainABINetModel(dst)),
                       virDomainABIStr(virDomainABINetModel(src)));
        return false;
    }
    if (src->mtu != dst->mtu) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target network card MTU %1$d does not match source %2$d"),
                       dst->mtu, src->mtu);
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIInputCheck(const virDomainInputDef *src, const virDomainInputDef *dst)
{
    if (src->type != dst->type) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target input device type %1$s does not match source %2$s"),
                       virDomainInputTypeToString(dst->type), virDomainInputTypeToString(src->type));
        return false;
    }
    if (src->bus != dst->bus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target input device bus %1$s does not match source %2$s"),
                       virDomainInputBusTypeToString(dst->bus),
                       virDomainInputBusTypeToString(src->bus));
        return false;
    }
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target input model %1$s does not match source %2$s"),
                       virDomainInputModelTypeToString(dst->model),
                       virDomainInputModelTypeToString(src->model));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABISoundCheck(const virDomainSoundDef *src, const virDomainSoundDef *dst)
{
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target sound card model %1$s does not match source %2$s"),
                       virDomainSoundModelTypeToString(dst->model),
                       virDomainSoundModelTypeToString(src->model));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIVideoCheck(const virDomainVideoDef *src, const virDomainVideoDef *dst)
{
    if (src->type != dst->type) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card model %1$s does not match source %2$s"),
                       virDomainVideoTypeToString(dst->type), virDomainVideoTypeToString(src->type));
        return false;
    }
    if (src->ram != dst->ram) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card ram %1$u does not match source %2$u"),
                       dst->ram, src->ram);
        return false;
    }
    if (src->vram != dst->vram) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card vram %1$u does not match source %2$u"),
                       dst->vram, src->vram);
        return false;
    }
    if (src->vram64 != dst->vram64) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card vram64 %1$u does not match source %2$u"),
                       dst->vram64, src->vram64);
        return false;
    }
    if (src->vgamem != dst->vgamem) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card vgamem %1$u does not match source %2$u"),
                       dst->vgamem, src->vgamem);
        return false;
    }
    if (src->heads != dst->heads) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target video card heads %1$u does not match source %2$u"),
                       dst->heads, src->heads);
        return false;
    }
    if (src->accel3d != dst->accel3d || src->accel2d != dst->accel2d) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target video card acceleration does not match source"));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIHostdevCheck(const virDomainHostdevDef *src, const virDomainHostdevDef *dst)
{
    if (src->mode != dst->mode) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target host device mode %1$s does not match source %2$s"),
                       virDomainHostdevModeTypeToString(dst->mode),
                       virDomainHostdevModeTypeToString(src->mode));
        return false;
    }
    if (src->type != dst->type) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target host device subsystem %1$s does not match source %2$s"),
                       virDomainHostdevSubsysTypeToString(dst->type),
                       virDomainHostdevSubsysTypeToString(src->type));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static const char *
virDomainABIChrTargetType(const virDomainChrDef *chr)
{
    static const char *const serial[] = {
        "none", "isa-serial", "usb-serial", "pci-serial", "spapr-vio-serial",
        "system-serial", "sclp-serial"
    };
    static const char *const console[] = {
        "none", "serial", "xen", "uml", "virtio", "lxc", "openvz", "sclp", "sclplm"
    };
    static const char *const channel[] = { "none", "guestfwd", "virtio", "xen" };

    switch (chr->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
        if (chr->targetType >= 0 && (size_t)chr->targetType < G_N_ELEMENTS(serial))
            return serial[chr->targetType];
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
        if (chr->targetType >= 0 && (size_t)chr->targetType < G_N_ELEMENTS(console))
            return console[chr->targetType];
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        if (chr->targetType >= 0 && (size_t)chr->targetType < G_N_ELEMENTS(channel))
            return channel[chr->targetType];
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
    default:
        break;
    }
    return "none";
}

static bool
virDomainABIChrCheck(const virDomainChrDef *src, const virDomainChrDef *dst)
{
    const char *kind = virDomainChrDeviceTypeToString(src->deviceType);

    switch (src->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        if (src->targetType != dst->targetType) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target %1$s type %2$s does not match source %3$s"), kind,
                           virDomainABIChrTargetType(dst), virDomainABIChrTargetType(src));
            return false;
        }
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
    default:
        break;
    }

    if (src->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL) {
        if (g_strcmp0(src->targetName, dst->targetName) != 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target channel name %1$s does not match source %2$s"),
                           virDomainABIStr(dst->targetName), virDomainABIStr(src->targetName));
            return false;
        }
        if (g_strcmp0(src->targetAddr, dst->targetAddr) != 0 ||
            g_strcmp0(src->targetPort, dst->targetPort) != 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target channel addr %1$s does not match source %2$s"),
                           virDomainABIStr(dst->targetAddr), virDomainABIStr(src->targetAddr));
            return false;
        }
    } else if (src->deviceType != VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE) {
        if (src->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL &&
            src->targetModel != dst->targetModel) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target serial model %1$d does not match source %2$d"),
                           dst->targetModel, src->targetModel);
            return false;
        }
        if (src->port != dst->port) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target %1$s port %2$d does not match source %3$d"), kind,
                           dst->port, src->port);
            return false;
        }
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIRNGCheck(const virDomainRNGDef *src, const virDomainRNGDef *dst)
{
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target RNG model '%1$s' does not match source '%2$s'"),
                       virDomainRNGModelTypeToString(dst->model),
                       virDomainRNGModelTypeToString(src->model));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIWatchdogCheck(const virDomainWatchdogDef *src, const virDomainWatchdogDef *dst)
{
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target watchdog model %1$s does not match source %2$s"),
                       virDomainWatchdogModelTypeToString(dst->model),
                       virDomainWatchdogModelTypeToString(src->model));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}

static bool
virDomainABIMemballoonCheck(const virDomainMemballoonDef *src,
                            const virDomainMemballoonDef *dst)
{
    if (src->model != dst->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target balloon model %1$s does not match source %2$s"),
                       virDomainMemballoonModelTypeToString(dst->model),
                       virDomainMemballoonModelTypeToString(src->model));
        return false;
    }
    if (src->autodeflate != dst->autodeflate) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target balloon autodeflate attribute value '%1$s' does not match source '%2$s'"),
                       virDomainABISwitch(dst->autodeflate),
                       virDomainABISwitch(src->autodeflate));
        return false;
    }
    if (src->freePageReporting != dst->freePageReporting) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target balloon freePageReporting attribute value '%1$s' does not match source '%2$s'"),
                       virDomainABISwitch(dst->freePageReporting),
                       virDomainABISwitch(src->freePageReporting));
        return false;
    }
    return virDomainABIAddressCheck(&src->info, &dst->info);
}


/* ---------------------------------------------------------------------
 * Features, clock, CPU
 */

static bool
virDomainABIFeaturesCheck(const virDomainDef *src, const virDomainDef *dst)
{
    size_t i;

    for (i = 0; i < VIR_DOMAIN_FEATURE_LAST; i++) {
        const char *name = virDomainFeatureTypeToString(i);
        const char *srcState = virDomainABISwitch(src->features[i]);
        const char *dstState = virDomainABISwitch(dst->features[i]);

        switch ((virDomainFeature) i) {
        case VIR_DOMAIN_FEATURE_GIC:
            if (src->features[i] != dst->features[i] ||
                g_strcmp0(src->gicVersion, dst->gicVersion) != 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s,%3$s=%4$s', destination: '%5$s,%6$s=%7$s'"),
                               name, srcState, "version", virDomainABIStr(src->gicVersion),
                               dstState, "version", virDomainABIStr(dst->gicVersion));
                return false;
            }
            break;
        case VIR_DOMAIN_FEATURE_IOAPIC:
            if (g_strcmp0(src->ioapicDriver, dst->ioapicDriver) != 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               name, virDomainABIStr(src->ioapicDriver),
                               virDomainABIStr(dst->ioapicDriver));
                return false;
            }
            break;
        case VIR_DOMAIN_FEATURE_HPT:
            if (src->features[i] != dst->features[i] ||
                g_strcmp0(src->hptResizing, dst->hptResizing) != 0 ||
                src->hptMaxpagesize != dst->hptMaxpagesize) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s,%3$s=%4$s', destination: '%5$s,%6$s=%7$s'"),
                               name, srcState, "resizing", virDomainABIStr(src->hptResizing),
                               dstState, "resizing", virDomainABIStr(dst->hptResizing));
                return false;
            }
            break;
        case VIR_DOMAIN_FEATURE_MSRS:
        case VIR_DOMAIN_FEATURE_CFPC:
        case VIR_DOMAIN_FEATURE_SBBC:
        case VIR_DOMAIN_FEATURE_IBS: {
            const char *a = i == VIR_DOMAIN_FEATURE_MSRS ? src->msrsUnknown :
                            i == VIR_DOMAIN_FEATURE_CFPC ? src->cfpc :
                            i == VIR_DOMAIN_FEATURE_SBBC ? src->sbbc : src->ibs;
            const char *b = i == VIR_DOMAIN_FEATURE_MSRS ? dst->msrsUnknown :
                            i == VIR_DOMAIN_FEATURE_CFPC ? dst->cfpc :
                            i == VIR_DOMAIN_FEATURE_SBBC ? dst->sbbc : dst->ibs;

            if (g_strcmp0(a, b) != 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               name, virDomainABIStr(a), virDomainABIStr(b));
                return false;
            }
            break;
        }
        case VIR_DOMAIN_FEATURE_TCG:
            if (src->tcgTbCache != dst->tcgTbCache) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               name, srcState, dstState);
                return false;
            }
            break;
        case VIR_DOMAIN_FEATURE_ACPI:
        case VIR_DOMAIN_FEATURE_APIC:
        case VIR_DOMAIN_FEATURE_PAE:
        case VIR_DOMAIN_FEATURE_HAP:
        case VIR_DOMAIN_FEATURE_VIRIDIAN:
        case VIR_DOMAIN_FEATURE_PRIVNET:
        case VIR_DOMAIN_FEATURE_HYPERV:
        case VIR_DOMAIN_FEATURE_KVM:
        case VIR_DOMAIN_FEATURE_PVSPINLOCK:
        case VIR_DOMAIN_FEATURE_CAPABILITIES:
        case VIR_DOMAIN_FEATURE_PMU:
        case VIR_DOMAIN_FEATURE_VMPORT:
        case VIR_DOMAIN_FEATURE_SMM:
        case VIR_DOMAIN_FEATURE_VMCOREINFO:
        case VIR_DOMAIN_FEATURE_HTM:
        case VIR_DOMAIN_FEATURE_NESTED_HV:
        case VIR_DOMAIN_FEATURE_CCF_ASSIST:
        case VIR_DOMAIN_FEATURE_XEN:
            if (src->features[i] != dst->features[i]) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               name, srcState, dstState);
                return false;
            }
            break;
        case VIR_DOMAIN_FEATURE_LAST:
        default:
            break;
        }
    }

    if (src->apicEoi != dst->apicEoi) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("State of APIC EOI differs: source: '%1$s', destination: '%2$s'"),
                       virDomainABISwitch(src->apicEoi),
                       virDomainABISwitch(dst->apicEoi));
        return false;
    }

    if (src->features[VIR_DOMAIN_FEATURE_HYPERV] == VIR_TRISTATE_SWITCH_ON) {
        for (i = 0; i < VIR_DOMAIN_HYPERV_LAST; i++) {
            if (src->hyperv[i] != dst->hyperv[i]) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of HyperV enlightenment feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               virDomainHypervTypeToString(i),
                               virDomainABISwitch(src->hyperv[i]),
                               virDomainABISwitch(dst->hyperv[i]));
                return false;
            }
        }
        if (src->hypervSpinlocks != dst->hypervSpinlocks) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("HyperV spinlock retry count differs: source: '%1$u', destination: '%2$u'"),
                           src->hypervSpinlocks, dst->hypervSpinlocks);
            return false;
        }
        if (g_strcmp0(src->hypervVendorId, dst->hypervVendorId) != 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("HyperV vendor_id differs: source: '%1$s', destination: '%2$s'"),
                           virDomainABIStr(src->hypervVendorId),
                           virDomainABIStr(dst->hypervVendorId));
            return false;
        }
    }

    if (src->features[VIR_DOMAIN_FEATURE_KVM] == VIR_TRISTATE_SWITCH_ON) {
        for (i = 0; i < VIR_DOMAIN_KVM_LAST; i++) {
            if (src->kvm[i] != dst->kvm[i]) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("State of KVM feature '%1$s' differs: source: '%2$s', destination: '%3$s'"),
                               virDomainKVMTypeToString(i),
                               virDomainABISwitch(src->kvm[i]),
                               virDomainABISwitch(dst->kvm[i]));
                return false;
            }
        }
    }
    return true;
}

static bool
virDomainABITimerCheck(const virDomainTimerDef *src, const virDomainTimerDef *dst)
{
    if (src->name != dst->name) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target timer %1$s does not match source %2$s"),
                       virDomainTimerNameTypeToString(dst->name),
                       virDomainTimerNameTypeToString(src->name));
        return false;
    }
    if (src->present != dst->present) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target timer presence %1$s does not match source %2$s"),
                       virDomainABIBool(dst->present),
                       virDomainABIBool(src->present));
        return false;
    }
    if (src->name == VIR_DOMAIN_TIMER_NAME_TSC) {
        if (src->frequency != dst->frequency) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target TSC frequency %1$llu does not match source %2$llu"),
                           dst->frequency, src->frequency);
            return false;
        }
        if (src->mode != dst->mode) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target TSC mode %1$s does not match source %2$s"),
                           virDomainTimerModeTypeToString(dst->mode),
                           virDomainTimerModeTypeToString(src->mode));
            return false;
        }
    }
    return true;
}

static bool
virDomainABIClockCheck(const virDomainDef *src, const virDomainDef *dst)
{
    size_t i;

    if (src->clockOffset != dst->clockOffset) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target clock offset %1$s does not match source %2$s"),
                       virDomainClockOffsetTypeToString(dst->clockOffset),
                       virDomainClockOffsetTypeToString(src->clockOffset));
        return false;
    }
    if (src->ntimers != dst->ntimers) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target domain timers do not match source"));
        return false;
    }
    for (i = 0; i < src->ntimers; i++) {
        if (!virDomainABITimerCheck(&src->timers[i], &dst->timers[i]))
            return false;
    }
    return true;
}

static bool
virDomainABICPUCheck(const virDomainCPUDef *src, const virDomainCPUDef *dst)
{
    size_t i;

    if (!src && !dst)
        return true;
    if (!src || !dst) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target CPU does not match source"));
        return false;
    }
    if (src->mode != dst->mode) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU mode %1$s does not match source %2$s"),
                       virCPUModeTypeToString(dst->mode), virCPUModeTypeToString(src->mode));
        return false;
    }
    if (src->check != dst->check) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU check %1$s does not match source %2$s"),
                       virCPUCheckTypeToString(dst->check), virCPUCheckTypeToString(src->check));
        return false;
    }
    if (g_strcmp0(src->model, dst->model) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU model %1$s does not match source %2$s"),
                       virDomainABIStr(dst->model), virDomainABIStr(src->model));
        return false;
    }
    if (g_strcmp0(src->vendor, dst->vendor) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU vendor %1$s does not match source %2$s"),
                       virDomainABIStr(dst->vendor), virDomainABIStr(src->vendor));
        return false;
    }
    if (g_strcmp0(src->vendorId, dst->vendorId) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU vendor id %1$s does not match source %2$s"),
                       virDomainABIStr(dst->vendorId), virDomainABIStr(src->vendorId));
        return false;
    }
    if (src->sockets != dst->sockets) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU sockets %1$d does not match source %2$d"),
                       dst->sockets, src->sockets);
        return false;
    }
    if (src->dies != dst->dies) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU dies %1$d does not match source %2$d"),
                       dst->dies, src->dies);
        return false;
    }
    if (src->cores != dst->cores) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU cores %1$d does not match source %2$d"),
                       dst->cores, src->cores);
        return false;
    }
    if (src->threads != dst->threads) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU threads %1$d does not match source %2$d"),
                       dst->threads, src->threads);
        return false;
    }
    if (src->nfeatures != dst->nfeatures) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target CPU feature count %1$zu does not match source %2$zu"),
                       dst->nfeatures, src->nfeatures);
        return false;
    }
    for (i = 0; i < src->nfeatures; i++) {
        if (!g_str_equal(src->features[i].name, dst->features[i].name)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target CPU feature %1$s does not match source %2$s"),
                           dst->features[i].name, src->features[i].name);
            return false;
        }
        if (src->features[i].policy != dst->features[i].policy) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("State of CPU feature %1$s does not match source"),
                           src->features[i].name);
            return false;
        }
    }
    if (src->hasCache != dst->hasCache) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target CPU cache does not match source"));
        return false;
    }
    if (src->hasCache) {
        if (src->cacheLevel != dst->cacheLevel) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target CPU cache level %1$d does not match source %2$d"),
                           dst->cacheLevel, src->cacheLevel);
            return false;
        }
        if (src->cacheMode != dst->cacheMode) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Target CPU cache mode %1$s does not match source %2$s"),
                           virCPUCacheModeTypeToString(dst->cacheMode),
                           virCPUCacheModeTypeToString(src->cacheMode));
            return false;
        }
    }
    if (src->ncells != dst->ncells) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target NUMA node count '%1$zu' doesn't match source '%2$zu'"),
                       dst->ncells, src->ncells);
        return false;
    }
    for (i = 0; i < src->ncells; i++) {
        if (src->cells[i].mem != dst->cells[i].mem) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Size of target NUMA node %1$zu (%2$llu) doesn't match source (%3$llu)"),
                           i, dst->cells[i].mem, src->cells[i].mem);
            return false;
        }
        if (g_strcmp0(src->cells[i].cpus, dst->cells[i].cpus) != 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Processors bitmap of target NUMA node %1$zu doesn't match source"),
                           i);
            return false;
        }
    }
    return true;
}


/* ---------------------------------------------------------------------
 * Top level
 */

static bool
virDomainABIIdentityCheck(const virDomainDef *src, const virDomainDef *dst)
{
    char srcuuid[VIR_UUID_STRING_BUFLEN];
    char dstuuid[VIR_UUID_STRING_BUFLEN];

    if (src->virtType != dst->virtType) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain virt type %1$s does not match source %2$s"),
                       virDomainVirtTypeToString(dst->virtType),
                       virDomainVirtTypeToString(src->virtType));
        return false;
    }
    if (memcmp(src->uuid, dst->uuid, VIR_UUID_BUFLEN) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain uuid %1$s does not match source %2$s"),
                       virUUIDFormat(dst->uuid, dstuuid), virUUIDFormat(src->uuid, srcuuid));
        return false;
    }
    if (src->hasGenid != dst->hasGenid) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Target domain requested genid does not match source"));
        return false;
    }
    if (src->hasGenid && memcmp(src->genid, dst->genid, VIR_UUID_BUFLEN) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain genid %1$s does not match source %2$s"),
                       virUUIDFormat(dst->genid, dstuuid), virUUIDFormat(src->genid, srcuuid));
        return false;
    }
    /* not hardware, but a guest must not be renamed behind its back */
    if (g_strcmp0(src->name, dst->name) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain name '%1$s' does not match source '%2$s'"),
                       dst->name, src->name);
        return false;
    }
    return true;
}

static bool
virDomainABIResourcesCheck(const virDomainDef *src, const virDomainDef *dst, unsigned int flags)
{
    if (src->memory != dst->memory) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain max memory %1$lld does not match source %2$lld"),
                       (long long)dst->memory, (long long)src->memory);
        return false;
    }
    if (!(flags & VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE) &&
        src->currentMemory != dst->currentMemory) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain current memory %1$lld does not match source %2$lld"),
                       (long long)dst->currentMemory, (long long)src->currentMemory);
        return false;
    }
    if (src->maxMemory != dst->maxMemory) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target maximum memory size '%1$llu' doesn't match source '%2$llu'"),
                       dst->maxMemory, src->maxMemory);
        return false;
    }
    if (src->memorySlots != dst->memorySlots) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain memory slots count '%1$u' doesn't match source '%2$u'"),
                       dst->memorySlots, src->memorySlots);
        return false;
    }
    if (src->maxvcpus != dst->maxvcpus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain vCPU max %1$d does not match source %2$d"),
                       dst->maxvcpus, src->maxvcpus);
        return false;
    }
    if (src->vcpus != dst->vcpus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain vCPU count %1$d does not match source %2$d"),
                       dst->vcpus, src->vcpus);
        return false;
    }
    if (src->iothreads != dst->iothreads) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain iothreads count %1$u does not match source %2$u"),
                       dst->iothreads, src->iothreads);
        return false;
    }
    return true;
}

static bool
virDomainABIMachineCheck(const virDomainDef *src, const virDomainDef *dst)
{
    if (src->osType != dst->osType) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain OS type %1$s does not match source %2$s"),
                       virDomainOSTypeToString(dst->osType), virDomainOSTypeToString(src->osType));
        return false;
    }
    if (src->arch != dst->arch) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain architecture %1$s does not match source %2$s"),
                       virDomainArchTypeToString(dst->arch), virDomainArchTypeToString(src->arch));
        return false;
    }
    if (g_strcmp0(src->machine, dst->machine) != 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain machine type %1$s does not match source %2$s"),
                       virDomainABIStr(dst->machine), virDomainABIStr(src->machine));
        return false;
    }
    if (src->smbios != dst->smbios) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain SMBIOS mode %1$s does not match source %2$s"),
                       virDomainSmbiosModeTypeToString(dst->smbios),
                       virDomainSmbiosModeTypeToString(src->smbios));
        return false;
    }
    return true;
}

/* The count of a device class, then each device in order. */
#define VIR_DOMAIN_ABI_DEVICES(array, count, check, message) \
    do { \
        size_t vir__i; \
        if (src->count != dst->count) { \
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, message, dst->count, src->count); \
            return false; \
        } \
        for (vir__i = 0; vir__i < src->count; vir__i++) { \
            if (!check(src->array[vir__i], dst->array[vir__i])) \
                return false; \
        } \
    } while (0)

static bool
virDomainABIDevicesCheck(const virDomainDef *src, const virDomainDef *dst)
{
    VIR_DOMAIN_ABI_DEVICES(disks, ndisks, virDomainABIDiskCheck,
                           _("Target domain disk count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(controllers, ncontrollers, virDomainABIControllerCheck,
                           _("Target domain controller count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(nets, nnets, virDomainABINetCheck,
                           _("Target domain net card count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(inputs, ninputs, virDomainABIInputCheck,
                           _("Target domain input device count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(sounds, nsounds, virDomainABISoundCheck,
                           _("Target domain sound card count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(videos, nvideos, virDomainABIVideoCheck,
                           _("Target domain video card count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(hostdevs, nhostdevs, virDomainABIHostdevCheck,
                           _("Target domain host device count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(serials, nserials, virDomainABIChrCheck,
                           _("Target domain serial port count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(parallels, nparallels, virDomainABIChrCheck,
                           _("Target domain parallel port count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(channels, nchannels, virDomainABIChrCheck,
                           _("Target domain channel count %1$zu does not match source %2$zu"));
    VIR_DOMAIN_ABI_DEVICES(consoles, nconsoles, virDomainABIChrCheck,
                           _("Target domain console count %1$zu does not match source %2$zu"));

    if (!!src->watchdog != !!dst->watchdog) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain watchdog count %1$d does not match source %2$d"),
                       dst->watchdog ? 1 : 0, src->watchdog ? 1 : 0);
        return false;
    }
    if (src->watchdog && !virDomainABIWatchdogCheck(src->watchdog, dst->watchdog))
        return false;

    if (!!src->memballoon != !!dst->memballoon) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Target domain memory balloon count %1$d does not match source %2$d"),
                       dst->memballoon ? 1 : 0, src->memballoon ? 1 : 0);
        return false;
    }
    if (src->memballoon && !virDomainABIMemballoonCheck(src->memballoon, dst->memballoon))
        return false;

    VIR_DOMAIN_ABI_DEVICES(rngs, nrngs, virDomainABIRNGCheck,
                           _("Target domain RNG device count %1$zu does not match source %2$zu"));
    return true;
}

/**
 * virDomainDefCheckABIStability:
 * @src: the definition the guest was started (or saved) with (borrowed)
 * @dst: the definition it would continue with (borrowed)
 * @flags: virDomainDefABICheckFlags
 *
 * Both sides must have been normalised the same way (parsed and formatted
 * with identical flags); otherwise defaults one side spells out and the
 * other does not are reported as differences.
 *
 * Returns 0 when @dst presents the guest the same hardware, -1 with
 * VIR_ERR_CONFIG_UNSUPPORTED describing the first difference.
 */
int
virDomainDefCheckABIStability(const virDomainDef *src, const virDomainDef *dst,
                              unsigned int flags)
{
    virCheckFlags(VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE, -1);

    if (!virDomainABIIdentityCheck(src, dst) ||
        !virDomainABIResourcesCheck(src, dst, flags) ||
        !virDomainABIMachineCheck(src, dst) ||
        !virDomainABIFeaturesCheck(src, dst) ||
        !virDomainABIClockCheck(src, dst) ||
        !virDomainABICPUCheck(src->cpu, dst->cpu) ||
        !virDomainABIDevicesCheck(src, dst))
        return -1;
    return 0;
}
