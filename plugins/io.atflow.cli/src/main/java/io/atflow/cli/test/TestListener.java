package io.atflow.cli.test;

/** What a test run tells the console (and tests): called from the pool's worker threads. */
interface TestListener {
    /** {@code script} starts on {@code module}. */
    void started(TestScript script, LabModule module);

    /** A script ended (or could not run). */
    void finished(ScriptReport report);

    /** {@code module} stopped answering and takes no more scripts. */
    void broken(LabModule module, String why);
}
