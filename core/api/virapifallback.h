/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virapifallback.h: what a public call answers when the driver has no
 * callback for it but the core can (marked "r+fallback" in libvirt-api.def)
 */
#pragma once

#include "internal.h"

const char *virConnectGetTypeFallback(virConnectPtr conn);
int virConnectGetLibVersionFallback(virConnectPtr conn, unsigned long *libVer);
