/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virnetworkdef.c: network XML definition (parse, validate, format, update,
 * free)
 *
 * Parsing reads each sub-element from an XPath context and checks it the way
 * libvirt 9.0 does, in the same order, so that a document with several
 * mistakes is refused for the same one.  Formatting writes libvirt's layout:
 * element order, attribute order, defaults (stp/delay on routed bridges,
 * the lease unit, PCI addresses in hex) and its quirks (an <ip> without
 * children still gets a closing tag on its own line).  Updating changes one
 * element of a definition as virNetworkUpdate() does (at the end).
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <netdb.h>
#include <arpa/inet.h>

#include "virnetworkdef.h"
#include "virbuffer.h"
#include "virerror.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

VIR_ENUM_IMPL(virNetworkForward, VIR_NETWORK_FORWARD_LAST,
              "none", "nat", "route", "open", "bridge",
              "private", "vepa", "passthrough", "hostdev");

VIR_ENUM_IMPL(virNetworkBridgeMACTableManager, VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LAST,
              "default", "kernel", "libvirt");

VIR_ENUM_IMPL(virNetworkForwardHostdevDevice, VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_LAST,
              "none", "pci", "netdev");

VIR_ENUM_IMPL(virNetworkForwardDriverName, VIR_NETWORK_FORWARD_DRIVER_NAME_LAST,
              "default", "kvm", "vfio");

VIR_ENUM_IMPL(virNetworkDHCPLeaseTimeUnit, VIR_NETWORK_DHCP_LEASE_TIME_UNIT_LAST,
              "seconds", "minutes", "hours");

VIR_ENUM_IMPL(virNetworkVlanNativeMode, VIR_NETWORK_VLAN_NATIVE_MODE_LAST,
              "default", "tagged", "untagged");

VIR_ENUM_IMPL(virNetworkVirtualPort, VIR_NETWORK_VPORT_LAST,
              "none", "802.1Qbg", "802.1Qbh", "openvswitch", "midonet");

/* libvirt limits an SRV service name to what fits in a DNS record */
#define VIR_NETWORK_DNS_SRV_SERVICE_MAX 482
#define VIR_NETWORK_DNS_SRV_SERVICE_CHARS \
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+"
#define VIR_NETWORK_DNS_SRV_PROTOCOL_CHARS \
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+"
#define VIR_NETWORK_DHCP_MIN_LEASE_SECONDS 120
#define VIR_NETWORK_RANGE_MAX 65535

/* ------------------------------------------------------------------ */
/* Numbers, as libvirt's string-to-number helpers read them            */
/* ------------------------------------------------------------------ */

/*
 * Reads an unsigned number the way strtoull() does (leading blanks, a sign,
 * @base prefixes), requiring the whole string to be used.  With
 * @allowNegative a leading '-' wraps modulo 2^32 like libvirt's
 * virStrToLong_ui() ("-1" is UINT_MAX), and @max must then be UINT_MAX;
 * without it any '-' is refused.  Returns 0, or -1 (nothing reported).
 */
static int
virNetworkParseNumber(const char *str, int base, bool allowNegative,
                      unsigned long long max, unsigned long long *result)
{
    unsigned long long val;
    char *end = NULL;

    if (!str)
        return -1;
    errno = 0;
    val = strtoull(str, &end, base);
    if (errno || end == str || *end)
        return -1;
    if (memchr(str, '-', end - str)) {
        if (!allowNegative || -val > UINT_MAX)
            return -1;
        val &= UINT_MAX;
    }
    if (val > max)
        return -1;
    *result = val;
    return 0;
}

static int
virNetworkParseUInt(const char *str, int base, bool allowNegative, unsigned int *result)
{
    unsigned long long val;

    if (virNetworkParseNumber(str, base, allowNegative, UINT_MAX, &val) < 0)
        return -1;
    *result = val;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Addresses                                                           */
/* ------------------------------------------------------------------ */

static int
virNetworkAddrFamily(const virNetworkAddr *addr)
{
    return addr->data.sa.sa_family;
}

static bool
virNetworkAddrIsSet(const virNetworkAddr *addr)
{
    return virNetworkAddrFamily(addr) != AF_UNSPEC;
}

/*
 * Parses a numeric IPv4/IPv6 address (as getaddrinfo() with
 * AI_NUMERICHOST reads it, so "010.1" is 8.0.0.1 as in libvirt).
 * Returns 0, or the getaddrinfo() error code; nothing is reported.
 */
static int
virNetworkAddrParse(virNetworkAddr *addr, const char *str, int family)
{
    struct addrinfo hints = { .ai_family = family, .ai_flags = AI_NUMERICHOST };
    struct addrinfo *res = NULL;
    int rc;

    memset(addr, 0, sizeof(*addr));
    if ((rc = getaddrinfo(str, NULL, &hints, &res)) != 0)
        return rc;
    if (!res || res->ai_addrlen > sizeof(addr->data)) {
        freeaddrinfo(res);
        return EAI_FAIL;
    }
    memcpy(&addr->data, res->ai_addr, res->ai_addrlen);
    addr->len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

/* Parses @str, reporting libvirt's generic "Cannot parse socket address". */
static int
virNetworkAddrParseReport(virNetworkAddr *addr, const char *str, int family)
{
    int rc = virNetworkAddrParse(addr, str, family);

    if (rc != 0) {
        virReportError(VIR_ERR_SYSTEM_ERROR, _("Cannot parse socket address '%1$s': %2$s"),
                       str, gai_strerror(rc));
        return -1;
    }
    return 0;
}

/**
 * virNetworkAddrFormatBuf:
 * @addr: a set address
 * @buf: where to write the numeric text form
 * @buflen: size of @buf (NI_MAXHOST is always enough)
 *
 * Returns 0, or -1 (nothing reported) when @addr is unset or unprintable.
 */
int
virNetworkAddrFormatBuf(const virNetworkAddr *addr, char *buf, size_t buflen)
{
    if (!virNetworkAddrIsSet(addr) ||
        getnameinfo(&addr->data.sa, addr->len, buf, buflen, NULL, 0, NI_NUMERICHOST) != 0) {
        if (buflen)
            buf[0] = '\0';
        return -1;
    }
    return 0;
}

/* Returns the text form of @addr in @buf (NI_MAXHOST bytes), "" if unset. */
static const char *
virNetworkAddrStr(const virNetworkAddr *addr, char *buf)
{
    virNetworkAddrFormatBuf(addr, buf, NI_MAXHOST);
    return buf;
}

/* The raw bytes of an address: 4 for IPv4, 16 for IPv6, else NULL. */
static const unsigned char *
virNetworkAddrBytes(const virNetworkAddr *addr, size_t *len)
{
    switch (virNetworkAddrFamily(addr)) {
    case AF_INET:
        *len = 4;
        return (const unsigned char *)&addr->data.inet4.sin_addr.s_addr;
    case AF_INET6:
        *len = 16;
        return addr->data.inet6.sin6_addr.s6_addr;
    }
    *len = 0;
    return NULL;
}

/* Number of leading one bits of a netmask, or -1 when it is not contiguous. */
static int
virNetworkAddrNetmaskBits(const virNetworkAddr *netmask)
{
    size_t len;
    const unsigned char *b = virNetworkAddrBytes(netmask, &len);
    int bits = 0;
    size_t i;
    bool zeros = false;

    if (!b)
        return -1;
    for (i = 0; i < len; i++) {
        int j;

        for (j = 7; j >= 0; j--) {
            if (b[i] & (1 << j)) {
                if (zeros)
                    return -1;
                bits++;
            } else {
                zeros = true;
            }
        }
    }
    return bits;
}

/* Fills @mask (same size as the address) with @prefix leading ones. */
static int
virNetworkPrefixMask(size_t len, int prefix, unsigned char *mask)
{
    size_t i;

    if (prefix < 0 || (size_t)prefix > len * 8)
        return -1;
    for (i = 0; i < len; i++) {
        int bits = MIN(MAX(prefix - (int)(i * 8), 0), 8);

        mask[i] = bits ? (unsigned char)(0xff << (8 - bits)) : 0;
    }
    return 0;
}

/* True when @a and @b agree on all bits of @mask (both of @len bytes). */
static bool
virNetworkBytesEqualMasked(const unsigned char *a, const unsigned char *b,
                           const unsigned char *mask, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if ((a[i] & mask[i]) != (b[i] & mask[i]))
            return false;
    }
    return true;
}

/**
 * virNetworkIPDefPrefix:
 * @def: an <ip> definition
 *
 * Returns the prefix length of the network: the prefix as written, else the
 * one of the netmask, else the classful default of an IPv4 address (8, 16
 * or 24) or 64 for IPv6, 0 for the wildcard addresses; -1 when there is
 * none (a non-contiguous netmask, a class D or E address).
 */
int
virNetworkIPDefPrefix(const virNetworkIPDef *def)
{
    if (def->prefix > 0)
        return def->prefix;
    if (virNetworkAddrIsSet(&def->netmask))
        return virNetworkAddrNetmaskBits(&def->netmask);
    if (virNetworkAddrFamily(&def->address) == AF_INET) {
        unsigned char first = ((const unsigned char *)&def->address.data.inet4.sin_addr.s_addr)[0];

        /* 0.0.0.0 is the default route: prefix 0 */
        if (def->address.data.inet4.sin_addr.s_addr == 0)
            return 0;
        if ((first & 0x80) == 0)
            return 8;
        if ((first & 0xc0) == 0x80)
            return 16;
        if ((first & 0xe0) == 0xc0)
            return 24;
        return -1;
    }
    if (virNetworkAddrFamily(&def->address) == AF_INET6)
        return IN6_IS_ADDR_UNSPECIFIED(&def->address.data.inet6.sin6_addr) ? 0 : 64;
    return 0;
}

/*
 * Checks a DHCP or NAT range as libvirt does: same family, inside the
 * network @net/@prefix when given (and, for IPv4, not its network or
 * broadcast address), at most 65535 addresses, start <= end.
 */
static int
virNetworkAddrCheckRange(const virNetworkAddr *start, const virNetworkAddr *end,
                         const virNetworkAddr *net, int prefix)
{
    char startStr[NI_MAXHOST];
    char endStr[NI_MAXHOST];
    char netStr[NI_MAXHOST];
    const unsigned char *s;
    const unsigned char *e;
    size_t len;
    size_t elen;
    long diff;

    virNetworkAddrStr(start, startStr);
    virNetworkAddrStr(end, endStr);
    if (net)
        virNetworkAddrStr(net, netStr);

    if (virNetworkAddrFamily(start) != virNetworkAddrFamily(end)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("mismatch of address family in range %1$s - %2$s"),
                       startStr, endStr);
        return -1;
    }
    if (net && virNetworkAddrFamily(start) != virNetworkAddrFamily(net)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("mismatch of address family in range %1$s - %2$s for network %3$s"),
                       startStr, endStr, netStr);
        return -1;
    }

    s = virNetworkAddrBytes(start, &len);
    e = virNetworkAddrBytes(end, &elen);
    if (!s || !e) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("unsupported address family for range %1$s - %2$s, must be ipv4 or ipv6"),
                       startStr, endStr);
        return -1;
    }

    if (net) {
        unsigned char mask[16];
        const unsigned char *n = virNetworkAddrBytes(net, &len);

        if (virNetworkPrefixMask(len, prefix, mask) < 0) {
            /* the two spaces are libvirt's */
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("bad prefix %1$d for network %2$s when  checking range %3$s - %4$s"),
                           prefix, netStr, startStr, endStr);
            return -1;
        }
        if (!virNetworkBytesEqualMasked(s, n, mask, len) ||
            !virNetworkBytesEqualMasked(e, n, mask, len)) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("range %1$s - %2$s is not entirely within network %3$s/%4$d"),
                           startStr, endStr, netStr, prefix);
            return -1;
        }
        if (len == 4) {
            bool isNetwork = true;
            bool isBroadcast = true;
            size_t i;

            for (i = 0; i < len; i++) {
                if (s[i] != (n[i] & mask[i]))
                    isNetwork = false;
                if (e[i] != (unsigned char)(n[i] | ~mask[i]))
                    isBroadcast = false;
            }
            if (isNetwork) {
                virReportError(VIR_ERR_INTERNAL_ERROR,
                               _("start of range %1$s - %2$s in network %3$s/%4$d is the network address"),
                               startStr, endStr, netStr, prefix);
                return -1;
            }
            if (isBroadcast) {
                virReportError(VIR_ERR_INTERNAL_ERROR,
                               _("end of range %1$s - %2$s in network %3$s/%4$d is the broadcast address"),
                               startStr, endStr, netStr, prefix);
                return -1;
            }
        }
    }

    if (len == 4) {
        /* libvirt only allows ranges within one /16 */
        if (s[0] != e[0] || s[1] != e[1]) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("range %1$s - %2$s is too large (> 65535)"), startStr, endStr);
            return -1;
        }
        diff = ((long)e[2] - s[2]) * 256 + ((long)e[3] - s[3]);
        if (diff < 0) {
            /* the trailing space is libvirt's */
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("range %1$s - %2$s is reversed "), startStr, endStr);
            return -1;
        }
    } else {
        /* IPv6: only the last 16 bits may differ */
        if (memcmp(s, e, 14) != 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("range %1$s - %2$s is too large (> 65535)"), startStr, endStr);
            return -1;
        }
        diff = ((long)e[14] * 256 + e[15]) - ((long)s[14] * 256 + s[15]);
        if (diff < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("range %1$s - %2$s start larger than end"), startStr, endStr);
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* MAC addresses                                                       */
/* ------------------------------------------------------------------ */

/* Six hex bytes of one or two digits separated by ':'; 0 or -1 (not reported). */
static int
virNetworkMacParse(const char *str, unsigned char *mac)
{
    size_t i;

    for (i = 0; i < VIR_NETWORK_MAC_BUFLEN; i++) {
        char *end = NULL;
        unsigned long val;

        if (!g_ascii_isxdigit(*str))
            return -1;
        errno = 0;
        val = strtoul(str, &end, 16);
        if (errno || end - str < 1 || end - str > 2 || val > 0xff)
            return -1;
        mac[i] = val;
        if (i == VIR_NETWORK_MAC_BUFLEN - 1)
            return *end == '\0' ? 0 : -1;
        if (*end != ':')
            return -1;
        str = end + 1;
    }
    return -1;
}

static bool
virNetworkMacIsMulticast(const unsigned char *mac)
{
    return mac[0] & 1;
}

/* ------------------------------------------------------------------ */
/* Freeing                                                             */
/* ------------------------------------------------------------------ */

static void
virNetworkDHCPHostDefClear(virNetworkDHCPHostDef *def)
{
    g_free(def->mac);
    g_free(def->id);
    g_free(def->name);
    g_free(def->lease);
}

static void
virNetworkIPDefClear(virNetworkIPDef *def)
{
    size_t i;

    g_free(def->family);
    for (i = 0; i < def->nranges; i++)
        g_free(def->ranges[i].lease);
    g_free(def->ranges);
    for (i = 0; i < def->nhosts; i++)
        virNetworkDHCPHostDefClear(&def->hosts[i]);
    g_free(def->hosts);
    g_free(def->tftproot);
    g_free(def->bootfile);
}

static void
virNetworkRouteDefClear(virNetworkRouteDef *def)
{
    g_free(def->family);
}

static void
virNetworkDNSTxtDefClear(virNetworkDNSTxtDef *def)
{
    g_free(def->name);
    g_free(def->value);
}

static void
virNetworkDNSSrvDefClear(virNetworkDNSSrvDef *def)
{
    g_free(def->service);
    g_free(def->protocol);
    g_free(def->domain);
    g_free(def->target);
}

static void
virNetworkDNSHostDefClear(virNetworkDNSHostDef *def)
{
    g_strfreev(def->names);
}

