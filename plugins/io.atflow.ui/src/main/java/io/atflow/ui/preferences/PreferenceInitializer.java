package io.atflow.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

import io.atflow.ui.AtFlowUi;

/** Sets the defaults of {@link ScriptPreferences}. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        ScriptPreferences.initializeDefaults(AtFlowUi.getDefault().getPreferenceStore());
    }
}
