/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virevent.c: the public event loop API (libvirt-event.h) and the default
 * event loop implementation, built on GLib's default main context
 *
 * The application either registers its own loop with virEventRegisterImpl()
 * or asks for ours with virEventRegisterDefaultImpl() and then calls
 * virEventRunDefaultImpl() repeatedly.  virEventAdd*()/Update*()/Remove*()
 * forward to whichever implementation was registered first.
 *
 * The default implementation attaches one GSource per watch and per timer to
 * g_main_context_default(), as libvirt 9.0 does: an application that runs a
 * GLib main loop gets libvirt's events dispatched by it, and
 * virEventRunDefaultImpl() also dispatches the application's own sources.
 *
 * Threads: every function may be called from any thread, including from
 * inside a watch or timer callback.  Callbacks are invoked by the thread that
 * runs virEventRunDefaultImpl(), without any of our locks held.  A removed
 * watch or timer keeps its GSource alive until a dispatch in progress has
 * returned (GLib holds a reference during dispatch); its finalizer then
 * queues the free callback on the loop, so @ff always runs from the loop,
 * after the last callback, and never inside virEventRemove*().
 */
#include <config.h>

#include "internal.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_EVENT


/* ---- the registered implementation -------------------------------------- */

typedef struct {
    virEventAddHandleFunc addHandle;
    virEventUpdateHandleFunc updateHandle;
    virEventRemoveHandleFunc removeHandle;
    virEventAddTimeoutFunc addTimeout;
    virEventUpdateTimeoutFunc updateTimeout;
    virEventRemoveTimeoutFunc removeTimeout;
} virEventImpl;

static GMutex virEventImplLock;
static virEventImpl virEventImplCurrent;    /* protected by virEventImplLock */

static virEventImpl
virEventImplGet(void)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventImplLock);

    return virEventImplCurrent;
}

static bool
virEventImplIsSet(const virEventImpl *impl)
{
    return impl->addHandle || impl->updateHandle || impl->removeHandle ||
           impl->addTimeout || impl->updateTimeout || impl->removeTimeout;
}

static bool
virEventImplEqual(const virEventImpl *a, const virEventImpl *b)
{
    return a->addHandle == b->addHandle &&
           a->updateHandle == b->updateHandle &&
           a->removeHandle == b->removeHandle &&
           a->addTimeout == b->addTimeout &&
           a->updateTimeout == b->updateTimeout &&
           a->removeTimeout == b->removeTimeout;
}

/* As libvirt 9.0 does, the first registration that sets any function wins
 * for the life of the process; later ones are ignored (libvirt logs a
 * warning, we log at debug level: library code does not print). */
static void
virEventImplSet(const virEventImpl *impl)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventImplLock);

    if (virEventImplIsSet(&virEventImplCurrent)) {
        if (!virEventImplEqual(&virEventImplCurrent, impl))
            g_debug("ignoring attempt to replace the registered event loop");
        return;
    }
    virEventImplCurrent = *impl;
}


/* ---- the default implementation: shared state --------------------------- */

static GMainContext *virEventGLibContext;   /* set once, never freed */

static GMutex virEventGLibLock;             /* protects everything below */
static GHashTable *virEventGLibHandles;     /* watch id -> virEventGLibHandle* */
static GHashTable *virEventGLibTimeouts;    /* timer id -> virEventGLibTimeout* */
static int virEventGLibNextWatch = 1;
static int virEventGLibNextTimer = 1;

typedef struct {
    virFreeCallback ff;
    void *opaque;
} virEventGLibFreeData;

static gboolean
virEventGLibFreeIdle(gpointer data)
{
    virEventGLibFreeData *fd = data;

    fd->ff(fd->opaque);
    return G_SOURCE_REMOVE;
}

/* Runs @ff(@opaque) from a later iteration of the loop.  Called from the
 * finalizers, i.e. once the source's last dispatch has returned. */