static void
virNetworkDNSDefClear(virNetworkDNSDef *def)
{
    size_t i;

    for (i = 0; i < def->nfwds; i++)
        g_free(def->forwarders[i].domain);
    g_free(def->forwarders);
    for (i = 0; i < def->ntxts; i++)
        virNetworkDNSTxtDefClear(&def->txts[i]);
    g_free(def->txts);
    for (i = 0; i < def->nsrvs; i++)
        virNetworkDNSSrvDefClear(&def->srvs[i]);
    g_free(def->srvs);
    for (i = 0; i < def->nhosts; i++)
        virNetworkDNSHostDefClear(&def->hosts[i]);
    g_free(def->hosts);
}

static void
virNetworkForwardDefClear(virNetworkForwardDef *def)
{
    size_t i;

    for (i = 0; i < def->npfs; i++)
        g_free(def->pfs[i].dev);
    g_free(def->pfs);
    for (i = 0; i < def->nifs; i++) {
        if (def->ifs[i].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV)
            g_free(def->ifs[i].device.dev);
    }
    g_free(def->ifs);
}

static void
virNetworkBandwidthDefFree(virNetworkBandwidthDef *def)
{
    if (!def)
        return;
    g_free(def->in);
    g_free(def->out);
    g_free(def);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetworkBandwidthDef, virNetworkBandwidthDefFree);

static void
virNetworkVlanDefClear(virNetworkVlanDef *def)
{
    g_free(def->tag);
}

static void
virNetworkPortGroupDefClear(virNetworkPortGroupDef *def)
{
    g_free(def->name);
    g_free(def->virtPortProfile);
    virNetworkBandwidthDefFree(def->bandwidth);
    virNetworkVlanDefClear(&def->vlan);
}

/**
 * virNetworkDefFree:
 * @def: a definition, possibly half-built, or NULL
 *
 * Frees @def and everything it owns.
 */
void
virNetworkDefFree(virNetworkDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    if (def->metadata)
        xmlFreeNode(def->metadata);
    virNetworkForwardDefClear(&def->forward);
    g_free(def->bridge);
    g_free(def->bridgeZone);
    g_free(def->domain);
    virNetworkDNSDefClear(&def->dns);
    virNetworkVlanDefClear(&def->vlan);
    virNetworkBandwidthDefFree(def->bandwidth);
    for (i = 0; i < def->nips; i++)
        virNetworkIPDefClear(&def->ips[i]);
    g_free(def->ips);
    for (i = 0; i < def->nroutes; i++)
        virNetworkRouteDefClear(&def->routes[i]);
    g_free(def->routes);
    g_free(def->virtPortProfile);
    for (i = 0; i < def->nPortGroups; i++)
        virNetworkPortGroupDefClear(&def->portGroups[i]);
    g_free(def->portGroups);
    g_free(def);
}

/* ------------------------------------------------------------------ */
/* Parsing: shared device-level elements                               */
/* ------------------------------------------------------------------ */

/* First element child of @node named @name, or NULL. */
static xmlNodePtr
virNetworkChildElement(xmlNodePtr node, const char *name)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST name))
            return cur;
    }
    return NULL;
}

static int
virNetworkBandwidthRateParseXML(xmlNodePtr node, virNetworkBandwidthRate *rate)
{
    g_autofree char *average = virXMLPropString(node, "average");
    g_autofree char *peak = virXMLPropString(node, "peak");
    g_autofree char *floor = virXMLPropString(node, "floor");
    g_autofree char *burst = virXMLPropString(node, "burst");

    if (average) {
        if (virNetworkParseNumber(average, 10, false, ULLONG_MAX, &rate->average) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("could not convert bandwidth average value '%1$s'"), average);
            return -1;
        }
    } else if (!floor) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("Missing mandatory average or floor attributes"));
        return -1;
    }

    if ((peak || burst) && !average) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("'peak' and 'burst' require 'average' attribute"));
        return -1;
    }
    if (peak && virNetworkParseNumber(peak, 10, false, ULLONG_MAX, &rate->peak) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("could not convert bandwidth peak value '%1$s'"), peak);
        return -1;
    }
    if (burst && virNetworkParseNumber(burst, 10, false, ULLONG_MAX, &rate->burst) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("could not convert bandwidth burst value '%1$s'"), burst);
        return -1;
    }
    if (floor && virNetworkParseNumber(floor, 10, false, ULLONG_MAX, &rate->floor) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("could not convert bandwidth floor value '%1$s'"), floor);
        return -1;
    }
    return 0;
}

/*
 * <bandwidth>: sets *@bandwidth, left NULL when the element has neither
 * <inbound> nor <outbound>.  Networks and their portgroups allow no floor.
 */
static int
virNetworkBandwidthParseXML(xmlNodePtr node, virNetworkBandwidthDef **bandwidth)
{
    g_autoptr(virNetworkBandwidthDef) def = g_new0(virNetworkBandwidthDef, 1);
    xmlNodePtr in = NULL;
    xmlNodePtr out = NULL;
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(cur->name, BAD_CAST "inbound")) {
            if (in) {
                virReportError(VIR_ERR_XML_DETAIL, "%s",
                               _("Only one child <inbound> element allowed"));
                return -1;
            }
            in = cur;
        } else if (xmlStrEqual(cur->name, BAD_CAST "outbound")) {
            if (out) {
                virReportError(VIR_ERR_XML_DETAIL, "%s",
                               _("Only one child <outbound> element allowed"));
                return -1;
            }
            out = cur;
        }
        /* other elements are ignored, as libvirt does */
    }

    if (in) {
        def->in = g_new0(virNetworkBandwidthRate, 1);
        if (virNetworkBandwidthRateParseXML(in, def->in) < 0)
            return -1;
        if (def->in->floor) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("floor attribute is not supported for this config"));
            return -1;
        }
    }
    if (out) {
        def->out = g_new0(virNetworkBandwidthRate, 1);
        if (virNetworkBandwidthRateParseXML(out, def->out) < 0)
            return -1;
        if (def->out->floor) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("'floor' attribute allowed only in <inbound> element"));
            return -1;
        }
    }

    if (def->in || def->out)
        *bandwidth = g_steal_pointer(&def);
    return 0;
}

static int
virNetworkVlanParseXML(xmlXPathContextPtr ctxt, virNetworkVlanDef *def)
{
    g_autofree xmlNodePtr *tagNodes = NULL;
    g_autofree char *trunk = NULL;
    int nTags;
    size_t i;

    if ((nTags = virXPathNodeSet("./tag", ctxt, &tagNodes)) < 0)
        return -1;
    if (nTags == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing tag id - each <vlan> must have at least one <tag id='n'/> subelement"));
        return -1;
    }

    def->tag = g_new0(unsigned int, nTags);
    for (i = 0; i < (size_t)nTags; i++) {
        unsigned int mode = VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT;

        if (virXMLPropUInt(tagNodes[i], "id", 10, VIR_XML_PROP_REQUIRED, &def->tag[i]) < 0)
            return -1;
        def->nTags++;
        if (def->tag[i] > 4095) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("vlan tag id %1$u too large (maximum 4095)"), def->tag[i]);
            return -1;
        }
        if (virXMLPropEnum(tagNodes[i], "nativeMode", virNetworkVlanNativeModeTypeFromString,
                           VIR_XML_PROP_NONZERO, &mode) < 0)
            return -1;
        if (mode != VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT) {
            if (def->nativeMode != VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT) {
                virReportError(VIR_ERR_XML_ERROR, "%s", _("duplicate native vlan setting"));
                return -1;
            }
            def->nativeMode = mode;
            def->nativeTag = def->tag[i];
        }
    }

    def->trunk = nTags > 1;
    if ((trunk = virXPathString("string(./@trunk)", ctxt))) {
        def->trunk = g_ascii_strcasecmp(trunk, "yes") == 0;
        if (!def->trunk) {
            if (nTags > 1) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("invalid \"trunk='%1$s'\" in <vlan> - trunk='yes' is required for more than one vlan tag"),
                               trunk);
                return -1;
            }
            if (def->nativeMode != VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("invalid configuration in <vlan> - \"trunk='no'\" is not allowed with a native vlan id"));
                return -1;
            }
            if (g_ascii_strcasecmp(trunk, "no") != 0) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("invalid \"trunk='%1$s'\" in <vlan> - must be yes or no"), trunk);
                return -1;
            }
        }
    }
    return 0;
}

/* Parses the <vlan> child of ctxt->node, if any. */
static int
virNetworkVlanParseChild(xmlXPathContextPtr ctxt, virNetworkVlanDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);

    if (!(ctxt->node = virXPathNode("./vlan", ctxt)))
        return 0;
    return virNetworkVlanParseXML(ctxt, def);
}

/* Parses one virtualport number parameter: @max is its range. */
static int
virNetworkVirtualPortParseNumber(const char *str, const char *name, unsigned int max,
                                 const char *rangeFmt, unsigned int *result)
{
    if (virNetworkParseUInt(str, 0, true, result) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse value of %1$s parameter"), name);
        return -1;
    }
    if (*result > max) {
        virReportError(VIR_ERR_XML_ERROR, "%s", rangeFmt);
        return -1;
    }
    return 0;
}

/* Refuses parameters that the virtualport's type does not use. */
static int
virNetworkVirtualPortCheckNoExtras(const virNetworkVirtualPortDef *def)
{
    const char *extra = NULL;

    switch (def->type) {
    case VIR_NETWORK_VPORT_8021QBG:
        if (def->profileID[0])
            extra = "profileid";
        else if (def->interfaceIDSpecified)
            extra = "interfaceid";
        break;
    case VIR_NETWORK_VPORT_8021QBH:
        if (def->managerIDSpecified)
            extra = "managerid";
        else if (def->typeIDSpecified)
            extra = "typeid";
        else if (def->typeIDVersionSpecified)
            extra = "typeidversion";
        else if (def->instanceIDSpecified)
            extra = "instanceid";
        else if (def->interfaceIDSpecified)
            extra = "interfaceid";
        break;
    case VIR_NETWORK_VPORT_OPENVSWITCH:
        if (def->managerIDSpecified)
            extra = "managerid";
        else if (def->typeIDSpecified)
            extra = "typeid";
        else if (def->typeIDVersionSpecified)
            extra = "typeidversion";
        else if (def->instanceIDSpecified)
            extra = "instanceid";
        break;
    case VIR_NETWORK_VPORT_MIDONET:
        /* libvirt accepts (and never formats) any parameter for midonet */
    case VIR_NETWORK_VPORT_NONE:
        break;
    case VIR_NETWORK_VPORT_LAST:
    default:
        virReportEnumRangeError(virNetworkVirtualPortType, def->type);
        return -1;
    }

    if (extra) {
        virReportError(VIR_ERR_XML_ERROR, _("extra %1$s unsupported in <virtualport type='%2$s'>"),
                       extra, virNetworkVirtualPortTypeToString(def->type));
        return -1;
    }
    return 0;
}

/* <virtualport>: @requireType for the network's own, not for portgroups'. */
static virNetworkVirtualPortDef *
virNetworkVirtualPortParseXML(xmlNodePtr node, bool requireType)
{
    g_autofree virNetworkVirtualPortDef *def = g_new0(virNetworkVirtualPortDef, 1);
    g_autofree char *type = virXMLPropString(node, "type");
    g_autofree char *managerID = NULL;
    g_autofree char *typeID = NULL;
    g_autofree char *typeIDVersion = NULL;
    g_autofree char *instanceID = NULL;
    g_autofree char *profileID = NULL;
    g_autofree char *interfaceID = NULL;
    xmlNodePtr params;

    if (!type && requireType) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing required virtualport type"));
        return NULL;
    }
    if (type) {
        int val = virNetworkVirtualPortTypeFromString(type);

        if (val <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown virtualport type %1$s"), type);
            return NULL;
        }
        def->type = val;
    }

    if ((params = virNetworkChildElement(node, "parameters"))) {
        managerID = virXMLPropString(params, "managerid");
        typeID = virXMLPropString(params, "typeid");
        typeIDVersion = virXMLPropString(params, "typeidversion");
        instanceID = virXMLPropString(params, "instanceid");
        profileID = virXMLPropString(params, "profileid");
        interfaceID = virXMLPropString(params, "interfaceid");
    }

    if (managerID) {
        if (virNetworkVirtualPortParseNumber(managerID, "managerid", 0xff,
                                             _("value of managerid out of range"),
                                             &def->managerID) < 0)
            return NULL;
        def->managerIDSpecified = true;
    }
    if (typeID) {
        if (virNetworkVirtualPortParseNumber(typeID, "typeid", 0xffffff,
                                             _("value for typeid out of range"),
                                             &def->typeID) < 0)
            return NULL;
        def->typeIDSpecified = true;
    }
    if (typeIDVersion) {
        if (virNetworkVirtualPortParseNumber(typeIDVersion, "typeidversion", 0xff,
                                             _("value of typeidversion out of range"),
                                             &def->typeIDVersion) < 0)
            return NULL;
        def->typeIDVersionSpecified = true;
    }
    if (instanceID) {
        if (virUUIDParse(instanceID, def->instanceID) < 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("cannot parse instanceid parameter as a uuid"));
            return NULL;
        }
        def->instanceIDSpecified = true;
    }
    if (profileID) {
        if (g_strlcpy(def->profileID, profileID,
                      sizeof(def->profileID)) >= sizeof(def->profileID)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("profileid parameter too long"));
            return NULL;
        }
    }
    if (interfaceID) {
        if (virUUIDParse(interfaceID, def->interfaceID) < 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("cannot parse interfaceid parameter as a uuid"));
            return NULL;
        }
        def->interfaceIDSpecified = true;
    }

    if (virNetworkVirtualPortCheckNoExtras(def) < 0)
        return NULL;
    return g_steal_pointer(&def);
}

/* ------------------------------------------------------------------ */
/* Parsing: <ip> and DHCP                                              */
/* ------------------------------------------------------------------ */

/* <lease>: sets *@lease when an expiry is given. */
static int
virNetworkDHCPLeaseTimeParseXML(xmlNodePtr node, virNetworkDHCPLeaseTimeDef **lease)
{
    g_autofree virNetworkDHCPLeaseTimeDef *def = NULL;
    unsigned long long expiry = 0;
    unsigned int unit = VIR_NETWORK_DHCP_LEASE_TIME_UNIT_MINUTES;
    int rc;

    if ((rc = virXMLPropULongLong(node, "expiry", 0, VIR_XML_PROP_NONE, &expiry)) < 0)
        return -1;
    if (rc == 0)
        return 0;
    if (virXMLPropEnum(node, "unit", virNetworkDHCPLeaseTimeUnitTypeFromString,
                       VIR_XML_PROP_NONE, &unit) < 0)
        return -1;

    /* 0 is infinite; dnsmasq refuses leases shorter than two minutes (compared
     * in the unit given, so that no multiplication can overflow) */
    if (expiry > 0) {
        bool tooShort = false;

        switch ((virNetworkDHCPLeaseTimeUnitType) unit) {
        case VIR_NETWORK_DHCP_LEASE_TIME_UNIT_SECONDS:
            tooShort = expiry < VIR_NETWORK_DHCP_MIN_LEASE_SECONDS;
            break;
        case VIR_NETWORK_DHCP_LEASE_TIME_UNIT_MINUTES:
            tooShort = expiry < VIR_NETWORK_DHCP_MIN_LEASE_SECONDS / 60;
            break;
        case VIR_NETWORK_DHCP_LEASE_TIME_UNIT_HOURS:
            break;
        case VIR_NETWORK_DHCP_LEASE_TIME_UNIT_LAST:
        default:
            virReportEnumRangeError(virNetworkDHCPLeaseTimeUnitType, unit);
            return -1;
        }
        if (tooShort) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("The minimum lease time should be greater than 2 minutes"));
            return -1;
        }
    }

    def = g_new0(virNetworkDHCPLeaseTimeDef, 1);
    def->expiry = expiry;
    def->unit = unit;
    *lease = g_steal_pointer(&def);
    return 0;
}

