/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virxmltest.c: XML parsing errors as libvirt words them, XPath and
 * attribute helpers, and the formatting buffer
 */
#include <config.h>

#include "internal.h"
#include "virxml.h"
#include "virbuffer.h"
#include "virerror.h"

typedef struct {
    const char *xml;
    int code;
    int domain;
    const char *message;
} virTestParseCase;

/* Observed on libvirt 9.0 (virDomainDefineXML on its test driver). */
static const virTestParseCase parseCases[] = {
    { "garbage here\n", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
      "(domain_definition):1: Start tag expected, '<' not found\ngarbage here\n^" },
    { "<domain type=\"test\">\n  <name>x</name>\n  <memory>1024\n</domain>\n",
      VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
      "(domain_definition):4: Opening and ending tag mismatch: memory line 3 and domain\n"
      "</domain>\n---------^" },
    { "<a>\n\tbad\n<b></a>", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
      "(domain_definition):3: Opening and ending tag mismatch: b line 3 and a\n<b></a>\n-------^" },
    { "", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
      "(domain_definition):1: Document is empty\n(null)\n^" },
    { "<foo/>", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: expecting root element of 'domain', not 'foo'" },
};

static void
testParseErrors(gconstpointer data)
{
    const virTestParseCase *tc = data;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = NULL;

    virResetLastError();
    doc = virXMLParseString(tc->xml, "(domain_definition)", "domain", &ctxt, VIR_FROM_DOMAIN);
    g_assert_null(doc);
    g_assert_cmpint(virGetLastErrorCode(), ==, tc->code);
    g_assert_cmpint(virGetLastErrorDomain(), ==, tc->domain);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, tc->message);
}

static void
testParseFileMissing(void)
{
    g_assert_null(virXMLParseFile("/nonexistent.xml", "node", NULL, VIR_FROM_TEST));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: failed to parse xml document '/nonexistent.xml'");
}

static void
testXPath(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseString(
        "<domain type='test'><name>demo</name><memory unit='KiB'>1024</memory>"
        "<vcpu>-2</vcpu><id>x</id><devices><disk/><disk/></devices></domain>",
        NULL, "domain", &ctxt, VIR_FROM_DOMAIN);
    g_autofree char *name = NULL;
    g_autofree xmlNodePtr *disks = NULL;
    unsigned long long mem = 0;
    unsigned int u = 0;
    int i = 0;

    g_assert_nonnull(doc);
    name = virXPathString("string(./name)", ctxt);
    g_assert_cmpstr(name, ==, "demo");
    g_assert_null(virXPathString("string(./title)", ctxt));
    g_assert_cmpint(virXPathULongLong("string(./memory)", ctxt, &mem), ==, 0);
    g_assert_cmpuint(mem, ==, 1024);
    g_assert_cmpint(virXPathUInt("string(./vcpu)", ctxt, &u), ==, -2);
    g_assert_cmpint(virXPathInt("string(./vcpu)", ctxt, &i), ==, 0);
    g_assert_cmpint(i, ==, -2);
    g_assert_cmpint(virXPathInt("string(./id)", ctxt, &i), ==, -2);
    g_assert_cmpint(virXPathInt("string(./missing)", ctxt, &i), ==, -1);
    g_assert_cmpint(virXPathBoolean("boolean(./devices)", ctxt), ==, 1);
    g_assert_cmpint(virXPathNodeSet("./devices/disk", ctxt, &disks), ==, 2);
    g_assert_nonnull(disks);

    {
        VIR_XPATH_NODE_AUTORESTORE(ctxt);
        ctxt->node = virXPathNode("./devices", ctxt);
        g_assert_cmpint(virXPathNodeSet("./disk", ctxt, NULL), ==, 2);
    }
    g_assert_cmpstr((const char *)ctxt->node->name, ==, "domain");
}

