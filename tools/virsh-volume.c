/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-volume.c: the "Storage Volume" command group of virsh
 *
 * Creating (from a file, from options, from or as a copy of another
 * volume), listing, inspecting, resizing, wiping and deleting storage
 * volumes.  A volume is named by its name with --pool, by its key or by
 * its path.  Messages, table layouts and exit codes are those of libvirt
 * 9.0's virsh.
 */
#include <config.h>

/* the _LAST members, for exhaustive switches */
#define VIR_ENUM_SENTINELS

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virsh.h"


/*
 * virshVolParseSize:
 * @ctl: the shell
 * @str: a size: a decimal number, then optionally a unit (b; k, m, g, t, p
 *       or e, alone or with "iB" for powers of 1024, with "B" for powers of
 *       1000; any case)
 * @value: set to the size in bytes
 *
 * The sizes of vol-create-as and vol-resize.
 *
 * Returns false after printing "Malformed size" and why.
 */
static bool
virshVolParseSize(vshControl *ctl, const char *str, unsigned long long *value)
{
    const char *unit;
    const char *start = str;
    unsigned long long scale = 1;
    unsigned long long base = 1024;
    char *end = NULL;
    int power = 0;

    /* strtoull() would take "-1" for its two's complement */
    while (g_ascii_isspace(*start))
        start++;
    errno = 0;
    *value = strtoull(str, &end, 10);
    if (errno || end == str || *start == '-') {
        vshError(ctl, _("Malformed size %s"), str);
        return false;
    }

    unit = end;
    if (*unit) {
        const char *rest = unit + 1;

        switch (g_ascii_tolower(*unit)) {
        case 'e':
            power++;
            G_GNUC_FALLTHROUGH;
        case 'p':
            power++;
            G_GNUC_FALLTHROUGH;
        case 't':
            power++;
            G_GNUC_FALLTHROUGH;
        case 'g':
            power++;
            G_GNUC_FALLTHROUGH;
        case 'm':
            power++;
            G_GNUC_FALLTHROUGH;
        case 'k':
            power++;
            break;
        case 'b':
            if (*rest)
                power = -1;
            break;
        default:
            power = -1;
            break;
        }

        if (power > 0) {
            if (g_ascii_strcasecmp(rest, "b") == 0)
                base = 1000;
            else if (*rest && g_ascii_strcasecmp(rest, "ib") != 0)
                power = -1;
        }
        if (power < 0) {
            vshError(ctl, _("Malformed size %s"), str);
            vshError(ctl, _("invalid argument: unknown suffix '%s'"), unit);
            return false;
        }
        while (power-- > 0)
            scale *= base;
    }

    if (*value > ULLONG_MAX / scale) {
        vshError(ctl, _("Malformed size %s"), str);
        vshError(ctl, _("numerical overflow: value too large: %llu%s"), *value, unit);
        return false;
    }
    *value *= scale;
    return true;
}


/* the type words of vol-info and vol-list --details */
static const char *
virshVolTypeToString(int type)
{
    switch ((virStorageVolType) type) {
    case VIR_STORAGE_VOL_FILE:
        return _("file");
    case VIR_STORAGE_VOL_BLOCK:
        return _("block");
    case VIR_STORAGE_VOL_DIR:
        return _("dir");
    case VIR_STORAGE_VOL_NETWORK:
        return _("network");
    case VIR_STORAGE_VOL_NETDIR:
        return _("netdir");
    case VIR_STORAGE_VOL_PLOOP:
        return _("ploop");
    case VIR_STORAGE_VOL_LAST:
    default:
        break;
    }
    return _("unknown");
}


/* "10.00 GiB" */
static char *
virshVolPrettySize(unsigned long long bytes)
{
    const char *unit;
    double val = vshPrettyCapacity(bytes, &unit);

    return g_strdup_printf("%.2lf %s", val, unit);
}


/*
 * virshVolCloneXML:
 * @xml: the XML of the volume to copy
 * @newname: the copy's name
 *
 * Returns @xml with its <name> replaced (the caller frees it), or NULL if
 * @xml has no <name> to replace.
 */
