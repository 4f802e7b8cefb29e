/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginreport.c: the plugin table and report that people read
 *
 * One implementation of "virt-plugin list" and "virt-plugin inspect", so
 * that virt-plugin (which links the core statically) and virsh's
 * plugin-list and plugin-info (through vireoPluginReport(), the public
 * extension of <libvirt/libvirt-vireo.h>) print the same data the same way.
 * Formatting only reads the registry's records; loading is the caller's.
 */
#include <config.h>

#include "virplugin.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"

/* exported, as internal.h does for <libvirt/libvirt.h>, and versioned in
 * the VIREO_x.y.z nodes of libvirt.syms */
#pragma GCC visibility push(default)
#include <libvirt/libvirt-vireo.h>
#pragma GCC visibility pop

#define VIR_FROM_THIS VIR_FROM_NONE

/* the label column of the inspect report */
#define VIR_PLUGIN_REPORT_LABEL_COLUMN 22

/* the columns of the table */
#define VIR_PLUGIN_REPORT_COLUMNS 7

static const char *
virPluginReportOr(const char *value, const char *fallback)
{
    return value && *value ? value : fallback;
}

/* What a manifest provides, of every kind, comma-separated; caller frees. */
static char *
virPluginReportProvides(const virPluginManifest *manifest)
{
    g_autoptr(GPtrArray) all = g_ptr_array_new();
    char **lists[] = {
        manifest->uriSchemes, manifest->poolTypes,
        manifest->forwardModes, manifest->securityModels,
    };
    size_t i;
    size_t j;

    for (i = 0; i < G_N_ELEMENTS(lists); i++) {
        for (j = 0; lists[i] && lists[i][j]; j++)
            g_ptr_array_add(all, lists[i][j]);
    }
    g_ptr_array_add(all, NULL);
    return g_strjoinv(",", (char **)all->pdata);
}

/* Descriptor flags by name, unknown bits in hex, "-" for none; caller frees. */
static char *
virPluginReportFlagsFormat(unsigned int flags)
{
    GString *buf = g_string_new(NULL);

    if (flags & VIR_PLUGIN_UNLOADABLE) {
        g_string_append(buf, "unloadable");
        flags &= ~VIR_PLUGIN_UNLOADABLE;
    }
    if (flags)
        g_string_append_printf(buf, "%s0x%x", buf->len ? "," : "", flags);
    if (!buf->len)
        g_string_append(buf, "-");
    return g_string_free(buf, FALSE);
}

static char **virPluginReportRow(const char *first, ...) G_GNUC_NULL_TERMINATED;

/* A table row of copies of the cells given, up to a NULL; g_strfreev() it. */
static char **
virPluginReportRow(const char *first, ...)
{
    GPtrArray *cells = g_ptr_array_new();
    const char *cell;
    va_list ap;

    va_start(ap, first);
    for (cell = first; cell; cell = va_arg(ap, const char *))
        g_ptr_array_add(cells, g_strdup(cell));
    va_end(ap);
    g_ptr_array_add(cells, NULL);
    return (char **)g_ptr_array_free(cells, FALSE);
}

/* Display width: characters of UTF-8 text, bytes of anything else. */
static size_t
virPluginReportWidth(const char *s)
{
    return g_utf8_validate(s, -1, NULL) ? g_utf8_strlen(s, -1) : strlen(s);
}

static void
virPluginReportPad(GString *out, size_t n)
{
    while (n--)
        g_string_append_c(out, ' ');
}

/* Lays rows out as virsh lays out its tables: a header, a line of dashes as
 * wide as the widest row, left-aligned columns three spaces apart.  @rows
 * holds GStrv of VIR_PLUGIN_REPORT_COLUMNS cells, the header first. */
static void
virPluginReportTable(GString *out, GPtrArray *rows)
{
    size_t widths[VIR_PLUGIN_REPORT_COLUMNS] = { 0 };
    size_t total = 1;
    guint r;
    size_t c;

    for (r = 0; r < rows->len; r++) {
        char **row = g_ptr_array_index(rows, r);

        for (c = 0; c < VIR_PLUGIN_REPORT_COLUMNS; c++)
            widths[c] = MAX(widths[c], virPluginReportWidth(row[c]));
    }
    for (c = 0; c < VIR_PLUGIN_REPORT_COLUMNS; c++)
        total += widths[c] + (c ? 3 : 0);

    for (r = 0; r < rows->len; r++) {
        char **row = g_ptr_array_index(rows, r);

        g_string_append_c(out, ' ');
        for (c = 0; c < VIR_PLUGIN_REPORT_COLUMNS; c++) {
            g_string_append(out, row[c]);
            if (c + 1 < VIR_PLUGIN_REPORT_COLUMNS)
                virPluginReportPad(out, widths[c] - virPluginReportWidth(row[c]) + 3);
        }
        g_string_append_c(out, '\n');
        if (r == 0) {
            for (c = 0; c < total; c++)
                g_string_append_c(out, '-');
            g_string_append_c(out, '\n');
        }
    }
}

