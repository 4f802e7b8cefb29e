/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-event.h: the event loop contract
 *
 * How an application supplies, or asks the library to run, the loop
 * that watches file handles and fires timers for asynchronous events.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_EVENT_H
#define LIBVIRT_EVENT_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-event.h>"
#endif

/* ---- Callbacks an event loop implementation must provide ---- */

/**
 * virEventHandleCallback:
 * @watch: watch number returned when the handle was added
 * @fd: the file descriptor being watched
 * @events: virEventHandleType bits that are pending on @fd
 * @opaque: user data given when the handle was added
 *
 * Invoked by the event loop when @fd has one of the conditions the watch
 * asked for (errors and hangups are always reported).
 */
typedef void (*virEventHandleCallback)(int watch,
                                       int fd,
                                       int events,
                                       void *opaque);

/**
 * virEventAddHandleFunc:
 * @fd: file descriptor to watch
 * @event: virEventHandleType bits to wait for
 * @cb: function to call when @fd is ready
 * @opaque: user data for @cb
 * @ff: optional function to release @opaque once the watch is removed
 *
 * Supplied by an application's event loop: start watching @fd.
 *
 * Returns a watch number >= 0, or -1 on failure.
 */
typedef int (*virEventAddHandleFunc)(int fd,
                                     int event,
                                     virEventHandleCallback cb,
                                     void *opaque,
                                     virFreeCallback ff);

/**
 * virEventTimeoutCallback:
 * @timer: timer number returned when the timeout was added
 * @opaque: user data given when the timeout was added
 *
 * Invoked by the event loop each time the timer fires.
 */
typedef void (*virEventTimeoutCallback)(int timer, void *opaque);

/**
 * virEventAddTimeoutFunc:
 * @timeout: period in milliseconds; 0 fires on every loop iteration,
 *           -1 creates the timer disabled
 * @cb: function to call when the timer fires
 * @opaque: user data for @cb
 * @ff: optional function to release @opaque once the timer is removed
 *
 * Supplied by an application's event loop: create a repeating timer.
 *
 * Returns a timer number >= 0, or -1 on failure.
 */
typedef int (*virEventAddTimeoutFunc)(int timeout,
                                      virEventTimeoutCallback cb,
                                      void *opaque,
                                      virFreeCallback ff);

/**
 * virEventRemoveHandleFunc:
 * @watch: watch number to remove
 *
 * Supplied by an application's event loop: stop watching.  The loop must
 * call the watch's free callback, if any, once no invocation of its
 * handler can still be running, and preferably not from inside this call.
 *
 * Returns 0 on success, -1 if @watch is unknown.
 */
typedef int (*virEventRemoveHandleFunc)(int watch);

/**
 * virEventRemoveTimeoutFunc:
 * @timer: timer number to remove
 *
 * Supplied by an application's event loop: delete a timer, then release
 * its user data through its free callback, as for handles.
 *
 * Returns 0 on success, -1 if @timer is unknown.
 */
typedef int (*virEventRemoveTimeoutFunc)(int timer);

/**
 * virEventUpdateHandleFunc:
 * @watch: watch number to change
 * @event: new set of virEventHandleType bits; 0 pauses the watch
 *
 * Supplied by an application's event loop: change what a watch waits for.
 */
typedef void (*virEventUpdateHandleFunc)(int watch, int event);

/**
 * virEventUpdateTimeoutFunc:
 * @timer: timer number to change
 * @timeout: new period in milliseconds, 0 for every iteration, -1 to
 *           disable
 *
 * Supplied by an application's event loop: change a timer's period.
 */
typedef void (*virEventUpdateTimeoutFunc)(int timer, int timeout);

/* ---- Choosing and running the event loop ---- */

/**
 * virEventRegisterImpl:
 * @addHandle: function that adds a file handle watch
 * @updateHandle: function that changes a watch's events
 * @removeHandle: function that removes a watch
 * @addTimeout: function that adds a timer
 * @updateTimeout: function that changes a timer's period
 * @removeTimeout: function that removes a timer
 *
 * Plugs the application's own event loop (for example a GUI toolkit's)
 * into the library.  Call it once, before opening any connection; the
 * choice cannot be changed later.  All six functions must be provided.
 */
