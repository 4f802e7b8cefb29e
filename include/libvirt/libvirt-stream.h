/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-stream.h: data streams
 *
 * Byte streams between an application and a driver, used for
 * uploads, downloads, consoles and screenshots, blocking or driven
 * by the event loop, with support for sparse (holey) data.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_STREAM_H
#define LIBVIRT_STREAM_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-stream.h>"
#endif

/**
 * virStreamAbort:
 * @stream: the stream
 *
 * Ends a transfer early and tells the other end it failed, for example
 * after a local read error.  The stream must still be freed with
 * virStreamFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamAbort(virStreamPtr stream);

/**
 * virStreamEventCallback:
 * @stream: the stream
 * @events: virStreamEventType bits that are pending
 * @opaque: user data given at registration
 *
 * Called from the event loop when a non-blocking stream can be read or
 * written, or has failed or hung up.
 */
typedef void (*virStreamEventCallback)(virStreamPtr stream,
                                       int events,
                                       void *opaque);

/**
 * virStreamEventAddCallback:
 * @stream: a stream created with VIR_STREAM_NONBLOCK
 * @events: virStreamEventType bits to watch
 * @cb: function to call when one of them occurs
 * @opaque: user data for @cb
 * @ff: optional function that releases @opaque on removal
 *
 * Drives a non-blocking stream from the event loop.  A stream has at most
 * one callback.
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamEventAddCallback(virStreamPtr stream,
                              int events,
                              virStreamEventCallback cb,
                              void *opaque,
                              virFreeCallback ff);

/**
 * virStreamEventRemoveCallback:
 * @stream: the stream
 *
 * Removes the stream's event callback; its free function then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamEventRemoveCallback(virStreamPtr stream);

/**
 * virStreamEventUpdateCallback:
 * @stream: the stream
 * @events: new virStreamEventType bits to watch; 0 pauses the callback
 *
 * Changes which events the registered callback waits for.
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamEventUpdateCallback(virStreamPtr stream, int events);

/**
 * virStreamFinish:
 * @stream: the stream
 *
 * Completes a transfer normally: flushes what is queued, signals end of
 * data and waits for the other end's verdict.  Call it after the last
 * send, or once a receive returned 0; remove any event callback first.
 *
 * Returns 0 on success, -1 if the transfer failed.
 */
int virStreamFinish(virStreamPtr stream);

/**
 * virStreamFree:
 * @stream: the stream
 *
 * Drops a reference to @stream, freeing it with the last one.  A transfer
 * in progress must first be ended with virStreamFinish() or
 * virStreamAbort().
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamFree(virStreamPtr stream);

/**
 * virStreamNew:
 * @conn: the connection
 * @flags: bitwise OR of virStreamFlags
 *
 * Creates an unattached stream.  It becomes usable once passed to a call
 * that opens a transfer, such as virStorageVolUpload() or
 * virDomainOpenConsole().
 *
 * Returns the stream (release with virStreamFree()), or NULL on error.
 */
virStreamPtr virStreamNew(virConnectPtr conn, unsigned int flags);

/**
 * virStreamRecv:
 * @stream: the stream
 * @data: buffer to fill
 * @nbytes: size of @data
 *
 * Reads up to @nbytes bytes; a blocking stream waits for at least one.
 *
 * Returns the number of bytes read, 0 at end of stream (then call
 * virStreamFinish()), -1 on error, or -2 if a non-blocking stream has no
 * data yet.
 */
int virStreamRecv(virStreamPtr stream, char *data, size_t nbytes);

/**
 * virStreamSinkFunc:
 * @st: the stream
 * @data: received bytes
 * @nbytes: number of bytes in @data
 * @opaque: user data given to the receiving call
 *
 * Consumer used by virStreamRecvAll() and virStreamSparseRecvAll(), for
 * example writing to a file.
 *
 * Returns how many bytes it consumed (it is called again for the rest),
 * or -1 to abort the transfer, preferably with errno set.
 */
typedef int (*virStreamSinkFunc)(virStreamPtr st,
                                 const char *data,
                                 size_t nbytes,
                                 void *opaque);

/**
 * virStreamRecvAll:
 * @stream: a blocking stream
 * @handler: consumer of the data
 * @opaque: user data for @handler
 *
 * Receives until end of stream, handing every chunk to @handler.
 *
 * Returns 0 on success (then call virStreamFinish()), or -1 on error, in
 * which case the stream has already been aborted.
 */
int virStreamRecvAll(virStreamPtr stream,
                     virStreamSinkFunc handler,
                     void *opaque);

/**
 * virStreamRef:
 * @stream: the stream
 *
 * Takes an extra reference, dropped later with virStreamFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamRef(virStreamPtr stream);

/**
 * virStreamSend:
 * @stream: the stream
 * @data: bytes to send
 * @nbytes: number of bytes in @data
 *
 * Writes data to the stream; fewer bytes than asked may be taken.
 *
 * Returns the number of bytes sent, -1 on error, or -2 if a non-blocking
 * stream cannot take data now.
 */
int virStreamSend(virStreamPtr stream, const char *data, size_t nbytes);

/**
 * virStreamSourceFunc:
 * @st: the stream
 * @data: buffer to fill
 * @nbytes: size of @data
 * @opaque: user data given to the sending call
 *
 * Producer used by virStreamSendAll() and virStreamSparseSendAll(), for
 * example reading from a file.
 *
 * Returns the number of bytes placed in @data, 0 at end of data, or -1 to
 * abort the transfer, preferably with errno set.
 */
typedef int (*virStreamSourceFunc)(virStreamPtr st,
                                   char *data,
                                   size_t nbytes,
                                   void *opaque);