/* Every <lease> child is read; the last one with an expiry wins, as in libvirt. */
static int
virNetworkLeaseParseChild(xmlNodePtr node, virNetworkDHCPLeaseTimeDef **lease)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        g_autofree virNetworkDHCPLeaseTimeDef *tmp = NULL;

        if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "lease"))
            continue;
        if (virNetworkDHCPLeaseTimeParseXML(cur, &tmp) < 0)
            return -1;
        if (tmp) {
            g_free(*lease);
            *lease = g_steal_pointer(&tmp);
        }
    }
    return 0;
}

static int
virNetworkDHCPRangeParseXML(const char *networkName, virNetworkIPDef *ipdef,
                            xmlNodePtr node, virNetworkDHCPRangeDef *range)
{
    g_autofree char *start = virXMLPropString(node, "start");
    g_autofree char *end = NULL;

    if (!start) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'start' attribute in dhcp range for network '%1$s'"),
                       networkName);
        return -1;
    }
    if (virNetworkAddrParseReport(&range->start, start, AF_UNSPEC) < 0)
        return -1;
    if (!(end = virXMLPropString(node, "end"))) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'end' attribute in dhcp range for network '%1$s'"),
                       networkName);
        return -1;
    }
    if (virNetworkAddrParseReport(&range->end, end, AF_UNSPEC) < 0)
        return -1;

    if (virNetworkAddrCheckRange(&range->start, &range->end, &ipdef->address,
                                 virNetworkIPDefPrefix(ipdef)) < 0)
        return -1;

    return virNetworkLeaseParseChild(node, &range->lease);
}

/*
 * <host> of <dhcp>.  With @partialOkay (a host to look for, as virNetworkUpdate
 * deletes one) any one of mac, name and ip is enough; the values given are
 * still checked.
 */
static int
virNetworkDHCPHostParseXML(const char *networkName, virNetworkIPDef *ipdef,
                           xmlNodePtr node, virNetworkDHCPHostDef *host, bool partialOkay)
{
    bool ipv6 = virNetworkAddrFamily(&ipdef->address) == AF_INET6;
    g_autofree char *ip = NULL;
    const char *p;

    host->mac = virXMLPropString(node, "mac");
    if (host->mac) {
        unsigned char mac[VIR_NETWORK_MAC_BUFLEN];

        if (ipv6) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid to specify MAC address '%1$s' in network '%2$s' IPv6 static host definition"),
                           host->mac, networkName);
            return -1;
        }
        if (virNetworkMacParse(host->mac, mac) < 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Cannot parse MAC address '%1$s' in network '%2$s'"),
                           host->mac, networkName);
            return -1;
        }
        if (virNetworkMacIsMulticast(mac)) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("expected unicast mac address, found multicast '%1$s' in network '%2$s'"),
                           host->mac, networkName);
            return -1;
        }
    }

    host->id = virXMLPropString(node, "id");
    if (host->id) {
        for (p = host->id; *p; p++) {
            if (*p != ':' && !g_ascii_isxdigit(*p)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Invalid character '%1$c' in id '%2$s' of network '%3$s'"),
                               *p, host->id, networkName);
                return -1;
            }
        }
    }

    host->name = virXMLPropString(node, "name");
    if (host->name && !g_ascii_isalnum(host->name[0])) {
        virReportError(VIR_ERR_XML_ERROR, _("Cannot use host name '%1$s' in network '%2$s'"),
                       host->name, networkName);
        return -1;
    }

    ip = virXMLPropString(node, "ip");
    if (ip && virNetworkAddrParse(&host->ip, ip, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid IP address in static host definition for network '%1$s'"),
                       networkName);
        return -1;
    }

    if (partialOkay) {
        if (!host->mac && !host->name && !ip) {
            /* the trailing space is libvirt's */
            virReportError(VIR_ERR_XML_ERROR,
                           _("At least one of name, mac, or ip attribute must be specified for static host definition in network '%1$s' "),
                           networkName);
            return -1;
        }
        return virNetworkLeaseParseChild(node, &host->lease);
    }

    if (ipv6) {
        if (!host->id && !host->name) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Static host definition in IPv6 network '%1$s' must have id or name attribute"),
                           networkName);
            return -1;
        }
    } else if (!host->mac && !host->name) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Static host definition in IPv4 network '%1$s' must have mac or name attribute"),
                       networkName);
        return -1;
    }
    if (!ip) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing IP address in static host definition for network '%1$s'"),
                       networkName);
        return -1;
    }

    return virNetworkLeaseParseChild(node, &host->lease);
}

static int
virNetworkDHCPParseXML(const char *networkName, xmlNodePtr node, virNetworkIPDef *def)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;

        if (xmlStrEqual(cur->name, BAD_CAST "range")) {
            def->ranges = g_renew(virNetworkDHCPRangeDef, def->ranges, def->nranges + 1);
            memset(&def->ranges[def->nranges], 0, sizeof(def->ranges[0]));
            def->nranges++;
            if (virNetworkDHCPRangeParseXML(networkName, def, cur,
                                            &def->ranges[def->nranges - 1]) < 0)
                return -1;
        } else if (xmlStrEqual(cur->name, BAD_CAST "host")) {
            def->hosts = g_renew(virNetworkDHCPHostDef, def->hosts, def->nhosts + 1);
            memset(&def->hosts[def->nhosts], 0, sizeof(def->hosts[0]));
            def->nhosts++;
            if (virNetworkDHCPHostParseXML(networkName, def, cur,
                                           &def->hosts[def->nhosts - 1], false) < 0)
                return -1;
        } else if (xmlStrEqual(cur->name, BAD_CAST "bootp") &&
                   virNetworkAddrFamily(&def->address) == AF_INET) {
            g_autofree char *file = virXMLPropString(cur, "file");
            g_autofree char *server = virXMLPropString(cur, "server");
            virNetworkAddr addr = { 0 };

            if (!file)
                continue;
            if (server && virNetworkAddrParseReport(&addr, server, AF_UNSPEC) < 0)
                return -1;
            g_free(def->bootfile);
            def->bootfile = g_steal_pointer(&file);
            def->bootserver = addr;
        }
    }
    return 0;
}

static int
virNetworkIPParseXML(const char *networkName, xmlXPathContextPtr ctxt, virNetworkIPDef *def)
{
    xmlNodePtr node = ctxt->node;
    /* read as XPath strings: an empty attribute counts as absent */
    g_autofree char *address = virXPathString("string(./@address)", ctxt);
    g_autofree char *netmask = virXPathString("string(./@netmask)", ctxt);
    xmlNodePtr cur;
    int family;

    def->family = virXPathString("string(./@family)", ctxt);

    if (!address) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required address attribute in network '%1$s'"), networkName);
        return -1;
    }
    if (virNetworkAddrParse(&def->address, address, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid address '%1$s' in network '%2$s'"),
                       address, networkName);
        return -1;
    }
    if (netmask && virNetworkAddrParse(&def->netmask, netmask, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid netmask '%1$s' in network '%2$s'"),
                       netmask, networkName);
        return -1;
    }
    if (virXMLPropUInt(node, "prefix", 10, VIR_XML_PROP_NONE, &def->prefix) < 0)
        return -1;
    if (virXMLPropTristateBool(node, "localPtr", VIR_XML_PROP_NONE, &def->localPTR) < 0)
        return -1;

    family = virNetworkAddrFamily(&def->address);
    if (!def->family || g_str_equal(def->family, "ipv4")) {
        if (family != AF_INET) {
            if (!def->family)
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("no family specified for non-IPv4 address '%1$s' in network '%2$s'"),
                               address, networkName);
            else
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("ipv4 family specified for non-IPv4 address '%1$s' in network '%2$s'"),
                               address, networkName);
            return -1;
        }
    } else if (g_str_equal(def->family, "ipv6")) {
        if (family != AF_INET6) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Family 'ipv6' specified for non-IPv6 address '%1$s' in network '%2$s'"),
                           address, networkName);
            return -1;
        }
    } else {
        virReportError(VIR_ERR_XML_ERROR, _("Unrecognized family '%1$s' in network '%2$s'"),
                       def->family, networkName);
        return -1;
    }

    if (netmask) {
        if (family == AF_INET6) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("netmask not allowed for IPv6 address '%1$s' in network '%2$s'"),
                           address, networkName);
            return -1;
        }
        if (virNetworkAddrFamily(&def->netmask) != AF_INET) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Invalid netmask '%1$s' for address '%2$s' in network '%3$s' (both must be IPv4)"),
                           netmask, address, networkName);
            return -1;
        }
        if (def->prefix > 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Network '%1$s' IP address cannot have both a prefix and a netmask"),
                           networkName);
            return -1;
        }
    }

    if (family == AF_INET && def->prefix > 32) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid IPv4 prefix '%1$u' in network '%2$s'"),
                       def->prefix, networkName);
        return -1;
    }
    if (family == AF_INET6 && def->prefix > 128) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid IPv6 prefix '%1$u' in network '%2$s'"),
                       def->prefix, networkName);
        return -1;
    }

    if ((cur = virNetworkChildElement(node, "dhcp")) &&
        virNetworkDHCPParseXML(networkName, cur, def) < 0)
        return -1;

    if ((cur = virNetworkChildElement(node, "tftp"))) {
        g_autofree char *root = NULL;

        if (family != AF_INET) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Unsupported <tftp> element in an IPv6 element in network '%1$s'"),
                           networkName);
            return -1;
        }
        root = virXMLPropString(cur, "root");
        if (root && *root)
            def->tftproot = g_steal_pointer(&root);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing: <route>                                                    */
/* ------------------------------------------------------------------ */

static int
virNetworkRouteParseXML(const char *networkName, xmlNodePtr node, virNetworkRouteDef *def)
{
    g_autofree char *address = virXMLPropString(node, "address");
    g_autofree char *netmask = virXMLPropString(node, "netmask");
    g_autofree char *gateway = virXMLPropString(node, "gateway");
    unsigned char test[16];
    unsigned char mask[16];
    const unsigned char *a;
    size_t len;
    size_t i;
    int rc;

    def->family = virXMLPropString(node, "family");
    if ((rc = virXMLPropUInt(node, "prefix", 10, VIR_XML_PROP_NONE, &def->prefix)) < 0)
        return -1;
    def->hasPrefix = rc == 1;
    if ((rc = virXMLPropUInt(node, "metric", 10, VIR_XML_PROP_NONZERO, &def->metric)) < 0)
        return -1;
    def->hasMetric = rc == 1;

    if (!address) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Missing required address attribute in route definition"),
                       networkName);
        return -1;
    }
    if (!gateway) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Missing required gateway attribute in route definition"),
                       networkName);
        return -1;
    }
    if (virNetworkAddrParse(&def->address, address, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Bad network address '%2$s' in route definition"),
                       networkName, address);
        return -1;
    }
    if (virNetworkAddrParse(&def->gateway, gateway, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Bad gateway address '%2$s' in route definition"),
                       networkName, gateway);
        return -1;
    }

    if (!def->family || g_str_equal(def->family, "ipv4")) {
        if (virNetworkAddrFamily(&def->address) != AF_INET) {
            if (!def->family)
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: No family specified for non-IPv4 address '%2$s' in route definition"),
                               networkName, address);
            else
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: IPv4 family specified for non-IPv4 address '%2$s' in route definition"),
                               networkName, address);
            return -1;
        }
        if (virNetworkAddrFamily(&def->gateway) != AF_INET) {
            /* libvirt names the address here, not the gateway */
            if (!def->family)
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: No family specified for non-IPv4 gateway '%2$s' in route definition"),
                               networkName, address);
            else
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: IPv4 family specified for non-IPv4 gateway '%2$s' in route definition"),
                               networkName, address);
            return -1;
        }
        if (netmask) {
            if (virNetworkAddrParse(&def->netmask, netmask, AF_UNSPEC) != 0) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: Bad netmask address '%2$s' in route definition"),
                               networkName, netmask);
                return -1;
            }
            if (virNetworkAddrFamily(&def->netmask) != AF_INET) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: Invalid netmask '%2$s' for address '%3$s' (both must be IPv4)"),
                               networkName, netmask, address);
                return -1;
            }
            if (def->hasPrefix) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("%1$s: Route definition cannot have both a prefix and a netmask"),
                               networkName);
                return -1;
            }
        }
        if (def->prefix > 32) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s: Invalid prefix %2$u specified in route definition, must be 0 - 32"),
                           networkName, def->prefix);
            return -1;
        }
    } else if (g_str_equal(def->family, "ipv6")) {
        if (virNetworkAddrFamily(&def->address) != AF_INET6) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s: ipv6 family specified for non-IPv6 address '%2$s' in route definition"),
                           networkName, address);
            return -1;
        }
        if (netmask) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s: Specifying netmask invalid for IPv6 address '%2$s' in route definition"),
                           networkName, address);
            return -1;
        }
        if (virNetworkAddrFamily(&def->gateway) != AF_INET6) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s: ipv6 specified for non-IPv6 gateway address '%2$s' in route definition"),
                           networkName, gateway);
            return -1;
        }
        if (def->prefix > 128) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s: Invalid prefix %2$u specified in route definition, must be 0 - 128"),
                           networkName, def->prefix);
            return -1;
        }
    } else {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Unrecognized family '%2$s' in route definition"),
                       networkName, def->family);
        return -1;
    }

    /* the address must be the network's own address */
    a = virNetworkAddrBytes(&def->address, &len);
    if (netmask) {
        size_t mlen;
        const unsigned char *m = virNetworkAddrBytes(&def->netmask, &mlen);

        memcpy(mask, m, mlen);
    } else {
        virNetworkPrefixMask(len, def->prefix, mask);
    }
    for (i = 0; i < len; i++)
        test[i] = a[i] & mask[i];
    if (memcmp(test, a, len) != 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("%1$s: Address '%2$s' in route definition is not a network address"),
                       networkName, address);
        return -1;
    }
    return 0;
}

/* Every route's gateway must be inside one of the network's own subnets. */
static int
virNetworkRoutesCheckGateways(const virNetworkDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nroutes; i++) {
        const virNetworkAddr *gw = &def->routes[i].gateway;
        size_t glen;
        const unsigned char *g = virNetworkAddrBytes(gw, &glen);
        bool reachable = false;

        for (j = 0; j < def->nips && !reachable; j++) {
            const virNetworkIPDef *ip = &def->ips[j];
            unsigned char mask[16];
            size_t len;
            const unsigned char *a = virNetworkAddrBytes(&ip->address, &len);

            if (virNetworkAddrFamily(&ip->address) != virNetworkAddrFamily(gw) ||
                virNetworkPrefixMask(len, virNetworkIPDefPrefix(ip), mask) < 0)
                continue;
            reachable = virNetworkBytesEqualMasked(a, g, mask, len);
        }
        if (!reachable) {
            char gwStr[NI_MAXHOST];

            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unreachable static route gateway '%1$s' specified for network '%2$s'"),
                           virNetworkAddrStr(gw, gwStr), def->name);
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing: <dns>                                                      */
/* ------------------------------------------------------------------ */

/*
 * <host> of <dns>.  With @partialOkay (a record to look for) the address or
 * the names may be missing, but not both.
 */
static int
virNetworkDNSHostParseXML(const char *networkName, xmlNodePtr node, virNetworkDNSHostDef *def,
                          bool partialOkay)
{
    g_autofree char *ip = virXMLPropString(node, "ip");
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    xmlNodePtr cur;

    if (!ip && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Missing IP address in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }
    if (ip && virNetworkAddrParse(&def->ip, ip, AF_UNSPEC) != 0) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Invalid IP address in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }

    for (cur = node->children; cur; cur = cur->next) {
        g_autofree char *name = NULL;

        if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "hostname"))
            continue;
        name = virXMLNodeContentString(cur);
        if (*name)
            g_ptr_array_add(names, g_steal_pointer(&name));
    }
    if (names->len == 0 && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Missing hostname in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }
    if (names->len == 0 && !ip) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Missing ip and hostname in network '%1$s' DNS HOST record"),
                       networkName);
        return -1;
    }
    def->nnames = names->len;
    g_ptr_array_add(names, NULL);
    def->names = (char **)g_ptr_array_free(g_steal_pointer(&names), FALSE);
    return 0;
}

