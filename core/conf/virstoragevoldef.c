/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virstoragevoldef.c: storage volume XML definition (parse, format, free)
 */
#include <config.h>

#include <errno.h>

#include "virstoragevoldef.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_ENUM_IMPL(virStorageVol, VIR_STORAGE_VOL_TYPE_LAST,
              "file", "block", "dir", "network", "netdir", "ploop");

VIR_ENUM_IMPL(virStorageFileFormat, VIR_STORAGE_FILE_LAST,
              "none", "raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi",
              "fat", "vhd", "ploop", "cow", "qcow", "qcow2", "qed", "vmdk");

VIR_ENUM_IMPL(virStorageVolFormatDisk, VIR_STORAGE_VOL_DISK_LAST,
              "none", "linux", "fat16", "fat32", "linux-swap", "linux-lvm",
              "linux-raid", "extended");

VIR_ENUM_IMPL(virStorageFileFeature, VIR_STORAGE_FILE_FEATURE_LAST,
              "lazy_refcounts", "extended_l2");

VIR_ENUM_IMPL(virStorageEncryptionFormat, VIR_STORAGE_ENCRYPTION_FORMAT_LAST,
              "default", "qcow", "luks", "luks2");

VIR_ENUM_IMPL(virStorageEncryptionEngine, VIR_STORAGE_ENCRYPTION_ENGINE_LAST,
              "default", "qemu", "librbd");

VIR_ENUM_IMPL(virStorageEncryptionSecret, VIR_STORAGE_ENCRYPTION_SECRET_TYPE_LAST,
              "passphrase");


/* ---- <encryption> ---- */

/**
 * virStorageEncryptionFree:
 * @enc: encryption description to free; NULL is fine
 */
void
virStorageEncryptionFree(virStorageEncryption *enc)
{
    size_t i;

    if (!enc)
        return;
    for (i = 0; i < enc->nsecrets; i++)
        virStorageSecretLookupClear(&enc->secrets[i].seclookup);
    g_free(enc->secrets);
    g_free(enc->cipherName);
    g_free(enc->cipherMode);
    g_free(enc->cipherHash);
    g_free(enc->ivgenName);
    g_free(enc->ivgenHash);
    g_free(enc);
}

static int
virStorageEncryptionSecretParseXML(xmlNodePtr node, virStorageEncryptionSecret *secret)
{
    g_autofree char *type = virXMLPropString(node, "type");
    int val;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("unknown volume encryption secret type"));
        return -1;
    }
    if ((val = virStorageEncryptionSecretTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown volume encryption secret type %1$s"), type);
        return -1;
    }
    secret->type = val;
    return virStorageSecretLookupParseXML(node, &secret->seclookup);
}

static int
virStorageEncryptionParseCipher(xmlNodePtr node, virStorageEncryption *enc)
{
    g_autofree char *size = NULL;
    unsigned long long val;
    char *end = NULL;

    if (!(enc->cipherName = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("cipher info missing 'name' attribute"));
        return -1;
    }
    if (!(size = virXMLPropString(node, "size"))) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"),
                       "size", "cipher");
        return -1;
    }
    errno = 0;
    val = g_ascii_strtoull(size, &end, 10);
    if (errno || end == size || *end || strchr(size, '-') || val > UINT_MAX) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected non-negative integer value"),
                       "size", "cipher", size);
        return -1;
    }
    enc->cipherSize = val;
    enc->cipherMode = virXMLPropString(node, "mode");
    enc->cipherHash = virXMLPropString(node, "hash");
    return 0;
}

