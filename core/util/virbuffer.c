/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virbuffer.c: the indenting, escaping text buffer
 */
#include <config.h>

#include "virbuffer.h"

static void
virBufferEnsure(virBuffer *buf)
{
    if (!buf->str)
        buf->str = g_string_sized_new(256);
}

/* Indents when the next character starts a line. */
static void
virBufferApplyIndent(virBuffer *buf)
{
    virBufferEnsure(buf);
    static const char spaces[] = "                                                                ";
    int left;

    if (buf->indent <= 0 || (buf->str->len > 0 && buf->str->str[buf->str->len - 1] != '\n'))
        return;
    /* a copy of blanks, not printf: formatting XML indents every line */
    for (left = buf->indent; left > 0; left -= sizeof(spaces) - 1)
        g_string_append_len(buf->str, spaces, MIN(left, (int)sizeof(spaces) - 1));
}

/**
 * virBufferAdd:
 * @buf: the buffer
 * @str: text to add; NULL adds nothing
 * @len: its length, or -1 for all of it
 *
 * Adds @str, indenting it if it starts a line.  Text should not contain
 * newlines except at its end, so that each line gets the indentation.
 */
void
virBufferAdd(virBuffer *buf, const char *str, int len)
{
    if (!str)
        return;
    if (len < 0)
        len = strlen(str);
    if (len == 0)
        return;
    virBufferApplyIndent(buf);
    g_string_append_len(buf->str, str, len);
}

void
virBufferAddLit(virBuffer *buf, const char *str)
{
    virBufferAdd(buf, str, -1);
}

void
virBufferAddChar(virBuffer *buf, char c)
{
    virBufferAdd(buf, &c, 1);
}

/**
 * virBufferAddBuffer:
 * @buf: the buffer
 * @child: a buffer whose content is moved to the end of @buf (emptied)
 */
void
virBufferAddBuffer(virBuffer *buf, virBuffer *child)
{
    g_autofree char *content = virBufferContentAndReset(child);

    if (content && *content) {
        virBufferEnsure(buf);
        g_string_append(buf->str, content);
    }
}

void
virBufferVasprintf(virBuffer *buf, const char *format, va_list ap)
{
    char small[256];
    va_list copy;
    int len;

    virBufferApplyIndent(buf);
    /* most pieces are short: format them on the stack, without the
     * allocation g_string_append_vprintf() makes for every call */
    va_copy(copy, ap);
    len = g_vsnprintf(small, sizeof(small), format, copy);
    va_end(copy);
    if (len >= 0 && len < (int)sizeof(small))
        g_string_append_len(buf->str, small, len);
    else
        g_string_append_vprintf(buf->str, format, ap);
}

/**
 * virBufferAsprintf:
 * @buf: the buffer
 * @format: printf-style format
 *
 * Adds formatted text, indenting it if it starts a line.
 */
void
virBufferAsprintf(virBuffer *buf, const char *format, ...)
{
    va_list ap;

    va_start(ap, format);
    virBufferVasprintf(buf, format, ap);
    va_end(ap);
}

/**
 * virXMLEscapeString:
 * @str: text
 *
 * Returns @str escaped for XML text and attribute values in single or
 * double quotes (&lt; &gt; &amp; &apos; &quot;), as libvirt escapes it.
 */
char *
virXMLEscapeString(const char *str)
{
    GString *out = g_string_sized_new(strlen(str) + 16);
    const char *p;

    for (p = str; *p; p++) {
        switch (*p) {
        case '<':
            g_string_append(out, "&lt;");
            break;
        case '>':
            g_string_append(out, "&gt;");
            break;
        case '&':
            g_string_append(out, "&amp;");
            break;
        case '\'':
            g_string_append(out, "&apos;");
            break;
        case '"':
            g_string_append(out, "&quot;");
            break;
        default:
            g_string_append_c(out, *p);
        }
    }
    return g_string_free(out, FALSE);
}

/**
 * virBufferEscapeString:
 * @buf: the buffer
 * @format: printf format with one %s
 * @str: the value, escaped for XML; NULL adds nothing at all
 */
void
virBufferEscapeString(virBuffer *buf, const char *format, const char *str)
{
    g_autofree char *escaped = NULL;

    if (!str)
        return;
    escaped = virXMLEscapeString(str);
    virBufferAsprintf(buf, format, escaped);
}

void
virBufferAdjustIndent(virBuffer *buf, int delta)
{
    buf->indent = MAX(0, buf->indent + delta);
}

void
virBufferSetIndent(virBuffer *buf, int indent)
{
    buf->indent = MAX(0, indent);
}

int
virBufferGetIndent(const virBuffer *buf)
{
    return buf->indent;
}

size_t
virBufferUse(const virBuffer *buf)
{
    return buf->str ? buf->str->len : 0;
}

/**
 * virBufferCurrentContent:
 * @buf: the buffer
 *
 * Returns the content so far (owned by the buffer; "" when empty).
 */
const char *
virBufferCurrentContent(virBuffer *buf)
{
    virBufferEnsure(buf);
    return buf->str->str;
}

/**
 * virBufferContentAndReset:
 * @buf: the buffer
 *
 * Returns the content (caller frees; NULL when nothing was added) and
 * empties the buffer.
 */
char *
virBufferContentAndReset(virBuffer *buf)
{
    char *ret = buf->str ? g_string_free(buf->str, FALSE) : NULL;

    buf->str = NULL;
    buf->indent = 0;
    return ret;
}

void
virBufferFreeAndReset(virBuffer *buf)
{
    g_free(virBufferContentAndReset(buf));
}

/**
 * virBufferTrimChars:
 * @buf: the buffer
 * @trim: characters to remove from the end
 */
void
virBufferTrimChars(virBuffer *buf, const char *trim)
{
    while (buf->str && buf->str->len && strchr(trim, buf->str->str[buf->str->len - 1]))
        g_string_truncate(buf->str, buf->str->len - 1);
}
