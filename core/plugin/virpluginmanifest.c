/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginmanifest.c: reading and checking plugin manifests
 */
#include <config.h>

#include "virpluginmanifest.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define VIR_PLUGIN_MANIFEST_GROUP "Plugin"

static const struct {
    virPluginKind kind;
    const char *name;
    const char *providesKey;       /* what a manifest of this kind must list */
} virPluginKinds[] = {
    { VIR_PLUGIN_KIND_HYPERVISOR, "hypervisor", "UriSchemes" },
    { VIR_PLUGIN_KIND_STORAGE, "storage", "PoolTypes" },
    { VIR_PLUGIN_KIND_NETWORK, "network", "ForwardModes" },
    { VIR_PLUGIN_KIND_SECLABEL, "seclabel", "SecurityModels" },
};

/**
 * virPluginKindToString:
 * @kind: one virPluginKind bit
 *
 * Returns its manifest name ("hypervisor"), or "unknown".
 */
const char *
virPluginKindToString(virPluginKind kind)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virPluginKinds); i++) {
        if (virPluginKinds[i].kind == kind)
            return virPluginKinds[i].name;
    }
    return "unknown";
}

/**
 * virPluginKindsFormat:
 * @kinds: virPluginKind bits
 *
 * Returns the kinds as a comma-separated list ("hypervisor,storage").
 */
char *
virPluginKindsFormat(unsigned int kinds)
{
    GString *buf = g_string_new(NULL);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virPluginKinds); i++) {
        if (!(kinds & virPluginKinds[i].kind))
            continue;
        if (buf->len)
            g_string_append_c(buf, ',');
        g_string_append(buf, virPluginKinds[i].name);
    }
    return g_string_free(buf, FALSE);
}

static bool
virPluginManifestValidName(const char *name)
{
    const char *p;

    if (!*name)
        return false;
    for (p = name; *p; p++) {
        if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.')
            return false;
    }
    return true;
}

static char **
virPluginManifestList(GKeyFile *kf, const char *key)
{
    g_auto(GStrv) raw = g_key_file_get_string_list(kf, VIR_PLUGIN_MANIFEST_GROUP, key, NULL, NULL);
    GPtrArray *list = g_ptr_array_new();
    size_t i;

    for (i = 0; raw && raw[i]; i++) {
        g_autofree char *item = g_strstrip(g_strdup(raw[i]));

        if (*item)
            g_ptr_array_add(list, g_steal_pointer(&item));
    }
    g_ptr_array_add(list, NULL);
    return (char **)g_ptr_array_free(list, FALSE);
}

/**
 * virPluginManifestProvides:
 * @manifest: a manifest
 * @kind: one virPluginKind bit
 *
 * Returns what the manifest provides for @kind (URI schemes, pool types,
 * forward modes or security models): a NULL-terminated list it owns.
 */
char **
virPluginManifestProvides(const virPluginManifest *manifest, virPluginKind kind)
{
    switch (kind) {
    case VIR_PLUGIN_KIND_HYPERVISOR:
        return manifest->uriSchemes;
    case VIR_PLUGIN_KIND_STORAGE:
        return manifest->poolTypes;
    case VIR_PLUGIN_KIND_NETWORK:
        return manifest->forwardModes;
    case VIR_PLUGIN_KIND_SECLABEL:
        return manifest->securityModels;
    }
    return NULL;
}

