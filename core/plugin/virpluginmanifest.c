/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginmanifest.c: reading and checking plugin manifests
 */
#include <config.h>

#include <fcntl.h>
#include <unistd.h>

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

/**
 * virPluginPathJoin:
 * @dir: a folder
 * @name: a file name, or an absolute path
 *
 * Returns @dir/@name, or a copy of @name when it is absolute.  The cheap
 * form of g_build_filename() for the two parts discovery joins for every
 * manifest installed: no separator is doubled, nothing else is cleaned.
 */
char *
virPluginPathJoin(const char *dir, const char *name)
{
    size_t len = strlen(dir);
    size_t nameLen;
    char *path;

    if (len == 0 || g_path_is_absolute(name))
        return g_strdup(name);
    while (len > 1 && dir[len - 1] == '/')
        len--;
    nameLen = strlen(name);
    path = g_malloc(len + 1 + nameLen + 1);
    memcpy(path, dir, len);
    if (dir[len - 1] != '/')
        path[len++] = '/';
    memcpy(path + len, name, nameLen + 1);
    return path;
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

/*
 * The plain reading: discovery reads every manifest installed, and
 * GKeyFile's general parser cost ~25,000 instructions for a seven-line file
 * (200 manifests: several milliseconds per process).  Manifests are simple:
 * this accepts groups, comments, blank lines and "Key=Value" lines, and
 * hands anything else -- escapes, localised keys, repeated keys, keys
 * outside a group, CR, trailing blanks, no [Plugin] -- to GKeyFile, so every error
 * message stays GKeyFile's and no value is read differently.
 */
#define VIR_PLUGIN_MANIFEST_PLAIN_MAX 32

/* The [Plugin] keys of a plainly read manifest: pointers into a private
 * copy of the text, cut in place -- one allocation for the whole file. */
typedef struct {
    char *text;
    const char *keys[VIR_PLUGIN_MANIFEST_PLAIN_MAX];
    const char *values[VIR_PLUGIN_MANIFEST_PLAIN_MAX];
    size_t n;
} virPluginManifestPlain;

static void
virPluginManifestPlainFree(virPluginManifestPlain *plain)
{
    if (!plain)
        return;
    g_free(plain->text);
    g_free(plain);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virPluginManifestPlain, virPluginManifestPlainFree);

static const char *
virPluginManifestPlainGet(const virPluginManifestPlain *plain, const char *key)
{
    size_t i;

    for (i = 0; i < plain->n; i++) {
        if (strcmp(plain->keys[i], key) == 0)
            return plain->values[i];
    }
    return NULL;
}

static virPluginManifestPlain *
virPluginManifestReadPlain(const char *text)
{
    g_autoptr(virPluginManifestPlain) plain = g_new0(virPluginManifestPlain, 1);
    bool inPlugin = false;
    bool inGroup = false;
    bool sawPlugin = false;
    char *line;

    if (strchr(text, '\\') || strchr(text, '\r'))
        return NULL;
    plain->text = g_strdup(text);
    line = plain->text;
    while (*line) {
        char *eol = strchr(line, '\n');
        char *end = eol ? eol : line + strlen(line);
        char *next = eol ? eol + 1 : end;
        char *p = line;
        char *eq;
        char *k;

        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (p == end || *p == '#') {
            /* blank or comment */
        } else if (*p == '[') {
            if (end[-1] != ']')
                return NULL;
            inGroup = true;
            inPlugin = (size_t)(end - p) == strlen("[" VIR_PLUGIN_MANIFEST_GROUP "]") &&
                       strncmp(p, "[" VIR_PLUGIN_MANIFEST_GROUP "]", end - p) == 0;
            sawPlugin |= inPlugin;
        } else {
            char *keyEnd;
            char *v;

            if (!inGroup || !(eq = memchr(p, '=', end - p)) || end[-1] == ' ' ||
                end[-1] == '\t')
                return NULL;
            for (k = p; k < eq && (g_ascii_isalnum(*k) || *k == '-'); k++)
                ;
            if (k == p)
                return NULL;
            keyEnd = k;
            while (k < eq && (*k == ' ' || *k == '\t'))
                k++;
            if (k != eq)
                return NULL;
            if (inPlugin) {
                v = eq + 1;
                while (v < end && (*v == ' ' || *v == '\t'))
                    v++;
                *keyEnd = '\0';
                *end = '\0';
                if (virPluginManifestPlainGet(plain, p) ||
                    plain->n == VIR_PLUGIN_MANIFEST_PLAIN_MAX)
                    return NULL;
                plain->keys[plain->n] = p;
                plain->values[plain->n++] = v;
            }
        }
        line = next;
    }
    if (!sawPlugin)
        return NULL;
    return g_steal_pointer(&plain);
}

/* Where the [Plugin] keys come from: the plain reading above, or GKeyFile
 * for a file that reading does not take. */
typedef struct {
    GKeyFile *kf;
    virPluginManifestPlain *plain;
} virPluginManifestSource;

/* Whether the [Plugin] group has @key.  Optional keys are asked for this
 * way first: GKeyFile answers a missing one with a GError and its
 * translated message, which made up a quarter of discovery's time. */
static bool
virPluginManifestHas(const virPluginManifestSource *src, const char *key)
{
    if (src->plain)
        return virPluginManifestPlainGet(src->plain, key) != NULL;
    return g_key_file_has_key(src->kf, VIR_PLUGIN_MANIFEST_GROUP, key, NULL);
}

static char *
virPluginManifestString(const virPluginManifestSource *src, const char *key)
{
    if (src->plain)
        return g_strdup(virPluginManifestPlainGet(src->plain, key));
    if (!virPluginManifestHas(src, key))
        return NULL;
    return g_key_file_get_string(src->kf, VIR_PLUGIN_MANIFEST_GROUP, key, NULL);
}

/* a ';'-separated list, as GKeyFile splits one (a final ';' ends the last
 * item rather than starting an empty one) */
static char **
virPluginManifestStrings(const virPluginManifestSource *src, const char *key)
{
    const char *value;
    const char *p;
    char **items;
    size_t n = 0;

    if (!src->plain) {
        if (!virPluginManifestHas(src, key))
            return NULL;
        return g_key_file_get_string_list(src->kf, VIR_PLUGIN_MANIFEST_GROUP, key, NULL, NULL);
    }
    if (!(value = virPluginManifestPlainGet(src->plain, key)))
        return NULL;
    /* split by hand: g_strsplit() builds a list first, and discovery
     * splits two lists in every manifest installed */
    for (p = value; (p = strchr(p, ';')); p++)
        n++;
    items = g_new(char *, n + 2);
    n = 0;
    for (p = value; *p; ) {
        const char *semi = strchrnul(p, ';');

        items[n++] = g_strndup(p, semi - p);
        p = *semi ? semi + 1 : semi;
    }
    items[n] = NULL;
    return items;
}

static bool
virPluginManifestBoolean(const virPluginManifestSource *src, const char *key)
{
    const char *value;

    if (!src->plain)
        return virPluginManifestHas(src, key) &&
               g_key_file_get_boolean(src->kf, VIR_PLUGIN_MANIFEST_GROUP, key, NULL);
    value = virPluginManifestPlainGet(src->plain, key);
    return value && (g_str_equal(value, "true") || g_str_equal(value, "1"));
}

static char **
virPluginManifestList(const virPluginManifestSource *src, const char *key)
{
    char **items = virPluginManifestStrings(src, key);
    size_t i;
    size_t n = 0;

    if (!items)
        return g_new0(char *, 1);      /* absent: an empty list */
    /* in place: strip each item, drop the empty ones */
    for (i = 0; items[i]; i++) {
        g_strstrip(items[i]);
        if (*items[i])
            items[n++] = items[i];
        else
            g_free(items[i]);
    }
    items[n] = NULL;
    return items;
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
virPluginManifestParse(virPluginManifest *m, const virPluginManifestSource *src)
{
    g_auto(GStrv) kinds = NULL;
    g_autofree char *abi = NULL;
    char *end = NULL;
    size_t i;

    if (!src->plain && !g_key_file_has_group(src->kf, VIR_PLUGIN_MANIFEST_GROUP)) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' has no [Plugin] group"),
                       m->path);
        return -1;
    }
    if (!(m->name = virPluginManifestString(src, "Name")) ||
        !virPluginManifestValidName(m->name)) {
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("plugin manifest '%1$s' needs Name= made of letters, digits, '-', '_' and '.'"),
                       m->path);
        return -1;
    }
    if (!(m->library = virPluginManifestString(src, "Library")) ||
        !*m->library) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' has no Library="), m->path);
        return -1;
    }
    if (!(abi = virPluginManifestString(src, "AbiMajor")) ||
        !g_ascii_isdigit(*abi) || (m->abiMajor = strtoul(abi, &end, 10), *end)) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s' needs AbiMajor= as a number"),
                       m->path);
        return -1;
    }
    kinds = virPluginManifestStrings(src, "Kinds");
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

    m->uriSchemes = virPluginManifestList(src, "UriSchemes");
    m->poolTypes = virPluginManifestList(src, "PoolTypes");
    m->forwardModes = virPluginManifestList(src, "ForwardModes");
    m->securityModels = virPluginManifestList(src, "SecurityModels");
    for (i = 0; i < G_N_ELEMENTS(virPluginKinds); i++) {
        char **provides = virPluginManifestProvides(m, virPluginKinds[i].kind);

        if ((m->kinds & virPluginKinds[i].kind) && !provides[0]) {
            virReportError(VIR_ERR_CONF_SYNTAX,
                           _("plugin manifest '%1$s' is of kind %2$s but lists no %3$s="),
                           m->path, virPluginKinds[i].name, virPluginKinds[i].providesKey);
            return -1;
        }
    }

    m->isolation = virPluginManifestString(src, "Isolation");
    if (!m->isolation)
        m->isolation = g_strdup("in-process");
    if (!g_str_equal(m->isolation, "in-process")) {
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("plugin manifest '%1$s' asks for Isolation=%2$s; this core runs plugins in-process only"),
                       m->path, m->isolation);
        return -1;
    }
    m->needsGlobalSymbols = virPluginManifestBoolean(src, "NeedsGlobalSymbols");
    m->description = virPluginManifestString(src, "Description");

    m->libraryBase = virPluginPathJoin(m->dir, m->library);
    return 0;
}

