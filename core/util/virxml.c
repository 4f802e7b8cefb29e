/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virxml.c: parsing XML documents and reading them with XPath
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include <libxml/parserInternals.h>
#include <libxml/xpathInternals.h>
#include <libxml/relaxng.h>

#include "virxml.h"
#include "virerror.h"
#include "virbuffer.h"

#define VIR_FROM_THIS VIR_FROM_XML

typedef struct {
    const char *url;          /* "(domain_definition)" or a file name */
    int errDomain;
    bool reported;
} virXMLParseState;

/*
 * The first parser error, as libvirt words it:
 *   (domain_definition):4: Opening and ending tag mismatch: ...
 *   </domain>
 *   ---------^
 */
static void
virXMLParseErrorHandler(void *opaque, const char *fmt, ...)
{
    xmlParserCtxtPtr pctxt = opaque;
    virXMLParseState *state = pctxt ? pctxt->_private : NULL;
    g_autofree char *msg = NULL;
    g_autofree char *context = NULL;
    g_autofree char *pointer = NULL;
    g_autofree char *message = NULL;
    va_list ap;

    if (!state || state->reported)
        return;
    state->reported = true;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);

    if (pctxt->input && pctxt->input->base && pctxt->input->cur) {
        const xmlChar *base = pctxt->input->base;
        const xmlChar *cur = pctxt->input->cur;
        const xmlChar *start = cur;
        const xmlChar *end;

        if (*start == '\n' && start > base)
            start--;
        while (start > base && start[-1] != '\n')
            start--;
        end = start;
        while (*end && *end != '\n' && end - start < 80)
            end++;
        context = g_strndup((const char *)start, end - start);
        pointer = g_strnfill(cur - start, '-');
    }
    if (!context || !*context) {
        /* nothing to show (an empty document): libvirt shows "(null)" */
        g_free(context);
        g_free(pointer);
        context = g_strdup("(null)");
        pointer = g_strdup("");
    }
    message = g_strdup_printf("%s:%d: %s%s\n%s^", state->url, pctxt->input ? pctxt->input->line : 0,
                              msg, context, pointer);
    virRaiseErrorRaw(state->errDomain, VIR_ERR_XML_DETAIL, VIR_ERR_ERROR,
                     "%s", message, NULL, -1, -1, message);
}

/**
 * virXMLXPathContextNew:
 * @doc: the document
 *
 * An XPath context on @doc, as xmlXPathNewContext() makes one but without
 * registering XPath's function library, which costs more than most parses:
 * the expressions the parsers use are answered without it, and
 * virXPathEval() registers it the first time one is not.  Free with
 * xmlXPathFreeContext().
 *
 * Returns the context, or NULL when out of memory.
 */
xmlXPathContextPtr
virXMLXPathContextNew(xmlDocPtr doc)
{
    xmlXPathContextPtr ctxt = xmlMalloc(sizeof(*ctxt));

    if (!ctxt)
        return NULL;
    memset(ctxt, 0, sizeof(*ctxt));
    ctxt->doc = doc;
    ctxt->contextSize = -1;
    ctxt->proximityPosition = -1;
    return ctxt;
}

/**
 * virXMLParse:
 * @filename: file to parse, or NULL
 * @xmlStr: text to parse when @filename is NULL
 * @url: name used in parse errors for text, e.g. "(domain_definition)"
 * @rootName: the required root element, or NULL
 * @ctxt: if not NULL, set to a new XPath context on the root element
 * @errDomain: error domain of parse errors (the caller's)
 *
 * Returns the document, or NULL with an error reported: VIR_ERR_XML_DETAIL
 * "(url):LINE: what\nthe line\n---^" for malformed XML, VIR_ERR_XML_ERROR
 * for a wrong root element, VIR_ERR_XML_ERROR "failed to parse xml
 * document 'FILE'" for an unreadable file.
 */
