/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* test_domain.c: being written */
#include <config.h>

#include "test_private.h"

void
testDomainObjFree(testDomainObj *obj)
{
    if (!obj)
        return;
    testConf->domainFree(obj->def);
    testConf->domainFree(obj->newDef);
    g_free(obj->name);
    g_free(obj);
}

int
testDomainLoad(testDriver *driver G_GNUC_UNUSED, const char *xml G_GNUC_UNUSED,
               const char *dir G_GNUC_UNUSED)
{
    return 0;
}

void
testDomainFillDriver(virPluginHypervisorDriver *driver G_GNUC_UNUSED)
{
}
