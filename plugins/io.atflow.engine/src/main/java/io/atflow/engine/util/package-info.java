/** Small concurrency helpers shared by the engine's packages and the run's event thread; not API. */
package io.atflow.engine.util;
