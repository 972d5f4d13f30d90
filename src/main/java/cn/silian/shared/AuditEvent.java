package cn.silian.shared;

import java.util.Objects;

/**
 * Published by a module whenever it creates, changes or deletes something worth auditing.
 * The audit module records it in the same transaction, so no change is committed unrecorded.
 *
 * @param actor      user name of who did it ({@code system} for the demo loader and jobs)
 * @param action     what was done
 * @param objectType the kind of object, e.g. {@code Deputy}, shown by its name {@code audit.type.Deputy}
 * @param objectId   its id, or {@code null}
 * @param summary    one readable line, translated when shown: its key is a literal {@code "audit.…"}
 *                   (a test checks both bundles have it), names and titles are its arguments
 * @param before     the state before, or {@code null} on create: fields as the code names them
 *                   ({@code role=OFFICE}), the same for every reader, never prose
 * @param after      the state after, or {@code null} on delete, written like {@code before}
 */
public record AuditEvent(String actor, Action action, String objectType, String objectId,
                         Message summary, String before, String after) {

    /**
     * {@code DENIED}: a signed-in user refused (a route, a service, a throttle); {@code DOWNLOAD}: a
     * file or an export taken out of the system.
     */
    public enum Action { CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, DENIED, DOWNLOAD }

    public AuditEvent {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(objectType);
        Objects.requireNonNull(summary);
    }
}
