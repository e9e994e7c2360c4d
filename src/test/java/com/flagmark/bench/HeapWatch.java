package com.flagmark.bench;

/** Samples the used heap every 20 ms and keeps the highest value. */
final class HeapWatch implements Runnable {
    private final Thread thread = new Thread(this, "heap-watch");
    private volatile boolean running = true;
    private volatile long peak;

    static HeapWatch begin() {
        HeapWatch watch = new HeapWatch();
        watch.thread.setDaemon(true);
        watch.thread.start();
        return watch;
    }

    @Override
    public void run() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(20);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    long finish() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Math.max(peak, used());
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
