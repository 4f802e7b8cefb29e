/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt.h: the public API, source-compatible with libvirt 9.0
 *
 * The one header applications include.  It pulls in the per-area headers
 * in dependency order; <libvirt/virterror.h> adds the error model.
 */

#ifndef LIBVIRT_H
#define LIBVIRT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __VIR_LIBVIRT_H_INCLUDES__
#include <libvirt/libvirt-common.h>
#include <libvirt/libvirt-host.h>
#include <libvirt/libvirt-domain.h>
#include <libvirt/libvirt-domain-checkpoint.h>
#include <libvirt/libvirt-domain-snapshot.h>
#include <libvirt/libvirt-event.h>
#include <libvirt/libvirt-interface.h>
#include <libvirt/libvirt-network.h>
#include <libvirt/libvirt-nodedev.h>
#include <libvirt/libvirt-nwfilter.h>
#include <libvirt/libvirt-secret.h>
#include <libvirt/libvirt-storage.h>
#include <libvirt/libvirt-stream.h>
#undef __VIR_LIBVIRT_H_INCLUDES__

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_H */