static char *
virshVolCloneXML(const char *xml, const char *newname)
{
    xmlDocPtr doc = NULL;
    xmlXPathContextPtr xpctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    xmlBufferPtr buf = NULL;
    char *ret = NULL;

    if (!(doc = xmlReadDoc(BAD_CAST xml, "volume.xml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING)) ||
        !(xpctxt = xmlXPathNewContext(doc)))
        goto cleanup;

    obj = xmlXPathEval(BAD_CAST "/volume/name", xpctxt);
    if (!obj || obj->type != XPATH_NODESET || !obj->nodesetval ||
        obj->nodesetval->nodeNr < 1)
        goto cleanup;
    xmlNodeSetContent(obj->nodesetval->nodeTab[0], BAD_CAST newname);

    buf = xmlBufferCreate();
    xmlNodeDump(buf, doc, xmlDocGetRootElement(doc), 0, 0);
    ret = g_strdup((const char *) xmlBufferContent(buf));

 cleanup:
    xmlBufferFree(buf);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(xpctxt);
    xmlFreeDoc(doc);
    return ret;
}


/* the options naming a volume, and its pool when the volume is a name */
#define VIRSH_VOL_OPT \
    { .name = "vol", \
      .type = VSH_OT_DATA, \
      .flags = VSH_OFLAG_REQ, \
      .help = N_("vol name, key or path"), \
      .completer = virshStorageVolNameCompleter, \
    }

#define VIRSH_VOL_POOL_OPT \
    { .name = "pool", \
      .type = VSH_OT_STRING, \
      .help = N_("pool name or uuid"), \
      .completer = virshStoragePoolNameCompleter, \
    }


/*
 * "vol-clone"
 */
static const vshCmdOptDef opts_vol_clone[] = {
    VIRSH_VOL_OPT,
    { .name = "newname",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("clone name"),
    },
    VIRSH_VOL_POOL_OPT,
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)"),
    },
    { .name = "reflink",
      .type = VSH_OT_BOOL,
      .help = N_("use btrfs COW lightweight copy"),
    },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document rather than clone the volume"),
    },
    { .name = NULL }
};

static bool
cmdVolClone(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) origvol = NULL;
    g_autoptr(virStoragePool) origpool = NULL;
    g_autoptr(virStorageVol) newvol = NULL;
    g_autofree char *origxml = NULL;
    g_autofree char *newxml = NULL;
    const char *newname = NULL;
    unsigned int flags = 0;

    if (!(origvol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "reflink"))
        flags |= VIR_STORAGE_VOL_CREATE_REFLINK;

    if (!(origpool = virStoragePoolLookupByVolume(origvol))) {
        vshError(ctl, "%s", _("failed to get parent pool"));
        return false;
    }
    if (vshCommandOptStringReq(ctl, cmd, "newname", &newname) < 0)
        return false;

    if (!(origxml = virStorageVolGetXMLDesc(origvol, 0)))
        return false;
    if (!(newxml = virshVolCloneXML(origxml, newname))) {
        vshError(ctl, "%s", _("Failed to allocate XML buffer"));
        return false;
    }

    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", newxml);
        return true;
    }

    if (!(newvol = virStorageVolCreateXMLFrom(origpool, newxml, origvol, flags))) {
        vshError(ctl, _("Failed to clone vol from %s"), virStorageVolGetName(origvol));
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s cloned from %s\n"),
                  virStorageVolGetName(newvol), virStorageVolGetName(origvol));
    return true;
}


/*
 * "vol-create-as"
 */
static const vshCmdOptDef opts_vol_create_as[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE,
    },
    { .name = "name",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("name of the volume"),
    },
    { .name = "capacity",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("size of the vol, as scaled integer (default bytes)"),
    },
    { .name = "allocation",
      .type = VSH_OT_STRING,
      .help = N_("initial allocation size, as scaled integer (default bytes)"),
    },
    { .name = "format",
      .type = VSH_OT_STRING,
      .help = N_("file format type raw,bochs,qcow,qcow2,qed,vmdk"),
    },
    { .name = "backing-vol",
      .type = VSH_OT_STRING,
      .help = N_("the backing volume if taking a snapshot"),
    },
    { .name = "backing-vol-format",
      .type = VSH_OT_STRING,
      .help = N_("format of backing volume if taking a snapshot"),
    },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)"),
    },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document, but don't define/create"),
    },
    { .name = NULL }
};

/*
 * virshVolBackingPath:
 * @ctl: the shell
 * @pool: the pool the new volume goes into
 * @word: --backing-vol: a volume name in @pool, a key or a path
 *
 * Returns the backing volume's path (the caller frees it), or NULL after
 * printing an error.
 */
static char *
virshVolBackingPath(vshControl *ctl, virStoragePoolPtr pool, const char *word)
{
    g_autoptr(virStorageVol) vol = NULL;
    char *path;

    if (!(vol = virStorageVolLookupByName(pool, word))) {
        vshResetLibvirtError();
        if (!(vol = virStorageVolLookupByKey(ctl->conn, word))) {
            vshResetLibvirtError();
            vol = virStorageVolLookupByPath(ctl->conn, word);
        }
    }
    if (!vol) {
        vshError(ctl, _("failed to get vol '%s'"), word);
        return NULL;
    }
    if (!(path = virStorageVolGetPath(vol)))
        vshError(ctl, _("failed to get vol '%s'"), word);
    return path;
}