/* "  Label:" padded to the value column (at least one space), the value,
 * "-" for none. */
static void
virPluginReportField(GString *out, const char *label, const char *value)
{
    size_t width = virPluginReportWidth(label);

    g_string_append_printf(out, "  %s:", label);
    do {
        g_string_append_c(out, ' ');
    } while (++width < VIR_PLUGIN_REPORT_LABEL_COLUMN);
    g_string_append_printf(out, "%s\n", virPluginReportOr(value, "-"));
}

/* A field of comma-separated values, left out when there are none. */
static void
virPluginReportFieldList(GString *out, const char *label, char **values)
{
    g_autofree char *joined = g_strjoinv(", ", values);

    if (*joined)
        virPluginReportField(out, label, joined);
}


/**
 * virPluginReportList:
 * @plugins: virPlugin records (borrowed), in the order to show them
 * @showHidden: show shadowed and disabled plugins too; without it they are
 *              left out and counted in a last line
 *
 * The table of "virt-plugin list": one line per plugin (name, kinds,
 * version, plugin ABI, what it provides, state, manifest), then the reason
 * of every plugin that has one.  Loads nothing: a plugin not loaded yet
 * shows what its manifest says.  The caller holds the registry lock if
 * other threads may be loading plugins.
 *
 * Returns the text, caller frees.
 */
char *
virPluginReportList(GPtrArray *plugins, bool showHidden)
{
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    g_autoptr(GString) notes = g_string_new(NULL);
    GString *out = g_string_new(NULL);
    size_t hidden = 0;
    guint i;

    g_ptr_array_add(rows, virPluginReportRow(_("Name"), _("Kind"), _("Version"), _("ABI"),
                                             _("Provides"), _("State"), _("File"), NULL));
    for (i = 0; i < plugins->len; i++) {
        const virPlugin *p = g_ptr_array_index(plugins, i);
        const virPluginManifest *m = p->manifest;
        g_autofree char *kinds = NULL;
        g_autofree char *abi = NULL;
        g_autofree char *provides = NULL;

        if (!showHidden && (p->state == VIR_PLUGIN_STATE_SHADOWED ||
                            p->state == VIR_PLUGIN_STATE_DISABLED)) {
            hidden++;
            continue;
        }
        if (p->desc) {
            kinds = virPluginKindsFormat(p->desc->kinds);
            abi = g_strdup_printf("%u.%u", p->desc->hdr.abiMajor, p->desc->minCoreMinor);
        } else if (m) {
            kinds = virPluginKindsFormat(m->kinds);
            abi = g_strdup_printf("%u", m->abiMajor);
        }
        if (m)
            provides = virPluginReportProvides(m);
        g_ptr_array_add(rows,
                        virPluginReportRow(p->name,
                                           virPluginReportOr(kinds, "-"),
                                           virPluginReportOr(p->desc ? p->desc->version : NULL,
                                                             "-"),
                                           virPluginReportOr(abi, "-"),
                                           virPluginReportOr(provides, "-"),
                                           virPluginStateToString(p->state),
                                           p->manifestPath, NULL));
        if (p->reason)
            g_string_append_printf(notes, "  %s: %s\n", p->name, p->reason);
    }
    virPluginReportTable(out, rows);

    if (notes->len)
        g_string_append_printf(out, "\n%s", notes->str);
    if (hidden)
        g_string_append_printf(out,
                               dngettext(GETTEXT_PACKAGE,
                                         "\n%1$zu shadowed or disabled plugin not shown (see 'virt-plugin list --all')\n",
                                         "\n%1$zu shadowed or disabled plugins not shown (see 'virt-plugin list --all')\n",
                                         hidden), hidden);
    return g_string_free(out, FALSE);
}


/**
 * virPluginReportInspect:
 * @plugin: a plugin record (borrowed), loaded or not
 *
 * The report of "virt-plugin inspect": the state and why, the library file
 * opened, the descriptor, the plugin ABI it was built against and needs,
 * and its manifest.  Loads nothing.  The caller holds the registry lock if
 * other threads may be loading plugins.
 *
 * Returns the text, caller frees.
 */
