/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * viruri.h: connection URIs (driver[+transport]://[user@][host][:port]/[path][?query])
 */
#pragma once

#include "internal.h"

typedef struct _virURIParam virURIParam;
struct _virURIParam {
    char *name;
    char *value;
    bool ignore;          /* consumed by a layer that must not pass it on */
};

typedef struct _virURI virURI;
struct _virURI {
    char *scheme;         /* "qemu+ssh"; NULL for a bare name such as "haos" */
    char *server;         /* host, without [] around an IPv6 address */
    char *user;
    int port;             /* 0 when absent */
    char *path;
    char *query;          /* raw query string, as given */
    char *fragment;
    size_t nparams;
    virURIParam *params;  /* the query, decoded, in order */
};

virURI *virURIParse(const char *uri);
char *virURIFormat(const virURI *uri);
char *virURIFormatParams(const virURI *uri);
void virURIFree(virURI *uri);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virURI, virURIFree);

char *virURIGetDriverName(const virURI *uri);
char *virURIGetTransport(const virURI *uri);
const char *virURIGetParam(const virURI *uri, const char *name);
int virURIResolveAlias(const char *name, char **result);
