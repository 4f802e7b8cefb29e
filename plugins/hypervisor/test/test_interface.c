/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* test_interface.c: placeholder, being written */
#include <config.h>

#include "test_private.h"

const virPluginInterfaceDriver testInterfaceDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginInterfaceDriver),
};

int
testInterfaceLoad(testDriver *driver G_GNUC_UNUSED, const char *xml G_GNUC_UNUSED)
{
    return 0;
}

void
testInterfaceObjFree(testInterfaceObj *obj G_GNUC_UNUSED)
{
}