static void
virEventGLibQueueFree(virFreeCallback ff, void *opaque)
{
    virEventGLibFreeData *fd;
    GSource *idle;

    if (!ff)
        return;

    fd = g_new0(virEventGLibFreeData, 1);
    fd->ff = ff;
    fd->opaque = opaque;

    idle = g_idle_source_new();
    /* Same priority as watches and timers: a timer of 0 ms is ready on
     * every iteration and would starve a lower-priority idle forever. */
    g_source_set_priority(idle, G_PRIORITY_DEFAULT);
    g_source_set_callback(idle, virEventGLibFreeIdle, fd, g_free);
    g_source_attach(idle, virEventGLibContext);
    g_source_unref(idle);
}


/* ---- the default implementation: watches -------------------------------- */

typedef struct {
    GSource parent;             /* first: the struct is the GSource */

    /* set at creation, read-only afterwards */
    int watch;
    int fd;
    virEventHandleCallback cb;
    void *opaque;
    virFreeCallback ff;

    /* protected by virEventGLibLock */
    int events;                 /* VIR_EVENT_HANDLE_* mask asked for */
    gpointer tag;               /* from g_source_add_unix_fd(); NULL if unpolled */
    bool removed;
} virEventGLibHandle;

static GIOCondition
virEventGLibEventsToCondition(int events)
{
    GIOCondition cond = 0;

    if (events & VIR_EVENT_HANDLE_READABLE)
        cond |= G_IO_IN;
    if (events & VIR_EVENT_HANDLE_WRITABLE)
        cond |= G_IO_OUT;
    if (events & VIR_EVENT_HANDLE_ERROR)
        cond |= G_IO_ERR;
    if (events & VIR_EVENT_HANDLE_HANGUP)
        cond |= G_IO_HUP;
    return cond;
}

static int
virEventGLibConditionToEvents(GIOCondition cond)
{
    int events = 0;

    if (cond & G_IO_IN)
        events |= VIR_EVENT_HANDLE_READABLE;
    if (cond & G_IO_OUT)
        events |= VIR_EVENT_HANDLE_WRITABLE;
    if (cond & G_IO_ERR)
        events |= VIR_EVENT_HANDLE_ERROR;
    if (cond & G_IO_HUP)
        events |= VIR_EVENT_HANDLE_HANGUP;
    return events;
}

/* Caller holds virEventGLibLock.  A mask without any known bit stops
 * polling the fd altogether: poll() reports hangup and error even when not
 * asked, and libvirt delivers nothing for a watch whose mask is 0. */
static void
virEventGLibHandleSetEvents(virEventGLibHandle *h, int events)
{
    GIOCondition cond = virEventGLibEventsToCondition(events);

    h->events = events;
    if (cond == 0) {
        if (h->tag) {
            g_source_remove_unix_fd(&h->parent, h->tag);
            h->tag = NULL;
        }
    } else if (h->tag) {
        g_source_modify_unix_fd(&h->parent, h->tag, cond);
    } else {
        h->tag = g_source_add_unix_fd(&h->parent, h->fd, cond);
    }
}

static gboolean
virEventGLibHandleDispatch(GSource *source,
                           GSourceFunc callback G_GNUC_UNUSED,
                           gpointer data G_GNUC_UNUSED)
{
    virEventGLibHandle *h = (virEventGLibHandle *)source;
    int events = 0;

    g_mutex_lock(&virEventGLibLock);
    if (!h->removed && h->tag) {
        GIOCondition want = virEventGLibEventsToCondition(h->events) | G_IO_ERR | G_IO_HUP;

        /* G_IO_NVAL (a closed fd) is not passed on, as in libvirt 9.0 */
        events = virEventGLibConditionToEvents(g_source_query_unix_fd(source, h->tag) & want);
    }
    g_mutex_unlock(&virEventGLibLock);

    if (events && h->cb)
        h->cb(h->watch, h->fd, events, h->opaque);
    return G_SOURCE_CONTINUE;
}

static void
virEventGLibHandleFinalize(GSource *source)
{
    virEventGLibHandle *h = (virEventGLibHandle *)source;

    virEventGLibQueueFree(h->ff, h->opaque);
}