static bool
cmdVolCreateAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autoptr(virStorageVol) vol = NULL;
    g_autofree char *xml = NULL;
    g_autofree char *backingPath = NULL;
    const char *name = NULL;
    const char *capacityStr = NULL;
    const char *allocationStr = NULL;
    const char *format = NULL;
    const char *backingVol = NULL;
    const char *backingFormat = NULL;
    unsigned long long capacity = 0;
    unsigned long long allocation = 0;
    unsigned int flags = 0;
    GString *buf;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "name", &name) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "capacity", &capacityStr) < 0)
        return false;
    if (!virshVolParseSize(ctl, capacityStr, &capacity))
        return false;

    if (vshCommandOptStringQuiet(ctl, cmd, "allocation", &allocationStr) > 0 &&
        !virshVolParseSize(ctl, allocationStr, &allocation))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "format", &format) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "backing-vol", &backingVol) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "backing-vol-format", &backingFormat) < 0)
        return false;

    if (backingVol && !(backingPath = virshVolBackingPath(ctl, pool, backingVol)))
        return false;

    /* values go in verbatim, as libvirt's virsh writes them */
    buf = g_string_new("<volume>\n");
    g_string_append_printf(buf, "  <name>%s</name>\n", name);
    g_string_append_printf(buf, "  <capacity>%llu</capacity>\n", capacity);
    if (allocationStr)
        g_string_append_printf(buf, "  <allocation>%llu</allocation>\n", allocation);
    if (format) {
        g_string_append(buf, "  <target>\n");
        g_string_append_printf(buf, "    <format type='%s'/>\n", format);
        g_string_append(buf, "  </target>\n");
    }
    if (backingPath) {
        g_string_append(buf, "  <backingStore>\n");
        g_string_append_printf(buf, "    <path>%s</path>\n", backingPath);
        if (backingFormat)
            g_string_append_printf(buf, "    <format type='%s'/>\n", backingFormat);
        g_string_append(buf, "  </backingStore>\n");
    }
    g_string_append(buf, "</volume>\n");
    xml = g_string_free(buf, FALSE);

    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }

    if (!(vol = virStorageVolCreateXML(pool, xml, flags))) {
        vshError(ctl, _("Failed to create vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created\n"), name);
    return true;
}


/*
 * "vol-create"
 */
static const vshCmdOptDef opts_vol_create[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE,
    },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML vol description"),
    },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)"),
    },
    { .name = "validate",
      .type = VSH_OT_BOOL,
      .help = N_("validate the XML against the schema"),
    },
    { .name = NULL }
};

static bool
cmdVolCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autoptr(virStorageVol) vol = NULL;
    g_autofree char *xml = NULL;
    const char *file = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_VOL_CREATE_VALIDATE;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    if (!(vol = virStorageVolCreateXML(pool, xml, flags))) {
        vshError(ctl, _("Failed to create vol from %s"), file);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created from %s\n"), virStorageVolGetName(vol), file);
    return true;
}


/*
 * "vol-create-from"
 */
static const vshCmdOptDef opts_vol_create_from[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE,
    },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML vol description"),
    },
    VIRSH_VOL_OPT,
    { .name = "inputpool",
      .type = VSH_OT_STRING,
      .help = N_("pool name or uuid of the input volume's pool"),
      .completer = virshStoragePoolNameCompleter,
    },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)"),
    },
    { .name = "reflink",
      .type = VSH_OT_BOOL,
      .help = N_("use btrfs COW lightweight copy"),
    },
    { .name = "validate",
      .type = VSH_OT_BOOL,
      .help = N_("validate the XML against the schema"),
    },
    { .name = NULL }
};

static bool
cmdVolCreateFrom(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autoptr(virStorageVol) inputvol = NULL;
    g_autoptr(virStorageVol) newvol = NULL;
    g_autofree char *xml = NULL;
    const char *file = NULL;
    unsigned int flags = 0;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "reflink"))
        flags |= VIR_STORAGE_VOL_CREATE_REFLINK;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_VOL_CREATE_VALIDATE;

    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (!(inputvol = virshCommandOptVol(ctl, cmd, "vol", "inputpool", NULL)))
        return false;
    if (!(xml = vshReadFile(ctl, file)))
        return false;

    if (!(newvol = virStorageVolCreateXMLFrom(pool, xml, inputvol, flags))) {
        vshError(ctl, _("Failed to create vol from %s"), file);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created from input vol %s\n"),
                  virStorageVolGetName(newvol), virStorageVolGetName(inputvol));
    return true;
}


/*
 * "vol-delete"
 */
static const vshCmdOptDef opts_vol_delete[] = {
    VIRSH_VOL_OPT,
    VIRSH_VOL_POOL_OPT,
    { .name = "delete-snapshots",
      .type = VSH_OT_BOOL,
      .help = N_("delete snapshots associated with volume (must be "
                 "supported by storage driver)"),
    },
    { .name = NULL }
};

