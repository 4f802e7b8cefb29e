/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-network.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef networkCmds[] = {
    { .name = NULL },
};