/**
 * virStreamSendAll:
 * @stream: a blocking stream
 * @handler: producer of the data
 * @opaque: user data for @handler
 *
 * Sends everything @handler produces, until it reports end of data.
 *
 * Returns 0 on success (then call virStreamFinish()), or -1 on error, in
 * which case the stream has already been aborted.
 */
int virStreamSendAll(virStreamPtr stream,
                     virStreamSourceFunc handler,
                     void *opaque);

/**
 * virStreamRecvFlags:
 * @stream: the stream
 * @data: buffer to fill
 * @nbytes: size of @data
 * @flags: bitwise OR of virStreamRecvFlagsValues
 *
 * Like virStreamRecv(); with VIR_STREAM_RECV_STOP_AT_HOLE a sparse stream
 * stops at a hole instead of returning zeros.
 *
 * Returns the number of bytes read, 0 at end of stream, -1 on error, -2 if
 * a non-blocking stream has no data yet, or -3 when positioned at a hole
 * (size it with virStreamRecvHole()).
 */
int virStreamRecvFlags(virStreamPtr stream,
                       char *data,
                       size_t nbytes,
                       unsigned int flags);

/**
 * virStreamRecvHole:
 * @stream: a sparse stream
 * @length: where to store the hole's size in bytes
 * @flags: currently unused, pass 0
 *
 * Reads the size of the hole the stream is positioned at, the receiving
 * side of virStreamSendHole().
 *
 * Returns 0 on success, -1 on error or if there is no hole here.
 */
int virStreamRecvHole(virStreamPtr stream,
                      long long *length,
                      unsigned int flags);

/**
 * virStreamSendHole:
 * @stream: a sparse stream
 * @length: size of the hole in bytes
 * @flags: currently unused, pass 0
 *
 * Tells the other end that the next @length bytes are a hole, without
 * transferring them.
 *
 * Returns 0 on success, -1 on error.
 */
int virStreamSendHole(virStreamPtr stream,
                      long long length,
                      unsigned int flags);

/**
 * virStreamSinkHoleFunc:
 * @st: the stream
 * @length: size of the hole in bytes
 * @opaque: user data given to virStreamSparseRecvAll()
 *
 * Creates a hole of @length bytes in the destination, for example by
 * seeking forward in a file.
 *
 * Returns 0 on success, -1 to abort the transfer.
 */
typedef int (*virStreamSinkHoleFunc)(virStreamPtr st,
                                     long long length,
                                     void *opaque);

/**
 * virStreamSparseRecvAll:
 * @stream: a blocking, sparse stream
 * @handler: consumer of data sections
 * @holeHandler: consumer of holes
 * @opaque: user data for both handlers
 *
 * Like virStreamRecvAll(), but holes go to @holeHandler instead of being
 * written out as zeros.
 *
 * Returns 0 on success (then call virStreamFinish()), or -1 on error, in
 * which case the stream has already been aborted.
 */
int virStreamSparseRecvAll(virStreamPtr stream,
                           virStreamSinkFunc handler,
                           virStreamSinkHoleFunc holeHandler,
                           void *opaque);

/**
 * virStreamSourceHoleFunc:
 * @st: the stream
 * @inData: set non-zero in a data section, 0 in a hole
 * @length: set to the bytes left in the current section
 * @opaque: user data given to virStreamSparseSendAll()
 *
 * Describes where the source is, without moving its position.  At the
 * end of the source set both *@inData and *@length to 0.
 *
 * Returns 0 on success, -1 to abort the transfer.
 */
typedef int (*virStreamSourceHoleFunc)(virStreamPtr st,
                                       int *inData,
                                       long long *length,
                                       void *opaque);

/**
 * virStreamSourceSkipFunc:
 * @st: the stream
 * @length: number of bytes to skip
 * @opaque: user data given to virStreamSparseSendAll()
 *
 * Moves the source past a hole of @length bytes, for example with lseek().
 *
 * Returns 0 on success, -1 to abort the transfer.
 */
typedef int (*virStreamSourceSkipFunc)(virStreamPtr st,
                                       long long length,
                                       void *opaque);

/**
 * virStreamSparseSendAll:
 * @stream: a blocking, sparse stream
 * @handler: producer of data sections
 * @holeHandler: reports whether the source is in data or in a hole
 * @skipHandler: skips over a hole in the source
 * @opaque: user data for all handlers
 *
 * Like virStreamSendAll(), but holes in the source are sent as holes
 * rather than as zeros.
 *
 * Returns 0 on success (then call virStreamFinish()), or -1 on error, in
 * which case the stream has already been aborted.
 */
int virStreamSparseSendAll(virStreamPtr stream,
                           virStreamSourceFunc handler,
                           virStreamSourceHoleFunc holeHandler,
                           virStreamSourceSkipFunc skipHandler,
                           void *opaque);

/* Conditions reported to a virStreamEventCallback. */
typedef enum {
    VIR_STREAM_EVENT_READABLE = 1 << 0,
    VIR_STREAM_EVENT_WRITABLE = 1 << 1,
    VIR_STREAM_EVENT_ERROR    = 1 << 2,  /* always reported, even if not requested */
    VIR_STREAM_EVENT_HANGUP   = 1 << 3,  /* peer hung up; always reported */
} virStreamEventType;

/* Flags for virStreamNew(). */
typedef enum {
    VIR_STREAM_NONBLOCK = 1 << 0,  /* send/receive return -2 instead of waiting */
} virStreamFlags;

/* Flags for virStreamRecvFlags(). */
typedef enum {
    VIR_STREAM_RECV_STOP_AT_HOLE = 1 << 0,  /* return -3 at a hole instead of zeros */
} virStreamRecvFlagsValues;

#endif /* LIBVIRT_STREAM_H */