static bool
cmdVolDelete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", &name)))
        return false;

    if (vshCommandOptBool(cmd, "delete-snapshots"))
        flags |= VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS;

    if (virStorageVolDelete(vol, flags) < 0) {
        vshError(ctl, _("Failed to delete vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s deleted\n"), name);
    return true;
}


/*
 * "vol-download" and "vol-upload"
 */
static const vshCmdOptDef opts_vol_download[] = {
    VIRSH_VOL_OPT,
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file"),
    },
    VIRSH_VOL_POOL_OPT,
    { .name = "offset",
      .type = VSH_OT_INT,
      .help = N_("volume offset to download from"),
    },
    { .name = "length",
      .type = VSH_OT_INT,
      .help = N_("amount of data to download"),
    },
    { .name = "sparse",
      .type = VSH_OT_BOOL,
      .help = N_("preserve sparseness of volume"),
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_vol_upload[] = {
    VIRSH_VOL_OPT,
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file"),
    },
    VIRSH_VOL_POOL_OPT,
    { .name = "offset",
      .type = VSH_OT_INT,
      .help = N_("volume offset to upload to"),
    },
    { .name = "length",
      .type = VSH_OT_INT,
      .help = N_("amount of data to upload"),
    },
    { .name = "sparse",
      .type = VSH_OT_BOOL,
      .help = N_("preserve sparseness of volume"),
    },
    { .name = NULL }
};

/*
 * virshVolOptLength:
 * @ctl: the shell
 * @cmd: vol-download or vol-upload
 * @value: set to --length, 0 when absent
 *
 * --length as libvirt's virsh reads it: a negative number wraps around,
 * so "-1" means "everything".
 *
 * Returns false after printing libvirt's message for a malformed number.
 */
static bool
virshVolOptLength(vshControl *ctl, const vshCmd *cmd, unsigned long long *value)
{
    const char *str = NULL;
    char *end = NULL;

    *value = 0;
    if (vshCommandOptStringQuiet(ctl, cmd, "length", &str) <= 0)
        return true;

    errno = 0;
    *value = strtoull(str, &end, 10);
    if (errno || end == str || *end) {
        vshError(ctl, _("Numeric value '%s' for <%s> option is malformed or out of range"),
                 str, "length");
        return false;
    }
    return true;
}

/* the stream callbacks: @opaque points to the local file's descriptor */
static int
virshVolStreamSink(virStreamPtr st G_GNUC_UNUSED, const char *bytes, size_t nbytes,
                   void *opaque)
{
    int *fd = opaque;
    size_t done = 0;

    while (done < nbytes) {
        ssize_t n = write(*fd, bytes + done, nbytes - done);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        done += n;
    }
    return nbytes;
}

/* a hole in the volume: the file gets one too */
static int
virshVolStreamSinkHole(virStreamPtr st G_GNUC_UNUSED, long long length, void *opaque)
{
    int *fd = opaque;
    off_t cur;

    if ((cur = lseek(*fd, length, SEEK_CUR)) == (off_t) -1 ||
        ftruncate(*fd, cur) < 0)
        return -1;
    return 0;
}

static int
virshVolStreamSource(virStreamPtr st G_GNUC_UNUSED, char *bytes, size_t nbytes,
                     void *opaque)
{
    int *fd = opaque;
    ssize_t n;

    do {
        n = read(*fd, bytes, nbytes);
    } while (n < 0 && errno == EINTR);
    return n;
}

/* where the file's data and holes are, for a sparse upload */
static int
virshVolStreamSourceInData(virStreamPtr st G_GNUC_UNUSED, int *inData,
                           long long *length, void *opaque)
{
    int *fd = opaque;
    off_t cur;
    off_t data;
    off_t hole;

    if ((cur = lseek(*fd, 0, SEEK_CUR)) == (off_t) -1)
        return -1;

    if ((data = lseek(*fd, cur, SEEK_DATA)) == (off_t) -1) {
        if (errno != ENXIO)
            return -1;
        /* no data after here: the rest is one hole */
        if ((hole = lseek(*fd, 0, SEEK_END)) == (off_t) -1)
            return -1;
        *inData = 0;
        *length = hole - cur;
    } else if (data > cur) {
        *inData = 0;
        *length = data - cur;
    } else {
        if ((hole = lseek(*fd, cur, SEEK_HOLE)) == (off_t) -1)
            return -1;
        *inData = 1;
        *length = hole - cur;
    }

    if (lseek(*fd, cur, SEEK_SET) == (off_t) -1)
        return -1;
    return 0;
}

static int
virshVolStreamSourceSkip(virStreamPtr st G_GNUC_UNUSED, long long offset, void *opaque)
{
    int *fd = opaque;

    if (lseek(*fd, offset, SEEK_CUR) == (off_t) -1)
        return -1;
    return 0;
}

