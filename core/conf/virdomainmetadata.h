/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomainmetadata.h: a domain definition's title, description and
 * <metadata> elements, read and changed one at a time as
 * virDomainGetMetadata() and virDomainSetMetadata() do
 */
#pragma once

#include "internal.h"
#include "virdomaindef.h"

/* @type: a virDomainMetadataType.  Returns a new string, or NULL with
 * VIR_ERR_NO_DOMAIN_METADATA when the definition has none of that kind. */
char *virDomainDefGetMetadata(const virDomainDef *def, int type, const char *uri);

/* @metadata NULL or empty removes the value; for VIR_DOMAIN_METADATA_ELEMENT
 * it is one XML element, stored in namespace @uri under prefix @key and
 * replacing the element of that namespace.  Returns 0, or -1 with an error
 * and @def unchanged. */
int virDomainDefSetMetadata(virDomainDef *def, int type, const char *metadata,
                            const char *key, const char *uri);
