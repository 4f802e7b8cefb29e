/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virbuffer.h: a growing text buffer that indents and escapes, for
 * formatting XML exactly the way libvirt lays it out
 *
 * Text added at the start of a line is indented by the buffer's current
 * indentation (two spaces per level, as libvirt's XML).
 */
#pragma once

#include "internal.h"

typedef struct _virBuffer virBuffer;
struct _virBuffer {
    GString *str;          /* NULL until something is added */
    int indent;            /* spaces added at the start of each line */
};

#define VIR_BUFFER_INITIALIZER { NULL, 0 }

void virBufferAdd(virBuffer *buf, const char *str, int len);
void virBufferAddLit(virBuffer *buf, const char *str);
void virBufferAddChar(virBuffer *buf, char c);
void virBufferAsprintf(virBuffer *buf, const char *format, ...) G_GNUC_PRINTF(2, 3);
void virBufferVasprintf(virBuffer *buf, const char *format, va_list ap) G_GNUC_PRINTF(2, 0);
void virBufferEscapeString(virBuffer *buf, const char *format, const char *str);
void virBufferAdjustIndent(virBuffer *buf, int delta);
void virBufferSetIndent(virBuffer *buf, int indent);
int virBufferGetIndent(const virBuffer *buf);
size_t virBufferUse(const virBuffer *buf);
const char *virBufferCurrentContent(virBuffer *buf);
char *virBufferContentAndReset(virBuffer *buf);
void virBufferFreeAndReset(virBuffer *buf);
void virBufferTrimChars(virBuffer *buf, const char *trim);
void virBufferAddBuffer(virBuffer *buf, virBuffer *child);
char *virXMLEscapeString(const char *str);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virBuffer, virBufferFreeAndReset);
