/**
 * Shared documents: files of a topic group, a meeting, a station or the office library, with
 * every version kept. Who may read a space is decided here on every read and download, from
 * the rights the owning module grants; a document of a space the caller may not read is
 * reported as not existing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "meetings", "opinions", "stations", "topics"})
package cn.silian.documents;
