package dev.docent.lab.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a garbage collection while it watches: what the process
 * really keeps, unlike the heap's current use, which includes garbage not yet collected and so
 * grows with whatever maximum heap the JVM was given.
 */
final class HeapWatcher implements AutoCloseable {

    private final AtomicLong peakBytes = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(p -> p.getName()).collect(Collectors.toSet());
    private final NotificationListener listener = this::afterCollection;

    HeapWatcher() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                MemoryUsage usage = pool.getValue();
                used += usage.getUsed();
            }
        }
        peakBytes.accumulateAndGet(used, Math::max);
    }

    /**
     * In MB. Forces one collection first so that a run without any collection still has a figure;
     * the heap in use just after it counts too, because the collection's notification arrives on
     * another thread and may come after this returns.
     */
    double peakMb() {
        System.gc();
        long afterForcedCollection = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(peakBytes.get(), afterForcedCollection) / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // never added to this one
                }
            }
        }
    }
}
