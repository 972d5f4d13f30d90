/**
 * What every module may use: value types, the audit event, input problems, i18n and the
 * shared UI (main layout, notifications).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.silian.shared;