static bool
cmdVolDownload(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    virStreamPtr st = NULL;
    const char *name = NULL;
    const char *file = NULL;
    unsigned long long offset = 0;
    unsigned long long length = 0;
    bool sparse = vshCommandOptBool(cmd, "sparse");
    unsigned int flags = 0;
    bool created = false;
    bool ret = false;
    int fd = -1;

    if (vshCommandOptULongLong(ctl, cmd, "offset", &offset) < 0 ||
        !virshVolOptLength(ctl, cmd, &length))
        return false;
    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (sparse)
        flags |= VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM;

    /* a file made here goes again if the download fails */
    if ((fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) >= 0) {
        created = true;
    } else if (errno != EEXIST ||
               (fd = open(file, O_WRONLY | O_TRUNC | O_CLOEXEC, 0666)) < 0) {
        vshError(ctl, _("cannot create %s"), file);
        return false;
    }

    if (!(st = virStreamNew(ctl->conn, 0))) {
        vshError(ctl, "%s", _("cannot create a new stream"));
        goto cleanup;
    }
    if (virStorageVolDownload(vol, st, offset, length, flags) < 0) {
        vshError(ctl, _("cannot download from volume %s"), name);
        goto cleanup;
    }
    if ((sparse ? virStreamSparseRecvAll(st, virshVolStreamSink,
                                         virshVolStreamSinkHole, &fd)
                : virStreamRecvAll(st, virshVolStreamSink, &fd)) < 0) {
        vshError(ctl, _("cannot receive data from volume %s"), name);
        goto cleanup;
    }
    if (close(fd) < 0) {
        fd = -1;
        vshError(ctl, _("Unable to close %s"), file);
        goto cleanup;
    }
    fd = -1;
    if (virStreamFinish(st) < 0) {
        vshError(ctl, _("cannot close volume %s"), name);
        goto cleanup;
    }
    ret = true;

 cleanup:
    if (fd >= 0)
        close(fd);
    if (!ret && created)
        unlink(file);
    /* no virStreamAbort(): the calls above end the stream when they fail,
     * and a second error would hide the first */
    if (st)
        virStreamFree(st);
    return ret;
}

static bool
cmdVolUpload(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    virStreamPtr st = NULL;
    const char *name = NULL;
    const char *file = NULL;
    unsigned long long offset = 0;
    unsigned long long length = 0;
    bool sparse = vshCommandOptBool(cmd, "sparse");
    unsigned int flags = 0;
    bool ret = false;
    int fd = -1;

    if (vshCommandOptULongLong(ctl, cmd, "offset", &offset) < 0 ||
        !virshVolOptLength(ctl, cmd, &length))
        return false;
    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (sparse)
        flags |= VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM;

    if ((fd = open(file, O_RDONLY | O_CLOEXEC)) < 0) {
        vshError(ctl, _("cannot read %s"), file);
        return false;
    }

    if (!(st = virStreamNew(ctl->conn, 0))) {
        vshError(ctl, "%s", _("cannot create a new stream"));
        goto cleanup;
    }
    if (virStorageVolUpload(vol, st, offset, length, flags) < 0) {
        vshError(ctl, _("cannot upload to volume %s"), name);
        goto cleanup;
    }
    if ((sparse ? virStreamSparseSendAll(st, virshVolStreamSource,
                                         virshVolStreamSourceInData,
                                         virshVolStreamSourceSkip, &fd)
                : virStreamSendAll(st, virshVolStreamSource, &fd)) < 0) {
        vshError(ctl, _("cannot send data to volume %s"), name);
        goto cleanup;
    }
    if (close(fd) < 0) {
        fd = -1;
        vshError(ctl, _("Unable to close %s"), file);
        goto cleanup;
    }
    fd = -1;
    if (virStreamFinish(st) < 0) {
        vshError(ctl, _("cannot close volume %s"), name);
        goto cleanup;
    }
    ret = true;

 cleanup:
    if (fd >= 0)
        close(fd);
    if (st)
        virStreamFree(st);
    return ret;
}


/*
 * "vol-dumpxml"
 */
static const vshCmdOptDef opts_vol_dumpxml[] = {
    VIRSH_VOL_OPT,
    VIRSH_VOL_POOL_OPT,
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document"),
    },
    { .name = "wrap",
      .type = VSH_OT_BOOL,
      .help = N_("wrap xpath results in an common root element"),
    },
    { .name = NULL }
};

static bool
cmdVolDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;

    if (!(xml = virStorageVolGetXMLDesc(vol, 0)))
        return false;
    return virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}


/*
 * "vol-info"
 */
static const vshCmdOptDef opts_vol_info[] = {
    VIRSH_VOL_OPT,
    VIRSH_VOL_POOL_OPT,
    { .name = "bytes",
      .type = VSH_OT_BOOL,
      .help = N_("sizes are represented in bytes rather than pretty units"),
    },
    { .name = "physical",
      .type = VSH_OT_BOOL,
      .help = N_("return the physical size of the volume in allocation field"),
    },
    { .name = NULL }
};