static GSourceFuncs virEventGLibHandleFuncs = {
    .prepare = NULL,    /* ready when GLib's poll reports one of our fds */
    .check = NULL,
    .dispatch = virEventGLibHandleDispatch,
    .finalize = virEventGLibHandleFinalize,
};

static int
virEventGLibAddHandle(int fd,
                      int events,
                      virEventHandleCallback cb,
                      void *opaque,
                      virFreeCallback ff)
{
    virEventGLibHandle *h;
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventGLibLock);

    h = (virEventGLibHandle *)g_source_new(&virEventGLibHandleFuncs,
                                           sizeof(virEventGLibHandle));
    g_source_set_name(&h->parent, "libvirt event handle");
    h->watch = virEventGLibNextWatch++;
    h->fd = fd;
    h->cb = cb;
    h->opaque = opaque;
    h->ff = ff;
    virEventGLibHandleSetEvents(h, events);

    /* the table owns the reference from g_source_new() */
    g_hash_table_insert(virEventGLibHandles, GINT_TO_POINTER(h->watch), h);
    g_source_attach(&h->parent, virEventGLibContext);
    return h->watch;
}

static void
virEventGLibUpdateHandle(int watch, int events)
{
    virEventGLibHandle *h;
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventGLibLock);

    if (!(h = g_hash_table_lookup(virEventGLibHandles, GINT_TO_POINTER(watch))))
        return;
    /* GLib wakes the loop itself when a polled fd is added, changed or
     * removed. */
    virEventGLibHandleSetEvents(h, events);
}

static int
virEventGLibRemoveHandle(int watch)
{
    virEventGLibHandle *h;

    g_mutex_lock(&virEventGLibLock);
    if (!g_hash_table_steal_extended(virEventGLibHandles, GINT_TO_POINTER(watch),
                                     NULL, (gpointer *)&h)) {
        g_mutex_unlock(&virEventGLibLock);
        return -1;
    }
    h->removed = true;
    g_mutex_unlock(&virEventGLibLock);

    /* Outside the lock: dropping the last reference runs the finalizer.
     * Destroying the source removes its fd from the poll set, which wakes
     * the loop. */
    g_source_destroy(&h->parent);
    g_source_unref(&h->parent);
    return 0;
}


/* ---- the default implementation: timers --------------------------------- */

/* Timers compute their own readiness instead of using
 * g_source_set_ready_time(), which signals the context's wake-up fd on
 * every change: an update made between two iterations would then make the
 * next virEventRunDefaultImpl() return without dispatching anything, where
 * libvirt 9.0 dispatches the updated timer. */
typedef struct {
    GSource parent;             /* first: the struct is the GSource */

    /* set at creation, read-only afterwards */
    int timer;
    virEventTimeoutCallback cb;
    void *opaque;
    virFreeCallback ff;

    /* protected by virEventGLibLock */
    int interval;               /* ms; < 0 disabled, 0 every iteration */
    gint64 expiry;              /* monotonic us when it fires next */
    bool removed;
} virEventGLibTimeout;

/* Caller holds virEventGLibLock. */
static void
virEventGLibTimeoutSetInterval(virEventGLibTimeout *t, int interval)
{
    t->interval = interval;
    if (interval > 0)
        t->expiry = g_get_monotonic_time() + (gint64)interval * 1000;
    else
        t->expiry = 0;
}

/* Wakes the loop if another thread is iterating it, so that it recomputes
 * its poll timeout.  Nobody iterating: the next iteration will see the
 * change, and a wake-up now would only make it return empty-handed. */
static void
virEventGLibWakeupOthers(void)
{
    if (g_main_context_acquire(virEventGLibContext)) {
        g_main_context_release(virEventGLibContext);
        return;
    }
    g_main_context_wakeup(virEventGLibContext);
}