xmlDocPtr
virXMLParse(const char *filename, const char *xmlStr, const char *url,
            const char *rootName, xmlXPathContextPtr *ctxt, int errDomain)
{
    g_autoptr(xmlDoc) doc = NULL;
    xmlParserCtxtPtr pctxt;
    virXMLParseState state = { .url = url ? url : (filename ? filename : "[inline data]"),
                               .errDomain = errDomain };
    int opts = XML_PARSE_NONET | XML_PARSE_NOWARNING;
    xmlNodePtr root;

    if (!(pctxt = xmlNewParserCtxt())) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    pctxt->_private = &state;
    pctxt->sax->error = virXMLParseErrorHandler;
    pctxt->vctxt.error = NULL;

    if (filename) {
        if (!g_file_test(filename, G_FILE_TEST_IS_REGULAR)) {
            xmlFreeParserCtxt(pctxt);
            virReportError(VIR_ERR_XML_ERROR, _("failed to parse xml document '%1$s'"), filename);
            return NULL;
        }
        doc = xmlCtxtReadFile(pctxt, filename, NULL, opts);
    } else {
        doc = xmlCtxtReadDoc(pctxt, BAD_CAST (xmlStr ? xmlStr : ""), state.url, NULL, opts);
    }
    xmlFreeParserCtxt(pctxt);

    if (!doc) {
        if (!state.reported) {
            if (filename)
                virReportError(VIR_ERR_XML_ERROR, _("failed to parse xml document '%1$s'"), filename);
            else
                virReportError(VIR_ERR_XML_ERROR, "%s", _("failed to parse xml document"));
        }
        return NULL;
    }
    root = xmlDocGetRootElement(doc);
    if (!root) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing root element"));
        return NULL;
    }
    if (rootName && !xmlStrEqual(root->name, BAD_CAST rootName)) {
        virReportError(VIR_ERR_XML_ERROR, _("expecting root element of '%1$s', not '%2$s'"),
                       rootName, (const char *)root->name);
        return NULL;
    }
    if (ctxt) {
        if (!(*ctxt = virXMLXPathContextNew(doc))) {
            virReportError(VIR_ERR_NO_MEMORY, NULL);
            return NULL;
        }
        (*ctxt)->node = root;
    }
    return g_steal_pointer(&doc);
}

/**
 * virXPathNodeRestore:
 * @save: the saved node (VIR_XPATH_NODE_AUTORESTORE)
 */
void
virXPathNodeRestore(virXPathNodeSaved *save)
{
    if (save->ctxt)
        save->ctxt->node = save->node;
}

/* ---- the common expressions, without libxml2's XPath machinery -------------
 *
 * The parsers ask for a few shapes over and over: "./a/b[1]",
 * "string(./a/@b)", "boolean(./a)", "count(./a/b)".  Compiling and running
 * each through xmlXPathEval() was three quarters of the cost of parsing a
 * domain (bench/, docs/performance.md).  Those shapes are walked here
 * directly, with XPath's meaning: a name matches elements (or attributes)
 * without a namespace, "*" every element, [1] keeps each parent's first
 * match, the result is in document order, string() is the string value of
 * the first node.  Anything else -- other functions, predicates, axes,
 * prefixes -- goes to libxml2.  tests/virxpathtest.c checks both give the same answers. */

#define VIR_XPATH_MAX_STEPS 8

typedef enum {
    VIR_XPATH_NODESET,
    VIR_XPATH_STRING,
    VIR_XPATH_BOOLEAN,
    VIR_XPATH_COUNT,
} virXPathFastKind;

typedef struct {
    const char *name;               /* in the expression, not terminated */
    size_t len;
    bool any;                       /* "*": every element */
    bool first;                     /* [1] */
    bool attribute;                 /* @name (last step only) */
} virXPathFastStep;

/* @name (a node's, terminated) is the step's name */
static inline bool
virXPathFastNameIs(const xmlChar *name, const virXPathFastStep *step)
{
    return name[0] == (xmlChar)step->name[0] &&
           strncmp((const char *)name, step->name, step->len) == 0 && name[step->len] == '\0';
}

