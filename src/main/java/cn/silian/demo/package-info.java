/**
 * The deterministic demo data of one district (13 streets, 1,070 people holding 1,105 seats,
 * six demo accounts, stations and duty, this year's theme with its research topics and groups, joint meetings, and documents in
 * the demo accounts' spaces),
 * written through the modules' own services on first start of the embedded default. Nothing here runs when {@code silian.demo.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "performance", "stations", "topics",
        "meetings", "opinions", "voters", "documents", "campaigns", "projects", "supervision"})
package cn.silian.demo;
