/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virinterfacedef.c: host interface XML definition (parse, validate,
 * format, free)
 *
 * The checks run in the order libvirt 9.0 makes them, so a document with
 * several mistakes is refused for the same one.  Where libvirt reads an
 * element with an XPath string() expression, so do we: an attribute is then
 * taken from the first element that has it ("<mtu/><mtu size='9000'/>" has
 * an MTU of 9000), and an empty value counts as absent.
 *
 * One deliberate difference: libvirt writes the MAC address, IP addresses,
 * gateway, bridge delay, ARP target and VLAN tag and device unescaped, so a
 * value holding '<', '&' or a quote gives a document that cannot be read
 * back.  We escape them; for every other value the text is the same.
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include <libxml/relaxng.h>

#include "virinterfacedef.h"
#include "virbuffer.h"
#include "virerror.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_INTERFACE

/* libvirt refuses larger MTUs (no link type has frames this big) */
#define VIR_INTERFACE_MTU_MAX 100000

VIR_ENUM_IMPL(virInterface, VIR_INTERFACE_TYPE_LAST,
              "ethernet", "bridge", "bond", "vlan");

VIR_ENUM_IMPL(virInterfaceStartMode, VIR_INTERFACE_START_LAST,
              "", "none", "onboot", "hotplug");

VIR_ENUM_IMPL(virInterfaceProtocolFamily, VIR_INTERFACE_PROTOCOL_LAST,
              "ipv4", "ipv6");

VIR_ENUM_IMPL(virInterfaceLinkState, VIR_INTERFACE_LINK_STATE_LAST,
              "", "unknown", "notpresent", "down", "lowerlayerdown",
              "testing", "dormant", "up");

VIR_ENUM_IMPL(virInterfaceBondMode, VIR_INTERFACE_BOND_MODE_LAST,
              "", "balance-rr", "active-backup", "balance-xor", "broadcast",
              "802.3ad", "balance-tlb", "balance-alb");

VIR_ENUM_IMPL(virInterfaceBondCarrier, VIR_INTERFACE_BOND_CARRIER_LAST,
              "", "ioctl", "netif");

VIR_ENUM_IMPL(virInterfaceBondValidate, VIR_INTERFACE_BOND_VALIDATE_LAST,
              "", "active", "backup", "all");

/* ------------------------------------------------------------------ */
/* Freeing                                                             */
/* ------------------------------------------------------------------ */

static void
virInterfaceProtocolDefClear(virInterfaceProtocolDef *def)
{
    size_t i;

    for (i = 0; i < def->nips; i++)
        g_free(def->ips[i].address);
    g_free(def->ips);
    g_free(def->gateway);
}

static void
virInterfaceDefListFree(virInterfaceDef **itfs, size_t nitfs)
{
    size_t i;

    for (i = 0; i < nitfs; i++)
        virInterfaceDefFree(itfs[i]);
    g_free(itfs);
}

/**
 * virInterfaceDefFree:
 * @def: a definition, possibly half built, or NULL
 *
 * Frees @def with its enslaved interfaces.
 */
