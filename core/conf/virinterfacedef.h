/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virinterfacedef.h: host interface XML (placeholder, being written)
 */
#pragma once

#include <libxml/tree.h>

#include "internal.h"

typedef struct _virInterfaceDef virInterfaceDef;
struct _virInterfaceDef {
    char *name;
    char *mac;                        /* NULL when absent */
};

virInterfaceDef *virInterfaceDefParseString(const char *xml, unsigned int flags);
virInterfaceDef *virInterfaceDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int flags);
char *virInterfaceDefFormat(const virInterfaceDef *def, unsigned int flags);
void virInterfaceDefFree(virInterfaceDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virInterfaceDef, virInterfaceDefFree);
