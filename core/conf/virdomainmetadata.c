/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomainmetadata.c: title, description and <metadata> elements of a
 * domain definition, one at a time
 */
#include <config.h>

#include <libxml/tree.h>

#include "virdomainmetadata.h"
#include "virerror.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlNode, xmlFreeNode);

static void
virDomainMetadataNotFound(void)
{
    virReportError(VIR_ERR_NO_DOMAIN_METADATA, "%s",
                   _("Requested metadata element is not present"));
}

/* The element of <metadata> living in namespace @uri, or NULL. */
static xmlNodePtr
virDomainMetadataFind(xmlNodePtr metadata, const char *uri)
{
    xmlNodePtr child;

    if (!metadata)
        return NULL;
    for (child = metadata->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && child->ns &&
            xmlStrEqual(child->ns->href, BAD_CAST uri))
            return child;
    }
    return NULL;
}

/* Elements and attributes of @node's tree in namespace @uri lose it. */
static void
virDomainMetadataClearNamespace(xmlNodePtr node, const char *uri)
{
    xmlAttrPtr attr;
    xmlNodePtr child;

    if (node->ns && xmlStrEqual(node->ns->href, BAD_CAST uri))
        node->ns = NULL;
    for (attr = node->properties; attr; attr = attr->next) {
        if (attr->ns && xmlStrEqual(attr->ns->href, BAD_CAST uri))
            attr->ns = NULL;
    }
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataClearNamespace(child, uri);
    }
}

/* Declarations of @uri in @node's tree, no longer referenced, go. */
static void
virDomainMetadataDropDeclarations(xmlNodePtr node, const char *uri)
{
    xmlNsPtr *link = &node->nsDef;
    xmlNodePtr child;

    while (*link) {
        xmlNsPtr ns = *link;

        if (xmlStrEqual(ns->href, BAD_CAST uri)) {
            *link = ns->next;
            ns->next = NULL;
            xmlFreeNs(ns);
            continue;
        }
        link = &ns->next;
    }
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataDropDeclarations(child, uri);
    }
}

/* @node's tree as it was handed in: without namespace @uri. */
static void
virDomainMetadataStripNamespace(xmlNodePtr node, const char *uri)
{
    virDomainMetadataClearNamespace(node, uri);
    virDomainMetadataDropDeclarations(node, uri);
}

/* Elements of @node's tree without a namespace get @ns. */
static void
virDomainMetadataInjectNamespace(xmlNodePtr node, xmlNsPtr ns)
{
    xmlNodePtr child;

    if (!node->ns)
        node->ns = ns;
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataInjectNamespace(child, ns);
    }
}

static char *
virDomainMetadataDumpNode(xmlNodePtr node)
{
    xmlBufferPtr buf = xmlBufferCreate();
    int oldIndent = xmlIndentTreeOutput;
    char *ret = NULL;

    if (!buf) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    xmlIndentTreeOutput = 1;
    if (xmlNodeDump(buf, NULL, node, 0, 1) >= 0)
        ret = g_strdup((const char *)xmlBufferContent(buf));
    else
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("failed to format the metadata element"));
    xmlIndentTreeOutput = oldIndent;
    xmlBufferFree(buf);
    return ret;
}

char *
virDomainDefGetMetadata(const virDomainDef *def, int type, const char *uri)
{
    const char *text = NULL;
    xmlNodePtr found;
    g_autoptr(xmlNode) copy = NULL;

    switch ((virDomainMetadataType)type) {
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        text = def->description;
        break;
    case VIR_DOMAIN_METADATA_TITLE:
        text = def->title;
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (!uri || !(found = virDomainMetadataFind(def->metadata, uri))) {
            virDomainMetadataNotFound();
            return NULL;
        }
        if (!(copy = xmlCopyNode(found, 1))) {
            virReportError(VIR_ERR_NO_MEMORY, NULL);
            return NULL;
        }
        virDomainMetadataStripNamespace(copy, uri);
        return virDomainMetadataDumpNode(copy);
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("unknown metadata type '%1$d'"), type);
        return NULL;
    }
    if (!text) {
        virDomainMetadataNotFound();
        return NULL;
    }
    return g_strdup(text);
}

/* The element to store for @metadata: parsed, its elements without a
 * namespace put in @uri under prefix @key. */
static xmlNodePtr
virDomainMetadataPrepare(const char *metadata, const char *key, const char *uri)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlNode) node = NULL;
    xmlNsPtr ns;

    if (!key || xmlValidateNCName(BAD_CAST key, 0) != 0) {
        virReportErrorFull(VIR_FROM_XML, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__, "%s",
                           _("failed to validate prefix for a new XML namespace"));
        return NULL;
    }
    if (!(doc = virXMLParseString(metadata, "(metadata_xml)", NULL, NULL, VIR_FROM_DOMAIN)))
        return NULL;
    if (!(node = xmlCopyNode(xmlDocGetRootElement(doc), 1))) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    if (!(ns = xmlNewNs(node, BAD_CAST uri, BAD_CAST key))) {
        virReportErrorFull(VIR_FROM_XML, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__, "%s",
                           _("failed to create a new XML namespace"));
        return NULL;
    }
    virDomainMetadataInjectNamespace(node, ns);
    return g_steal_pointer(&node);
}

static int
virDomainMetadataSetElement(virDomainDef *def, const char *metadata,
                            const char *key, const char *uri)
{
    g_autoptr(xmlNode) node = NULL;
    xmlNodePtr old;

    if (!uri) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("a metadata element needs a namespace URI"));
        return -1;
    }
    /* NULL removes; anything else, "" included, must be an element */
    if (metadata &&
        !(node = virDomainMetadataPrepare(metadata, key, uri)))
        return -1;

    if ((old = virDomainMetadataFind(def->metadata, uri))) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    if (!node)
        return 0;
    if (!def->metadata &&
        !(def->metadata = xmlNewNode(NULL, BAD_CAST "metadata"))) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return -1;
    }
    xmlAddChild(def->metadata, g_steal_pointer(&node));
    return 0;
}

int
virDomainDefSetMetadata(virDomainDef *def, int type, const char *metadata,
                        const char *key, const char *uri)
{
    char **field;

    switch ((virDomainMetadataType)type) {
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        field = &def->description;
        break;
    case VIR_DOMAIN_METADATA_TITLE:
        if (metadata && strchr(metadata, '\n')) {
            /* worded without the code's template, as libvirt does */
            virReportInvalidArgDetail(VIR_FROM_DOMAIN, __func__, "%s",
                                      _("metadata title can't contain newlines"));
            return -1;
        }
        field = &def->title;
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        return virDomainMetadataSetElement(def, metadata, key, uri);
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("unknown metadata type '%1$d'"), type);
        return -1;
    }
    g_free(*field);
    *field = metadata && *metadata ? g_strdup(metadata) : NULL;
    return 0;
}
