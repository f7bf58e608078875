package com.salesmachine.loadtest.testing;

import com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation;

/**
 * The NFR3 benchmark with its own JVM starved of CPU: it exists to prove the injector saturation
 * check, which must name the injector's CPU. Twice as many busy threads as cores run from
 * {@code before()} to {@code after()}. Not a load test: the Gatling plugin skips it (the pom
 * excludes {@code com.salesmachine.loadtest.testing.*}); run it by name with
 * {@code -Dgatling.simulationClass=com.salesmachine.loadtest.testing.StarvedInjectorSimulation}.
 */
public class StarvedInjectorSimulation extends Nfr3BenchmarkSimulation {
    private CpuBurner burner;

    @Override
    public void before() {
        burner = CpuBurner.start(2 * Runtime.getRuntime().availableProcessors());
        super.before();
    }

    @Override
    public void after() {
        if (burner != null) {
            burner.stop();
        }
        super.after();
    }
}