static virStorageEncryption *
virStorageEncryptionParseXML(xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStorageEncryption) enc = g_new0(virStorageEncryption, 1);
    g_autofree char *format = NULL;
    g_autofree xmlNodePtr *nodes = NULL;
    unsigned int engine = VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT;
    xmlNodePtr node;
    int val;
    int n;
    size_t i;

    if (!(format = virXMLPropString(ctxt->node, "format"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("unknown volume encryption format"));
        return NULL;
    }
    if ((val = virStorageEncryptionFormatTypeFromString(format)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown volume encryption format type %1$s"), format);
        return NULL;
    }
    enc->format = val;

    if (virXMLPropEnum(ctxt->node, "engine", virStorageEncryptionEngineTypeFromString,
                       VIR_XML_PROP_NONZERO, &engine) < 0)
        return NULL;
    enc->engine = engine;

    if ((n = virXPathNodeSet("./secret", ctxt, &nodes)) < 0)
        return NULL;
    if (n > 0)
        enc->secrets = g_new0(virStorageEncryptionSecret, n);
    for (i = 0; i < (size_t)n; i++) {
        if (virStorageEncryptionSecretParseXML(nodes[i], &enc->secrets[enc->nsecrets++]) < 0)
            return NULL;
    }

    if ((node = virXPathNode("./cipher", ctxt)) &&
        virStorageEncryptionParseCipher(node, enc) < 0)
        return NULL;

    if ((node = virXPathNode("./ivgen", ctxt))) {
        if (!enc->cipherName) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("ivgen element found, but cipher is missing"));
            return NULL;
        }
        if (!(enc->ivgenName = virXMLPropString(node, "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing ivgen info name string"));
            return NULL;
        }
        enc->ivgenHash = virXMLPropString(node, "hash");
    }

    return g_steal_pointer(&enc);
}