static gboolean
virEventGLibTimeoutPrepare(GSource *source, gint *timeout)
{
    virEventGLibTimeout *t = (virEventGLibTimeout *)source;
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventGLibLock);
    gint64 now;

    *timeout = -1;
    if (t->removed || t->interval < 0)
        return FALSE;
    now = g_source_get_time(source);
    if (t->expiry <= now) {
        *timeout = 0;
        return TRUE;
    }
    /* rounded up: waking early would only cost an empty iteration */
    *timeout = (int)MIN((t->expiry - now + 999) / 1000, G_MAXINT);
    return FALSE;
}

static gboolean
virEventGLibTimeoutCheck(GSource *source)
{
    virEventGLibTimeout *t = (virEventGLibTimeout *)source;
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventGLibLock);

    return !t->removed && t->interval >= 0 &&
           t->expiry <= g_source_get_time(source);
}

static gboolean
virEventGLibTimeoutDispatch(GSource *source,
                            GSourceFunc callback G_GNUC_UNUSED,
                            gpointer data G_GNUC_UNUSED)
{
    virEventGLibTimeout *t = (virEventGLibTimeout *)source;
    bool fire;

    g_mutex_lock(&virEventGLibLock);
    /* Re-armed before the call, so that an update from inside the callback
     * is what stays in force.  The re-check covers an update to -1 or a
     * removal by another thread since check(). */
    fire = !t->removed && t->interval >= 0;
    if (fire)
        virEventGLibTimeoutSetInterval(t, t->interval);
    g_mutex_unlock(&virEventGLibLock);

    if (fire && t->cb)
        t->cb(t->timer, t->opaque);
    return G_SOURCE_CONTINUE;
}

static void
virEventGLibTimeoutFinalize(GSource *source)
{
    virEventGLibTimeout *t = (virEventGLibTimeout *)source;

    virEventGLibQueueFree(t->ff, t->opaque);
}

static GSourceFuncs virEventGLibTimeoutFuncs = {
    .prepare = virEventGLibTimeoutPrepare,
    .check = virEventGLibTimeoutCheck,
    .dispatch = virEventGLibTimeoutDispatch,
    .finalize = virEventGLibTimeoutFinalize,
};

static int
virEventGLibAddTimeout(int interval,
                       virEventTimeoutCallback cb,
                       void *opaque,
                       virFreeCallback ff)
{
    virEventGLibTimeout *t;
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virEventGLibLock);

    t = (virEventGLibTimeout *)g_source_new(&virEventGLibTimeoutFuncs,
                                            sizeof(virEventGLibTimeout));
    g_source_set_name(&t->parent, "libvirt event timeout");
    t->timer = virEventGLibNextTimer++;
    t->cb = cb;
    t->opaque = opaque;
    t->ff = ff;
    virEventGLibTimeoutSetInterval(t, interval);

    /* The table owns the reference from g_source_new().  Attaching wakes
     * the loop if another thread is iterating it. */
    g_hash_table_insert(virEventGLibTimeouts, GINT_TO_POINTER(t->timer), t);
    g_source_attach(&t->parent, virEventGLibContext);
    return t->timer;
}

static void
virEventGLibUpdateTimeout(int timer, int interval)
{
    virEventGLibTimeout *t;

    g_mutex_lock(&virEventGLibLock);
    if (!(t = g_hash_table_lookup(virEventGLibTimeouts, GINT_TO_POINTER(timer)))) {
        g_mutex_unlock(&virEventGLibLock);
        return;
    }
    virEventGLibTimeoutSetInterval(t, interval);
    g_mutex_unlock(&virEventGLibLock);

    virEventGLibWakeupOthers();
}

static int
virEventGLibRemoveTimeout(int timer)
{
    virEventGLibTimeout *t;

    g_mutex_lock(&virEventGLibLock);
    if (!g_hash_table_steal_extended(virEventGLibTimeouts, GINT_TO_POINTER(timer),
                                     NULL, (gpointer *)&t)) {
        g_mutex_unlock(&virEventGLibLock);
        return -1;
    }
    t->removed = true;
    g_mutex_unlock(&virEventGLibLock);

    /* Outside the lock: dropping the last reference runs the finalizer,
     * whose idle source wakes a loop iterating in another thread.  A loop
     * waiting for this timer's expiry just finds nothing to do. */
    g_source_destroy(&t->parent);
    g_source_unref(&t->parent);
    return 0;
}