/* @node is an element the step selects */
static inline bool
virXPathFastElementMatches(xmlNodePtr node, const virXPathFastStep *step)
{
    if (node->type != XML_ELEMENT_NODE)
        return false;
    if (step->any)
        return true;
    return !node->ns && virXPathFastNameIs(node->name, step);
}

static bool
virXPathFastNameChar(char c)
{
    return g_ascii_isalnum(c) || c == '_' || c == '-' || c == '.';
}

/* Splits @xpath into steps; false for a shape left to libxml2. */
static bool
virXPathFastParse(const char *xpath, virXPathFastKind *kind,
                  virXPathFastStep *steps, size_t *nsteps)
{
    const char *p = xpath;
    const char *end = xpath + strlen(xpath);
    size_t skip = 0;

    *kind = VIR_XPATH_NODESET;
    if (p[0] == 's' && strncmp(p, "string(", 7) == 0) {
        *kind = VIR_XPATH_STRING;
        skip = 7;
    } else if (p[0] == 'b' && strncmp(p, "boolean(", 8) == 0) {
        *kind = VIR_XPATH_BOOLEAN;
        skip = 8;
    } else if (p[0] == 'c' && strncmp(p, "count(", 6) == 0) {
        *kind = VIR_XPATH_COUNT;
        skip = 6;
    }
    if (skip) {
        if (end[-1] != ')')
            return false;
        p += skip;
        end--;
    }
    if (end - p < 3 || p[0] != '.' || p[1] != '/')
        return false;
    p += 2;

    *nsteps = 0;
    while (p < end) {
        virXPathFastStep *step;
        size_t len = 0;

        if (*nsteps == VIR_XPATH_MAX_STEPS)
            return false;
        step = &steps[(*nsteps)++];
        step->first = false;
        step->attribute = false;
        step->any = false;
        if (*p == '@') {
            step->attribute = true;
            p++;
        }
        if (*p == '*' && !step->attribute) {
            step->any = true;
            len = 1;
        } else {
            while (p + len < end && virXPathFastNameChar(p[len]))
                len++;
            if (len == 0 || (!g_ascii_isalpha(p[0]) && p[0] != '_'))
                return false;
        }
        step->name = p;
        step->len = len;
        p += len;
        if (p + 3 <= end && strncmp(p, "[1]", 3) == 0) {
            if (step->attribute)
                return false;
            step->first = true;
            p += 3;
        }
        if (p == end)
            break;
        if (*p != '/' || step->attribute || p + 1 == end)
            return false;
        p++;
    }
    return *nsteps > 0;
}

/* The first node, in document order, the steps from @i on select under
 * @node; NULL if none. */
static xmlNodePtr
virXPathFastFirst(xmlNodePtr node, const virXPathFastStep *steps, size_t i, size_t nsteps)
{
    const virXPathFastStep *step = &steps[i];
    xmlNodePtr child;

    if (step->attribute) {
        xmlAttrPtr attr;

        for (attr = node->properties; attr; attr = attr->next) {
            if (!attr->ns && virXPathFastNameIs(attr->name, step))
                return (xmlNodePtr)attr;
        }
        return NULL;
    }
    for (child = node->children; child; child = child->next) {
        xmlNodePtr found;

        if (!virXPathFastElementMatches(child, step))
            continue;
        if (i + 1 == nsteps)
            return child;
        if ((found = virXPathFastFirst(child, steps, i + 1, nsteps)))
            return found;
        if (step->first)
            break;
    }
    return NULL;
}

/* Appends to @out the nodes the steps from @i on select under @node. */
static void
virXPathFastWalk(xmlNodePtr node, const virXPathFastStep *steps, size_t i, size_t nsteps,
                 GPtrArray *out)
{
    const virXPathFastStep *step = &steps[i];
    xmlNodePtr child;

    if (step->attribute) {
        xmlAttrPtr attr;

        for (attr = node->properties; attr; attr = attr->next) {
            if (!attr->ns && virXPathFastNameIs(attr->name, step)) {
                g_ptr_array_add(out, attr);
                break;
            }
        }
        return;
    }
    for (child = node->children; child; child = child->next) {
        if (!virXPathFastElementMatches(child, step))
            continue;
        if (i + 1 == nsteps)
            g_ptr_array_add(out, child);
        else
            virXPathFastWalk(child, steps, i + 1, nsteps, out);
        if (step->first)
            break;
    }
}