static void
virshVolPrintSize(vshControl *ctl, const char *label, unsigned long long bytes,
                  bool raw)
{
    g_autofree char *pretty = NULL;

    if (raw) {
        vshPrint(ctl, "%-15s %llu %s\n", label, bytes, _("bytes"));
    } else {
        pretty = virshVolPrettySize(bytes);
        vshPrint(ctl, "%-15s %s\n", label, pretty);
    }
}

static bool
cmdVolInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    virStorageVolInfo info;
    bool bytes = vshCommandOptBool(cmd, "bytes");
    bool physical = vshCommandOptBool(cmd, "physical");
    int rc;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;

    vshPrint(ctl, "%-15s %s\n", _("Name:"), virStorageVolGetName(vol));

    if (physical)
        rc = virStorageVolGetInfoFlags(vol, &info, VIR_STORAGE_VOL_GET_PHYSICAL);
    else
        rc = virStorageVolGetInfo(vol, &info);
    if (rc < 0)
        return false;

    vshPrint(ctl, "%-15s %s\n", _("Type:"), virshVolTypeToString(info.type));
    virshVolPrintSize(ctl, _("Capacity:"), info.capacity, bytes);
    virshVolPrintSize(ctl, physical ? _("Physical:") : _("Allocation:"),
                      info.allocation, bytes);
    return true;
}


/*
 * "vol-key", "vol-name", "vol-path", "vol-pool"
 */
static const vshCmdOptDef opts_vol_key[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume name or path"),
      .completer = virshStorageVolNameCompleter,
    },
    VIRSH_VOL_POOL_OPT,
    { .name = NULL }
};

static bool
cmdVolKey(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;
    vshPrint(ctl, "%s\n", virStorageVolGetKey(vol));
    return true;
}

static const vshCmdOptDef opts_vol_name[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume key or path"),
    },
    { .name = NULL }
};

static bool
cmdVolName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", NULL, NULL)))
        return false;
    vshPrint(ctl, "%s\n", virStorageVolGetName(vol));
    return true;
}

static const vshCmdOptDef opts_vol_path[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume name or key"),
      .completer = virshStorageVolNameCompleter,
    },
    VIRSH_VOL_POOL_OPT,
    { .name = NULL }
};

static bool
cmdVolPath(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    g_autofree char *path = NULL;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;
    if (!(path = virStorageVolGetPath(vol)))
        return false;
    vshPrint(ctl, "%s\n", path);
    return true;
}

static const vshCmdOptDef opts_vol_pool[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume key or path"),
    },
    { .name = "uuid",
      .type = VSH_OT_BOOL,
      .help = N_("return the pool uuid rather than pool name"),
    },
    { .name = NULL }
};

static bool
cmdVolPool(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    g_autoptr(virStoragePool) pool = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", NULL, NULL)))
        return false;

    if (!(pool = virStoragePoolLookupByVolume(vol))) {
        vshError(ctl, "%s", _("failed to get parent pool"));
        return false;
    }

    if (vshCommandOptBool(cmd, "uuid")) {
        if (virStoragePoolGetUUIDString(pool, uuid) < 0)
            return false;
        vshPrint(ctl, "%s\n", uuid);
    } else {
        vshPrint(ctl, "%s\n", virStoragePoolGetName(pool));
    }
    return true;
}


/*
 * "vol-list"
 */
static const vshCmdOptDef opts_vol_list[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid"),
      .completer = virshStoragePoolNameCompleter,
      .completerFlags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE,
    },
    { .name = "details",
      .type = VSH_OT_BOOL,
      .help = N_("display extended details for volumes"),
    },
    { .name = NULL }
};

static int
virshVolCompareNames(const void *a, const void *b)
{
    virStorageVolPtr va = *(virStorageVolPtr const *) a;
    virStorageVolPtr vb = *(virStorageVolPtr const *) b;

    return g_ascii_strcasecmp(virStorageVolGetName(va), virStorageVolGetName(vb));
}

static int
virshVolListRow(vshTable *table, virStorageVolPtr vol, bool details)
{
    g_autofree char *path = virStorageVolGetPath(vol);
    g_autofree char *capacity = NULL;
    g_autofree char *allocation = NULL;
    virStorageVolInfo info;
    const char *type;

    if (!path)
        path = g_strdup(_("unknown"));
    if (!details)
        return vshTableRowAppend(table, virStorageVolGetName(vol), path, NULL);

    if (virStorageVolGetInfo(vol, &info) < 0) {
        type = _("unknown");
        capacity = g_strdup(_("unknown"));
        allocation = g_strdup(_("unknown"));
    } else {
        type = virshVolTypeToString(info.type);
        capacity = virshVolPrettySize(info.capacity);
        allocation = virshVolPrettySize(info.allocation);
    }
    return vshTableRowAppend(table, virStorageVolGetName(vol), path, type,
                             capacity, allocation, NULL);
}

