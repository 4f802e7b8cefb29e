/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * viruuid.c: UUID parsing, formatting and generation
 */
#include <config.h>

#include "viruuid.h"

/**
 * virUUIDParse:
 * @str: text form: 32 hex digits, with '-' between any of them and blanks
 *       around, as libvirt accepts ("6695eb01-f6a4-8304-79aa-97f2502e193f")
 * @uuid: VIR_UUID_BUFLEN bytes to fill
 *
 * Returns 0, or -1 (nothing reported) when @str is not a UUID.
 */
int
virUUIDParse(const char *str, unsigned char *uuid)
{
    const char *p = str;
    size_t i = 0;

    if (!str)
        return -1;
    while (g_ascii_isspace(*p))
        p++;
    while (i < VIR_UUID_BUFLEN) {
        if (*p == '-') {
            p++;
            continue;
        }
        if (!g_ascii_isxdigit(p[0]) || !g_ascii_isxdigit(p[1]))
            return -1;
        uuid[i++] = (g_ascii_xdigit_value(p[0]) << 4) | g_ascii_xdigit_value(p[1]);
        p += 2;
    }
    while (g_ascii_isspace(*p))
        p++;
    return *p ? -1 : 0;
}

/**
 * virUUIDFormat:
 * @uuid: VIR_UUID_BUFLEN raw bytes
 * @buf: VIR_UUID_STRING_BUFLEN bytes to fill
 *
 * Returns @buf, holding the lower-case 8-4-4-4-12 form.
 */
char *
virUUIDFormat(const unsigned char *uuid, char *buf)
{
    static const char hex[] = "0123456789abcdef";
    char *p = buf;
    size_t i;

    /* by hand: formatting UUIDs is on every lookup's and event's path */
    for (i = 0; i < VIR_UUID_BUFLEN; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = hex[uuid[i] >> 4];
        *p++ = hex[uuid[i] & 0xf];
    }
    *p = '\0';
    return buf;
}

/**
 * virUUIDGenerate:
 * @uuid: VIR_UUID_BUFLEN bytes to fill with a random (version 4) UUID
 */
void
virUUIDGenerate(unsigned char *uuid)
{
    g_autofree char *str = g_uuid_string_random();

    virUUIDParse(str, uuid);
}