static int
virPluginManifestParse(virPluginManifest *m, GKeyFile *kf)
{
    g_autoptr(GError) gerr = NULL;
    g_auto(GStrv) kinds = NULL;
    g_autofree char *abi = NULL;
    char *end = NULL;
    size_t i;

    if (!g_key_file_has_group(kf, VIR_PLUGIN_MANIFEST_GROUP)) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' has no [Plugin] group"),
                       m->path);
        return -1;
    }
    if (!(m->name = g_key_file_get_string(kf, VIR_PLUGIN_MANIFEST_GROUP, "Name", NULL)) ||
        !virPluginManifestValidName(m->name)) {
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("plugin manifest '%1$s' needs Name= made of letters, digits, '-', '_' and '.'"),
                       m->path);
        return -1;
    }
    if (!(m->library = g_key_file_get_string(kf, VIR_PLUGIN_MANIFEST_GROUP, "Library", NULL)) ||
        !*m->library) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' has no Library="), m->path);
        return -1;
    }
    if (!(abi = g_key_file_get_string(kf, VIR_PLUGIN_MANIFEST_GROUP, "AbiMajor", NULL)) ||
        !g_ascii_isdigit(*abi) || (m->abiMajor = strtoul(abi, &end, 10), *end)) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' needs AbiMajor= as a number"),
                       m->path);
        return -1;
    }
    kinds = g_key_file_get_string_list(kf, VIR_PLUGIN_MANIFEST_GROUP, "Kinds", NULL, &gerr);
    if (!kinds || !kinds[0]) {
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("plugin manifest '%1$s' needs Kinds= (hypervisor, storage, network, seclabel)"),
                       m->path);
        return -1;
    }
    for (i = 0; kinds[i]; i++) {
        const char *kind = g_strstrip(kinds[i]);
        size_t k;

        for (k = 0; k < G_N_ELEMENTS(virPluginKinds); k++) {
            if (g_str_equal(kind, virPluginKinds[k].name))
                break;
        }
        if (k == G_N_ELEMENTS(virPluginKinds)) {
            virReportError(VIR_ERR_CONF_SYNTAX,
                           _("plugin manifest '%1$s' names an unknown kind '%2$s'"), m->path, kind);
            return -1;
        }
        m->kinds |= virPluginKinds[k].kind;
    }

    m->uriSchemes = virPluginManifestList(kf, "UriSchemes");
    m->poolTypes = virPluginManifestList(kf, "PoolTypes");
    m->forwardModes = virPluginManifestList(kf, "ForwardModes");
    m->securityModels = virPluginManifestList(kf, "SecurityModels");
    for (i = 0; i < G_N_ELEMENTS(virPluginKinds); i++) {
        char **provides = virPluginManifestProvides(m, virPluginKinds[i].kind);

        if ((m->kinds & virPluginKinds[i].kind) && !provides[0]) {
            virReportError(VIR_ERR_CONF_SYNTAX,
                           _("plugin manifest '%1$s' is of kind %2$s but lists no %3$s="),
                           m->path, virPluginKinds[i].name, virPluginKinds[i].providesKey);
            return -1;
        }
    }

    m->isolation = g_key_file_get_string(kf, VIR_PLUGIN_MANIFEST_GROUP, "Isolation", NULL);
    if (!m->isolation)
        m->isolation = g_strdup("in-process");
    if (!g_str_equal(m->isolation, "in-process")) {
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("plugin manifest '%1$s' asks for Isolation=%2$s; this core runs plugins in-process only"),
                       m->path, m->isolation);
        return -1;
    }
    m->needsGlobalSymbols = g_key_file_get_boolean(kf, VIR_PLUGIN_MANIFEST_GROUP,
                                                   "NeedsGlobalSymbols", NULL);
    m->description = g_key_file_get_string(kf, VIR_PLUGIN_MANIFEST_GROUP, "Description", NULL);

    if (g_path_is_absolute(m->library))
        m->libraryBase = g_strdup(m->library);
    else
        m->libraryBase = g_build_filename(m->dir, m->library, NULL);
    return 0;
}

/**
 * virPluginManifestLoad:
 * @path: a .plugin file
 *
 * Returns the parsed manifest, or NULL with VIR_ERR_CONF_SYNTAX (bad
 * content) or VIR_ERR_OPEN_FAILED (unreadable) reported, naming @path.
 */
virPluginManifest *
virPluginManifestLoad(const char *path)
{
    g_autoptr(virPluginManifest) m = g_new0(virPluginManifest, 1);
    g_autoptr(GError) gerr = NULL;

    m->path = g_strdup(path);
    m->dir = g_path_get_dirname(path);
    m->keyfile = g_key_file_new();
    if (!g_key_file_load_from_file(m->keyfile, path, G_KEY_FILE_NONE, &gerr)) {
        if (gerr->domain == G_FILE_ERROR)
            virReportError(VIR_ERR_OPEN_FAILED, "%s: %s", path, gerr->message);
        else
            virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s': %2$s"), path,
                           gerr->message);
        return NULL;
    }
    if (virPluginManifestParse(m, m->keyfile) < 0)
        return NULL;
    return g_steal_pointer(&m);
}

/**
 * virPluginManifestFree:
 * @manifest: a manifest, or NULL
 */
void
virPluginManifestFree(virPluginManifest *manifest)
{
    if (!manifest)
        return;
    g_free(manifest->path);
    g_free(manifest->dir);
    g_free(manifest->name);
    g_free(manifest->library);
    g_free(manifest->libraryBase);
    g_strfreev(manifest->uriSchemes);
    g_strfreev(manifest->poolTypes);
    g_strfreev(manifest->forwardModes);
    g_strfreev(manifest->securityModels);
    g_free(manifest->isolation);
    g_free(manifest->description);
    if (manifest->keyfile)
        g_key_file_free(manifest->keyfile);
    g_free(manifest);
}