static void
virStorageEncryptionFormatXML(virBuffer *buf, const virStorageEncryption *enc)
{
    size_t i;

    virBufferAsprintf(buf, "<encryption format='%s'",
                      virStorageEncryptionFormatTypeToString(enc->format));
    if (enc->engine != VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT)
        virBufferAsprintf(buf, " engine='%s'",
                          virStorageEncryptionEngineTypeToString(enc->engine));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    for (i = 0; i < enc->nsecrets; i++)
        virStorageSecretLookupFormat(buf,
                                     virStorageEncryptionSecretTypeToString(enc->secrets[i].type),
                                     &enc->secrets[i].seclookup);

    if (enc->cipherName) {
        virBufferEscapeString(buf, "<cipher name='%s'", enc->cipherName);
        virBufferAsprintf(buf, " size='%u'", enc->cipherSize);
        virBufferEscapeString(buf, " mode='%s'", enc->cipherMode);
        virBufferEscapeString(buf, " hash='%s'", enc->cipherHash);
        virBufferAddLit(buf, "/>\n");
    }
    if (enc->ivgenName) {
        virBufferEscapeString(buf, "<ivgen name='%s'", enc->ivgenName);
        virBufferEscapeString(buf, " hash='%s'", enc->ivgenHash);
        virBufferAddLit(buf, "/>\n");
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</encryption>\n");
}


/* ---- the volume ---- */

static void
virStorageVolBackingStoreFree(virStorageVolBackingStore *backing)
{
    if (!backing)
        return;
    g_free(backing->path);
    virStoragePermsClear(&backing->perms);
    g_free(backing);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageVolBackingStore, virStorageVolBackingStoreFree);

/**
 * virStorageVolDefFree:
 * @def: definition to free; NULL and half-parsed definitions are fine
 */
void
virStorageVolDefFree(virStorageVolDef *def)
{
    if (!def)
        return;
    g_free(def->name);
    g_free(def->key);
    g_free(def->target.path);
    virStoragePermsClear(&def->target.perms);
    virStorageEncryptionFree(def->target.encryption);
    g_free(def->target.compat);
    virStorageVolBackingStoreFree(def->backingStore);
    g_free(def);
}

/* The <format type=...> at @xpath, with the pool type's formats. */
static int
virStorageVolDefParseFormat(xmlXPathContextPtr ctxt, const char *xpath,
                            const virStorageVolOptions *options, int *format)
{
    g_autofree char *str = NULL;

    if (!options->formatFromString)
        return 0;
    if (!(str = virXPathString(xpath, ctxt))) {
        *format = options->defaultFormat;
        return 0;
    }
    if ((*format = options->formatFromString(str)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume format type %1$s"), str);
        return -1;
    }
    return 0;
}

/* A size with a unit.  libvirt names capacity whatever the element was. */
static int
virStorageVolDefParseSize(const char *unit, const char *value, unsigned long long *result)
{
    if (virUnitsStrToULongLong(value, result) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed capacity element"));
        return -1;
    }
    /* libvirt keeps volume sizes within a signed 64-bit range */
    return virUnitsScaleInteger(result, unit, 1, LLONG_MAX);
}

static int
virStorageVolDefParseBackingStore(xmlXPathContextPtr ctxt, virStorageVolDef *def,
                                  const virStorageVolOptions *options)
{
    g_autoptr(virStorageVolBackingStore) backing = NULL;
    g_autofree char *path = NULL;

    if (!(path = virXPathString("string(./backingStore/path)", ctxt)))
        return 0;

    backing = g_new0(virStorageVolBackingStore, 1);
    backing->path = g_steal_pointer(&path);
    if (virStorageVolDefParseFormat(ctxt, "string(./backingStore/format/@type)",
                                    options, &backing->format) < 0 ||
        virStoragePermsParseXML(ctxt, "./backingStore/permissions", &backing->perms) < 0)
        return -1;
    def->backingStore = g_steal_pointer(&backing);
    return 0;
}

static int
virStorageVolDefParseSizes(xmlXPathContextPtr ctxt, virStorageVolDef *def,
                           unsigned int flags)
{
    g_autofree char *capacity = virXPathString("string(./capacity)", ctxt);
    g_autofree char *allocation = virXPathString("string(./allocation)", ctxt);
    g_autofree char *unit = NULL;

    if (capacity) {
        unit = virXPathString("string(./capacity/@unit)", ctxt);
        if (virStorageVolDefParseSize(unit, capacity, &def->capacity) < 0)
            return -1;
    } else if (!(flags & VIR_STORAGE_VOL_DEF_PARSE_NO_CAPACITY) &&
               !((flags & VIR_STORAGE_VOL_DEF_PARSE_OPT_CAPACITY) && def->backingStore)) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing capacity element"));
        return -1;
    }

    if (allocation) {
        g_free(unit);
        unit = virXPathString("string(./allocation/@unit)", ctxt);
        if (virStorageVolDefParseSize(unit, allocation, &def->allocation) < 0)
            return -1;
    } else {
        def->allocation = def->capacity;
    }
    return 0;
}

/* A non-negative number that fits an unsigned int, blanks before it allowed. */
static bool
virStorageVolDefIsCompatPart(const char *str)
{
    char *end = NULL;
    unsigned long long val;

    if (!str)
        return false;
    errno = 0;
    val = g_ascii_strtoull(str, &end, 10);
    return errno == 0 && end != str && *end == '\0' && val <= UINT_MAX;
}

/* "MAJOR.MINOR", as qemu-img's compat option takes it. */
static int
virStorageVolDefCheckCompat(const char *compat)
{
    g_auto(GStrv) parts = g_strsplit(compat, ".", 2);

    if (!virStorageVolDefIsCompatPart(parts[0]) ||
        !virStorageVolDefIsCompatPart(parts[1])) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("forbidden characters in 'compat' attribute"));
        return -1;
    }
    return 0;
}

static int
virStorageVolDefParseFeatures(xmlXPathContextPtr ctxt, virStorageVolTarget *target)
{
    xmlNodePtr features;
    xmlNodePtr cur;

    if (!(features = virXPathNode("./target/features", ctxt)))
        return 0;

    target->hasFeatures = true;
    /* listing features means qcow2 v3 */
    if (!target->compat)
        target->compat = g_strdup("1.1");

    for (cur = features->children; cur; cur = cur->next) {
        int f;

        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if ((f = virStorageFileFeatureTypeFromString((const char *)cur->name)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported feature %1$s"),
                           (const char *)cur->name);
            return -1;
        }
        target->features[f] = true;
    }
    return 0;
}