/**
 * virPluginManifestReadText:
 * @path: a .plugin file
 *
 * Returns the file's text, or NULL with VIR_ERR_OPEN_FAILED reported.
 *
 * Manifests are a few hundred bytes: one read() into a buffer usually
 * takes it all, three system calls where g_file_get_contents() makes four
 * -- discovery reads every installed manifest, and system calls are most of
 * its cost.  Larger files go the general way.
 */
char *
virPluginManifestReadText(const char *path)
{
    g_autoptr(GError) gerr = NULL;
    char buf[4096];
    ssize_t got = -1;
    char *text = NULL;
    int fd;

    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0) {
        got = read(fd, buf, sizeof(buf));
        close(fd);
    }
    /* a full buffer, a NUL byte (GKeyFile says what is wrong) or an error:
     * the general way, which also words the error */
    if (got < 0 || (size_t)got == sizeof(buf) || memchr(buf, '\0', got)) {
        if (!g_file_get_contents(path, &text, NULL, &gerr)) {
            virReportError(VIR_ERR_OPEN_FAILED, "%s: %s", path, gerr->message);
            return NULL;
        }
        return text;
    }
    return g_strndup(buf, got);
}

/**
 * virPluginManifestKeyFile:
 * @manifest: a manifest
 *
 * The manifest as a GKeyFile (virPluginHost.getManifestValue reads any
 * group and key through it), made from the text on first use.
 *
 * Returns it (owned by @manifest), or NULL with VIR_ERR_CONF_SYNTAX.
 */