char *
virPluginReportInspect(const virPlugin *plugin)
{
    const virPluginDescriptor *d = plugin->desc;
    const virPluginManifest *m = plugin->manifest;
    g_autofree char *coreAbi = g_strdup_printf("%u.%u", VIR_PLUGIN_ABI_MAJOR,
                                               VIR_PLUGIN_ABI_MINOR);
    GString *out = g_string_new(NULL);

    g_string_append_printf(out, _("Plugin %1$s\n"), plugin->name);
    virPluginReportField(out, _("State"), virPluginStateToString(plugin->state));
    if (plugin->reason)
        virPluginReportField(out, _("Reason"), plugin->reason);
    virPluginReportField(out, _("Library file"), plugin->libraryPath);

    g_string_append_printf(out, "\n%s\n", _("Descriptor"));
    if (d) {
        g_autofree char *kinds = virPluginKindsFormat(d->kinds);
        g_autofree char *flags = virPluginReportFlagsFormat(d->flags);
        g_autofree char *registered = virPluginKindsFormat(plugin->registeredKinds);
        g_autofree char *size = g_strdup_printf(_("%1$u bytes"), plugin->descSize);

        virPluginReportField(out, _("Name"), d->name);
        virPluginReportField(out, _("Version"), d->version);
        virPluginReportField(out, _("License"), d->license);
        virPluginReportField(out, _("Vendor"), d->vendor);
        virPluginReportField(out, _("Origin"), d->origin);
        virPluginReportField(out, _("Release date"), d->releaseDate);
        virPluginReportField(out, _("Description"), d->description);
        virPluginReportField(out, _("Kinds"), kinds);
        virPluginReportField(out, _("Registered"), registered);
        virPluginReportField(out, _("Flags"), flags);
        virPluginReportField(out, _("Size"), size);
    } else {
        g_string_append_printf(out, "  %s\n", _("(not available: the plugin is not loaded)"));
    }

    g_string_append_printf(out, "\n%s\n", _("Plugin ABI"));
    if (d) {
        g_autofree char *built = g_strdup_printf("%u.%u", d->hdr.abiMajor, d->hdr.abiMinor);
        g_autofree char *needs = g_strdup_printf(_("%1$u.%2$u or later"),
                                                 d->hdr.abiMajor, d->minCoreMinor);

        virPluginReportField(out, _("Built against"), built);
        virPluginReportField(out, _("Needs core"), needs);
    } else if (m) {
        g_autofree char *major = g_strdup_printf(_("%1$u (from the manifest)"), m->abiMajor);

        virPluginReportField(out, _("Built against"), major);
    }
    virPluginReportField(out, _("This core"), coreAbi);

    g_string_append_printf(out, "\n%s\n", _("Manifest"));
    if (m || plugin->state == VIR_PLUGIN_STATE_INVALID_MANIFEST)
        virPluginReportField(out, _("File"), plugin->manifestPath);
    if (m) {
        g_autofree char *kinds = virPluginKindsFormat(m->kinds);
        g_autofree char *abi = g_strdup_printf("%u", m->abiMajor);

        virPluginReportField(out, _("Name"), m->name);
        virPluginReportField(out, _("Library"), m->library);
        virPluginReportField(out, _("Library base"), m->libraryBase);
        virPluginReportField(out, _("ABI major"), abi);
        virPluginReportField(out, _("Kinds"), kinds);
        virPluginReportFieldList(out, _("URI schemes"), m->uriSchemes);
        virPluginReportFieldList(out, _("Pool types"), m->poolTypes);
        virPluginReportFieldList(out, _("Forward modes"), m->forwardModes);
        virPluginReportFieldList(out, _("Security models"), m->securityModels);
        virPluginReportField(out, _("Isolation"), m->isolation);
        virPluginReportField(out, _("Global symbols"), m->needsGlobalSymbols ? _("yes") : _("no"));
        virPluginReportField(out, _("Description"), m->description);
    } else if (plugin->state == VIR_PLUGIN_STATE_INVALID_MANIFEST) {
        g_string_append_printf(out, "  %s\n", _("(invalid: see the reason above)"));
    } else {
        g_string_append_printf(out, "  %s\n", _("(none: the library file was given directly)"));
    }
    return g_string_free(out, FALSE);
}


/* ---- vireoPluginReport() ------------------------------------------------- */

/* The plugin @name names for vireoPluginReport(), loaded if it can be, or
 * NULL with an error reported. */
static virPlugin *
virPluginReportFindNamed(const char *name)
{
    g_autofree char *dirs = NULL;
    virPlugin *plugin;

    if ((plugin = virPluginRegistryFind(name))) {
        if (virPluginLoad(plugin) < 0)
            virResetLastError();    /* the record says why: it is the report */
        return plugin;
    }
    dirs = virPluginRegistrySearchPathString();
    virReportError(VIR_ERR_INVALID_ARG,
                   _("no plugin named '%1$s' on the search path (searched %2$s)"), name, dirs);
    return NULL;
}