static int
virNetworkDNSSrvParseNumber(xmlNodePtr node, const char *attr, const char *service,
                            const char *networkName, bool hasTarget, unsigned int min,
                            unsigned int *result)
{
    g_autofree char *str = virXMLPropString(node, attr);
    bool ok;

    /* an empty attribute counts as absent */
    if (!str || !*str)
        return 0;
    ok = virNetworkParseUInt(str, 10, false, result) == 0;
    if (ok && !hasTarget) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("DNS SRV %1$s attribute not permitted without target for service '%2$s' in network '%3$s'"),
                       attr, service, networkName);
        return -1;
    }
    if (!ok || *result < min || *result > 65535) {
        if (g_str_equal(attr, "priority"))
            virReportError(VIR_ERR_XML_DETAIL,
                           _("Invalid DNS SRV priority attribute for service '%1$s' in network '%2$s'"),
                           service, networkName);
        else
            virReportError(VIR_ERR_XML_DETAIL,
                           _("invalid DNS SRV %1$s attribute for service '%2$s' in network '%3$s'"),
                           attr, service, networkName);
        return -1;
    }
    return 0;
}

/*
 * <srv> of <dns>.  With @partialOkay (a record to look for) service and
 * protocol may be missing; the messages then name the service "(null)", as
 * libvirt's do.
 */
static int
virNetworkDNSSrvParseXML(const char *networkName, xmlNodePtr node, virNetworkDNSSrvDef *def,
                         bool partialOkay)
{
    const char *service;

    def->service = virXMLPropString(node, "service");
    if (!def->service && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required service attribute in DNS SRV record of network '%1$s'"),
                       networkName);
        return -1;
    }
    service = def->service ? def->service : "(null)";
    if (def->service && strlen(def->service) > VIR_NETWORK_DNS_SRV_SERVICE_MAX) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("service attribute '%1$s' in network '%2$s' is too long, limit is %3$d bytes"),
                       def->service, networkName, VIR_NETWORK_DNS_SRV_SERVICE_MAX);
        return -1;
    }
    if (def->service &&
        strspn(def->service, VIR_NETWORK_DNS_SRV_SERVICE_CHARS) < strlen(def->service)) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("invalid character in service attribute '%1$s' in DNS SRV record of network '%2$s'"),
                       def->service, networkName);
        return -1;
    }

    def->protocol = virXMLPropString(node, "protocol");
    if (!def->protocol && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required protocol attribute in DNS SRV record '%1$s' of network '%2$s'"),
                       service, networkName);
        return -1;
    }
    if (def->protocol &&
        strspn(def->protocol, VIR_NETWORK_DNS_SRV_PROTOCOL_CHARS) < strlen(def->protocol)) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("invalid character in protocol attribute '%1$s' in DNS SRV record of network '%2$s'"),
                       def->protocol, networkName);
        return -1;
    }

    def->domain = virXMLPropString(node, "domain");
    def->target = virXMLPropString(node, "target");

    if (virNetworkDNSSrvParseNumber(node, "port", service, networkName,
                                    def->target != NULL, 1, &def->port) < 0 ||
        virNetworkDNSSrvParseNumber(node, "priority", service, networkName,
                                    def->target != NULL, 0, &def->priority) < 0 ||
        virNetworkDNSSrvParseNumber(node, "weight", service, networkName,
                                    def->target != NULL, 0, &def->weight) < 0)
        return -1;
    return 0;
}

/* <txt> of <dns>.  With @partialOkay (a record to look for) the value may be missing. */
static int
virNetworkDNSTxtParseXML(const char *networkName, xmlNodePtr node, virNetworkDNSTxtDef *def,
                         bool partialOkay)
{
    if (!(def->name = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required name attribute in DNS TXT record of network %1$s"),
                       networkName);
        return -1;
    }
    if (strpbrk(def->name, " ,")) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("prohibited character in DNS TXT record name '%1$s' of network %2$s"),
                       def->name, networkName);
        return -1;
    }
    if (!(def->value = virXMLPropString(node, "value")) && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required value attribute in DNS TXT record named '%1$s' of network %2$s"),
                       def->name, networkName);
        return -1;
    }
    return 0;
}

static int
virNetworkDNSParseXML(const char *networkName, xmlXPathContextPtr ctxt, virNetworkDNSDef *def)
{
    g_autofree xmlNodePtr *fwdNodes = NULL;
    g_autofree xmlNodePtr *hostNodes = NULL;
    g_autofree xmlNodePtr *srvNodes = NULL;
    g_autofree xmlNodePtr *txtNodes = NULL;
    int nfwds;
    int nhosts;
    int nsrvs;
    int ntxts;
    size_t i;

    if (virXMLPropTristateBool(ctxt->node, "enable", VIR_XML_PROP_NONE, &def->enable) < 0 ||
        virXMLPropTristateBool(ctxt->node, "forwardPlainNames", VIR_XML_PROP_NONE,
                               &def->forwardPlainNames) < 0)
        return -1;

    if ((nfwds = virXPathNodeSet("./forwarder", ctxt, &fwdNodes)) < 0)
        return -1;
    if (nfwds > 0)
        def->forwarders = g_new0(virNetworkDNSForwarder, nfwds);
    for (i = 0; i < (size_t)nfwds; i++) {
        g_autofree char *addr = virXMLPropString(fwdNodes[i], "addr");
        virNetworkDNSForwarder *fwd = &def->forwarders[i];

        def->nfwds++;
        if (addr && virNetworkAddrParse(&fwd->addr, addr, AF_UNSPEC) != 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid forwarder IP address '%1$s' in network '%2$s'"),
                           addr, networkName);
            return -1;
        }
        fwd->domain = virXMLPropString(fwdNodes[i], "domain");
        if (!addr && !fwd->domain) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Invalid forwarder element, must contain at least one of addr or domain"));
            return -1;
        }
    }

    if ((nhosts = virXPathNodeSet("./host", ctxt, &hostNodes)) < 0)
        return -1;
    if (nhosts > 0)
        def->hosts = g_new0(virNetworkDNSHostDef, nhosts);
    for (i = 0; i < (size_t)nhosts; i++) {
        def->nhosts++;
        if (virNetworkDNSHostParseXML(networkName, hostNodes[i], &def->hosts[i], false) < 0)
            return -1;
    }

    if ((nsrvs = virXPathNodeSet("./srv", ctxt, &srvNodes)) < 0)
        return -1;
    if (nsrvs > 0)
        def->srvs = g_new0(virNetworkDNSSrvDef, nsrvs);
    for (i = 0; i < (size_t)nsrvs; i++) {
        def->nsrvs++;
        if (virNetworkDNSSrvParseXML(networkName, srvNodes[i], &def->srvs[i], false) < 0)
            return -1;
    }

    if ((ntxts = virXPathNodeSet("./txt", ctxt, &txtNodes)) < 0)
        return -1;
    if (ntxts > 0)
        def->txts = g_new0(virNetworkDNSTxtDef, ntxts);
    for (i = 0; i < (size_t)ntxts; i++) {
        def->ntxts++;
        if (virNetworkDNSTxtParseXML(networkName, txtNodes[i], &def->txts[i], false) < 0)
            return -1;
    }

    if (def->enable == VIR_TRISTATE_BOOL_NO && (nfwds || nhosts || nsrvs || ntxts)) {
        virReportError(VIR_ERR_XML_ERROR, _("Extra data in disabled network '%1$s'"), networkName);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing: <forward>                                                  */
/* ------------------------------------------------------------------ */

static int
virNetworkForwardNatParseXML(const char *networkName, xmlXPathContextPtr ctxt,
                             virNetworkForwardDef *def)
{
    g_autofree xmlNodePtr *addrNodes = NULL;
    g_autofree xmlNodePtr *portNodes = NULL;
    g_autofree char *start = NULL;
    g_autofree char *end = NULL;
    int naddrs;
    int nports;

    if (def->type != VIR_NETWORK_FORWARD_NAT) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("The <nat> element can only be used when <forward> 'mode' is 'nat' in network %1$s"),
                       networkName);
        return -1;
    }
    if (virXMLPropTristateBool(ctxt->node, "ipv6", VIR_XML_PROP_NONE, &def->natIPv6) < 0)
        return -1;

    if ((naddrs = virXPathNodeSet("./address", ctxt, &addrNodes)) < 0)
        return -1;
    if (naddrs > 1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Only one <address> element is allowed in <nat> in <forward> in network %1$s"),
                       networkName);
        return -1;
    }
    if (naddrs == 1) {
        if (!(start = virXMLPropString(addrNodes[0], "start"))) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("missing 'start' attribute in <address> element in <nat> in <forward> in network %1$s"),
                           networkName);
            return -1;
        }
        if (!(end = virXMLPropString(addrNodes[0], "end"))) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("missing 'end' attribute in <address> element in <nat> in <forward> in network %1$s"),
                           networkName);
            return -1;
        }
        if (virNetworkAddrParse(&def->natAddrStart, start, AF_INET) != 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Bad ipv4 start address '%1$s' in <nat> in <forward> in network '%2$s'"),
                           start, networkName);
            return -1;
        }
        if (virNetworkAddrParse(&def->natAddrEnd, end, AF_INET) != 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Bad ipv4 end address '%1$s' in <nat> in <forward> in network '%2$s'"),
                           end, networkName);
            return -1;
        }
        if (virNetworkAddrCheckRange(&def->natAddrStart, &def->natAddrEnd, NULL, 0) < 0)
            return -1;
    }

    if ((nports = virXPathNodeSet("./port", ctxt, &portNodes)) < 0)
        return -1;
    if (nports > 1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Only one <port> element is allowed in <nat> in <forward> in network %1$s"),
                       networkName);
        return -1;
    }
    if (nports == 1) {
        g_autofree char *portStart = virXMLPropString(portNodes[0], "start");
        g_autofree char *portEnd = virXMLPropString(portNodes[0], "end");

        if (virNetworkParseUInt(portStart, 10, false, &def->natPortStart) < 0 ||
            def->natPortStart > 65535) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("Missing or invalid 'start' attribute in <port> in <nat> in <forward> in network %1$s"),
                           networkName);
            return -1;
        }
        if (virNetworkParseUInt(portEnd, 10, false, &def->natPortEnd) < 0 ||
            def->natPortEnd > 65535 || def->natPortEnd < def->natPortStart) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network %1$s"),
                           networkName);
            return -1;
        }
    }
    return 0;
}

static int
virNetworkForwardParseXML(const char *networkName, xmlXPathContextPtr ctxt,
                          virNetworkForwardDef *def)
{
    g_autofree xmlNodePtr *ifNodes = NULL;
    g_autofree xmlNodePtr *addrNodes = NULL;
    g_autofree xmlNodePtr *pfNodes = NULL;
    g_autofree xmlNodePtr *natNodes = NULL;
    g_autofree char *mode = virXPathString("string(./@mode)", ctxt);
    g_autofree char *managed = virXPathString("string(./@managed)", ctxt);
    g_autofree char *driverName = virXPathString("string(./driver/@name)", ctxt);
    g_autofree char *forwardDev = NULL;
    int nifs;
    int naddrs;
    int npfs;
    int nnats;
    size_t i;

    if (!mode) {
        def->type = VIR_NETWORK_FORWARD_NAT;
    } else {
        int type = virNetworkForwardTypeFromString(mode);

        if (type < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown forwarding type '%1$s'"), mode);
            return -1;
        }
        def->type = type;
    }

    if (managed && g_ascii_strcasecmp(managed, "yes") == 0)
        def->managed = true;

    if (driverName) {
        int name = virNetworkForwardDriverNameTypeFromString(driverName);

        if (name <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Unknown forward <driver name='%1$s'/> in network %2$s"),
                           driverName, networkName);
            return -1;
        }
        def->driverName = name;
    }

    if ((nifs = virXPathNodeSet("./interface", ctxt, &ifNodes)) < 0 ||
        (naddrs = virXPathNodeSet("./address", ctxt, &addrNodes)) < 0 ||
        (npfs = virXPathNodeSet("./pf", ctxt, &pfNodes)) < 0 ||
        (nnats = virXPathNodeSet("./nat", ctxt, &natNodes)) < 0)
        return -1;

    if (nnats > 1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Only one <nat> element is allowed in <forward> of network %1$s"),
                       networkName);
        return -1;
    }
    if (nnats == 1) {
        VIR_XPATH_NODE_AUTORESTORE(ctxt);

        ctxt->node = natNodes[0];
        if (virNetworkForwardNatParseXML(networkName, ctxt, def) < 0)
            return -1;
    }

    forwardDev = virXPathString("string(./@dev)", ctxt);
    if (forwardDev && (naddrs > 0 || npfs > 0)) {
        /* libvirt leaves the placeholder unexpanded in this message */
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements are present in network %s"));
        return -1;
    }

    if (nifs > 0 || forwardDev) {
        def->ifs = g_new0(virNetworkForwardIfDef, MAX(nifs, 1));
        if (forwardDev) {
            def->ifs[0].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
            def->ifs[0].device.dev = g_steal_pointer(&forwardDev);
            def->nifs = 1;
        }
        for (i = 0; i < (size_t)nifs; i++) {
            g_autofree char *dev = virXMLPropString(ifNodes[i], "dev");
            size_t j;

            if (!dev) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Missing required dev attribute in <forward> <interface> element of network %1$s"),
                               networkName);
                return -1;
            }
            if (i == 0 && def->nifs == 1) {
                /* <forward dev=...> names the first interface again */
                if (!g_str_equal(dev, def->ifs[0].device.dev)) {
                    virReportError(VIR_ERR_XML_ERROR,
                                   _("<forward dev='%1$s'> must match first <interface dev='%2$s'/> in network %3$s"),
                                   def->ifs[0].device.dev, dev, networkName);
                    return -1;
                }
                continue;
            }
            for (j = 0; j < def->nifs; j++) {
                if (g_str_equal(def->ifs[j].device.dev, dev)) {
                    virReportError(VIR_ERR_XML_ERROR,
                                   _("interface '%1$s' can only be listed once in network %2$s"),
                                   dev, networkName);
                    return -1;
                }
            }
            def->ifs[def->nifs].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
            def->ifs[def->nifs].device.dev = g_steal_pointer(&dev);
            def->nifs++;
        }
    } else if (naddrs > 0) {
        def->ifs = g_new0(virNetworkForwardIfDef, naddrs);
        for (i = 0; i < (size_t)naddrs; i++) {
            g_autofree char *type = virXMLPropString(addrNodes[i], "type");
            int val;

            if (!type) {
                virReportError(VIR_ERR_XML_ERROR, _("missing address type in network %1$s"),
                               networkName);
                return -1;
            }
            if ((val = virNetworkForwardHostdevDeviceTypeFromString(type)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("unknown address type '%1$s' in network %2$s"), type, networkName);
                return -1;
            }
            switch ((virNetworkForwardHostdevDeviceType) val) {
            case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI: {
                virNetworkPCIAddress *pci = &def->ifs[i].device.pci;
                size_t j;

                if (virPCIAddressParseXML(addrNodes[i], pci) < 0)
                    return -1;
                for (j = 0; j < def->nifs; j++) {
                    const virNetworkPCIAddress *other = &def->ifs[j].device.pci;

                    if (other->domain == pci->domain && other->bus == pci->bus &&
                        other->slot == pci->slot && other->function == pci->function) {
                        virReportError(VIR_ERR_XML_ERROR,
                                       _("PCI device '%1$04x:%2$02x:%3$02x.%4$x' can only be listed once in network %5$s"),
                                       pci->domain, pci->bus, pci->slot, pci->function,
                                       networkName);
                        return -1;
                    }
                }
                def->ifs[i].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI;
                def->nifs++;
                break;
            }
            case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NONE:
            case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV:
                virReportError(VIR_ERR_XML_ERROR,
                               _("unsupported address type '%1$s' in network %2$s"),
                               type, networkName);
                return -1;
            case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_LAST:
            default:
                virReportEnumRangeError(virNetworkForwardHostdevDeviceType, val);
                return -1;
            }
        }
    } else if (npfs > 1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Only one <pf> element is allowed in <forward> of network %1$s"),
                       networkName);
        return -1;
    } else if (npfs == 1) {
        g_autofree char *dev = virXMLPropString(pfNodes[0], "dev");

        if (!dev) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Missing required dev attribute in <pf> element of network '%1$s'"),
                           networkName);
            return -1;
        }
        def->pfs = g_new0(virNetworkForwardPfDef, 1);
        def->pfs[0].dev = g_steal_pointer(&dev);
        def->npfs = 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing: <portgroup>, <metadata>                                    */
