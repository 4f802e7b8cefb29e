/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpciaddr.h: PCI addresses (<address domain= bus= slot= function=/>) as
 * the network and storage XML write them
 */
#pragma once

#include <libxml/tree.h>

#include "internal.h"

typedef struct _virPCIAddress virPCIAddress;
struct _virPCIAddress {
    unsigned int domain;
    unsigned int bus;
    unsigned int slot;
    unsigned int function;
};

int virPCIAddressParseXML(xmlNodePtr node, virPCIAddress *addr);
