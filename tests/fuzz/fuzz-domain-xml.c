/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * fuzz-domain-xml.c: libFuzzer harness for the domain XML parser and formatter
 *
 * Each input is taken as a domain document.  If the parser accepts it, the
 * formatter must succeed, and what it writes must parse again (the domain
 * driver stores exactly that text) and format to the same text: a document
 * we write is one we read back unchanged.  Any other outcome, or any
 * sanitizer report, is a bug.  Refusing an input is fine.  With
 * FUZZ_DOMAIN_RNG=docs/schemas/domain.rng in the environment, the output
 * must also be valid against the schema.
 *
 * Build and run: see README in this folder (run-fuzz.sh does both).
 */
#include <config.h>

#include <stdlib.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "internal.h"
#include "virdomaindef.h"

/* What the test driver's define does: a persistent definition, dumped the
 * way "virsh dumpxml --inactive --security-info" shows it. */
#ifndef FUZZ_PARSE_FLAGS
# define FUZZ_PARSE_FLAGS VIR_DOMAIN_DEF_PARSE_INACTIVE
#endif
#ifndef FUZZ_FORMAT_FLAGS
# define FUZZ_FORMAT_FLAGS (VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE)
#endif

/* Larger inputs only slow the fuzzer down; no interesting document is big. */
#define FUZZ_MAX_INPUT (64 * 1024)

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Set from $FUZZ_DOMAIN_RNG: what we write must also be valid against it. */
static xmlRelaxNGPtr fuzzSchema;

static void
fuzzFail(const char *what, const char *xml, const char *out1, const char *out2)
{
    fprintf(stderr, "fuzz-domain-xml: %s\n", what);
    fprintf(stderr, "--- input ---\n%s\n", xml);
    if (out1)
        fprintf(stderr, "--- first format ---\n%s", out1);
    if (out2)
        fprintf(stderr, "--- second format ---\n%s", out2);
    fprintf(stderr, "--- last error: %s\n",
            virGetLastErrorMessage() ? virGetLastErrorMessage() : "(none)");
    abort();
}

static void G_GNUC_PRINTF(2, 3)
fuzzSilence(void *opaque, const char *fmt, ...)
{
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *rng = getenv("FUZZ_DOMAIN_RNG");
    xmlRelaxNGParserCtxtPtr pctxt;

    if (!rng || !*rng)
        return 0;
    pctxt = xmlRelaxNGNewParserCtxt(rng);
    fuzzSchema = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!fuzzSchema) {
        fprintf(stderr, "fuzz-domain-xml: cannot load schema %s\n", rng);
        exit(1);
    }
    return 0;
}

/* Returns true if @xml is valid against fuzzSchema (or there is none). */
static bool
fuzzSchemaValid(const char *xml)
{
    xmlDocPtr doc;
    xmlRelaxNGValidCtxtPtr vctxt;
    int rc;

    if (!fuzzSchema)
        return true;
    if (!(doc = xmlReadMemory(xml, strlen(xml), "out.xml", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)))
        return false;
    vctxt = xmlRelaxNGNewValidCtxt(fuzzSchema);
    xmlRelaxNGSetValidErrors(vctxt, fuzzSilence, fuzzSilence, NULL);
    rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlFreeDoc(doc);
    return rc == 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_autofree char *xml = NULL;
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) again = NULL;
    g_autoptr(virDomainDef) third = NULL;
    g_autofree char *out1 = NULL;
    g_autofree char *out2 = NULL;
    g_autofree char *out3 = NULL;

    if (size > FUZZ_MAX_INPUT)
        return -1;                    /* not added to the corpus */

    /* the parser takes a C string: stop at the first NUL like a caller would */
    xml = g_strndup((const char *) data, size);

    if (!(def = virDomainDefParseString(xml, FUZZ_PARSE_FLAGS))) {
        virResetLastError();
        return 0;
    }

    if (!(out1 = virDomainDefFormat(def, FUZZ_FORMAT_FLAGS)))
        fuzzFail("formatting a parsed domain failed", xml, NULL, NULL);

    if (!fuzzSchemaValid(out1))
        fuzzFail("our own output is not valid against the schema", xml, out1, NULL);

    if (!(again = virDomainDefParseString(out1, FUZZ_PARSE_FLAGS)))
        fuzzFail("our own output does not parse", xml, out1, NULL);

    if (!(out2 = virDomainDefFormat(again, FUZZ_FORMAT_FLAGS)))
        fuzzFail("formatting the re-parsed domain failed", xml, out1, NULL);

    /* As libvirt, a first round may still move implicit devices (disk order
     * by derived bus, implicit controllers, console numbering); from the
     * second round on the text must not change. */
    if (!(third = virDomainDefParseString(out2, FUZZ_PARSE_FLAGS)))
        fuzzFail("our second output does not parse", xml, out2, NULL);
    if (!(out3 = virDomainDefFormat(third, FUZZ_FORMAT_FLAGS)))
        fuzzFail("formatting the third round failed", xml, out2, NULL);
    if (!g_str_equal(out2, out3))
        fuzzFail("output is not stable from the second round on", xml, out2, out3);

    virResetLastError();
    return 0;
}