/* ------------------------------------------------------------------ */

static int
virNetworkPortGroupParseXML(xmlXPathContextPtr ctxt, virNetworkPortGroupDef *def)
{
    g_autofree char *isDefault = NULL;
    xmlNodePtr cur;

    if (!(def->name = virXPathString("string(./@name)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing required name attribute in portgroup"));
        return -1;
    }
    isDefault = virXMLPropString(ctxt->node, "default");
    def->isDefault = isDefault && g_ascii_strcasecmp(isDefault, "yes") == 0;
    if (virXMLPropTristateBool(ctxt->node, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                               &def->trustGuestRxFilters) < 0)
        return -1;

    if ((cur = virXPathNode("./virtualport", ctxt)) &&
        !(def->virtPortProfile = virNetworkVirtualPortParseXML(cur, false)))
        return -1;
    if ((cur = virXPathNode("./bandwidth", ctxt)) &&
        virNetworkBandwidthParseXML(cur, &def->bandwidth) < 0)
        return -1;
    return virNetworkVlanParseChild(ctxt, &def->vlan);
}

static bool
virNetworkIsBlank(const xmlChar *str)
{
    for (; str && *str; str++) {
        if (*str != ' ' && *str != '\t' && *str != '\n' && *str != '\r')
            return false;
    }
    return true;
}

/*
 * libvirt parses documents without "ignorable" blanks: a blank-only text
 * node is dropped unless it is an element's only child or follows text,
 * so an application's metadata comes back re-indented.  Our parser keeps
 * blanks; this drops them from the copy in the same places.
 */
static void
virNetworkMetadataDropBlanks(xmlNodePtr node)
{
    xmlNodePtr cur = node->children;

    while (cur) {
        xmlNodePtr next = cur->next;

        if (cur->type == XML_ELEMENT_NODE) {
            virNetworkMetadataDropBlanks(cur);
        } else if (cur->type == XML_TEXT_NODE && virNetworkIsBlank(cur->content)) {
            bool onlyChild = !cur->prev && !cur->next;
            bool afterText = cur->prev && cur->prev->type == XML_TEXT_NODE;
            bool firstIsText = node->children && node->children != cur &&
                node->children->type == XML_TEXT_NODE;

            if (!onlyChild && !afterText && !(cur->prev && firstIsText)) {
                xmlUnlinkNode(cur);
                xmlFreeNode(cur);
            }
        }
        cur = next;
    }
}

/*
 * Keeps only namespaced elements directly below <metadata>, one per
 * namespace (the first), as libvirt does.
 */
static void
virNetworkMetadataSanitize(xmlNodePtr metadata)
{
    xmlNodePtr cur = metadata->children;

    while (cur) {
        xmlNodePtr next = cur->next;
        bool drop = cur->type != XML_ELEMENT_NODE || !cur->ns || !cur->ns->href;
        xmlNodePtr prev;

        for (prev = metadata->children; !drop && prev != cur; prev = prev->next) {
            if (xmlStrEqual(prev->ns->href, cur->ns->href))
                drop = true;
        }
        if (drop) {
            xmlUnlinkNode(cur);
            xmlFreeNode(cur);
        }
        cur = next;
    }
}

/* ------------------------------------------------------------------ */
/* Parsing: <network>                                                  */
/* ------------------------------------------------------------------ */

/* Checks the parts of the definition that depend on the forward mode. */
static int
virNetworkDefCheckForwardMode(virNetworkDef *def, bool stpWritten)
{
    const char *mode = virNetworkForwardTypeToString(def->forward.type);

    switch ((virNetworkForwardType) def->forward.type) {
    case VIR_NETWORK_FORWARD_ROUTE:
    case VIR_NETWORK_FORWARD_NAT:
    case VIR_NETWORK_FORWARD_OPEN:
        /* layer 3 forwarding needs to know which network it serves */
        if (def->nips == 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("%1$s forwarding requested, but no IP address provided for network '%2$s'"),
                           mode, def->name);
            return -1;
        }
        if (def->forward.nifs > 1) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("multiple forwarding interfaces specified for network '%1$s', only one is supported"),
                           def->name);
            return -1;
        }
        if (def->forward.type == VIR_NETWORK_FORWARD_OPEN && def->forward.nifs) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("forward dev not allowed for network '%1$s' with forward mode='%2$s'"),
                           def->name, mode);
            return -1;
        }
        break;

    case VIR_NETWORK_FORWARD_PRIVATE:
    case VIR_NETWORK_FORWARD_VEPA:
    case VIR_NETWORK_FORWARD_PASSTHROUGH:
    case VIR_NETWORK_FORWARD_HOSTDEV:
        if (def->bridge) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("bridge name not allowed in %1$s mode (network '%2$s')"),
                           mode, def->name);
            return -1;
        }
        if (def->bridgeZone) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("bridge zone not allowed in %1$s mode (network '%2$s')"),
                           mode, def->name);
            return -1;
        }
        if (def->macTableManager) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("bridge macTableManager setting not allowed in %1$s mode (network '%2$s')"),
                           mode, def->name);
            return -1;
        }
        G_GNUC_FALLTHROUGH;

    case VIR_NETWORK_FORWARD_BRIDGE:
        if (def->delay || stpWritten || def->bridgeZone) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("bridge delay/stp/zone options only allowed in route, nat, and isolated mode, not in %1$s (network '%2$s')"),
                           mode, def->name);
            return -1;
        }
        if (def->bridge && (def->forward.nifs || def->forward.npfs)) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("A network with forward mode='%1$s' can specify a bridge name or a forward dev, but not both (network '%2$s')"),
                           mode, def->name);
            return -1;
        }
        break;

    case VIR_NETWORK_FORWARD_NONE:
        break;

    case VIR_NETWORK_FORWARD_LAST:
    default:
        virReportEnumRangeError(virNetworkForwardType, def->forward.type);
        return -1;
    }

    if (def->mtu) {
        switch ((virNetworkForwardType) def->forward.type) {
        case VIR_NETWORK_FORWARD_NONE:
        case VIR_NETWORK_FORWARD_NAT:
        case VIR_NETWORK_FORWARD_ROUTE:
        case VIR_NETWORK_FORWARD_OPEN:
            break;
        case VIR_NETWORK_FORWARD_BRIDGE:
        case VIR_NETWORK_FORWARD_PRIVATE:
        case VIR_NETWORK_FORWARD_VEPA:
        case VIR_NETWORK_FORWARD_PASSTHROUGH:
        case VIR_NETWORK_FORWARD_HOSTDEV:
            virReportError(VIR_ERR_XML_ERROR,
                           _("mtu size only allowed in open, route, nat, and isolated mode, not in %1$s (network '%2$s')"),
                           mode, def->name);
            return -1;
        case VIR_NETWORK_FORWARD_LAST:
        default:
            virReportEnumRangeError(virNetworkForwardType, def->forward.type);
            return -1;
        }
    }
    return 0;
}

/* name, uuid and the attributes of <network> */
static int
virNetworkDefParseIdentity(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    g_autofree char *uuid = NULL;
    g_autofree char *ipv6 = NULL;
    const char *bad;

    if (!(def->name = virXPathString("string(./name[1])", ctxt))) {
        virReportError(VIR_ERR_NO_NAME, NULL);
        return -1;
    }
    if ((bad = strpbrk(def->name, "/"))) {
        virReportError(VIR_ERR_XML_DETAIL, _("invalid char in %1$s: %2$c"), "name", *bad);
        return -1;
    }

    if ((uuid = virXPathString("string(./uuid[1])", ctxt))) {
        if (virUUIDParse(uuid, def->uuid) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed uuid element"));
            return -1;
        }
        def->uuidSpecified = true;
    } else {
        virUUIDGenerate(def->uuid);
    }

    if ((ipv6 = virXPathString("string(./@ipv6)", ctxt))) {
        if (g_str_equal(ipv6, "yes")) {
            def->ipv6nogw = true;
        } else if (!g_str_equal(ipv6, "no")) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid ipv6 setting '%1$s' in network '%2$s'"),
                           ipv6, def->name);
            return -1;
        }
    }
    return virXMLPropTristateBool(ctxt->node, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                                  &def->trustGuestRxFilters) < 0 ? -1 : 0;
}

/* <bridge>, <mac>, <mtu>: returns whether stp was written in *@stpWritten */
static int
virNetworkDefParseBridge(xmlXPathContextPtr ctxt, virNetworkDef *def, bool *stpWritten)
{
    g_autofree char *stp = NULL;
    g_autofree char *delay = NULL;
    g_autofree char *macTableManager = NULL;
    g_autofree char *mac = NULL;

    def->bridge = virXPathString("string(./bridge[1]/@name)", ctxt);
    def->bridgeZone = virXPathString("string(./bridge[1]/@zone)", ctxt);
    stp = virXPathString("string(./bridge[1]/@stp)", ctxt);
    def->stp = !(stp && g_str_equal(stp, "off"));
    *stpWritten = stp != NULL;

    if ((delay = virXPathString("string(./bridge[1]/@delay)", ctxt)) &&
        virNetworkParseNumber(delay, 10, false, ULLONG_MAX, &def->delay) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid delay value in network '%1$s'"), def->name);
        return -1;
    }

    if ((macTableManager = virXPathString("string(./bridge[1]/@macTableManager)", ctxt))) {
        int val = virNetworkBridgeMACTableManagerTypeFromString(macTableManager);

        if (val <= 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid macTableManager setting '%1$s' in network '%2$s'"),
                           macTableManager, def->name);
            return -1;
        }
        def->macTableManager = val;
    }

    if ((mac = virXPathString("string(./mac[1]/@address)", ctxt))) {
        if (virNetworkMacParse(mac, def->mac) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid bridge mac address '%1$s' in network '%2$s'"),
                           mac, def->name);
            return -1;
        }
        if (virNetworkMacIsMulticast(def->mac)) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid multicast bridge mac address '%1$s' in network '%2$s'"),
                           mac, def->name);
            return -1;
        }
        def->macSpecified = true;
    }
    return 0;
}

static int
virNetworkDefParseMTU(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    g_autofree char *mtu = virXPathString("string(./mtu/@size)", ctxt);

    if (mtu && virNetworkParseUInt(mtu, 10, true, &def->mtu) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid mtu size '%1$s' in network '%2$s'"),
                       mtu, def->name);
        return -1;
    }
    return 0;
}

static int
virNetworkDefParseDNS(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);

    if (!(ctxt->node = virXPathNode("./dns", ctxt)))
        return 0;
    return virNetworkDNSParseXML(def->name, ctxt, &def->dns);
}

static int
virNetworkDefParsePortGroups(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./portgroup", ctxt, &nodes)) <= 0)
        return n;
    def->portGroups = g_new0(virNetworkPortGroupDef, n);
    for (i = 0; i < (size_t)n; i++) {
        ctxt->node = nodes[i];
        def->nPortGroups++;
        if (virNetworkPortGroupParseXML(ctxt, &def->portGroups[i]) < 0)
            return -1;
    }
    return 0;
}

static int
virNetworkDefParseIPs(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./ip", ctxt, &nodes)) <= 0)
        return n;
    def->ips = g_new0(virNetworkIPDef, n);
    for (i = 0; i < (size_t)n; i++) {
        def->nips++;
        ctxt->node = nodes[i];
        if (virNetworkIPParseXML(def->name, ctxt, &def->ips[i]) < 0)
            return -1;
    }
    return 0;
}

static int
virNetworkDefParseRoutes(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./route", ctxt, &nodes)) <= 0)
        return n;
    def->routes = g_new0(virNetworkRouteDef, n);
    for (i = 0; i < (size_t)n; i++) {
        def->nroutes++;
        if (virNetworkRouteParseXML(def->name, nodes[i], &def->routes[i]) < 0)
            return -1;
    }
    return virNetworkRoutesCheckGateways(def);
}

static int
virNetworkDefParseForward(xmlXPathContextPtr ctxt, virNetworkDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);

    if (!(ctxt->node = virXPathNode("./forward", ctxt)))
        return 0;
    return virNetworkForwardParseXML(def->name, ctxt, &def->forward);
}

/* Parses <network> at ctxt->node; the checks run in libvirt's order. */
static virNetworkDef *
virNetworkDefParseXML(xmlXPathContextPtr ctxt)
{
    g_autoptr(virNetworkDef) def = g_new0(virNetworkDef, 1);
    xmlNodePtr node;
    bool stpWritten = false;

    if (virNetworkDefParseIdentity(ctxt, def) < 0)
        return NULL;

    if ((node = virXPathNode("./metadata[1]", ctxt))) {
        def->metadata = xmlCopyNode(node, 1);
        virNetworkMetadataDropBlanks(def->metadata);
        virNetworkMetadataSanitize(def->metadata);
    }

    if ((node = virXPathNode("./domain", ctxt))) {
        def->domain = virXMLPropString(node, "name");
        if (virXMLPropTristateBool(node, "localOnly", VIR_XML_PROP_NONE,
                                   &def->domainLocalOnly) < 0)
            return NULL;
    }

    if ((node = virXPathNode("./bandwidth", ctxt)) &&
        virNetworkBandwidthParseXML(node, &def->bandwidth) < 0)
        return NULL;
    if (virNetworkVlanParseChild(ctxt, &def->vlan) < 0)
        return NULL;

    if (virNetworkDefParseBridge(ctxt, def, &stpWritten) < 0 ||
        virNetworkDefParseMTU(ctxt, def) < 0 ||
        virNetworkDefParseDNS(ctxt, def) < 0)
        return NULL;

    if ((node = virXPathNode("./virtualport", ctxt)) &&
        !(def->virtPortProfile = virNetworkVirtualPortParseXML(node, true)))
        return NULL;

    if (virNetworkDefParsePortGroups(ctxt, def) < 0 ||
        virNetworkDefParseIPs(ctxt, def) < 0 ||
        virNetworkDefParseRoutes(ctxt, def) < 0 ||
        virNetworkDefParseForward(ctxt, def) < 0 ||
        virNetworkDefCheckForwardMode(def, stpWritten) < 0)
        return NULL;

    return g_steal_pointer(&def);
}

/**
 * virNetworkDefParseNode:
 * @xml: a parsed document
 * @root: its <network> element
 * @flags: none yet, must be 0
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 * The document stays the caller's.
 */
