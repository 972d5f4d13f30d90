package cn.silian.security;

/** What an administrator enters for an account. */
public record AccountDraft(String username, String displayName, Role role, Long streetId, Long deputyId,
                           boolean enabled) {
}
