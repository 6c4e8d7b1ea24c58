package org.fellowflow.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JIT compilers' time in this JVM. On 2 cores a compiler thread busy for the whole of a measurement takes
 * half the machine from the code measured, so the benchmarks print how long the compilers ran beside each figure.
 */
final class JitClock {

    private static final CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();

    private final long startMillis = compilers.getTotalCompilationTime();

    /** Starts counting now. */
    static JitClock start() {
        return new JitClock();
    }

    /** Seconds of the compiler threads' time since {@link #start()}. */
    double seconds() {
        return (compilers.getTotalCompilationTime() - startMillis) / 1000.0;
    }
}