void
virInterfaceDefFree(virInterfaceDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    g_free(def->mac);
    for (i = 0; i < def->nprotos; i++)
        virInterfaceProtocolDefClear(&def->protos[i]);
    g_free(def->protos);

    g_free(def->bridge.delay);
    virInterfaceDefListFree(def->bridge.itfs, def->bridge.nitfs);
    g_free(def->bond.target);
    virInterfaceDefListFree(def->bond.itfs, def->bond.nitfs);
    g_free(def->vlan.tag);
    g_free(def->vlan.dev);
    g_free(def);
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/*
 * Reads a decimal unsigned int as libvirt does for sizes and speeds:
 * leading blanks and a '+' are allowed, a '-' anywhere is not, and the
 * whole string must be used.  Returns 0, or -1 (nothing reported).
 */
static int
virInterfaceParseUInt(const char *str, unsigned int *result)
{
    unsigned long long val;
    char *end = NULL;

    errno = 0;
    val = strtoull(str, &end, 10);
    if (errno || end == str || *end || memchr(str, '-', end - str) || val > UINT_MAX)
        return -1;
    *result = val;
    return 0;
}

/* Reports an invalid unsigned attribute in the words of libvirt's helpers. */
static int
virInterfaceReportBadUInt(xmlNodePtr node, const char *name, const char *value)
{
    virReportError(VIR_ERR_XML_ERROR,
                   _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected non-negative integer value"),
                   name, (const char *)node->name, value);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

static virInterfaceDef *virInterfaceDefParseXML(xmlXPathContextPtr ctxt,
                                                virInterfaceType parentType);

static int
virInterfaceDefParseStartMode(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    g_autofree char *mode = virXPathString("string(./start/@mode)", ctxt);
    int val;

    if (!mode)
        return 0;
    if ((val = virInterfaceStartModeTypeFromString(mode)) <= 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown interface startmode %1$s"), mode);
        return -1;
    }
    def->startmode = val;
    return 0;
}

static int
virInterfaceDefParseMTU(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    g_autofree char *size = virXPathString("string(./mtu/@size)", ctxt);
    unsigned int mtu;

    if (!size)
        return 0;
    if (virInterfaceParseUInt(size, &mtu) < 0) {
        /* libvirt 9.0 gives up here without saying why; so do we, in its words */
        virRaiseErrorRaw(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, NULL, NULL, NULL,
                         -1, -1, _("An error occurred, but the cause is unknown"));
        return -1;
    }
    if (mtu > VIR_INTERFACE_MTU_MAX) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("value of the 'size' attribute of 'mtu' element must be at most %1$d"),
                       VIR_INTERFACE_MTU_MAX);
        return -1;
    }
    def->mtu = mtu;
    return 0;
}

/* <dhcp peerdns=''/>: only the first <dhcp> counts */
static int
virInterfaceProtocolParseDHCP(xmlXPathContextPtr ctxt, virInterfaceProtocolDef *def)
{
    xmlNodePtr node = virXPathNode("./dhcp", ctxt);

    if (!node)
        return 0;
    def->dhcp = true;
    return virXMLPropTristateBool(node, "peerdns", VIR_XML_PROP_NONE, &def->peerdns) < 0 ? -1 : 0;
}

static int
virInterfaceProtocolParseIPs(xmlXPathContextPtr ctxt, virInterfaceProtocolDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./ip", ctxt, &nodes)) <= 0)
        return n;
    def->ips = g_new0(virInterfaceIPDef, n);
    for (i = 0; i < (size_t)n; i++) {
        g_autofree char *address = virXMLPropString(nodes[i], "address");
        int prefix = 0;

        /* an <ip> without an address is never written back: drop it */
        if (!address)
            continue;
        if (virXMLPropInt(nodes[i], "prefix", 0, VIR_XML_PROP_NONE, &prefix, 0) < 0)
            return -1;
        def->ips[def->nips].address = g_steal_pointer(&address);
        def->ips[def->nips].prefix = prefix;
        def->nips++;
    }
    return 0;
}

/* One <protocol> at ctxt->node. */
static int
virInterfaceProtocolParseXML(xmlXPathContextPtr ctxt, virInterfaceProtocolDef *def)
{
    g_autofree char *family = virXMLPropString(ctxt->node, "family");
    int val;

    if (!family) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("protocol misses the family attribute"));
        return -1;
    }
    if ((val = virInterfaceProtocolFamilyTypeFromString(family)) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unsupported protocol family '%1$s'"), family);
        return -1;
    }
    def->family = val;

    def->gateway = virXPathString("string(./route[1]/@gateway)", ctxt);
    switch ((virInterfaceProtocolFamily) def->family) {
    case VIR_INTERFACE_PROTOCOL_IPV6:
        def->autoconf = virXPathNode("./autoconf", ctxt) != NULL;
        break;
    case VIR_INTERFACE_PROTOCOL_IPV4:
        /* IPv4 has no stateless autoconfiguration: <autoconf/> is ignored */
        break;
    case VIR_INTERFACE_PROTOCOL_LAST:
    default:
        virReportEnumRangeError(virInterfaceProtocolFamily, def->family);
        return -1;
    }
    if (virInterfaceProtocolParseDHCP(ctxt, def) < 0)
        return -1;
    return virInterfaceProtocolParseIPs(ctxt, def);
}