/* @xpath as steps, if it is a shape walked here and @ctxt has a node */
static bool
virXPathFastCompile(const char *xpath, xmlXPathContextPtr ctxt, virXPathFastKind *kind,
                    virXPathFastStep *steps, size_t *nsteps)
{
    return ctxt && xpath && ctxt->node && ctxt->node->type == XML_ELEMENT_NODE &&
           virXPathFastParse(xpath, kind, steps, nsteps);
}

/**
 * virXPathEvalFast:
 * @xpath: an expression
 * @ctxt: its context (ctxt->node set)
 *
 * Returns what xmlXPathEval() would, for the shapes described above, or NULL
 * when @xpath is not one of them (the caller then asks libxml2).
 */
xmlXPathObjectPtr
virXPathEvalFast(const char *xpath, xmlXPathContextPtr ctxt)
{
    virXPathFastStep steps[VIR_XPATH_MAX_STEPS];
    g_autoptr(GPtrArray) nodes = NULL;
    virXPathFastKind kind;
    xmlNodeSetPtr set;
    size_t nsteps;
    size_t i;

    if (!virXPathFastCompile(xpath, ctxt, &kind, steps, &nsteps))
        return NULL;

    nodes = g_ptr_array_new();
    virXPathFastWalk(ctxt->node, steps, 0, nsteps, nodes);

    switch (kind) {
    case VIR_XPATH_BOOLEAN:
        return xmlXPathNewBoolean(nodes->len > 0);
    case VIR_XPATH_COUNT:
        return xmlXPathNewFloat(nodes->len);
    case VIR_XPATH_STRING: {
        xmlChar *value;
        xmlXPathObjectPtr obj;

        if (nodes->len == 0)
            return xmlXPathNewCString("");
        value = xmlNodeGetContent(g_ptr_array_index(nodes, 0));
        obj = xmlXPathNewString(value ? value : BAD_CAST "");
        xmlFree(value);
        return obj;
    }
    case VIR_XPATH_NODESET:
        break;
    }
    set = xmlXPathNodeSetCreate(NULL);
    for (i = 0; i < nodes->len; i++)
        xmlXPathNodeSetAdd(set, g_ptr_array_index(nodes, i));
    return xmlXPathWrapNodeSet(set);
}

static xmlXPathObjectPtr
virXPathEval(const char *xpath, xmlXPathContextPtr ctxt)
{
    xmlXPathObjectPtr obj;

    if (!ctxt || !xpath)
        return NULL;
    if ((obj = virXPathEvalFast(xpath, ctxt)))
        return obj;
    /* contexts made by virXMLXPathContextNew() get XPath's functions only
     * when an expression needs libxml2 */
    if (!ctxt->funcHash) {
        if (!(ctxt->funcHash = xmlHashCreate(0)))
            return NULL;
        xmlXPathRegisterAllFunctions(ctxt);
    }
    return xmlXPathEval(BAD_CAST xpath, ctxt);
}

/**
 * virXPathString:
 * @xpath: expression, usually "string(./path)"
 * @ctxt: context
 *
 * Returns the string value (caller frees), or NULL when missing or empty.
 */
char *
virXPathString(const char *xpath, xmlXPathContextPtr ctxt)
{
    virXPathFastStep steps[VIR_XPATH_MAX_STEPS];
    g_autoptr(xmlXPathObject) obj = NULL;
    virXPathFastKind kind;
    size_t nsteps;

    if (virXPathFastCompile(xpath, ctxt, &kind, steps, &nsteps) &&
        kind == VIR_XPATH_STRING) {
        xmlNodePtr node = virXPathFastFirst(ctxt->node, steps, 0, nsteps);
        xmlChar *value;
        char *ret = NULL;

        if (!node || !(value = xmlNodeGetContent(node)))
            return NULL;
        if (value[0])
            ret = g_strdup((const char *)value);
        xmlFree(value);
        return ret;
    }
    obj = virXPathEval(xpath, ctxt);

    if (!obj || obj->type != XPATH_STRING || !obj->stringval || !obj->stringval[0])
        return NULL;
    return g_strdup((const char *)obj->stringval);
}