static bool
cmdVolList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStoragePool) pool = NULL;
    g_autoptr(vshTable) table = NULL;
    virStorageVolPtr *vols = NULL;
    bool details = vshCommandOptBool(cmd, "details");
    bool ret = false;
    int nvols = 0;
    int i;

    if (!(pool = virshCommandOptPool(ctl, cmd, "pool", NULL)))
        return false;

    if ((nvols = virStoragePoolListAllVolumes(pool, &vols, 0)) < 0) {
        vshError(ctl, "%s", _("Failed to list volumes"));
        return false;
    }
    if (nvols > 1)
        qsort(vols, nvols, sizeof(*vols), virshVolCompareNames);

    if (details)
        table = vshTableNew(_("Name"), _("Path"), _("Type"), _("Capacity"),
                            _("Allocation"), NULL);
    else
        table = vshTableNew(_("Name"), _("Path"), NULL);
    if (!table)
        goto cleanup;

    for (i = 0; i < nvols; i++) {
        if (virshVolListRow(table, vols[i], details) < 0)
            goto cleanup;
    }
    /* a row that could not say its path or size does not fail the list */
    vshResetLibvirtError();
    vshTablePrintToStdout(table, ctl);
    ret = true;

 cleanup:
    for (i = 0; i < nvols; i++)
        virStorageVolFree(vols[i]);
    free(vols);
    return ret;
}


/*
 * "vol-resize"
 */
static const vshCmdOptDef opts_vol_resize[] = {
    VIRSH_VOL_OPT,
    { .name = "capacity",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new capacity for the vol, as scaled integer (default bytes)"),
    },
    VIRSH_VOL_POOL_OPT,
    { .name = "allocate",
      .type = VSH_OT_BOOL,
      .help = N_("allocate the new capacity, rather than leaving it sparse"),
    },
    { .name = "delta",
      .type = VSH_OT_BOOL,
      .help = N_("use capacity as a delta to current size, rather than the new size"),
    },
    { .name = "shrink",
      .type = VSH_OT_BOOL,
      .help = N_("allow the resize to shrink the volume"),
    },
    { .name = NULL }
};

static bool
cmdVolResize(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    const char *capacityStr = NULL;
    unsigned long long capacity = 0;
    unsigned int flags = 0;
    bool delta = vshCommandOptBool(cmd, "delta");

    if (vshCommandOptBool(cmd, "allocate"))
        flags |= VIR_STORAGE_VOL_RESIZE_ALLOCATE;
    if (delta)
        flags |= VIR_STORAGE_VOL_RESIZE_DELTA;
    if (vshCommandOptBool(cmd, "shrink"))
        flags |= VIR_STORAGE_VOL_RESIZE_SHRINK;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", NULL)))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "capacity", &capacityStr) < 0)
        return false;
    while (g_ascii_isspace(*capacityStr))
        capacityStr++;

    /* the API takes no negative size; "-N" is a shrinking delta */
    if (*capacityStr == '-') {
        if (!(flags & VIR_STORAGE_VOL_RESIZE_SHRINK)) {
            vshError(ctl, "%s", _("negative size requires --shrink"));
            return false;
        }
        capacityStr++;
        delta = true;
        flags |= VIR_STORAGE_VOL_RESIZE_DELTA;
    }

    if (!virshVolParseSize(ctl, capacityStr, &capacity))
        return false;

    if (virStorageVolResize(vol, capacity, flags) < 0) {
        if (delta)
            vshError(ctl, _("Failed to change size of volume '%s' by %s"),
                     virStorageVolGetName(vol), capacityStr);
        else
            vshError(ctl, _("Failed to change size of volume '%s' to %s"),
                     virStorageVolGetName(vol), capacityStr);
        return false;
    }

    if (delta)
        vshPrintExtra(ctl, _("Size of volume '%s' successfully changed by %s\n"),
                      virStorageVolGetName(vol), capacityStr);
    else
        vshPrintExtra(ctl, _("Size of volume '%s' successfully changed to %s\n"),
                      virStorageVolGetName(vol), capacityStr);
    return true;
}


/*
 * "vol-wipe"
 */
static const vshCmdOptDef opts_vol_wipe[] = {
    VIRSH_VOL_OPT,
    VIRSH_VOL_POOL_OPT,
    { .name = "algorithm",
      .type = VSH_OT_STRING,
      .help = N_("perform selected wiping algorithm"),
    },
    { .name = NULL }
};

/* --algorithm's words, indexed by virStorageVolWipeAlgorithm */
static const char *const virshVolWipeAlgorithms[] = {
    "zero", "nnsa", "dod", "bsi", "gutmann", "schneier",
    "pfitzner7", "pfitzner33", "random", "trim",
};