/* The plugin that registered @conn's driver, or NULL with an error reported. */
static virPlugin *
virPluginReportFindServing(virConnectPtr conn)
{
    const virConnectDriver *driver = conn->driver;

    if (!driver || !driver->plugin) {
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("no plugin serves the connection to '%1$s': its driver '%2$s' was not registered by a plugin"),
                       conn->uristr, driver ? driver->name : "?");
        return NULL;
    }
    return driver->plugin;
}

/* vireoPluginReport() once the connection is checked: the text, or NULL
 * with an error reported. */
static char *
virPluginReportConnect(virConnectPtr conn, const char *name, unsigned int flags)
{
    g_autoptr(GRecMutexLocker) locker = NULL;
    g_autoptr(GPtrArray) list = NULL;
    g_autoptr(GPtrArray) shown = NULL;
    unsigned int unknown = flags & ~(unsigned int)(VIREO_PLUGIN_REPORT_INSPECT |
                                                   VIREO_PLUGIN_REPORT_ALL);
    virPlugin *plugin;
    guint i;

    /* the entry point's own name in the messages, as virCheckFlags() words them */
    if (unknown) {
        virReportInvalidArgDetail(VIR_FROM_THIS, "vireoPluginReport",
                                  _("unsupported flags (0x%1$x) in function %2$s"),
                                  unknown, "vireoPluginReport");
        return NULL;
    }
    if ((flags & VIREO_PLUGIN_REPORT_INSPECT) && (flags & VIREO_PLUGIN_REPORT_ALL)) {
        virReportInvalidArgDetail(VIR_FROM_THIS, "vireoPluginReport",
                                  _("Flags '%1$s' and '%2$s' are mutually exclusive"),
                                  "VIREO_PLUGIN_REPORT_INSPECT", "VIREO_PLUGIN_REPORT_ALL");
        return NULL;
    }
    if (name && !(flags & VIREO_PLUGIN_REPORT_INSPECT)) {
        virReportInvalidArgDetail(VIR_FROM_THIS, "vireoPluginReport",
                                  _("name in %1$s must be NULL without VIREO_PLUGIN_REPORT_INSPECT"),
                                  "vireoPluginReport");
        return NULL;
    }

    /* no load may change a record while it is read (loads take it too:
     * it is recursive) */
    locker = g_rec_mutex_locker_new(virPluginRegistryGetLock());

    if (flags & VIREO_PLUGIN_REPORT_INSPECT) {
        if (!(plugin = name ? virPluginReportFindNamed(name) : virPluginReportFindServing(conn)))
            return NULL;
        return virPluginReportInspect(plugin);
    }

    list = virPluginRegistryList();
    if (flags & VIREO_PLUGIN_REPORT_ALL) {
        for (i = 0; i < list->len; i++) {
            if (virPluginLoad(g_ptr_array_index(list, i)) < 0)
                virResetLastError();    /* the record says why */
        }
        return virPluginReportList(list, true);
    }

    /* what this process loaded: the plugin serving the connection, and
     * what it or earlier connections asked for, loaded or not */
    shown = g_ptr_array_new();
    for (i = 0; i < list->len; i++) {
        virPlugin *p = g_ptr_array_index(list, i);

        if (p->tried || p->state == VIR_PLUGIN_STATE_LOADED)
            g_ptr_array_add(shown, p);
    }
    return virPluginReportList(shown, false);
}

/**
 * vireoPluginReport:
 * @conn: a connection
 * @name: with VIREO_PLUGIN_REPORT_INSPECT, a plugin name, or NULL for the
 *        plugin serving @conn; NULL otherwise
 * @flags: bitwise-OR of vireoPluginReportFlags
 *
 * The public entry point of <libvirt/libvirt-vireo.h> (see the contract
 * there), in the VIREO_0.1.0 node: the table of the plugins this process
 * loaded or tried to load, of every plugin (VIREO_PLUGIN_REPORT_ALL, which
 * loads them all), or one plugin's report (VIREO_PLUGIN_REPORT_INSPECT).
 *
 * Returns the text (caller frees), or NULL with the error dispatched.
 */
char *
vireoPluginReport(virConnectPtr conn, const char *name, unsigned int flags)
{
    char *ret;

    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return NULL;
    }
    if (!(ret = virPluginReportConnect(conn, name, flags))) {
        virDispatchError(conn);
        return NULL;
    }
    return ret;
}