/* 0 and *value set; -1 missing; -2 not a number of that type */
static int
virXPathNumber(const char *xpath, xmlXPathContextPtr ctxt, bool isSigned, long long *sval,
               unsigned long long *uval)
{
    g_autofree char *str = virXPathString(xpath, ctxt);
    char *end = NULL;

    if (!str)
        return -1;
    errno = 0;
    if (isSigned)
        *sval = g_ascii_strtoll(str, &end, 10);
    else if (str[0] == '-')
        return -2;
    else
        *uval = g_ascii_strtoull(str, &end, 10);
    if (errno || end == str || *end)
        return -2;
    return 0;
}

int
virXPathInt(const char *xpath, xmlXPathContextPtr ctxt, int *value)
{
    long long v = 0;
    int rc = virXPathNumber(xpath, ctxt, true, &v, NULL);

    if (rc < 0)
        return rc;
    if (v < INT_MIN || v > INT_MAX)
        return -2;
    *value = v;
    return 0;
}

int
virXPathUInt(const char *xpath, xmlXPathContextPtr ctxt, unsigned int *value)
{
    unsigned long long v = 0;
    int rc = virXPathNumber(xpath, ctxt, false, NULL, &v);

    if (rc < 0)
        return rc;
    if (v > UINT_MAX)
        return -2;
    *value = v;
    return 0;
}

int
virXPathLongLong(const char *xpath, xmlXPathContextPtr ctxt, long long *value)
{
    return virXPathNumber(xpath, ctxt, true, value, NULL);
}

int
virXPathULongLong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *value)
{
    return virXPathNumber(xpath, ctxt, false, NULL, value);
}

/**
 * virXPathBoolean:
 * @xpath: a boolean expression, e.g. "boolean(./acpi)"
 * @ctxt: context
 *
 * Returns 1 if true, 0 if false, -1 if it could not be evaluated.
 */
int
virXPathBoolean(const char *xpath, xmlXPathContextPtr ctxt)
{
    virXPathFastStep steps[VIR_XPATH_MAX_STEPS];
    g_autoptr(xmlXPathObject) obj = NULL;
    virXPathFastKind kind;
    size_t nsteps;

    if (virXPathFastCompile(xpath, ctxt, &kind, steps, &nsteps) &&
        kind == VIR_XPATH_BOOLEAN)
        return virXPathFastFirst(ctxt->node, steps, 0, nsteps) ? 1 : 0;
    obj = virXPathEval(xpath, ctxt);

    if (!obj || obj->type != XPATH_BOOLEAN)
        return -1;
    return obj->boolval ? 1 : 0;
}

/**
 * virXPathNode:
 * @xpath: expression selecting nodes
 * @ctxt: context
 *
 * Returns the first selected node, or NULL.
 */
xmlNodePtr
virXPathNode(const char *xpath, xmlXPathContextPtr ctxt)
{
    virXPathFastStep steps[VIR_XPATH_MAX_STEPS];
    g_autoptr(xmlXPathObject) obj = NULL;
    virXPathFastKind kind;
    size_t nsteps;

    if (virXPathFastCompile(xpath, ctxt, &kind, steps, &nsteps) &&
        kind == VIR_XPATH_NODESET)
        return virXPathFastFirst(ctxt->node, steps, 0, nsteps);
    obj = virXPathEval(xpath, ctxt);

    if (!obj || obj->type != XPATH_NODESET || !obj->nodesetval || obj->nodesetval->nodeNr <= 0)
        return NULL;
    return obj->nodesetval->nodeTab[0];
}