virNetworkDef *
virNetworkDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int flags)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(0, NULL);

    if (!xmlStrEqual(root->name, BAD_CAST "network")) {
        virReportError(VIR_ERR_XML_ERROR, _("expecting root element of '%1$s', not '%2$s'"),
                       "network", (const char *)root->name);
        return NULL;
    }
    if (!(ctxt = virXMLXPathContextNew(xml))) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    ctxt->node = root;
    return virNetworkDefParseXML(ctxt);
}

/**
 * virNetworkDefParseString:
 * @xml: a <network> document
 * @flags: none yet, must be 0
 *
 * Returns a new definition (caller frees with virNetworkDefFree()), or NULL
 * with an error reported: the parser's for malformed XML, else libvirt's
 * message for the first thing that is wrong.
 */
virNetworkDef *
virNetworkDefParseString(const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(0, NULL);

    if (!(doc = virXMLParseString(xml, "(network_definition)", "network", &ctxt,
                                  VIR_FROM_NETWORK)))
        return NULL;
    return virNetworkDefParseXML(ctxt);
}

/**
 * virNetworkDefParseFile:
 * @path: file holding a <network> document
 * @flags: none yet, must be 0
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 */
virNetworkDef *
virNetworkDefParseFile(const char *path, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    virCheckFlags(0, NULL);

    if (!(doc = virXMLParseFile(path, "network", &ctxt, VIR_FROM_NETWORK)))
        return NULL;
    return virNetworkDefParseXML(ctxt);
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

static void
virNetworkAddrFormatAttr(virBuffer *buf, const char *fmt, const virNetworkAddr *addr)
{
    char str[NI_MAXHOST];

    if (virNetworkAddrFormatBuf(addr, str, sizeof(str)) == 0)
        virBufferEscapeString(buf, fmt, str);
}

static void
virNetworkMetadataFormat(virBuffer *buf, xmlNodePtr metadata)
{
    xmlBufferPtr xmlbuf = xmlBufferCreate();
    int oldIndent = xmlIndentTreeOutput;

    /* the element is dumped at the buffer's depth, its children indented by libxml2 */
    xmlIndentTreeOutput = 1;
    if (xmlNodeDump(xmlbuf, metadata->doc, metadata, virBufferGetIndent(buf) / 2, 1) >= 0)
        virBufferAsprintf(buf, "%s\n", (const char *)xmlBufferContent(xmlbuf));
    xmlIndentTreeOutput = oldIndent;
    xmlBufferFree(xmlbuf);
}

static void
virNetworkBandwidthRateFormat(virBuffer *buf, const char *name, const virNetworkBandwidthRate *rate)
{
    if (!rate || (!rate->average && !rate->floor))
        return;
    virBufferAsprintf(buf, "<%s", name);
    if (rate->average)
        virBufferAsprintf(buf, " average='%llu'", rate->average);
    if (rate->peak)
        virBufferAsprintf(buf, " peak='%llu'", rate->peak);
    if (rate->floor)
        virBufferAsprintf(buf, " floor='%llu'", rate->floor);
    if (rate->burst)
        virBufferAsprintf(buf, " burst='%llu'", rate->burst);
    virBufferAddLit(buf, "/>\n");
}

static void
virNetworkBandwidthFormat(virBuffer *buf, const virNetworkBandwidthDef *def)
{
    if (!def)
        return;
    virBufferAddLit(buf, "<bandwidth>\n");
    virBufferAdjustIndent(buf, 2);
    virNetworkBandwidthRateFormat(buf, "inbound", def->in);
    virNetworkBandwidthRateFormat(buf, "outbound", def->out);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</bandwidth>\n");
}

static void
virNetworkVlanFormat(virBuffer *buf, const virNetworkVlanDef *def)
{
    size_t i;

    if (def->nTags == 0)
        return;
    virBufferAsprintf(buf, "<vlan%s>\n", def->trunk ? " trunk='yes'" : "");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->nTags; i++) {
        virBufferAsprintf(buf, "<tag id='%u'", def->tag[i]);
        if (def->nativeMode != VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT &&
            def->nativeTag == def->tag[i])
            virBufferAsprintf(buf, " nativeMode='%s'",
                              virNetworkVlanNativeModeTypeToString(def->nativeMode));
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</vlan>\n");
}

static int
virNetworkVirtualPortFormat(virBuffer *buf, const virNetworkVirtualPortDef *def)
{
    virNetworkVirtualPortType type;
    bool qbg = false;
    bool qbh = false;
    bool ovs = false;
    bool midonet = false;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!def)
        return 0;
    type = def->type;
    switch (type) {
    case VIR_NETWORK_VPORT_NONE:
        /* untyped (portgroups only): every parameter applies */
        qbg = qbh = ovs = midonet = true;
        break;
    case VIR_NETWORK_VPORT_8021QBG:
        qbg = true;
        break;
    case VIR_NETWORK_VPORT_8021QBH:
        qbh = true;
        break;
    case VIR_NETWORK_VPORT_OPENVSWITCH:
        ovs = true;
        break;
    case VIR_NETWORK_VPORT_MIDONET:
        midonet = true;
        break;
    case VIR_NETWORK_VPORT_LAST:
    default:
        virReportEnumRangeError(virNetworkVirtualPortType, type);
        return -1;
    }

    if (!(def->managerIDSpecified || def->typeIDSpecified || def->typeIDVersionSpecified ||
          def->instanceIDSpecified || def->profileID[0] || def->interfaceIDSpecified)) {
        if (type != VIR_NETWORK_VPORT_NONE)
            virBufferAsprintf(buf, "<virtualport type='%s'/>\n",
                              virNetworkVirtualPortTypeToString(type));
        return 0;
    }

    if (type != VIR_NETWORK_VPORT_NONE)
        virBufferAsprintf(buf, "<virtualport type='%s'>\n",
                          virNetworkVirtualPortTypeToString(type));
    else
        virBufferAddLit(buf, "<virtualport>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAddLit(buf, "<parameters");
    if (qbg) {
        if (def->managerIDSpecified)
            virBufferAsprintf(buf, " managerid='%u'", def->managerID);
        if (def->typeIDSpecified)
            virBufferAsprintf(buf, " typeid='%u'", def->typeID);
        if (def->typeIDVersionSpecified)
            virBufferAsprintf(buf, " typeidversion='%u'", def->typeIDVersion);
        if (def->instanceIDSpecified)
            virBufferAsprintf(buf, " instanceid='%s'", virUUIDFormat(def->instanceID, uuid));
    }
    if ((ovs || midonet) && def->interfaceIDSpecified)
        virBufferAsprintf(buf, " interfaceid='%s'", virUUIDFormat(def->interfaceID, uuid));
    if ((qbh || ovs) && def->profileID[0])
        virBufferEscapeString(buf, " profileid='%s'", def->profileID);
    virBufferAddLit(buf, "/>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</virtualport>\n");
    return 0;
}

static void
virNetworkLeaseFormat(virBuffer *buf, const virNetworkDHCPLeaseTimeDef *lease)
{
    virBufferAsprintf(buf, "<lease expiry='%llu'", lease->expiry);
    if (lease->expiry)
        virBufferAsprintf(buf, " unit='%s'", virNetworkDHCPLeaseTimeUnitTypeToString(lease->unit));
    virBufferAddLit(buf, "/>\n");
}

static void
virNetworkDHCPFormat(virBuffer *buf, const virNetworkIPDef *def)
{
    size_t i;

    if (!def->nranges && !def->nhosts)
        return;

    virBufferAddLit(buf, "<dhcp>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->nranges; i++) {
        const virNetworkDHCPRangeDef *range = &def->ranges[i];

        virBufferAddLit(buf, "<range");
        virNetworkAddrFormatAttr(buf, " start='%s'", &range->start);
        virNetworkAddrFormatAttr(buf, " end='%s'", &range->end);
        if (range->lease) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virNetworkLeaseFormat(buf, range->lease);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</range>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
    for (i = 0; i < def->nhosts; i++) {
        const virNetworkDHCPHostDef *host = &def->hosts[i];

        virBufferAddLit(buf, "<host");
        virBufferEscapeString(buf, " mac='%s'", host->mac);
        virBufferEscapeString(buf, " id='%s'", host->id);
        virBufferEscapeString(buf, " name='%s'", host->name);
        virNetworkAddrFormatAttr(buf, " ip='%s'", &host->ip);
        if (host->lease) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virNetworkLeaseFormat(buf, host->lease);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</host>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
    if (def->bootfile) {
        virBufferEscapeString(buf, "<bootp file='%s'", def->bootfile);
        virNetworkAddrFormatAttr(buf, " server='%s'", &def->bootserver);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</dhcp>\n");
}

static void
virNetworkIPFormat(virBuffer *buf, const virNetworkIPDef *def)
{
    virBufferAddLit(buf, "<ip");
    virBufferEscapeString(buf, " family='%s'", def->family);
    virNetworkAddrFormatAttr(buf, " address='%s'", &def->address);
    virNetworkAddrFormatAttr(buf, " netmask='%s'", &def->netmask);
    if (def->prefix > 0)
        virBufferAsprintf(buf, " prefix='%u'", def->prefix);
    if (def->localPTR != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " localPtr='%s'", virTristateBoolTypeToString(def->localPTR));
    /* libvirt never collapses <ip>, even when it is empty */
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<tftp root='%s'/>\n", def->tftproot);
    virNetworkDHCPFormat(buf, def);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</ip>\n");
}

static void
virNetworkRouteFormat(virBuffer *buf, const virNetworkRouteDef *def)
{
    virBufferAddLit(buf, "<route");
    virBufferEscapeString(buf, " family='%s'", def->family);
    virNetworkAddrFormatAttr(buf, " address='%s'", &def->address);
    virNetworkAddrFormatAttr(buf, " netmask='%s'", &def->netmask);
    if (def->hasPrefix)
        virBufferAsprintf(buf, " prefix='%u'", def->prefix);
    virNetworkAddrFormatAttr(buf, " gateway='%s'", &def->gateway);
    if (def->hasMetric && def->metric > 0)
        virBufferAsprintf(buf, " metric='%u'", def->metric);
    virBufferAddLit(buf, "/>\n");
}

static void
virNetworkDNSFormat(virBuffer *buf, const virNetworkDNSDef *def)
{
    size_t i;
    size_t j;

    if (!(def->enable || def->forwardPlainNames ||
          def->nfwds || def->ntxts || def->nsrvs || def->nhosts))
        return;

    virBufferAddLit(buf, "<dns");
    if (def->enable)
        virBufferAsprintf(buf, " enable='%s'", virTristateBoolTypeToString(def->enable));
    if (def->forwardPlainNames)
        virBufferAsprintf(buf, " forwardPlainNames='%s'",
                          virTristateBoolTypeToString(def->forwardPlainNames));
    if (!(def->nfwds || def->ntxts || def->nsrvs || def->nhosts)) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    for (i = 0; i < def->nfwds; i++) {
        virBufferAddLit(buf, "<forwarder");
        virBufferEscapeString(buf, " domain='%s'", def->forwarders[i].domain);
        virNetworkAddrFormatAttr(buf, " addr='%s'", &def->forwarders[i].addr);
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < def->ntxts; i++) {
        virBufferEscapeString(buf, "<txt name='%s'", def->txts[i].name);
        virBufferEscapeString(buf, " value='%s'/>\n", def->txts[i].value);
    }
    for (i = 0; i < def->nsrvs; i++) {
        const virNetworkDNSSrvDef *srv = &def->srvs[i];

        virBufferEscapeString(buf, "<srv service='%s'", srv->service);
        virBufferEscapeString(buf, " protocol='%s'", srv->protocol);
        virBufferEscapeString(buf, " domain='%s'", srv->domain);
        virBufferEscapeString(buf, " target='%s'", srv->target);
        if (srv->port)
            virBufferAsprintf(buf, " port='%u'", srv->port);
        if (srv->priority)
            virBufferAsprintf(buf, " priority='%u'", srv->priority);
        if (srv->weight)
            virBufferAsprintf(buf, " weight='%u'", srv->weight);
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < def->nhosts; i++) {
        const virNetworkDNSHostDef *host = &def->hosts[i];

        virBufferAddLit(buf, "<host");
        virNetworkAddrFormatAttr(buf, " ip='%s'", &host->ip);
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        for (j = 0; j < host->nnames; j++)
            virBufferEscapeString(buf, "<hostname>%s</hostname>\n", host->names[j]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</host>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</dns>\n");
}

static int
virNetworkForwardFormat(virBuffer *buf, const virNetworkForwardDef *def, unsigned int flags)
{
    const char *mode = virNetworkForwardTypeToString(def->type);
    bool natAddr = virNetworkAddrIsSet(&def->natAddrStart);
    bool natPort = def->natPortStart || def->natPortEnd;
    bool nat = def->type == VIR_NETWORK_FORWARD_NAT &&
        (natAddr || natPort || def->natIPv6 != VIR_TRISTATE_BOOL_ABSENT);
    /* interfaces found from a <pf> at start-up are not configuration */
    bool ifs = def->nifs && (!def->npfs || !(flags & VIR_NETWORK_XML_INACTIVE));
    size_t i;

    if (!mode) {
        virReportEnumRangeError(virNetworkForwardType, def->type);
        return -1;
    }

    virBufferAddLit(buf, "<forward");
    if (!def->npfs && def->nifs &&
        def->ifs[0].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV)
        virBufferEscapeString(buf, " dev='%s'", def->ifs[0].device.dev);
    virBufferAsprintf(buf, " mode='%s'", mode);
    if (def->type == VIR_NETWORK_FORWARD_HOSTDEV)
        virBufferAsprintf(buf, " managed='%s'", def->managed ? "yes" : "no");

    if (!(def->driverName || nat || def->npfs || ifs)) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    if (def->driverName)
        virBufferAsprintf(buf, "<driver name='%s'/>\n",
                          virNetworkForwardDriverNameTypeToString(def->driverName));

    if (nat) {
        virBufferAddLit(buf, "<nat");
        if (def->natIPv6)
            virBufferAsprintf(buf, " ipv6='%s'", virTristateBoolTypeToString(def->natIPv6));
        if (!natAddr && !natPort) {
            virBufferAddLit(buf, "/>\n");
        } else {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            if (natAddr) {
                virNetworkAddrFormatAttr(buf, "<address start='%s'", &def->natAddrStart);
                virNetworkAddrFormatAttr(buf, " end='%s'", &def->natAddrEnd);
                virBufferAddLit(buf, "/>\n");
            }
            if (natPort)
                virBufferAsprintf(buf, "<port start='%u' end='%u'/>\n",
                                  def->natPortStart, def->natPortEnd);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</nat>\n");
        }
    }

    for (i = 0; i < def->npfs; i++) {
        virBufferEscapeString(buf, "<pf dev='%s'", def->pfs[i].dev);
        if (!(flags & VIR_NETWORK_XML_INACTIVE) && def->pfs[i].connections > 0)
            virBufferAsprintf(buf, " connections='%u'", def->pfs[i].connections);
        virBufferAddLit(buf, "/>\n");
    }

    for (i = 0; ifs && i < def->nifs; i++) {
        const virNetworkForwardIfDef *fif = &def->ifs[i];

        switch (fif->type) {
        case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV:
            virBufferEscapeString(buf, "<interface dev='%s'", fif->device.dev);
            if (!(flags & VIR_NETWORK_XML_INACTIVE) && fif->connections > 0)
                virBufferAsprintf(buf, " connections='%u'", fif->connections);
            virBufferAddLit(buf, "/>\n");
            break;
        case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI:
            virBufferAsprintf(buf, "<address type='pci' domain='0x%04x' bus='0x%02x'",
                              fif->device.pci.domain, fif->device.pci.bus);
            virBufferAsprintf(buf, " slot='0x%02x' function='0x%x'/>\n",
                              fif->device.pci.slot, fif->device.pci.function);
            break;
        case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NONE:
            break;
        case VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_LAST:
        default:
            virReportEnumRangeError(virNetworkForwardHostdevDeviceType, fif->type);
            return -1;
        }
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</forward>\n");
    return 0;
}

/* <bridge>: full on the host's own bridges, name and MAC table only in bridge mode */
static int
virNetworkBridgeFormat(virBuffer *buf, const virNetworkDef *def)
{
    const char *manager = NULL;

    if (def->macTableManager != VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_DEFAULT)
        manager = virNetworkBridgeMACTableManagerTypeToString(def->macTableManager);

    switch ((virNetworkForwardType) def->forward.type) {
    case VIR_NETWORK_FORWARD_NONE:
    case VIR_NETWORK_FORWARD_NAT:
    case VIR_NETWORK_FORWARD_ROUTE:
    case VIR_NETWORK_FORWARD_OPEN:
        virBufferAddLit(buf, "<bridge");
        virBufferEscapeString(buf, " name='%s'", def->bridge);
        virBufferEscapeString(buf, " zone='%s'", def->bridgeZone);
        virBufferAsprintf(buf, " stp='%s' delay='%llu'", def->stp ? "on" : "off", def->delay);
        if (manager)
            virBufferAsprintf(buf, " macTableManager='%s'", manager);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_NETWORK_FORWARD_BRIDGE:
        if (def->bridge || manager) {
            virBufferAddLit(buf, "<bridge");
            virBufferEscapeString(buf, " name='%s'", def->bridge);
            if (manager)
                virBufferAsprintf(buf, " macTableManager='%s'", manager);
            virBufferAddLit(buf, "/>\n");
        }
        break;
    case VIR_NETWORK_FORWARD_PRIVATE:
    case VIR_NETWORK_FORWARD_VEPA:
    case VIR_NETWORK_FORWARD_PASSTHROUGH:
    case VIR_NETWORK_FORWARD_HOSTDEV:
        break;
    case VIR_NETWORK_FORWARD_LAST:
    default:
        virReportEnumRangeError(virNetworkForwardType, def->forward.type);
        return -1;
    }
    return 0;
}

static int
virNetworkPortGroupFormat(virBuffer *buf, const virNetworkPortGroupDef *def)
{
    virBufferEscapeString(buf, "<portgroup name='%s'", def->name);
    if (def->isDefault)
        virBufferAddLit(buf, " default='yes'");
    if (def->trustGuestRxFilters)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(def->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetworkVlanFormat(buf, &def->vlan);
    if (virNetworkVirtualPortFormat(buf, def->virtPortProfile) < 0)
        return -1;
    virNetworkBandwidthFormat(buf, def->bandwidth);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</portgroup>\n");
    return 0;
}

static int
virNetworkDefFormatBuf(virBuffer *buf, const virNetworkDef *def, unsigned int flags)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    size_t i;

    virBufferAddLit(buf, "<network");
    if (!(flags & VIR_NETWORK_XML_INACTIVE) && def->connections > 0)
        virBufferAsprintf(buf, " connections='%u'", def->connections);
    if (def->ipv6nogw)
        virBufferAddLit(buf, " ipv6='yes'");
    if (def->trustGuestRxFilters)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(def->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuid));
    if (def->metadata)
        virNetworkMetadataFormat(buf, def->metadata);

    if (def->forward.type != VIR_NETWORK_FORWARD_NONE &&
        virNetworkForwardFormat(buf, &def->forward, flags) < 0)
        return -1;
    if (virNetworkBridgeFormat(buf, def) < 0)
        return -1;

    if (def->mtu)
        virBufferAsprintf(buf, "<mtu size='%u'/>\n", def->mtu);
    if (def->macSpecified)
        virBufferAsprintf(buf, "<mac address='%02x:%02x:%02x:%02x:%02x:%02x'/>\n",
                          def->mac[0], def->mac[1], def->mac[2],
                          def->mac[3], def->mac[4], def->mac[5]);
    if (def->domain) {
        virBufferEscapeString(buf, "<domain name='%s'", def->domain);
        if (def->domainLocalOnly)
            virBufferAsprintf(buf, " localOnly='%s'",
                              virTristateBoolTypeToString(def->domainLocalOnly));
        virBufferAddLit(buf, "/>\n");
    }

    virNetworkDNSFormat(buf, &def->dns);
    virNetworkVlanFormat(buf, &def->vlan);
    virNetworkBandwidthFormat(buf, def->bandwidth);

    for (i = 0; i < def->nips; i++)
        virNetworkIPFormat(buf, &def->ips[i]);
    for (i = 0; i < def->nroutes; i++)
        virNetworkRouteFormat(buf, &def->routes[i]);

    if (virNetworkVirtualPortFormat(buf, def->virtPortProfile) < 0)
        return -1;
    for (i = 0; i < def->nPortGroups; i++) {
        if (virNetworkPortGroupFormat(buf, &def->portGroups[i]) < 0)
            return -1;
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</network>\n");
    return 0;
}

/**
 * virNetworkDefFormat:
 * @def: the definition (borrowed)
 * @flags: VIR_NETWORK_XML_INACTIVE to leave out live state (connection
 *         counts, interfaces taken from a <pf> at start-up)
 *
 * Returns the XML (caller frees), or NULL with an error reported.
 */
char *
virNetworkDefFormat(const virNetworkDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virCheckFlags(VIR_NETWORK_XML_INACTIVE, NULL);

    if (virNetworkDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}

/* ------------------------------------------------------------------ */
/* Updating one section (virNetworkUpdate)                             */
/* ------------------------------------------------------------------ */

/*
 * The checks and messages are libvirt 9.0's, in its order: the element's
 * name, the <ip> it goes in, commands a section refuses, the element's own
 * checks, then a search for the entry it adds, changes or removes.  A
 * command libvirt does not know is refused only once the element has been
 * read, as libvirt does.
 */

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virNetworkDHCPHostDef, virNetworkDHCPHostDefClear);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virNetworkDNSHostDef, virNetworkDNSHostDefClear);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virNetworkDNSTxtDef, virNetworkDNSTxtDefClear);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virNetworkDNSSrvDef, virNetworkDNSSrvDefClear);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virNetworkPortGroupDef, virNetworkPortGroupDefClear);

/* Moves the entry @item into (array)[at], after making room for it, and
 * leaves @item zeroed (its cleanup then frees nothing). */
#define VIR_NETWORK_ARRAY_INSERT(array, count, at, item) \
    do { \
        (array) = g_realloc_n((array), (count) + 1, sizeof(*(array))); \
        memmove(&(array)[(at) + 1], &(array)[(at)], ((count) - (at)) * sizeof(*(array))); \
        (array)[(at)] = (item); \
        memset(&(item), 0, sizeof(item)); \
        (count)++; \
    } while (0)

/* Removes (array)[at], already cleared, closing the gap. */
#define VIR_NETWORK_ARRAY_DELETE(array, count, at) \
    do { \
        memmove(&(array)[(at)], &(array)[(at) + 1], \
                ((count) - (at) - 1) * sizeof(*(array))); \
        if (--(count) == 0) \
            g_clear_pointer(&(array), g_free); \
    } while (0)

/* Where an added entry goes: first or last. */
static size_t
virNetworkUpdatePosition(unsigned int command, size_t count)
{
    return command == VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST ? 0 : count;
}

static bool
virNetworkUpdateIsAdd(unsigned int command)
{
    return command == VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST ||
        command == VIR_NETWORK_UPDATE_COMMAND_ADD_LAST;
}

static int
virNetworkUpdateUnknownCommand(unsigned int command)
{
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED,
                   _("unrecognized network update command code %1$d"), (int)command);
    return -1;
}

static int
virNetworkUpdateNoSupport(const virNetworkDef *def, const char *section)
{
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED,
                   _("can't update '%1$s' section of network '%2$s'"), section, def->name);
    return -1;
}

static int
virNetworkUpdateCheckElement(const virNetworkDef *def, xmlNodePtr node, const char *name)
{
    if (!xmlStrEqual(node->name, BAD_CAST name)) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("unexpected element <%1$s>, expecting <%2$s>, while updating network '%3$s'"),
                       (const char *)node->name, name, def->name);
        return -1;
    }
    return 0;
}

