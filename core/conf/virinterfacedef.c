/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virinterfacedef.c: placeholder, being written */
#include <config.h>

#include "virinterfacedef.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_INTERFACE

virInterfaceDef *
virInterfaceDefParseString(const char *xml G_GNUC_UNUSED, unsigned int flags G_GNUC_UNUSED)
{
    virReportError(VIR_ERR_NO_SUPPORT, "%s", "interface XML");
    return NULL;
}

virInterfaceDef *
virInterfaceDefParseNode(xmlDocPtr xml G_GNUC_UNUSED, xmlNodePtr root G_GNUC_UNUSED,
                         unsigned int flags G_GNUC_UNUSED)
{
    virReportError(VIR_ERR_NO_SUPPORT, "%s", "interface XML");
    return NULL;
}

char *
virInterfaceDefFormat(const virInterfaceDef *def G_GNUC_UNUSED, unsigned int flags G_GNUC_UNUSED)
{
    return NULL;
}

void
virInterfaceDefFree(virInterfaceDef *def)
{
    if (!def)
        return;
    g_free(def->name);
    g_free(def->mac);
    g_free(def);
}
