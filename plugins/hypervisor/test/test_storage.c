/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* test_storage.c: placeholder, being written */
#include <config.h>

#include "test_private.h"

const virPluginStorageDriver testStorageDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginStorageDriver),
};

int
testPoolLoad(testDriver *driver G_GNUC_UNUSED, const char *xml G_GNUC_UNUSED,
             const char *const *volumeXMLs G_GNUC_UNUSED)
{
    return 0;
}

void
testPoolObjFree(testPoolObj *obj G_GNUC_UNUSED)
{
}