static int
virInterfaceDefParseProtocols(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./protocol", ctxt, &nodes)) <= 0)
        return n;
    def->protos = g_new0(virInterfaceProtocolDef, n);
    for (i = 0; i < (size_t)n; i++) {
        ctxt->node = nodes[i];
        def->nprotos++;
        if (virInterfaceProtocolParseXML(ctxt, &def->protos[i]) < 0)
            return -1;
    }
    return 0;
}

/* <link state='' speed=''/>: the first one only */
static int
virInterfaceDefParseLink(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    xmlNodePtr node = virXPathNode("./link", ctxt);
    unsigned int state = VIR_INTERFACE_LINK_STATE_DEFAULT;
    g_autofree char *speed = NULL;

    if (!node)
        return 0;
    /* state='' is the unset state, as in libvirt */
    if (virXMLPropEnum(node, "state", virInterfaceLinkStateTypeFromString,
                       VIR_XML_PROP_NONE, &state) < 0)
        return -1;
    def->lnk.state = state;

    if ((speed = virXMLPropString(node, "speed")) &&
        virInterfaceParseUInt(speed, &def->lnk.speed) < 0)
        return virInterfaceReportBadUInt(node, "speed", speed);
    return 0;
}

/* The enslaved <interface> elements below ctxt->node. */
static int
virInterfaceDefParseChildren(xmlXPathContextPtr ctxt, virInterfaceType parentType,
                             virInterfaceDef ***itfs, size_t *nitfs)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./interface", ctxt, &nodes)) <= 0)
        return n;
    *itfs = g_new0(virInterfaceDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        ctxt->node = nodes[i];
        if (!((*itfs)[i] = virInterfaceDefParseXML(ctxt, parentType)))
            return -1;
        (*nitfs)++;
    }
    return 0;
}

static int
virInterfaceDefParseBridge(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *stp = NULL;

    if (!(ctxt->node = virXPathNode("./bridge[1]", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("bridge interface misses the bridge element"));
        return -1;
    }
    if ((stp = virXMLPropString(ctxt->node, "stp"))) {
        if (g_str_equal(stp, "on")) {
            def->bridge.stp = VIR_TRISTATE_SWITCH_ON;
        } else if (g_str_equal(stp, "off")) {
            def->bridge.stp = VIR_TRISTATE_SWITCH_OFF;
        } else {
            /* libvirt 9.0 accepts the document but stops reading <bridge>
             * here: the delay and the ports are dropped along with stp */
            return 0;
        }
    }
    def->bridge.delay = virXMLPropString(ctxt->node, "delay");
    return virInterfaceDefParseChildren(ctxt, VIR_INTERFACE_TYPE_BRIDGE,
                                        &def->bridge.itfs, &def->bridge.nitfs);
}

static int
virInterfaceBondParseMII(xmlXPathContextPtr ctxt, virInterfaceBondDef *bond)
{
    g_autofree char *carrier = NULL;

    bond->monitor = VIR_INTERFACE_BOND_MONITOR_MII;
    if (virXPathInt("string(./miimon/@freq)", ctxt, &bond->frequency) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("bond interface miimon freq missing or invalid"));
        return -1;
    }
    if (virXPathInt("string(./miimon/@downdelay)", ctxt, &bond->downdelay) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("bond interface miimon downdelay invalid"));
        return -1;
    }
    if (virXPathInt("string(./miimon/@updelay)", ctxt, &bond->updelay) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("bond interface miimon updelay invalid"));
        return -1;
    }
    if ((carrier = virXPathString("string(./miimon/@carrier)", ctxt))) {
        int val = virInterfaceBondCarrierTypeFromString(carrier);

        if (val <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unknown mii bonding carrier %1$s"), carrier);
            return -1;
        }
        bond->carrier = val;
    }
    return 0;
}

