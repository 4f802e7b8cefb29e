/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * stream.c: stream objects and the whole-stream helpers (virStreamSendAll
 * and friends) built on the per-stream driver callbacks
 */
#include <config.h>

#include <errno.h>

#include "internal.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"

#define VIR_FROM_THIS VIR_FROM_STREAMS

/* The chunk the *All helpers move at a time. */
#define VIR_STREAM_CHUNK (256 * 1024)

virStreamPtr
virStreamNew(virConnectPtr conn, unsigned int flags)
{
    virStreamPtr st;

    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_STREAMS, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return NULL;
    }
    st = virObjectNew(&virStreamClass);
    st->conn = virObjectRef(conn);
    st->flags = flags;
    return st;
}

int
virStreamRef(virStreamPtr stream)
{
    virResetLastError();
    if (!virStreamIsValidHandle(stream)) {
        virReportInvalidHandle(VIR_FROM_STREAMS, VIR_ERR_INVALID_STREAM, __func__);
        virDispatchError(NULL);
        return -1;
    }
    virObjectRef(stream);
    return 0;
}

int
virStreamFree(virStreamPtr stream)
{
    virResetLastError();
    if (!virStreamIsValidHandle(stream)) {
        virReportInvalidHandle(VIR_FROM_STREAMS, VIR_ERR_INVALID_STREAM, __func__);
        virDispatchError(NULL);
        return -1;
    }
    virObjectUnref(stream);
    return 0;
}

/*
 * Calls of the stream's driver on behalf of the helpers below.  A missing
 * callback is reported under the name of the public call it serves.
 */
#define VIR_STREAM_CALL(st, slot, apiname, ...) \
    ((st)->driver && VIR_PLUGIN_HAS(virPluginStreamDriver, (st)->driver, slot) && \
     (st)->driver->slot ? (st)->driver->slot(st, __VA_ARGS__) \
                        : (virReportUnsupported(VIR_FROM_STREAMS, apiname), -1))

static void
virStreamAbortQuietly(virStreamPtr st)
{
    virErrorPtr saved = virErrorSaveLast();

    if (st->driver && VIR_PLUGIN_HAS(virPluginStreamDriver, st->driver, streamAbort) &&
        st->driver->streamAbort)
        st->driver->streamAbort(st);
    virErrorRestoreLast(&saved);
}

static bool
virStreamEntry(virStreamPtr st, const void *handler, const char *handlerName, const char *func)
{
    virResetLastError();
    if (!virStreamIsValidHandle(st)) {
        virReportInvalidHandle(VIR_FROM_STREAMS, VIR_ERR_INVALID_STREAM, func);
        virDispatchError(NULL);
        return false;
    }
    if (!handler) {
        virReportInvalidNonNullArg(VIR_FROM_STREAMS, func, handlerName);
        virDispatchError(st->conn);
        return false;
    }
    if (st->flags & VIR_STREAM_NONBLOCK) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("data sources cannot be used for non-blocking streams"));
        virDispatchError(st->conn);
        return false;
    }
    return true;
}

/* Sends all of @data, however the driver splits it. */
static int
virStreamSendFully(virStreamPtr st, const char *data, size_t len)
{
    size_t off = 0;

    while (off < len) {
        int done = VIR_STREAM_CALL(st, streamSend, "virStreamSend", data + off, len - off);

        if (done < 0)
            return -1;
        off += done;
    }
    return 0;
}

int
virStreamSendAll(virStreamPtr stream, virStreamSourceFunc handler, void *opaque)
{
    g_autofree char *buf = NULL;

    if (!virStreamEntry(stream, handler, "handler", __func__))
        return -1;
    buf = g_malloc(VIR_STREAM_CHUNK);
    for (;;) {
        int got = handler(stream, buf, VIR_STREAM_CHUNK, opaque);

        if (got < 0) {
            virReportSystemError(errno, "%s", _("send handler failed"));
            goto error;
        }
        if (got == 0)
            break;
        if (virStreamSendFully(stream, buf, got) < 0)
            goto error;
    }
    return 0;

 error:
    virStreamAbortQuietly(stream);
    virDispatchError(stream->conn);
    return -1;
}