/**
 * virXPathNodeSet:
 * @xpath: expression selecting nodes
 * @ctxt: context
 * @list: if not NULL, set to a new array of the nodes (caller frees the array)
 *
 * Returns the number of nodes, or -1 with an error reported when the
 * expression is not a node set.
 */
int
virXPathNodeSet(const char *xpath, xmlXPathContextPtr ctxt, xmlNodePtr **list)
{
    virXPathFastStep steps[VIR_XPATH_MAX_STEPS];
    g_autoptr(xmlXPathObject) obj = NULL;
    virXPathFastKind kind;
    size_t nsteps;
    int n;

    if (list)
        *list = NULL;
    if (virXPathFastCompile(xpath, ctxt, &kind, steps, &nsteps) &&
        kind == VIR_XPATH_NODESET) {
        GPtrArray *nodes;

        /* most asked-for elements are absent: nothing to allocate then */
        if (!virXPathFastFirst(ctxt->node, steps, 0, nsteps))
            return 0;
        nodes = g_ptr_array_new();
        virXPathFastWalk(ctxt->node, steps, 0, nsteps, nodes);
        n = nodes->len;
        if (list)
            *list = (xmlNodePtr *)g_ptr_array_free(nodes, FALSE);
        else
            g_ptr_array_free(nodes, TRUE);
        return n;
    }
    obj = virXPathEval(xpath, ctxt);
    if (!obj)
        return 0;
    if (obj->type != XPATH_NODESET) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Incorrect xpath '%1$s'"), xpath);
        return -1;
    }
    if (!obj->nodesetval || obj->nodesetval->nodeNr <= 0)
        return 0;
    n = obj->nodesetval->nodeNr;
    if (list)
        *list = g_memdup2(obj->nodesetval->nodeTab, n * sizeof(xmlNodePtr));
    return n;
}

/**
 * virXMLPropString:
 * @node: an element
 * @name: attribute name
 *
 * Returns the attribute's value (caller frees), or NULL when absent.
 */
char *
virXMLPropString(xmlNodePtr node, const char *name)
{
    xmlChar *val = xmlGetNoNsProp(node, BAD_CAST name);
    char *ret;

    if (!val)
        return NULL;
    ret = g_strdup((const char *)val);
    xmlFree(val);
    return ret;
}

/**
 * virXMLNodeContentString:
 * @node: an element
 *
 * Returns its text content (caller frees; "" when empty).
 */
char *
virXMLNodeContentString(xmlNodePtr node)
{
    xmlChar *val = xmlNodeGetContent(node);
    char *ret = g_strdup(val ? (const char *)val : "");

    xmlFree(val);
    return ret;
}

static int
virXMLPropMissing(xmlNodePtr node, const char *name, virXMLPropFlags flags)
{
    if (flags & VIR_XML_PROP_REQUIRED) {
        virReportError(VIR_ERR_XML_ERROR, _("Missing required attribute '%1$s' in element '%2$s'"),
                       name, (const char *)node->name);
        return -1;
    }
    return 0;
}

static int
virXMLPropBadValue(xmlNodePtr node, const char *name, const char *value, const char *expected)
{
    if (expected)
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected %4$s"),
                       name, (const char *)node->name, value, expected);
    else
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       name, (const char *)node->name, value);
    return -1;
}

static int
virXMLPropZero(xmlNodePtr node, const char *name)
{
    virReportError(VIR_ERR_XML_ERROR,
                   _("Invalid value for attribute '%1$s' in element '%2$s': Zero is not permitted"),
                   name, (const char *)node->name);
    return -1;
}

/**
 * virXMLPropULongLong:
 * @node: an element
 * @name: attribute name
 * @base: 10, 16, or 0 for C prefixes
 * @flags: virXMLPropFlags
 * @result: set when the attribute is present and valid
 *
 * Returns 1 when set, 0 when absent (and not required), -1 with an error.
 */