/* Two set addresses of one family with the same value. */
static bool
virNetworkAddrEqual(const virNetworkAddr *a, const virNetworkAddr *b)
{
    size_t alen;
    size_t blen;
    const unsigned char *x = virNetworkAddrBytes(a, &alen);
    const unsigned char *y = virNetworkAddrBytes(b, &blen);

    return x && y && alen == blen && memcmp(x, y, alen) == 0;
}

/* MAC addresses compare by value ("0:AA:1:2:3:4" is "00:aa:01:02:03:04");
 * both were checked when they were read. */
static bool
virNetworkMacStrEqual(const char *a, const char *b)
{
    unsigned char x[VIR_NETWORK_MAC_BUFLEN];
    unsigned char y[VIR_NETWORK_MAC_BUFLEN];

    if (virNetworkMacParse(a, x) < 0 || virNetworkMacParse(b, y) < 0)
        return g_ascii_strcasecmp(a, b) == 0;
    return memcmp(x, y, sizeof(x)) == 0;
}

/*
 * The <ip> whose <dhcp> changes: the one at @parentIndex; for a negative
 * index the first with DHCP ranges or hosts, else the first IPv4 one, else
 * the first IPv6 one.
 */
static virNetworkIPDef *
virNetworkUpdateFindIP(virNetworkDef *def, int parentIndex)
{
    size_t i;

    if (parentIndex >= 0) {
        if ((size_t)parentIndex < def->nips)
            return &def->ips[parentIndex];
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("couldn't update dhcp host entry - no <ip> element found at index %1$d in network '%2$s'"),
                       parentIndex, def->name);
        return NULL;
    }

    for (i = 0; i < def->nips; i++) {
        if (def->ips[i].nranges || def->ips[i].nhosts)
            return &def->ips[i];
    }
    for (i = 0; i < def->nips; i++) {
        if (virNetworkAddrFamily(&def->ips[i].address) == AF_INET)
            return &def->ips[i];
    }
    for (i = 0; i < def->nips; i++) {
        if (virNetworkAddrFamily(&def->ips[i].address) == AF_INET6)
            return &def->ips[i];
    }
    virReportError(VIR_ERR_OPERATION_INVALID,
                   _("couldn't update dhcp host entry - no <ip> element found in network '%1$s'"),
                   def->name);
    return NULL;
}

/* A network serves DHCP on one address per family: adding to @ipdef is
 * refused while another <ip> of its family has ranges or hosts. */
static int
virNetworkUpdateCheckMultiDHCP(const virNetworkDef *def, const virNetworkIPDef *ipdef)
{
    int family = virNetworkAddrFamily(&ipdef->address);
    size_t i;

    for (i = 0; i < def->nips; i++) {
        const virNetworkIPDef *other = &def->ips[i];

        if (other == ipdef || virNetworkAddrFamily(&other->address) != family)
            continue;
        if (other->nranges || other->nhosts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("dhcp is supported only for a single %1$s address on each network"),
                           family == AF_INET ? "IPv4" : "IPv6");
            return -1;
        }
    }
    return 0;
}

/* Modify: an entry with the same MAC (both given), IP or name. */
static bool
virNetworkUpdateDHCPHostSame(const virNetworkDHCPHostDef *host,
                             const virNetworkDHCPHostDef *entry)
{
    return (host->mac && entry->mac && virNetworkMacStrEqual(host->mac, entry->mac)) ||
        (virNetworkAddrIsSet(&host->ip) && virNetworkAddrEqual(&host->ip, &entry->ip)) ||
        (host->name && g_strcmp0(host->name, entry->name) == 0);
}

/* Delete: every attribute given agrees (a MAC only where both have one). */
static bool
virNetworkUpdateDHCPHostMatch(const virNetworkDHCPHostDef *host,
                              const virNetworkDHCPHostDef *entry)
{
    return (!host->mac || !entry->mac || virNetworkMacStrEqual(host->mac, entry->mac)) &&
        (!host->name || g_strcmp0(host->name, entry->name) == 0) &&
        (!virNetworkAddrIsSet(&host->ip) || virNetworkAddrEqual(&host->ip, &entry->ip));
}

static int
virNetworkUpdateDHCPHost(virNetworkDef *def, unsigned int command, int parentIndex,
                         xmlXPathContextPtr ctxt)
{
    g_auto(virNetworkDHCPHostDef) host = { 0 };
    bool partialOkay = command == VIR_NETWORK_UPDATE_COMMAND_DELETE;
    virNetworkIPDef *ipdef;
    char ipStr[NI_MAXHOST];
    size_t i;

    if (virNetworkUpdateCheckElement(def, ctxt->node, "host") < 0 ||
        !(ipdef = virNetworkUpdateFindIP(def, parentIndex)) ||
        virNetworkDHCPHostParseXML(def->name, ipdef, ctxt->node, &host, partialOkay) < 0)
        return -1;

    if (!partialOkay &&
        virNetworkAddrFamily(&ipdef->address) != virNetworkAddrFamily(&host.ip)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("the address family of a host entry IP must match the address family of the dhcp element's parent"));
        return -1;
    }
    if (virNetworkAddrFormatBuf(&host.ip, ipStr, sizeof(ipStr)) < 0)
        g_strlcpy(ipStr, "unknown", sizeof(ipStr));

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
        for (i = 0; i < ipdef->nhosts; i++) {
            if (virNetworkUpdateDHCPHostSame(&host, &ipdef->hosts[i]))
                break;
        }
        if (i == ipdef->nhosts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate an existing dhcp host entry with \"mac='%1$s'\" \"name='%2$s'\" \"ip='%3$s'\" in network '%4$s'"),
                           host.mac ? host.mac : "unknown", host.name ? host.name : "(null)",
                           ipStr, def->name);
            return -1;
        }
        virNetworkDHCPHostDefClear(&ipdef->hosts[i]);
        ipdef->hosts[i] = host;
        memset(&host, 0, sizeof(host));
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (virNetworkUpdateCheckMultiDHCP(def, ipdef) < 0)
            return -1;
        for (i = 0; i < ipdef->nhosts; i++) {
            if (virNetworkUpdateDHCPHostSame(&host, &ipdef->hosts[i])) {
                virReportError(VIR_ERR_OPERATION_INVALID,
                               _("there is an existing dhcp host entry in network '%1$s' that matches \"<host mac='%2$s' name='%3$s' ip='%4$s'/>\""),
                               def->name, host.mac ? host.mac : "unknown",
                               host.name ? host.name : "(null)", ipStr);
                return -1;
            }
        }
        VIR_NETWORK_ARRAY_INSERT(ipdef->hosts, ipdef->nhosts,
                                 virNetworkUpdatePosition(command, ipdef->nhosts), host);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        for (i = 0; i < ipdef->nhosts; i++) {
            if (virNetworkUpdateDHCPHostMatch(&host, &ipdef->hosts[i]))
                break;
        }
        if (i == ipdef->nhosts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching dhcp host entry in network '%1$s'"),
                           def->name);
            return -1;
        }
        virNetworkDHCPHostDefClear(&ipdef->hosts[i]);
        VIR_NETWORK_ARRAY_DELETE(ipdef->hosts, ipdef->nhosts, i);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

