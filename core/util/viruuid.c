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
    g_snprintf(buf, VIR_UUID_STRING_BUFLEN,
               "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
               uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7],
               uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15]);
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
