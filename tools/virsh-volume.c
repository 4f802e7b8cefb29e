/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-volume.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef storageVolCmds[] = {
    { .name = NULL },
};
