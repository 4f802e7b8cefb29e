/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginmanifest.h: plugin manifests, read without loading any code
 *
 * Each plugin installs <kind>-<name>.plugin beside its library:
 *
 *   [Plugin]
 *   Name=test
 *   Library=libvirt_plugin_hypervisor_test
 *   AbiMajor=1
 *   Kinds=hypervisor
 *   UriSchemes=test
 *
 * Other kinds declare PoolTypes=, ForwardModes= or SecurityModels=.
 * Library= is relative to the manifest's folder (or absolute) and has no
 * extension: the .la of a build tree and the .so of an installation both
 * answer to it.
 */
#pragma once

#include "internal.h"
#include <libvirt/libvirt-plugin.h>

typedef struct _virPluginManifest virPluginManifest;
struct _virPluginManifest {
    char *path;                 /* the .plugin file */
    char *dir;                  /* its folder */
    char *name;
    char *library;              /* Library= as written */
    char *libraryBase;          /* resolved, without extension */
    unsigned int abiMajor;
    unsigned int kinds;         /* virPluginKind bits */
    char **uriSchemes;          /* NULL-terminated; never NULL */
    char **poolTypes;
    char **forwardModes;
    char **securityModels;
    char *isolation;            /* "in-process" */
    bool needsGlobalSymbols;
    char *description;
    char *text;                 /* the file as read */
    GKeyFile *keyfile;          /* made on demand: virPluginManifestKeyFile() */
};

virPluginManifest *virPluginManifestLoad(const char *path);
char *virPluginManifestReadText(const char *path);
virPluginManifest *virPluginManifestLoadText(const char *path, char *text);
GKeyFile *virPluginManifestKeyFile(virPluginManifest *manifest);
void virPluginManifestFree(virPluginManifest *manifest);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virPluginManifest, virPluginManifestFree);

char **virPluginManifestProvides(const virPluginManifest *manifest, virPluginKind kind);
const char *virPluginKindToString(virPluginKind kind);
char *virPluginKindsFormat(unsigned int kinds);
char *virPluginPathJoin(const char *dir, const char *name);