static void
testProps(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseString(
        "<e n='42' neg='-1' z='0' bad='4x' yes='yes' sw='on' what='maybe'/>",
        NULL, "e", &ctxt, VIR_FROM_DOMAIN);
    xmlNodePtr node = ctxt->node;
    unsigned int u = 0;
    int i = 0;
    virTristateBool tb;
    virTristateSwitch ts;

    g_assert_cmpint(virXMLPropUInt(node, "n", 10, VIR_XML_PROP_NONE, &u), ==, 1);
    g_assert_cmpuint(u, ==, 42);
    g_assert_cmpint(virXMLPropUInt(node, "absent", 10, VIR_XML_PROP_NONE, &u), ==, 0);
    g_assert_cmpint(virXMLPropUInt(node, "absent", 10, VIR_XML_PROP_REQUIRED, &u), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: Missing required attribute 'absent' in element 'e'");
    g_assert_cmpint(virXMLPropUInt(node, "bad", 10, VIR_XML_PROP_NONE, &u), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: Invalid value for attribute 'bad' in element 'e': '4x'. Expected non-negative integer value");
    g_assert_cmpint(virXMLPropUInt(node, "neg", 10, VIR_XML_PROP_NONE, &u), ==, -1);
    g_assert_cmpint(virXMLPropInt(node, "neg", 10, VIR_XML_PROP_NONE, &i, 7), ==, 1);
    g_assert_cmpint(i, ==, -1);
    g_assert_cmpint(virXMLPropUInt(node, "z", 10, VIR_XML_PROP_NONZERO, &u), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: Invalid value for attribute 'z' in element 'e': Zero is not permitted");
    g_assert_cmpint(virXMLPropTristateBool(node, "yes", VIR_XML_PROP_NONE, &tb), ==, 1);
    g_assert_cmpint(tb, ==, VIR_TRISTATE_BOOL_YES);
    g_assert_cmpint(virXMLPropTristateSwitch(node, "sw", VIR_XML_PROP_NONE, &ts), ==, 1);
    g_assert_cmpint(ts, ==, VIR_TRISTATE_SWITCH_ON);
    g_assert_cmpint(virXMLPropTristateBool(node, "what", VIR_XML_PROP_NONE, &tb), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: Invalid value for attribute 'what' in element 'e': 'maybe'.");
    g_assert_cmpint(tb, ==, VIR_TRISTATE_BOOL_ABSENT);
}

static void
testBuffer(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *out = NULL;

    virBufferAddLit(&buf, "<domain>\n");
    virBufferAdjustIndent(&buf, 2);
    virBufferEscapeString(&buf, "<name>%s</name>\n", "a<b>&'\"");
    virBufferEscapeString(&buf, "<title>%s</title>\n", NULL);
    virBufferAsprintf(&buf, "<memory unit='%s'>%llu</memory>\n", "KiB", 1024ULL);
    virBufferAddLit(&buf, "<devices>\n");
    virBufferAdjustIndent(&buf, 2);
    virBufferAddLit(&buf, "<disk");
    virBufferAddLit(&buf, " type='file'/>\n");
    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</devices>\n");
    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</domain>\n");
    out = virBufferContentAndReset(&buf);
    g_assert_cmpstr(out, ==,
                    "<domain>\n"
                    "  <name>a&lt;b&gt;&amp;&apos;&quot;</name>\n"
                    "  <memory unit='KiB'>1024</memory>\n"
                    "  <devices>\n"
                    "    <disk type='file'/>\n"
                    "  </devices>\n"
                    "</domain>\n");
    g_assert_null(virBufferContentAndReset(&buf));
    virBufferAddLit(&buf, "x,,");
    virBufferTrimChars(&buf, ",");
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "x");
}

/* ---- the fast XPath shapes answer as libxml2 does ------------------------- */

static bool
testXPathSameObject(xmlXPathObjectPtr a, xmlXPathObjectPtr b)
{
    int i;

    if (a->type != b->type)
        return false;
    switch (a->type) {
    case XPATH_STRING:
        return xmlStrEqual(a->stringval, b->stringval);
    case XPATH_BOOLEAN:
        return a->boolval == b->boolval;
    case XPATH_NUMBER:
        return a->floatval == b->floatval;
    case XPATH_NODESET:
        if (xmlXPathNodeSetGetLength(a->nodesetval) != xmlXPathNodeSetGetLength(b->nodesetval))
            return false;
        for (i = 0; i < xmlXPathNodeSetGetLength(a->nodesetval); i++) {
            if (a->nodesetval->nodeTab[i] != b->nodesetval->nodeTab[i])
                return false;
        }
        return true;
    default:
        return false;
    }
}

/* every expression literal of core/conf, plus some the fast path must
 * decline or get right at its edges */
static GPtrArray *
testXPathExpressions(void)
{
    static const char *const extra[] = {
        "./devices/disk", "./devices/disk[1]/target/@dev", "string(./devices/disk/target/@dev)",
        "count(./devices/*)", "count(./devices/interface)", "boolean(./features/acpi)",
        "string(./os)", "string(./nosuch)", "./nosuch/deeper", "string(./@type)",
        "string(./name[2])", "./devices/disk[@type='file']", "string(./memory/@unit)",
        "./x:y", "string(./a//b)", "./", "string(.)", "count(./devices/disk/@type)",
    };
    const char *srcdir = g_getenv("G_TEST_SRCDIR");
    g_autofree char *confdir = g_build_filename(srcdir ? srcdir : ".", "..", "core", "conf", NULL);
    g_autoptr(GRegex) re = g_regex_new("virXPath[A-Za-z]*\\(\"([^\"]+)\"", 0, 0, NULL);
    GPtrArray *exprs = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GDir) dir = g_dir_open(confdir, 0, NULL);
    const char *file;
    size_t i;

    g_assert_nonnull(dir);
    while ((file = g_dir_read_name(dir))) {
        g_autofree char *path = NULL;
        g_autofree char *text = NULL;
        g_autoptr(GMatchInfo) match = NULL;

        if (!g_str_has_suffix(file, ".c"))
            continue;
        path = g_build_filename(confdir, file, NULL);
        g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
        g_regex_match(re, text, 0, &match);
        while (g_match_info_matches(match)) {
            g_ptr_array_add(exprs, g_match_info_fetch(match, 1));
            g_match_info_next(match, NULL);
        }
    }
    for (i = 0; i < G_N_ELEMENTS(extra); i++)
        g_ptr_array_add(exprs, g_strdup(extra[i]));
    g_assert_cmpuint(exprs->len, >, 150);
    return exprs;
}

static void
testXPathFastCompare(xmlXPathContextPtr ctxt, xmlNodePtr node, GPtrArray *exprs,
                     size_t *fast)
{
    size_t i;

    ctxt->node = node;
    for (i = 0; i < exprs->len; i++) {
        const char *expr = g_ptr_array_index(exprs, i);
        g_autoptr(xmlXPathObject) quick = virXPathEvalFast(expr, ctxt);
        g_autoptr(xmlXPathObject) slow = NULL;

        if (!quick)
            continue;
        (*fast)++;
        slow = xmlXPathEval(BAD_CAST expr, ctxt);
        if (!slow || !testXPathSameObject(quick, slow))
            g_error("%s at <%s>: the fast path differs from libxml2", expr,
                    (const char *)node->name);
    }
}

static void
testXPathFast(void)
{
    const char *srcdir = g_getenv("G_TEST_SRCDIR");
    g_autofree char *datadir = g_build_filename(srcdir ? srcdir : ".", "domainxml2xmldata", NULL);
    g_autoptr(GPtrArray) exprs = testXPathExpressions();
    g_autoptr(GDir) dir = g_dir_open(datadir, 0, NULL);
    const char *file;
    size_t docs = 0;
    size_t fast = 0;

    g_assert_nonnull(dir);
    while ((file = g_dir_read_name(dir))) {
        g_autofree char *path = NULL;
        g_autoptr(xmlDoc) doc = NULL;
        g_autoptr(xmlXPathContext) ctxt = NULL;
        xmlNodePtr root;
        xmlNodePtr child;

        if (!g_str_has_suffix(file, ".xml"))
            continue;
        path = g_build_filename(datadir, file, NULL);
        if (!(doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING |
                                XML_PARSE_NOERROR)))
            continue;
        root = xmlDocGetRootElement(doc);
        ctxt = xmlXPathNewContext(doc);
        docs++;
        /* the root and every element two levels down: where the parsers ask */
        testXPathFastCompare(ctxt, root, exprs, &fast);
        for (child = root->children; child; child = child->next) {
            xmlNodePtr grand;

            if (child->type != XML_ELEMENT_NODE)
                continue;
            testXPathFastCompare(ctxt, child, exprs, &fast);
            for (grand = child->children; grand; grand = grand->next) {
                if (grand->type == XML_ELEMENT_NODE)
                    testXPathFastCompare(ctxt, grand, exprs, &fast);
            }
        }
    }
    g_assert_cmpuint(docs, >, 20);
    g_assert_cmpuint(fast, >, 10000);
}

int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    for (i = 0; i < G_N_ELEMENTS(parseCases); i++) {
        g_autofree char *name = g_strdup_printf("/xml/parse-error/%zu", i);

        g_test_add_data_func(name, &parseCases[i], testParseErrors);
    }
    g_test_add_func("/xml/parse-file-missing", testParseFileMissing);
    g_test_add_func("/xml/xpath", testXPath);
    g_test_add_func("/xml/xpath-fast", testXPathFast);
    g_test_add_func("/xml/props", testProps);
    g_test_add_func("/xml/buffer", testBuffer);
    return g_test_run();
}