static int
virStorageVolDefParseTarget(xmlXPathContextPtr ctxt, virStorageVolDef *def,
                            const virStorageVolOptions *options)
{
    virStorageVolTarget *target = &def->target;
    xmlNodePtr node;

    target->path = virXPathString("string(./target/path)", ctxt);

    if (virStorageVolDefParseFormat(ctxt, "string(./target/format/@type)",
                                    options, &target->format) < 0)
        return -1;

    if (virStoragePermsParseXML(ctxt, "./target/permissions", &target->perms) < 0)
        return -1;

    if ((node = virXPathNode("./target/encryption", ctxt))) {
        VIR_XPATH_NODE_AUTORESTORE(ctxt);

        ctxt->node = node;
        if (!(target->encryption = virStorageEncryptionParseXML(ctxt)))
            return -1;
    }

    if ((target->compat = virXPathString("string(./target/compat)", ctxt)) &&
        virStorageVolDefCheckCompat(target->compat) < 0)
        return -1;

    if (virUnitsParseScaledValue("./target/clusterSize", NULL, ctxt, &target->clusterSize,
                                 1, ULLONG_MAX, false) < 0)
        return -1;

    target->nocow = !!virXPathNode("./target/nocow", ctxt);

    return virStorageVolDefParseFeatures(ctxt, target);
}

/**
 * virStorageVolDefParseXML:
 * @pool: the pool the volume belongs to (borrowed)
 * @ctxt: XPath context on a <volume> element
 * @flags: virStorageVolDefParseFlags
 *
 * Returns the definition (caller frees), or NULL with an error reported.
 */
virStorageVolDef *
virStorageVolDefParseXML(const virStoragePoolDef *pool, xmlXPathContextPtr ctxt,
                         unsigned int flags)
{
    g_autoptr(virStorageVolDef) def = NULL;
    const virStorageVolOptions *options;
    g_autofree char *type = NULL;

    virCheckFlags(VIR_STORAGE_VOL_DEF_PARSE_NO_CAPACITY |
                  VIR_STORAGE_VOL_DEF_PARSE_OPT_CAPACITY, NULL);

    if (!(options = virStoragePoolTypeGetVolOptions(pool->type))) {
        virReportEnumRangeError(virStoragePoolType, pool->type);
        return NULL;
    }

    def = g_new0(virStorageVolDef, 1);
    def->target.perms.mode = (mode_t)-1;
    def->target.perms.uid = (uid_t)-1;
    def->target.perms.gid = (gid_t)-1;

    if (!(def->name = virXPathString("string(./name)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing volume name element"));
        return NULL;
    }

    /* the key is normally the driver's to choose */
    def->key = virXPathString("string(./key)", ctxt);

    if ((type = virXPathString("string(./@type)", ctxt))) {
        int val = virStorageVolTypeFromString(type);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume type '%1$s'"), type);
            return NULL;
        }
        def->type = val;
    }

    if (virStorageVolDefParseBackingStore(ctxt, def, options) < 0 ||
        virStorageVolDefParseSizes(ctxt, def, flags) < 0 ||
        virStorageVolDefParseTarget(ctxt, def, options) < 0)
        return NULL;

    return g_steal_pointer(&def);
}

static virStorageVolDef *
virStorageVolDefParse(const virStoragePoolDef *pool, const char *xml,
                      const char *filename, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(filename, xml, filename ? NULL : "(storage_volume_definition)",
                            "volume", &ctxt, VIR_FROM_STORAGE)))
        return NULL;
    return virStorageVolDefParseXML(pool, ctxt, flags);
}

/**
 * virStorageVolDefParseString:
 * @pool: the pool the volume belongs to (borrowed)
 * @xml: a <volume> document
 * @flags: virStorageVolDefParseFlags
 *
 * Sizes are normalised to bytes; an absent allocation is the capacity.
 *
 * Returns the definition (caller frees), or NULL with an error reported,
 * worded as libvirt words it.
 */
virStorageVolDef *
virStorageVolDefParseString(const virStoragePoolDef *pool, const char *xml,
                            unsigned int flags)
{
    return virStorageVolDefParse(pool, xml, NULL, flags);
}

/**
 * virStorageVolDefParseFile:
 * @pool: the pool the volume belongs to (borrowed)
 * @filename: file holding a <volume> document
 * @flags: virStorageVolDefParseFlags
 *
 * Returns the definition (caller frees), or NULL with an error reported.
 */
virStorageVolDef *
virStorageVolDefParseFile(const virStoragePoolDef *pool, const char *filename,
                          unsigned int flags)
{
    return virStorageVolDefParse(pool, NULL, filename, flags);
}

