/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* virsh-util.c: placeholder, being written */
#include <config.h>

#include "virsh.h"
