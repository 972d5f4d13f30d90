/**
 * Opinions (社情民意) and deputies' suggestions (代表建议): what deputies hear becomes public
 * opinions; the good ones become suggestions that the office pre-reviews and assigns to handling
 * units (承办单位), which answer within a deadline; the lead deputy rates the answer, an
 * unsatisfied one is handled once more. States and allowed moves live in
 * {@link cn.silian.opinions.SuggestionWorkflow}; who sees what is checked in the services.
 * Source modules link here by URL and never depend on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "stations", "meetings", "topics", "notifications",
        "performance"})
package cn.silian.opinions;
