/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * viruuid.h: UUIDs in raw (16 bytes) and string (36 characters) form
 */
#pragma once

#include "internal.h"

int virUUIDParse(const char *str, unsigned char *uuid);
char *virUUIDFormat(const unsigned char *uuid, char *buf);
void virUUIDGenerate(unsigned char *uuid);
