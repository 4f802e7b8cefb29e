/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virxml.h: parsing XML documents and reading them with XPath
 *
 * Parsers read relative to ctxt->node, saved and restored around each
 * sub-element with VIR_XPATH_NODE_AUTORESTORE.  Attribute helpers report
 * what is wrong, where, and why, in libvirt's words.
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "internal.h"
#include "virenum.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathContext, xmlXPathFreeContext);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathObject, xmlXPathFreeObject);

xmlDocPtr virXMLParse(const char *filename, const char *xmlStr, const char *url,
                      const char *rootName, xmlXPathContextPtr *ctxt, int errDomain);
#define virXMLParseString(str, url, root, ctxt, errDomain) \
    virXMLParse(NULL, (str), (url), (root), (ctxt), (errDomain))
#define virXMLParseFile(path, root, ctxt, errDomain) \
    virXMLParse((path), NULL, NULL, (root), (ctxt), (errDomain))
int virXMLValidateAgainstSchema(xmlDocPtr doc, const char *name);

xmlXPathContextPtr virXMLXPathContextNew(xmlDocPtr doc);
xmlXPathObjectPtr virXPathEvalFast(const char *xpath, xmlXPathContextPtr ctxt);
char *virXPathString(const char *xpath, xmlXPathContextPtr ctxt);
int virXPathInt(const char *xpath, xmlXPathContextPtr ctxt, int *value);
int virXPathUInt(const char *xpath, xmlXPathContextPtr ctxt, unsigned int *value);
int virXPathLongLong(const char *xpath, xmlXPathContextPtr ctxt, long long *value);
int virXPathULongLong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *value);
int virXPathBoolean(const char *xpath, xmlXPathContextPtr ctxt);
xmlNodePtr virXPathNode(const char *xpath, xmlXPathContextPtr ctxt);
int virXPathNodeSet(const char *xpath, xmlXPathContextPtr ctxt, xmlNodePtr **list);

char *virXMLPropString(xmlNodePtr node, const char *name);
char *virXMLNodeContentString(xmlNodePtr node);

typedef enum {
    VIR_XML_PROP_NONE = 0,
    VIR_XML_PROP_REQUIRED = 1 << 0,   /* a missing attribute is an error */
    VIR_XML_PROP_NONZERO = 1 << 1,    /* 0 (or the enum's first value) is refused */
} virXMLPropFlags;

int virXMLPropUInt(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
                   unsigned int *result);
int virXMLPropInt(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
                  int *result, int defaultResult);
int virXMLPropULongLong(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
                        unsigned long long *result);
int virXMLPropTristateBool(xmlNodePtr node, const char *name, virXMLPropFlags flags,
                           virTristateBool *result);
int virXMLPropTristateSwitch(xmlNodePtr node, const char *name, virXMLPropFlags flags,
                             virTristateSwitch *result);
int virXMLPropEnum(xmlNodePtr node, const char *name, int (*strToInt)(const char *),
                   virXMLPropFlags flags, unsigned int *result);

/* Saves ctxt->node and puts it back when the scope ends. */
typedef struct {
    xmlXPathContextPtr ctxt;
    xmlNodePtr node;
} virXPathNodeSaved;

void virXPathNodeRestore(virXPathNodeSaved *save);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virXPathNodeSaved, virXPathNodeRestore);

#define VIR_XPATH_NODE_AUTORESTORE_NAME(name, ctxt) \
    g_auto(virXPathNodeSaved) name = { .ctxt = (ctxt), .node = (ctxt)->node }; \
    (void)name
#define VIR_XPATH_NODE_AUTORESTORE(ctxt) \
    VIR_XPATH_NODE_AUTORESTORE_NAME(ctxt ## CtxtSave, ctxt)