static bool
cmdVolWipe(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virStorageVol) vol = NULL;
    const char *name = NULL;
    const char *algorithmStr = NULL;
    int algorithm = VIR_STORAGE_VOL_WIPE_ALG_ZERO;
    int rc;

    if (!(vol = virshCommandOptVol(ctl, cmd, "vol", "pool", &name)))
        return false;

    if (vshCommandOptStringReq(ctl, cmd, "algorithm", &algorithmStr) < 0)
        return false;
    if (algorithmStr) {
        for (algorithm = 0; algorithm < G_N_ELEMENTS(virshVolWipeAlgorithms); algorithm++) {
            if (g_str_equal(virshVolWipeAlgorithms[algorithm], algorithmStr))
                break;
        }
        if (algorithm == G_N_ELEMENTS(virshVolWipeAlgorithms)) {
            vshError(ctl, _("Unsupported algorithm '%s'"), algorithmStr);
            return false;
        }
    }

    /* zeroing is the original call; the others came with the pattern one */
    if (algorithm == VIR_STORAGE_VOL_WIPE_ALG_ZERO)
        rc = virStorageVolWipe(vol, 0);
    else
        rc = virStorageVolWipePattern(vol, algorithm, 0);
    if (rc < 0) {
        vshError(ctl, _("Failed to wipe vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s wiped\n"), name);
    return true;
}


const vshCmdDef storageVolCmds[] = {
    { .name = "vol-clone",
      .handler = cmdVolClone,
      .opts = opts_vol_clone,
      .help = N_("clone a volume."),
      .desc = N_("Clone an existing volume within the parent pool."),
    },
    { .name = "vol-create-as",
      .handler = cmdVolCreateAs,
      .opts = opts_vol_create_as,
      .help = N_("create a volume from a set of args"),
      .desc = N_("Create a vol."),
    },
    { .name = "vol-create",
      .handler = cmdVolCreate,
      .opts = opts_vol_create,
      .help = N_("create a vol from an XML file"),
      .desc = N_("Create a vol."),
    },
    { .name = "vol-create-from",
      .handler = cmdVolCreateFrom,
      .opts = opts_vol_create_from,
      .help = N_("create a vol, using another volume as input"),
      .desc = N_("Create a vol from an existing volume."),
    },
    { .name = "vol-delete",
      .handler = cmdVolDelete,
      .opts = opts_vol_delete,
      .help = N_("delete a vol"),
      .desc = N_("Delete a given vol."),
    },
    { .name = "vol-download",
      .handler = cmdVolDownload,
      .opts = opts_vol_download,
      .help = N_("download volume contents to a file"),
      .desc = N_("Download volume contents to a file"),
    },
    { .name = "vol-dumpxml",
      .handler = cmdVolDumpXML,
      .opts = opts_vol_dumpxml,
      .help = N_("vol information in XML"),
      .desc = N_("Output the vol information as an XML dump to stdout."),
    },
    { .name = "vol-info",
      .handler = cmdVolInfo,
      .opts = opts_vol_info,
      .help = N_("storage vol information"),
      .desc = N_("Returns basic information about the storage vol."),
    },
    { .name = "vol-key",
      .handler = cmdVolKey,
      .opts = opts_vol_key,
      .help = N_("returns the volume key for a given volume name or path"),
      .desc = "",
    },
    { .name = "vol-list",
      .handler = cmdVolList,
      .opts = opts_vol_list,
      .help = N_("list vols"),
      .desc = N_("Returns list of vols by pool."),
    },
    { .name = "vol-name",
      .handler = cmdVolName,
      .opts = opts_vol_name,
      .help = N_("returns the volume name for a given volume key or path"),
      .desc = "",
    },
    { .name = "vol-path",
      .handler = cmdVolPath,
      .opts = opts_vol_path,
      .help = N_("returns the volume path for a given volume name or key"),
      .desc = "",
    },
    { .name = "vol-pool",
      .handler = cmdVolPool,
      .opts = opts_vol_pool,
      .help = N_("returns the storage pool for a given volume key or path"),
      .desc = "",
    },
    { .name = "vol-resize",
      .handler = cmdVolResize,
      .opts = opts_vol_resize,
      .help = N_("resize a vol"),
      .desc = N_("Resizes a storage volume. This is safe only for storage "
                 "volumes not in use by an active guest.\n"
                 "See blockresize for live resizing."),
    },
    { .name = "vol-upload",
      .handler = cmdVolUpload,
      .opts = opts_vol_upload,
      .help = N_("upload file contents to a volume"),
      .desc = N_("Upload file contents to a volume"),
    },
    { .name = "vol-wipe",
      .handler = cmdVolWipe,
      .opts = opts_vol_wipe,
      .help = N_("wipe a vol"),
      .desc = N_("Ensure data previously on a volume is not accessible to "
                 "future reads"),
    },
    { .name = NULL }
};
