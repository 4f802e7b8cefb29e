/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* test_network.c: placeholder, being written */
#include <config.h>

#include "test_private.h"

const virPluginNetworkDriver testNetworkDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginNetworkDriver),
};

int
testNetworkLoad(testDriver *driver G_GNUC_UNUSED, const char *xml G_GNUC_UNUSED)
{
    return 0;
}

void
testNetworkObjFree(testNetworkObj *obj G_GNUC_UNUSED)
{
}
