/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpciaddr.c: parsing and checking PCI addresses
 */
#include <config.h>

#include "virpciaddr.h"
#include "virxml.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/**
 * virPCIAddressParseXML:
 * @node: an element with domain, bus, slot and function attributes
 * @addr: filled from them (absent attributes leave their member untouched)
 *
 * An address whose domain, bus and slot are all zero is "no address" and
 * is not checked, as in libvirt.  Returns 0, or -1 with VIR_ERR_XML_ERROR
 * reported for an attribute that is not a number or out of range.
 */
int
virPCIAddressParseXML(xmlNodePtr node, virPCIAddress *addr)
{
    if (virXMLPropUInt(node, "domain", 0, VIR_XML_PROP_NONE, &addr->domain) < 0 ||
        virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_NONE, &addr->bus) < 0 ||
        virXMLPropUInt(node, "slot", 0, VIR_XML_PROP_NONE, &addr->slot) < 0 ||
        virXMLPropUInt(node, "function", 0, VIR_XML_PROP_NONE, &addr->function) < 0)
        return -1;

    if (addr->domain == 0 && addr->bus == 0 && addr->slot == 0)
        return 0;
    if (addr->bus > 0xFF) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address bus='0x%1$x', must be <= 0xFF"), addr->bus);
        return -1;
    }
    if (addr->slot > 0x1F) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address slot='0x%1$x', must be <= 0x1F"), addr->slot);
        return -1;
    }
    if (addr->function > 7) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid PCI address function=0x%1$x, must be <= 7"), addr->function);
        return -1;
    }
    return 0;
}
