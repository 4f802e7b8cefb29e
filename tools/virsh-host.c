/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-host.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef hostCmds[] = {
    { .name = NULL },
};
