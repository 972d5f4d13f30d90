/**
 * What every module may use: value types, the audit event, input problems, i18n and the
 * shared UI (main layout, notifications).
 */
// Depends on no other module: every module may use it, so it may use none of them.
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.silian.shared;
