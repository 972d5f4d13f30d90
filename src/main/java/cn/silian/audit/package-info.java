/** Who did what, when: every {@link cn.silian.shared.AuditEvent} of every module, kept for administrators. */
package cn.silian.audit;