static const virEventImpl virEventGLibImpl = {
    .addHandle = virEventGLibAddHandle,
    .updateHandle = virEventGLibUpdateHandle,
    .removeHandle = virEventGLibRemoveHandle,
    .addTimeout = virEventGLibAddTimeout,
    .updateTimeout = virEventGLibUpdateTimeout,
    .removeTimeout = virEventGLibRemoveTimeout,
};

static gpointer
virEventGLibInit(gpointer data G_GNUC_UNUSED)
{
    virEventGLibContext = g_main_context_ref(g_main_context_default());
    virEventGLibHandles = g_hash_table_new(g_direct_hash, g_direct_equal);
    virEventGLibTimeouts = g_hash_table_new(g_direct_hash, g_direct_equal);
    return NULL;
}

/* The default loop's context if the default implementation is the one in
 * use, else NULL. */
static GMainContext *
virEventGLibActiveContext(void)
{
    virEventImpl impl = virEventImplGet();

    if (!virEventImplEqual(&impl, &virEventGLibImpl))
        return NULL;
    return virEventGLibContext;
}


/* ---- public API --------------------------------------------------------- */

/**
 * virEventRegisterImpl:
 * @addHandle: the callback to add fd handles
 * @updateHandle: the callback to update fd handles
 * @removeHandle: the callback to remove fd handles
 * @addTimeout: the callback to add a timeout
 * @updateTimeout: the callback to update a timeout
 * @removeTimeout: the callback to remove a timeout
 *
 * Registers the application's event loop; virEventAdd*(), virEventUpdate*()
 * and virEventRemove*() then forward to these functions and return their
 * results.  Only the first registration that sets any function counts:
 * later ones, including the one made by virEventRegisterDefaultImpl(), are
 * ignored.  Does not touch the thread's last error.
 */
void
virEventRegisterImpl(virEventAddHandleFunc addHandle,
                     virEventUpdateHandleFunc updateHandle,
                     virEventRemoveHandleFunc removeHandle,
                     virEventAddTimeoutFunc addTimeout,
                     virEventUpdateTimeoutFunc updateTimeout,
                     virEventRemoveTimeoutFunc removeTimeout)
{
    virEventImpl impl = {
        .addHandle = addHandle,
        .updateHandle = updateHandle,
        .removeHandle = removeHandle,
        .addTimeout = addTimeout,
        .updateTimeout = updateTimeout,
        .removeTimeout = removeTimeout,
    };

    virEventImplSet(&impl);
}

/**
 * virEventRegisterDefaultImpl:
 *
 * Initializes the library and registers the default event loop
 * implementation, which the application drives by calling
 * virEventRunDefaultImpl().  Calling it again, or after
 * virEventRegisterImpl(), succeeds and changes nothing.
 *
 * Returns 0 on success, -1 with an error reported if the library could not
 * be initialized.
 */
int
virEventRegisterDefaultImpl(void)
{
    static GOnce once = G_ONCE_INIT;

    virResetLastError();
    if (virInitialize() < 0) {
        virDispatchError(NULL);
        return -1;
    }
    g_once(&once, virEventGLibInit, NULL);
    virEventImplSet(&virEventGLibImpl);
    return 0;
}

/**
 * virEventRunDefaultImpl:
 *
 * Runs one iteration of the default event loop: waits until at least one
 * registered watch or timer is ready (or the loop is woken by another
 * thread adding, changing or removing one), then dispatches the ready
 * callbacks.  Several threads may call it; one iterates at a time.
 *
 * libvirt 9.0 blocks forever (on GLib's default context) when the default
 * implementation is not the registered one; we report an error instead.
 *
 * Returns 0 on success, -1 with an error reported if the default
 * implementation is not the registered event loop.
 */
