/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-domain.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef domainCmds[] = {
    { .name = NULL },
};
const vshCmdDef domEventCmds[] = {
    { .name = NULL },
};
