package org.synthhealth.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EndToEndBenchmark} and restates JMH's seconds per cohort as patients per second: the mean over the
 * measured operations, and the slowest and fastest of them. JMH's own options may be given as arguments
 * (for example {@code -p patients=10000 -wi 3 -i 3}); they override the defaults here.
 */
public final class PatientsPerSecond {

    private PatientsPerSecond() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given)
                .include(EndToEndBenchmark.class.getSimpleName());
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(5);
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("CSV + Parquet, end to end in a warm JVM:");
        for (RunResult result : results) {
            int patients = Integer.parseInt(result.getParams().getParam("patients"));
            double[] seconds = result.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore()).sorted().toArray();
            double mean = Arrays.stream(seconds).average().orElse(Double.NaN);
            double slowest = seconds[seconds.length - 1];
            System.out.printf(Locale.ROOT,
                    "%,9d patients: %,.0f patients/s on average (%,.0f-%,.0f over %d cohorts of %.1f-%.1f s)%n",
                    patients, patients / mean, patients / slowest, patients / seconds[0], seconds.length, seconds[0],
                    slowest);
        }
    }
}