int
virEventRunDefaultImpl(void)
{
    GMainContext *ctx;

    virResetLastError();
    if (!(ctx = virEventGLibActiveContext())) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("the default event loop implementation is not registered"));
        virDispatchError(NULL);
        return -1;
    }
    g_main_context_iteration(ctx, TRUE);
    return 0;
}

/*
 * The six functions below forward to the registered implementation.  As in
 * libvirt 9.0 they neither reset nor set the thread's last error: with no
 * implementation registered they just return -1 (or do nothing).
 */

/**
 * virEventAddHandle:
 * @fd: file descriptor to watch (borrowed; the caller keeps it open)
 * @events: VIR_EVENT_HANDLE_* to watch for
 * @cb: called with the events that occurred
 * @opaque: passed to @cb and @ff
 * @ff: called with @opaque once the watch is removed, or NULL
 *
 * Returns a watch id greater than 0, or -1 if no event loop is registered
 * (no error is set) or the registered one failed.
 */
int
virEventAddHandle(int fd,
                  int events,
                  virEventHandleCallback cb,
                  void *opaque,
                  virFreeCallback ff)
{
    virEventImpl impl = virEventImplGet();

    if (!impl.addHandle)
        return -1;
    return impl.addHandle(fd, events, cb, opaque, ff);
}

/**
 * virEventUpdateHandle:
 * @watch: id returned by virEventAddHandle()
 * @events: new VIR_EVENT_HANDLE_* mask; 0 stops watching until updated again
 *
 * Changes the events watched for.  Unknown ids are ignored.
 */
void
virEventUpdateHandle(int watch, int events)
{
    virEventImpl impl = virEventImplGet();

    if (impl.updateHandle)
        impl.updateHandle(watch, events);
}

/**
 * virEventRemoveHandle:
 * @watch: id returned by virEventAddHandle()
 *
 * Stops the watch.  Its free callback runs later, from the loop, after any
 * callback in progress has returned.  Safe from inside the watch's own
 * callback and from any thread.
 *
 * Returns 0 on success, -1 if @watch is unknown or no event loop is
 * registered (no error is set).
 */
int
virEventRemoveHandle(int watch)
{
    virEventImpl impl = virEventImplGet();

    if (!impl.removeHandle)
        return -1;
    return impl.removeHandle(watch);
}

/**
 * virEventAddTimeout:
 * @timeout: period in milliseconds; 0 fires on every iteration, a negative
 *   value (-1) disables the timer until updated
 * @cb: called each time the timer fires
 * @opaque: passed to @cb and @ff
 * @ff: called with @opaque once the timer is removed, or NULL
 *
 * Adds a repeating timer.
 *
 * Returns a timer id greater than 0, or -1 if no event loop is registered
 * (no error is set) or the registered one failed.
 */
int
virEventAddTimeout(int timeout,
                   virEventTimeoutCallback cb,
                   void *opaque,
                   virFreeCallback ff)
{
    virEventImpl impl = virEventImplGet();

    if (!impl.addTimeout)
        return -1;
    return impl.addTimeout(timeout, cb, opaque, ff);
}

/**
 * virEventUpdateTimeout:
 * @timer: id returned by virEventAddTimeout()
 * @timeout: new period in milliseconds, counted from now; 0 and negative as
 *   for virEventAddTimeout()
 *
 * Changes the timer's period.  Unknown ids are ignored.
 */
void
virEventUpdateTimeout(int timer, int timeout)
{
    virEventImpl impl = virEventImplGet();

    if (impl.updateTimeout)
        impl.updateTimeout(timer, timeout);
}

/**
 * virEventRemoveTimeout:
 * @timer: id returned by virEventAddTimeout()
 *
 * Stops the timer.  Its free callback runs later, from the loop, after any
 * callback in progress has returned.  Safe from inside the timer's own
 * callback and from any thread.
 *
 * Returns 0 on success, -1 if @timer is unknown or no event loop is
 * registered (no error is set).
 */
int
virEventRemoveTimeout(int timer)
{
    virEventImpl impl = virEventImplGet();

    if (!impl.removeTimeout)
        return -1;
    return impl.removeTimeout(timer);
}
