/** Small concurrency helpers shared by the engine's packages; not API. */
package io.atflow.engine.util;