void virEventRegisterImpl(virEventAddHandleFunc addHandle,
                          virEventUpdateHandleFunc updateHandle,
                          virEventRemoveHandleFunc removeHandle,
                          virEventAddTimeoutFunc addTimeout,
                          virEventUpdateTimeoutFunc updateTimeout,
                          virEventRemoveTimeoutFunc removeTimeout);

/**
 * virEventRegisterDefaultImpl:
 *
 * Installs the library's built-in, poll()-based event loop.  Call it
 * before opening connections, then drive the loop with
 * virEventRunDefaultImpl() from a dedicated thread.
 *
 * Returns 0 on success, -1 on error.
 */
int virEventRegisterDefaultImpl(void);

/**
 * virEventRunDefaultImpl:
 *
 * Runs one iteration of the built-in event loop: waits until a watched
 * handle is ready or a timer is due, then dispatches the callbacks.
 * Applications usually call it in a loop.
 *
 * Returns 0 on success, -1 on error.
 */
int virEventRunDefaultImpl(void);

/* ---- Using the registered event loop ---- */

/**
 * virEventAddHandle:
 * @fd: file descriptor to watch
 * @events: virEventHandleType bits to wait for
 * @cb: function to call when @fd is ready
 * @opaque: user data for @cb
 * @ff: optional function to release @opaque after removal
 *
 * Adds a watch to whichever event loop has been registered.
 *
 * Returns a watch number >= 0, or -1 if no loop is registered or on error.
 */
int virEventAddHandle(int fd,
                      int events,
                      virEventHandleCallback cb,
                      void *opaque,
                      virFreeCallback ff);

/**
 * virEventAddTimeout:
 * @timeout: period in milliseconds; 0 fires on every iteration, -1
 *           creates the timer disabled
 * @cb: function to call when the timer fires
 * @opaque: user data for @cb
 * @ff: optional function to release @opaque after removal
 *
 * Adds a repeating timer to the registered event loop.
 *
 * Returns a timer number >= 0, or -1 if no loop is registered or on error.
 */
int virEventAddTimeout(int timeout,
                       virEventTimeoutCallback cb,
                       void *opaque,
                       virFreeCallback ff);

/**
 * virEventRemoveHandle:
 * @watch: watch number from virEventAddHandle()
 *
 * Removes a watch from the registered event loop; its free callback runs
 * later, when that is safe.
 *
 * Returns 0 on success, -1 on error.
 */
int virEventRemoveHandle(int watch);

/**
 * virEventRemoveTimeout:
 * @timer: timer number from virEventAddTimeout()
 *
 * Removes a timer from the registered event loop; its free callback runs
 * later, when that is safe.
 *
 * Returns 0 on success, -1 on error.
 */
int virEventRemoveTimeout(int timer);

/**
 * virEventUpdateHandle:
 * @watch: watch number from virEventAddHandle()
 * @events: new virEventHandleType bits; 0 pauses the watch
 *
 * Changes the conditions a watch waits for.
 */
void virEventUpdateHandle(int watch, int events);

/**
 * virEventUpdateTimeout:
 * @timer: timer number from virEventAddTimeout()
 * @timeout: new period in milliseconds, 0 for every iteration, -1 to
 *           disable
 *
 * Changes a timer's period, or pauses and resumes it.
 */
void virEventUpdateTimeout(int timer, int timeout);

/* Conditions on a file handle, used both to ask and to report. */
typedef enum {
    VIR_EVENT_HANDLE_READABLE = 1 << 0,
    VIR_EVENT_HANDLE_WRITABLE = 1 << 1,
    VIR_EVENT_HANDLE_ERROR    = 1 << 2,  /* always reported, even if not requested */
    VIR_EVENT_HANDLE_HANGUP   = 1 << 3,  /* peer hung up; always reported */
} virEventHandleType;

#endif /* LIBVIRT_EVENT_H */
