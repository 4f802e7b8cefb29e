/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-pool.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef storagePoolCmds[] = {
    { .name = NULL },
};
