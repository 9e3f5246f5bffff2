/** {@code atflow dap}: the Debug Adapter Protocol over stdin/stdout on the run's debugger. */
package io.atflow.cli.dap;