int
virXMLPropULongLong(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
                    unsigned long long *result)
{
    g_autofree char *value = virXMLPropString(node, name);
    unsigned long long v;
    char *end = NULL;

    if (!value)
        return virXMLPropMissing(node, name, flags);
    errno = 0;
    v = g_ascii_strtoull(value, &end, base);
    if (errno || end == value || *end || value[0] == '-')
        return virXMLPropBadValue(node, name, value, _("non-negative integer value"));
    if ((flags & VIR_XML_PROP_NONZERO) && v == 0)
        return virXMLPropZero(node, name);
    *result = v;
    return 1;
}

int
virXMLPropUInt(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
               unsigned int *result)
{
    unsigned long long v = 0;
    int rc = virXMLPropULongLong(node, name, base, flags, &v);

    if (rc <= 0)
        return rc;
    if (v > UINT_MAX) {
        g_autofree char *value = virXMLPropString(node, name);

        return virXMLPropBadValue(node, name, value, _("non-negative integer value"));
    }
    *result = v;
    return 1;
}

/**
 * virXMLPropInt:
 * @node, @name, @base, @flags: as virXMLPropULongLong()
 * @result: set to the value, or to @defaultResult when absent
 * @defaultResult: value for an absent attribute
 */
int
virXMLPropInt(xmlNodePtr node, const char *name, int base, virXMLPropFlags flags,
              int *result, int defaultResult)
{
    g_autofree char *value = virXMLPropString(node, name);
    long long v;
    char *end = NULL;

    *result = defaultResult;
    if (!value)
        return virXMLPropMissing(node, name, flags);
    errno = 0;
    v = g_ascii_strtoll(value, &end, base);
    if (errno || end == value || *end || v < INT_MIN || v > INT_MAX)
        return virXMLPropBadValue(node, name, value, _("integer value"));
    if ((flags & VIR_XML_PROP_NONZERO) && v == 0)
        return virXMLPropZero(node, name);
    *result = v;
    return 1;
}

/**
 * virXMLPropEnum:
 * @node: an element
 * @name: attribute name
 * @strToInt: the enum's FromString function
 * @flags: virXMLPropFlags; NONZERO refuses the enum's value 0
 * @result: set when present and valid
 *
 * Returns 1 when set, 0 when absent (and not required), -1 with an error.
 */
int
virXMLPropEnum(xmlNodePtr node, const char *name, int (*strToInt)(const char *),
               virXMLPropFlags flags, unsigned int *result)
{
    g_autofree char *value = virXMLPropString(node, name);
    int v;

    if (!value)
        return virXMLPropMissing(node, name, flags);
    if ((v = strToInt(value)) < 0)
        return virXMLPropBadValue(node, name, value, NULL);
    if ((flags & VIR_XML_PROP_NONZERO) && v == 0)
        return virXMLPropBadValue(node, name, value, NULL);
    *result = v;
    return 1;
}

int
virXMLPropTristateBool(xmlNodePtr node, const char *name, virXMLPropFlags flags,
                       virTristateBool *result)
{
    unsigned int v = VIR_TRISTATE_BOOL_ABSENT;
    int rc;

    *result = VIR_TRISTATE_BOOL_ABSENT;
    rc = virXMLPropEnum(node, name, virTristateBoolTypeFromString,
                        flags | VIR_XML_PROP_NONZERO, &v);
    if (rc == 1)
        *result = v;
    return rc;
}

int
virXMLPropTristateSwitch(xmlNodePtr node, const char *name, virXMLPropFlags flags,
                         virTristateSwitch *result)
{
    unsigned int v = VIR_TRISTATE_SWITCH_ABSENT;
    int rc;

    *result = VIR_TRISTATE_SWITCH_ABSENT;
    rc = virXMLPropEnum(node, name, virTristateSwitchTypeFromString,
                        flags | VIR_XML_PROP_NONZERO, &v);
    if (rc == 1)
        *result = v;
    return rc;
}


/* ---- RelaxNG validation ---------------------------------------------------------- */

typedef struct {
    virBuffer buf;
} virXMLSchemaErrors;

