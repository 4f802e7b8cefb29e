/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * internal.h: what every core source file includes first
 *
 * The core is compiled with -fvisibility=hidden.  The public headers are
 * included inside a "default visibility" region, so exactly the functions
 * and the one variable they declare are exported (and then versioned by
 * libvirt.syms); everything else stays private to libvirt.so.0.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#pragma GCC visibility push(default)
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#pragma GCC visibility pop

#define VIR_UUID_RAW_LEN VIR_UUID_BUFLEN

/* Marks a translatable string that is translated later, at use. */
#ifndef N_
# define N_(s) (s)
#endif

/* Sizeof a fixed array. */
#define VIR_N_ELEMENTS(a) G_N_ELEMENTS(a)

/* Returns true if @flags has bits outside @allowed, with the error reported. */
#define virCheckFlags(allowed, retval) \
    do { \
        unsigned int vir__unknown = (flags) & ~(unsigned int)(allowed); \
        if (vir__unknown) { \
            virReportInvalidArgDetail(VIR_FROM_THIS, __func__, \
                                      _("unsupported flags (0x%1$x) in function %2$s"), \
                                      vir__unknown, __func__); \
            return retval; \
        } \
    } while (0)
