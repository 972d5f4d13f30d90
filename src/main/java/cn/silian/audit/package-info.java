/** Who did what, when: every {@link cn.silian.shared.AuditEvent} of every module, kept for administrators. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security"})
package cn.silian.audit;