static int
virNetworkUpdateDHCPRange(virNetworkDef *def, unsigned int command, int parentIndex,
                          xmlXPathContextPtr ctxt)
{
    virNetworkDHCPRangeDef range = { 0 };
    g_autofree virNetworkDHCPLeaseTimeDef *lease = NULL;
    char startStr[NI_MAXHOST];
    char endStr[NI_MAXHOST];
    virNetworkIPDef *ipdef;
    size_t i;
    int rc;

    if (virNetworkUpdateCheckElement(def, ctxt->node, "range") < 0 ||
        !(ipdef = virNetworkUpdateFindIP(def, parentIndex)))
        return -1;
    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("dhcp ranges cannot be modified, only added or deleted"));
        return -1;
    }
    /* the range is checked against the <ip>, its family included */
    rc = virNetworkDHCPRangeParseXML(def->name, ipdef, ctxt->node, &range);
    lease = g_steal_pointer(&range.lease);     /* freed with us unless added */
    if (rc < 0)
        return -1;

    for (i = 0; i < ipdef->nranges; i++) {
        if (virNetworkAddrEqual(&range.start, &ipdef->ranges[i].start) &&
            virNetworkAddrEqual(&range.end, &ipdef->ranges[i].end))
            break;
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (virNetworkUpdateCheckMultiDHCP(def, ipdef) < 0)
            return -1;
        if (i < ipdef->nranges) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is an existing dhcp range entry in network '%1$s' that matches \"<range start='%2$s' end='%3$s'/>\""),
                           def->name, virNetworkAddrStr(&range.start, startStr),
                           virNetworkAddrStr(&range.end, endStr));
            return -1;
        }
        range.lease = g_steal_pointer(&lease);
        VIR_NETWORK_ARRAY_INSERT(ipdef->ranges, ipdef->nranges,
                                 virNetworkUpdatePosition(command, ipdef->nranges), range);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        if (i == ipdef->nranges) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching dhcp range entry in network '%1$s'"),
                           def->name);
            return -1;
        }
        g_free(ipdef->ranges[i].lease);
        VIR_NETWORK_ARRAY_DELETE(ipdef->ranges, ipdef->nranges, i);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

static int
virNetworkUpdateForwardInterface(virNetworkDef *def, unsigned int command,
                                 xmlXPathContextPtr ctxt)
{
    virNetworkForwardDef *fwd = &def->forward;
    g_autofree char *dev = NULL;
    virNetworkForwardIfDef iface = { 0 };
    size_t i;

    if (virNetworkUpdateCheckElement(def, ctxt->node, "interface") < 0)
        return -1;
    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("forward interface entries cannot be modified, only added or deleted"));
        return -1;
    }
    if (!(dev = virXMLPropString(ctxt->node, "dev"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing dev attribute in <interface> element"));
        return -1;
    }

    for (i = 0; i < fwd->nifs; i++) {
        if (fwd->ifs[i].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV &&
            g_str_equal(fwd->ifs[i].device.dev, dev))
            break;
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (i < fwd->nifs) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is an existing interface entry in network '%1$s' that matches \"<interface dev='%2$s'>\""),
                           def->name, dev);
            return -1;
        }
        iface.type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
        iface.device.dev = g_steal_pointer(&dev);
        VIR_NETWORK_ARRAY_INSERT(fwd->ifs, fwd->nifs,
                                 virNetworkUpdatePosition(command, fwd->nifs), iface);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        if (i == fwd->nifs) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't find an interface entry in network '%1$s' matching <interface dev='%2$s'>"),
                           def->name, dev);
            return -1;
        }
        if (fwd->ifs[i].connections > 0) {
            /* the two spaces are libvirt's */
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("unable to delete interface '%1$s' in network '%2$s'. It is currently being used  by %3$d domains."),
                           dev, def->name, (int)fwd->ifs[i].connections);
            return -1;
        }
        g_free(fwd->ifs[i].device.dev);
        VIR_NETWORK_ARRAY_DELETE(fwd->ifs, fwd->nifs, i);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

static int
virNetworkUpdatePortGroup(virNetworkDef *def, unsigned int command, xmlXPathContextPtr ctxt)
{
    g_auto(virNetworkPortGroupDef) portgroup = { 0 };
    ssize_t foundName = -1;
    ssize_t foundDefault = -1;
    size_t i;

    if (virNetworkUpdateCheckElement(def, ctxt->node, "portgroup") < 0 ||
        virNetworkPortGroupParseXML(ctxt, &portgroup) < 0)
        return -1;

    for (i = 0; i < def->nPortGroups; i++) {
        if (g_str_equal(portgroup.name, def->portGroups[i].name))
            foundName = i;
        if (def->portGroups[i].isDefault)
            foundDefault = i;
    }
    if (foundName < 0 && (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY ||
                          command == VIR_NETWORK_UPDATE_COMMAND_DELETE)) {
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("couldn't find a portgroup entry in network '%1$s' matching <portgroup name='%2$s'>"),
                       def->name, portgroup.name);
        return -1;
    }
    if (foundName >= 0 && virNetworkUpdateIsAdd(command)) {
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("there is an existing portgroup entry in network '%1$s' that matches \"<portgroup name='%2$s'>\""),
                       def->name, portgroup.name);
        return -1;
    }
    /* only one portgroup may be the default */
    if (command != VIR_NETWORK_UPDATE_COMMAND_DELETE && portgroup.isDefault &&
        foundDefault >= 0 && foundDefault != foundName) {
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("a different portgroup entry in network '%1$s' is already set as the default. Only one default is allowed."),
                       def->name);
        return -1;
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
        virNetworkPortGroupDefClear(&def->portGroups[foundName]);
        def->portGroups[foundName] = portgroup;
        memset(&portgroup, 0, sizeof(portgroup));
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        VIR_NETWORK_ARRAY_INSERT(def->portGroups, def->nPortGroups,
                                 virNetworkUpdatePosition(command, def->nPortGroups), portgroup);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        virNetworkPortGroupDefClear(&def->portGroups[foundName]);
        VIR_NETWORK_ARRAY_DELETE(def->portGroups, def->nPortGroups, (size_t)foundName);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

static int
virNetworkUpdateDNSHost(virNetworkDef *def, unsigned int command, xmlXPathContextPtr ctxt)
{
    virNetworkDNSDef *dns = &def->dns;
    g_auto(virNetworkDNSHostDef) host = { 0 };
    bool isAdd = virNetworkUpdateIsAdd(command);
    size_t found = 0;
    size_t foundIdx = 0;
    size_t i;
    size_t j;
    size_t k;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("DNS HOST records cannot be modified, only added or deleted"));
        return -1;
    }
    if (virNetworkUpdateCheckElement(def, ctxt->node, "host") < 0 ||
        virNetworkDNSHostParseXML(def->name, ctxt->node, &host, !isAdd) < 0)
        return -1;

    /* a record matches by address; one to delete also by any of its names
     * (several records may give one name several addresses) */
    for (i = 0; i < dns->nhosts; i++) {
        const virNetworkDNSHostDef *entry = &dns->hosts[i];
        bool match = virNetworkAddrEqual(&host.ip, &entry->ip);

        for (j = 0; !isAdd && !match && j < host.nnames; j++) {
            for (k = 0; !match && k < entry->nnames; k++)
                match = g_str_equal(host.names[j], entry->names[k]);
        }
        if (match) {
            found++;
            foundIdx = i;
        }
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (found > 0) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is already at least one DNS HOST record with a matching field in network %1$s"),
                           def->name);
            return -1;
        }
        VIR_NETWORK_ARRAY_INSERT(dns->hosts, dns->nhosts,
                                 virNetworkUpdatePosition(command, dns->nhosts), host);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        if (found == 0) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching DNS HOST record in network %1$s"),
                           def->name);
            return -1;
        }
        if (found > 1) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("multiple matching DNS HOST records were found in network %1$s"),
                           def->name);
            return -1;
        }
        virNetworkDNSHostDefClear(&dns->hosts[foundIdx]);
        VIR_NETWORK_ARRAY_DELETE(dns->hosts, dns->nhosts, foundIdx);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

static int
virNetworkUpdateDNSTxt(virNetworkDef *def, unsigned int command, xmlXPathContextPtr ctxt)
{
    virNetworkDNSDef *dns = &def->dns;
    g_auto(virNetworkDNSTxtDef) txt = { 0 };
    size_t i;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("DNS TXT records cannot be modified, only added or deleted"));
        return -1;
    }
    if (virNetworkUpdateCheckElement(def, ctxt->node, "txt") < 0 ||
        virNetworkDNSTxtParseXML(def->name, ctxt->node, &txt,
                                 !virNetworkUpdateIsAdd(command)) < 0)
        return -1;

    /* records are known by their name */
    for (i = 0; i < dns->ntxts; i++) {
        if (g_str_equal(txt.name, dns->txts[i].name))
            break;
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (i < dns->ntxts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is already a DNS TXT record with name '%1$s' in network %2$s"),
                           txt.name, def->name);
            return -1;
        }
        VIR_NETWORK_ARRAY_INSERT(dns->txts, dns->ntxts,
                                 virNetworkUpdatePosition(command, dns->ntxts), txt);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        if (i == dns->ntxts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching DNS TXT record in network %1$s"),
                           def->name);
            return -1;
        }
        virNetworkDNSTxtDefClear(&dns->txts[i]);
        VIR_NETWORK_ARRAY_DELETE(dns->txts, dns->ntxts, i);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

/* Every one of domain, service, protocol and target given in @srv agrees. */
static bool
virNetworkUpdateDNSSrvMatch(const virNetworkDNSSrvDef *srv, const virNetworkDNSSrvDef *entry)
{
    return (!srv->domain || g_strcmp0(srv->domain, entry->domain) == 0) &&
        (!srv->service || g_strcmp0(srv->service, entry->service) == 0) &&
        (!srv->protocol || g_strcmp0(srv->protocol, entry->protocol) == 0) &&
        (!srv->target || g_strcmp0(srv->target, entry->target) == 0);
}

static int
virNetworkUpdateDNSSrv(virNetworkDef *def, unsigned int command, xmlXPathContextPtr ctxt)
{
    virNetworkDNSDef *dns = &def->dns;
    g_auto(virNetworkDNSSrvDef) srv = { 0 };
    size_t found = 0;
    size_t foundIdx = 0;
    size_t i;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("DNS SRV records cannot be modified, only added or deleted"));
        return -1;
    }
    if (virNetworkUpdateCheckElement(def, ctxt->node, "srv") < 0 ||
        virNetworkDNSSrvParseXML(def->name, ctxt->node, &srv,
                                 !virNetworkUpdateIsAdd(command)) < 0)
        return -1;

    for (i = 0; i < dns->nsrvs; i++) {
        if (virNetworkUpdateDNSSrvMatch(&srv, &dns->srvs[i])) {
            found++;
            foundIdx = i;
        }
    }

    switch ((virNetworkUpdateCommand) command) {
    case VIR_NETWORK_UPDATE_COMMAND_ADD_LAST:
    case VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST:
        if (found > 0) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is already at least one DNS SRV record matching all specified fields in network %1$s"),
                           def->name);
            return -1;
        }
        VIR_NETWORK_ARRAY_INSERT(dns->srvs, dns->nsrvs,
                                 virNetworkUpdatePosition(command, dns->nsrvs), srv);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_DELETE:
        if (found == 0) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching DNS SRV record in network %1$s"),
                           def->name);
            return -1;
        }
        if (found > 1) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("multiple DNS SRV records matching all specified fields were found in network %1$s"),
                           def->name);
            return -1;
        }
        virNetworkDNSSrvDefClear(&dns->srvs[foundIdx]);
        VIR_NETWORK_ARRAY_DELETE(dns->srvs, dns->nsrvs, foundIdx);
        return 0;

    case VIR_NETWORK_UPDATE_COMMAND_MODIFY:
    case VIR_NETWORK_UPDATE_COMMAND_NONE:
    default:
        break;
    }
    return virNetworkUpdateUnknownCommand(command);
}

/* Applies the update to @def; on failure @def may be half changed. */
static int
virNetworkUpdateApply(virNetworkDef *def, unsigned int command, unsigned int section,
                      int parentIndex, xmlXPathContextPtr ctxt)
{
    switch ((virNetworkUpdateSection) section) {
    case VIR_NETWORK_SECTION_BRIDGE:
        return virNetworkUpdateNoSupport(def, "bridge");
    case VIR_NETWORK_SECTION_DOMAIN:
        return virNetworkUpdateNoSupport(def, "domain");
    case VIR_NETWORK_SECTION_IP:
        return virNetworkUpdateNoSupport(def, "ip");
    case VIR_NETWORK_SECTION_IP_DHCP_HOST:
        return virNetworkUpdateDHCPHost(def, command, parentIndex, ctxt);
    case VIR_NETWORK_SECTION_IP_DHCP_RANGE:
        return virNetworkUpdateDHCPRange(def, command, parentIndex, ctxt);
    case VIR_NETWORK_SECTION_FORWARD:
        return virNetworkUpdateNoSupport(def, "forward");
    case VIR_NETWORK_SECTION_FORWARD_INTERFACE:
        return virNetworkUpdateForwardInterface(def, command, ctxt);
    case VIR_NETWORK_SECTION_FORWARD_PF:
        return virNetworkUpdateNoSupport(def, "forward pf");
    case VIR_NETWORK_SECTION_PORTGROUP:
        return virNetworkUpdatePortGroup(def, command, ctxt);
    case VIR_NETWORK_SECTION_DNS_HOST:
        return virNetworkUpdateDNSHost(def, command, ctxt);
    case VIR_NETWORK_SECTION_DNS_TXT:
        return virNetworkUpdateDNSTxt(def, command, ctxt);
    case VIR_NETWORK_SECTION_DNS_SRV:
        return virNetworkUpdateDNSSrv(def, command, ctxt);
    case VIR_NETWORK_SECTION_NONE:
    default:
        break;
    }
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                   _("can't update unrecognized section of network"));
    return -1;
}

/* A copy of @def, as its XML (formatted with @formatFlags) reads back. */
static virNetworkDef *
virNetworkDefCopyXML(const virNetworkDef *def, unsigned int formatFlags)
{
    g_autofree char *xml = virNetworkDefFormat(def, formatFlags);

    if (!xml)
        return NULL;
    return virNetworkDefParseString(xml, 0);
}

/**
 * virNetworkDefUpdateSection:
 * @def: the definition to change (borrowed)
 * @command: a virNetworkUpdateCommand: add first or last, delete or modify
 * @section: a virNetworkUpdateSection: which kind of element @xml is
 * @parentIndex: for DHCP hosts and ranges, the index of the <ip> among all
 *               of the network's; negative for the one libvirt picks (the
 *               first with DHCP, else the first IPv4, else the first IPv6)
 * @xml: the one element to add, find or replace (borrowed)
 * @flags: VIR_NETWORK_UPDATE_AFFECT_CONFIG when @def is a persistent
 *         definition, whose copies are then made from its inactive XML;
 *         0 or VIR_NETWORK_UPDATE_AFFECT_LIVE for a running network's
 *
 * Does what virNetworkUpdate() does to one definition, as libvirt 9.0 does
 * it: the change is made to a copy read back from @def's XML, and the copy
 * must format and read back again, so that the result is a definition that
 * could have been defined.  Only then does @def get the new content.
 *
 * Returns 0, or -1 with libvirt's error reported and @def unchanged.
 */
int
virNetworkDefUpdateSection(virNetworkDef *def, unsigned int command, unsigned int section,
                           int parentIndex, const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virNetworkDef) copy = NULL;
    g_autoptr(virNetworkDef) check = NULL;
    unsigned int formatFlags;
    virNetworkDef tmp;

    virCheckFlags(VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG, -1);
    formatFlags = (flags & VIR_NETWORK_UPDATE_AFFECT_CONFIG) ? VIR_NETWORK_XML_INACTIVE : 0;

    if (!(doc = virXMLParseString(xml, "network_update_xml", NULL, &ctxt, VIR_FROM_NETWORK)) ||
        !(copy = virNetworkDefCopyXML(def, formatFlags)) ||
        virNetworkUpdateApply(copy, command, section, parentIndex, ctxt) < 0 ||
        !(check = virNetworkDefCopyXML(copy, formatFlags)))
        return -1;

    /* @def takes the changed content, @copy the old one to free */
    tmp = *def;
    *def = *copy;
    *copy = tmp;
    return 0;
}