static void
virXMLSchemaErrorHandler(void *opaque, const char *fmt, ...)
{
    virXMLSchemaErrors *errors = opaque;
    va_list ap;

    va_start(ap, fmt);
    virBufferVasprintf(&errors->buf, fmt, ap);
    va_end(ap);
}

/* The schema @name: in $LIBVIRT_SCHEMA_DIR (the build tree's ./run and the
 * tests point it at docs/schemas), else in the installed data directory.
 * @searched gets the folders looked in. */
static char *
virXMLSchemaFind(const char *name, GString *searched)
{
    const char *dirs[2] = { g_getenv("LIBVIRT_SCHEMA_DIR"), NULL };
    g_autofree char *installed = g_build_filename(PKGDATADIR, "schemas", NULL);
    size_t i;

    dirs[1] = installed;
    for (i = 0; i < G_N_ELEMENTS(dirs); i++) {
        g_autofree char *path = NULL;

        if (!dirs[i] || !*dirs[i])
            continue;
        path = g_build_filename(dirs[i], name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
            return g_steal_pointer(&path);
        g_string_append_printf(searched, "%s%s", searched->len ? ", " : "", dirs[i]);
    }
    return NULL;
}

/**
 * virXMLValidateAgainstSchema:
 * @doc: a parsed document
 * @name: the RelaxNG schema's file name ("domain.rng", "network.rng", ...)
 *
 * Validates @doc as libvirt's *_VALIDATE flags do, with libvirt's
 * VIR_ERR_XML_INVALID_SCHEMA report listing what the validator found.  A
 * schema that is not installed is an error: asked to validate, nothing
 * passes unchecked.
 *
 * Returns 0 if valid, -1 with an error reported.
 */
int
virXMLValidateAgainstSchema(xmlDocPtr doc, const char *name)
{
    g_autoptr(GString) searched = g_string_new(NULL);
    g_autofree char *schema = virXMLSchemaFind(name, searched);
    virXMLSchemaErrors state = { VIR_BUFFER_INITIALIZER };
    xmlRelaxNGParserCtxtPtr pctxt;
    xmlRelaxNGPtr rng;
    xmlRelaxNGValidCtxtPtr vctxt;
    int rc;

    if (!schema) {
        /* asked to validate, a missing schema must not pass as valid */
        virReportErrorFull(VIR_FROM_XML, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                           _("cannot validate: the schema '%1$s' is not installed (looked in %2$s)"),
                           name, searched->str);
        return -1;
    }
    if (!(pctxt = xmlRelaxNGNewParserCtxt(schema))) {
        virRaiseErrorRaw(VIR_FROM_XML, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, NULL, NULL, NULL,
                         -1, -1, "internal error: Unable to create RNG parser");
        return -1;
    }
    xmlRelaxNGSetParserErrors(pctxt, virXMLSchemaErrorHandler,
                              virXMLSchemaErrorHandler, &state);
    rng = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!rng) {
        g_autofree char *detail = virBufferContentAndReset(&state.buf);
        g_autofree char *msg = g_strdup_printf("internal error: Unable to parse RNG %s: %s",
                                               schema, detail ? detail : "");

        virRaiseErrorRaw(VIR_FROM_XML, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, NULL, NULL, NULL,
                         -1, -1, msg);
        return -1;
    }
    vctxt = xmlRelaxNGNewValidCtxt(rng);
    xmlRelaxNGSetValidErrors(vctxt, virXMLSchemaErrorHandler, virXMLSchemaErrorHandler,
                             &state);
    rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlRelaxNGFree(rng);
    if (rc != 0) {
        g_autofree char *detail = virBufferContentAndReset(&state.buf);
        g_autofree char *msg = g_strdup_printf("%s: Unable to validate doc against %s\n%s",
                                               _("XML document failed to validate against schema"),
                                               schema, detail ? detail : "");

        virRaiseErrorRaw(VIR_FROM_XML, VIR_ERR_XML_INVALID_SCHEMA, VIR_ERR_ERROR, msg, NULL,
                         NULL, -1, -1, msg);
        return -1;
    }
    virBufferFreeAndReset(&state.buf);
    return 0;
}