GKeyFile *
virPluginManifestKeyFile(virPluginManifest *manifest)
{
    g_autoptr(GError) gerr = NULL;
    g_autoptr(GKeyFile) kf = NULL;

    if (manifest->keyfile)
        return manifest->keyfile;
    kf = g_key_file_new();
    if (!g_key_file_load_from_data(kf, manifest->text, -1, G_KEY_FILE_NONE, &gerr)) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("plugin manifest '%1$s': %2$s"), manifest->path,
                       gerr->message);
        return NULL;
    }
    manifest->keyfile = g_steal_pointer(&kf);
    return manifest->keyfile;
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
    char *text = virPluginManifestReadText(path);

    if (!text)
        return NULL;
    return virPluginManifestLoadText(path, text);
}

/**
 * virPluginManifestLoadText:
 * @path: the .plugin file @text was read from
 * @text: its text (owned: kept by the manifest, or freed)
 *
 * Returns the parsed manifest, or NULL with VIR_ERR_CONF_SYNTAX reported.
 */
virPluginManifest *
virPluginManifestLoadText(const char *path, char *text)
{
    g_autoptr(virPluginManifest) m = g_new0(virPluginManifest, 1);
    g_autoptr(virPluginManifestPlain) plain = NULL;
    virPluginManifestSource src = { 0 };

    m->path = g_strdup(path);
    m->dir = g_path_get_dirname(path);
    m->text = text;
    if (!(src.plain = plain = virPluginManifestReadPlain(m->text))) {
        if (!(src.kf = virPluginManifestKeyFile(m)))
            return NULL;
    }
    if (virPluginManifestParse(m, &src) < 0)
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
    g_free(manifest->text);
    if (manifest->keyfile)
        g_key_file_free(manifest->keyfile);
    g_free(manifest);
}