/* Hands all of @data to @handler, however much it takes at a time. */
static int
virStreamSinkFully(virStreamPtr st, virStreamSinkFunc handler, const char *data,
                   size_t len, void *opaque)
{
    size_t off = 0;

    while (off < len) {
        int done = handler(st, data + off, len - off, opaque);

        if (done < 0) {
            virReportSystemError(errno, "%s", _("recv handler failed"));
            return -1;
        }
        off += done;
    }
    return 0;
}

int
virStreamRecvAll(virStreamPtr stream, virStreamSinkFunc handler, void *opaque)
{
    g_autofree char *buf = NULL;

    if (!virStreamEntry(stream, handler, "handler", __func__))
        return -1;
    buf = g_malloc(VIR_STREAM_CHUNK);
    for (;;) {
        int got = VIR_STREAM_CALL(stream, streamRecv, "virStreamRecv", buf, VIR_STREAM_CHUNK);

        if (got < 0)
            goto error;
        if (got == 0)
            break;
        if (virStreamSinkFully(stream, handler, buf, got, opaque) < 0)
            goto error;
    }
    return 0;

 error:
    virStreamAbortQuietly(stream);
    virDispatchError(stream->conn);
    return -1;
}

int
virStreamSparseSendAll(virStreamPtr stream, virStreamSourceFunc handler,
                       virStreamSourceHoleFunc holeHandler,
                       virStreamSourceSkipFunc skipHandler, void *opaque)
{
    g_autofree char *buf = NULL;

    if (!virStreamEntry(stream, handler, "handler", __func__))
        return -1;
    if (!holeHandler || !skipHandler) {
        virReportInvalidNonNullArg(VIR_FROM_STREAMS, __func__,
                                   holeHandler ? "skipHandler" : "holeHandler");
        virDispatchError(stream->conn);
        return -1;
    }
    buf = g_malloc(VIR_STREAM_CHUNK);
    for (;;) {
        int inData = 0;
        long long sectionLen = 0;

        if (holeHandler(stream, &inData, &sectionLen, opaque) < 0) {
            virReportSystemError(errno, "%s", _("send handler failed"));
            goto error;
        }
        if (!inData && sectionLen == 0)
            break;                      /* end of the source */
        if (!inData) {
            if (VIR_STREAM_CALL(stream, streamSendHole, "virStreamSendHole", sectionLen, 0) < 0)
                goto error;
            if (skipHandler(stream, sectionLen, opaque) < 0) {
                virReportSystemError(errno, "%s", _("unable to skip hole"));
                goto error;
            }
        } else {
            size_t want = sectionLen > 0 && sectionLen < VIR_STREAM_CHUNK ? sectionLen
                                                                           : VIR_STREAM_CHUNK;
            int got = handler(stream, buf, want, opaque);

            if (got < 0) {
                virReportSystemError(errno, "%s", _("send handler failed"));
                goto error;
            }
            if (got == 0)
                break;
            if (virStreamSendFully(stream, buf, got) < 0)
                goto error;
        }
    }
    return 0;

 error:
    virStreamAbortQuietly(stream);
    virDispatchError(stream->conn);
    return -1;
}

int
virStreamSparseRecvAll(virStreamPtr stream, virStreamSinkFunc handler,
                       virStreamSinkHoleFunc holeHandler, void *opaque)
{
    g_autofree char *buf = NULL;

    if (!virStreamEntry(stream, handler, "handler", __func__))
        return -1;
    if (!holeHandler) {
        virReportInvalidNonNullArg(VIR_FROM_STREAMS, __func__, "holeHandler");
        virDispatchError(stream->conn);
        return -1;
    }
    buf = g_malloc(VIR_STREAM_CHUNK);
    for (;;) {
        int got = VIR_STREAM_CALL(stream, streamRecvFlags, "virStreamRecvFlags", buf,
                                  VIR_STREAM_CHUNK, VIR_STREAM_RECV_STOP_AT_HOLE);

        if (got == -3) {
            long long len = 0;

            if (VIR_STREAM_CALL(stream, streamRecvHole, "virStreamRecvHole", &len, 0) < 0)
                goto error;
            if (holeHandler(stream, len, opaque) < 0) {
                virReportSystemError(errno, "%s", _("recv hole handler failed"));
                goto error;
            }
            continue;
        }
        if (got < 0)
            goto error;
        if (got == 0)
            break;
        if (virStreamSinkFully(stream, handler, buf, got, opaque) < 0)
            goto error;
    }
    return 0;

 error:
    virStreamAbortQuietly(stream);
    virDispatchError(stream->conn);
    return -1;
}
