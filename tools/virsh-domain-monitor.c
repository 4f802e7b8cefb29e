/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-domain-monitor.c: placeholder, being written */
#include <config.h>

#include "virsh.h"

const vshCmdDef domMonitoringCmds[] = {
    { .name = NULL },
};
