/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomainabi.h: is a domain definition the same virtual hardware as another?
 *
 * Used before a saved or migrated guest is resumed with an edited
 * definition: everything the guest can see (machine, memory, vCPUs, CPU
 * model, features, clock, and every device's kind, model, bus, target and
 * guest address) must be unchanged.  Differences are reported with
 * libvirt's VIR_ERR_CONFIG_UNSUPPORTED wording ("Target disk bus virtio
 * does not match source ide").
 *
 * Rule for callers (see docs/libvirt-reference.md section 7): normalise both
 * sides with identical parse and format flags before comparing them.
 */
#pragma once

#include "internal.h"
#include "virdomaindef.h"

typedef enum {
    /* the parts a running guest may change itself are not compared
     * (libvirt's VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE): the current
     * memory size */
    VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE = 1 << 0,
} virDomainDefABICheckFlags;

int virDomainDefCheckABIStability(const virDomainDef *src, const virDomainDef *dst,
                                  unsigned int flags);
