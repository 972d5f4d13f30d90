package cn.silian.security;

/** What an administrator enters for an account. */
public record AccountDraft(String username, String displayName, Role role, Long streetId, Long deputyId,
                           Long unitId, boolean enabled) {

    /** An account bound to no handling unit. */
    public AccountDraft(String username, String displayName, Role role, Long streetId, Long deputyId,
                        boolean enabled) {
        this(username, displayName, role, streetId, deputyId, null, enabled);
    }
}