static int
virInterfaceBondParseARP(xmlXPathContextPtr ctxt, virInterfaceBondDef *bond)
{
    g_autofree char *validate = NULL;

    bond->monitor = VIR_INTERFACE_BOND_MONITOR_ARP;
    if (virXPathInt("string(./arpmon/@interval)", ctxt, &bond->interval) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("bond interface arpmon interval missing or invalid"));
        return -1;
    }
    if (!(bond->target = virXPathString("string(./arpmon/@target)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("bond interface arpmon target missing"));
        return -1;
    }
    if ((validate = virXPathString("string(./arpmon/@validate)", ctxt))) {
        int val = virInterfaceBondValidateTypeFromString(validate);

        if (val <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unknown arp bonding validate %1$s"), validate);
            return -1;
        }
        bond->validate = val;
    }
    return 0;
}

static int
virInterfaceDefParseBond(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *mode = NULL;

    if (!(ctxt->node = virXPathNode("./bond[1]", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("bond interface misses the bond element"));
        return -1;
    }
    if ((mode = virXPathString("string(./@mode)", ctxt))) {
        int val = virInterfaceBondModeTypeFromString(mode);

        if (val <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unknown bonding mode %1$s"), mode);
            return -1;
        }
        def->bond.mode = val;
    }
    if (virInterfaceDefParseChildren(ctxt, VIR_INTERFACE_TYPE_BOND,
                                     &def->bond.itfs, &def->bond.nitfs) < 0)
        return -1;

    /* one monitor; MII wins when both are given */
    if (virXPathNode("./miimon[1]", ctxt))
        return virInterfaceBondParseMII(ctxt, &def->bond);
    if (virXPathNode("./arpmon[1]", ctxt))
        return virInterfaceBondParseARP(ctxt, &def->bond);
    return 0;
}

static int
virInterfaceDefParseVlan(xmlXPathContextPtr ctxt, virInterfaceDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);

    if (!(ctxt->node = virXPathNode("./vlan[1]", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("vlan interface misses the vlan element"));
        return -1;
    }
    if (!(def->vlan.tag = virXPathString("string(./@tag)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("vlan interface misses the tag attribute"));
        return -1;
    }
    if (!(def->vlan.dev = virXPathString("string(./interface/@name)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("vlan interface misses name attribute"));
        return -1;
    }
    return 0;
}

/* What may be enslaved: bridges take ethernet, bond and vlan interfaces,
 * bonds take ethernet ones; VIR_INTERFACE_TYPE_LAST is the top level. */
static bool
virInterfaceTypeAllowedIn(virInterfaceType type, virInterfaceType parentType)
{
    switch (parentType) {
    case VIR_INTERFACE_TYPE_LAST:
        return true;
    case VIR_INTERFACE_TYPE_BRIDGE:
        return type != VIR_INTERFACE_TYPE_BRIDGE;
    case VIR_INTERFACE_TYPE_BOND:
        return type == VIR_INTERFACE_TYPE_ETHERNET;
    case VIR_INTERFACE_TYPE_ETHERNET:
    case VIR_INTERFACE_TYPE_VLAN:
    default:
        return false;
    }
}

/*
 * Parses the <interface> at ctxt->node; @parentType is the type of the
 * interface it is enslaved to, VIR_INTERFACE_TYPE_LAST at the top level.
 */
static virInterfaceDef *
virInterfaceDefParseXML(xmlXPathContextPtr ctxt, virInterfaceType parentType)
{
    g_autoptr(virInterfaceDef) def = NULL;
    unsigned int type = VIR_INTERFACE_TYPE_ETHERNET;
    int rc = 0;

    if (virXMLPropEnum(ctxt->node, "type", virInterfaceTypeFromString,
                       VIR_XML_PROP_REQUIRED, &type) < 0)
        return NULL;
    if (!virInterfaceTypeAllowedIn(type, parentType)) {
        virReportError(VIR_ERR_XML_ERROR, _("interface has unsupported type '%1$s'"),
                       virInterfaceTypeToString(type));
        return NULL;
    }

    def = g_new0(virInterfaceDef, 1);
    def->type = type;
    /* name='' is accepted, as by libvirt; only a missing name is refused */
    if (!(def->name = virXMLPropString(ctxt->node, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("interface has no name"));
        return NULL;
    }

    /* an enslaved interface follows its master's start mode, MTU and addresses */
    if (parentType == VIR_INTERFACE_TYPE_LAST &&
        (virInterfaceDefParseStartMode(ctxt, def) < 0 ||
         virInterfaceDefParseMTU(ctxt, def) < 0 ||
         virInterfaceDefParseProtocols(ctxt, def) < 0))
        return NULL;

    /* a bridge has no link of its own */
    if (def->type != VIR_INTERFACE_TYPE_BRIDGE &&
        virInterfaceDefParseLink(ctxt, def) < 0)
        return NULL;

    switch ((virInterfaceType) def->type) {
    case VIR_INTERFACE_TYPE_ETHERNET:
        def->mac = virXPathString("string(./mac/@address)", ctxt);
        break;
    case VIR_INTERFACE_TYPE_BRIDGE:
        rc = virInterfaceDefParseBridge(ctxt, def);
        break;
    case VIR_INTERFACE_TYPE_BOND:
        rc = virInterfaceDefParseBond(ctxt, def);
        break;
    case VIR_INTERFACE_TYPE_VLAN:
        rc = virInterfaceDefParseVlan(ctxt, def);
        break;
    case VIR_INTERFACE_TYPE_LAST:
    default:
        virReportEnumRangeError(virInterfaceType, def->type);
        return NULL;
    }
    if (rc < 0)
        return NULL;
    return g_steal_pointer(&def);
}

/* ------------------------------------------------------------------ */
/* Schema validation                                                   */
/* ------------------------------------------------------------------ */

/* The schema: $LIBVIRT_SCHEMA_DIR, else the configured data directory, else
 * the source tree's docs/schemas for uninstalled builds; NULL if none. */
static char *
virInterfaceSchemaFind(void)
{
    const char *env = g_getenv("LIBVIRT_SCHEMA_DIR");
    g_autofree char *path = NULL;

    if (env) {
        path = g_build_filename(env, "interface.rng", NULL);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
            return g_steal_pointer(&path);
        g_clear_pointer(&path, g_free);
    }
#ifdef PKGDATADIR
    path = g_build_filename(PKGDATADIR, "schemas", "interface.rng", NULL);
    if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer(&path);
    g_clear_pointer(&path, g_free);
#endif
#ifdef abs_top_srcdir
    path = g_build_filename(abs_top_srcdir, "docs", "schemas", "interface.rng", NULL);
    if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer(&path);
#endif
    return NULL;
}

static void
virInterfaceSchemaError(void *opaque, const char *fmt, ...)
{
    virBuffer *buf = opaque;
    va_list ap;

    va_start(ap, fmt);
    virBufferVasprintf(buf, fmt, ap);
    va_end(ap);
}

/* Validates @doc against interface.rng; a missing schema file means there
 * is nothing to check against. */
static int
virInterfaceDefValidateSchema(xmlDocPtr doc)
{
    g_autofree char *schema = virInterfaceSchemaFind();
    g_auto(virBuffer) details = VIR_BUFFER_INITIALIZER;
    g_autofree char *detail = NULL;
    g_autofree char *msg = NULL;
    xmlRelaxNGParserCtxtPtr pctxt;
    xmlRelaxNGValidCtxtPtr vctxt;
    xmlRelaxNGPtr rng;
    int rc;

    if (!schema)
        return 0;
    if (!(pctxt = xmlRelaxNGNewParserCtxt(schema))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Unable to parse RNG %1$s"), schema);
        return -1;
    }
    xmlRelaxNGSetParserErrors(pctxt, virInterfaceSchemaError, virInterfaceSchemaError,
                              &details);
    rng = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!rng) {
        detail = virBufferContentAndReset(&details);
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Unable to parse RNG %1$s: %2$s"),
                       schema, detail ? detail : "");
        return -1;
    }
    vctxt = xmlRelaxNGNewValidCtxt(rng);
    xmlRelaxNGSetValidErrors(vctxt, virInterfaceSchemaError, virInterfaceSchemaError,
                             &details);
    rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlRelaxNGFree(rng);
    if (rc == 0)
        return 0;

    detail = virBufferContentAndReset(&details);
    msg = g_strdup_printf("%s: Unable to validate doc against %s\n%s",
                          _("XML document failed to validate against schema"),
                          schema, detail ? detail : "");
    virRaiseErrorRaw(VIR_FROM_XML, VIR_ERR_XML_INVALID_SCHEMA, VIR_ERR_ERROR, msg, NULL, NULL,
                     -1, -1, msg);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

#define VIR_INTERFACE_DEF_PARSE_FLAGS \
    (VIR_INTERFACE_DEF_PARSE_INACTIVE | VIR_INTERFACE_DEF_PARSE_VALIDATE)

static virInterfaceDef *
virInterfaceDefParseDoc(xmlDocPtr doc, xmlXPathContextPtr ctxt, unsigned int flags)
{
    if ((flags & VIR_INTERFACE_DEF_PARSE_VALIDATE) && virInterfaceDefValidateSchema(doc) < 0)
        return NULL;
    return virInterfaceDefParseXML(ctxt, VIR_INTERFACE_TYPE_LAST);
}

/**
 * virInterfaceDefParseNode:
 * @xml: a parsed document (borrowed)
 * @root: its <interface> element (borrowed)
 * @flags: virInterfaceDefParseFlags
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 */
virInterfaceDef *
virInterfaceDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int flags)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(VIR_INTERFACE_DEF_PARSE_FLAGS, NULL);

    if (!xmlStrEqual(root->name, BAD_CAST "interface")) {
        virReportError(VIR_ERR_XML_ERROR, _("expecting root element of '%1$s', not '%2$s'"),
                       "interface", (const char *)root->name);
        return NULL;
    }
    if (!(ctxt = virXMLXPathContextNew(xml))) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    ctxt->node = root;
    return virInterfaceDefParseDoc(xml, ctxt, flags);
}

/**
 * virInterfaceDefParseString:
 * @xml: an <interface> document
 * @flags: virInterfaceDefParseFlags
 *
 * Returns a new definition (caller frees with virInterfaceDefFree()), or
 * NULL with an error reported: the parser's for malformed XML, else
 * libvirt's message for the first thing that is wrong.
 */
virInterfaceDef *
virInterfaceDefParseString(const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(VIR_INTERFACE_DEF_PARSE_FLAGS, NULL);

    if (!(doc = virXMLParseString(xml, "(interface_definition)", "interface", &ctxt,
                                  VIR_FROM_INTERFACE)))
        return NULL;
    return virInterfaceDefParseDoc(doc, ctxt, flags);
}

/**
 * virInterfaceDefParseFile:
 * @path: a file holding an <interface> document
 * @flags: virInterfaceDefParseFlags
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 */
virInterfaceDef *
virInterfaceDefParseFile(const char *path, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(VIR_INTERFACE_DEF_PARSE_FLAGS, NULL);

    if (!(doc = virXMLParseFile(path, "interface", &ctxt, VIR_FROM_INTERFACE)))
        return NULL;
    return virInterfaceDefParseDoc(doc, ctxt, flags);
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

static int virInterfaceDefFormatBuf(virBuffer *buf, const virInterfaceDef *def, bool top);

static int
virInterfaceProtocolFormat(virBuffer *buf, const virInterfaceProtocolDef *def)
{
    const char *family = virInterfaceProtocolFamilyTypeToString(def->family);
    size_t i;

    if (!family) {
        virReportEnumRangeError(virInterfaceProtocolFamily, def->family);
        return -1;
    }
    /* an empty protocol still gets a closing tag of its own, as in libvirt */
    virBufferAsprintf(buf, "<protocol family='%s'>\n", family);
    virBufferAdjustIndent(buf, 2);
    if (def->autoconf)
        virBufferAddLit(buf, "<autoconf/>\n");
    if (def->dhcp) {
        virBufferAddLit(buf, "<dhcp");
        if (def->peerdns != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " peerdns='%s'", virTristateBoolTypeToString(def->peerdns));
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < def->nips; i++) {
        virBufferEscapeString(buf, "<ip address='%s'", def->ips[i].address);
        if (def->ips[i].prefix != 0)
            virBufferAsprintf(buf, " prefix='%d'", def->ips[i].prefix);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferEscapeString(buf, "<route gateway='%s'/>\n", def->gateway);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</protocol>\n");
    return 0;
}

static int
virInterfaceLinkFormat(virBuffer *buf, const virInterfaceLinkDef *lnk)
{
    const char *state = virInterfaceLinkStateTypeToString(lnk->state);

    if (!state) {
        virReportEnumRangeError(virInterfaceLinkState, lnk->state);
        return -1;
    }
    if (!lnk->speed && lnk->state == VIR_INTERFACE_LINK_STATE_DEFAULT)
        return 0;
    virBufferAddLit(buf, "<link");
    if (lnk->speed)
        virBufferAsprintf(buf, " speed='%u'", lnk->speed);
    if (lnk->state != VIR_INTERFACE_LINK_STATE_DEFAULT)
        virBufferAsprintf(buf, " state='%s'", state);
    virBufferAddLit(buf, "/>\n");
    return 0;
}

static int
virInterfaceDefListFormat(virBuffer *buf, virInterfaceDef *const *itfs, size_t nitfs)
{
    size_t i;

    for (i = 0; i < nitfs; i++) {
        if (virInterfaceDefFormatBuf(buf, itfs[i], false) < 0)
            return -1;
    }
    return 0;
}

static int
virInterfaceBridgeFormat(virBuffer *buf, const virInterfaceBridgeDef *def)
{
    virBufferAddLit(buf, "<bridge");
    if (def->stp != VIR_TRISTATE_SWITCH_ABSENT)
        virBufferAsprintf(buf, " stp='%s'", virTristateSwitchTypeToString(def->stp));
    virBufferEscapeString(buf, " delay='%s'", def->delay);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    if (virInterfaceDefListFormat(buf, def->itfs, def->nitfs) < 0)
        return -1;
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</bridge>\n");
    return 0;
}

static int
virInterfaceBondFormat(virBuffer *buf, const virInterfaceBondDef *def)
{
    const char *mode = virInterfaceBondModeTypeToString(def->mode);
    const char *carrier = virInterfaceBondCarrierTypeToString(def->carrier);
    const char *validate = virInterfaceBondValidateTypeToString(def->validate);

    if (!mode) {
        virReportEnumRangeError(virInterfaceBondMode, def->mode);
        return -1;
    }
    if (!carrier) {
        virReportEnumRangeError(virInterfaceBondCarrier, def->carrier);
        return -1;
    }
    if (!validate) {
        virReportEnumRangeError(virInterfaceBondValidate, def->validate);
        return -1;
    }

    virBufferAddLit(buf, "<bond");
    if (def->mode != VIR_INTERFACE_BOND_MODE_DEFAULT)
        virBufferAsprintf(buf, " mode='%s'", mode);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    switch (def->monitor) {
    case VIR_INTERFACE_BOND_MONITOR_NONE:
        break;
    case VIR_INTERFACE_BOND_MONITOR_MII:
        virBufferAsprintf(buf, "<miimon freq='%d'", def->frequency);
        if (def->downdelay > 0)
            virBufferAsprintf(buf, " downdelay='%d'", def->downdelay);
        if (def->updelay > 0)
            virBufferAsprintf(buf, " updelay='%d'", def->updelay);
        if (def->carrier != VIR_INTERFACE_BOND_CARRIER_DEFAULT)
            virBufferAsprintf(buf, " carrier='%s'", carrier);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_INTERFACE_BOND_MONITOR_ARP:
        if (!def->target) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("bond with ARP monitoring has no target address"));
            return -1;
        }
        virBufferAsprintf(buf, "<arpmon interval='%d'", def->interval);
        virBufferEscapeString(buf, " target='%s'", def->target);
        if (def->validate != VIR_INTERFACE_BOND_VALIDATE_DEFAULT)
            virBufferAsprintf(buf, " validate='%s'", validate);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_INTERFACE_BOND_MONITOR_LAST:
    default:
        virReportEnumRangeError(virInterfaceBondMonitor, def->monitor);
        return -1;
    }

    if (virInterfaceDefListFormat(buf, def->itfs, def->nitfs) < 0)
        return -1;
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</bond>\n");
    return 0;
}

static int
virInterfaceVlanFormat(virBuffer *buf, const virInterfaceVlanDef *def)
{
    if (!def->tag) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("VLAN interface without a tag"));
        return -1;
    }
    virBufferEscapeString(buf, "<vlan tag='%s'", def->tag);
    if (!def->dev) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<interface name='%s'/>\n", def->dev);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</vlan>\n");
    return 0;
}

/* @top: a top-level interface (an enslaved one has no start mode, MTU or addresses) */
static int
virInterfaceDefFormatBuf(virBuffer *buf, const virInterfaceDef *def, bool top)
{
    const char *type = virInterfaceTypeToString(def->type);
    const char *startmode = virInterfaceStartModeTypeToString(def->startmode);
    size_t i;

    if (!type) {
        virReportEnumRangeError(virInterfaceType, def->type);
        return -1;
    }
    if (!startmode) {
        virReportEnumRangeError(virInterfaceStartMode, def->startmode);
        return -1;
    }
    if (!def->name) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("interface definition without a name"));
        return -1;
    }

    virBufferAsprintf(buf, "<interface type='%s'", type);
    virBufferEscapeString(buf, " name='%s'", def->name);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    if (top) {
        if (def->startmode != VIR_INTERFACE_START_UNSPECIFIED)
            virBufferAsprintf(buf, "<start mode='%s'/>\n", startmode);
        if (def->mtu)
            virBufferAsprintf(buf, "<mtu size='%u'/>\n", def->mtu);
        for (i = 0; i < def->nprotos; i++) {
            if (virInterfaceProtocolFormat(buf, &def->protos[i]) < 0)
                return -1;
        }
    }

    if (def->type != VIR_INTERFACE_TYPE_BRIDGE &&
        virInterfaceLinkFormat(buf, &def->lnk) < 0)
        return -1;

    switch ((virInterfaceType) def->type) {
    case VIR_INTERFACE_TYPE_ETHERNET:
        virBufferEscapeString(buf, "<mac address='%s'/>\n", def->mac);
        break;
    case VIR_INTERFACE_TYPE_BRIDGE:
        if (virInterfaceBridgeFormat(buf, &def->bridge) < 0)
            return -1;
        break;
    case VIR_INTERFACE_TYPE_BOND:
        if (virInterfaceBondFormat(buf, &def->bond) < 0)
            return -1;
        break;
    case VIR_INTERFACE_TYPE_VLAN:
        if (virInterfaceVlanFormat(buf, &def->vlan) < 0)
            return -1;
        break;
    case VIR_INTERFACE_TYPE_LAST:
    default:
        virReportEnumRangeError(virInterfaceType, def->type);
        return -1;
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</interface>\n");
    return 0;
}

/**
 * virInterfaceDefFormat:
 * @def: the definition (borrowed)
 * @flags: VIR_INTERFACE_XML_INACTIVE or 0
 *
 * The configuration and the live form are the same text: libvirt keeps no
 * live-only data in this XML (a <link> is written whenever it is set, as
 * libvirt does), so VIR_INTERFACE_XML_INACTIVE changes nothing.
 *
 * Returns the XML (caller frees), or NULL with an error reported.
 */
char *
virInterfaceDefFormat(const virInterfaceDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virCheckFlags(VIR_INTERFACE_XML_INACTIVE, NULL);

    if (virInterfaceDefFormatBuf(&buf, def, true) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
