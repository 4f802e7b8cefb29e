/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginmanifestcache.h: manifest texts kept between processes
 *
 * Discovery reads every manifest on the search path.  The cache keeps
 * each one's text with the stat() data it was read under, so that a
 * process whose manifests have not changed makes one stat() per manifest
 * instead of an open(), a read() and a close().
 *
 *   cache = virPluginManifestCacheOpen(dirs);
 *   for each folder i, for each .plugin NAME in strcmp() order:
 *       text = virPluginManifestCacheText(cache, i, dirfd, NAME, path);
 *   virPluginManifestCacheClose(cache);     (writes it when it changed)
 */
#pragma once

#include "internal.h"

typedef struct _virPluginManifestCache virPluginManifestCache;

virPluginManifestCache *virPluginManifestCacheOpen(char **dirs);
char *virPluginManifestCacheText(virPluginManifestCache *cache, size_t dir, int dirfd,
                                 const char *name, const char *path);
void virPluginManifestCacheClose(virPluginManifestCache *cache);

char *virPluginManifestCachePath(char **dirs);
unsigned int virPluginManifestCacheHitsForTests(void);