/* <format type=.../> when the pool type names formats; -1 if it cannot. */
static int
virStorageVolDefFormatFormat(virBuffer *buf, const virStorageVolOptions *options,
                             int format)
{
    const char *str;

    if (!options->formatToString)
        return 0;
    if (!(str = options->formatToString(format))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown volume format number %1$d"), format);
        return -1;
    }
    virBufferAsprintf(buf, "<format type='%s'/>\n", str);
    return 0;
}

static int
virStorageVolDefFormatTarget(virBuffer *buf, const virStorageVolOptions *options,
                             const virStorageVolTarget *target)
{
    size_t i;

    virBufferAddLit(buf, "<target>\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<path>%s</path>\n", target->path);
    if (virStorageVolDefFormatFormat(buf, options, target->format) < 0)
        return -1;
    virStoragePermsFormat(buf, &target->perms);
    if (target->encryption)
        virStorageEncryptionFormatXML(buf, target->encryption);
    virBufferEscapeString(buf, "<compat>%s</compat>\n", target->compat);
    if (target->clusterSize > 0)
        virBufferAsprintf(buf, "<clusterSize unit='B'>%llu</clusterSize>\n",
                          target->clusterSize);

    if (target->hasFeatures) {
        bool empty = true;

        for (i = 0; i < VIR_STORAGE_FILE_FEATURE_LAST; i++)
            empty &= !target->features[i];
        if (empty) {
            virBufferAddLit(buf, "<features/>\n");
        } else {
            virBufferAddLit(buf, "<features>\n");
            virBufferAdjustIndent(buf, 2);
            for (i = 0; i < VIR_STORAGE_FILE_FEATURE_LAST; i++) {
                if (target->features[i])
                    virBufferAsprintf(buf, "<%s/>\n", virStorageFileFeatureTypeToString(i));
            }
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</features>\n");
        }
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</target>\n");
    return 0;
}

/**
 * virStorageVolDefFormat:
 * @pool: the pool the volume belongs to (borrowed)
 * @def: the definition
 *
 * Returns the <volume> document laid out as libvirt lays it out (caller
 * frees), or NULL with an error reported for a corrupt definition.
 */
char *
virStorageVolDefFormat(const virStoragePoolDef *pool, const virStorageVolDef *def)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    const virStorageVolOptions *options = virStoragePoolTypeGetVolOptions(pool->type);
    const char *type = virStorageVolTypeToString(def->type);

    if (!options) {
        virReportEnumRangeError(virStoragePoolType, pool->type);
        return NULL;
    }
    if (!type) {
        virReportEnumRangeError(virStorageVolType, def->type);
        return NULL;
    }

    virBufferAsprintf(&buf, "<volume type='%s'>\n", type);
    virBufferAdjustIndent(&buf, 2);
    virBufferEscapeString(&buf, "<name>%s</name>\n", def->name);
    virBufferEscapeString(&buf, "<key>%s</key>\n", def->key);
    virBufferAsprintf(&buf, "<capacity unit='bytes'>%llu</capacity>\n", def->capacity);
    virBufferAsprintf(&buf, "<allocation unit='bytes'>%llu</allocation>\n", def->allocation);
    /* only drivers know it, and there is no sensible default */
    if (def->physical)
        virBufferAsprintf(&buf, "<physical unit='bytes'>%llu</physical>\n", def->physical);

    if (virStorageVolDefFormatTarget(&buf, options, &def->target) < 0)
        return NULL;

    if (def->backingStore) {
        virBufferAddLit(&buf, "<backingStore>\n");
        virBufferAdjustIndent(&buf, 2);
        virBufferEscapeString(&buf, "<path>%s</path>\n", def->backingStore->path);
        if (virStorageVolDefFormatFormat(&buf, options, def->backingStore->format) < 0)
            return NULL;
        virStoragePermsFormat(&buf, &def->backingStore->perms);
        virBufferAdjustIndent(&buf, -2);
        virBufferAddLit(&buf, "</backingStore>\n");
    }

    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</volume>\n");
    return virBufferContentAndReset(&buf);
}
